"""Who is above whom, as the notes say it anywhere: "her boss is the ops manager Neil", "Linda,
who Nate reports to", "I'd report to Matt." on another person's line, "Fi's above him", "the one
I'd be under", "boss of my boss".

The cue rules read a role from the words beside a name; writers often state the line of
reporting instead, once, between two people or between a person and the candidate. This module
reads those statements into a small graph (who is above whom, the candidate being one of the
people) and says, for each person, where they stand against the candidate: above the candidate
(the line manager), above the candidate's manager (an executive), beside the candidate under the
same manager, or under the candidate. The people model weighs these as features
(core/debrief/people_model.py), and a role read from them keeps the statement as its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from secondround.core.debrief.data import fold
from secondround.core.debrief.lower_names import is_common
from secondround.core.debrief.notes import Person

# The candidate, and the candidate's manager when the notes speak of them unnamed ("boss of my
# boss"), as nodes of the graph beside the people's numbers.
ME = -1
MY_MANAGER = -2
# A post named but no person ("the GM reports straight to her", "counselors report to her"):
# mostly the job the candidate applied for, written as its title.
POST = -3

# A name is written into the line as "@<number>"; "i" and "me" stand for the candidate, pronouns
# for the person named last before them (see _resolve).
_SUBJECT = r"(?<![\w'’])(?:@\d+|she|he|they|i)(?!\w)"
_OBJECT = r"(?<![\w'’])(?:@\d+|her|him|them|me)(?!\w)"
_WILL = r"(?:['’]d|['’]ll| would| will| also| too| actually| directly| really| basically| is| was)*"
# Each pattern names the one above (`up`) and the one below (`low`).
_PATTERNS = tuple(
    re.compile(p)
    for p in (
        # "Alasdair reports to her", "i'd actually report to @3", "the role reports to him".
        rf"(?P<low>{_SUBJECT}|the (?:role|post|job|position)){_WILL}(?: be)? "
        rf"(?:reports?|reporting)(?: straight| directly)? (?:in)?to (?P<up>{_OBJECT})",
        # "Linda, who Nate reports to", "Sam Fairley who I'd actually report to".
        rf"(?P<up>@\d+)\)?,? (?:who|whom) (?P<low>{_SUBJECT}){_WILL}(?: be)? "
        r"(?:reports?|reporting|answers?) (?:in)?to\b",
        # "Fi's above him", "she'd be over me", "Matron Ojo (above her)".
        rf"(?P<up>{_SUBJECT}),?(?:['’]s|['’]d be| is| was| would be| will be| sits)? "
        rf"(?:\(|- )?(?:directly |right |just |one level )?(?:above|over) (?P<low>{_OBJECT})\b",
        rf"(?P<up>@\d+) \((?:\w+ )?above (?P<low>{_OBJECT})\b",
        # "i'd work under her", "he'd be under @2".
        rf"(?P<low>{_SUBJECT}){_WILL}(?: be)?(?: working| work)? (?:directly )?under "
        rf"(?P<up>{_OBJECT})\b",
        # "@4, the one i'd be under", "@4 is who i'd report to".
        rf"(?P<up>@\d+)[^@.;]{{0,30}}?\b(?:the one|the person|the guy|who)"
        rf" (?P<low>i){_WILL}(?: be)? (?:working |work )?under\b",
        # "she manages @2", "he'd line manage me", "@1 supervises the techs + me".
        rf"(?P<up>{_SUBJECT}){_WILL} (?:line[- ]?)?(?:manages?|supervises?|supervise|manage)"
        rf" (?P<low>{_OBJECT})\b",
        # "the post is supervised and line managed by him", "@2 is managed by @5".
        rf"(?P<low>{_SUBJECT}|the (?:role|post|job|position))[^@.;]{{0,24}}?"
        rf"\b(?:line[- ]?managed|managed|supervised) by (?P<up>{_OBJECT})\b",
        # "her boss is the ops manager Neil", "@2's manager = @4".
        r"(?P<low>(?<![\w'’])(?:@\d+['’]s|her|his|their|my)) (?:direct |line |own |actual )?"
        r"(?:boss|manager|mgr|line manager|supervisor)(?: is| =|:| -| would be| will be) "
        r"(?:the |a )?(?:[\w&-]+ ){0,3}?(?P<up>@\d+)",
        # "Linda is Nate's boss", "she's @2's manager".
        rf"(?P<up>{_SUBJECT})(?:['’]s| is| was| would be| will be|['’]d be) "
        rf"(?P<low>@\d+['’]s|my\b) (?:direct |line |own |actual )?"
        r"(?:boss|manager|mgr|line manager|supervisor)\b",
    )
)
# "@2, the stage manager who'd be my direct boss", "@2 ... effectively my boss": above me.
_MY_BOSS = re.compile(
    r"(?P<up>@\d+)[^@.;]{0,40}?(?:\bwho(?:['’]d| would| will|['’]ll|['’]s| is)|(?<!not)"
    r"(?:['’]d| would| will|['’]ll|['’]s| is)) (?:be )?(?:effectively |basically |really |"
    r"actually |essentially )?my (?:direct |line |actual |day[- ]to[- ]day |real |new )?"
    r"(?:boss|manager|mgr|supervisor|line manager|superior)\b|"
    r"(?P<up2>@\d+)[^@.;]{0,40}?\b(?:effectively|basically|essentially|really) my "
    r"(?:boss|manager|mgr|supervisor|line manager)\b"
)
# "the GM reports straight to her", "counselors report to him", "the vessel masters report to him".
_POST_REPORTS = re.compile(
    rf"(?:^|[(;,.:—–-]\s*|\band |\bthe |\ball )(?:the |our |their |all (?:the )?)?"
    rf"(?P<post>[a-z&/-]+(?: [a-z&/-]+){{0,2}}?) (?:reports?|report|answers?|answer)"
    rf"(?: straight| directly| day to day)? (?:in)?to (?P<up>{_OBJECT})"
)
_NOT_POSTS = re.compile(
    r"(?:^|\s)(?:i|i'?d|i'?ll|i would|i will|she|he|they|who|it|that|which|this|we|also|too|"
    r"role|post|job|position|would|will)$"
)
# "@1 (boss of my boss)", "she's my manager's manager": above the candidate's manager.
_ABOVE_MY_MANAGER = re.compile(
    rf"(?P<up>{_SUBJECT})[^@.;]{{0,40}}?\b(?:(?:the )?boss of my (?:boss|manager|mgr)|"
    r"my (?:boss|manager|mgr)['’]s (?:boss|manager|mgr))\b"
)
# A line says who is above whom only with one of these words; others are not read further.
_SAYS_ABOVE = re.compile(r"report|above|over|under|manag|supervis|boss|mgr|answer")
_PERSONAL_SUBJECT = frozenset({"she", "he", "they"})
_PERSONAL_OBJECT = frozenset({"her", "him", "them", "his", "their"})
_MINE = frozenset({"i", "me", "my"})
_ROLE_WORDS = re.compile(r"^the (?:role|post|job|position)$")
_TOKEN = re.compile(r"@(\d+)")


@dataclass
class Relations:
    """Who is above whom: {(upper, lower): (start, end) of the statement in the notes}, the
    candidate as ME and their unnamed manager as MY_MANAGER."""

    above: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def managers_of(self, who: int) -> set[int]:
        return {up for up, low in self.above if low == who}

    def reports_of(self, who: int) -> set[int]:
        return {low for up, low in self.above if up == who}

    def standing(self, person: int, rule_roles: list[str] | None = None) -> list[str]:
        """Where one person stands, as features: above me, above my manager, beside me (under
        my manager), under me, above or under someone else, someone else above me."""
        mine = self.managers_of(ME) - {MY_MANAGER}
        out = []
        if person in mine:
            out.append("rel:above me")
        bosses = self.reports_of(person)
        if MY_MANAGER in bosses or bosses & mine:
            out.append("rel:above my manager")
        managers = self.managers_of(person)
        if managers & mine:
            out.append("rel:beside me")
        if ME in managers:
            out.append("rel:under me")
        if POST in bosses:
            out.append("rel:above a post")
        others = {ME, MY_MANAGER, POST} | mine
        if bosses - others:
            out.append("rel:above someone")
            if rule_roles and any(
                0 <= b < len(rule_roles) and rule_roles[b] == "line_manager"
                for b in bosses - others
            ):
                out.append("rel:above a line manager")
        if managers - others:
            out.append("rel:under someone")
        if mine - {person}:
            out.append("rel:someone else above me")
        managers_read = rule_roles.count("line_manager") if rule_roles else 0
        if rule_roles and managers_read > (rule_roles[person] == "line_manager"):
            # The cue rules read someone else as the line manager: there is mostly one.
            out.append("rel:someone else read as my manager")
        return out

    def evidence(self, person: int, role: str) -> tuple[int, int] | None:
        """The statement that puts a person where `role` says, if one does."""
        mine = self.managers_of(ME) - {MY_MANAGER}
        for (up, low), span in self.above.items():
            if role == "line_manager" and up == person and low == ME:
                return span
            if role == "senior_executive" and up == person and (low in mine or low == MY_MANAGER):
                return span
            if role == "team_member" and low == person and (up in mine or up == ME):
                return span
        return None


def read_relations(notes: str, people: list[Person]) -> Relations:
    """The statements of who is above whom among `people` and the candidate, anywhere in the
    notes."""
    keys = _keys(people)
    out = Relations()
    if not keys:
        return out
    # One search a line for any name's word, not one per person.
    named_here = re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))
    offset = 0
    # The person named last on the lines before: "her" on a line naming no one else.
    last: str = ""
    for line in notes.splitlines(keepends=True):
        text = line.rstrip("\r\n").replace("@", " ")
        folded = fold(text)
        if named_here.search(folded):
            written, where = _written(text, folded, keys)
            if _SAYS_ABOVE.search(folded):
                _read_line(last + written, [0] * len(last) + where, offset, out)
            named = _TOKEN.findall(written)
            last = f"@{named[-1]}. " if named else last
        offset += len(line)
    return out


def _keys(people: list[Person]) -> dict[str, int]:
    """{word of a name in lower case: the person's number}; a word two people share is no key."""
    out: dict[str, int] = {}
    shared: set[str] = set()
    for number, person in enumerate(people):
        words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", fold(person.name)) if len(w) > 1]
        words = [w for w in words if w not in _TITLES]
        for word in {words[0], words[-1]} if words else set():
            if word in out and out[word] != number:
                shared.add(word)
            out.setdefault(word, number)
    return {k: v for k, v in out.items() if k not in shared}


_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "cllr", "rev", "revd", "sister", "lady"}
)
_NAME_WORD = re.compile(r"(?<![\w@])[^\W\d_][\w-]*")


def _written(text: str, folded: str, keys: dict[str, int]) -> tuple[str, list[int]]:
    """The line with each person's name written as "@<number>" (a full name once), and for each
    character of it the offset in the line it came from."""
    parts: list[str] = []
    where: list[int] = []
    last = 0
    previous: tuple[int, int] | None = None  # (person, end) of the name just written
    for match in _NAME_WORD.finditer(folded):
        word = match.group()
        person = keys.get(word)
        start, end = match.span()
        # "Will", "Grace", "Hope": a name that is also an ordinary word is a name in capitals.
        if person is None or (is_common(word) and not text[start].isupper()):
            continue
        token = f"@{person}"
        if previous and previous[0] == person and folded[previous[1] : start].strip(" .") == "":
            # "Dana Kim": the surname after the first name is the same mention.
            last = end
            where[len(where) - len(token) + 1 :] = [end - 1] * (len(token) - 1)
            previous = (person, end)
            continue
        parts.append(folded[last:start])
        where.extend(range(last, start))
        parts.append(token)
        # The token's first character stands for the name's start, the others for its end.
        where.extend([start] + [end - 1] * (len(token) - 1))
        last = end
        previous = (person, end)
    parts.append(folded[last:])
    where.extend(range(last, len(folded)))
    return "".join(parts), where


def _read_line(written: str, where: list[int], offset: int, out: Relations) -> None:
    for pattern in _PATTERNS:
        for found in pattern.finditer(written):
            up = _resolve(found.group("up"), written, found.start(), None)
            low = _resolve(found.group("low"), written, found.start(), up)
            if up is not None and low is not None and up != low:
                _add(out, up, low, found, where, offset)
    for found in _MY_BOSS.finditer(written):
        up = _resolve(found.group("up") or found.group("up2"), written, found.start(), None)
        if up is not None and up != ME:
            _add(out, up, ME, found, where, offset)
    for found in _POST_REPORTS.finditer(written):
        up = _resolve(found.group("up"), written, found.start(), None)
        if up is not None and up >= 0 and not _NOT_POSTS.search(found.group("post")):
            _add(out, up, POST, found, where, offset)
    for found in _ABOVE_MY_MANAGER.finditer(written):
        up = _resolve(found.group("up"), written, found.start(), None)
        if up is not None and up != ME:
            _add(out, up, MY_MANAGER, found, where, offset)


def _add(
    out: Relations, up: int, low: int, found: re.Match[str], where: list[int], offset: int
) -> None:
    start = where[found.start()] if found.start() < len(where) else 0
    end = where[found.end() - 1] + 1 if found.end() - 1 < len(where) else start
    out.above.setdefault((up, low), (offset + start, offset + end))


def _resolve(word: str, written: str, before: int, other: int | None) -> int | None:
    """The node a word of a statement stands for: a person's number, the candidate, or for a
    pronoun the person named last before the statement on its line (not the other party)."""
    word = word.rstrip("'’s") if word.startswith("@") else word
    token = _TOKEN.fullmatch(word)
    if token:
        return int(token.group(1))
    if word in _MINE:
        return ME
    if _ROLE_WORDS.match(word):
        return ME
    if word in _PERSONAL_SUBJECT or word in _PERSONAL_OBJECT:
        named = [int(t) for t in _TOKEN.findall(written[:before])]
        for person in reversed(named):
            if person != other:
                return person
    return None
