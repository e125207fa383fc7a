"""The interview's calendar file (RFC 5545, written with icalendar): the interview in its own time
zone, practice sessions spread over the days before it, and a reminder to send the thank-you.

Pure: plain times and names in, the bytes of a .ics file out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from secondround.core.errors import UserError

PRACTICE_LENGTH: Final = timedelta(minutes=45)
MAX_PRACTICE_SESSIONS: Final = 4
# Practice in the last fortnight: earlier than that, the questions will have gone stale.
PRACTICE_WINDOW_DAYS: Final = 14
# Waking hours: nobody rehearses well before 08:00 or after 21:00.
DAY_STARTS: Final = time(8, 0)
DAY_ENDS: Final = time(21, 0)
THANK_YOU_AFTER: Final = timedelta(hours=2)
# Time to breathe between a practice session and anything else in the diary.
BREAK: Final = timedelta(minutes=30)
PRODUCT_ID: Final = "-//secondround//Interview calendar//EN"


class CalendarError(UserError, ValueError):
    """The calendar cannot be written; the message says what is missing in one sentence."""


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str
    email: str = ""


@dataclass(frozen=True)
class CalendarInterview:
    uid: str  # stable across downloads, so a calendar app updates rather than duplicates
    company: str
    role: str
    round: int
    start: datetime  # aware
    duration: timedelta
    timezone: str
    place: str = ""
    format: str = ""
    people: Sequence[Attendee] = ()
    commute_minutes: int | None = None
    focus: Sequence[str] = ()  # competencies to practise, for the sessions' descriptions

    @property
    def end(self) -> datetime:
        return self.start + self.duration


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime


def practice_slots(
    now: datetime,
    interview: CalendarInterview,
    sessions: int = MAX_PRACTICE_SESSIONS,
    busy: Sequence[Slot] = (),
) -> list[Slot]:
    """Up to `sessions` practice slots, one a day, spread evenly over the days before the
    interview (at most the last fortnight), at the hour of the interview so the candidate
    rehearses when they will perform, kept within waking hours, never in the past and never on
    top of a `busy` time (another interview, say): moved next to it, or that day skipped."""
    zone = ZoneInfo(interview.timezone)
    local_start = interview.start.astimezone(zone)
    hour = _waking(local_start.time())
    first_day = max(
        now.astimezone(zone).date(), local_start.date() - timedelta(PRACTICE_WINDOW_DAYS)
    )
    # Leave an hour from now to get ready; a slot that has already begun is no use.
    earliest = now + timedelta(hours=1)
    free: list[Slot] = []
    day = first_day
    while day < local_start.date():
        slot = _free_slot(datetime.combine(day, hour, tzinfo=zone), earliest, busy)
        if slot is not None:
            free.append(slot)
        day += timedelta(days=1)
    return _spread(free, sessions)


def _overlaps(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end


def _free_slot(wanted: datetime, earliest: datetime, busy: Sequence[Slot]) -> Slot | None:
    """The wanted slot, or the nearest one that day beside whatever is in the way."""
    zone = wanted.tzinfo
    day = wanted.date()
    opens = datetime.combine(day, DAY_STARTS, tzinfo=zone)
    closes = datetime.combine(day, DAY_ENDS, tzinfo=zone)
    candidates = [wanted]
    for taken in busy:
        candidates += [
            (taken.end + BREAK).astimezone(zone),
            (taken.start - BREAK - PRACTICE_LENGTH).astimezone(zone),
        ]
    candidates.sort(key=lambda start: abs(start - wanted))
    for start in candidates:
        slot = Slot(start, start + PRACTICE_LENGTH)
        if (
            start.date() == day
            and opens <= start
            and slot.end <= closes
            and start >= earliest
            and not any(_overlaps(slot, taken) for taken in busy)
        ):
            return slot
    return None


def _waking(at: time) -> time:
    latest = (datetime.combine(date.min, DAY_ENDS) - PRACTICE_LENGTH).time()
    return min(max(at, DAY_STARTS), latest)


def _spread(slots: list[Slot], count: int) -> list[Slot]:
    """`count` slots spread evenly, always keeping the last (the eve of the interview)."""
    if len(slots) <= count:
        return slots
    if count == 1:
        return slots[-1:]
    step = (len(slots) - 1) / (count - 1)
    return [slots[round(i * step)] for i in range(count)]


def calendar_file(interview: CalendarInterview, practice: Sequence[Slot], stamp: datetime) -> bytes:
    """The .ics file: the interview (with people, place and reminders), the practice sessions
    and the thank-you reminder two hours after the interview ends."""
    if interview.start.tzinfo is None:
        raise CalendarError("The interview's time has no time zone.")
    zone = ZoneInfo(interview.timezone)
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Interview: {interview.company}")
    cal.add_component(_interview_event(interview, zone, stamp))
    for number, slot in enumerate(practice, start=1):
        cal.add_component(_practice_event(interview, slot, number, len(practice), zone, stamp))
    cal.add_component(_thank_you_event(interview, zone, stamp))
    # Only the years the events fall in: a time zone's full history makes a bloated file.
    year = interview.start.year
    cal.add_missing_timezones(date(year - 1, 1, 1), date(year + 2, 1, 1))
    return bytes(cal.to_ical())


def _event(uid: str, summary: str, start: datetime, end: datetime, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    return event


def _alarm(before: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def _interview_event(interview: CalendarInterview, zone: ZoneInfo, stamp: datetime) -> Event:
    event = _event(
        f"{interview.uid}-interview@secondround",
        f"Interview: {interview.role} at {interview.company} (round {interview.round})",
        interview.start.astimezone(zone),
        interview.end.astimezone(zone),
        stamp,
    )
    if interview.place:
        event.add("location", interview.place)
    lines = [f"Round {interview.round} interview for {interview.role} at {interview.company}."]
    if interview.format:
        lines.append(f"Format: {interview.format}.")
    if interview.people:
        lines.append("With: " + "; ".join(f"{p.name} ({p.role})" for p in interview.people) + ".")
    event.add("description", "\n".join(lines))
    for person in interview.people:
        if person.email:
            attendee = vCalAddress(f"mailto:{person.email}")
            attendee.params["cn"] = vText(person.name)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
    event.add("categories", ["Interview"])
    event.add_component(_alarm(timedelta(days=1), "Interview tomorrow: look over your prep pack."))
    if interview.commute_minutes:
        # Leave with a quarter of an hour to spare, as the loose-ends checklist advises.
        leave = timedelta(minutes=interview.commute_minutes + 15)
        event.add_component(
            _alarm(
                leave, f"Leave now: the journey takes about {interview.commute_minutes} minutes."
            )
        )
    else:
        event.add_component(_alarm(timedelta(hours=1), "Interview in an hour."))
    return event


def _practice_event(
    interview: CalendarInterview,
    slot: Slot,
    number: int,
    total: int,
    zone: ZoneInfo,
    stamp: datetime,
) -> Event:
    event = _event(
        f"{interview.uid}-practice-{number}@secondround",
        f"Practise for {interview.company} ({number} of {total})",
        slot.start.astimezone(zone),
        slot.end.astimezone(zone),
        stamp,
    )
    focus = ", ".join(interview.focus[:3])
    text = "A dry run in secondround: answer out loud and read the feedback."
    if focus:
        text += f" Focus on: {focus}."
    event.add("description", text)
    event.add("categories", ["Interview practice"])
    event.add_component(_alarm(timedelta(minutes=10), "Practice session in 10 minutes."))
    return event


def _thank_you_event(interview: CalendarInterview, zone: ZoneInfo, stamp: datetime) -> Event:
    start = (interview.end + THANK_YOU_AFTER).astimezone(zone)
    names = ", ".join(p.name for p in interview.people) or "the people you met"
    event = _event(
        f"{interview.uid}-thank-you@secondround",
        f"Send the thank-you email to {names}",
        start,
        start + timedelta(minutes=15),
        stamp,
    )
    event.add(
        "description",
        f"Your draft is ready in secondround (Follow up on {interview.company}). Send it today:"
        " within 24 hours of the interview.",
    )
    event.add("categories", ["Interview follow-up"])
    event.add_component(_alarm(timedelta(0), "Send your thank-you email now."))
    return event
