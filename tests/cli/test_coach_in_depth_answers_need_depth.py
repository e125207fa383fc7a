"""An in-depth question ("Walk me through…") wants depth: a thin account of the same work is told
to go deeper and scores below one that gives the reasoning, what was weighed and the result
(`secondround coach --json`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.coach_json import Cli, coach

QUESTION = "Walk me through the stock system change you mentioned."
THIN = (
    "We moved the shop from paper stock cards to a barcode system last spring. I set up the "
    "scanners and trained the team on it. It went fine and the counts are quicker now."
)
DEEP = (
    "Last spring our hardware shop in Leeds still kept stock on paper cards, and the monthly "
    "count took two of us a whole Sunday. The owner asked me to find something better, with a "
    "budget of about £1,500. My job was to pick a system the older staff would actually use. "
    "I compared three options. The cheapest was a spreadsheet with a handheld scanner, but it "
    "would have broken the first time two people edited it at once, so I ruled it out. The "
    "second was a full till system at £4,000, which was over budget and did far more than we "
    "needed. I chose a cloud stock app at £40 a month because it worked on the phones we "
    "already had, and that left money for labels. The trade-off was that it needed wifi on the "
    "shop floor, so I had a second access point fitted by the back shelves before we started. "
    "I labelled the 2,300 lines myself over three evenings and ran the old cards alongside for "
    "a month, because I did not want to lose the count if the app failed us. I trained each "
    "person one to one for twenty minutes at the till, starting with the two who were most "
    "worried. By the summer the monthly count took three hours instead of a day, we cut the "
    "over-ordering of fixings by about a fifth, and the owner has since rolled the same app out "
    "to his second shop in Otley."
)


def _coach(cli: Cli, answer: str) -> dict[str, Any]:
    return coach(cli, QUESTION, answer, kind="in_depth")


def test_the_deep_account_scores_above_the_thin_one(cli: Callable[..., Any]) -> None:
    thin, deep = _coach(cli, THIN), _coach(cli, DEEP)
    assert deep["scores"]["overall"] > thin["scores"]["overall"] + 15
    assert deep["length"]["verdict"] == "ok"


def test_a_thin_in_depth_answer_is_told_to_go_deeper(cli: Callable[..., Any]) -> None:
    data = _coach(cli, THIN)
    assert data["length"]["kind"] == "in_depth"
    short = [r["message"] for r in data["remarks"] if r["kind"] == "too_short"]
    assert short and "why you chose each step" in short[0]
