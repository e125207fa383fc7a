"""The salary page of an interview: the market, your figures, what to ask for and how."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from secondround.core.salary import COUNTRY_NAMES, lookup
from secondround.core.salary import Country as SalaryCountry
from secondround.salary.models import Country, PointKind
from secondround.services import salary as salary_service
from secondround.web.owner import SignedInRequest, own_interview


@require_http_methods(["GET", "POST"])
def salary(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    form_error = ""
    posted: dict[str, str] = {}
    nearest: list[object] = []
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "lookup":
                posted = {
                    k: request.POST.get(k, "") for k in ("title", "country", "code", "minimum")
                }
                salary_service.save_work(interview, **posted)
                messages.success(request, "Saved.")
            elif action == "add_point":
                salary_service.add_point(
                    interview,
                    request.POST.get("kind", ""),
                    request.POST.get("amount", ""),
                    request.POST.get("seen_on", ""),
                    request.POST.get("note", ""),
                )
                messages.success(request, "Added your figure.")
            elif action == "delete_point":
                salary_service.delete_point(interview, request.POST.get("point", ""))
                messages.success(request, "Removed.")
            else:
                raise salary_service.SalaryError("That is not something the salary page can do.")
        except salary_service.SalaryError as exc:
            if action != "lookup":
                messages.error(request, str(exc))
                return redirect(request.path + "#your-figures")
            form_error = str(exc)
            country: SalaryCountry = "us" if posted.get("country") == "us" else "uk"
            if posted.get("title", "").strip():
                table = salary_service.current_table(country)
                nearest = list(lookup(posted["title"], country, table).candidates)
        else:
            return redirect(request.path)
    view = salary_service.salary_view(interview)
    work = view.work
    initial = posted or {
        "title": work.title if work else interview.role,
        "country": view.country,
        "code": work.occupation_code if work else "",
        "minimum": view.table.money(work.minimum) if work and work.minimum else "",
    }
    status = 400 if form_error else 200
    return render(
        request,
        "salary/salary.html",
        {
            "interview": interview,
            "view": view,
            "initial": initial,
            "form_error": form_error,
            "options": nearest or (list(view.found.candidates) if view.found else []),
            "countries": Country.choices,
            "country_name": COUNTRY_NAMES[view.country],
            "kinds": PointKind.choices,
            "today": timezone.localdate().isoformat(),
            "symbol": view.table.symbol,
        },
        status=status,
    )
