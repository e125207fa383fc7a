"""`analyse_job`: what a job advert asks for, read with rules and public vocabularies."""

from __future__ import annotations

from secondround.core.jobs.competencies import find_competencies
from secondround.core.jobs.keywords import find_keywords
from secondround.core.jobs.occupations import find_title, match_occupation, typical_competencies
from secondround.core.jobs.profile import Competency, JobProfile
from secondround.core.jobs.tools import find_ad_tools
from secondround.core.limits import MAX_TEXT_CHARS
from secondround.core.text.phrases import tokens

# An advert naming fewer competencies than this is thin; the occupation fills in what is typical.
THIN_AD = 3
# Text longer than this is not one job advert; the rest is not read.
MAX_CHARS = MAX_TEXT_CHARS


def analyse_job(text: str, title: str | None = None) -> JobProfile:
    """The competencies (weighted 1-3, with evidence), key terms, tools and occupation of a job.

    `title` is the job's title when known; otherwise the advert's first line or "Job title:" line
    is used. Empty or wordless text gives an empty profile; only the first 100,000 characters are
    read. Never raises on odd input.
    """
    text = text[:MAX_CHARS]
    words = tokens(text)
    found = find_title(text, title)
    occupation = match_occupation(found.text, text) if found else None
    if not words and found is None:
        return JobProfile()
    competencies = find_competencies(text, words, found)
    if len(competencies) < THIN_AD and occupation is not None:
        named = {c.name for c in competencies}
        competencies.extend(
            Competency(
                key,
                1,
                f"typical of {occupation.title} (O*NET work styles)",
                None,
                None,
                "occupation",
            )
            for key in typical_competencies(occupation.code)
            if key not in named
        )
    spans = [(c.start, c.end) for c in competencies if c.start is not None and c.end is not None]
    return JobProfile(
        competencies=tuple(competencies),
        keywords=tuple(find_keywords(text, found.text if found else None, spans)),
        tools=tuple(find_ad_tools(text)),
        occupation=occupation,
    )
