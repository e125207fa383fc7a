from __future__ import annotations

from django.urls import path

from secondround.voice import views

urlpatterns = [
    path("voice/recordings/", views.upload, name="voice_upload"),
    path("voice/recordings/<uuid:key>/", views.status, name="voice_status"),
    path("voice/recordings/<uuid:key>/retry/", views.retry, name="voice_retry"),
    path("voice/speak/", views.speak, name="voice_speak"),
]
