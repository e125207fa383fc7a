"""The signed-in request and the one way a view reaches a record: through its owner.

Every view that shows or changes a record takes a `SignedInRequest` (the access middleware lets
no one else through, in local and hosted mode alike) and fetches the record with one of the
helpers below, which look only among the signed-in user's own records. Another user's id is
simply not found (404), so a page can never show, or a form change, what belongs to someone else.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from secondround.accounts.models import Share
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession
from secondround.services.practice import sessions_of
from secondround.services.sharing import dry_runs_in, interviews_in, shares_received
from secondround.services.stories import stories_of
from secondround.services.workspace import interviews_of
from secondround.stories.models import Story
from secondround.voice.models import Recording
from secondround.voice.services import recordings_of


class SignedInRequest(HttpRequest):
    """A request the access middleware has let through: its user is a real account."""

    user: User


def own_interview(request: SignedInRequest, pk: int) -> Interview:
    """The signed-in user's interview `pk` (with everything its pages read), or 404."""
    return get_object_or_404(interviews_of(request.user), pk=pk)


def own_dry_run(request: SignedInRequest, pk: int) -> PracticeSession:
    """The signed-in user's dry run `pk`, or 404."""
    session: PracticeSession = get_object_or_404(sessions_of(request.user), pk=pk)
    return session


def own_story(request: SignedInRequest, pk: int) -> Story:
    """The signed-in user's story `pk`, or 404."""
    return get_object_or_404(stories_of(request.user), pk=pk)


def own_recording(request: SignedInRequest, key: uuid.UUID) -> Recording:
    """The signed-in user's recording with that key, or 404."""
    recording: Recording = get_object_or_404(recordings_of(request.user), key=key)
    return recording


def received_share(request: SignedInRequest, share_pk: int) -> Share:
    """A share the signed-in user holds now (accepted, not withdrawn), or 404."""
    share: Share = get_object_or_404(shares_received(request.user), pk=share_pk)
    return share


def shared_interview(request: SignedInRequest, share_pk: int, pk: int) -> tuple[Share, Interview]:
    """An interview another account shared with the signed-in user, through that share, or 404."""
    share = received_share(request, share_pk)
    interview: Interview = get_object_or_404(interviews_in(share), pk=pk)
    return share, interview


def shared_dry_run(
    request: SignedInRequest, share_pk: int, pk: int
) -> tuple[Share, PracticeSession]:
    """A dry run of a shared interview, through that share, or 404."""
    share = received_share(request, share_pk)
    session: PracticeSession = get_object_or_404(dry_runs_in(share), pk=pk)
    return share, session
