from __future__ import annotations

from django.urls import path

from secondround.salary import views

urlpatterns = [
    path("interviews/<int:pk>/salary/", views.salary, name="interview_salary"),
]
