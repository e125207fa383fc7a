"""What is still unprepared for an interview, from plain facts about its workspace."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WorkspaceFacts:
    """What the workspace holds, reduced to what readiness needs."""

    has_date: bool
    job_description_words: int
    notes_words: int
    people: int
    round: int
    # Finished dry runs; None where the caller does not track practice.
    dry_runs: int | None = None
    # Dry runs started and not finished.
    unfinished_dry_runs: int = 0
    # Promises read from the notes: all of them (not dismissed), and those not yet done.
    promises: int = 0
    open_promises: int = 0
    # The job's key competencies (weight 3) and how many have fewer than two stories; None
    # where the caller does not look at the story bank.
    key_competencies: int | None = None
    uncovered_key: int = 0
    # Loose ends (core/loose_ends.py) still without a prepared answer, of how many; None where
    # the caller does not track them.
    loose_ends_open: int | None = None
    loose_ends_total: int = 0


@dataclass(frozen=True)
class ReadinessItem:
    key: str
    label: str
    done: bool
    hint: str


# A job ad shorter than this is usually a title and a salary, too thin to tailor questions from.
MIN_JOB_WORDS = 40


def readiness(facts: WorkspaceFacts) -> list[ReadinessItem]:
    """The preparation checklist for one interview, in the order a candidate should tackle it."""
    items = [
        ReadinessItem(
            "date",
            "Date and time",
            facts.has_date,
            "Add the date and time so the countdown and practice plan can work.",
        ),
        ReadinessItem(
            "job_description",
            "Job description",
            facts.job_description_words >= MIN_JOB_WORDS,
            "Paste or upload the job description: questions and stories are matched against it.",
        ),
        ReadinessItem(
            "people",
            "People you will meet",
            facts.people > 0,
            "Add who you will meet and their role; a manager asks differently from a team mate.",
        ),
    ]
    if facts.round > 1:
        items.insert(
            2,
            ReadinessItem(
                "notes",
                "Notes from the last round",
                facts.notes_words > 0,
                "Write down what was discussed and any concerns raised: they will follow up.",
            ),
        )
    if facts.promises:
        open_ = facts.open_promises
        items.append(
            ReadinessItem(
                "promises",
                f"{open_} promise{'' if open_ == 1 else 's'} from your notes to keep"
                if open_
                else "Promises from your notes kept",
                facts.open_promises == 0,
                "Send or prepare what you promised before the next round, then tick it off.",
            )
        )
    if facts.key_competencies:
        short = facts.uncovered_key
        items.append(
            ReadinessItem(
                "stories",
                "Two stories for each key competency"
                if not short
                else f"Stories: {short} key competenc{'y' if short == 1 else 'ies'} with "
                "fewer than two",
                facts.uncovered_key == 0,
                f"{facts.uncovered_key} of the job's {facts.key_competencies} key competencies "
                "have fewer than two stories: add or adapt stories so you never run out.",
            )
        )
    if facts.loose_ends_open is not None:
        items.append(
            ReadinessItem(
                "loose_ends",
                "Loose ends",
                facts.loose_ends_open == 0,
                f"{facts.loose_ends_open} of {facts.loose_ends_total} practical questions (start"
                " date, holidays, references…) have no answer ready yet.",
            )
        )
    if facts.dry_runs is not None:
        items.append(
            ReadinessItem(
                "dry_run",
                "A dry run",
                facts.dry_runs > 0,
                "Run through the likely questions once, out loud, with instant feedback.",
            )
        )
    if facts.unfinished_dry_runs:
        items.append(
            ReadinessItem(
                "unfinished_dry_run",
                "An unfinished dry run",
                False,
                "Resume it: your answers so far are kept.",
            )
        )
    return items


def unprepared(facts: WorkspaceFacts) -> list[ReadinessItem]:
    """Only the items still to do."""
    return [item for item in readiness(facts) if not item.done]
