"""Nothing of one account reaches another: a second account requests every URL pattern of the
hosted site, with every id of the first account's records and every method, and reads none of
them (not found, or a page of its own without a word of the owner's) and writes nothing."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import UUIDConverter

from secondround.accounts.models import Usage
from secondround.voice.models import Recording
from tests.hosted.conftest import sign_in
from tests.hosted.world import MARKERS, World, build

METHODS = ("get", "head", "post", "put", "patch", "delete", "options")
# Signing out would end the crawl early; it reads and writes nothing of anyone else's.
SKIPPED = {"account_logout"}
# Tokens and keys are the capability itself (an invitation link, a reset mail): a made-up one.
MADE_UP_TOKEN = "not-a-real-token-0123456789"


def _patterns(resolver: URLResolver, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry


def _ids_for(name: str, world: World) -> set[int]:
    by_name = {
        "interview_pk": world.ids["interview"],
        "share_pk": world.ids["share"],
        "org_pk": world.ids["org"],
        "cohort_pk": world.ids["cohort"],
        "member_pk": world.ids["member"],
    }
    return by_name.get(name, world.all_ids())


def _owned_keys() -> list[uuid.UUID]:
    return sorted(Recording.objects.values_list("key", flat=True), key=str) or [uuid.uuid4()]


def _urls(world: World) -> Iterator[tuple[str, str, bool]]:
    """(pattern name, address, whether it holds an id) for every pattern, filled with the
    owner's ids."""
    resolver = get_resolver("secondround.web.hosted_urls")
    for _, pattern in _patterns(resolver):
        name = pattern.name
        if not name or name in SKIPPED:
            continue
        converters = pattern.pattern.converters
        groups = list(pattern.pattern.regex.groupindex)
        if not groups:
            yield name, reverse(name, urlconf="secondround.web.hosted_urls"), False
            continue
        choices: list[list[tuple[str, int | str | uuid.UUID]]] = []
        for key in groups:
            converter = converters.get(key)
            if converter is not None and converter.regex == "[0-9]+":
                choices.append([(key, pk) for pk in sorted(_ids_for(key, world))])
            elif isinstance(converter, UUIDConverter):
                # Keys of the owner's own records (a recording), which the visitor must not reach.
                choices.append([(key, uuid) for uuid in _owned_keys()])
            else:
                choices.append([(key, MADE_UP_TOKEN)])
        takes_ids = any(
            isinstance(value, int | uuid.UUID) for option in choices for _, value in option
        )
        for combo in itertools.product(*choices):
            url = reverse(name, kwargs=dict(combo), urlconf="secondround.web.hosted_urls")
            yield name, url, takes_ids


def _snapshot() -> dict[str, list[Any]]:
    """Every stored row, apart from the sessions and usage counts the visitor's own requests
    keep."""
    rows: dict[str, list[Any]] = {}
    for model in apps.get_models():
        if model in (Session, Usage):
            continue
        rows[model._meta.label] = sorted(
            (repr(sorted(row.items())) for row in model._default_manager.values()), key=str
        )
    return rows


def test_a_second_account_reads_and_writes_nothing_of_the_first(account: Any) -> None:
    owner = account("owner@example.org")
    friend = account("friend@example.org")
    world = build(owner, sign_in("owner@example.org"), friend)
    Recording.objects.create(owner=owner, filename="owner.webm", size=10, question="Why us?")
    account("stranger@example.org")
    stranger = sign_in("stranger@example.org")
    before = _snapshot()
    tried = 0
    leaks = []
    with override_settings(SECONDROUND_LIMITS={"requests_per_minute": 10**9, "uploads_per_day": 1}):
        for name, url, takes_ids in _urls(world):
            for method in METHODS:
                response = getattr(stranger, method)(url)
                tried += 1
                body = response.content.decode(errors="replace")
                found = [marker for marker in MARKERS if marker.lower() in body.lower()]
                if found:
                    leaks.append(f"{method.upper()} {url} ({name}) shows {found}")
                if takes_ids and response.status_code not in (302, 403, 404, 405, 410):
                    leaks.append(f"{method.upper()} {url} ({name}) answers {response.status_code}")
                if response.status_code == 302:
                    assert "owner" not in response["Location"]
    assert not leaks, "\n".join(leaks[:40])
    assert _snapshot() == before, "a request of the second account changed stored records"
    # The crawl really covered the site: every pattern, every id, every method.
    assert tried == len(list(_urls(world))) * len(METHODS) > 500
    names = {name for name, _, _ in _urls(world)}
    assert {
        "interview_detail",
        "practice_friend",
        "story_edit",
        "shared_marks",
        "org_cohort",
        "prep_pack_pdf",
        "data_export",
        "share_revoke",
        "next_round",
        "voice_status",
        "voice_retry",
    } <= names
