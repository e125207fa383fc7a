from __future__ import annotations

from django.urls import path

from secondround.planning import views

urlpatterns = [
    path("interviews/<int:pk>/plan/", views.plan, name="interview_plan"),
    path("interviews/<int:pk>/debrief/", views.debrief, name="interview_debrief"),
]
