"""`analyse_job`: what a job advert asks for, read with rules and public vocabularies."""

from __future__ import annotations

from functools import lru_cache

from secondround.core.jobs.competencies import find_competencies
from secondround.core.jobs.keywords import find_keywords
from secondround.core.jobs.occupations import find_title, match_occupation
from secondround.core.jobs.profile import JobProfile
from secondround.core.jobs.tools import find_tool_mentions
from secondround.core.limits import MAX_TEXT_CHARS
from secondround.core.text.phrases import Token, tokens
from secondround.core.text.words import word_list

# Text longer than this is not one job advert; the rest is not read.
MAX_CHARS = MAX_TEXT_CHARS
# Job adverts run to a few hundred words, rarely past 1,500; a paste of over 5,000 is more (a whole
# careers page, say) and is read, with a note.
TYPICAL_AD_WORDS = 1500
LONG_AD_WORDS = 5000
NOT_ENGLISH = (
    "This does not read as English, so nothing was read from it: secondround reads job adverts "
    "written in English."
)
# English prose has a common word ("the", "and", "you", "to") in every three or four; other
# languages written in Latin letters have far fewer of ours. Below 25 words, no judgement.
_MIN_WORDS_TO_JUDGE = 25
_SAMPLE_WORDS = 600
_MIN_COMMON_SHARE = 0.1


def analyse_job(text: str, title: str | None = None) -> JobProfile:
    """The competencies (weighted 1-3, with evidence), key terms, tools and occupation of a job.

    `title` is the job's title when known; otherwise the advert's first line or "Job title:" line
    is used. Empty or wordless text gives an empty profile; text that does not read as English
    gives only a note saying so; only the first 100,000 characters are read. Never raises on odd
    input.
    """
    text = text[:MAX_CHARS]
    words = tokens(text)
    found = find_title(text, title)
    if not words and found is None:
        return JobProfile()
    if not reads_as_english(words):
        return JobProfile(notes=(NOT_ENGLISH,), english=False)
    occupation = match_occupation(found.text, text) if found else None
    competencies = find_competencies(text, words, found, occupation)
    spans = [(c.start, c.end) for c in competencies if c.start is not None and c.end is not None]
    mentions = find_tool_mentions(text)
    notes: list[str] = []
    if len(words) > LONG_AD_WORDS:
        notes.append(
            f"This text is {len(words):,} words long, far more than one job advert (most are "
            f"under {TYPICAL_AD_WORDS:,}): all of it was read, so paste the advert alone for a "
            "sharper reading."
        )
    if not any(c.source == "ad" for c in competencies):
        notes.append(
            "The advert asks for no behaviour in words, so no competency was read from it"
            + (
                "; those shown are only typical of the occupation."
                if competencies
                else "; paste the part that says what the job involves and who they want."
            )
        )
    return JobProfile(
        competencies=tuple(competencies),
        keywords=tuple(find_keywords(text, found.text if found else None, spans)),
        tools=tuple(m.name for m in mentions),
        tool_evidence=tuple(mentions),
        occupation=occupation,
        notes=tuple(notes),
    )


def reads_as_english(words: list[Token]) -> bool:
    """Whether the words read as English: enough of them are common English words ("the",
    "and", "you"). A short text or a list of names passes; French or Polish does not."""
    if len(words) < _MIN_WORDS_TO_JUDGE:
        return True
    sample = words[:_SAMPLE_WORDS]
    common = _common_words()
    hits = sum(1 for w in sample if w.lower.replace("’", "'") in common)
    return hits >= _MIN_COMMON_SHARE * len(sample)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))
