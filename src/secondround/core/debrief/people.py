"""People named in the notes, and the part each plays: hiring manager, executive, HR, team...

A capitalised name counts only with a cue beside it: a role ("Sarah (hiring mgr)", "the CTO,
Raj", "Tom from HR") or words only a person goes with ("met Ana", "Raj said"). So "Monday", "AWS"
and "Leeds" are not people. A role must sit right next to its name, so in "Sarah (hiring mgr) and
Raj" the role is Sarah's alone; a role said before a list ("the team - Ana and Ben") is everyone's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.debrief.data import fold, people_cues
from secondround.core.debrief.lower_names import (
    described_role,
    is_common,
    is_job_word,
    is_name_word,
    lower_case_names,
    never_a_name,
)
from secondround.core.debrief.notes import Person
from secondround.core.debrief.people_model import reread
from secondround.core.jobs.tools import find_ad_tools
from secondround.core.text.products import products
from secondround.core.text.words import word_list

# Roles in the order they win when one name has several cues; "other" first, as its cues say
# the person is from the candidate's past ("my old manager Ruth"), whatever else is said.
_PRIORITY = ("other", "line_manager", "current_holder", "hr", "senior_executive", "team_member")
_NAME_WORD = re.compile(
    r"(?<![\w'’@./#-])[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’-]*[a-zß-öø-ÿ][a-zA-ZÀ-ÖØ-öø-ÿ'’-]*(?![\w@])"
)
_LOWER_BEFORE_BRACKET = re.compile(r"(?<![\w'’@./#-])([a-z][a-z'’-]+)(?=\s*\()")
_COORDINATOR = re.compile(r"\s+and\s+|\s*[&;+/]\s*|\s*,\s*(?:and\s+)?")
_WINDOW = 60
# Notes naming more people than this are not the notes of one interview; the rest are not listed.
MAX_PEOPLE = 100
# The words right before a name, from the last bracket, list mark, sentence end, "w/" or "met":
# "(w/) the GM, pat", "also met two designers, luca", "w/ managing editor (pat greer)".
_LEAD_IN = re.compile(
    r"(?:^|[();:|+]|\.\s|\bw/|\bwith\b|\band\b|\bmet\b|\bby\b)\s*([^();:|+.]{3,40}?)\s*[,=(]?\s*$"
)


# The words that end a job title or open one ("Hotel Manager", "Head of Rooms").
_TITLE_NOUNS = (
    r"manager|mgr|director|supervisor|lead|leader|officer|partner|chair|housekeeper|planner|"
    r"coordinator|engineer|executive|assistant|associate|analyst|president|advisor|adviser|"
    r"specialist|consultant|administrator|controller|division|department|dept"
)
_TITLE_WORD = re.compile(_TITLE_NOUNS, re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"(?:\s+[A-Z][\w&-]*){{0,2}}\s+(?i:{_TITLE_NOUNS})\b")
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:director|head|vp|manager|chief|officer|lead|dept|department) of (?:the )?$)"
)
# "Head Baker", "Deputy Store Manager": the word of rank opens the title, so an ordinary word
# after it is the job's ("Baker"); a name is a name still ("Deputy Head Tom Lee").
_RANK_BEFORE = re.compile(r"\b(?:Head|Chief|Deputy|Assistant|Senior|Junior|Principal|Executive) $")


# A name ending in one of these words is an employer or a place, not a person: "Meadowbank
# House", "Tamar Vale Vets", "Kestrel Partners".
_ORGANISATION = re.compile(
    r"\s(?:house|home|homes|health|healthcare|vets|partners|group|ltd|limited|inc|llc|plc|"
    r"robotics|castings|collective|trust|council|school|academy|college|university|hospital|"
    r"clinic|surgery|practice|bank|foods|hotel|hotels|centre|center|services|solutions|systems|"
    r"labs|studio|studios|logistics|construction|consulting|associates|recovery|care|foundation|"
    r"charity|street|road)$",
    re.IGNORECASE,
)


# Right before a name, the words of a place or an employer: "@ Quillmark", "interview at Fathom
# Robotics", "w/ Kingsley Roofing".
_AT_PLACE = re.compile(r"(?:@|\bat)\s*(?:the\s+)?$", re.IGNORECASE)
# The notes' first line names the job and the employer ("Practice Manager — Brookside Medical
# Group", "Math teacher (Algebra I)"): a name right after the title's dash is one of those, and
# so is a name opening the line with no role.
_HEADING_PLACE = re.compile(r"\s[—–-]\s*(?:the\s+)?$", re.IGNORECASE)


# What may stand before the first word of a line: bullets, quotes, spaces.
_LINE_LEAD = re.compile(r"^[\s\W]*")
# A heading's name, a dash or comma, then the job's title: no word of the candidate's own or of a
# person's doing ("Sarah Lloyd — hiring manager, would be my boss" is a person).
_TITLE_DASH = re.compile(r"\s*(?:[—–-]+|,)\s+([^.;:(|]*)")
_PERSONAL = re.compile(
    r"\b(?:my|me|i|i'?d|i'?ll|would|will|report\w*|boss|hiring|interview\w*|said|asked|"
    r"met|he|she|they|sat|runs|leads|manages)\b"
)


def _employer_title(folded: str, end: int) -> bool:
    """Whether a dash or comma and a job's title follow the name at `end` on a heading line."""
    found = _TITLE_DASH.match(folded, end)
    return found is not None and _PERSONAL.search(found.group(1)) is None


@dataclass(frozen=True)
class _Mention:
    name: str
    role: str
    evidence_start: int
    evidence_end: int


class _People:
    """The people found so far, indexed by their names' words, so merging stays linear.

    Two mentions are one person when one name's words begin the other's ("Sarah" and "Sarah
    Lloyd"), titles aside ("Dr. Tom Vries" and "Tom"), and an initial stands for its word ("Dr
    N" is "Dr. Nkemelu", "Sarah L" is "Sarah Lloyd"). Each name's beginnings are indexed as they
    are and in every spelling with initials; a mention is looked up as it is in the second
    index and in its spellings with initials in the first, so "Sam" never meets "Sarah" (an
    initial only matches where one of the two names really has one).
    """

    def __init__(self) -> None:
        self.found: list[Person] = []
        # Every beginning of every name, and every whole name: as written, and with initials.
        self._starts: dict[tuple[str, ...], int] = {}
        self._starts_spelled: dict[tuple[str, ...], int] = {}
        self._whole: dict[tuple[str, ...], int] = {}
        self._whole_spelled: dict[tuple[str, ...], int] = {}
        # The surnames of names of two words or more: "Ms. Reyes asked" is Dolores Reyes.
        self._surnames: dict[str, int] = {}

    def _index(self, words: tuple[str, ...], at: int) -> None:
        for size in range(1, len(words) + 1):
            self._starts.setdefault(words[:size], at)
            for spelling in _spellings(words[:size]):
                self._starts_spelled.setdefault(spelling, at)
        self._whole[words] = at
        if len(words) > 1 and len(words[-1]) > 1:
            self._surnames.setdefault(words[-1], at)
        for spelling in _spellings(words):
            self._whole_spelled.setdefault(spelling, at)

    def _match(self, words: tuple[str, ...]) -> int | None:
        found = [self._starts_spelled[words]] if words in self._starts_spelled else []
        found += [self._starts[s] for s in _spellings(words) if s in self._starts]
        for n in range(1, len(words)):
            begins = words[:n]
            if begins in self._whole_spelled:
                found.append(self._whole_spelled[begins])
            found += [self._whole[s] for s in _spellings(begins) if s in self._whole]
        return min(found) if found else None

    def merge(self, m: _Mention, notes: str, offset: int) -> None:
        start, end = offset + m.evidence_start, offset + m.evidence_end
        found = Person(m.name, m.role, notes[start:end], start, end)
        mine = _name_words(m.name)
        index = self._match(mine)
        if index is None and len(mine) == 1:
            index = self._surnames.get(mine[0])
            if index is not None:
                # A surname alone adds nothing to the name, only perhaps a role.
                mine = _name_words(self.found[index].name)
                found = Person(self.found[index].name, m.role, found.evidence, start, end)
        if index is None:
            if len(self.found) < MAX_PEOPLE:
                self.found.append(found)
                self._index(mine, len(self.found) - 1)
            return
        person = self.found[index]
        theirs = _name_words(person.name)
        name = m.name if len(mine) > len(theirs) else person.name
        if person.role == "other" and m.role != "other":
            self.found[index] = Person(name, m.role, found.evidence, found.start, found.end)
        else:
            self.found[index] = Person(name, person.role, person.evidence, person.start, person.end)
        if len(mine) > len(theirs):
            # The longer name is kept: it is now the whole name, and its beginnings lead here.
            for whole, spellings in (
                (self._whole, [theirs]),
                (self._whole_spelled, _spellings(theirs)),
            ):
                for spelling in spellings:
                    if whole.get(spelling) == index:
                        del whole[spelling]
            self._index(mine, index)


# Only a name's first words are spelled with initials (4 words: 16 spellings at most).
_SPELLED_WORDS = 4


def _spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name's words, and the same with any of its first words shortened to an initial."""
    out: list[tuple[str, ...]] = [()]
    for number, word in enumerate(words):
        short = len(word) > 1 and number < _SPELLED_WORDS
        out = [(*v, word) for v in out] + ([(*v, word[0]) for v in out] if short else [])
    return out


def find_people(
    notes: str, listing: frozenset[int] = frozenset(), trained: bool = True
) -> list[Person]:
    """Each person once, in order of first mention, with the clearest role the notes give.

    `listing` holds the numbers of lines that list people ("Interviewers: matron (Denise), Olu"),
    where every name is a person even without a cue. With `trained`, the trained people model
    reads each person the cues found again (core/debrief/people_model.py).
    """
    people = _People()
    offset = 0
    for number, line in enumerate(notes.splitlines(keepends=True)):
        text = line.rstrip("\r\n")
        for mention in _mentions(text, fold(text), number in listing, heading=number == 0):
            people.merge(mention, notes, offset)
        offset += len(line)
    # A line labelled as a list of people ("Interviewers: matron (Denise), Olu") names only
    # people; the lines under a "People" heading may say other things too.
    labelled = frozenset(
        number
        for number, line in enumerate(notes.splitlines())
        if number in listing and _LIST_LABEL.match(line)
    )
    return reread(notes, people.found, listing=labelled) if trained else people.found


_LIST_LABEL = re.compile(r"^\W*[\w /&-]{2,30}:")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir"})
# Titles that open a name as "Dr" does and are given with it ("Cllr Jenkins", "Rev. Denise
# Holloway", "Sister Blessy Thomas", "Lady Alice Whitlow"): the same person without them.
_TITLES = _HONORIFICS | {"cllr", "rev", "revd", "reverend", "sister", "lady", "dame", "lord"}
# Words of a job that stand before a name as a title does ("Nurse Tracey Lowes", "Editor Rob
# Tennant", "Insp. Craig Oduya"): they end a run of capitalised words, never begin a name.
_JOB_TITLES = frozenset(
    {
        "nurse", "editor", "principal", "inspector", "insp", "sergeant", "sgt", "constable",
        "officer", "matron", "chef", "coach", "professor", "councillor", "judge", "captain",
        "capt", "supervisor", "manager", "director",
        "father", "pastor", "detective", "midwife", "teacher", "counselor", "counsellor",
        "deputy", "supt", "headteacher",
    }
)  # fmt: skip


def _lead_in_role(before: str) -> tuple[str, int] | None:
    """(role, where its words start) from the words right before a name."""
    ahead = _LEAD_IN.search(before)
    if ahead is None:
        return None
    for role, pattern in people_cues().described:
        if pattern.search(ahead.group(1)):
            return role, ahead.start(1)
    return None


def _rank(role: str) -> int:
    return _PRIORITY.index(role) if role in _PRIORITY else len(_PRIORITY)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without a title: "Dr. Tom Vries" and "Tom" are one person."""
    words = name.lower().replace(".", " ").split()
    return tuple(w for w in words if w not in _TITLES) or tuple(words)


def _mentions(
    line: str, folded: str, listing: bool = False, heading: bool = False
) -> list[_Mention]:
    cues = people_cues()
    names = _names(line)
    out: list[_Mention] = []
    previous_role: tuple[str, bool] | None = None
    taken = 0
    for i, (start, end, name) in enumerate(names):
        if _CORRECTED.match(line, end) or name.lower().rstrip(".") in _TITLES:
            # "Alba Ruiz? no, Alba Reid": a name the writer corrects at once is no one; a title
            # alone ("Miss", "Mr") is no one either.
            continue
        # Text up to the neighbouring names, at most a short window: a cue must be anchored next
        # to the name (see _role), so text between two names cannot serve the wrong one.
        lower = max(names[i - 1][1] if i else 0, start - _WINDOW)
        upper = min(names[i + 1][0] if i + 1 < len(names) else len(line), end + _WINDOW)
        before, after = folded[lower:start], folded[end:upper]
        role, cue_start, cue_end, from_before = _role(before, after, lower, end, taken)
        described = described_role(_own_words(folded, end, names, i), titled=True)
        # What the description says wins unless the cue next to the name says a stronger role.
        if described is not None and (role is None or _rank(described[0]) <= _rank(role)):
            role, cue_start, cue_end, from_before = described[0], end, end + described[1], False
        elif role is None and (line[start:end] != name or cues.after.match(after)):
            # "the exec editor, dwight", "HR director tony": the words just before describe them.
            lead_in = _lead_in_role(before)
            if lead_in is not None:
                role, cue_start, cue_end, from_before = lead_in[0], lower + lead_in[1], end, True
        joined = i > 0 and _COORDINATOR.fullmatch(before) is not None
        if role is None and joined and previous_role and previous_role[1]:
            # "the team - Ana and Ben": a role said before a list belongs to everyone in it.
            role, from_before = previous_role[0], True
        # A name read from lower case was read from its place beside a person cue already.
        lowered = line[start:end] != name
        person_like = (
            listing
            or lowered
            or bool(cues.before.search(before) or cues.after.match(after))
            or _after_job_word(before)
            # "Mr Costa", "Dr. Anya Kowalczyk": a title and a name are a person.
            or (len(name.split()) > 1 and name.split()[0].lower().rstrip(".") in _TITLES)
        )
        if (
            _ORGANISATION.search(name)
            or _AT_PLACE.search(line, 0, start)
            or (
                heading
                and not listing
                and (
                    # The job's title opens the line in capitals: "Reporter — the Ashby Echo".
                    (line[:1].isupper() and _HEADING_PLACE.search(line, 0, start) is not None)
                    or (role is None and not line[:start].strip())
                )
                and described is None
                # A bracket after it describes the employer here: "Tidewell (climate fintech)".
                and not (cues.after.match(after) and not after.lstrip().startswith("("))
            )
            or (role is None and (not person_like or _is_tool(name)))
            # "Ledgerline — Head of Marketing", "Brandt Ridley — Equity Research Associate": the
            # heading's employer, then the job applied for.
            or (
                heading
                and not listing
                and not _LINE_LEAD.sub("", line[:start])
                and _employer_title(folded, end)
            )
        ):
            previous_role = None
            continue
        ev_start = min(start, cue_start) if role and cue_start is not None else start
        ev_end = max(end, cue_end) if role and cue_end is not None else end
        ev_end = _close_bracket(line, ev_start, ev_end)
        out.append(_Mention(name, role or "other", ev_start, ev_end))
        previous_role = (role, from_before) if role else None
        taken = ev_end
    return out


_CORRECTED = re.compile(r"\s*\?+\s*(?:no|nope|sorry|actually|wait)\b", re.IGNORECASE)
_JOB_THEN_COMMA = re.compile(r"\b([a-z]+)\s*[,:]\s*$")


def _after_job_word(before: str) -> bool:
    """Whether the words before a name end in a job and a comma or colon: "The previous planner,
    Gwen", "2 dispensers: kerry"."""
    found = _JOB_THEN_COMMA.search(before)
    return found is not None and (
        is_job_word(found.group(1)) or _TITLE_WORD.fullmatch(found.group(1)) is not None
    )


# Where a list goes on to the next person: "Leanne, who'd be my boss, + the director Aaron".
_NEXT_IN_LIST = re.compile(r",?\s*(?:\+|&|\band\b)\s+|,\s+")
# How far before the next name a list mark still leads to that name ("+ the director ").
_LEAD_CHARS = 40


def _own_words(folded: str, end: int, names: list[tuple[int, int, str]], i: int) -> str:
    """The words after name `i` up to the next name, less those that introduce the next name:
    in "Leanne, who'd be my boss, + the director Aaron", "the director" is Aaron's."""
    if i + 1 >= len(names):
        return folded[end:]
    upto = names[i + 1][0]
    words = folded[end:upto]
    marks = list(_NEXT_IN_LIST.finditer(words))
    if len(marks) < 2 and not (marks and marks[0].start() > 0):
        return words
    last = marks[-1]
    if last.start() > 0 and upto - (end + last.end()) <= _LEAD_CHARS:
        return words[: last.start()]
    return words


def _names(line: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of one to three capitalised words that may be a name."""
    skip = people_cues().not_names
    words: list[tuple[int, int]] = []
    for match in _NAME_WORD.finditer(line):
        # "Sarah's team": the name is Sarah; the possessive is a cue after it.
        end = match.end() - 2 if match.group()[-2:] in ("'s", "’s") else match.end()
        # "Kenji-san": a Japanese honorific after the name is no part of it.
        suffix = _HONORIFIC_SUFFIX.search(line, match.start(), end)
        end = suffix.start() if suffix else end
        word = line[match.start() : end]
        if word.lower() not in skip and not never_a_name(word):
            words.append((match.start(), end))
    # "Mr O. Lindqvist", "DS J. Bolton": an initial before a capitalised word is the name's.
    words = sorted(words + [m.span() for m in _INITIAL.finditer(line) if _before_name(line, m)])
    runs: list[tuple[int, int, str]] = []
    words = _without_opening_verb(line, words)
    for start, end in words:
        gap = line[runs[-1][1] : start] if runs else ""
        # "Mr. Graeme Lockhart", "Prof. Greaves": the title and its full stop are the name's.
        last = runs[-1][2].split()[-1].lower() if runs else ""
        titled = gap == ". " and runs[-1][2].lower() in _TITLES
        if last in _JOB_TITLES and (gap == " " or gap == ". "):
            # The job title before the name is no part of it: it is a cue left beside it.
            runs.append((start, end, line[start:end]))
        elif runs and len(runs[-1][2].split()) < 3 and (gap == " " or titled):
            first = runs[-1][0]
            runs[-1] = (first, end, line[first:end])
        else:
            runs.append((start, end, line[start:end]))
    # "Rooms Division Manager", "Director of Product": capitalised words of a job title are no
    # name, and must not cut short the description of the person before them.
    runs = [
        (start, end, name)
        for start, end, name in runs
        if not _TITLE_AFTER.match(line, end)
        and not _TITLE_BEFORE.search(line, 0, start)
        and not (_RANK_BEFORE.search(line, 0, start) and _job_like(name))
        and not any(_TITLE_WORD.fullmatch(word) for word in name.split())
        and name.split()[-1].lower() not in _JOB_TITLES
    ]
    # Character positions already in a name, so an overlap is one look-up, not a scan.
    covered = {i for s, e, _ in runs for i in range(s, e)}
    for start, end, name in lower_case_names(line, fold(line)):
        if covered.isdisjoint(range(start, end)):
            runs.append((start, end, name))
            covered.update(range(start, end))
    for match in _LOWER_BEFORE_BRACKET.finditer(line):
        word = match.group(1)
        if word in skip or word in _stopwords() or is_common(word):
            continue
        if not covered.isdisjoint(range(match.start(1), match.end(1))):
            continue
        bracket = line[match.end() : match.end() + _WINDOW].split(")")[0]
        if any(p.match(fold(bracket)) for p in people_cues().roles_after.values()):
            runs.append((match.start(1), match.end(1), word.capitalize()))
    return sorted(runs)


def _job_like(name: str) -> bool:
    """Whether the capitalised words after a word of rank may be the rest of a job's title."""
    words = name.lower().split()
    return len(words) == 1 and (is_common(words[0]) or is_job_word(words[0], names_too=True))


# Where a sentence opens: "Saw Graham (production manager)", "- Met Ana", "ok. Asked Raj";
# not after a title's full stop ("Mrs. Precious Ndlovu").
_SENTENCE_OPENS = re.compile(
    r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\bRev)[.!?;:]\s+|^\W*[-*•>]\s*)$",
    re.IGNORECASE,
)
_HONORIFIC_SUFFIX = re.compile(r"-(?:san|sama|kun|chan|sensei)$", re.IGNORECASE)
_INITIAL = re.compile(r"(?<![\w'’@./#-])[A-Z]\.(?= ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+))")


def _before_name(line: str, initial: re.Match[str]) -> bool:
    """Whether the word after an initial may be a name: not in "Plan B. Then Sarah said"."""
    word = initial.group(1).lower()
    return is_name_word(word) or not (is_common(word) or word in _stopwords())


def _without_opening_verb(line: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised words less an ordinary word that opens a sentence right before a name
    ("Saw Graham", "Emailed Priya"): it is capitalised as the sentence's first word, no name."""
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(words):
        word = line[start:end].lower()
        follows = i + 1 < len(words) and line[end : words[i + 1][0]] == " "
        if (
            follows
            and is_common(word)
            and not is_name_word(word)
            and _SENTENCE_OPENS.search(line, 0, start) is not None
        ):
            continue
        out.append((start, end))
    return out


def _role(
    before: str, after: str, before_start: int, after_start: int, taken: int
) -> tuple[str | None, int | None, int | None, bool]:
    """(role, cue start, cue end, whether the cue came before the name).

    A cue before the name must end at or after `taken`: a cue already read as the previous
    name's ("Sarah, hiring manager, Raj") is not the next name's too.
    """
    cues = people_cues()
    for role in _PRIORITY:
        found = cues.roles_after[role].match(after) if role in cues.roles_after else None
        if found and found.end("cue") > found.start("cue"):
            return role, after_start + found.start("cue"), after_start + found.end("cue"), False
        pattern = cues.roles_before.get(role)
        found = pattern.search(before) if pattern else None
        cue_start = before_start + found.start("cue") if found else -1
        if found and found.end("cue") > found.start("cue") and cue_start >= taken:
            return role, cue_start, before_start + found.end("cue"), True
    return None, None, None, False


def _close_bracket(line: str, start: int, end: int) -> int:
    span = line[start:end]
    if span.count("(") > span.count(")"):
        closing = line.find(")", end)
        if closing != -1 and closing - end < _WINDOW:
            return closing + 1
    return end


def _is_tool(name: str) -> bool:
    exact, folded, _ = products()
    return name in exact or name.lower() in folded or bool(find_ad_tools(name, context=False))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))
