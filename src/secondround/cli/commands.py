"""Every command of `secondround`, with the module that defines it and the line its help lists.

A command's module is imported only when that command runs, so `secondround --version` and
`--help` load neither the core nor Django. Adding a command is one line here: its name, the
module that registers it on `secondround.cli.app.app`, and its one-line summary (a test checks
that the summary is the first line of the command's own help, so the two cannot drift apart).
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    module: str
    summary: str


COMMANDS: dict[str, Entry] = {
    "serve": Entry("secondround.cli.serve", "Start secondround in your browser."),
    "interview": Entry("secondround.cli.interviews", "Add, list, show and delete interviews."),
    "job": Entry("secondround.cli.jobs", "Read a job advert."),
    "debrief": Entry(
        "secondround.cli.debrief",
        "Read your notes of an earlier round: the concerns to answer, what you promised, the "
        "topics, what you learned about the job, the people, and the next step.",
    ),
    "questions": Entry("secondround.cli.questions", "The bank of second-round questions."),
    "plan": Entry(
        "secondround.cli.questions",
        "The questions to practise for an interview, each with the reason it was picked.",
    ),
    "practice": Entry(
        "secondround.cli.practice",
        "A dry run in the terminal: each question, your answer, instant feedback, a report.",
    ),
    "coach": Entry(
        "secondround.cli.coach",
        "Coach an answer: STAR parts sentence by sentence, scores and what to fix.",
    ),
    "export": Entry("secondround.cli.exchange", "Export all of your data to one JSON file."),
    "import": Entry(
        "secondround.cli.exchange",
        "Import a file written by [bold]secondround export[/]; a bad file changes nothing.",
    ),
}
