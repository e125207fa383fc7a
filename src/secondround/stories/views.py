"""The story bank's pages: the list, add and edit (four parts, or a pasted answer), confirm the
suggested competencies, import and export, and an interview's coverage grid."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from secondround.core.competencies import competency_label
from secondround.core.stories import StoryError, check_story, suggest_competencies
from secondround.interviews.models import Interview
from secondround.services import stories as service
from secondround.services.workspace import interviews_of
from secondround.stories.forms import ImportForm, PasteForm, StoryForm
from secondround.stories.models import Story


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _own(request: HttpRequest, pk: int) -> Story:
    return get_object_or_404(service.stories_of(_user(request)), pk=pk)


def story_list(request: HttpRequest) -> HttpResponse:
    rows = []
    for story in service.stories_of(_user(request)):
        core = service.to_core(story)
        rows.append(
            {
                "story": story,
                "check": check_story(core),
                "labels": [competency_label(k) for k in story.competencies],
            }
        )
    return render(
        request,
        "stories/list.html",
        {"rows": rows, "import_form": ImportForm(), "note": service.semantic_note()},
    )


def _form_page(
    request: HttpRequest, form: StoryForm, story: Story | None, status: int = 200
) -> HttpResponse:
    context: dict[str, Any] = {"form": form, "story": story}
    if story is not None:
        core = service.to_core(story)
        confirmed = set(story.competencies)
        context["check"] = check_story(core)
        context["suggestions"] = [
            {**s.to_dict(), "confirmed": s.competency in confirmed}
            for s in suggest_competencies(f"{core.title}\n{core.text}")
        ]
    return render(request, "stories/edit.html", context, status=status)


@require_http_methods(["GET", "POST"])
def story_new(request: HttpRequest) -> HttpResponse:
    form = StoryForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                story = service.save_story(_user(request), form.story)
            except StoryError as exc:
                form.add_error("title", str(exc))
            else:
                messages.success(
                    request, "Saved. Check the competencies it shows, suggested below."
                )
                return redirect("story_edit", pk=story.pk)
        return _form_page(request, form, None, status=400)
    return _form_page(request, form, None)


@require_http_methods(["GET", "POST"])
def story_edit(request: HttpRequest, pk: int) -> HttpResponse:
    story = _own(request, pk)
    if request.method == "POST":
        form = StoryForm(request.POST)
        if form.is_valid():
            try:
                service.save_story(_user(request), form.story, instance=story)
            except StoryError as exc:
                form.add_error("title", str(exc))
            else:
                messages.success(request, "Saved.")
                return redirect("story_edit", pk=story.pk)
        story.refresh_from_db()
        return _form_page(request, form, story, status=400)
    form = StoryForm(initial=StoryForm.initial_from(service.to_core(story)))
    return _form_page(request, form, story)


@require_POST
def story_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm or change the competencies, from the suggestions beside the story."""
    story = _own(request, pk)
    try:
        service.set_competencies(story, request.POST.getlist("competencies"))
    except StoryError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Competencies saved.")
    back = request.POST.get("next", "")
    # Only a page of this app: never an address elsewhere.
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect("story_edit", pk=story.pk)


def _draft_page(request: HttpRequest, title: str, answer: str) -> HttpResponse:
    draft = service.story_from_answer(title, answer)
    form = StoryForm(initial=StoryForm.initial_from(draft))
    messages.info(request, "The coach split it into four parts: correct them, then save.")
    return _form_page(request, form, None)


@require_http_methods(["GET", "POST"])
def story_paste(request: HttpRequest) -> HttpResponse:
    form = PasteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _draft_page(request, form.cleaned_data["title"], form.cleaned_data["answer"])
    status = 400 if request.method == "POST" else 200
    return render(request, "stories/paste.html", {"form": form}, status=status)


@require_POST
def story_from_answer(request: HttpRequest) -> HttpResponse:
    """ "Save as a story" from a coached or dry-run answer: a draft to correct, not yet saved."""
    answer = request.POST.get("answer", "").strip()
    if not answer:
        messages.error(request, "There is no answer to keep as a story.")
        return redirect("story_list")
    return _draft_page(request, request.POST.get("question", "")[:300], answer[:12_000])


@require_http_methods(["GET", "POST"])
def story_delete(request: HttpRequest, pk: int) -> HttpResponse:
    story = _own(request, pk)
    if request.method == "POST":
        title = story.title
        story.delete()
        messages.success(request, f"Deleted “{title}”.")
        return redirect("story_list")
    return render(request, "stories/delete.html", {"story": story})


@require_POST
def story_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Choose a Markdown or text file of stories to import.")
        return redirect("story_list")
    upload = form.cleaned_data["file"]
    try:
        result = service.import_file(_user(request), upload.read(), upload.name)
    except StoryError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"Imported {result.created} new and updated {result.updated} stories."
        )
    return redirect("story_list")


def story_export(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        service.export_text(_user(request)), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="stories.md"'
    return response


@require_http_methods(["GET", "POST"])
def interview_stories(request: HttpRequest, pk: int) -> HttpResponse:
    """The coverage grid of one interview, and which stories were told in an earlier round."""
    user = _user(request)
    interview: Interview = get_object_or_404(interviews_of(user), pk=pk)
    if request.method == "POST":
        ticked = {int(v) for v in request.POST.getlist("told") if v.isdigit()}
        with_ticks = service.stories_of(user).filter(pk__in=ticked)
        with transaction.atomic():
            Story.told_at.through.objects.filter(interview=interview).delete()
            for story in with_ticks:
                story.told_at.add(interview)
        messages.success(request, "Saved which stories you told in an earlier round.")
        return redirect("interview_stories", pk=interview.pk)
    grid = service.coverage_for(user, interview)
    told = service.told_before(user, interview)
    ticked_here = set(
        service.stories_of(user).filter(told_at=interview).values_list("pk", flat=True)
    )
    return render(
        request,
        "stories/coverage.html",
        {
            "interview": interview,
            "grid": grid,
            "rows": [
                {"row": row, "cells": list(zip(grid.stories, row.cells, strict=True))}
                for row in grid.rows
            ],
            "told": [
                {"story": s, "ticked": s.key in ticked_here, "why": told.get(s.key)}
                for s in grid.stories
            ],
        },
    )
