"""`secondround debrief --json` finds every promise as its own imperative to-do in the shapes
writers use: lines under the candidate's own heading with no verb ("OWE", "Next (mine)"), one
verb carried over a list ("bring A + B + C", "send A, B, and C"), referees in brackets, the
English of someone whose first language is not English, a voice memo with no punctuation and a
to-do after the next step. Not promises: an answer in a scenario they asked about, what the
employer will send and their view of the candidate."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus


def _promises(cli: Callable[..., Any], notes: str) -> list[dict[str, Any]]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    found: list[dict[str, Any]] = json.loads(out)["promises"]
    for promise in found:
        assert notes[promise["start"] : promise["end"]] == promise["evidence"]
    return found


def test_lines_under_an_owe_heading_are_to_dos_without_a_verb(cli: Callable[..., Any]) -> None:
    notes = (
        "saturday job at the bakery\n\n"
        "OWE\n- portfolio link\n- refs x2\n\n"
        "Next (mine)\n- photo of my food hygiene cert\n"
    )
    assert [p["text"] for p in _promises(cli, notes)] == [
        "send portfolio link",
        "send refs x2",
        "send photo of my food hygiene cert",
    ]


def test_one_verb_is_carried_over_a_list(cli: Callable[..., Any]) -> None:
    notes = (
        "- bring my passport + hi-vis vest + steel toe boots\n"
        "- I will send my first aid certificate, forklift licence, and two references\n"
    )
    assert [p["text"] for p in _promises(cli, notes)] == [
        "bring my passport",
        "bring hi-vis vest",
        "bring steel toe boots",
        "send my first aid certificate",
        "send forklift licence",
        "send two references",
    ]


def test_one_thing_named_with_and_or_plus_is_one_to_do(cli: Callable[..., Any]) -> None:
    notes = "- i'll send my IOSH + NEBOSH certs\n- send my health and safety cert and CSCS card\n"
    assert [p["text"] for p in _promises(cli, notes)] == [
        "send my IOSH + NEBOSH certs",
        "send my health and safety cert",
        "send CSCS card",
    ]


def test_each_referee_in_brackets_is_a_to_do(cli: Callable[..., Any]) -> None:
    notes = "- I'll send two refs (my old head chef + the deli owner)\n"
    assert [p["text"] for p in _promises(cli, notes)] == [
        "send two refs: my old head chef",
        "send the reference from the deli owner",
    ]


def test_promises_in_a_second_languages_english(cli: Callable[..., Any]) -> None:
    notes = "- I must to send my diploma copy to Mrs Ilic\n- I say I bring my permit tomorrow\n"
    assert [p["text"] for p in _promises(cli, notes)] == [
        "send my diploma copy to Mrs Ilic",
        "bring my permit tomorrow",
    ]


def test_a_voice_memo_with_no_punctuation(cli: Callable[..., Any]) -> None:
    notes = (
        "ok voice memo for the kitchen porter job so I met the head chef Dara who'd be my boss "
        "and the owner popped in it's 30 hours over 4 days nights mostly and pay is 12 an hour "
        "I said I'd send her my food hygiene cert and my references and she said that's fine "
        "then next step is a trial shift on saturday\n"
    )
    assert [p["text"] for p in _promises(cli, notes)] == [
        "send her my food hygiene cert",
        "send my references",
    ]


def test_a_to_do_after_the_next_step(cli: Callable[..., Any]) -> None:
    notes = "- trial shift sat 9am, bring my own knives\n"
    code, out, _ = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK
    read = json.loads(out)
    assert [p["text"] for p in read["promises"]] == ["bring my own knives"]
    assert read["next_round"]["evidence"] == "trial shift sat 9am, bring my own knives"


def test_an_answer_in_a_scenario_is_no_promise(cli: Callable[..., Any]) -> None:
    notes = (
        "- she asked what I'd do if the till was short. I said I'd count it again with the "
        "supervisor\n"
        "- scenario: a customer shouting at the counter. i said i'd call the manager over\n"
    )
    assert _promises(cli, notes) == []


def test_theirs_and_their_view_are_no_promises(cli: Callable[..., Any]) -> None:
    notes = (
        "- he said he'd send me the rota. not mine\n"
        "- the uniform order: that's hers to send\n"
        "- think she reckons I'll get bored\n"
        "- send my DBS number?\n"
    )
    assert _promises(cli, notes) == []


def test_their_question_and_a_remark_on_a_to_do_are_no_promises(cli: Callable[..., Any]) -> None:
    notes = (
        "- Dana gave me a rota with two gaps and asked how I'd check it\n"
        "- send my food hygiene cert + dana asked for it by fri\n"
    )
    assert [p["text"] for p in _promises(cli, notes)] == ["send my food hygiene cert"]
