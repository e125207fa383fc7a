"""The job reader's data files, read once from `secondround/data/jobs/` and checked as they load."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.competencies import COMPETENCIES
from secondround.core.datafiles import DataFileError, read_text, read_yaml
from secondround.core.text.phrases import Phrase, PhraseIndex, compile_phrase


class JobsDataError(DataFileError):
    """A data file of the job reader is missing or malformed (a packaging fault, not a user one)."""


def read_data(name: str) -> str:
    """The text of one data file of the job reader."""
    return read_text("jobs", name, JobsDataError)


@lru_cache(maxsize=8)
def _yaml(name: str) -> dict[str, Any]:
    # Cached: triggers.yaml feeds three tables, and is read and parsed once for all of them.
    return read_yaml("jobs", name, JobsDataError, version=1)


def _tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated file, `#` comment lines and the header row left out."""
    lines = [line for line in read_data(name).splitlines() if not line.startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t"))
    if not rows:
        raise JobsDataError(f"{name} has no rows.")
    return rows


def _check_key(name: str, key: Any) -> str:
    if key not in COMPETENCIES:
        raise JobsDataError(f"{name}: {key!r} is not one of the competency keys.")
    return str(key)


def _phrases(name: str, label: str | None, texts: Any) -> list[Phrase]:
    if not isinstance(texts, list):
        raise JobsDataError(f"{name}: expected a list of phrases under {label!r}.")
    try:
        return [compile_phrase(label, str(text)) for text in texts]
    except ValueError as exc:
        raise JobsDataError(f"{name}: {exc}") from exc


@lru_cache(maxsize=1)
def esco_phrases() -> tuple[Phrase, ...]:
    """ESCO transversal-skill labels as trigger phrases, each under the key esco_map.yaml gives."""
    mapping = _yaml("esco_map.yaml")
    key_of: dict[str, str] = {}
    for key, labels in mapping.get("skills", {}).items():
        for label in labels:
            key_of[str(label).strip()] = _check_key("esco_map.yaml", key)
    relabel = {
        str(label): _check_key("esco_map.yaml", key)
        for label, key in mapping.get("relabel", {}).items()
    }
    skip = {str(label) for label in mapping.get("skip", [])}
    phrases: list[Phrase] = []
    for row in _tsv("esco_transversal_skills.tsv"):
        if len(row) != 2:
            raise JobsDataError(f"esco_transversal_skills.tsv: bad row {row!r}.")
        preferred, alternatives = row[0].strip(), row[1]
        key = key_of.get(preferred)
        if key is None:
            continue
        for label in dict.fromkeys([preferred, *alternatives.split("|")]):
            label = label.strip().lower()
            if label and label not in skip:
                phrases.extend(_phrases("esco_map.yaml", relabel.get(label, key), [label]))
    if len(phrases) < 100:
        raise JobsDataError("esco_transversal_skills.tsv gives too few skill labels.")
    return tuple(phrases)


@lru_cache(maxsize=1)
def triggers() -> PhraseIndex:
    """Every trigger phrase (ESCO's labels and ours) and every exclusion, in one index."""
    data = _yaml("triggers.yaml")
    phrases: list[Phrase] = list(esco_phrases())
    for section in ("triggers", "paraphrases"):
        for key, texts in data.get(section, {}).items():
            phrases.extend(_phrases("triggers.yaml", _check_key("triggers.yaml", key), texts))
    phrases.extend(_phrases("triggers.yaml", "customer_focus", list(service_phrases())))
    phrases.extend(_phrases("triggers.yaml", None, data.get("exclude", [])))
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def service_phrases() -> tuple[str, ...]:
    """ "verb ... noun" for each verb and noun of `service_frames` ("calm ... patient*")."""
    frames = _yaml("triggers.yaml").get("service_frames", {})
    verbs, people = frames.get("verbs"), frames.get("people")
    if not isinstance(verbs, list) or not isinstance(people, list) or not verbs or not people:
        raise JobsDataError("triggers.yaml: service_frames needs lists of verbs and people.")
    return tuple(f"{verb} ... {noun}" for verb in verbs for noun in people)


@lru_cache(maxsize=1)
def phrase_sources() -> dict[str, str]:
    """Where each trigger phrase comes from: "esco", "trigger" (advert wording) or "paraphrase"."""
    data = _yaml("triggers.yaml")
    sources = {p.text: "esco" for p in esco_phrases()}
    for section, source in (("triggers", "trigger"), ("paraphrases", "paraphrase")):
        for texts in data.get(section, {}).values():
            sources.update((str(text), source) for text in texts)
    sources.update((text, "paraphrase") for text in service_phrases())
    return sources


@lru_cache(maxsize=1)
def title_cues() -> PhraseIndex:
    """Words of a job title that make a competency central ("Store Manager": leadership)."""
    data = _yaml("triggers.yaml")
    phrases: list[Phrase] = []
    for key, texts in data.get("title_cues", {}).items():
        phrases.extend(_phrases("triggers.yaml", _check_key("triggers.yaml", key), texts))
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def section_cues() -> tuple[PhraseIndex, PhraseIndex]:
    """(header cues labelled essential/requirements/desirable/other, line markers)."""
    data = _yaml("triggers.yaml")
    sections, markers = data.get("sections", {}), data.get("line_markers", {})
    if set(sections) != {"essential", "requirements", "desirable", "other"}:
        raise JobsDataError(
            "triggers.yaml: sections needs essential, requirements, desirable, other."
        )
    if set(markers) != {"essential", "desirable"}:
        raise JobsDataError("triggers.yaml: line_markers needs essential and desirable.")
    headers = [
        p for kind, texts in sections.items() for p in _phrases("triggers.yaml", kind, texts)
    ]
    lines = [p for kind, texts in markers.items() for p in _phrases("triggers.yaml", kind, texts)]
    return PhraseIndex(headers), PhraseIndex(lines)


@dataclass(frozen=True)
class Occupation:
    """An O*NET occupation and how important each competency is in it (1-5)."""

    code: str
    title: str
    importance: dict[str, float]


@lru_cache(maxsize=1)
def occupations() -> dict[str, Occupation]:
    """O*NET occupations by code, with their work styles converted to our keys."""
    text = read_data("onet_occupations.tsv")
    header = next(line for line in text.splitlines() if not line.startswith("#")).split("\t")
    keys = [_check_key("onet_occupations.tsv", k) for k in header[3:]]
    out: dict[str, Occupation] = {}
    for row in _tsv("onet_occupations.tsv"):
        if len(row) != 3 + len(keys):
            raise JobsDataError(f"onet_occupations.tsv: bad row {row[:2]!r}.")
        try:
            importance = {k: float(v) for k, v in zip(keys, row[3:], strict=True) if v}
        except ValueError as exc:
            raise JobsDataError(f"onet_occupations.tsv: bad number for {row[0]}.") from exc
        out[row[0]] = Occupation(row[0], row[1], importance)
    if len(out) < 500:
        raise JobsDataError("onet_occupations.tsv holds too few occupations.")
    return out


@lru_cache(maxsize=1)
def mean_importance() -> dict[str, float]:
    """Each competency's mean importance over all occupations: what counts as ordinary."""
    totals: dict[str, list[float]] = {}
    for occupation in occupations().values():
        for key, value in occupation.importance.items():
            totals.setdefault(key, []).append(value)
    return {key: sum(values) / len(values) for key, values in totals.items()}


@lru_cache(maxsize=1)
def title_aliases() -> dict[str, tuple[str, ...]]:
    """Our own titles for occupations O*NET names otherwise ("support worker")."""
    known = occupations()
    aliases: dict[str, tuple[str, ...]] = {}
    for row in _tsv("title_aliases.tsv"):
        codes = tuple(c.strip() for c in row[1].split(",")) if len(row) == 2 else ()
        if not codes or not all(c in known for c in codes) or row[0] != row[0].lower():
            raise JobsDataError(f"title_aliases.tsv: bad row {row!r}.")
        aliases[row[0]] = codes
    return aliases


@lru_cache(maxsize=1)
def job_titles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles, codes): every O*NET title and alternate title, lower-case, with its occupation.

    A title shared by several occupations appears once per occupation.
    """
    known = occupations()
    titles: list[str] = []
    codes: list[str] = []
    for occupation in known.values():
        titles.append(occupation.title.lower())
        codes.append(occupation.code)
    for row in _tsv("onet_titles.tsv"):
        if len(row) != 2 or row[0] not in known:
            raise JobsDataError(f"onet_titles.tsv: bad row {row[:1]!r}.")
        for title in row[1].split("|"):
            titles.append(title)
            codes.append(row[0])
    return tuple(titles), tuple(codes)
