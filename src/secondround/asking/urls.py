from __future__ import annotations

from django.urls import path

from secondround.asking import views

urlpatterns = [
    path("interviews/<int:pk>/ask/", views.ask, name="interview_ask"),
]
