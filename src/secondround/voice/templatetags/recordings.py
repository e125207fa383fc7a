"""`{% audio_allowance %}`: the account's recorded minutes today, shown beside the record button."""

from __future__ import annotations

from typing import Any

from django import template

from secondround.accounts.limits import audio_allowance as allowance_of

register = template.Library()


@register.simple_tag(takes_context=True)
def audio_allowance(context: dict[str, Any]) -> str:
    """ "Recorded today: 4 min 10 s of your 60 minutes." in hosted mode; nothing locally."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    allowance = allowance_of(user.pk)
    return allowance.text if allowance else ""
