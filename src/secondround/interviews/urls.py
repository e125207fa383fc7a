from __future__ import annotations

from django.urls import path

from secondround.interviews import exchange_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("interviews/new/", views.interview_new, name="interview_new"),
    path("interviews/<int:pk>/", views.interview_detail, name="interview_detail"),
    path("interviews/<int:pk>/edit/", views.interview_edit, name="interview_edit"),
    path("interviews/<int:pk>/delete/", views.interview_delete, name="interview_delete"),
    path("data/", exchange_views.data_page, name="data"),
    path("data/export.json", exchange_views.data_export, name="data_export"),
    path("data/import/", exchange_views.data_import, name="data_import"),
]
