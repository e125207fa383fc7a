"""`read_debrief`: what the notes of an earlier round say, item by item, with evidence."""

from __future__ import annotations

import re
from dataclasses import replace

from secondround.core.debrief.asides import judge_aside, trim_asides
from secondround.core.debrief.classify import (
    OWN_GAP,
    Reading,
    classify,
    concern_competency,
    only_marks,
    worry_of,
)
from secondround.core.debrief.clauses import Clause, split_clauses
from secondround.core.debrief.commitments import (
    comments,
    commits,
    delivers,
    not_own,
    run_on_promises,
    trailing_todo,
)
from secondround.core.debrief.concern_model import clause_context, switched_on
from secondround.core.debrief.concern_model import judge as judge_concern
from secondround.core.debrief.concern_runs import one_per_doubt
from secondround.core.debrief.data import cues, fold
from secondround.core.debrief.headings import line_sections
from secondround.core.debrief.language import NOT_ENGLISH, looks_english
from secondround.core.debrief.notes import Concern, Debrief, Fact, Item, Person, PracticePoint
from secondround.core.debrief.part_model import judge
from secondround.core.debrief.people import find_people
from secondround.core.debrief.practice import practice_points
from secondround.core.debrief.promises import (
    LIST_OPENING,
    imperative,
    own_todo,
    split_promise,
    todo_of,
)
from secondround.core.limits import MAX_TEXT_CHARS

# Notes longer than this are not notes of an interview; the rest is not read.
MAX_CHARS = MAX_TEXT_CHARS
# What is left of an arrow opening a line once its dash is read as a bullet: "> thinks i'm slow".
_GOES_ON = re.compile(r"^\s*(?:>|=>|→|⇒)\s*")
# How far before a clause its "send:" label may start ("need to send: ...").
_OPENING_CHARS = 20
# A next-step clause this strong ("2nd round", "decision by Friday") is clear on its own.
_CLEAR_STEP = 3.0


def read_debrief(text: str) -> Debrief:
    """Concerns, promises, topics, facts, people, the next step and practice points in notes.

    Every item carries the exact span of the notes it comes from. Empty or wordless notes give an
    empty debrief, notes not in English an empty one with a `note` saying so; only the first
    100,000 characters are read. Never raises on odd input.
    """
    notes = text[:MAX_CHARS]
    if not looks_english(notes):
        return Debrief(note=NOT_ENGLISH)
    concerns: list[Concern] = []
    promises: list[Item] = []
    topics: list[Item] = []
    facts: list[Fact] = []
    steps: list[tuple[float, Clause, str]] = []
    practice: list[PracticePoint] = []
    # "pay is 45k, parking was a nightmare lol": the aside at either end is no part of the item.
    clauses = [trim_asides(clause) for clause in split_clauses(notes)]
    listing = frozenset(c.line for c in clauses if "people" in (c.heading, c.label))
    people = find_people(notes, listing)
    readings = _trained_concerns(clauses, [classify(clause) for clause in clauses])
    marked = _reactions(clauses, readings)
    absorbed = {i for first, last in marked.items() for i in range(first + 1, last + 1)}
    dropped = [i for i, r in enumerate(readings) if r.dropped]
    sections = line_sections(notes)
    for index, (clause, reading) in enumerate(zip(clauses, readings, strict=True)):
        points = practice_points(clause)
        practice.extend(_same_fault(notes, practice, points, clause, clauses[index - 1 : index]))
        before = " ".join(c.text for c in clauses[max(0, index - 2) : index])
        section = sections[clause.line] if clause.line < len(sections) else None
        reading = _promise_reading(clause, reading, before, section, bool(points))
        if reading.kind != "promises" and len(clause.text.split()) >= _RUN_ON_WORDS:
            # A voice memo typed as one clause: its promises, whatever else the clause is.
            for start, end in run_on_promises(clause.text):
                words = clause.text[start:end]
                at = clause.start + start
                part = replace(clause, start=at, end=at + len(words), text=words)
                promises.extend(_one_per_thing(notes, part, imperative(words)))
        if index in marked:
            # "never managed a budget this size; asked twice": the worry, marked by a reaction.
            concerns.append(_marked_concern(notes, clauses[index : marked[index] + 1]))
            continue
        if index in absorbed:
            continue
        if points and reading.kind in ("topics", "facts"):
            # "forgot to ask abt the training course": how it went, not a subject or a fact.
            continue
        if points and reading.kind == "concerns" and not _THEIR_DOUBT.search(fold(clause.text)):
            # "i put too many slides on strategy, not enough on tenants": the candidate's own
            # fault, a point to practise; a doubt is theirs ("she thinks i'm too quiet").
            continue
        if reading.kind in ("topics", "facts") and (
            judge("noise", clause.text).found
            # The trained judgement decides where the cues are unsure: "very flat structure,
            # everyone does a bit of support" is a fact a cue reads strongly, "very" or not.
            or (reading.score < _CLEAR_STEP and judge_aside(clause.text).found)
        ):
            # "the vending machine ate my coins": an aside no cue names, read by the trained model.
            continue
        if reading.kind == "topics" and reading.score < 2 and _names_someone(clause, people):
            # "CFO is Peter Lind": a line about a person, already among the people.
            continue
        where = (clause.text, clause.start, clause.end)
        if reading.kind == "concerns" and _let_go(clauses, dropped, index):
            # "no PCI exp. she said they'd train -> ok not a worry": a doubt they let go.
            continue
        if reading.kind == "concerns":
            concerns.append(Concern(reading.text, *where, competency=reading.competency))
        elif reading.kind == "promises":
            meeting = clause.line == 0 and _MEETING.match(clause.text)
            if meeting or _ASK_LATER.search(clause.text):
                # "must ask next time about parking": a question for them, not a promise; "call
                # w/ the clinic lead" opening the notes is the meeting they are notes of.
                continue
            promises.extend(_one_per_thing(notes, clause, _imperative(reading.text)))
        elif reading.kind == "topics":
            topics.append(Item(reading.text, *where))
            if reading.also_fact and reading.category:
                facts.append(Fact(clause.text, *where, category=reading.category))
        elif reading.kind == "facts":
            facts.append(Fact(reading.text, *where, category=reading.category or "other"))
        elif reading.kind == "next_round":
            own = _promised_for_next_step(notes, clause)
            promises.extend(own)
            tail = None if own else trailing_todo(clause.text)
            if tail is not None:
                # "assessment drive tues 7am, bring licence + cpc card": the step, then what
                # the candidate is to bring to it; the step keeps its whole clause.
                words = clause.text[tail:]
                part = replace(clause, start=clause.start + tail, text=words)
                promises.extend(_one_per_thing(notes, part, imperative(words)))
            if _NO_STEP.search(clause.text) or (own and not _step_after(clause, own[-1])):
                # "they didn't say next steps??", "send my availability for a trial day": no
                # word of what the employer does next, or only the candidate's own to-do.
                continue
            if own:
                # The step is what follows the to-do: "she'll decide then".
                clause = _rest_after(clause, own[-1])
            steps.append((reading.score, clause, clause.text if own else reading.text))
    return Debrief(
        concerns=tuple(one_per_doubt(notes, concerns, promises)),
        promises=tuple(promises),
        topics=tuple(_unique(topics)),
        facts=tuple(facts),
        people=tuple(people),
        next_round=_next_round(notes, steps),
        practice_points=tuple(practice),
    )


# Someone on their side doubting, asking or reacting, or the candidate's guess at what they think.
_THEIR_DOUBT = re.compile(
    r"\b(?:she|he|they|[a-z]{2,}) (?:asked|asks|ask|said|says|thinks?|thought|worr\w*|wrote|"
    r"looked|frowned|pushed|pressed|seemed|noted|paused|went|noticed|hinted|nodded|laughed)\b|"
    r"\bthinks? i\b|\bworr(?:y|ied)\b|->|=>|→|[\"“”]|(?:^|\s)'|'(?:\s|$)|\bface\b"
)
# Kinds of a clause that stay what they are even when a reaction follows them.
_OWN_KINDS = ("promises", "next_round")
# Kinds a quoted remark on the next line may mark as a worry.
_MARKED_KINDS = ("concerns", "topics")


def _reactions(clauses: list[Clause], readings: list[Reading]) -> dict[int, int]:
    """{index of a worry: index of the last clause marking it} for each run of clauses that is one
    concern: a worry (any clause but a promise or the next step), then clauses that are only the
    interviewer's reaction ("she went quiet", "asked twice"), on its line or the next, or further
    concerns on the same line ("asked if i'd done X. only Y -> hmm")."""
    strict, loose = cues().reaction, cues().reaction_loose
    # "-> prob thinks i can't run PPC" on a line of its own goes on with the line above; a run of
    # such lines ending in a concern is all one concern.
    goes_on = [_GOES_ON.match(c.text) is not None for c in clauses]
    ends_in_concern = [r.kind == "concerns" for r in readings]
    for index in range(len(clauses) - 2, -1, -1):
        if goes_on[index + 1] and clauses[index + 1].line - clauses[index].line <= 1:
            ends_in_concern[index] = ends_in_concern[index] or ends_in_concern[index + 1]
    out: dict[int, int] = {}
    first: int | None = None
    for index in range(1, len(clauses)):
        clause, before = clauses[index], clauses[index - 1]
        head = first if first is not None else index - 1
        words = fold(clause.text).strip()
        # 'he said "you'd be learning it from scratch"' or "kept coming back to my gap" under
        # "pay is 41k" is a doubt of its own, not the fact's reaction.
        marks_above = readings[head].kind in _MARKED_KINDS or clause.line == before.line
        marker = marks_above and _only_marks(clause, readings[index], before)
        reaction = clause.line - before.line <= 1 and bool(
            strict.fullmatch(words)
            or (goes_on[index] and ends_in_concern[index])
            or (readings[index].kind == "concerns" and loose.fullmatch(words) and marks_above)
            or marker
            or _reacts_to_gap(clause, readings[index], before, readings[index - 1])
        )
        same_line = (
            clause.line == before.line
            and readings[index].kind == "concerns"
            and readings[head].kind == "concerns"
        )
        if (reaction or same_line) and not _aside_or_own(clauses[head], readings[head]):
            if marker and first is None:
                # "asked how i talk to parents. i said an app. she looked not satisfied": the
                # sentences before the reaction on its line are all the worry.
                head = _opening(clauses, readings, head, out)
            first = head
            out[head] = index
        else:
            first = None
    return out


# Their reaction, said as a sentence of its own: "he kind of winced and said 'it happens here
# monthly'", "she said 'on call here, you're the senior' and went quiet".
_THEY_REACT = re.compile(
    r"^(?:[\w.'-]+\s+){0,3}?(?:said|went|goes|winced|frowned|paused|sighed|laughed)\b"
)


def _reacts_to_gap(clause: Clause, reading: Reading, before: Clause, above: Reading) -> bool:
    """Whether a concern that is only their reaction follows the candidate's gap, said in the
    sentence or line before and read as nothing stronger ("i said i've never had a lawyer in one
    / he kind of winced and said 'it happens here monthly'"): the gap is the worry it marks."""
    return (
        reading.kind == "concerns"
        and above.kind in _WEAK_KINDS
        and above.score < _WEAK_SCORE
        and not above.dropped
        and _THEY_REACT.match(fold(clause.text).strip()) is not None
        and OWN_GAP.search(fold(before.text).strip()) is not None
    )


# Kinds the trained concern reading may take a clause from: none, a subject or a weak fact.
_WEAK_KINDS = (None, "topics", "facts")
_WEAK_SCORE = 3.0
# "Hamid asked how I'd run a stock count": what they asked, however much it reads as a fact.
_THEY_ASKED = re.compile(
    r"^(?:[\w.'-]+\s+){0,2}?(?:also\s+)?(?:asked|asks|ask|wanted to know|quizzed me)\b",
    re.IGNORECASE,
)


def _trained_concerns(clauses: list[Clause], readings: list[Reading]) -> list[Reading]:
    """The readings, with clauses that no cue reads as a concern but the trained concern model
    does ("I type 55 wpm -> he said 'the judge is quick, 70 would be better' -> noted") read as
    concerns, so a reaction on the next line marks them as any other. Asides, the candidate's own
    worries and answers, doubts let go and people lists are left as they are."""
    if not switched_on("concern"):
        return readings
    data = cues()
    out = []
    for index, (clause, reading) in enumerate(zip(clauses, readings, strict=True)):
        folded = fold(clause.text)
        if (
            reading.kind in _WEAK_KINDS
            and reading.score < _WEAK_SCORE
            and not (reading.dropped or clause.answer)
            and "people" not in (clause.heading, clause.label)
            and not data.noise.search(folded)
            and not data.own_worry.search(folded)
            and judge_concern("concern", clause.text, clause_context(clauses, index)).found
        ):
            reading = Reading(
                "concerns",
                worry_of(clause.text),
                reading.score,
                competency=concern_competency(clause.text),
            )
        out.append(reading)
    return out


# How many clauses after a doubt the words letting it go may come: "no PCI exp. i said i'd learn.
# she said they'd train -> ok not a worry".
_LET_GO_WITHIN = 2


def _let_go(clauses: list[Clause], dropped: list[int], index: int) -> bool:
    """Whether the interviewer let the doubt of clause `index` go in that clause or one of the
    next few on its line; not a reply to another question further on, which a note typed as one
    paragraph puts on the same line ("... 3 yrs -> 'you'd need the refresher'. she asked about X,
    he liked it")."""
    line = clauses[index].line
    return any(index <= d <= index + _LET_GO_WITHIN and clauses[d].line == line for d in dropped)


def _aside_or_own(clause: Clause, reading: Reading) -> bool:
    """Whether a clause is no worry for a reaction after it to mark: a promise or the next step,
    which stay what they are, or an aside ("teams link froze lol") that no cue read as more."""
    if reading.kind in _OWN_KINDS or reading.dropped:
        # A doubt they let go ("not a wobble: ... 'doesn't matter at all'") marks no worry.
        return True
    return reading.kind is None and cues().noise.search(fold(clause.text)) is not None


def _only_marks(clause: Clause, reading: Reading, before: Clause) -> bool:
    """Whether a clause read as a concern is only the reaction that marks one, or the
    candidate's guess at it ("she looked not satisfied", "worry.", "i think she is worried about
    spelling"), by the cues or the trained reading ("she wrote for ages")."""
    # A guess on a bullet of its own ("- also worried i've not done much social housing") is a
    # concern in its own right; after the sentences of its line, it sums them up.
    return reading.kind == "concerns" and (
        (clause.line == before.line and only_marks(clause.text))
        or judge_concern("marker", clause.text).found
    )


def _opening(clauses: list[Clause], readings: list[Reading], head: int, out: dict[int, int]) -> int:
    """The first clause of the worry a reaction marks: back from `head` over the clauses of its
    line that no cue reads as a promise, a concern, the next step or a strong fact, and no run
    holds."""
    held = {i for first, last in out.items() for i in range(first, last + 1)}
    while (
        head > 0
        and clauses[head - 1].line == clauses[head].line
        and readings[head - 1].kind in _WEAK_KINDS
        # "Omar asked about my French. I said it's rusty. I think he's worried…": the subject
        # they raised is the worry's opening, however strongly it reads as one.
        and (
            readings[head - 1].kind == "topics"
            or readings[head - 1].score < _WEAK_SCORE
            or _THEY_ASKED.match(clauses[head - 1].text) is not None
        )
        and not readings[head - 1].dropped
        # "zoom froze lol. asked about my French. she went quiet": the aside is not the worry.
        and not _aside_or_own(clauses[head - 1], readings[head - 1])
        and head - 1 not in held
    ):
        head -= 1
    return head


def _same_fault(
    notes: str,
    practice: list[PracticePoint],
    points: list[PracticePoint],
    clause: Clause,
    before: list[Clause],
) -> list[PracticePoint]:
    """The clause's practice points, less one that goes on with the last point of the clause
    before it on the same line ("said 'we' the whole time. need more I"): that one is widened."""
    if not (points and practice and before and before[0].line == clause.line):
        return points
    last, first = practice[-1], points[0]
    if last.start < before[0].start or _fault(last) != _fault(first):
        return points
    practice[-1] = PracticePoint(last.text, notes[last.start : first.end], last.start, first.end)
    return points[1:]


def _fault(point: PracticePoint) -> str:
    return point.text.split(":")[0]


def _marked_concern(notes: str, run: list[Clause]) -> Concern:
    """One concern from a worry and the clauses that mark it, worded as the worry."""
    first, last = run[0], run[-1]
    said = worry_of(" -> ".join(_GOES_ON.sub("", c.text) for c in run))
    words = notes[first.start : last.end]
    return Concern(said, words, first.start, last.end, competency=concern_competency(words))


# A clause this long may hold promises inside it (a voice memo with no punctuation).
_RUN_ON_WORDS = 30


def _promise_reading(
    clause: Clause, reading: Reading, before: str, section: str | None, points: bool
) -> Reading:
    """The clause's reading, with the promise decided as a speech act: a promise that is an
    answer in a scenario, theirs or their view of the candidate, or a fault to practise with
    nothing handed over, is none; a line under the candidate's own heading ("OWE", "To do") or
    opening with their commitment in any words ("I say I bring", "and I'll brush up") is one."""
    text = clause.text
    listed = "promises" in (section, clause.heading, clause.label)
    # A fault to practise with nothing handed over ("need to slow down") is no promise, unless
    # the line is labelled a to-do ("Follow ups: revise the numbers honestly + send to Imran").
    practice = points and not delivers(text) and clause.label != "promises"
    if reading.kind == "promises":
        if not_own(text, before) or practice or _MEETING.match(text):
            return replace(reading, kind=None)
        if comments(text):
            # "she said yes lol)" on a to-do line: a remark, not a thing to do.
            return replace(reading, kind=None)
        if len(text.split()) >= _RUN_ON_WORDS and not (listed or commits(text)):
            # A run-on memo that a cue somewhere reads as a promise: its promises are where the
            # candidate's own lead is (run_on_promises), not the whole clause.
            return replace(reading, kind=None)
        if clause.line == 0 and _TITLE.search(text) and not commits(text):
            # "Research nurse (Band 6) — R&D — interview, Tuesday": the notes' title.
            return replace(reading, kind=None)
        return reading
    if reading.kind == "concerns" or _ASK_LATER.search(text) or clause.question:
        return reading
    listed = listed and reading.kind != "next_round"
    if not (listed or commits(text)) or not_own(text, before) or practice:
        return reading
    if cues().their_action.search(_BRACKETS.sub("", fold(text))) and not commits(text):
        # "they'll post the contract" under "To do": their part, not the candidate's; not
        # "test shots (they'll send 5 products)", where theirs is only an aside.
        return reading
    return Reading("promises", text, max(reading.score, 2.0))


def _one_per_thing(notes: str, clause: Clause, tidied: str) -> list[Item]:
    """One item per thing promised in the clause, each with its own span."""
    # "send: payslip, p45": the label read off the clause opened a list.
    opening = LIST_OPENING.search(notes, max(0, clause.start - _OPENING_CHARS), clause.start)
    listed = opening is not None and opening.end() == clause.start
    parts = split_promise(clause.text, listed=listed)
    if len(parts) < 2:
        if tidied.strip() == clause.text.strip():
            # "also need to tell tariq if...": the to-do without the candidate's own lead.
            tidied = own_todo(clause.text) or tidied
        return [Item(imperative(tidied), clause.text, clause.start, clause.end)]
    out = []
    for index, (start, end) in enumerate(parts):
        words = clause.text[start:end]
        if index and _LONE_VERB.fullmatch(words):
            # "... and chase": a verb with nothing to do it to is no to-do of its own.
            continue
        if index and (not_own(words) in ("theirs", "unsure", "nothing") or comments(words)):
            # "+ my login stuff? no": not promised; "she's sending the details": theirs;
            # "+ tyler asked for it by fri": said of the to-do before.
            continue
        if listed:
            text = todo_of(words, notes[opening.start() : opening.end()] if opening else tidied)
        elif index == 0:
            # The first part's to-do is the tidied promise cut where the next thing starts.
            text = tidied[: max(0, len(tidied) - (len(clause.text) - end))].strip() or words
            text = own_todo(words) or re.sub(r"^(\w+)\s*:\s*", r"\1 ", text)
            if LIST_OPENING.match(words):
                # "owe lloyd: my SIA number, ...": the list opens the clause.
                text = todo_of(words, words)
        else:
            first = clause.text[parts[0][0] : parts[0][1]]
            text = todo_of(words, first)
        out.append(Item(imperative(text), words, clause.start + start, clause.start + end))
    return out


# A clause about the next step that opens with the candidate's own to-do: "bring my portfolio
# photos weds, she'll decide then", "i owe yolanda my availability for a working interview".
_OWN_TO_DO = re.compile(
    r"^\W*(?:(?:also|and|then|still)\s+)?(?:i\s+(?:still\s+)?owe\s+\w+\s*:?\s*(?=my|the|a|an)|"
    r"(?:(?:i'?ll|i will|need to|i need to|must|i said i'?d|said i'?d)\s+)?"
    r"(?:send|bring|email|forward|share|prepare|book|confirm|complete|submit|fill in)\s+"
    r"(?=my|the|a|an|some|copies|copy|\d|two|three|her|him|them)|owe\s+\w+\s*:?\s*(?=my|the|a|an))"
    r"[^,;]*",
    re.IGNORECASE,
)


def _promised_for_next_step(notes: str, clause: Clause) -> list[Item]:
    """The candidate's own to-dos opening a clause about the next step, as promises of their own."""
    found = _OWN_TO_DO.match(clause.text)
    if found is None:
        return []
    words = found.group().strip(" -–—")
    start = clause.start + clause.text.find(words)
    part = replace(clause, start=start, end=start + len(words), text=words)
    return _one_per_thing(notes, part, _imperative(words))


# Notes saying there is no word yet on the next step.
_NO_STEP = re.compile(
    r"\b(?:didn'?t|did not|never) (?:say|said|mention|mentioned|tell|told)\b.{0,20}\bnext\b|"
    r"\bno next steps?\b|"
    r"\bnothing said\b|\bno (?:word|news|idea) (?:on|about|of|re)? ?(?:next|what'?s next)\b",
    re.IGNORECASE,
)


def _step_after(clause: Clause, own: Item) -> bool:
    """Whether the clause says a next step beyond the candidate's own to-do opening it."""
    rest = fold(_rest_after(clause, own).text)
    return bool(rest) and any(c.pattern.search(rest) for c in cues().kinds["next_round"])


def _rest_after(clause: Clause, own: Item) -> Clause:
    """The part of the clause after the candidate's to-do, its punctuation left off."""
    tail = clause.text[own.end - clause.start :]
    words = tail.lstrip(" ,;-–—").rstrip()
    start = own.end + len(tail) - len(tail.lstrip(" ,;-–—"))
    return replace(clause, start=start, end=start + len(words), text=words)


# What the candidate means to ask at the next meeting: a question to prepare, not a promise.
_ASK_LATER = re.compile(
    r"\b(?:ask|q'?s?|questions?)\b.{0,40}\b(?:next time|next round|2nd round|second round|"
    r"round (?:2|two)|next stage|next interview|final round)\b|\b(?:questions?|q'?s) to ask\b",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"^\W*(?:(?:video|phone|zoom|teams|first|1st)\s+)?call\s+(?:\d\s+)?(?:w/|with\b)", re.I
)
_BRACKETS = re.compile(r"\([^()]*\)")
# A title line: the job, the employer and the day between dashes.
_TITLE = re.compile(r"\s[—–-]\s.*\s[—–-]\s|\s[—–]\s")
# "owe her the deck": what is owed is to be sent.
_OWED = re.compile(r"^(?:(?:also|and|still)\s+)?(?:i\s+)?(?:still\s+)?owe\s+", re.IGNORECASE)


def _imperative(todo: str) -> str:
    """The to-do as something to do: "owe her the deck" is "send her the deck"."""
    return _OWED.sub("send ", todo, count=1)


_LONE_VERB = re.compile(r"\W*(?:check|chase|ask|send|call|ring|email|confirm|follow up)\W*", re.I)


def _names_someone(clause: Clause, people: list[Person]) -> bool:
    return any(p.start < clause.end and clause.start < p.end for p in people) or any(
        p.name in clause.text for p in people
    )


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.text.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _next_round(notes: str, steps: list[tuple[float, Clause, str]]) -> Item | None:
    """The last clear clause about the next step, with the next-step clauses touching it.

    Notes run in time order, so the last clear mention is the latest word on the next step;
    a "Next steps:" list over several lines is kept whole.
    """
    if not steps:
        return None
    clear = [i for i, step in enumerate(steps) if step[0] >= _CLEAR_STEP]
    best = clear[-1] if clear else max(range(len(steps)), key=lambda i: steps[i][0])
    first = last = best
    while first > 0 and steps[first][1].line - steps[first - 1][1].line <= 1:
        first -= 1
    while last + 1 < len(steps) and steps[last + 1][1].line - steps[last][1].line <= 1:
        last += 1
    start, end = steps[first][1].start, steps[last][1].end
    text = "; ".join(step[2] for step in steps[first : last + 1])
    return Item(text, notes[start:end], start, end)
