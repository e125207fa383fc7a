"""The story bank as the pages and commands see it: saving, importing, coverage and matching.

Everything goes through the core's checks (`core.stories.validate_story`), so a story added in the
browser, typed on the command line, read from a file or from a full-data export is held to the
same rules, and a bad one is refused whole with one sentence.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from secondround.core import semantic
from secondround.core.questions import load_bank
from secondround.core.questions.plan import Need, StoredQuestion
from secondround.core.stories import (
    PART_FIELDS,
    Assignment,
    Coverage,
    Match,
    QuestionInfo,
    StoryError,
    classify_question,
    coverage,
    format_stories,
    parse_stories,
    validate_story,
)
from secondround.core.stories import Story as CoreStory
from secondround.core.stories.assignment import assign_stories
from secondround.core.stories.coverage import KEY_WEIGHT
from secondround.core.stories.matching import StoryIndex, question_from_bank
from secondround.core.text.words import content_words, keyword_stem
from secondround.interviews.models import Interview
from secondround.stories.models import Story

# An import file is a few dozen stories; this keeps a wrong file (a video, a database) out.
MAX_IMPORT_BYTES = 2_000_000
# How many times the same story may be told in one dry run or plan (for different competencies).
MAX_USES = 2
_STORY_FIELDS = (
    "title",
    *PART_FIELDS,
    "employer",
    "role",
    "year",
    "metrics",
    "competencies",
    "tags",
)

if TYPE_CHECKING:
    from secondround.core.jobs import JobProfile


def stories_of(user: User) -> QuerySet[Story]:
    """Everything in the user's story bank; every page and command starts here."""
    return Story.objects.filter(owner=user)


def to_core(story: Story, told_before: bool = False) -> CoreStory:
    """The stored story as the core's plain Story, keyed by its id."""
    vectors = None
    if story.vectors and story.vectors_model == semantic.MODEL_ID and semantic.available():
        vectors = semantic.unpack(bytes(story.vectors)) or None
    return CoreStory(
        title=story.title,
        situation=story.situation,
        task=story.task,
        action=story.action,
        result=story.result,
        employer=story.employer,
        role=story.role,
        year=story.year,
        metrics=story.metrics,
        competencies=tuple(story.competencies),
        tags=tuple(story.tags),
        key=story.pk,
        told_before=told_before,
        vectors=vectors,
    )


def semantic_note() -> str | None:
    """The one sentence saying matching runs without meaning, or None with the extra."""
    return None if semantic.available() else semantic.WITHOUT_EXTRA


def _vectors_for(story: CoreStory) -> tuple[bytes, str]:
    """Per-part vectors (title, S, T, A, R), computed on save when the extra is installed."""
    if not semantic.available():
        return b"", ""
    texts = [story.title, *(story.parts[name] for name in PART_FIELDS)]
    return semantic.pack(semantic.encoder().embed(texts)), semantic.MODEL_ID


def _apply(target: Story, story: CoreStory) -> None:
    for name in _STORY_FIELDS:
        value = getattr(story, name)
        setattr(target, name, list(value) if isinstance(value, tuple) else value)
    target.vectors, target.vectors_model = _vectors_for(story)


def _check_title_free(user: User, title: str, keep: int | None) -> None:
    taken = stories_of(user).filter(title__iexact=title)
    if keep is not None:
        taken = taken.exclude(pk=keep)
    if taken.exists():
        raise StoryError(f"You already have a story called {title!r}; give this one another title.")


def save_story(user: User, story: CoreStory, instance: Story | None = None) -> Story:
    """Check and store one story (new, or over `instance`); StoryError if it cannot be."""
    story = validate_story(story)
    _check_title_free(user, story.title, instance.pk if instance else None)
    target = instance or Story(owner=user)
    _apply(target, story)
    try:
        with transaction.atomic():
            target.save()
    except IntegrityError as exc:
        # Two tabs saving the same title at once: the database's constraint has the last word.
        raise StoryError(
            f"You already have a story called {story.title!r}; give this one another title."
        ) from exc
    return target


def set_competencies(story: Story, names: Sequence[str]) -> Story:
    """Confirm (or change) the story's competencies; StoryError names an unknown one."""
    from secondround.core.stories.story import competency_keys

    story.competencies = list(competency_keys(names))
    story.save(update_fields=["competencies", "updated_at"])
    return story


def decode_file(data: bytes, name: str = "The file") -> str:
    """The text of an uploaded or given import file: UTF-8 (or UTF-16 with its mark)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise StoryError(f"{name} is over 2 MB; an import file holds stories as plain text.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise StoryError(f"{name} is damaged UTF-16 text; save it as UTF-8.") from exc
    if b"\x00" in data:
        raise StoryError(f"{name} is not a text file; give a Markdown or plain-text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryError(
            f"{name} is not UTF-8 text (byte {exc.start + 1} is not); it may mix encodings — "
            "save it as UTF-8 and import it again."
        ) from exc


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def import_text(user: User, text: str) -> ImportResult:
    """Store every story of an import file, all or nothing; a title already in the bank is
    updated, so importing the same file twice changes nothing more."""
    stories = parse_stories(text)
    existing = {s.title.casefold(): s for s in stories_of(user)}
    created = updated = 0
    with transaction.atomic():
        for story in stories:
            old = existing.get(story.title.casefold())
            target = old or Story(owner=user)
            _apply(target, story)
            target.save()
            created += old is None
            updated += old is not None
    return ImportResult(created, updated)


def import_file(user: User, data: bytes, name: str = "The file") -> ImportResult:
    """Decode an import file and store its stories, all or nothing; a refusal says so first."""
    try:
        return import_text(user, decode_file(data, name))
    except StoryError as exc:
        raise StoryError(f"Nothing was imported: {exc}") from exc


def export_text(user: User) -> str:
    return format_stories(to_core(s) for s in stories_of(user))


# --- coverage, matching and round one ----------------------------------------------------------


def needs_for(interview: Interview) -> list[Need]:
    """The interview's weighted competencies: the job reader's and the round-one concerns'."""
    from secondround.services.planning import concerns_of, needs_of

    job = _job_reading(interview.job_description, interview.role or None)
    needs = needs_of(job, concerns_of(interview))
    return needs or [
        Need(key, 1, "asked in most second interviews", "default")
        for key in ("problem_solving", "teamwork", "communication")
    ]


@lru_cache(maxsize=64)
def _job_reading(text: str, title: str | None) -> JobProfile:
    # The dashboard asks for every interview's coverage on each visit: read each advert once.
    from secondround.core.jobs import analyse_job

    return analyse_job(text, title=title)


def told_before(user: User, interview: Interview) -> dict[int, str]:
    """Stories told in an earlier round at this company: story id -> how we know.

    Ticked on this interview or on an earlier round at the same company, or found in this
    interview's notes by title or by its key phrases.
    """
    found: dict[int, str] = {}
    earlier = Interview.objects.filter(owner=user, company__iexact=interview.company).filter(
        round__lte=interview.round
    )
    for story in stories_of(user).filter(told_at__in=earlier).distinct():
        found[story.pk] = "ticked as told in an earlier round"
    notes = interview.notes.casefold()
    if notes.strip():
        note_words = {keyword_stem(w) for w in content_words(notes)}
        for story in stories_of(user):
            if story.pk in found:
                continue
            # A one-word title ("Budget") would be found in any notes; two words say more.
            if len(story.title.split()) >= 2 and story.title.casefold() in notes:
                found[story.pk] = "its title is in your notes"
            elif _key_phrases_in(story, note_words):
                found[story.pk] = "your notes mention it"
    return found


def _key_phrases_in(story: Story, note_words: set[str]) -> bool:
    """Most of the title's content words, or four of its result's, appear in the notes."""
    title = {keyword_stem(w) for w in content_words(story.title)}
    result = {keyword_stem(w) for w in content_words(story.result)}
    if len(title) >= 2 and len(title & note_words) >= max(2, round(0.75 * len(title))):
        return True
    return len(result & note_words) >= 4


def bank_for(user: User, interview: Interview | None = None) -> list[CoreStory]:
    told = told_before(user, interview) if interview else {}
    return [to_core(s, s.pk in told) for s in stories_of(user)]


def coverage_for(user: User, interview: Interview) -> Coverage:
    return coverage(needs_for(interview), bank_for(user, interview))


def uncovered_key_competencies(user: User, interview: Interview) -> int:
    """Key competencies of the job (weight 3) with fewer than two stories: for "still to do"."""
    return len(coverage_for(user, interview).uncovered_key())


def story_facts(interview: Interview, bank: Sequence[CoreStory] | None = None) -> dict[str, int]:
    """For the dashboard's "still to prepare": key competencies, and those short of stories.

    `bank` is the owner's `bank_for`, when the caller has read it once for many interviews.
    """
    if not interview.job_description.strip():
        return {}
    # Which stories were told before does not change coverage, so it is not looked up here.
    stories = bank if bank is not None else bank_for(interview.owner)
    grid = coverage(needs_for(interview), stories)
    key = [r for r in grid.rows if r.need.weight >= KEY_WEIGHT]
    return {"key_competencies": len(key), "uncovered_key": len(grid.uncovered_key())}


def question_info(text: str, question_id: str | None = None) -> QuestionInfo:
    """A question as matching sees it: the bank's competency, or the classifier's, and its
    vector (shipped for bank questions, computed for typed ones) when the extra is there."""
    bank = load_bank()
    known = bank.get(question_id) if question_id else None
    vector = None
    if semantic.available():
        if known is not None:
            vector = semantic.bank_vector(known.id, known.text)
        if vector is None:
            vector = tuple(semantic.embed([text])[0])
    if known is not None:
        info = question_from_bank(known)
        return replace(info, vector=vector)
    return classify_question(text, bank, vector)


def match(user: User, text: str, limit: int = 5) -> tuple[QuestionInfo, list[Match]]:
    """The user's stories that fit a question best, with reasons."""
    info = question_info(text)
    return info, StoryIndex(bank_for(user)).match(info, limit)


def assign_for_questions(
    user: User,
    interview: Interview,
    questions: Iterable[Mapping[str, Any]],
    stories: Sequence[CoreStory] | None = None,
) -> list[Assignment]:
    """Distinct stories for a plan's or dry run's questions (dicts with "id" and "text")."""
    infos = [question_info(str(q["text"]), q.get("id")) for q in questions]
    bank = list(stories) if stories is not None else bank_for(user, interview)
    return assign_stories(infos, bank, max_uses=MAX_USES)


def attach_stories(user: User, interview: Interview, questions: list[StoredQuestion]) -> None:
    """Give each question of a plan or dry run its story ("story": {"story", "title", ...})."""
    for question, assigned in zip(
        questions, assign_for_questions(user, interview, questions), strict=True
    ):
        question["story"] = assigned.to_dict()


def after_answer(user: User, interview: Interview, question: dict[str, Any], text: str) -> Any:
    """After a dry-run answer: the best-fitting story, unless it is the one just told."""
    return best_story_for(user, interview, question, story_told_in(user, text))


def best_story_for(
    user: User, interview: Interview, question: dict[str, Any], told: int | None
) -> Match | None:
    """After an answer: the story that would have fitted best, if it was not the one told."""
    info = question_info(str(question["text"]), question.get("id"))
    matches = StoryIndex(bank_for(user, interview)).match(info, 1)
    if not matches or matches[0].story.key == told:
        return None
    return matches[0]


def story_told_in(user: User, answer_text: str) -> int | None:
    """Which stored story an answer tells, if one clearly: the most shared words."""
    said = {keyword_stem(w) for w in content_words(answer_text)}
    best: tuple[float, int] | None = None
    for story in stories_of(user):
        words = {
            keyword_stem(w) for w in content_words(f"{story.title} {story.action} {story.result}")
        }
        if not words:
            continue
        share = len(words & said) / len(words)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, story.pk)
    return best[1] if best else None


# --- full-data export and import -----------------------------------------------------------------


def export_stories(user: User) -> list[dict[str, Any]]:
    """The story bank for the full-data export (vectors are recomputed on import)."""
    return [
        {
            "uuid": str(s.uuid),
            **to_core(s).to_dict(),
            "told_at": [str(i.uuid) for i in s.told_at.all()],
            "created_at": s.created_at.isoformat(),
        }
        for s in stories_of(user).prefetch_related("told_at").order_by("id")
    ]


_Checked = tuple[uuid.UUID, CoreStory, list[str], datetime | None]


def check_stories(data: dict[str, Any]) -> list[_Checked]:
    """Validate the export's "stories" as strictly as any other story; ImportRefused if bad."""
    from secondround.services.exchange import ImportRefused

    items = data.get("stories", [])
    if not isinstance(items, list):
        raise ImportRefused("The export file's stories are not a list.")
    interviews = {str(i.get("uuid")) for i in data.get("interviews", []) if isinstance(i, dict)}
    out: list[_Checked] = []
    seen_titles: set[str] = set()
    seen_ids: set[uuid.UUID] = set()
    for index, item in enumerate(items, start=1):
        where = f"Story {index} of the file"
        if not isinstance(item, dict):
            raise ImportRefused(f"{where} is not a record.")
        unknown = set(item) - {*_STORY_FIELDS, "uuid", "told_at", "created_at"}
        if unknown:
            raise ImportRefused(f"{where} has unknown fields: {', '.join(sorted(unknown))}.")
        try:
            story_id = uuid.UUID(str(item.get("uuid")))
            created = item.get("created_at")
            created_at = datetime.fromisoformat(str(created)) if created is not None else None
        except ValueError as exc:
            raise ImportRefused(f"{where} has a bad uuid or date.") from exc
        lists = ("competencies", "tags", "told_at")
        if any(not isinstance(item.get(k, []), list) for k in lists):
            raise ImportRefused(f"{where}: competencies, tags and told_at must be lists.")
        try:
            story = validate_story(
                CoreStory(**{k: item.get(k) for k in _STORY_FIELDS if k in item})  # type: ignore[arg-type]
                if isinstance(item.get("title"), str)
                else CoreStory(title="")
            )
        except (StoryError, TypeError) as exc:
            raise ImportRefused(f"{where}: {exc}") from exc
        if story.title.casefold() in seen_titles or story_id in seen_ids:
            raise ImportRefused(f"{where} repeats the title or id of another story.")
        seen_titles.add(story.title.casefold())
        seen_ids.add(story_id)
        told = [str(t) for t in item.get("told_at", [])]
        if any(t not in interviews for t in told):
            raise ImportRefused(f"{where} was told at an interview that is not in the file.")
        out.append((story_id, story, told, created_at))
    return out


def import_stories(user: User, data: dict[str, Any]) -> int:
    """Write the export's stories (run inside the import's transaction); returns how many."""
    from secondround.services.exchange import ImportRefused

    checked = check_stories(data)
    ids = [story_id for story_id, *_ in checked]
    if Story.objects.filter(uuid__in=ids).exclude(owner=user).exists():
        raise ImportRefused(
            "The file holds stories that belong to another account here; nothing was imported."
        )
    for story_id, story, told, created_at in checked:
        old = Story.objects.filter(uuid=story_id).first()
        target = old or Story(uuid=story_id, owner=user)
        clash = stories_of(user).filter(title__iexact=story.title).exclude(uuid=story_id)
        if clash.exists():
            raise ImportRefused(
                f"A different story called {story.title!r} is already here; rename one of them "
                "and import again."
            )
        _apply(target, story)
        target.save()
        if old is None and created_at is not None:
            # auto_now_add ignores a given value on insert, so the original date is put back.
            Story.objects.filter(pk=target.pk).update(created_at=created_at)
        target.told_at.set(Interview.objects.filter(owner=user, uuid__in=told))
    return len(checked)


_WHITESPACE = re.compile(r"\s+")


def story_from_answer(question: str, answer: str) -> CoreStory:
    """A story drafted from a coached or dry-run answer: parts split by the labeller, a title
    from the question, for the user to correct before saving."""
    from secondround.core.stories.split import split_answer

    parts = split_answer(answer)
    title = _WHITESPACE.sub(" ", question).strip().rstrip("?.")
    title = title[:80].rsplit(" ", 1)[0] + "…" if len(title) > 80 else title
    return CoreStory(
        title=title or "A story from a coached answer",
        situation=parts["situation"],
        task=parts["task"],
        action=parts["action"],
        result=parts["result"],
    )
