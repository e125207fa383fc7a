"""One account's full workspace, for the tests that check another account reaches none of it.

Everything is made through the services the pages use, then every page of it is opened once by
its owner, so whatever a page creates on first sight exists before anyone else tries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from secondround.accounts.models import Cohort, Membership, OrgRole, Share
from secondround.interviews.models import Interview, Person
from secondround.practice.models import FriendMark, PracticeSession
from secondround.services import asking, organisations, practice, sharing
from secondround.services import salary as salary_service
from secondround.stories.models import Story

# Words that appear only in the owner's records: none may reach anyone else's page.
MARKERS = (
    "Zebracorp Confidential",
    "Wilhelmina Obscure",
    "sekrit-notes-marker",
    "Quokka rescue story",
    "marker-friend-comment",
    "Flamingo Ventures",
)
JOB = " ".join(["You will plan delivery routes and lead a team of six planners."] * 6)
NOTES = "Met Wilhelmina Obscure. sekrit-notes-marker\n- promised to send my portfolio by Friday\n"


@dataclass
class World:
    owner: User
    ids: dict[str, set[int]] = field(default_factory=dict)

    def all_ids(self) -> set[int]:
        return {pk for pks in self.ids.values() for pk in pks}


def _dry_run(owner: User, interview: Interview) -> PracticeSession:
    session = practice.start_session(owner, interview, 3)
    for position in range(3):
        practice.record_answer(session, position, False, "I cut costs by 8% in March.", 40)
        step = practice.next_step(session)
        if step is not None and step.is_probe:
            practice.record_answer(session, position, True, "It saved £4,000 a month.", 20)
    FriendMark.objects.create(
        session=session, position=0, heard_action=True, comment="marker-friend-comment"
    )
    return session


def build(owner: User, owner_client: Client, friend: User) -> World:
    world = World(owner)
    first = Interview.objects.create(
        owner=owner,
        company="Zebracorp Confidential",
        role="Operations analyst",
        starts_at=timezone.now() + timedelta(days=5),
        job_description=JOB,
        notes=NOTES,
    )
    second = Interview.objects.create(
        owner=owner, company="Flamingo Ventures", role="Planner", starts_at=None
    )
    person = Person.objects.create(interview=first, name="Wilhelmina Obscure", role="line_manager")
    done = _dry_run(owner, first)
    unfinished = practice.start_session(owner, second, 3)
    story = Story.objects.create(
        owner=owner,
        title="Quokka rescue story",
        situation="Our depot lost its routes.",
        task="Plan them again.",
        action="I rebuilt them.",
        result="Deliveries on time again.",
        competencies=["problem_solving"],
    )
    salary_service.save_work(first, title="Data analyst", country="uk")
    asking.change(first, person.pk, "add", text="How does Zebracorp Confidential measure success?")
    share = sharing.invite(owner, first, "reviewer", "", 7, timezone.now()).share
    accepted = sharing.invite(owner, None, "viewer", "", 7, timezone.now())
    sharing.accept(friend, accepted.token, timezone.now())
    sharing.log(accepted.share, friend, "opened Zebracorp Confidential")
    org = organisations.create(owner, "Zebracorp Confidential careers")
    cohort = Cohort.objects.create(organisation=org, name="Flamingo Ventures cohort")
    member = Membership.objects.create(
        organisation=org, user=friend, role=OrgRole.CANDIDATE, cohort=cohort
    )
    organisations.invite(org, "someone@example.org", OrgRole.CANDIDATE, cohort, timezone.now())
    world.ids = {
        "interview": {first.pk, second.pk},
        "person": {person.pk},
        "dry_run": {done.pk, unfinished.pk},
        "story": {story.pk},
        "share": set(Share.objects.filter(owner=owner).values_list("pk", flat=True)),
        "org": {org.pk},
        "cohort": {cohort.pk},
        "member": set(org.memberships.values_list("pk", flat=True)) | {member.pk},
    }
    # The owner opens every page once: what a page makes on first sight exists from now on.
    for interview in (first, second):
        for page in (
            "",
            "plan/",
            "debrief/",
            "stories/",
            "ask/",
            "salary/",
            "loose-ends/",
            "kit/",
            "follow-up/",
        ):
            assert owner_client.get(f"/interviews/{interview.pk}/{page}").status_code == 200
    for session in (done, unfinished):
        assert owner_client.get(f"/practice/{session.pk}/report/").status_code == 200
    assert share.pk
    return world
