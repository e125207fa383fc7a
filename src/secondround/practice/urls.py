from __future__ import annotations

from django.urls import path

from secondround.practice import views

urlpatterns = [
    path("interviews/<int:interview_pk>/practice/", views.start, name="practice_start"),
    path("practice/", views.history, name="practice_history"),
    path("practice/<int:pk>/", views.session_view, name="practice_session"),
    path("practice/<int:pk>/report/", views.report_view, name="practice_report"),
    path("practice/<int:pk>/script/", views.friend_script, name="practice_script"),
    path("practice/<int:pk>/script.pdf", views.friend_script_pdf, name="practice_script_pdf"),
    path("practice/<int:pk>/friend/", views.friend_marks, name="practice_friend"),
]
