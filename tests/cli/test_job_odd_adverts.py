"""`job analyse` on adverts it cannot read well: one sentence, never a traceback, and a
valid result when there is one. Texts written for this test."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]

FRENCH = (
    "Responsable de magasin\n"
    "Nous recherchons un responsable de magasin pour diriger une équipe de dix personnes. "
    "Vous gérez les plannings, les stocks et la relation avec nos clients au quotidien, et vous "
    "veillez à la sécurité de chacun dans le magasin."
)


def test_an_advert_not_in_english_is_refused_in_one_sentence(cli: Cli) -> None:
    code, out, err = cli("job", "analyse", "-", "--json", stdin=FRENCH.encode())
    assert code == ExitStatus.BAD_INPUT
    assert out == ""
    assert "Traceback" not in err
    message = " ".join(err.split())
    assert "does not read as English" in message
    assert message.count(". ") == 0  # one sentence


def test_a_ten_thousand_word_paste_is_read_with_a_note(cli: Cli) -> None:
    line = "You will lead a small team, keep customers informed and stay calm when it gets busy. "
    text = "Shift Manager\n" + line * 625  # 10,000 words and more
    code, out, err = cli("job", "analyse", "-", "--json", stdin=text.encode())
    assert code == ExitStatus.OK, err
    data = json.loads(out)
    assert {"leadership", "working_under_pressure"} <= {c["name"] for c in data["competencies"]}
    assert len(data["notes"]) == 1
    assert "far more than one job advert" in data["notes"][0]


def test_an_advert_asking_for_nothing_says_so(cli: Cli) -> None:
    text = (
        "Barista\nWe are a family cafe by the harbour, open since 1998. "
        "Full time, four days a week. Apply in person with your CV."
    )
    code, out, err = cli("job", "analyse", "-", stdin=text.encode())
    assert code == ExitStatus.OK, err
    flat = " ".join(out.split())
    assert "Note: The advert asks for no behaviour in words" in flat
    assert "Traceback" not in err


def test_the_english_advert_keeps_the_old_keys_and_adds_notes(cli: Cli) -> None:
    text = "Cashier\nYou will serve customers with a smile and count the till accurately."
    code, out, _ = cli("job", "analyse", "-", "--json", stdin=text.encode())
    data = json.loads(out)
    assert code == ExitStatus.OK
    assert list(data)[:4] == ["competencies", "keywords", "tools", "occupation"]
    assert data["english"] is True and data["notes"] == []
