"""Products an advert names that no list knows ("We use Kronos for timekeeping"), and words that
look like products but are not ("reduce", "CRM", "Band 6").

A capitalised name counts as a tool when the words around it say so: "use X", "experience with
X", "knowledge of X", "records on X", "X for timekeeping", "X experience", "system (X)"; and a
name listed beside a tool ("Manhattan WMS or Blue Yonder", "in Five9 and Zendesk") is one too.
Where records are kept and work is booked ("logged in Beacon", "Bookings on Gingr", "Tills are
Lightspeed") any capitalised name counts, an ordinary word too, as do "X is a plus" and an
ordinary word that is an item of a list beside a tool ("Python, Go or Rust").
Acronyms (NMC, CCNA, OSHA) need a list that knows them, or "use", "write" or a record context
before them ("Write KQL queries", "Documents findings in TWIST"): most are bodies and
qualifications.
Category words, grades and qualifications (data/jobs/not_tools.txt) and ordinary English words
written in lower case are never tools. Pure Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.jobs.data import read_data

# One to four words of a name: capitalised ("Looker Studio"), camel-case ("athenaOne"), with
# digits and joiners ("SAP S/4HANA", "Uniform-Agri", "Five9", "Microsoft 365").
_L = "A-Za-z\u00c0-\u017f"
_PART = rf"(?:[A-Z][{_L}0-9+#/.-]*[{_L}0-9+#]|[A-Z]|[a-z]+[A-Z][{_L}0-9]*)"
_NAME = re.compile(
    rf"(?<![\w@.#/&-]){_PART}(?:[ ](?:{_PART}|\d+(?:[.-]\d+)*[A-Za-z]*))*(?![\w@#/&-])"
)
# Words before a name that say it is a product: any capitalised name after them counts, an
# ordinary word too ("We use Birdie", "experience with Motion").
_STRONG_BEFORE = re.compile(
    r"\b(?:we use|you'?ll use|you will use|uses|using|experience (?:with|of|in|using)|"
    r"knowledge of|familiarity with|familiar with|proficiency in|proficient in|skilled in|"
    r"strong in|fluent in|expertise in|(?:code|coding|written|programming) in|"
    r"(?:tools?|systems?|platforms?|software|protocols?|apps?) (?:like|such as)|"
    r"run (?:everything )?on|runs on|we'?re on|we are on|"
    r"(?:system|software|platform|tool|app|database|erp|crm|wms|ehr|epr|ats|hris|lms|cms)\s*\()"
    r"\s*(?:the |our |a )?$"
)
# Where records are kept and work is booked: a capitalised name after these is the system, an
# ordinary word too ("logged in Beacon", "Bookings on Gingr", "Tills are Lightspeed").
_RECORD_BEFORE = re.compile(
    r"\b(?:(?:log|logs|logged|logging|record|records|recorded|recording|document|documents|"
    r"documented|documenting|chart|charting|written up|write (?:it |them |\w+ )?up|enter|entered|"
    r"entering|booked|bookings?|tills?|register|scheduling|shifts(?: offered)?|jobs|rotas|"
    r"orders|notes|records|observations|contacts|designs?|design|roster(?:ed|ing)?|keep|keeps|kept|"
    # Work planned, posted and reported somewhere: "reports live in Arbor", "post on DAT",
    # "plan content in Later", "schedule in Sprout Social".
    r"reports|registers|tickets|dashboards|post|posts|posted|plan|planned|schedule|scheduled|"
    r"update|updates|updating|research|rebook|measure|measuring|scan|scans|"
    r"timesheets?|analy[sz]e|analy[sz]ing|(?:is|are|go|goes) (?:all )?(?:kept|done|"
    r"logged|recorded|booked|held|written up|built|managed|run|tracked))"
    r"(?:,? [\w'-]+){0,4}? (?:in|on|into|through|via|using)|"
    r"(?:till|tills|system|software|platform|hris|crm|ats|pms|pos|epos|ehr|emr|epr|lms) "
    r"(?:is|are)(?: on)?|"
    r"(?:software|system|platform|lab|tools?|kit|apps?|stack|systems used|till|epos|crm|hris|"
    r"nice to have|nice if you'?ve used|bonus points|desirable|pluses|a plus):|"
    r"comfort(?:able)? (?:with|in|on|using))"
    r"\s*(?:the |our |a |an |their |its )?(?:[\w'-]+ ){0,2}?$"
)
# Words before "in" that name a place or a team, not a piece of work.
_PLACE_WORDS = (
    "based|located|offices?|stores?|sites?|branch(?:es)?|depots?|homes?|clinics?|schools?|"
    "plants?|towns?|cities|villages?|live|living|lives|work|working|works|jobs?|roles?|"
    "career|experience|people|teams?|everyone|anyone|someone|and|or|of|is|are|be|been|"
    "degree|qualified|background|interest|interested|role|hospital|practice|warehouse|region|"
    "bases?|outdoors|indoors|life|here|there|out"
)
# Words before a name that often come before a product: a name that is no ordinary word counts.
_BEFORE = re.compile(
    r"\b(?:use|used|chart in|kept on|records on|notes on|entering data into|maps in|"
    r"reporting in|dashboards in|built (?:in|on|with)|written in|programm?(?:ing|e)? in|"
    r"services in|work(?:ing)? in|log(?:ged)? (?:\w+ )?in|track(?:ed)? (?:\w+ ){0,3}in|"
    r"orders in|such as|through|via|recorded (?:on|in)|logged on|raised on|held on|kept in|"
    r"stored in|"
    # "accounts in Investran", "dashboards live in Datadog": a word of work before "in", not a
    # place ("offices in Leeds", "based in Reading").
    rf"(?!(?:{_PLACE_WORDS})\b)\w+,? in)\s*(?:the |our |a )?$"
)
# Words before a name where places and teams go too: only a name written as a product counts.
_WEAK_BEFORE = re.compile(
    r"\b(?:in|into|on|from|with|through|via)\s*(?:the |our |a |an |two |their )?$"
)
# Words before an acronym that make it a product, not a body or a licence: "Use CAT ET", "Write
# KQL". Not "experience with", where standards go too ("Experience with DACS and EAD").
_ACRONYM_BEFORE = re.compile(
    r"\b(?:using|use|we use|write|writing|written in|coding in|"
    r"programming in|scripting in)\s*(?:our )?$"
)
# After a name, words that make it a place: "Atlanta, GA", "Leeds office".
_PLACE_AFTER = re.compile(
    r"^(?:,\s*[A-Z]{2}\b|\s+(?:flagship|office|area|region|winters?|summers?)\b)"
)
# After a name, words that make it a scheme or a standard: "PrimusGFS audits".
_SCHEME_AFTER = re.compile(
    r"^\s+(?:audits?|certification|accreditation|standards?|compliance|inspections?|rules)\b"
)
# After a name, words that say knowing it is wanted: "Helium 10 experience a plus", "Adobe After
# Effects is a plus".
_WANTED_AFTER = re.compile(
    r"^\s*(?:experience |knowledge |skills )?(?:is |are |would be |a )*(?:a )?"
    r"(?:plus|bonus|advantage|desirable|nice to have|helpful|preferred)\b"
)
_AFTER = re.compile(
    r"^\s*(?:for (?!the |a |an |our |you|example|instance|\d|one |two |three |four |five |"
    r"\w+ years)|experience\b|expertise\b|system\b|"
    r"software\b|app\b|platform\b|units\b|robots\b|aircraft\b|integrations?\b|skills\b|"
    r"(?:\w+ )?system\b)"
)
_JOIN = re.compile(r"^\s*(?:,|/|&|\band\b|\bor\b|,\s*(?:and|or)\b|\(|;)\s*(?:the |our )?$")
_LIST_END = re.compile(r"^(?:\s*(?:[,;)]|\.(?!\w)|$|\n|\band\b|\bor\b))")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:•;|])\s*(?:[-*•·–→►▪✓>]\s*)?$")
_ACRONYM = re.compile(r"^[A-Z0-9&/+-]{2,}s?$")
_CODE = re.compile(r"^(?:[A-Z0-9&/+.-]+|\d[\w/.-]*)$")
_CAMEL = re.compile(r"[a-z][A-Z]")
# A name opening a sentence and saying what it does, or after "About" or "At": the employer.
_EMPLOYER = re.compile(
    rf"(?:^|[\n.!?]\s*|\bAbout |\bAt |\bJoin )({_PART}(?: {_PART}){{0,3}})"
    # "X is a plus" is a wanted product, not the employer.
    r"(?=(?:'s)? (?:is(?! (?:a |an |)(?:plus|bonus|advantage|desirable|preferred|helpful)\b)|"
    r"are|was|operates|helps|has|have|makes|builds|powers|offers|employs|"
    r"runs|provides|supports|manages|serves|delivers|installs|places|designs)\b|\n|,)",
    re.MULTILINE,
)


def context_tools(text: str, known: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, name) of each product the words around it name; `known` are spans of tools
    already found by the lists, so a name listed beside one counts too."""
    runs = [(m.start(), m.end(), _trim(m.group())) for m in _NAME.finditer(text)]
    runs = [_without_opening_verb(text, s, n) for s, _, n in runs if n]
    accepted: list[tuple[int, int, str]] = []
    for start, end, name in runs:
        if is_not_tool(name) or (len(name) < 2 and name != "R"):
            continue
        # An acronym is a body or a licence unless the words before make it a system: "Write
        # KQL", "Documents findings in TWIST".
        near = text[max(0, start - 45) : start].lower()
        coded = _ACRONYM_BEFORE.search(near[-30:]) is not None
        if _ACRONYM.match(name) and not (coded or _RECORD_BEFORE.search(near)):
            continue
        # What follows on the same line only: a heading on the next ("Experience") is no cue.
        stop = text.find("\n", end, end + 30)
        rest = text[end : stop if stop >= 0 else end + 30]
        if _PLACE_AFTER.match(rest[:12]) or _SCHEME_AFTER.match(rest[:16]):
            continue
        before = text[max(0, start - 45) : start].lower()
        after = rest[:30].lower()
        opens = _SENTENCE_START.search(text[max(0, start - 6) : start]) is not None
        plain = is_plain_word(name)
        strong = not opens and _STRONG_BEFORE.search(before) is not None
        usual = not opens and not plain and _BEFORE.search(before) is not None
        weak = not opens and is_distinctive(name) and _WEAK_BEFORE.search(before) is not None
        # Written as only a product is, anywhere in a sentence: "eBay", "PagerDuty", "Testo 300".
        weak = weak or (not opens and is_product_shaped(name))
        # "Kronos for timekeeping", "Eaglesoft experience": not an ordinary word opening a line.
        followed = _AFTER.match(after) is not None and not is_plain_word(name.split()[0])
        # "Bookings on Gingr", "logged in Beacon": any name, not a place, a day or a month.
        record = (
            not opens
            and _RECORD_BEFORE.search(before) is not None
            and not _PLACE_AFTER.match(rest[:12])
        )
        # Qualifications, licences and languages are wanted the same way ("OSHA 30 preferred",
        # "Spanish a plus"): only a name with no code or number in it counts.
        wanted = (
            _WANTED_AFTER.match(after) is not None
            and not plain
            and not any(_CODE.match(w) or any(c.isdigit() for c in w) for w in name.split())
        )
        coded = coded and not opens and not is_plain_word(name)
        if strong or usual or weak or followed or record or wanted or coded:
            accepted.append((start, end, name))
    # A name listed beside a tool is a tool: "Manhattan WMS or Blue Yonder; Excel".
    taken = [*known, *((s, e) for s, e, _ in accepted)]
    # A list after "experience with", "using"…: its ordinary words count too ("experience with
    # Tableau and Snowplow"), as the first name of it would.
    anchored = {(s, e) for s, e in taken if _STRONG_BEFORE.search(text[max(0, s - 45) : s].lower())}
    changed = True
    while changed:
        changed = False
        for start, end, name in runs:
            if any(s == start for s, _, _ in accepted) or is_not_tool(name):
                continue
            # One letter is a label ("criteria (E)"), unless it is the language R.
            if len(name) < 2 and name != "R":
                continue
            if any(s < end and start < e for s, e in known):
                continue
            joined = [
                (s, e) for s, e in taken if _JOIN.match(text[e:start]) or _JOIN.match(text[end:s])
            ]
            if not joined:
                continue
            # An acronym joins only a list a product context opened: "We use QRDX or FHIR",
            # not "Excel; NMC".
            if _ACRONYM.match(name) and not set(joined) & anchored:
                continue
            # An ordinary word beside a tool is one only as an item of the list itself, ending
            # where the list item ends ("Salesforce and Outreach.", "Python, Go or PowerShell"),
            # not opening a sentence nor qualifying a noun ("Excel and Finance teams").
            item = _LIST_END.match(text[end : end + 8]) is not None and not _SENTENCE_START.search(
                text[max(0, start - 6) : start]
            )
            if (
                len(name.split()) < 2
                and is_plain_word(name)
                and not set(joined) & anchored
                and not item
            ):
                continue
            accepted.append((start, end, name))
            taken.append((start, end))
            if set(joined) & anchored:
                anchored.add((start, end))
            changed = True
    return [(s, n) for s, _, n in sorted(accepted)]


# Verbs of work that open a duty before the kit or the system it is done with: "Use Mindbody",
# "Operate Caterpillar 793F", "Keep Bullhorn up to date".
_OPENING_VERB_WORDS = (
    "use operate run write keep service manage maintain program update log track drive deploy "
    "configure enter record file query repair install calibrate build edit test schedule book "
    "administer troubleshoot monitor post"
)
_OPENING_VERBS = frozenset(_OPENING_VERB_WORDS.split())


def _without_opening_verb(text: str, start: int, name: str) -> tuple[int, int, str]:
    """(start, end, name), less an ordinary word opening the sentence before an acronym or a
    name written as a product, or a verb of work before any name: "Write KQL" is "KQL", "Use
    HubSpot" is "HubSpot", "Use Mindbody" is "Mindbody"; "Google Sheets" stays whole."""
    first, _, rest = name.partition(" ")
    opens = _SENTENCE_START.search(text[max(0, start - 6) : start]) is not None
    if opens and rest and is_plain_word(first):
        head = rest.split()[0]
        if _ACRONYM.match(head) or is_distinctive(head) or first.lower() in _OPENING_VERBS:
            start += len(first) + 1
            name = rest
    return (start, start + len(name), name)


def employer_names(text: str) -> set[str]:
    """Lower-cased words of the employer's own name: "About Quillpay", "SkyCrest operates…"."""
    found: set[str] = set()
    for match in _EMPLOYER.finditer(text):
        found.update(w.lower() for w in match.group(1).split())
    return found


def is_not_tool(name: str) -> bool:
    """Category words, grades, qualifications and bodies ("CRM", "Band 6", "F-Gas", "NMC")."""
    low = name.lower()
    return low in _not_tools() or any(p.fullmatch(low) for p in _not_tool_patterns())


def is_plain_word(name: str) -> bool:
    """Whether a name as written is an ordinary English word ("reduce", "air", "Reduce")."""
    from secondround.core.debrief.lower_names import is_word

    return not is_distinctive(name) and all(is_word(w.lower()) for w in name.split())


def is_product_shaped(name: str) -> bool:
    """Inner capitals after a small letter ("eBay", "OnBuy", "PagerDuty") or a model number after
    a name ("Testo 300"); not a code ("ISO 13485", "AS9100") nor a family name ("McAllister")."""
    words = name.split()
    if all(_CODE.match(w) for w in words) or words[0].startswith(("Mc", "Mac", "O'")):
        return False
    # Two capitals first ("IMechE", "RAeS") is how bodies abbreviate their names.
    if any(w[:2].isupper() for w in words):
        return False
    # "eBay", "OnBuy": a small letter then a capital, in a word that is mostly small letters
    # ("CeRER" and "eDNA" are codes).
    camel = any(
        _CAMEL.search(w) and sum(c.islower() for c in w) >= 2 and not is_not_tool(w) for w in words
    )
    model = (
        len(words) > 1
        and words[-1][:1].isdigit()
        and not _CODE.match(words[0])
        and not is_plain_word(" ".join(words[:-1]))
    )
    return camel or model


def is_distinctive(name: str) -> bool:
    """Written as only a product is: inner capitals or digits ("SketchUp", "Five9", "athenaOne")."""
    return any(any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w) for w in name.split())


def _trim(name: str) -> str:
    """The name without a trailing plain word ("Kronos For" cannot happen; "Northgate The")."""
    words = name.split(" ")
    while words and words[-1].lower() in {"the", "and", "or", "a", "an", "of"}:
        words.pop()
    # A kind of kit after the product: "Allen-Bradley ControlLogix PLCs" is "…ControlLogix".
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2,}s", words[-1]):
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
