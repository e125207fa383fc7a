"""`secondround debrief --json` files no item for noise: small talk about the interviewer's life,
the candidate's own day told with a figure ("drove 2 hrs!!"), a question asked in jest, and the
candidate's own worry marked as theirs; while a fact typed with "lol" and figures about the job
(Saturday shifts, a typing test) stay facts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

NOISE = [
    "talked about her allotment for ages",
    "dev was super chill",
    "drove 2 hrs to get there!!",
    "the parking machine ate my £3",
    "he asked if i follow the cricket lol",
    "i'm worried the pay is low (my worry, not theirs)",
]
FACTS = [
    "the target is 900 loaves a day lol",
    "sat mornings + 2 evenings, 30 hrs",
    "typing test 35wpm - i got 41",
]


def _read(cli: Callable[..., Any], notes: str) -> dict[str, Any]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    result: dict[str, Any] = json.loads(out)
    return result


def _evidence(result: dict[str, Any]) -> list[str]:
    kinds = ("concerns", "promises", "topics", "facts", "practice_points")
    found = [i["evidence"] for kind in kinds for i in result[kind]]
    return found + ([result["next_round"]["evidence"]] if result["next_round"] else [])


def test_noise_of_every_kind_is_no_topic_fact_or_concern(cli: Callable[..., Any]) -> None:
    notes = "bakery supervisor, round 1\n" + "".join(f"- {line}\n" for line in NOISE)
    found = _evidence(_read(cli, notes))
    for line in NOISE:
        assert not any(line in e or e in line for e in found if len(e) > 3), line


def test_facts_with_a_laugh_or_a_figure_stay_facts(cli: Callable[..., Any]) -> None:
    notes = "bakery supervisor, round 1\n" + "".join(f"- {line}\n" for line in FACTS)
    facts = [f["evidence"] for f in _read(cli, notes)["facts"]]
    assert facts == FACTS
