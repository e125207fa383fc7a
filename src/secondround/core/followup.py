"""After the interview: the thank-you email (draft, .eml, mailto link) and the notes that carry
the thread into the next round. Pure: names and text in, text and bytes out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from typing import Final
from urllib.parse import quote

from secondround.core.debrief import read_debrief
from secondround.core.errors import UserError

MAX_SUBJECT: Final = 200
MAX_BODY: Final = 10_000
# Honorifics are dropped from a greeting's first name: "Dear Dr Shah" reads oddly as "Dear Dr".
_TITLES: Final = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})
# Practical topics are settled, not things to thank someone for discussing.
_LOGISTICS: Final = ("notice", "salary", "pay", "start date", "holiday", "commute", "parking")
_ADDRESS: Final = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")


class FollowUpError(UserError, ValueError):
    """A draft or address that cannot be used; the message is one sentence saying what to fix."""


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str = ""


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


def check_address(address: str) -> str:
    """A plain email address (trimmed), or FollowUpError naming what was typed."""
    address = address.strip()
    if not _ADDRESS.match(address):
        raise FollowUpError(f'"{address}" is not an email address; write it as name@example.com.')
    return address


def check_draft(subject: str, body: str) -> Draft:
    subject = " ".join(subject.split())
    body = body.replace("\r\n", "\n").strip()
    if not subject:
        raise FollowUpError("Give the email a subject.")
    if len(subject) > MAX_SUBJECT:
        raise FollowUpError(f"Keep the subject under {MAX_SUBJECT} characters.")
    if not body:
        raise FollowUpError("The email has no text; write a few lines or restore the draft.")
    if len(body) > MAX_BODY:
        raise FollowUpError(f"Keep the email under {MAX_BODY:,} characters: a few lines is best.")
    return Draft(subject, body)


def first_name(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    if not words:
        return name.strip()
    if len(words) < len(name.split()):
        # "Dr Priya Shah" is greeted by name; "Dr Shah" keeps the title.
        return words[0] if len(words) > 1 else name.strip()
    return words[0]


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def topics_from_notes(notes: Sequence[str], limit: int = 2) -> list[str]:
    """Up to `limit` topics discussed, read from the candidate's notes of how it went."""
    out: list[str] = []
    for note in notes:
        for topic in read_debrief(note).topics:
            text = topic.text.strip().rstrip(".")
            lowered = text.lower()
            if len(text) > 80 or any(word in lowered for word in _LOGISTICS):
                continue
            if lowered not in (t.lower() for t in out):
                out.append(text)
    return out[:limit]


def thank_you_draft(
    *,
    company: str,
    role: str,
    people: Sequence[str],
    topics: Sequence[str] = (),
    focus: Sequence[str] = (),
    sender: str = "",
) -> Draft:
    """A short, personal thank-you: the interviewers by first name, the role, one or two topics
    from the notes of this round (or, before any notes, what the plan focused on), and fit."""
    names = [first_name(p) for p in people if p.strip()]
    greeting = f"Dear {_join(names)}," if names else "Hello,"
    subject = f"Thank you: {role} interview"
    lines = [
        greeting,
        "",
        f"Thank you for taking the time to meet me and talk about the {role} role at {company}.",
        "",
    ]
    if topics:
        lines.append(
            f"I especially enjoyed our conversation about {_join(list(topics[:2]))}, and it left "
            "me keener still on the role."
        )
    elif focus:
        lines.append(
            f"It was good to hear how much {_join([f.lower() for f in focus[:2]])} matter in the "
            "team; they are what I enjoy most in my work, and where I can help from the start."
        )
    else:
        lines.append(
            "I enjoyed hearing more about the team and the work, and it left me keener "
            "still on the role."
        )
    lines += [
        "",
        "Everything I heard confirmed that this is a role where I can do my best work. If there is "
        "anything else you need from me, I would be glad to send it.",
        "",
        "I look forward to hearing about the next steps.",
        "",
        "Kind regards,",
    ]
    if sender.strip():
        lines.append(sender.strip())
    return Draft(subject, "\n".join(lines))


def _one_line(text: str) -> str:
    # A line break in a header would start a new header: names and subjects are one line.
    return " ".join(text.split())


def eml_bytes(
    draft: Draft,
    to: Sequence[Recipient],
    sender: Recipient | None,
    when: datetime,
) -> bytes:
    """The draft as an RFC 5322 message (marked unsent, so mail programs open it to edit)."""
    message = EmailMessage(policy=SMTP)
    addressed = [formataddr((_one_line(r.name), r.email)) for r in to if r.email]
    if addressed:
        message["To"] = ", ".join(addressed)
    if sender is not None and sender.email:
        message["From"] = formataddr((_one_line(sender.name), sender.email))
    message["Subject"] = _one_line(draft.subject)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain="secondround.invalid")
    # Outlook and Thunderbird open an X-Unsent message as a draft to send, not as received mail.
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    return message.as_bytes()


def mailto_link(draft: Draft, to: Sequence[Recipient]) -> str:
    """A mailto: URL (RFC 6068) that opens the draft in the user's mail program."""
    addresses = ",".join(quote(r.email, safe="@") for r in to if r.email)
    subject = quote(draft.subject, safe="")
    body = quote(draft.body.replace("\n", "\r\n"), safe="")
    return f"mailto:{addresses}?subject={subject}&body={body}"


def next_round_notes(
    previous: str, round: int, when: str, notes: Sequence[tuple[str, str, str]]
) -> str:
    """The notes a next round starts from: what was known before, then round `round`'s notes of
    how it went with each person (name, role, note), so the debrief reads the whole thread."""
    parts = [previous.strip()] if previous.strip() else []
    heard = [(name, role, note.strip()) for name, role, note in notes if note.strip()]
    if heard:
        lines = [
            f"Round {round} ({when}) - how it went:" if when else f"Round {round} - how it went:"
        ]
        for name, role, note in heard:
            lines.append(f"- {name} ({role}): {note}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
