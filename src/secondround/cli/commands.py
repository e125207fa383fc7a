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
    "worker": Entry(
        "secondround.cli.worker",
        "Transcribe recorded answers from the queue, in a process of its own.",
    ),
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
    "stories": Entry(
        "secondround.cli.stories", "Your story bank: STAR stories matched to every question."
    ),
    "match": Entry(
        "secondround.cli.stories", "The stories that fit a question best, each with the reasons."
    ),
    "ask": Entry(
        "secondround.cli.asking",
        (
            "The questions to ask each person you will meet, each with why; your pinned and "
            "reworded questions first (pin, edit and reorder them on the interview's \"Questions "
            'to ask" page).'
        ),
    ),
    "salary": Entry(
        "secondround.cli.salary",
        (
            "What a job pays: the occupation a title matches (and the nearest others), the 10th "
            "to 90th percentiles of annual pay, the data's date and age, source and credit."
        ),
    ),
    "loose-ends": Entry(
        "secondround.cli.dayof",
        "The practical questions a second interview may settle, with your prepared answers.",
    ),
    "kit": Entry(
        "secondround.cli.dayof",
        "The one-page prep pack: what to prepare, questions to ask, salary, logistics, round one.",
    ),
    "calendar": Entry(
        "secondround.cli.dayof",
        (
            "A calendar file: the interview in its time zone, practice sessions on the days "
            "before it and a reminder to send the thank-you email two hours after it ends."
        ),
    ),
    "followup": Entry(
        "secondround.cli.dayof",
        "The thank-you email: your edited draft, or one written from your notes of how it went.",
    ),
}
