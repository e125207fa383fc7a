from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("", include("secondround.interviews.urls")),
    path("", include("secondround.planning.urls")),
    path("", include("secondround.practice.urls")),
    path("", include("secondround.coaching.urls")),
    path("", include("secondround.stories.urls")),
    path("", include("secondround.asking.urls")),
    path("", include("secondround.salary.urls")),
    path("", include("secondround.dayof.urls")),
    path("", include("secondround.voice.urls")),
]
