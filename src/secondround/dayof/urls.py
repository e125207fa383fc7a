from __future__ import annotations

from django.urls import path

from secondround.dayof import views

urlpatterns = [
    path("interviews/<int:pk>/loose-ends/", views.loose_ends, name="loose_ends"),
    path("interviews/<int:pk>/kit/", views.prep_pack, name="prep_pack"),
    path("interviews/<int:pk>/kit.pdf", views.prep_pack_pdf, name="prep_pack_pdf"),
    path("interviews/<int:pk>/calendar.ics", views.calendar, name="interview_calendar"),
    path("interviews/<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("interviews/<int:pk>/follow-up.eml", views.follow_up_eml, name="follow_up_eml"),
    path("interviews/<int:pk>/next-round/", views.next_round, name="next_round"),
]
