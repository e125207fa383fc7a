"""Your data on the web: download everything as the JSON file `secondround export` writes, and
upload one to import it (services.exchange does the work; a bad file changes nothing)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from secondround.services.exchange import (
    ImportRefused,
    dumps,
    export_data,
    import_data,
    parse_export,
)
from secondround.web.owner import SignedInRequest

# An export of years of dry runs is a few megabytes; anything far larger is not one.
MAX_IMPORT_BYTES = 30 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Export file",
        help_text="A .json file written by “Download all your data” or `secondround export`.",
        error_messages={"required": "Choose the export file to import."},
    )

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                f"That file is over {MAX_IMPORT_BYTES // (1024 * 1024)} MB, too large to be a "
                "secondround export."
            )
        data: bytes = upload.read()
        return data


def data_page(request: SignedInRequest) -> HttpResponse:
    return render(request, "interviews/data.html", {"form": ImportForm()})


def data_export(request: SignedInRequest) -> HttpResponse:
    data = export_data(request.user)
    response = HttpResponse(dumps(data), content_type="application/json; charset=utf-8")
    name = f"secondround-export-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_http_methods(["POST"])
def data_import(request: SignedInRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            summary = import_data(request.user, parse_export(form.cleaned_data["file"]))
        except ImportRefused as exc:
            form.add_error("file", str(exc))
        else:
            messages.success(
                request,
                f"Imported {summary.created} new and {summary.updated} updated interview(s), "
                f"{summary.people} people.",
            )
            return redirect("home")
    messages.error(request, "Nothing was imported: see what is marked below.")
    return render(request, "interviews/data.html", {"form": form}, status=400)
