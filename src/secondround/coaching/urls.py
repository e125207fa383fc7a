from __future__ import annotations

from django.urls import path

from secondround.coaching import views

urlpatterns = [
    path("coach/", views.coach, name="coach"),
    path("coach/rubric/", views.rubric, name="coach_rubric"),
    path("questions/", views.question_bank, name="question_bank"),
]
