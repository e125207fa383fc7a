"""A small story bank written for these tests (our own wording)."""

from __future__ import annotations

from secondround.core.stories import Story

SUPPLIER = Story(
    title="Supplier went bust before launch",
    situation="Two weeks before the spring launch our packaging supplier went bust.",
    task="I had to find a new supplier without moving the launch date.",
    action=(
        "I called six suppliers, compared their quotes in a spreadsheet and persuaded our "
        "finance lead to approve a 10% higher price."
    ),
    result="We launched on time and sales beat the forecast by 12%.",
    competencies=("problem_solving", "working_under_pressure"),
    key=1,
)
CUSTOMER = Story(
    title="The furious customer and the lost refund",
    situation="On the help desk a customer called, furious that his refund was three weeks late.",
    task="I had to calm him down and get his money back.",
    action=(
        "I listened without interrupting, checked the order myself and found the refund was "
        "blocked by a wrong address. I fixed it and called him back the same afternoon."
    ),
    result="He had his refund in two days and wrote to my manager to thank me.",
    competencies=("customer_focus",),
    key=2,
)
MENTOR = Story(
    title="Training two new starters",
    situation="Our team of five took on two new starters during the busiest month.",
    task="I was asked to get them answering tickets on their own within a month.",
    action=(
        "I wrote a checklist of the ten commonest tickets, paired with each of them for an "
        "hour a day and gave them feedback every Friday."
    ),
    result="Both handled tickets alone after three weeks, a week early.",
    competencies=("leadership", "communication"),
    key=3,
)
CONFLICT = Story(
    title="Two colleagues who would not talk",
    situation="Two colleagues on my team disagreed about who owned the weekly report.",
    task="The report was late twice and I needed it out every Monday.",
    action=(
        "I met each of them alone, listened to both sides, then proposed that one wrote it "
        "and the other checked it, swapping every month."
    ),
    result="The report has gone out on time for six months and they now plan it together.",
    competencies=("conflict", "teamwork"),
    key=4,
)
BANK = (SUPPLIER, CUSTOMER, MENTOR, CONFLICT)
