"""Asides in the notes: the candidate's day, the weather, the link dropping, small talk, a joke.

An aside is never a topic, a fact or a concern, whether it is a line of its own ("zoom froze
twice lol") or a piece of a useful one ("pay is 45k, parking was a nightmare"). The cue pattern
`noise` (data/debrief/cues.yaml) names wordings it knows; a small trained judgement weighs what
asides have in common however they are worded: the candidate's body, day, travel and devices,
the weather, food and pets, small-talk frames ("also from Porto", "turkish like me"), a laugh, an
emoji, an exclamation, a personal remark. Logistic regression over those word classes and the
words of the text, trained on the dev notes of the readers corpus by
`benchmarks/train_debrief_asides.py`, its threshold chosen leaving one writer out, its weights
shipped as data (data/debrief/aside_model.json).

`trim_asides` cuts an aside off either end of a clause, at a comma, a bracket or a dash, so what
is left is read on its own and the item's evidence leaves the aside out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from secondround.core.debrief.classify import classify
from secondround.core.debrief.clauses import Clause
from secondround.core.debrief.data import cues, fold
from secondround.core.debrief.part_model import Model, Reading, load_model, probability

_WORD = re.compile(r"[a-z][a-z']*|\d+")
_MAX_WORDS = 30
_EXPLAIN = 3
# What a clause read strongly by its cues scores at the least.
_STRONG = 3.0

# Word classes an aside is made of; each is one feature.
_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "body or feelings",
            r"\b(?:my (?:hands?|knees?|feet|legs?|back|head|voice|stomach|throat|hair|face)|"
            r"nervous|shak(?:y|ing|ed)|sweat\w*|tired|exhausted|hungry|starving|thirsty|"
            r"headache|coughing|sneez\w*|blush\w*|knackered)\b",
        ),
        (
            "travel or the day",
            r"\b(?:train|bus|tube|traffic|parking|car ?park|parked|drove|drive|commute|uber|taxi|"
            r"cab|flight|airport|lost|got there|arrived|early|walked|bike|cycled|lift|elevator|"
            r"lobby|reception(?:ist)?|waiting room|toilets?|loo|bathroom|on the way|way home|"
            r"on the bus|typing (?:this|before))\b",
        ),
        (
            "devices and the link",
            r"\b(?:zoom|teams|wifi|wi-fi|internet|link|audio|mic|microphone|camera|webcam|screen|"
            r"laptop|phone|battery|headset|headphones|froze|frozen|freez(?:e|ing) (?:up|again)|"
            r"lag\w*|muted|unmute\w*|echo\w*|signal|power cut|crash\w*|glitch\w*|buffer\w*|"
            r"connection|reconnect\w*|dropped (?:out|off))\b",
        ),
        (
            "weather",
            r"\b(?:rain\w*|snow\w*|sunny|sun|weather|windy|wind|humid|freezing|boiling|"
            r"roasting|sweltering|cold|hot|heat|heating|air ?con|ac|storm\w*|fog\w*|soaked|"
            r"umbrella)\b",
        ),
        (
            "food and drink",
            r"\b(?:coffee|tea|lunch|breakfast|dinner|biscuits?|cake|pizza|sandwich\w*|snacks?|"
            r"food|meal|bread|croissants?|water|espresso|canteen|cookies?|donuts?|doughnuts?|"
            r"pastr\w+|smel\w+|tasty|delicious|yum\w*)\b",
        ),
        (
            "pets and family",
            r"\b(?:dog|dogs|cat|cats|puppy|kitten|pets?|spaniel|labrador|kids?|baby|toddler|"
            r"mum|mom|dad|son|daughter|wife|husband|partner's|neighbou?rs?|grandkids|"
            r"grandson|granddaughter)\b",
        ),
        (
            "small talk",
            r"\b(?:small ?talk|chat(?:ted|ting)?|banter|jok\w+|also from|from (?:the )?same|"
            r"like me|same as me|same (?:uni|school|town|city|country|hometown)|"
            r"(?:speak|spoke|talked|chatted) (?:a bit )?(?:in )?[a-z]+ (?:at|before|first)|"
            r"football|rugby|cricket|golf|holiday|holidays|weekend|netflix|wedding|hobb\w+|"
            r"the match|the game)\b",
        ),
        ("laughter", r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|laugh\w*|giggl\w*|bless)\b"),
        ("emoji", r":\)|:\(|:d\b|:p\b|;\)|xd\b|[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
        (
            "exclamation",
            r"!!|\?\?|\b(?:ugh|argh|omg|yay|phew|oops|whoops|wow|yikes|whatever|weird|funny|"
            r"random|awkward|cringe|lucky|typical|classic)\b",
        ),
        (
            "personal remark",
            r"\b(?:lovely|kind|sweet|chill|friendly|nice|funny|old school|cute|gorgeous|"
            r"beautiful|amazing|fancy|posh|massive|tiny|huge)\b",
        ),
        ("my own", r"\b(?:my|mine|me|i'?m|i was|i had|i got)\b"),
    )
)
# The word classes of the day, the link, the weather, food and pets, and laughter together.
_CLASSES_OF_ASIDE = re.compile(
    "|".join(
        pattern.pattern
        for name, pattern in _CLASSES
        if name not in ("my own", "personal remark", "exclamation")
    )
)
# Any word of a class but "my own", which most clauses hold.
_ANY_CLASS = re.compile("|".join(p.pattern for name, p in _CLASSES if name != "my own"))
# Kinds a piece keeps whatever it reads as besides: work to do, a step, a doubt.
_SIGNAL = re.compile(
    r"->|=>|→|\b(?:asked|send|bring|email|next|round|stage|decision|need|never|only|"
    r"experience|exp|salary|pay|£|\$|€)\b"
)
# Where a clause may be cut: a comma, a bracket, a dash with spaces round it.
_CUT = re.compile(r"\s*(?:,|\(|\)|\s[-–—]\s)\s*")


# The features that take a pattern search each (see _class_features).
CLASS_FEATURES = (*(name for name, _ in _CLASSES), "aside cue", "figure", "item words")


def aside_features(text: str) -> list[str]:
    """The features of a clause or a piece of one: its words, then the word classes it holds."""
    folded = fold(text).strip()
    return [*_word_features(folded), *_class_features(folded)]


def _word_features(folded: str) -> list[str]:
    words = _WORD.findall(folded)[:_MAX_WORDS]
    feats = ["bias", f"length:{min(len(words) // 3, 5)}"]
    if words:
        feats.append(f"first:{words[0]}")
    feats.extend(f"w:{w[:6]}" for w in dict.fromkeys(words))
    return feats


def _class_features(folded: str) -> list[str]:
    feats = [name for name, pattern in _CLASSES if pattern.search(folded)]
    if cues().noise.search(folded):
        feats.append("aside cue")
    if re.search(r"\d", folded):
        feats.append("figure")
    if _SIGNAL.search(folded):
        feats.append("item words")
    return feats


@lru_cache(maxsize=1)
def _model() -> Model:
    return load_model("aside_model.json", ("aside",))


def judge_aside(text: str) -> Reading:
    """Whether `text` is an aside, by the shipped weights and the threshold chosen writer against
    writer; off (never found) when leaving one writer out chose the cues alone."""
    model = _model()
    threshold = model.thresholds["aside"]
    if threshold > 1.0:
        return Reading(False, 0.0, ())
    weights = model.weights["aside"]
    folded = fold(text).strip()
    if not (_ANY_CLASS.search(folded) or cues().noise.search(folded)):
        # An aside is made of the words of its classes: a text with none is no aside.
        return Reading(False, 0.0, ())
    words = _word_features(folded)
    # Most texts are far from the threshold on their words alone: the patterns are searched
    # only when they could tip it, which keeps the reader as quick as before.
    bound = sum(weights.get(f, 0.0) for f in words)
    bound += sum(max(0.0, weights.get(f, 0.0)) for f in CLASS_FEATURES)
    if probability(["bound"], {"bound": bound}) < threshold:
        return Reading(False, 0.0, ())
    feats = [*words, *_class_features(folded)]
    p = probability(feats, weights)
    weighed = sorted((f for f in feats if f in weights and f != "bias"), key=lambda f: -weights[f])
    return Reading(p >= threshold, p, tuple(weighed[:_EXPLAIN]))


def pieces(text: str) -> list[tuple[int, int]]:
    """The spans of the pieces of a clause between its commas, brackets and spaced dashes."""
    out = []
    cursor = 0
    for match in _CUT.finditer(text):
        out.append((cursor, match.start()))
        cursor = match.end()
    out.append((cursor, len(text)))
    return [(a, b) for a, b in out if re.search(r"[^\W_]", text[a:b])]


def _piece_is_aside(words: str) -> bool:
    folded = fold(words)
    data = cues()
    if _SIGNAL.search(folded) or "?" in words:
        return False
    noise = data.noise.search(folded) is not None
    if not (noise or _ANY_CLASS.search(folded)):
        return False
    if data.own_worry.search(folded) or data.dropped.search(folded):
        # "(my worry, not theirs)", "not a worry": says what the whole clause is, not an aside.
        return False
    return noise or judge_aside(words).found


def trim_asides(clause: Clause) -> Clause:
    """The clause without the asides at either end ("pay is 45k, parking was a nightmare lol" is
    "pay is 45k"); the clause itself when no piece is an aside, or every piece is (the reader
    drops an aside whole)."""
    spans = pieces(clause.text)
    if len(spans) < 2:
        return clause
    first, last = 0, len(spans)
    while first < last and _piece_is_aside(clause.text[spans[first][0] : spans[first][1]]):
        first += 1
    while last > first and _piece_is_aside(clause.text[spans[last - 1][0] : spans[last - 1][1]]):
        last -= 1
    if (first == 0 and last == len(spans)) or first >= last:
        return clause
    begin, end = spans[first][0], spans[last - 1][1]
    text = clause.text[begin:end]
    rest = replace(clause, start=clause.start + begin, end=clause.start + end, text=text)
    # "sat in reception, rain was pouring lol" is an aside whole: what is left must say something
    # cues read strongly on its own, and be no aside itself, or the line stays as it was.
    reading = classify(rest)
    strong = reading.kind not in (None, "topics") and reading.score >= _STRONG
    return rest if strong and not _CLASSES_OF_ASIDE.search(fold(text)) else clause
