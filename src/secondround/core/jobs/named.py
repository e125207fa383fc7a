"""Products an advert names that no list knows ("We use Kronos for timekeeping"), and words that
look like products but are not ("reduce", "CRM", "Band 6").

A capitalised name counts as a tool when the words around it say so: "use X", "experience with
X", "knowledge of X", "records on X", "X for timekeeping", "X experience", "system (X)"; and a
name listed beside a tool ("Manhattan WMS or Blue Yonder", "in Five9 and Zendesk") is one too.
Acronyms (NMC, CCNA, OSHA) need a list that knows them: most are bodies and qualifications.
Category words, grades and qualifications (data/jobs/not_tools.txt) and ordinary English words
written in lower case are never tools. Pure Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.jobs.data import read_data

# One to four words of a name: capitalised ("Looker Studio"), camel-case ("athenaOne"), with
# digits and joiners ("SAP S/4HANA", "Uniform-Agri", "Five9", "Microsoft 365").
_PART = r"(?:[A-Z][A-Za-z0-9+#/.-]*[A-Za-z0-9+#]|[A-Z]|[a-z]+[A-Z][A-Za-z0-9]*)"
_NAME = re.compile(rf"(?<![\w@.#/&-]){_PART}(?:[ ](?:{_PART}|\d+[A-Za-z]*))*(?![\w@#/&-])")
# Words before a name that say it is a product: any capitalised name after them counts, an
# ordinary word too ("We use Birdie", "experience with Motion").
_STRONG_BEFORE = re.compile(
    r"\b(?:we use|you'?ll use|you will use|uses|using|experience (?:with|of|in|using)|"
    r"knowledge of|familiarity with|familiar with|proficiency in|proficient in|skilled in|"
    r"(?:tools?|systems?|platforms?|software|protocols?|apps?) (?:like|such as)|"
    r"run (?:everything )?on|runs on|(?:system|software|platform|tool|app|database)\s*\()"
    r"\s*(?:the |our |a )?$"
)
# Words before a name that often come before a product: a name that is no ordinary word counts.
_BEFORE = re.compile(
    r"\b(?:use|used|chart in|kept on|records on|notes on|entering data into|maps in|"
    r"reporting in|dashboards in|built (?:in|on|with)|written in|programm?(?:ing|e)? in|"
    r"services in|work(?:ing)? in|log(?:ged)? (?:\w+ )?in|track(?:ed)? (?:\w+ ){0,3}in|"
    r"orders in|such as)\s*(?:the |our |a )?$"
)
# Words before a name where places and teams go too: only a name written as a product counts.
_WEAK_BEFORE = re.compile(r"\b(?:in|into|on|from)\s*(?:the |our )?$")
_AFTER = re.compile(
    r"^\s*(?:for (?!the |a |an |our |you|example|instance)|experience\b|expertise\b|system\b|"
    r"software\b|app\b|platform\b|units\b|robots\b|aircraft\b|integrations?\b|skills\b|"
    r"(?:\w+ )?system\b)"
)
_JOIN = re.compile(r"^\s*(?:,|/|&|\band\b|\bor\b|,\s*(?:and|or)\b|\(|;)\s*(?:the |our )?$")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:•;|])\s*(?:[-*•·–]\s*)?$")
_ACRONYM = re.compile(r"^[A-Z0-9&/+-]{2,}s?$")


def context_tools(text: str, known: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, name) of each product the words around it name; `known` are spans of tools
    already found by the lists, so a name listed beside one counts too."""
    runs = [(m.start(), m.end(), _trim(m.group())) for m in _NAME.finditer(text)]
    runs = [(s, s + len(n), n) for s, _, n in runs if n]
    accepted: list[tuple[int, int, str]] = []
    for start, end, name in runs:
        if is_not_tool(name) or (len(name) < 2 and name != "R") or _ACRONYM.match(name):
            continue
        before = text[max(0, start - 45) : start].lower()
        after = text[end : end + 30].lower()
        opens = _SENTENCE_START.search(text[max(0, start - 6) : start]) is not None
        plain = is_plain_word(name)
        strong = not opens and _STRONG_BEFORE.search(before) is not None
        usual = not opens and not plain and _BEFORE.search(before) is not None
        weak = not opens and is_distinctive(name) and _WEAK_BEFORE.search(before) is not None
        # "Kronos for timekeeping", "Eaglesoft experience": not an ordinary word opening a line.
        followed = _AFTER.match(after) is not None and not is_plain_word(name.split()[0])
        if strong or usual or weak or followed:
            accepted.append((start, end, name))
    # A name listed beside a tool is a tool: "Manhattan WMS or Blue Yonder; Excel".
    taken = [*known, *((s, e) for s, e, _ in accepted)]
    changed = True
    while changed:
        changed = False
        for start, end, name in runs:
            if any(s == start for s, _, _ in accepted) or is_not_tool(name):
                continue
            if len(name.split()) < 2 and is_plain_word(name):
                continue
            if _ACRONYM.match(name) or any(s < end and start < e for s, e in known):
                continue
            beside = any(_JOIN.match(text[e:start]) or _JOIN.match(text[end:s]) for s, e in taken)
            if beside:
                accepted.append((start, end, name))
                taken.append((start, end))
                changed = True
    return [(s, n) for s, _, n in sorted(accepted)]


def is_not_tool(name: str) -> bool:
    """Category words, grades, qualifications and bodies ("CRM", "Band 6", "F-Gas", "NMC")."""
    low = name.lower()
    return low in _not_tools() or any(p.fullmatch(low) for p in _not_tool_patterns())


def is_plain_word(name: str) -> bool:
    """Whether a name as written is an ordinary English word ("reduce", "air", "Reduce")."""
    from secondround.core.debrief.lower_names import is_word

    return not is_distinctive(name) and all(is_word(w.lower()) for w in name.split())


def is_distinctive(name: str) -> bool:
    """Written as only a product is: inner capitals or digits ("SketchUp", "Five9", "athenaOne")."""
    return any(any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w) for w in name.split())


def _trim(name: str) -> str:
    """The name without a trailing plain word ("Kronos For" cannot happen; "Northgate The")."""
    words = name.split(" ")
    while words and words[-1].lower() in {"the", "and", "or", "a", "an", "of"}:
        words.pop()
    return " ".join(words).rstrip(".-/")


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    return tuple(
        line.strip()
        for line in read_data("not_tools.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _not_tools() -> frozenset[str]:
    return frozenset(line.lower() for line in _lines() if not line.startswith("re:"))


@lru_cache(maxsize=1)
def _not_tool_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line[3:].strip()) for line in _lines() if line.startswith("re:"))
