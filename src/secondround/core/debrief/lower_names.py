"""Names typed in lower case ("w/ priya (would be my mgr)", "the GM, pat", "mrs okafor").

Hurried notes drop capitals, so a name is told by its place and its word: a word that is no
ordinary English word (data/debrief/common_words.txt, from O*NET's descriptions), no stopword and
no note-taking word, sitting where only a person sits: before a bracket ("priya (..."), after a
person cue ("w/ ", "called "), before one ("from sales", "who's leaving", " said"), beside a role
("CFO donna hale", "lisa chen, asst controller"), after a title ("mrs", "dr."), or in a list with
another such name ("jen + omar"). A second word joins the first as a surname ("grace otieno").
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.debrief.data import people_cues, read_data
from secondround.core.jobs.data import job_titles
from secondround.core.text.products import products
from secondround.core.text.words import word_list

# Letters of lower-case words, accented ones too: "chloé", "sebastián", "sinéad".
_WORD = re.compile(
    r"(?<![\w'’@./#&+-])[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*[a-zß-öø-ÿ]"
    r"|(?<![\w'’@./#&+-])[a-z](?=[\s,)]|$)"
)
# "cllr jenkins", "revd mary clough" too; not "rev" or "lady", ordinary words in lower case.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "cllr", "revd"})
_AFTER = re.compile(r"^\s*(?:\((?!\s*\d)|from\b|who\b|who['’]s\b|=)")
# Before a lower-case name, only words that take a person ("from" and "and" take places too).
_BEFORE = re.compile(
    r"(?:\b(?:w/|with|met|meet|called|named|by|cc|ask|asked|thank|thanks|email|emailed|"
    r"spoke (?:to|with)|talked (?:to|with)|intro(?:duced)? to|replacing|incl|including|"
    # A role noun right before the name: "HR person jen", "the exec editor, dwight".
    r"(?:person|guy|lady|woman|man|someone|producer|editor|mgr|manager|director|lead|head|"
    r"officer|owner|partner|deputy|supervisor|coordinator|coord|recruiter|engineer|eng|"
    r"designer|analyst|nurse|teacher|chef|tech|technician|boss|member|worker|prac|"
    r"practitioner|assistant|advisor|adviser|consultant|specialist|administrator|keeper|"
    r"physician|reporter|developer|dev|son|daughter|wife|husband|brother|sister)s?)\s*,?|"
    # "site mgr = ryan", "owner = tiff", "hr: ola": a role word, then "=" or ":".
    r"\b(?:mgr|manager|boss|owner|hr|lead|head|supervisor|director|pi|gm|md|ceo|recruiter|"
    r"interviewer|panel)\s*[=:]|"
    # "VP CS (marcus)", "someone from HR (helen?)": a name alone in brackets.
    r"\(|"
    r"^\s*(?:panel|interviewers?|people)\s*:)\s*:?\s*$"
)
# A role after a lower-case name needs a mark between them: "lisa chen, asst controller",
# "sarah = head nurse"; in "ironwood hr" the first word names a company or place.
_ROLE_AFTER = re.compile(r"^\s*(?:[(,=:\-–—]|(?:is|was|who|from|the)\b)")
_CONTRACTION = re.compile(r"['’](?:d|ll|s|re|ve|m|t)$")
# Endings of English words, never of names: "sanitised", "anticoagulated", "onboarding".
_WORD_ENDING = re.compile(r"(?:is|iz|at)(?:ed|ing)$|(?:ness|ment|tion|sion)s?$")
# No vowel, no name: "ngl", "pdf", "lvl".
_NO_VOWEL = re.compile(r"^[^aeiouy]+$")
_JOIN = re.compile(r"^\s*(?:\+|&|and|,)\s*$")
_WINDOW = 60


def lower_case_names(line: str, folded: str) -> list[tuple[int, int, str]]:
    """(start, end, name in normal capitals) for each lower-case name in one line of notes."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        span = _honorific(line, words, i) if word in _HONORIFICS else None
        if span is not None:
            runs.append(span[:2])
            i = span[2]
            continue
        if not _name_like(word):
            i += 1
            continue
        j = i + 1
        if j < len(words) and line[end : words[j][0]] == " " and _surname(words[j]):
            end = words[j][1]
            j += 1
        runs.append((start, end))
        i = j
    kept = [_placed(line, folded, *run) for run in runs]
    # "jen + omar", "andrew + fiona pritchard": a name listed beside a name is one too. One sweep
    # each way carries it along a list, in time linear in the names.
    for order in (range(1, len(runs)), range(len(runs) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            if kept[j] and not kept[i]:
                a, b = sorted((runs[i], runs[j]))
                kept[i] = _JOIN.match(line[a[1] : b[0]]) is not None
    return [(s, e, _capitalised(line[s:e])) for (s, e), k in zip(runs, kept, strict=True) if k]


def _honorific(line: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, int, int] | None:
    """(start, end, next word index) of "mrs okafor", "dr. ellen shaw"; None if no name follows."""
    start, end, _ = words[i]
    j = i + 1
    last = end
    while j < len(words) and j - i <= 2:
        gap = line[last : words[j][0]]
        if gap.strip(". ") or len(gap) > 2 or words[j][2] in _stopwords():
            break
        # "mr dunmore watched": the first word is the name; a second must look like one too.
        if j > i + 1 and not _surname(words[j]):
            break
        last = words[j][1]
        j += 1
    return (start, last, j) if j > i + 1 else None


def _surname(word: tuple[int, int, str]) -> bool:
    # A single letter ("karen w") or a word that is no ordinary word ("otieno").
    return (len(word[2]) == 1 and word[2] not in "ai") or _name_like(word[2])


def _placed(line: str, folded: str, start: int, end: int) -> bool:
    """Whether the words at start:end sit where a person's name sits."""
    cues = people_cues()
    before = folded[max(0, start - _WINDOW) : start]
    after = folded[end : end + _WINDOW]
    if line[start:end].split()[0] in _HONORIFICS:
        return True
    if before.endswith("(") and not re.match(r"\s*\??\s*\)", after):
        before = ""
    if _AFTER.match(after) or cues.after.match(after) or _BEFORE.search(before):
        return True
    if any(p.search(before) for p in cues.roles_before.values()):
        return True
    if described_role(after) is not None:
        return True
    return bool(_ROLE_AFTER.match(after)) and any(p.match(after) for p in cues.roles_after.values())


_DESCRIPTION = re.compile(r"\s*(?:\(([^)]*)\)?|(?:[,=:\-–—]|\s(?=who\b|who['’]s\b))([^;|]*))")
# The same after a title of up to three words ("dave brennan regional dir - would be my boss",
# "ellen curator = line manager", "rick is the night supervisor = my boss"): only for a name
# already known as one, since the words could be anything.
_TITLED_DESCRIPTION = re.compile(
    r"\s*(?:(?:is|was)\s+)?(?:(?:the|a|an|our|their)\s+)?(?:[a-z0-9/&.'’-]+\s+){0,3}?"
    r"(?:\(([^)]*)\)?|(?:[,=:\-–—]|\s(?=who\b|who['’]s\b))([^;|]*))"
)


# A description that says who someone else is: "her manager is the cfo", "his boss = the md".
_SOMEONE_ELSE = re.compile(
    r"\s*(?:her|his|their|[a-z]+['’]s)\s+(?:\w+\s+)?(?:manager|mgr|boss|supervisor|director|"
    r"head|lead|partner|wife|husband|son|daughter)\s*(?:is|=|was|would be)\b"
)


def described_role(after: str, titled: bool = False) -> tuple[str, int] | None:
    """(role, end of the description) from the words describing a person right after the name:
    a bracket ("(head of maths - my line mgr)"), or what follows a comma, "=" or "who"; with
    `titled`, also after a short title ("regional dir - would be my boss")."""
    found = (_TITLED_DESCRIPTION if titled else _DESCRIPTION).match(after)
    if found is None:
        return None
    words = found.group(1) if found.group(1) is not None else found.group(2) or ""
    if _SOMEONE_ELSE.match(words):
        # "Priya - her manager is the cfo": the role is her manager's, not Priya's.
        return None
    for role, pattern in people_cues().described:
        if pattern.search(words):
            return role, found.end()
    return None


def is_common(word: str) -> bool:
    """Whether a lower-case word is an ordinary English word (so not a name on its own)."""
    return word in _common() or word in _not_names()


def is_word(word: str) -> bool:
    """Whether a lower-case word is an English word at all, names that are words too included
    ("strong", "mark")."""
    return word in _common() or word in _name_words() or word in _not_names()


def is_job_word(word: str, names_too: bool = False) -> bool:
    """Whether a lower-case word ends a job's title ("planner", "dispenser", "sommelier"); with
    `names_too`, also a job's word that is a name as well ("baker", "mason")."""
    words = _job_words_and_names() if names_too else _job_words()
    return word in words or (word.endswith("s") and word[:-1] in words)


def is_name_word(word: str) -> bool:
    """Whether a lower-case word is also a name ("grace", "mark", "rose")."""
    return word in _name_words()


@lru_cache(maxsize=8192)
def _name_like(word: str) -> bool:
    return (
        len(word) >= 2
        and not _CONTRACTION.search(word)
        and not _WORD_ENDING.search(word)
        and not _NO_VOWEL.match(word)
        # "mon-fri", "take-home": a word joined to an ordinary word is no name.
        and not ("-" in word and any(_ordinary(part) for part in word.split("-")))
        and word not in _stopwords()
        and word not in _not_names()
        and word not in _common()
        # "the head sommelier", "CT lead radiographer": the word a job's title ends in.
        and word not in _job_words()
        # "mgrs", "refs": the plural of a note word is no name either.
        and not (word.endswith("s") and (word[:-1] in _not_names() or word[:-1] in _common()))
        and not _is_tool(word)
    )


_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def never_a_name(word: str) -> bool:
    """Whether a capitalised word is no name whatever sits around it: a plural acronym ("KPIs",
    "GMs report to her") or a word joined to an ordinary word ("Take-home", "Co-founder")."""
    if _PLURAL_ACRONYM.match(word):
        return True
    parts = word.lower().split("-")
    return len(parts) > 1 and any(_ordinary(part) for part in parts)


def _ordinary(part: str) -> bool:
    return part in _stopwords() or part in _not_names() or part in _common()


def _is_tool(word: str) -> bool:
    _, folded, _ = products()
    return word in folded


def _capitalised(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in read_data("common_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(
        line.strip()
        for line in read_data("name_words.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _job_words() -> frozenset[str]:
    """The last words of O*NET's job titles ("sommelier", "greenkeeper"), less those that are
    also names ("baker", "mason")."""
    return _job_words_and_names() - _name_words()


@lru_cache(maxsize=1)
def _job_words_and_names() -> frozenset[str]:
    titles, _ = job_titles()
    words = {t.split()[-1] for t in titles if t.strip()}
    return frozenset(w for w in words if len(w) > 3 and w.isalpha())


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return people_cues().not_names


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))
