"""The people who own records. Local mode has exactly one, created on first use."""

from __future__ import annotations

from django.contrib.auth.models import User

LOCAL_USERNAME = "local"


def local_user() -> User:
    """The single owner of everything in local mode (hosted mode adds real accounts)."""
    user, created = User.objects.get_or_create(username=LOCAL_USERNAME)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
