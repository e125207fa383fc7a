"""What each clause of the notes is: a concern, a promise, a topic, a fact or the next step.

Cues in the wording (data/debrief/cues.yaml) score each kind; a heading or label above the clause
adds to its kind. The best kind wins if it scores 2 or more, ties going to the rarer, more
actionable kind (next step, promise, concern, fact, topic). A topic that also states a strong fact
("discussed pay: 55k") gives both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from secondround.core.debrief.clauses import Clause
from secondround.core.debrief.concern_model import judge as judge_concern
from secondround.core.debrief.data import Cue, cues, fold
from secondround.core.jobs.data import triggers
from secondround.core.jobs.tools import find_ad_tools
from secondround.core.text.phrases import tokens

_CONTEXT_BONUS = 2.0
_LABEL_BONUS = 3.0
_ENOUGH = 2.0
_STRONG_FACT = 3.0
_PRIORITY = ("next_round", "promises", "concerns", "facts", "topics")
# Kinds a clause keeps even when it also reads as an aside, if their cues are this strong.
_ACTIONABLE = ("next_round", "promises", "concerns")
_STRONG = 3.0
# A short fragment with no cue ("- roadmap for 2027") is most likely a subject that came up.
_FRAGMENT_WORDS = 8
_TOPIC_FRAME = re.compile(
    r"^(?:(?:we|they|i|she|he|[A-Z][a-z]+)\s+)?(?:also\s+)?(?:talked|talk|chatted|spoke|discussed|"
    r"covered|went (?:through|over)|walked (?:me )?through|touched on|"
    r"spent (?:\w+ ){0,3}?(?:time|ages|a while|long|most of it) (?:on|talking about)|"
    r"asked (?:me |loads |lots |a lot )?(?:about|abt)|focused on|deep[- ]?dive (?:into|on)|"
    r"dove into)\b\s*"
    r"(?:(?:about|abt|bout|on|re|the|a|an|my|our|their)\b)?\s*",
    re.IGNORECASE,
)
# A verb in the past tense: what the fragment tells happened, not a subject that came up.
_TOLD = re.compile(
    r"\b(?:was|were|had|did|got|kept|went|came|ate|fell|took|made|drove|saw|sat|said|felt|"
    r"[a-z]{3,}(?<!need)(?<!speed)(?<!feed)(?<!seed)(?<!breed)(?<!shed)ed)\b"
)
_LEADING_ARTICLE = re.compile(r"^(?:about|abt|on|re:?|the|a|an)\s+", re.IGNORECASE)
_ARROW = re.compile(r"\s*(?:->|=>|→|⇒)\s*")
_REPORTED = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z]+)\s+(?:said|says|mentioned|told me|explained)|apparently|"
    r"i learn(?:ed|t)|found out|fyi|nb)\s*(?:that\s+)?[:,-]?\s*",
    re.IGNORECASE,
)
_PROMISE_FRAME = re.compile(
    r"^(?:i\s+)?(?:promised|offered|agreed|committed|said i'?d|said i would|i'?ll|i will|i'?d|"
    r"need to|must|have to|should|remember to|don'?t forget to)\s+(?:to\s+)?",
    re.IGNORECASE,
)
# A clause that opens with the candidate's own commitment: "i'll send", "need to bring", "said i'd".
_OWN_PROMISE = re.compile(
    r"^(?:also\s+)?(?:i\s+)?(?:promised|said i'?d|said i would|i'?ll|i will|will|gonna|need to|"
    r"must|have to|remember to|told (?:them|her|him) i'?d)\b",
    re.IGNORECASE,
)
# Lines about the interview itself or the candidate's mood, not a subject discussed.
_META = re.compile(
    r"\b(?:1st|first|2nd|second|3rd|third|final|next) (?:round|interview|stage)\b|"
    r"\b(?:round|interview) \d\b|\binterview notes\b|^notes\b|"
    r"^\d+\s*(?:mins?|minutes|hours?|hrs?)$|"
    r"\bwent (?:ok|okay|well|badly|fine|great|alright|really)\b|\bi (?:think|felt|feel)\b|"
    r"^(?:(?:very|really|quite|v|so|super|pretty)\s+)?(?:nice|friendly|lovely|good|great|positive|"
    r"relaxed|fine|ok|okay|tough|hard|easy|awkward|intense|long|short)(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """What one clause was read as; `also_fact` when a topic also states a fact."""

    kind: str | None
    text: str
    score: float
    category: str | None = None
    competency: str | None = None
    also_fact: bool = False
    # A doubt the interviewer let go ("-> ok not a worry"): no concern here or before on the line.
    dropped: bool = False


def classify(clause: Clause) -> Reading:
    """The kind of one clause, with its text tidied for that kind."""
    folded = fold(clause.text)
    dropped = cues().dropped.search(folded) is not None
    reading = _classify(clause, folded, dropped)
    return replace(reading, dropped=True) if dropped else reading


def _classify(clause: Clause, folded: str, dropped: bool) -> Reading:
    text = clause.text
    if "people" in (clause.heading, clause.label):
        # "Interviewers: matron (Denise), band 7 (Olu)": the people reader has these.
        return Reading(None, text, 0.0)
    data = cues()
    scores = {kind: _score(data.kinds[kind], folded) for kind in data.kinds}
    category, fact_score = _fact_category(folded, text)
    scores["facts"] += fact_score
    if clause.heading in scores:
        scores[clause.heading] += _CONTEXT_BONUS
    if clause.label in scores:
        # "send: the pack, my DBS number": a label on the line itself says more than a heading.
        scores[clause.label] += _LABEL_BONUS
    if dropped or data.own_worry.search(folded):
        scores["concerns"] = 0.0
    if data.their_action.search(folded):
        if data.send.search(folded):
            scores["next_round"] += 2.0
        scores["promises"] = 0.0
    if clause.question:
        # A question they asked is a subject, or a doubt; not a fact about the job.
        scores["topics"] += _CONTEXT_BONUS
        scores["promises"] = scores["facts"] = 0.0
    if clause.answer:
        # The candidate's own answer: not something the interviewer said or the job is.
        scores["topics"] = 0.0
    if _TOPIC_FRAME.match(text) and not (
        # "iain asked about my production → he said his last op did 25 → he went quiet": what
        # they did after the arrows makes a subject raised a worry, as does the candidate's gap
        # said after it ("asked about my licence — i have A+B, not C").
        (_ARROW.search(text) or _GAP_AFTER.search(folded)) and scores["concerns"] >= _STRONG
    ):
        scores["topics"] += _CONTEXT_BONUS
    if (
        data.noise.search(folded)
        and max(scores[k] for k in _ACTIONABLE if k != "concerns" or not _asked_in_jest(folded))
        < _STRONG
        and not _fact_with_a_laugh(folded, fact_score)
    ):
        # "teams link broke lol", "went ok i think": an aside, not an item.
        return Reading(None, text, 0.0)
    kind = max(_PRIORITY, key=lambda k: (scores[k], -_PRIORITY.index(k)))
    if kind == "next_round" and scores["promises"] >= _STRONG and _OWN_PROMISE.match(text):
        # "need to bring my certificate to the 2nd stage": my promise, for the next round.
        kind = "promises"
    if (kind in ("topics", "facts") or scores[kind] < _ENOUGH) and _states_a_figure(
        clause, text, scores
    ):
        # "book of ~60 accounts", "4 on 4 off, 7-7": a figure learned, kept as a fact.
        return Reading(
            "facts", _tidy_fact(text), max(scores["facts"], _ENOUGH), category or "other"
        )
    if scores[kind] < _ENOUGH:
        if _is_fragment(text) and not clause.answer:
            return Reading("topics", _tidy_topic(text), 1.0)
        return Reading(None, text, 0.0)
    # The words after an arrow are usually the candidate's answer: evidence, not the item.
    said = _ARROW.split(text, maxsplit=1)[0] or text
    if kind == "concerns":
        return Reading(kind, worry_of(text), scores[kind], competency=concern_competency(text))
    if kind == "promises":
        return Reading(kind, _tidy_promise(said), scores[kind])
    if kind == "topics":
        also = fact_score >= _STRONG_FACT and not clause.question
        return Reading(kind, _tidy_topic(said), scores[kind], category=category, also_fact=also)
    if kind == "facts":
        return Reading(kind, _tidy_fact(text), scores[kind], category=category or "other")
    return Reading(kind, text, scores[kind])


# The candidate's gap, said after the subject they raised: "— i have A+B, not C", ", only Ford".
_GAP_AFTER = re.compile(
    r"(?:—|–| - |,|;|\.)\s*(?:i'?ve|i have|i'?m|i am|i|only|mostly|no|not)\b[^>→]{0,30}?"
    r"\b(?:only|never|not|no|mostly|barely|hardly|not much|little|haven'?t|hadn'?t|not yet)\b"
)


# The candidate's own reading of the worry after the last arrow: "-> worried i'll quit too",
# "-> thinks i'm too slow?". What follows the verb is the worry in their words.
_GUESS = re.compile(
    r"^(?:(?:so|and|i think|i reckon|think|reckon|def|definitely|pretty sure)\s+)?"
    r"(?:(?:she|he|they|[a-z]+)\s+)?(?:(?:is|was|seemed|seems|def|prob|probably|maybe|might|may)\s+)?"
    r"(?:worried|concerned|unsure|not sure|thinks?|think|didn'?t think|doesn'?t think|wants)\b"
    r"\s*(?:that|about|abt|if|whether|re)?\s*(?P<worry>.*?)[\s?!.]*$",
    re.IGNORECASE,
)


# A part that only names the worry: "-> concern", "-> job hopping worry", "-> red flag?".
_GUESS_WORDS = 6
_MARKER = re.compile(r"^[\w /-]{0,30}\b(?:worry|worries|concern|red flag|doubt)\W*$")


def only_marks(text: str) -> bool:
    """Whether a clause is only how the interviewer took something, or the candidate's guess at
    the worry, naming no doubt of its own: "she looked not satisfied", "worry.", "think he
    wasn't sure", "i think she is worried about spelling"."""
    folded = fold(text).strip()
    return bool(
        cues().reaction_loose.fullmatch(folded.rstrip(" .!"))
        or _MARKER.search(folded)
        or _GUESS.match(folded)
    )


def worry_of(text: str) -> str:
    """A concern in the words of the worry, not of the reaction that marks it.

    Of the clause's arrow-separated parts, the first that states a doubt on its own ("asked if
    i've ever managed a budget that size", "'you've never led a room?'") or else the first part;
    then, when the last part is the candidate's reading of the worry ("-> worried i'll be a
    blocker"), that reading without its verb, after a dash.
    """
    if not _ARROW.search(text):
        return text
    parts = [p for p in _ARROW.split(text) if p.strip()] or [text]
    data = cues()
    reading = ""
    if len(parts) > 1:
        last = parts[-1].strip()
        guess = _GUESS.match(last)
        if guess or (last.endswith("?") and len(last.split()) <= _GUESS_WORDS):
            # "-> worried i'll quit too", "-> wrong fit?": the candidate's reading of the worry.
            reading = (guess.group("worry") if guess else last).strip(" ?!.")
            parts = parts[:-1]
    # Reactions ("she paused", "worried?", "leadership gap worry") mark the worry; they are not it.
    said = [
        p
        for p in parts
        if not data.reaction_loose.fullmatch(fold(p).strip()) and not _MARKER.search(fold(p))
    ] or parts[:1]
    # A part the trained reading takes for only the reaction ("she wrote a note", "worry.")
    # marks the worry too; the worry is worded from the others when any is left.
    # A question that is the doubt itself ("asked if i'd done consolidations") is never only
    # the reaction, whatever the trained reading makes of it.
    said = [
        p for p in said if _ASKED_IF.search(fold(p)) or not judge_concern("marker", p).found
    ] or said
    # The doubt comes first ("i've never presented at committee -> she said 'you'd do 2 a month'
    # -> asked again"); what follows it is how they took it.
    head = _gap_after_question(said)
    if len(reading) > 2 and reading.lower() not in head.lower() and not _MARKER.search(reading):
        return f"{head} — {reading}"
    return head


# A question of theirs that only names the subject: "asked about my peds volume", "asked how i'd
# plan it". Not "asked if i've ever...", which is the doubt itself.
_ASKED_ABOUT = re.compile(
    r"^(?:[\w.'-]+\s+){0,2}?(?:also\s+|then\s+)?(?:asked|asks|ask|wanted to know|quizzed me)\s+"
    r"(?:me\s+)?(?:about|abt|how|what|for|re)\b"
)
# The candidate's own gap, said back: "mostly adults in my last job", "i've only done HPLC".
OWN_GAP = re.compile(
    r"^(?!(?:she|he|they|[a-z]{2,}) (?:said|asked|went|says|goes)\b)[^\"“]{0,40}?"
    r"\b(?:never|only|mostly|mainly|not much|little|limited|no real|hadn'?t|haven'?t|"
    r"didn'?t have|don'?t have|not yet|first time|new to)\b"
)


def _gap_after_question(parts: list[str]) -> str:
    """The first part, or the candidate's gap said after it when the first part is only their
    question naming the subject ("asked about my peds volume -> mostly adults in my last job")."""
    head = parts[0]
    if _ASKED_ABOUT.match(fold(head).strip()) and not OWN_GAP.search(fold(head)):
        gap = next((p for p in parts[1:] if OWN_GAP.search(fold(p).strip())), None)
        if gap is not None:
            return gap.strip()
    return head


def concern_competency(text: str) -> str | None:
    """The competency a concern is about, if its words name one clearly.

    What follows the worry is what it is about ("hesitant as I've never had a 25+ team"), so a
    competency named after the first concern cue wins over one named before it; then the first
    named, the longer phrase winning ("tight deadlines" is pressure, not time management).
    """
    folded = fold(text)
    worries = [m.span() for c in cues().kinds["concerns"] for m in [c.pattern.search(folded)] if m]
    cue_at = min((start for start, _ in worries), default=0)
    # Both indexes read the same words: tokenised once.
    words = tokens(text)
    hits = sorted(
        (
            h
            for h in [
                *cues().concern_competencies.find(text, words),
                *triggers().find(text, words),
            ]
            # "wasn't convinced" is the worry itself, not influence.
            if not any(h.start < e and s < h.end for s, e in worries)
        ),
        key=lambda h: (h.start, h.start - h.end),
    )
    if not hits:
        return None
    after = [h for h in hits if h.start >= cue_at]
    return str((after or hits)[0].label)


def _score(entries: tuple[Cue, ...], text: str) -> float:
    return sum(cue.weight for cue in entries if cue.pattern.search(text))


def _fact_category(folded: str, text: str) -> tuple[str | None, float]:
    best: tuple[str | None, float] = (None, 0.0)
    for category, entries in cues().facts.items():
        score = max((c.weight for c in entries if c.pattern.search(folded)), default=0.0)
        if category == "tools":
            # Words like "use" or "stack" say little without a named tool; a list of tools
            # ("Figma, Notion") says enough on its own.
            listed = score or "," in text or "+" in text
            tools = find_ad_tools(text, context=False) if listed else []
            score = score + 1.0 if score and tools else (2.0 if len(tools) > 1 else 0.0)
        if score > best[1]:
            best = (category, score)
    return best


# A laugh typed after a fact ("the target is 40 jobs a day lol") leaves it a fact.
_LAUGH = re.compile(r"\b(?:lol|lmao|haha+|ngl|bless)\b")


# A question on their side with nothing said back: "asked if i was her grandson lol bless".
_ASKED_IF = re.compile(r"\b(?:asked|ask|asks)\b (?:me )?(?:if|whether)\b")


def _asked_in_jest(folded: str) -> bool:
    """Whether a clause is a question asked in jest ("he asked if i support a rival club (i don't
    lol)"): a laugh, the question, and no arrow, reaction or gap of the candidate's after it."""
    return bool(
        _LAUGH.search(folded)
        and _ASKED_IF.search(folded)
        and not _ARROW.search(folded)
        and not cues().reaction.search(folded)
        and not _GAP.search(folded)
    )


_GAP = re.compile(r"\b(?:never|only|not much|haven'?t|hadn'?t|no experience|barely)\b")


def _fact_with_a_laugh(folded: str, fact_score: float) -> bool:
    """Whether a clause is an aside only by its laugh, and without it states a figure that a fact
    cue reads strongly ("churn target is 8% lol"); a figure alone ("canteen did curry, had 2
    lol") or a fact word alone ("parking on site is mud lol") is not enough."""
    if not _LAUGH.search(folded):
        return False
    rest = _LAUGH.sub(" ", folded)
    if cues().noise.search(rest):
        return False
    figures = len(_FIGURE.findall(rest)) > len(_NOT_FIGURE.findall(rest))
    return figures and fact_score >= _STRONG_FACT


_FIGURE = re.compile(r"(?<![a-z\d])\d[\d,.]*")
# "2nd round", "q3", "band 6" are ordinals and names, not figures learned.
_NOT_FIGURE = re.compile(
    r"\b\d+(st|nd|rd|th)\b|\bq\d\b|\b(band|level|grade|tier|phase|stage|round) \d+\b|"
    r"\b(19|20)\d\d\b"
)


# What the candidate did on the day, told in the past: "drove 3 hrs!!", "the vending machine ate
# my £2", "had 2": their own day, not a figure about the job.
_OWN_PAST = re.compile(
    r"^(?:drove|ate|had|got|took|waited|walked|parked|arrived|spent|queued)\b|"
    r"\b(?:i|we) (?:drove|ate|had|took|waited|walked|sat|parked|arrived|spent|queued)\b|"
    r"\b(?:ate|took|cost|lost) my\b|, had \d+\W*$"
)


def _states_a_figure(clause: Clause, text: str, scores: dict[str, float]) -> bool:
    """Whether a clause with no stronger reading states a figure about the job."""
    if clause.question or clause.answer:
        return False
    if max(scores[k] for k in _ACTIONABLE) >= _ENOUGH or scores["topics"] > _ENOUGH:
        return False
    if _META.search(text) or _OWN_PAST.search(fold(text)):
        return False
    figures = _FIGURE.findall(text)
    return len(figures) > len(_NOT_FIGURE.findall(fold(text)))


def _is_fragment(text: str) -> bool:
    """A short cue-less phrase naming a subject ("roadmap for 2027"), not an observation told in
    the past tense ("the van yard was full of geese", "power flickered twice")."""
    words = text.split()
    return (
        0 < len(words) <= _FRAGMENT_WORDS
        and not _META.search(text)
        and not _TOLD.search(fold(text))
    )


def _tidy_topic(text: str) -> str:
    frame = _TOPIC_FRAME.match(text)
    rest = text[frame.end() :] if frame else text
    rest = _LEADING_ARTICLE.sub("", rest).strip(" :-–")
    return rest or text


def _tidy_promise(text: str) -> str:
    send = cues().send.search(fold(text))
    frame = _PROMISE_FRAME.match(text)
    if send and (frame or send.start() > 0):
        return text[send.start() :]
    return text


def _tidy_fact(text: str) -> str:
    return _REPORTED.sub("", text, count=1).strip() or text
