"""The readings of an interview's job description and notes, kept so a page need not re-read.

Reading a 1,000-word advert or two pages of notes takes tens of milliseconds, and the plan, the
debrief, every dry run start and `secondround plan` need them. Each reading is stored with its
interview (`planning.Reading`), keyed by a hash of the text and of the reader's own version, so
editing the text, or upgrading secondround, reads it again; several server processes share it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Prefetch, prefetch_related_objects

from secondround import __version__
from secondround.core.debrief import read_debrief
from secondround.core.jobs import JobProfile, analyse_job
from secondround.interviews.models import Interview
from secondround.planning.models import Reading

# The readers live in the core and read the core's data files: a change to either is a new reader.
READER_FOLDERS = ("core", "data")
# Where an interview instance keeps the readings this request stored for it.
_MEMO = "_secondround_readings"


def job_reading(interview: Interview) -> JobProfile:
    """`analyse_job` of the interview's job description, for its role (stored as JSON data)."""
    return JobProfile.from_dict(
        _cached(
            interview,
            "job",
            (interview.role, interview.job_description),
            lambda: analyse_job(interview.job_description, title=interview.role or None).to_dict(),
        )
    )


def notes_reading(interview: Interview) -> dict[str, Any]:
    """`read_debrief` of the interview's notes from earlier rounds, as JSON data."""
    return _cached(
        interview, "notes", (interview.notes,), lambda: read_debrief(interview.notes).to_dict()
    )


@lru_cache(maxsize=1)
def reader_version() -> str:
    """A hash of secondround's version and of every file of the core and its data."""
    digest = hashlib.sha256(__version__.encode())
    for folder in READER_FOLDERS:
        for name, content in _files(resources.files("secondround").joinpath(folder), folder):
            digest.update(name.encode())
            digest.update(content)
    return digest.hexdigest()


def _files(folder: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}/{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found.extend(_files(entry, name))
        elif not entry.name.endswith((".pyc", ".pyo")):
            found.append((name, entry.read_bytes()))
    return found


def _key(kind: str, inputs: tuple[str, ...]) -> str:
    text = json.dumps([reader_version(), kind, *inputs], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _cached(
    interview: Interview,
    kind: str,
    inputs: tuple[str, ...],
    read: Callable[[], dict[str, Any]],
) -> dict[str, Any]:
    if interview.pk is None:
        return read()
    key = _key(kind, inputs)
    for found_key, data in _stored(interview, kind):
        if found_key == key:
            _remember(interview, kind, key, data)
            return dict(data)
    # Round-trip through JSON, so this request sees exactly what later ones will read back.
    data = json.loads(json.dumps(read()))
    try:
        with transaction.atomic():
            Reading.objects.update_or_create(
                interview=interview, kind=kind, defaults={"key": key, "data": data}
            )
    except IntegrityError:
        pass  # another process stored the same reading at the same moment
    _remember(interview, kind, key, data)
    return data


def prefetch_readings(interviews: Sequence[Interview], kinds: Iterable[str]) -> None:
    """Fetch the stored readings of many interviews in one query (a page listing them), so
    each reading asked for afterwards is looked up in memory."""
    prefetch_related_objects(
        list(interviews), Prefetch("readings", queryset=Reading.objects.filter(kind__in=kinds))
    )


def _stored(interview: Interview, kind: str) -> list[tuple[str, Any]]:
    remembered = getattr(interview, _MEMO, {}).get(kind)
    if remembered is not None:
        return [remembered]
    prefetched = getattr(interview, "_prefetched_objects_cache", {}).get("readings")
    if prefetched is not None:
        return [(r.key, r.data) for r in prefetched if r.kind == kind]
    return list(Reading.objects.filter(interview=interview, kind=kind).values_list("key", "data"))


def _remember(interview: Interview, kind: str, key: str, data: dict[str, Any]) -> None:
    """Kept on the interview: a page that asks for a reading twice (the promises, then the
    concerns of the same notes) reads it from the database once."""
    memo = getattr(interview, _MEMO, None)
    if memo is None:
        memo = {}
        setattr(interview, _MEMO, memo)
    memo[kind] = (key, data)
