from __future__ import annotations

from django.urls import path

from secondround.stories import views

urlpatterns = [
    path("stories/", views.story_list, name="story_list"),
    path("stories/new/", views.story_new, name="story_new"),
    path("stories/paste/", views.story_paste, name="story_paste"),
    path("stories/from-answer/", views.story_from_answer, name="story_from_answer"),
    path("stories/import/", views.story_import, name="story_import"),
    path("stories/export/", views.story_export, name="story_export"),
    path("stories/<int:pk>/", views.story_edit, name="story_edit"),
    path("stories/<int:pk>/competencies/", views.story_confirm, name="story_confirm"),
    path("stories/<int:pk>/delete/", views.story_delete, name="story_delete"),
    path("interviews/<int:pk>/stories/", views.interview_stories, name="interview_stories"),
]
