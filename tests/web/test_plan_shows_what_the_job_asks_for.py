"""The plan page shows what the job reader made of the advert: competencies with the advert's
own words, the products it names, and one sentence when the advert cannot be read well.
Adverts written for this test."""

from __future__ import annotations

from typing import Any

from django.test import Client

# The products are invented; one named like an English village ("Brightwell") is weighed as a
# place by the tool model too, so these are not.
PARAPHRASED = (
    "Housing Support Officer\n"
    "Calder Homes, Halifax\n\n"
    "You'll talk tenants through their options without jargon, and you'll never cut corners on "
    "safety checks. Keep accurate records of each visit; the team has a budget for training.\n"
    "Cases are logged in Tenancio and Brightdesk.\n"
)


def plan_html(client: Client, interview: Any) -> str:
    page = client.get(f"/interviews/{interview.pk}/plan/")
    assert page.status_code == 200
    return page.content.decode()


def test_everyday_wordings_show_with_their_evidence(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(role="Housing Support Officer", job_description=PARAPHRASED)
    html = plan_html(client_in, interview)
    assert "Communication" in html and "talk tenants through" in html
    assert "Ethics" in html and "cut corners" in html
    assert "Tenancio" in html and "Brightdesk" in html
    page = client_in.get(f"/interviews/{interview.pk}/plan/")
    evidence = {c["evidence"] for c in page.context["competencies"]}
    assert not evidence & {"accurate", "accurate records", "budget"}


def test_an_advert_not_in_english_gets_one_sentence_and_no_competencies(
    client_in: Client, make_interview: Any
) -> None:
    advert = (
        "Verkäufer im Einzelhandel\n"
        "Wir suchen einen freundlichen Verkäufer für unser Geschäft in der Innenstadt. Sie "
        "beraten unsere Kunden, kümmern sich um die Kasse und halten den Laden jeden Tag sauber "
        "und ordentlich."
    )
    interview = make_interview(role="Verkäufer", job_description=advert)
    page = client_in.get(f"/interviews/{interview.pk}/plan/")
    assert page.status_code == 200
    assert page.context["competencies"] == []
    assert "does not read as English" in page.content.decode()
    # The plan still offers questions to practise.
    assert page.context["questions"]


def test_an_advert_asking_for_nothing_says_so(client_in: Client, make_interview: Any) -> None:
    advert = "Kitchen Porter\nThe Old Mill, Hebden Bridge. Full time, evenings. Call Sam."
    interview = make_interview(role="Kitchen Porter", job_description=advert)
    assert "The advert asks for no behaviour in words" in plan_html(client_in, interview)
