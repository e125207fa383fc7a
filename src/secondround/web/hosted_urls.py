"""Hosted mode's pages: every local page, plus accounts, sharing and organisations."""

from __future__ import annotations

from django.urls import include, path

from secondround.web.urls import urlpatterns as local_patterns

urlpatterns = [
    path("accounts/", include("allauth.urls")),
    path("", include("secondround.accounts.urls")),
    *local_patterns,
]
