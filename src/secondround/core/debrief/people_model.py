"""A small trained second reading of each person the cue rules found: is it a person at all, and
which part do they play.

The cue rules (core/debrief/people.py, data/debrief/people.yaml) read a role from the words right
next to a name. Writers say it in many other ways: a title before the name ("lead tech Brandi",
"the audit partner Gurpreet"), a relationship on a later line ("Ruth would be my day-to-day
contact"), a role said about someone else ("Priya - her manager is the cfo"). This model weighs
the words around every mention of the name, and the rules' own reading, with logistic regression
(one judgement per role, and one for "a person at all"), trained on the readers corpus's dev notes
by `benchmarks/train_debrief_people.py`; its weights ship as data (data/debrief/people_model.json).
It changes the rules' role only when it is confident, with thresholds chosen by leaving one writer
out, and each change keeps the features that weighed most, so it can be explained.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from secondround.core.debrief.data import DebriefDataError, fold, people_cues, read_data
from secondround.core.debrief.lower_names import is_common, is_job_word, is_name_word, is_word
from secondround.core.debrief.notes import ROLES, Person
from secondround.core.debrief.part_model import probability
from secondround.core.debrief.relations import read_relations
from secondround.core.text.products import products

# What the model judges: one yes/no per role, and whether the name is a person at all.
PERSON = "person"
_WORD = re.compile(r"[a-z][a-z']*|\d+")
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "cllr", "rev", "revd", "sister", "lady"}
)
# How much of a line around a mention is read, and how many mentions.
_BEFORE_CHARS = 40
_AFTER_CHARS = 60
_MENTIONS = 5
_EXPLAIN = 3


@dataclass(frozen=True)
class Model:
    # {judgement: {feature: weight}}: a judgement per role and PERSON.
    weights: dict[str, dict[str, float]]
    # The probability a role needs to replace the rules' "other" (no role cue found), and to
    # replace a role the rules read from a cue; below `person_threshold` a name is no person.
    role_threshold: float
    override_threshold: float
    person_threshold: float


@lru_cache(maxsize=1)
def _model() -> Model:
    name = "people_model.json"
    try:
        data = json.loads(read_data(name))
        weights = {
            kind: {str(f): float(w) for f, w in data["weights"][kind].items()}
            for kind in (*ROLES, PERSON)
        }
        thresholds = [float(data["thresholds"][k]) for k in ("role", "override", "person")]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DebriefDataError(f"{name}: expected weights per role and three thresholds.") from exc
    return Model(weights, *thresholds)


_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_JOINED = re.compile(r"['’-]")
Mentions = dict[str, list[tuple[int, int]]]


def mentions_of(notes: str) -> Mentions:
    """{word in lower case: spans of its occurrences}, read once for all the people in the notes;
    "Sarah's" and "Mary-Jane" are also found under "sarah" and "mary"."""
    out: Mentions = {}
    for token in _TOKEN.finditer(notes):
        word, start = token.group().lower(), token.start()
        out.setdefault(word, []).append((start, start + len(word)))
        if _JOINED.search(word):
            key = _JOINED.split(word, maxsplit=1)[0]
            if key != word:
                out.setdefault(key, []).append((start, start + len(key)))
    return out


def person_features(
    notes: str,
    person: Person,
    mentions: Mentions | None = None,
    standing: list[str] | None = None,
) -> list[str]:
    """The features of one person found in the notes: the rules' role, the words of the
    evidence, the words around each mention of the name on its line, and where the notes put
    them against the candidate (`standing`, from core/debrief/relations.py)."""
    words = [w for w in person.name.lower().replace(".", " ").split() if w not in _HONORIFICS]
    first = words[0] if words else person.name.lower()

    feats = ["bias", f"rule:{person.role}", f"words:{min(len(words), 3)}"]
    if is_word(first):
        feats.append("name is a word")
    feats.extend(_word_class(person.name, first))
    feats.extend(f"ev:{w}" for w in _words(person.evidence))
    spans = (mentions if mentions is not None else mentions_of(notes)).get(first, [])
    feats.append(f"mentions:{min(len(spans), 3)}")
    if spans and all(notes[start : start + 1].islower() for start, _ in spans):
        feats.append("lower case")
    feats.extend(_shape(notes, spans))
    for number, (start, end) in enumerate(spans[:_MENTIONS]):
        line_start = notes.rfind("\n", 0, start) + 1
        line_end = notes.find("\n", end)
        line_end = len(notes) if line_end == -1 else line_end
        before = notes[max(line_start, start - _BEFORE_CHARS) : start]
        after = notes[end : min(line_end, end + _AFTER_CHARS)]
        if number == 0 and not notes[line_start:start].strip():
            feats.append("opens a line")
        if number == 0 and _line_names_a_product(notes[line_start:line_end], first):
            feats.append("line names a product")
        b, a = _words(before), _words(after)
        feats.extend(f"b:{w}" for w in b[-4:])
        feats.extend(f"a:{w}" for w in a[:8])
        feats.extend(f"bb:{x}_{y}" for x, y in pairwise(b[-4:]))
        feats.extend(f"aa:{x}_{y}" for x, y in pairwise(a[:8]))
        if b:
            feats.append(f"just before:{b[-1]}")
        if a:
            feats.append(f"just after:{a[0]}")
        feats.extend(_cue_features(notes, line_start, start, end, line_end))
        feats.extend(_label_features(notes[line_start:start]))
    feats.extend(standing or ())
    return list(dict.fromkeys(feats))


def _word_class(name: str, first: str) -> list[str]:
    """The kind of word the name is: an ordinary word that is no name ("Gross", "Incl"), a job's
    word ("Brewer", "Greenkeeper"), a product ("Entrata", "LabWare")."""
    out = []
    if is_common(first) and not is_name_word(first):
        out.append("name is an ordinary word")
    if is_job_word(first, names_too=True):
        out.append("name is a job's word")
    exact, folded, _ = products()
    if name in exact or name.lower() in folded or first in folded:
        out.append("name is a product")
    return out


def _line_names_a_product(line: str, first: str) -> bool:
    """Whether another word of the line is a product ("yardi + rentcafe. i've used entrata")."""
    exact, folded, _ = products()
    return any(
        (w in exact or w.lower() in folded) and w.lower() != first for w in _TOKEN.findall(line)
    )


# A dash that sets a heading's parts apart: "Tillerly - jr frontend dev", "ostrava aero - eng".
_DASH_BEFORE = re.compile(r"\s[—–-]+\s*$")
_DASH_AFTER = re.compile(r"^\s*[—–-]+\s")


def _shape(notes: str, spans: list[tuple[int, int]]) -> list[str]:
    """Where the name stands: in the notes' heading, beside a heading's dash, alone in brackets
    ("(ripon)", "(seattle)"), or only ever as someone's ("dr rao's question")."""
    if not spans:
        return []
    out = []
    heading_end = notes.find("\n")
    start, end = spans[0]
    # A note of one line has no heading.
    if start < heading_end:
        # Only where it stands in the heading: the heading may name a person too ("w/ pat (mgr)").
        if not notes[:start].strip(" -*•>#"):
            out.append("heading: opens it")
        if _DASH_BEFORE.search(notes, max(0, start - 4), start):
            out.append("heading: after a dash")
        if _DASH_AFTER.match(notes[end : end + 4]):
            out.append("heading: before a dash")
    if any(notes[s - 1 : s] == "(" and notes[e : e + 1] == ")" for s, e in spans):
        out.append("alone in brackets")
    if all(notes[e : e + 2] in ("'s", "’s") for _, e in spans):
        out.append("only as someone's")
    return out


# Where what is said of a person ends: the clause, or the next person in a list.
_CLAUSE_END = re.compile(
    r"[.;|!?]\s|[.;|!?]$|\s[+&]\s|\s(?:and|also)\s(?=[a-z]+\s+[A-Za-z])|\s[-–—>]+\s*(?=[a-z])"
)
_CLAUSE_START = re.compile(r".*(?:[.;|!?:(]\s|[+&,]\s|\band\s|\bw/\s?)")
# Someone from the candidate's past, or the job's past: "the previous head, Beth", "used to".
_PAST = re.compile(
    r"\b(?:previous|former|formerly|ex|old|retired|retiring|left|used to|before me|"
    r"gone|leaving|moved on|last (?:job|role|place|company|employer|boss|manager|mgr|team))\b"
)
# The role said of someone else: "her manager is the cfo", "his boss is lorraine".
_ELSE = re.compile(
    r"\b(?:her|his|their|[a-z]+['’]s)\s+(?:\w+\s+)?(?:manager|mgr|boss|supervisor|director|head|lead)\b"
)


def _cue_features(notes: str, line_start: int, start: int, end: int, line_end: int) -> list[str]:
    """The roles the cue patterns (data/debrief/people.yaml `described`) read in what is said
    of one mention: from the name to the end of its clause ("Mrs. Okafor she is registered
    manager and she will be my manager"), and in the words that open its clause ("his son
    lewis", "the previous head of marketing, Beth"); whether that speaks of the past, or of
    someone else's manager."""
    after = fold(notes[end : min(line_end, end + 2 * _AFTER_CHARS)])
    cut = _CLAUSE_END.search(after)
    own = after[: cut.start()] if cut else after
    before = fold(notes[max(line_start, start - _BEFORE_CHARS) : start])
    opened = _CLAUSE_START.match(before)
    lead = before[opened.end() :] if opened else before
    out = []
    for role, pattern in people_cues().described:
        if pattern.search(own):
            out.append(f"own:{role}")
        if pattern.search(lead):
            out.append(f"lead:{role}")
    if _PAST.search(own) or _PAST.search(lead):
        out.append("past")
    if _ELSE.search(own):
        out.append("own:someone else's")
    # The rules' own cues right before the name ("would report to Grace"), and a job and a
    # comma or colon ("2 dispensers: Kerry").
    for role, pattern in people_cues().roles_before.items():
        if pattern.search(before):
            out.append(f"cue before:{role}")
    job = _JOB_THEN_COMMA.search(before)
    if job and is_job_word(job.group(1), names_too=True):
        out.append("after a job and a comma")
    if _OTHER_OF_A_KIND.search(lead) or _OTHER_OF_A_KIND.match(own):
        # "the other counselor, Tiffany", "Jordan, the other careers adviser": a peer.
        out.append("the other of a kind")
    if _NOT.search(own):
        # "not on the team", "freelance, not staff", "not my boss".
        out.append("own:not")
    # "a driver trainer, Sue", "Mr. Rowe the hotel manager": a job's word beside the name.
    if any(is_job_word(w, names_too=True) for w in _WORD.findall(lead)[-3:]):
        out.append("lead:a job's word")
    if any(is_job_word(w, names_too=True) for w in _WORD.findall(own)[:4]):
        out.append("own:a job's word")
    return out


# The label a list of people opens with, before its colon or "=": "Partners present: Dr Helen
# Forsyth, Dr Raj Menon", "hr: ola", "dm = Carla Ruiz", "owner: Chloé".
_LABEL = re.compile(r"(?:^|[.;(|]\s)\W*([a-z][a-z /&'’-]{0,30}?)\s*(?::|=)\s*[^.;:=]*$")


def _label_features(before: str) -> list[str]:
    """The roles the cue patterns read in the label of the list the name stands in, and the
    label's words."""
    found = _LABEL.search(fold(before))
    if found is None:
        return []
    label = found.group(1)
    out = [f"label:{role}" for role, pattern in people_cues().described if pattern.search(label)]
    return out + [f"lab:{w}" for w in _words(label)[-3:]]


_NOT = re.compile(r"\bnot\b|n['’]t\b")
_OTHER_OF_A_KIND = re.compile(
    r"^\W*(?:the other|another|a fellow|fellow)\b|\b(?:the other|another)\s+\w+\W*$"
)
_JOB_THEN_COMMA = re.compile(r"\b([a-z]+)\s*[,:]\s*$")


def _words(text: str) -> list[str]:
    return [w[:7] for w in _WORD.findall(fold(text))]


@dataclass(frozen=True)
class Judged:
    """A person as the model reads them: kept or not, the role, and why."""

    keep: bool
    role: str
    because: tuple[str, ...]


def probabilities(
    notes: str,
    person: Person,
    model: Model | None = None,
    mentions: Mentions | None = None,
    standing: list[str] | None = None,
) -> dict[str, float]:
    """{judgement: probability} for one person the rules found."""
    model = model or _model()
    feats = person_features(notes, person, mentions, standing)
    return {kind: probability(feats, weights) for kind, weights in model.weights.items()}


def decide(rule_role: str, scored: dict[str, float], model: Model) -> tuple[bool, str]:
    """(a person at all, role) from the probabilities: the rules' role unless another role's
    passes its threshold and beats it."""
    keep = scored[PERSON] >= model.person_threshold
    best = max(ROLES, key=lambda r: scored[r])
    # "Other" (no role cue) is given, or taken from a role a cue said, only when the model is
    # more sure than its role threshold: "would report to Grace Obi" stays her manager.
    needed = model.role_threshold if "other" in (rule_role, best) else model.override_threshold
    if best != rule_role and scored[best] >= needed and scored[best] > scored[rule_role]:
        return keep, best
    return keep, rule_role


# Where the notes' statements of who is above whom put a person, read as a role whatever the
# words beside the name say: above the candidate's manager is an executive ("Fi's above him"),
# under the same manager a colleague ("she reports to Chloé too").
_STATED = {"rel:above my manager": "senior_executive", "rel:beside me": "team_member"}


def stated_role(feats: list[str]) -> str | None:
    """The role a statement of who is above whom gives, if one does."""
    return next((_STATED[f] for f in feats if f in _STATED), None)


# With no one read as the line manager, the likeliest person with no role read becomes it when
# the model gives them this much (leaving one writer out, 0.2 to 0.35 read the same).
PROMOTE = 0.25


def one_manager(roles: list[str], scored: list[dict[str, float]], said: list[str]) -> list[str]:
    """The roles with one line manager where the cues said none: the job reports to one person
    in nearly every note (597 of the 633 dev notes). A line manager a cue said (`said`, the
    rules' roles) stays one; of those only the model read so, the likeliest stays if no cue
    said one, and the others take their likeliest other role. With none at all, the likeliest
    person read as "other" is the line manager if the model gives them PROMOTE or more."""
    managers = [i for i, role in enumerate(roles) if role == "line_manager"]
    if not managers and roles:
        likeliest = max(range(len(roles)), key=lambda i: scored[i]["line_manager"])
        if roles[likeliest] == "other" and scored[likeliest]["line_manager"] >= PROMOTE:
            return [("line_manager" if i == likeliest else r) for i, r in enumerate(roles)]
    stated = [i for i in managers if said[i] == "line_manager"]
    if len(managers) < 2 or len(stated) == len(managers):
        return roles
    kept = set(stated) or {max(managers, key=lambda i: scored[i]["line_manager"])}
    out = list(roles)
    for i in managers:
        if i not in kept:
            out[i] = max((r for r in ROLES if r != "line_manager"), key=lambda r: scored[i][r])
    return out


_LISTED = re.compile(r"\s*(?:\+|&|and|,)\s*")


def listed_after(notes: str, previous: Person | None, person: Person) -> bool:
    """Whether a person is listed right after one kept ("met tobiah + ksenia"): a list of
    names shares the cue before it."""
    return (
        previous is not None
        and previous.end <= person.start
        and _LISTED.fullmatch(notes, previous.end, person.start) is not None
    )


def judge_person(
    notes: str, person: Person, model: Model | None = None, standing: list[str] | None = None
) -> Judged:
    """Whether the name found is a person, and their role, with the features that weighed most."""
    model = model or _model()
    keep, role = decide(person.role, probabilities(notes, person, model, None, standing), model)
    weights = model.weights[role]
    feats = person_features(notes, person, None, standing)
    weighed = sorted((f for f in feats if f in weights and f != "bias"), key=lambda f: -weights[f])
    return Judged(keep, role, tuple(weighed[:_EXPLAIN]))


def reread(
    notes: str,
    people: list[Person],
    model: Model | None = None,
    listing: frozenset[int] = frozenset(),
) -> list[Person]:
    """The people the rules found, less those the model reads as no person, with its roles.
    A name on a line listing people (`listing`, line numbers) stays, whatever the model says."""
    model = model or _model()
    mentions = mentions_of(notes) if people else {}
    relations = read_relations(notes, people)
    rule_roles = [p.role for p in people]
    read: list[tuple[int, Person, dict[str, float], str]] = []
    kept: Person | None = None
    for number, person in enumerate(people):
        feats = person_features(notes, person, mentions, relations.standing(number, rule_roles))
        scored = {kind: probability(feats, weights) for kind, weights in model.weights.items()}
        keep, role = decide(person.role, scored, model)
        role = stated_role(feats) or role
        if (
            keep
            or notes.count("\n", 0, person.start) in listing
            or listed_after(notes, kept, person)
        ):
            read.append((number, person, scored, role))
            kept = person
    roles = one_manager(
        [role for *_, role in read],
        [scored for _, _, scored, _ in read],
        [person.role for _, person, _, _ in read],
    )
    out = []
    for (number, person, _, _), role in zip(read, roles, strict=True):
        if role != person.role:
            # A role read from a statement of who is above whom keeps that statement.
            start, end = relations.evidence(number, role) or (person.start, person.end)
            person = Person(person.name, role, notes[start:end], start, end)
        out.append(person)
    return out
