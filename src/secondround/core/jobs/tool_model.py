"""Which names an advert offers are tools: every candidate gets features, a small trained model
decides.

The rules (core/jobs/tools.py, named.py) propose names from the product lists and from the
words around them; tuned on the writers we have, they keep finding what those writers wrote.
Here every name an advert offers (capitalised runs, camel-case, names the lists know in any
case, what the rules found) is one candidate, described by its shape (a town's ending, a
body's last word, a maker and a model number), the words before and after each mention (the
word of work before "in" or "with", the noun it qualifies, what a body issues), the lists that
know it, where it sits (a title, a heading, the employer's name, a list beside other names) and
how often it is named. A logistic model, pure Python,
weighs these; its weights and threshold are learnt by `benchmarks/train_tool_model.py` from the
dev split of the readers corpus (gold `tools` positive, every other candidate negative), the
threshold chosen by leave-one-writer-out, and shipped as `data/jobs/tool_model.json`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.jobs import named
from secondround.core.jobs.data import JobsDataError, read_data
from secondround.core.text.products import find_tools, products


def _words(text: str) -> list[str]:
    return text.split()


# Each candidate's mentions: capitalised or camel-case runs (named.py's shape of a name).
_NAME = named._NAME
# Words around a mention that say something of what it is.
_CERT_AFTER = re.compile(
    r"^\s*(?:certifi\w*|certificate|licen[cs]\w*|card|qualifi\w*|accredit\w*|registration|"
    r"registered|membership|member|level \d|award|diploma|degree|exam)\b"
)
_ORG_AFTER = re.compile(
    r"^\s*(?:team|teams|department|dept|office|group|council|trust|ltd|limited|inc|llc|plc|"
    r"university|college|school|hospital|centre|center|county|city|street|road|house|park|"
    r"family|foundation|services|partners|club|hall|region|district|board)\b"
)
_ORG_BEFORE = re.compile(r"\b(?:our|at|join|with us at|about)\s*$")
_CERT_BEFORE = re.compile(
    r"\b(?:certified|certification|certificate|licen[cs]e[d]?|qualified|qualification|"
    # "Level 5 Diploma in Leadership", "a degree in Geology", "training in Makaton".
    r"diploma|degree|course|training|award|apprenticeship|nvq|btec|"
    r"registered|registration|accredited|member of|membership of|card|hold(?:s|ing)? (?:a|an|the)?)"
    r"\s*(?:in |with |by |as |from )?(?:a |an |the )?$"
)
_PERSON_BEFORE = re.compile(r"\b(?:ask for|contact|manager|to|reports? to|email|call|with)\s*$")
_CUES_BEFORE: dict[str, re.Pattern[str]] = {
    "experience": re.compile(r"\bexperience (?:with|of|in|using)\s*(?:the |a )?$"),
    "using": re.compile(r"\b(?:using|use|used|uses)\s*(?:the |our |a )?$"),
    "such_as": re.compile(r"\b(?:such as|like|e\.g\.?|including|incl\.?)\s*$"),
    "proficient": re.compile(
        r"\b(?:proficien\w*|skilled|fluent|expert\w*|competent|confident|familiar\w*|"
        r"knowledge|strong)\s*(?:in|with|of|on|using)\s*$"
    ),
    "in": re.compile(r"\bin\s*(?:the |our |a )?$"),
    "on": re.compile(r"\b(?:on|onto)\s*(?:the |our |a )?$"),
    "with": re.compile(r"\bwith\s*(?:the |our |a )?$"),
    "our": re.compile(r"\bour\s*$"),
    "paren": re.compile(r"\(\s*$"),
    "colon": re.compile(r":\s*$"),
}
# The employer's own named system ("our own crew app, SunCrew", "NEworks, the department's
# benefits system"): the hire will use it, but it is no product anyone else knows.
_OWN_BEFORE = re.compile(
    r"\b(?:our own|our in-house|in-house|home-grown|our bespoke|bespoke|internal)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:system|app|platform|tool|software|portal|database)s?,?\s*)?$"
)
_OWN_AFTER = re.compile(
    r"^,?\s+(?:the|our)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:system|app|platform|database|portal|tool)\b|^\s+is our own\b"
)
# A standard, a test or a scheme is named before what it sets: "SOC 2 controls", "the ParaPro
# assessment", "PHMSA Part 192 rules", "CDL Class B training".
_STANDARD_AFTER = re.compile(
    r"^\s*(?:compliance|compliant|standards?|regulations?|requirements?|framework|guidelines?|"
    r"assessments?|exams?|examinations?|route|courses?|programmes?|programs?|schemes?|"
    r"initiatives?|policy|policies|clearance|endorsement|accredited)\b"
)
# Credentials and rules written into the name: "Network+", "CDL Class B", "Part 192", "Level 3".
_CREDENTIAL = re.compile(r"(?<!\+)\+$|\b(?:Class [A-Z0-9]|Part \d+|Level \d|Grade \d|Tier \d)\b")
# How people reach the employer: "message me on Facebook", "send CV on WhatsApp", "Text Travis".
_CONTACT_BEFORE = re.compile(
    r"\b(?:message|text|call|ring|email|e-mail|dm|contact|apply|find|follow|reach|"
    r"send (?:your |a |an |us )?(?:cv|resume|résumé|cover letter|application|details)"
    r"(?: to us| to me)?)(?: (?:me|us))?(?: (?:on|via|at|through|in))?\s*$"
)
# Where a place goes: "our ward in Selby", "from Bielefeld", "offices across Leeds".
_PLACE_BEFORE = re.compile(
    r"\b(?:ward|wards|unit|site|sites|store|stores|shop|office|offices|depot|branch|based|"
    r"located|near|outside|from|across|around|north of|south of|east of|west of|town of|"
    r"city of|village of|club|hospital|clinic|school|campus|area|moved to|live in|lives in|"
    r"drive to|travel to|visits? to|headquartered in)\s*(?:in |at |near |on |of )?"
    r"(?:the |our |central |greater |rural |north |south |east |west )?$"
)
# The last word of a place, a building or a body ("Dan River", "Fashion Square", "Long Mynd"
# has none); and a general kind of system written in capitals ("Case Management System").
_PLACE_HEADS = frozenset(
    _words(
        "river street road lane avenue park square hill hills valley lake mountain mountains "
        "bay forest moor fen dale vale heath green bridge point harbour harbor estate county "
        "borough hospital university college school academy centre center way close drive "
        "crescent island islands coast shore canal field fields ave st rd blvd ln hwy highway "
        "pkwy parkway basin gorge peninsula reservoir marsh plains range wetlands"
    )
)
# The last word of a public body's or an organisation's name: "HM Land Registry", "Forest
# Service", "Health Research Authority", "Leeds Teaching Hospitals Trust".
_BODY_HEADS = frozenset(
    _words(
        "trust council authority agency service department registry board commission office "
        "institute association society federation union ombudsman regulator tribunal court "
        "police constabulary ministry bureau administration executive inspectorate partnership "
        "foundation charity church parish district region province state territory reserve"
    )
)
_STATE_CODES = frozenset(
    _words(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
    )
)
# How English place names end ("Nailsworth", "Stonehaven", "Peterhead", "Selby", "Kenilworth",
# "Hartford"): a capitalised word no dictionary knows that ends so is more often a town than a
# product. One feature among others, learnt from the dev adverts.
_TOPONYM = re.compile(
    r"(?:ton|ham|by|ford|field|bury|borough|brough|wick|mouth|chester|caster|cester|ley|stead|"
    r"minster|port|bridge|burgh|pool|well|dale|worth|haven|head|thorpe|combe|shire|hurst|"
    r"mere|holme|wich|thwaite|cliffe|ness|ville|burg|boro)$"
)
# After a name, what a body, a scheme or a register is named before: "NHBC stages", "HRA
# guidance", "an AccessNI check", "WorkSafeNB claims", "HM Land Registry applications".
_BODY_AFTER = re.compile(
    r"^\s*(?:guidance|checks?|claims?|applications?|stages?|campaigns?|vetting|inspections?|"
    r"approvals?|funding|grants?|referrals?|ratings?|rulings?|filings?|submissions?|"
    r"regulated|registered|approved|funded|rated|ranked|listed)\b"
)
# After a name, a kind of software in the plural: the name is a kind too ("CAT tools", "CLM
# tools", "eDisclosure platforms"), where a product is named before one ("the Kronos system").
_KINDS_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:tools|systems|platforms|solutions|suites|packages|applications|apps)\b"
)
_GENERIC_HEADS = frozenset(
    _words(
        "system systems management platform software portal database register record records "
        "tool tools template framework scheme initiative programme program policy service "
        "services module suite solution solutions application applications network"
    )
)
_CALENDAR = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday"
    )
)
# Kit a person runs, sets up, services or carries: "run the Hobart", "program Alaris pumps",
# "Service and repair Siemens Gamesa…", "with a Fluke 1738", "a handheld Zebra TC52".
_OPERATE_BEFORE = re.compile(
    r"\b(?:run|runs|running|set up and run|operate|operates|operating|drive|drives|driving|"
    r"service|servicing|repair|repairing|service and repair|program|programme|calibrate|"
    r"calibrating|maintain|maintaining|troubleshoot|troubleshooting|configure|configuring|"
    r"administer|administering|deploy|deploying|build|building|scripting|script|query|"
    r"querying|write|writing)\s+(?:(?:the|our|a|an|one of our|two|our own|your own)\s+)?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][a-z-]+\s+)?$")
_LOWER = re.compile(r"(?<![\w@.#/&'’-])[a-z0-9][a-z0-9]*(?:-[a-z]+)?[a-z](?![\w@#/&'’-])")
# Context features that mean most together with the name's shape.
_CROSSED = ("before:strong", "before:record", "before:usual", "before:in", "before:on",
            "before:with", "before:such_as", "before:using", "before:experience", "list:beside",
            "list:head_strong", "list:head_record", "list:with_known", "opens", "after:product",
            "after:wanted", "rule", "list:known", "bullet", "after:noun", "after:item_end",
            "after:org", "before:operate", "before:article", "before:place", "before:own",
            "after:own", "after:standard", "after:body")  # fmt: skip
_SHAPES = (
    "shape:toponym",
    "dict:proper",
    "shape:plain",
    "shape:acronym",
    "shape:lower",
    "shape:distinctive",
    "shape:other",
)


# Shapes and contexts that make a name no product whatever else is around it: a date ("January
# Saturday"), a credential ("Network+", "CDL Class B"), a standard or a test named before what
# it sets ("SOC 2 controls", "the ParaPro assessment"), the employer's own named system
# ("NEworks, the department's benefits system"), a kind of system written in capitals
# ("Case Management System") and an acronym the advert spells out ("Health Research Authority
# (HRA)"). A name the product lists know is spared.
VETOES = frozenset(
    {
        "shape:calendar",
        "shape:credential",
        "after:standard",
        "after:own",
        "shape:generic",
        "acronym:defined",
    }
)


@dataclass(frozen=True)
class Candidate:
    """One name an advert offers: where it is first named and what describes it."""

    name: str
    start: int
    end: int
    features: frozenset[str]

    @property
    def vetoed(self) -> bool:
        """Whether its shape or context rules it out (VETOES), unless a list knows it."""
        return "list:known" not in self.features and not self.features.isdisjoint(VETOES)


@dataclass(frozen=True)
class ToolModel:
    """Logistic weights over candidate features and the threshold a tool must reach."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: frozenset[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def tool_model() -> ToolModel:
    """The shipped model (data/jobs/tool_model.json), checked as it loads."""
    try:
        data = json.loads(read_data("tool_model.json"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        model = ToolModel(float(data["bias"]), weights, float(data["threshold"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise JobsDataError(f"tool_model.json is malformed: {exc}") from exc
    if not 0.0 < model.threshold < 1.0:
        raise JobsDataError("tool_model.json: the threshold must lie between 0 and 1.")
    return model


def candidates(
    text: str, found: list[tuple[int, str]], header: set[str], own: frozenset[str]
) -> list[Candidate]:
    """Every name the advert offers, once each (case folded), with the features of all its
    mentions together. `found` are the (offset, name) the rules accepted, `header` the words of
    the advert's title lines and `own` the names of data/jobs/tools.txt."""
    mentions: list[tuple[int, int, str]] = []
    for match in _NAME.finditer(text):
        name = named._trim(match.group())
        if not name:
            continue
        mentions.append(named._without_opening_verb(text, match.start(), name))
    exact, folded, _ = products()
    known = {n.lower() for n in exact} | set(folded) | {n.lower() for n in own}
    # "Strong Python", "Advanced Excel": the product, without the ordinary words before it.
    mentions = [_without_plain_opening(m, known) for m in mentions]
    # Names the lists know in any case ("dbt", "sql"), line by line.
    for line in re.finditer(r"[^\n]+", text):
        cursor = 0
        for name in find_tools(line.group()):
            at = line.group().find(name, cursor)
            if at < 0:
                continue
            cursor = at + len(name)
            mentions.append((line.start() + at, line.start() + at + len(name), name))
    # Lower-case names no dictionary knows ("exocad", "7shifts", "scikit-learn").
    for match in _LOWER.finditer(text):
        if not named.is_plain_word(match.group()) and any(c.isalpha() for c in match.group()):
            mentions.append((match.start(), match.end(), match.group()))
    ruled = {n.lower() for _, n in found}
    mentions.extend((at, at + len(n), n) for at, n in found)
    employer = named.employer_names(text)
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    spans = _Spans(sorted({(s, e) for s, e, _ in mentions}))
    by_name: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, name in mentions:
        if len(name) < 2 and name != "R":
            continue
        if named.is_not_tool(name):
            continue
        by_name.setdefault(name.lower(), []).append((start, end, name))
    out: list[Candidate] = []
    lowered = text.lower()
    defined = _defined_acronyms(text)
    for low, seen in by_name.items():
        seen = sorted(set(seen))
        start, end, name = seen[0]
        feats: set[str] = set()
        feats.update(_shape(name))
        feats.add(f"n:{_count(lowered, low)}")
        if low in ruled:
            feats.add("rule")
        if low in known:
            feats.add("list:known")
        elif any(w.lower() in known for w in name.split() if len(w) > 2):
            feats.add("list:part")
        proper = _proper_nouns()
        if all(w in proper for w in name.split()):
            feats.add("dict:proper")
        elif any(w in proper for w in name.split()):
            feats.add("dict:part_proper")
        parts = name.split()
        # A first name and a surname: "Grace Otieno", "ask for Dawn Hale"; not a maker and its
        # product ("with Microsoft Intune").
        if (
            len(parts) == 2
            and parts[0] in proper
            and not named.is_distinctive(name)
            and parts[0].lower() not in _makers()
        ):
            feats.add("person_shape")
        # An acronym the advert spells out ("Health Research Authority (HRA)") is a body, a
        # scheme or a kind of thing: products are seldom introduced so.
        if low in defined:
            feats.add("acronym:defined")
            if not _BODY_HEADS.isdisjoint(defined[low].split()):
                feats.add("acronym:body")
        words = {w.lower() for w in name.split()}
        if words & employer:
            feats.add("employer")
        if set(name.split()) & header:
            feats.add("header")
        if name in first_line:
            feats.add("title")
        for s, e, _ in seen:
            feats.update(_context(text, s, e, spans, known))
        # A person's name where people are named ("working with Grace Otieno", "ask for Dawn")
        # is nobody's product, whatever else is around it.
        person = "person_shape" in feats or ("dict:proper" in feats and len(parts) == 1)
        # Not after "experience with", where products go: "Experience with Microsoft Intune".
        strong = "before:strong" in feats or "before:experience" in feats
        if person and "before:person" in feats and not strong and low not in known:
            continue
        shapes = [f for f in _SHAPES if f in feats] or ["shape:other"]
        feats.update(f"{shapes[0]}&{f}" for f in _CROSSED if f in feats)
        out.append(Candidate(name, start, end, frozenset(feats)))
    return out


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "in", "&", "to"})


def _defined_acronyms(text: str) -> dict[str, str]:
    """Each acronym the text spells out before it ("Health Research Authority (HRA)"), lower
    case, with what it stands for; only when its capitals are the initials."""
    out: dict[str, str] = {}
    for match in _PAREN_ACRONYM.finditer(text):
        acronym = match.group(1)
        letters = [c.lower() for c in acronym if c.isupper()]
        words = re.findall(r"[\w'’&-]+", text[max(0, match.start() - 90) : match.start()])
        spelled: list[str] = []
        initials: list[str] = []
        for word in reversed(words):
            if word[:1].isupper():
                # A word in capitals gives all its letters: "UK Research Integrity Office".
                initials[:0] = (
                    [c.lower() for c in word if c.isupper()]
                    if word.isupper()
                    else [word[0].lower()]
                )
            elif not (spelled and word.lower() in _CONNECTORS):
                break
            spelled.insert(0, word)
            if len(initials) >= len(letters):
                break
        if len(letters) >= 2 and initials == letters:
            out[acronym.lower()] = " ".join(spelled).lower()
    return out


@lru_cache(maxsize=1)
def _makers() -> frozenset[str]:
    """First words of five or more multi-word product names ("Microsoft", "Oracle", "Siemens")."""
    exact, folded, _ = products()
    counts: dict[str, int] = {}
    for name in (*exact, *folded):
        words = name.split()
        if len(words) > 1:
            counts[words[0].lower()] = counts.get(words[0].lower(), 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 5)


def _without_plain_opening(mention: tuple[int, int, str], known: set[str]) -> tuple[int, int, str]:
    _, end, name = mention
    words = name.split(" ")
    for cut in range(1, len(words)):
        rest = " ".join(words[cut:])
        if not named.is_plain_word(" ".join(words[:cut])):
            break
        if rest.lower() in known:
            return (end - len(rest), end, rest)
    return mention


def _shape(name: str) -> set[str]:
    words = name.split()
    feats = {f"words:{min(len(words), 3)}"}
    if named._ACRONYM.match(name):
        feats.add("shape:acronym")
    if named.is_product_shaped(name):
        feats.add("shape:product")
    if named.is_distinctive(name):
        feats.add("shape:distinctive")
    if any(c.isdigit() for c in name):
        feats.add("shape:digit")
    if words[-1][:1].isdigit():
        feats.add("shape:version")
    if name.islower():
        feats.add("shape:lower")
    if named.is_plain_word(name):
        feats.add("shape:plain")
    elif any(named.is_plain_word(w) for w in words) and len(words) > 1:
        feats.add("shape:part_plain")
    if "-" in name or "/" in name:
        feats.add("shape:joined")
    if len(name) <= 3:
        feats.add("shape:short")
    if _CREDENTIAL.search(name):
        feats.add("shape:credential")
    lows = [w.lower() for w in words]
    if len(words) > 1 and lows[-1] in _PLACE_HEADS:
        feats.add("shape:place_head")
    # A town and its state: "Toledo OH", "Bend OR".
    if len(words) > 1 and words[-1] in _STATE_CODES:
        feats.add("shape:place_head")
    if len(words) > 1 and lows[-1] in _BODY_HEADS:
        feats.add("shape:body_head")
    last = words[-1]
    if (
        last[1:].islower()
        and last[:1].isupper()
        and _TOPONYM.search(lows[-1])
        and not named.is_plain_word(last)
    ):
        feats.add("shape:toponym")
    if len(words) > 1 and lows[-1] in _GENERIC_HEADS and all(named.is_plain_word(w) for w in words):
        feats.add("shape:generic")
    if any(w in _CALENDAR for w in lows):
        feats.add("shape:calendar")
    # A maker then a model: "Fluke 1738", "Zebra TC52", "Olympus 38DL PLUS", "John Deere 1270G".
    if (
        len(words) > 1
        and not named._ACRONYM.match(words[0])
        and any(any(c.isdigit() for c in w) for w in words[1:])
        and "shape:credential" not in feats
    ):
        feats.add("shape:model")
    return feats


def _count(text: str, name: str, most: int = 3) -> int:
    """How often `name` stands as whole words in `text` (both lower case), up to `most`."""
    count, at = 0, text.find(name)
    while at >= 0 and count < most:
        after = at + len(name)
        if (at == 0 or (not text[at - 1].isalnum() and text[at - 1] != "_")) and (
            after >= len(text) or (not text[after].isalnum() and text[after] != "_")
        ):
            count += 1
        at = text.find(name, at + 1)
    return count


class _Spans:
    """Every mention's span, indexed by where it ends and where it starts."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.ends: dict[int, int] = {}
        self.starts: dict[int, int] = {}
        for s, e in spans:
            self.ends[e] = min(s, self.ends.get(e, s))
            self.starts[s] = max(e, self.starts.get(s, e))


_NOUN_AFTER = re.compile(r"^ (?!and\b|or\b|to\b|for\b|is\b|are\b)([a-z]+?)(?:es|s)?\b")
_LED_BY = re.compile(
    r"\b([a-z][a-z-]+?)(?:s|es)? (?:in|on|into|onto|through|via|with|using|from)\s+"
    r"(?:the |our |a |an )?$"
)


def _rest_of_line(text: str, at: int, size: int) -> str:
    """Up to `size` characters of `text` from `at`, lower case, not past the end of the line."""
    piece = text[at : at + size]
    cut = piece.find("\n")
    return (piece if cut < 0 else piece[:cut]).lower()


def _context(text: str, start: int, end: int, spans: _Spans, known: set[str]) -> set[str]:
    before = text[max(0, start - 45) : start].lower()
    # What follows on the same line: a heading under a list ("…and Veeva CRM\n\nRequirements")
    # says nothing of the list's last name.
    after = _rest_of_line(text, end, 30)
    feats: set[str] = set()
    opens = named._SENTENCE_START.search(text[max(0, start - 6) : start]) is not None
    if opens:
        feats.add("opens")
    if re.search(r"(?:^|\n)[ \t]*[-*•·–][ \t]*$", text[max(0, start - 8) : start]):
        feats.add("bullet")
    for label, pattern in (
        ("strong", named._STRONG_BEFORE),
        ("record", named._RECORD_BEFORE),
        ("usual", named._BEFORE),
        ("weak", named._WEAK_BEFORE),
        ("acronym_use", named._ACRONYM_BEFORE),
        ("org", _ORG_BEFORE),
        ("cert", _CERT_BEFORE),
        ("person", _PERSON_BEFORE),
        ("own", _OWN_BEFORE),
        ("contact", _CONTACT_BEFORE),
        ("place", _PLACE_BEFORE),
        ("operate", _OPERATE_BEFORE),
        ("article", _ARTICLE_BEFORE),
    ):
        if pattern.search(before):
            feats.add(f"before:{label}")
    # The word of work before "in", "on", "with"…: "case files in X", "costs in X", "returns in
    # X", "devices with X" go with systems, "a reader in X", "rows in X" with towns.
    led = _LED_BY.search(before)
    if led:
        feats.add(f"led:{led.group(1)}")
    for label, pattern in _CUES_BEFORE.items():
        if pattern.search(before):
            feats.add(f"before:{label}")
    for label, pattern in (
        ("product", named._AFTER),
        ("wanted", named._WANTED_AFTER),
        ("scheme", named._SCHEME_AFTER),
        ("place", named._PLACE_AFTER),
        ("cert", _CERT_AFTER),
        ("org", _ORG_AFTER),
        ("standard", _STANDARD_AFTER),
        ("body", _BODY_AFTER),
        ("kinds", _KINDS_AFTER),
    ):
        if pattern.match(after):
            feats.add(f"after:{label}")
    if _OWN_AFTER.match(_rest_of_line(text, end, 60)):
        feats.add("after:own")
    # Qualifying a noun ("Finance teams", "Excel skills"), or ending a list item ("…and Rust.").
    noun = _NOUN_AFTER.match(after)
    if noun:
        feats.add("after:noun")
        # What the name qualifies: "Zebra handhelds", "SolarEdge inverters" are kit; "Finance
        # teams", "HRA guidance" are not.
        feats.add(f"qualifies:{noun.group(1)}")
    elif named._LIST_END.match(text[end : end + 8]):
        feats.add("after:item_end")
    if after.startswith("'s") or after.startswith("’s"):
        feats.add("after:possessive")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(line.split()) <= 5 and line.endswith(":"):
        feats.add("heading")
    if line.strip(" -*•·–:.") == text[start:end]:
        feats.add("whole_line")
    # Beside another name in a list ("Xero, Sage or QuickBooks"); the list's first name's
    # context is the list's: "experience with Mazak, Okuma and DMG MORI".
    head, size, members = _list_around(text, start, end, spans, known, feats)
    if size >= 3:
        feats.add("list:3+")
    if any(text[s:e].lower() in known for s, e in members):
        feats.add("list:with_known")
    # A list of standards ends in what they set: "PCI DSS and SOC 2 controls".
    last = max((e for _, e in members), default=end)
    tail = _rest_of_line(text, last, 30)
    if last > end and _STANDARD_AFTER.match(tail):
        feats.add("after:standard")
    # And bodies before what they issue: "HRA and UKRIO guidance".
    if last > end and _BODY_AFTER.match(tail):
        feats.add("after:body")
    if head != start:
        head_before = text[max(0, head - 45) : head].lower()
        if named._STRONG_BEFORE.search(head_before) or _CUES_BEFORE["such_as"].search(head_before):
            feats.add("list:head_strong")
        if named._RECORD_BEFORE.search(head_before) or named._BEFORE.search(head_before):
            feats.add("list:head_record")
    return feats


def _list_around(
    text: str,
    start: int,
    end: int,
    spans: _Spans,
    known: set[str],
    feats: set[str],
) -> tuple[int, int, list[tuple[int, int]]]:
    """The start of the list this mention is in, how many names it holds and their spans."""
    ends, starts = spans.ends, spans.starts

    def joined(gap: str) -> bool:
        return len(gap) <= 7 and named._JOIN.match(gap) is not None

    head, size = start, 1
    # A list joint is at most 7 characters: only names ending or starting that near are looked at.
    for e in range(max(0, start - 7), start + 1):
        if e in ends and joined(text[e:start]):
            feats.add("list:beside")
            if text[ends[e] : e].lower() in known:
                feats.add("list:beside_known")
    for s in range(end, end + 8):
        if s in starts and joined(text[end:s]):
            feats.add("list:beside")
            if text[s : starts[s]].lower() in known:
                feats.add("list:beside_known")
    # Walk left, then right, along names joined by commas, "and", "or" and slashes.
    members: list[tuple[int, int]] = []
    s0 = start
    for _ in range(12):
        left = [e for e in range(max(0, s0 - 7), s0 + 1) if e in ends and joined(text[e:s0])]
        if not left:
            break
        e = max(left)
        members.append((ends[e], e))
        s0 = ends[e]
        head, size = s0, size + 1
    e0 = end
    for _ in range(12):
        right = [s for s in range(e0, e0 + 8) if s in starts and joined(text[e0:s])]
        if not right:
            break
        s = min(right)
        members.append((s, starts[s]))
        e0 = starts[s]
        size += 1
    return head, size, members


@lru_cache(maxsize=1)
def _proper_nouns() -> frozenset[str]:
    from secondround.core.text.lines import list_lines

    return frozenset(list_lines(read_data("proper_nouns.txt")))
