"""The salary page: the market for the job, your figures, what to ask for; bad input refused."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone
from fpdf import FPDF
from pypdf import PdfReader

from secondround.salary.models import SalaryPoint, SalaryWork
from secondround.services.salary import salary_for_kit


def _url(interview: Any) -> str:
    return f"/interviews/{interview.pk}/salary/"


def _look_up(client: Client, interview: Any, **fields: str) -> Any:
    data = {"action": "lookup", "title": "Data analyst", "country": "uk", "code": "", "minimum": ""}
    return client.post(_url(interview), {**data, **fields}, follow=True)


def test_looking_up_a_title_shows_the_market_with_its_date_and_source(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(role="Data analyst", timezone="Europe/London")
    html = client_in.get(_url(interview)).content.decode()
    assert 'value="Data analyst"' in html  # the role is offered as the title
    html = _look_up(client_in, interview).content.decode()
    assert "Data analysts" in html and "3544" in html
    assert "£33,174" in html
    assert "suppressed in the source" in html  # the 90th percentile, shown honestly
    assert "April 2023 (provisional)" in html and "these figures are" in html
    assert "Open Government Licence v3.0" in html
    assert "<svg" in html and "Walk-away £" in html
    assert "How these were worked out" in html and "When they name a number first" in html
    assert "IT quality and testing professionals" in html  # an alternative to pick


def test_picking_another_occupation_uses_it(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    html = _look_up(client_in, interview, code="2433").content.decode()
    assert "Actuaries, economists and statisticians" in html
    assert SalaryWork.objects.get(interview=interview).occupation_code == "2433"


def test_an_unknown_title_offers_the_nearest_and_stores_nothing(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    response = _look_up(client_in, interview, title="Chief Happiness Wizard", country="us")
    html = response.content.decode()
    assert response.status_code == 400
    assert "No occupation matches “Chief Happiness Wizard”; the nearest are" in html
    assert 'type="radio" name="code"' in html
    assert not SalaryWork.objects.exists()


def test_a_minimum_typed_as_text_or_in_the_wrong_currency_is_refused(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    html = _look_up(client_in, interview, minimum="forty grand").content.decode()
    assert "Your minimum: “forty grand” is not an amount" in html
    html = _look_up(client_in, interview, minimum="$40,000").content.decode()
    assert "That amount is in dollars, but these figures are in pounds" in html
    assert not SalaryWork.objects.exists()


def test_a_minimum_above_the_90th_percentile_is_said(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    html = _look_up(client_in, interview, title="Cashier", country="us", minimum="90k")
    assert "is above the 90th percentile for Cashiers" in html.content.decode()


def test_your_figures_are_added_with_dates_and_drawn(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    _look_up(client_in, interview)
    today = timezone.localdate()
    html = client_in.post(
        _url(interview),
        {
            "action": "add_point",
            "kind": "advert",
            "amount": "£40-45k",
            "seen_on": str(today),
            "note": "Acme <b>advert</b>",
        },
        follow=True,
    ).content.decode()
    assert "£40,000–£45,000" in html
    assert "Acme &lt;b&gt;advert&lt;/b&gt;" in html
    point = SalaryPoint.objects.get()
    assert (point.low, point.high, point.currency) == (40_000, 45_000, "GBP")
    assert "their median is" not in html  # one figure: "that is"
    assert "that is £42,500" in html
    client_in.post(_url(interview), {"action": "delete_point", "point": point.pk})
    assert not SalaryPoint.objects.exists()


def test_bad_figures_are_refused_and_nothing_is_stored(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    before = {"action": "add_point", "kind": "offer", "amount": "40000", "seen_on": "2026-01-01"}
    html = client_in.post(_url(interview), before, follow=True).content.decode()
    assert "Look up the job title first" in html
    _look_up(client_in, interview)
    future = str(timezone.localdate() + timedelta(days=3))
    cases = [
        ({"amount": "lots"}, "is not an amount"),
        ({"amount": "$40,000"}, "in dollars"),
        ({"seen_on": "last week"}, "as a date"),
        ({"seen_on": future}, "in the future"),
        ({"kind": "bribe"}, "Choose what the figure is"),
    ]
    for change, message in cases:
        html = client_in.post(_url(interview), {**before, **change}, follow=True).content.decode()
        assert message in html, message
    assert not SalaryPoint.objects.exists()


def test_the_prep_pack_gets_a_salary_line_and_the_band(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    assert salary_for_kit(interview) is None
    _look_up(client_in, interview, minimum="30000")
    kit = salary_for_kit(interview)
    assert kit is not None
    line, svg = kit
    assert line.startswith("Open at £")
    assert "walk away below £30,000" in line
    assert "April 2023 (provisional) figures" in line and " old)." in line
    assert svg.startswith("<svg")


def test_an_occupation_missing_from_a_newer_table_falls_back_to_the_best_match(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    _look_up(client_in, interview, code="2433")
    SalaryWork.objects.filter(interview=interview).update(occupation_code="9998")
    response = client_in.get(_url(interview))
    assert response.status_code == 200
    assert "Data analysts" in response.content.decode()


def test_the_prep_packs_band_can_be_drawn_into_a_pdf_with_the_built_in_fonts(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    _look_up(client_in, interview, minimum="30000")
    client_in.post(
        _url(interview),
        {
            "action": "add_point",
            "kind": "recruiter",
            "amount": "£35,000–£40,000",
            "seen_on": str(timezone.localdate()),
            "note": "Hays – “good”",
        },
    )
    kit = salary_for_kit(interview)
    assert kit is not None
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.image(io.BytesIO(kit[1].encode("utf-8")), x=10, y=10, w=180)
    text = PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0].extract_text()
    assert "Target" in text and "Walk-away" in text
    assert "£35,000-£40,000" in text and "Hays - 'good'" in text


def test_an_empty_title_or_an_unknown_country_is_refused(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    html = _look_up(client_in, interview, title="   ").content.decode()
    assert "Enter the job title to look up" in html
    html = _look_up(client_in, interview, country="fr").content.decode()
    assert "Choose the United States or the United Kingdom" in html
    assert not SalaryWork.objects.exists()
