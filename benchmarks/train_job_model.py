"""Train the job reader's competency models on the DEV split of the readers corpus only.

    python benchmarks/train_job_model.py [--check] [--reads FILE]

Three models, all pure Python logistic regression:

- the line model (core/jobs/lines.py): one-vs-rest over the words, word pairs and cue keys of one
  advert line. Trained on the dev requirement lines (`lines*.jsonl`: each labelled with what it
  asks for, all else a negative), on the dev adverts that carry evidence phrases (a line holding
  a competency's evidence is a positive, the ad's other lines negatives for it) and on the older
  dev adverts without evidence (a line holding a cue of a gold competency is a positive); every
  line of an ad is a negative for the competencies the ad does not ask for.
- the ad scorer (core/jobs/scorer.py): every competency the cues, the title or the occupation
  propose for a dev advert is one example, labelled by whether the advert's gold holds it. Only
  the reader without the ad model uses it; its settings are those leave-one-writer-out chose
  before the ad model (`line_rule()`).
- the ad model (core/jobs/ad_model.py): every competency proposed for a dev advert (by a cue,
  the title, or a line from the proposal floor) is one example, with the line model's
  probabilities as features. Those probabilities are read OUT OF SAMPLE: each writer's adverts
  by a line model trained without that writer, as an advert nobody here wrote will be read.

The ad model's proposal floor (0.1 down to 0), L2 and threshold are chosen by NESTED
LEAVE-ONE-WRITER-OUT over the dev adverts: each ads file is one writer; for a held-out writer, the
ad model is trained on the other writers' adverts as read by line models that saw neither them nor
the held-out writer, and scored on the held-out writer's adverts read by a line model trained on
all the others and the lines. That is the honest proxy for adverts nobody here wrote. A
competency gets a threshold of its own (from a wide grid, 0.1 to 0.8) only where that raises
pooled micro-F1 by KEY_GAIN; for a held-out writer, those thresholds are chosen on the other
writers' adverts, each scored by an ad model trained without it, so the held-out writer never
chooses its own. The test split is never read; the held-back writers' files are not opened.
Writes `src/secondround/data/jobs/competency_model.json`, `line_model.json` and `ad_model.json`;
`--check` only prints; `--reads FILE` keeps the reads between runs. `--line-l2`,
`--line-writers` and `--other-lines-unknown` read with a line model trained another way, for
trying it (docs/jobs-and-notes.md, 2 December 2026).
`lowo()` is the older, single-level search over the scorer and the line
model's thresholds, kept for read_eval.py's comparison.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from secondround.core.competencies import COMPETENCIES, competency_key  # noqa: E402
from secondround.core.jobs.ad_model import AdModel  # noqa: E402
from secondround.core.jobs.competencies import Candidate, candidates, keeps  # noqa: E402
from secondround.core.jobs.data import triggers  # noqa: E402
from secondround.core.jobs.lines import (  # noqa: E402
    MIN_WORDS,
    LineModel,
    line_features,
    word_count,
)
from secondround.core.jobs.occupations import find_title, match_occupation  # noqa: E402
from secondround.core.jobs.scorer import Model, Sentences, is_boilerplate  # noqa: E402
from secondround.core.text.phrases import tokens  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "readers"
OUT = ROOT / "src" / "secondround" / "data" / "jobs" / "competency_model.json"
LINES_OUT = ROOT / "src" / "secondround" / "data" / "jobs" / "line_model.json"
AD_OUT = ROOT / "src" / "secondround" / "data" / "jobs" / "ad_model.json"
KEYS = tuple(COMPETENCIES)
ITERATIONS = 200
RATE = 0.5
BASE = ("n:", "src:", "sec:", "len:", "ctx:", "occ:")
GROUPS: dict[str, tuple[str, ...]] = {
    "cues and context": BASE,
    "+ word before": (*BASE, "before:"),
}
L2 = (0.01, 0.1)
LINE_L2 = (1e-4,)
# How much more a positive line counts than a negative one: positives are few.
LINE_POSITIVE = (1.0,)
LINE_EPOCHS = 12
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(11)]
PROPOSE = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 1.0)
VETO = (0.0, 0.02, 0.05, 0.1, 0.2)
# The ad model: a line proposes a candidate from one of these probabilities (the ad model then
# decides); the proposal floor, L2 and threshold are chosen by leave-one-writer-out. The reads
# propose every key (READ_PROPOSE) so that every floor is scored from one reading.
AD_PROPOSE = (0.1, 0.05, 0.03, 0.02, 0.01, 0.0)
READ_PROPOSE = 0.0
# A floor below the first is chosen only when it raises pooled micro-F1 by this much.
FLOOR_GAIN = 0.005
# The rule without the ad model (snippets under MIN_AD_WORDS) keeps a line from this probability.
RULE_PROPOSE = 0.1
AD_L2 = (0.003, 0.01, 0.03)
AD_THRESHOLDS = [round(0.1 + 0.025 * i, 3) for i in range(29)]
# Whether each writer counts the same for each competency's prior (kept by LOWO).
AD_BALANCE = False
# A competency gets a threshold of its own only when it raises pooled micro-F1 by this much.
KEY_GAIN = 0.003
# ...and are shipped only when, chosen nested, they raise pooled LOWO micro-F1 by this much.
KEY_SHIP_GAIN = 0.005
# A feature seen in fewer training lines than this gets no weight: it would only learn one line.
MIN_FEATURE_COUNT = 3
# ...and one used by fewer writers than this (the labelled lines count as one) gets none either: a
# word only one writer uses says how that writer writes, not what an advert asks for.
MIN_FEATURE_WRITERS = 1
# Whether a line of an advert that asks for a competency elsewhere (its evidence is another line)
# is unknown for it rather than a negative: writers give one or two phrases, not every line. Not
# kept: nested leave-one-writer-out 0.750 against 0.748, five writers up and three down.
OTHER_LINES_UNKNOWN = False

# Whole files by writers nobody tuning may read (the readers README); their ids are all test.
HELD_BACK_FILES = frozenset({"ads-5.jsonl", "ads-6.jsonl", "ads-9.jsonl", "ads-11.jsonl"})

Example = tuple[dict[str, float], int]
LineExample = tuple[list[str], dict[str, int]]


def is_dev(item: dict[str, Any]) -> bool:
    # The split rule (ids ending 3, 6 or 9 are test; adverts and notes numbered 500-999 are all
    # test, lines are not), checked beside the label, so a mislabelled test item is never read.
    number = int("".join(ch for ch in item["id"] if ch.isdigit()) or 0)
    held_back = 500 <= number <= 999 and not item["id"].startswith("ln")
    return item["split"] == "dev" and item["id"][-1] not in "369" and not held_back


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def dev_ads_by_writer() -> dict[str, list[dict[str, Any]]]:
    """Dev adverts per ads file: each file is one writer. The held-back writers' files are not
    opened at all."""
    out = {}
    for path in sorted(DATA.glob("ads*.jsonl")):
        if path.name in HELD_BACK_FILES:
            continue
        ads = [{**ad, "writer": path.name} for ad in read_jsonl(path) if is_dev(ad)]
        if ads:
            out[path.name] = ads
    return out


def dev_ads() -> list[dict[str, Any]]:
    """Every dev advert of every writer."""
    return [ad for ads in dev_ads_by_writer().values() for ad in ads]


def dev_lines() -> list[dict[str, Any]]:
    return [row for path in sorted(DATA.glob("lines*.jsonl")) for row in read_jsonl(path)
            if is_dev(row)]  # fmt: skip


def gold_of(ad: dict[str, Any]) -> set[str]:
    return {competency_key(k) or k for k in ad["competencies"]}


# ---- the line model ---------------------------------------------------------------------------


def line_examples(
    ads: Iterable[dict[str, Any]], lines: Iterable[dict[str, Any]]
) -> list[LineExample]:
    rows = labelled_lines(ads, lines)
    return [(line_features(text, cues), labels) for text, cues, labels in rows]


def line_training(
    ads: Iterable[dict[str, Any]], lines: list[dict[str, Any]]
) -> tuple[list[LineExample], list[str]]:
    """The line model's examples and the writer of each (the labelled lines are one)."""
    examples = line_examples([], lines)
    sources = ["lines"] * len(examples)
    by_writer: dict[str, list[dict[str, Any]]] = {}
    for ad in ads:
        by_writer.setdefault(ad.get("writer", "?"), []).append(ad)
    for writer, group in by_writer.items():
        more = line_examples(group, [])
        examples += more
        sources += [writer] * len(more)
    return examples, sources


def labelled_lines(
    ads: Iterable[dict[str, Any]], lines: Iterable[dict[str, Any]]
) -> list[tuple[str, set[str], dict[str, int]]]:
    """(line, keys of the cues in it, label per competency where known) for training."""
    out: list[tuple[str, set[str], dict[str, int]]] = []
    for row in lines:
        asked = {competency_key(k) or k for k in row["competencies"]}
        out.append((row["text"], set(), {k: int(k in asked) for k in KEYS}))
    for ad in ads:
        text = ad["text"]
        gold = gold_of(ad)
        hits = triggers().find(text, tokens(text))
        evidence = {
            competency_key(k) or k: [(text.find(p), text.find(p) + len(p)) for p in phrases
                                     if p in text]
            for k, phrases in (ad.get("evidence") or {}).items()
        }  # fmt: skip
        for start, end in Sentences(text).spans():
            line = text[start:end]
            if word_count(line) < MIN_WORDS or is_boilerplate(line):
                continue
            cue_keys = {str(h.label) for h in hits if h.label and start <= h.start < end}
            labels: dict[str, int] = {}
            for key in KEYS:
                asked = any(a < end and start < b for a, b in evidence.get(key, []))
                if key not in gold:
                    labels[key] = 0
                elif evidence:
                    if asked or not OTHER_LINES_UNKNOWN:
                        labels[key] = int(asked)
                elif key in cue_keys:
                    labels[key] = 1
                # A gold competency with no evidence and no cue in this line: unknown, unused.
            out.append((line, cue_keys, labels))
    return out


def fit_lines(
    examples: list[LineExample],
    l2: float,
    positive: float,
    propose: float,
    veto: float,
    sources: list[str] | None = None,
) -> LineModel:
    """Stochastic gradient descent per competency, lazily shrunk for L2, fixed seed: each
    example updates the weights of its own features for the competencies it is labelled for
    (numpy rows of 16, the same steps as a loop over features and keys)."""
    counts = Counter(f for feats, _ in examples for f in feats)
    names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    if sources is not None and MIN_FEATURE_WRITERS > 1:
        writers: dict[str, set[str]] = {}
        for (feats, _), source in zip(examples, sources, strict=True):
            for f in feats:
                writers.setdefault(f, set()).add(source)
        names = [f for f in names if len(writers[f]) >= MIN_FEATURE_WRITERS]
    column = {f: i for i, f in enumerate(names)}
    index = {k: i for i, k in enumerate(KEYS)}
    rows = [np.array([column[f] for f in feats if f in column], dtype=np.intp)
            for feats, _ in examples]  # fmt: skip
    keys = [np.array([index[k] for k in labels], dtype=np.intp) for _, labels in examples]
    ys = [np.array(list(labels.values()), dtype=float) for _, labels in examples]
    scale = [np.where(y > 0, positive, 1.0) for y in ys]
    bias = np.zeros(len(KEYS))
    weights = np.zeros((len(names), len(KEYS)))
    order = list(range(len(examples)))
    rng = random.Random(7)
    shrink = l2 * len(examples) / 50
    for epoch in range(LINE_EPOCHS):
        rng.shuffle(order)
        rate = 0.5 / (1 + epoch)
        for i in order:
            row, key = rows[i], keys[i]
            if not len(key):
                continue
            z = bias[key] + weights[np.ix_(row, key)].sum(axis=0)
            error = (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))) - ys[i]) * scale[i]
            moving = np.abs(error) >= 1e-3
            if not moving.any():
                continue
            key, error = key[moving], error[moving]
            bias[key] -= rate * error
            if len(row):
                block = np.ix_(row, key)
                w = weights[block]
                weights[block] = w - rate * (error + shrink * w)
    out: dict[str, dict[str, float]] = {}
    for f, i in column.items():
        row_ = {KEYS[j]: round(float(w), 3) for j, w in enumerate(weights[i]) if abs(w) >= 0.03}
        if row_:
            out[f] = row_
    return LineModel({k: float(bias[j]) for k, j in index.items()}, out, propose, veto)


# ---- the ad scorer ----------------------------------------------------------------------------


@dataclass
class Read:
    """One dev advert read with a given line model: its candidates and its gold."""

    found: list[Candidate]
    gold: set[str]


def read_ad(ad: dict[str, Any], reader: LineModel, scorer: Model) -> Read:
    text = ad["text"]
    title = find_title(text)
    occupation = match_occupation(title.text, text) if title else None
    found = candidates(
        text, tokens(text), title, occupation, all_features=True, reader=reader, scorer=scorer
    )
    return Read(found, gold_of(ad))


def scorer_examples(reads: Iterable[Read]) -> list[Example]:
    return [
        (c.features, int(c.competency.name in r.gold))
        for r in reads
        for c in r.found
        if c.kind != "line"
    ]


def keep(features: dict[str, float], prefixes: tuple[str, ...]) -> dict[str, float]:
    return {k: v for k, v in features.items() if k.startswith(prefixes)}


def fit(
    data: list[Example],
    l2: float,
    sample: list[float] | None = None,
    iterations: int = ITERATIONS,
    rate: float = RATE,
) -> tuple[float, dict[str, float]]:
    """Full-batch gradient descent on the logistic loss with L2, `iterations` steps from zero;
    `sample` weighs each example (1 each by default). Sparse matrices only for speed: the same
    steps as a loop over the examples' features."""
    names = sorted({k for feats, _ in data for k in feats})
    if not data or not names:
        return 0.0, {}
    column = {k: i for i, k in enumerate(names)}
    rows, cols, values = [], [], []
    for i, (feats, _) in enumerate(data):
        for k, v in feats.items():
            rows.append(i)
            cols.append(column[k])
            values.append(v)
    x = sparse.csr_matrix((values, (rows, cols)), shape=(len(data), len(names)))
    xt = x.T.tocsr()
    y = np.array([label for _, label in data], dtype=float)
    s = np.ones(len(data)) if sample is None else np.asarray(sample, dtype=float)
    n = float(s.sum())
    bias, w = 0.0, np.zeros(len(names))
    for _ in range(iterations):
        z = np.clip(x @ w + bias, -30.0, 30.0)
        error = (1.0 / (1.0 + np.exp(-z)) - y) * s
        bias -= rate * float(error.sum()) / n
        w -= rate * (xt @ error / n + l2 * w)
    return bias, {k: float(w[i]) for k, i in column.items()}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---- leave one writer out ---------------------------------------------------------------------

# Shipped-model placeholders used only while reading: the reader proposes from the lowest
# propose threshold so every setting can be scored from one reading.
_OPEN = Model(0.0, {}, 0.5)


@dataclass
class Setting:
    group: str
    l2: float
    line_l2: float
    line_positive: float
    threshold: float
    propose: float
    veto: float
    occupation: bool

    def label(self) -> str:
        occupation = "on" if self.occupation else "off"
        return (
            f"{self.group}, L2 {self.l2}, line L2 {self.line_l2}, positives x{self.line_positive}, "
            f"threshold {self.threshold}, propose {self.propose}, veto {self.veto}, "
            f"occupation {occupation}"
        )


def counts(
    reads: list[Read], probabilities: list[list[float]], scorer: Model, reader: LineModel
) -> Counter[str]:
    c: Counter[str] = Counter()
    for r, ps in zip(reads, probabilities, strict=True):
        found = {
            x.competency.name
            for x, p in zip(r.found, ps, strict=True)
            if (scorer.occupation or x.kind != "occupation") and keeps(x, scorer, reader, p)
        }
        tally(c, found, r.gold)
    return c


def tally(c: Counter[str], found: set[str], gold: set[str]) -> None:
    """Add one advert's true and false positives and misses to `c`, pooled and per key."""
    c["tp"] += len(found & gold)
    c["fp"] += len(found - gold)
    c["fn"] += len(gold - found)
    for key in found | gold:
        c[f"{'tp' if key in found & gold else 'fp' if key in found else 'fn'}:{key}"] += 1


def micro(c: Counter[str]) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def lowo(
    by_writer: dict[str, list[dict[str, Any]]],
    lines: list[dict[str, Any]],
    fixed: Setting | None = None,
    verbose: bool = True,
) -> tuple[Setting, dict[str, Counter[str]]]:
    """The best setting by pooled leave-one-writer-out micro-F1 (or `fixed` only), and its
    counts per held-out writer."""
    # Per held-out writer and line L2: its reads under a line model trained without it, and the
    # other writers' reads for training the scorer.
    results: dict[tuple[Any, ...], dict[str, Counter[str]]] = {}
    for line_l2, positive in (
        [(fixed.line_l2, fixed.line_positive)]
        if fixed
        else [(a, b) for a in LINE_L2 for b in LINE_POSITIVE]
    ):
        for held in by_writer:
            others = [ad for w, ads in by_writer.items() if w != held for ad in ads]
            reader = fit_lines(line_examples(others, lines), line_l2, positive, min(PROPOSE), 0.0)
            train = scorer_examples(read_ad(ad, reader, _OPEN) for ad in others)
            tests = [read_ad(ad, reader, _OPEN) for ad in by_writer[held]]
            for group in (fixed.group,) if fixed else GROUPS:
                for l2 in (fixed.l2,) if fixed else L2:
                    bias, weights = fit([(keep(f, GROUPS[group]), y) for f, y in train], l2)
                    fitted = Model(bias, weights, 0.5)
                    probabilities = [
                        [fitted.probability(x.features) for x in r.found] for r in tests
                    ]
                    for threshold in (fixed.threshold,) if fixed else THRESHOLDS:
                        for occ in (fixed.occupation,) if fixed else (True, False):
                            scorer = Model(bias, weights, threshold, occ)
                            for propose in (fixed.propose,) if fixed else PROPOSE:
                                for veto in (fixed.veto,) if fixed else VETO:
                                    key = (
                                        group,
                                        l2,
                                        line_l2,
                                        positive,
                                        threshold,
                                        propose,
                                        veto,
                                        occ,
                                    )
                                    tuned = LineModel(reader.bias, reader.weights, propose, veto)
                                    results.setdefault(key, {})[held] = counts(
                                        tests, probabilities, scorer, tuned
                                    )
            if verbose:
                print(f"  held out {held}: {len(by_writer[held])} ads (line L2 {line_l2})")

    def pooled(key: tuple[Any, ...]) -> float:
        return micro(sum(results[key].values(), Counter()))[2]

    best_key = max(results, key=pooled)
    # A veto drops what the cues found: it must earn its place by a clear gain, not noise.
    unvetoed = (*best_key[:-2], 0.0, best_key[-1])
    if unvetoed in results and pooled(unvetoed) > pooled(best_key) - 0.005:
        best_key = unvetoed
    if verbose:
        # What the occupation's typical competencies and the veto do, the rest as chosen.
        for name, key in (
            ("occupation flipped", (*best_key[:-1], not best_key[-1])),
            ("no veto", (*best_key[:-2], 0.0, best_key[-1])),
        ):
            if key in results:
                p, r, f = micro(sum(results[key].values(), Counter()))
                print(f"  chosen but {name}: P {p:.3f}  R {r:.3f}  micro-F1 {f:.3f}")
    return Setting(*best_key), results[best_key]


def report(title: str, per_writer: dict[str, Counter[str]]) -> None:
    print(title)
    for writer, c in per_writer.items():
        p, r, f = micro(c)
        print(f"  {writer:16} P {p:.3f}  R {r:.3f}  micro-F1 {f:.3f}")
    p, r, f = micro(sum(per_writer.values(), Counter()))
    print(f"  {'pooled':16} P {p:.3f}  R {r:.3f}  micro-F1 {f:.3f}")


def baseline() -> Setting:
    """The reader before the line model: cues and context, no line proposals or vetoes."""
    return Setting("cues and context", 0.01, LINE_L2[0], 1.0, 0.3, 1.0, 0.0, True)


def shipped() -> Setting:
    """The settings of the shipped models, as the trainer chose them."""
    scorer = json.loads(OUT.read_text(encoding="utf-8"))
    reader = json.loads(LINES_OUT.read_text(encoding="utf-8"))
    return Setting(
        scorer["features"],
        scorer["l2"],
        reader["l2"],
        reader["positive"],
        scorer["threshold"],
        reader["propose"],
        reader["veto"],
        scorer.get("occupation", True),
    )


def line_rule() -> Setting:
    """The reader with the line model and no ad model, as shipped before it (1 December 2026):
    a line at 0.3 proposes, the scorer keeps cue-found ones from 0.2, no veto."""
    return Setting("cues and context", 0.01, LINE_L2[0], 1.0, 0.2, 0.3, 0.0, False)


# ---- the ad model, by nested leave-one-writer-out ----------------------------------------------

AdExample = tuple[dict[str, float], int]


@dataclass
class Nested:
    """Each writer's dev adverts read by a line model trained without that writer (`outer`),
    and, per held-out writer, every other writer's read by one trained without either
    (`inner`): the ad model for a held-out writer is trained on `inner` reads only, so it
    never sees that writer, not even through the line model."""

    outer: dict[str, list[Read]]
    inner: dict[tuple[str, str], list[Read]]


def out_of_sample_reads(
    by_writer: dict[str, list[dict[str, Any]]],
    lines: list[dict[str, Any]],
    setting: Setting,
    verbose: bool = True,
) -> Nested:
    def reader(ads: list[dict[str, Any]]) -> LineModel:
        examples, sources = line_training(ads, lines)
        return fit_lines(
            examples, setting.line_l2, setting.line_positive, READ_PROPOSE, 0.0, sources
        )

    outer: dict[str, list[Read]] = {}
    inner: dict[tuple[str, str], list[Read]] = {}
    # The model without writers a and b reads b for held-out a and a for held-out b: fit once.
    pair_models: dict[frozenset[str], LineModel] = {}
    for held in by_writer:
        others = [ad for w, ads in by_writer.items() if w != held for ad in ads]
        model_ = reader(others)
        outer[held] = [read_ad(ad, model_, _OPEN) for ad in by_writer[held]]
        for other in by_writer:
            if other == held:
                continue
            pair = frozenset((held, other))
            if pair not in pair_models:
                rest = [ad for w, ads in by_writer.items() if w not in pair for ad in ads]
                pair_models[pair] = reader(rest)
            model_ = pair_models[pair]
            inner[(held, other)] = [read_ad(ad, model_, _OPEN) for ad in by_writer[other]]
        if verbose:
            print(f"  read {held} out of sample ({len(by_writer[held])} ads)", flush=True)
    return Nested(outer, inner)


# One advert as the ad model scores it: its gold, and (key, features) per candidate.
Scored = tuple[set[str], list[tuple[str, dict[str, float]]]]


def scored(reads: Iterable[Read], propose: float = 0.0) -> list[Scored]:
    """The reads with each candidate's ad features computed once; a candidate only a line
    proposes is kept when that line reaches `propose` (the reads propose every key)."""
    return [
        (
            r.gold,
            [
                (c.competency.name, c.ad_features())
                for c in r.found
                if c.kind != "occupation" and (c.kind != "line" or c.best_p >= propose)
            ],
        )
        for r in reads
    ]


def proposal_recall(reads: Iterable[Read], propose: float) -> Counter[str]:
    """Gold keys proposed at all (by a cue, the title or a line from `propose`), pooled and per
    key: a key nobody proposes can never be found."""
    c: Counter[str] = Counter()
    for r in reads:
        proposed = {
            x.competency.name
            for x in r.found
            if x.kind != "occupation" and (x.kind != "line" or x.best_p >= propose)
        }
        for key in r.gold:
            c["gold"] += 1
            c[f"gold:{key}"] += 1
            if key in proposed:
                c["proposed"] += 1
                c[f"proposed:{key}"] += 1
    return c


def ad_examples(reads: Iterable[Scored]) -> list[AdExample]:
    return [(feats, int(key in gold)) for gold, found in reads for key, feats in found]


def balanced(groups: list[list[Scored]]) -> list[float]:
    """A weight per candidate of `groups` (one list of reads per writer, in order), so each
    writer counts the same for each competency: a key one writer proposes or labels far more
    often than the others does not set that key's prior alone."""
    n: Counter[tuple[int, str]] = Counter()
    for w, reads in enumerate(groups):
        for _, found in reads:
            n.update((w, key) for key, _ in found)
    total: Counter[str] = Counter()
    writers: Counter[str] = Counter()
    for (_, key), count in n.items():
        total[key] += count
        writers[key] += 1
    return [
        total[key] / (writers[key] * n[(w, key)])
        for w, reads in enumerate(groups)
        for _, found in reads
        for key, _ in found
    ]


def fit_ad(groups: list[list[Scored]], l2: float) -> tuple[float, dict[str, float]]:
    """The ad model's bias and weights from the reads of several writers (one list each),
    each writer weighed the same per competency when AD_BALANCE."""
    train = [r for reads in groups for r in reads]
    return fit(ad_examples(train), l2, balanced(groups) if AD_BALANCE else None)


def probabilities(reads: list[Scored], bias: float, weights: dict[str, float]) -> list[Judged]:
    judge = AdModel(bias, weights, 0.5)
    return [(gold, [(key, judge.probability(f)) for key, f in found]) for gold, found in reads]


# One advert after the ad model: its gold and each candidate's key and probability.
Judged = tuple[set[str], list[tuple[str, float]]]


def judged_counts(judged: list[Judged], threshold: float, by_key: dict[str, float]) -> Counter[str]:
    c: Counter[str] = Counter()
    for gold, found in judged:
        kept = {key for key, p in found if p >= by_key.get(key, threshold)}
        tally(c, kept, gold)
    return c


def key_thresholds(judged: list[Judged], threshold: float) -> dict[str, float]:
    """Per competency, the threshold from AD_THRESHOLDS that raises the pooled micro-F1 of
    `judged` by at least KEY_GAIN over the global `threshold`, tried key by key (two passes);
    a key that gains less keeps the global one."""
    # Per key and threshold: its true and false positives; its gold count is fixed.
    gold_n: Counter[str] = Counter(k for gold, _ in judged for k in gold)
    kept: dict[tuple[str, float], tuple[int, int]] = {}
    for key in KEYS:
        for t in {threshold, *AD_THRESHOLDS}:
            tp = fp = 0
            for gold, found in judged:
                if any(k == key and p >= t for k, p in found):
                    tp, fp = (tp + 1, fp) if key in gold else (tp, fp + 1)
            kept[(key, t)] = (tp, fp)
    chosen = dict.fromkeys(KEYS, threshold)

    def f1_of(choice: dict[str, float]) -> float:
        tp = sum(kept[(k, t)][0] for k, t in choice.items())
        fp = sum(kept[(k, t)][1] for k, t in choice.items())
        return micro(Counter(tp=tp, fp=fp, fn=sum(gold_n.values()) - tp))[2]

    for _ in range(2):
        for key in KEYS:
            base = f1_of({**chosen, key: threshold})
            best_t, best_f = threshold, base
            for t in AD_THRESHOLDS:
                f = f1_of({**chosen, key: t})
                if f > best_f:
                    best_t, best_f = t, f
            chosen[key] = best_t if best_f >= base + KEY_GAIN else threshold
    return {k: t for k, t in chosen.items() if t != threshold}


# The ad model's setting: the line probability a line proposes from, L2 and global threshold.
AdSetting = tuple[float, float, float]


def ad_lowo(
    nested: Nested,
    fixed: AdSetting | None = None,
    per_key_thresholds: bool = True,
    every: dict[AdSetting, dict[str, Counter[str]]] | None = None,
) -> tuple[AdSetting, dict[str, Counter[str]], dict[str, dict[str, float]]]:
    """The ad model's (proposal floor, L2, global threshold) with the best pooled
    leave-one-writer-out micro-F1 (or `fixed` only), its counts per held-out writer with per-key
    thresholds chosen without that writer (nested: each other writer scored by an ad model
    trained on the rest), and the per-key thresholds each held-out writer was scored with.
    `every` collects the counts of every setting tried."""
    results: dict[AdSetting, dict[str, Counter[str]]] = {} if every is None else every
    judged_by: dict[tuple[float, float], dict[str, list[Judged]]] = {}
    for propose in (fixed[0],) if fixed else AD_PROPOSE:
        outer = {held: scored(reads, propose) for held, reads in nested.outer.items()}
        inner = {pair: scored(reads, propose) for pair, reads in nested.inner.items()}
        for held, tests in outer.items():
            groups = [reads for (h, _), reads in inner.items() if h == held]
            for l2 in (fixed[1],) if fixed else AD_L2:
                bias, weights = fit_ad(groups, l2)
                judged = probabilities(tests, bias, weights)
                judged_by.setdefault((propose, l2), {})[held] = judged
                for threshold in (fixed[2],) if fixed else AD_THRESHOLDS:
                    results.setdefault((propose, l2, threshold), {})[held] = judged_counts(
                        judged, threshold, {}
                    )

    def pooled(k: AdSetting) -> float:
        return micro(sum(results[k].values(), Counter()))[2]

    best = max(results, key=pooled)
    # A floor below the first proposes more for every advert read: it must earn it.
    first = [k for k in results if k[0] == AD_PROPOSE[0]]
    if first and pooled(best) < pooled(max(first, key=pooled)) + FLOOR_GAIN:
        best = max(first, key=pooled)
    if not per_key_thresholds:
        return best, results[best], {}
    propose, l2, threshold = best
    inner = {pair: scored(reads, propose) for pair, reads in nested.inner.items()}
    after: dict[str, Counter[str]] = {}
    chosen: dict[str, dict[str, float]] = {}
    for held in nested.outer:
        # Each other writer scored by an ad model that saw neither it nor the held-out writer.
        inner_judged: list[Judged] = []
        for (h, other), reads in inner.items():
            if h != held:
                continue
            rest = [rs for (h2, o), rs in inner.items() if h2 == held and o != other]
            bias, weights = fit_ad(rest, l2)
            inner_judged.extend(probabilities(reads, bias, weights))
        chosen[held] = key_thresholds(inner_judged, threshold)
        after[held] = judged_counts(judged_by[(propose, l2)][held], threshold, chosen[held])
    return best, after, chosen


def by_floor(nested: Nested, results: dict[AdSetting, dict[str, Counter[str]]]) -> None:
    """Proposal recall and the ad model's pooled leave-one-writer-out figures at each proposal
    floor, with the L2 and threshold best at that floor."""
    reads = [r for rs in nested.outer.values() for r in rs]
    print("  floor  proposed  P      R      micro-F1  (L2, threshold)")
    for propose in AD_PROPOSE:
        c = proposal_recall(reads, propose)
        at = [k for k in results if k[0] == propose]
        if not at:
            continue
        best = max(at, key=lambda k: micro(sum(results[k].values(), Counter()))[2])
        p, r, f = micro(sum(results[best].values(), Counter()))
        print(f"  {propose:<5}  {c['proposed'] / c['gold']:.3f}     {p:.3f}  {r:.3f}  {f:.3f}"
              f"     ({best[1]}, {best[2]})")  # fmt: skip


def per_key(per_writer: dict[str, Counter[str]]) -> None:
    """Pooled precision, recall and F1 per competency, with gold and predicted counts."""
    c = sum(per_writer.values(), Counter())
    print(f"  {'competency':24} {'gold':>5} {'found':>5}      P      R     F1")
    rows = []
    for key in KEYS:
        tp, fp, fn = c[f"tp:{key}"], c[f"fp:{key}"], c[f"fn:{key}"]
        rows.append((tp + fn, key, tp + fp, *micro(Counter(tp=tp, fp=fp, fn=fn))))
    for gold, key, found, p, r, f in sorted(rows, reverse=True):
        print(f"  {key:24} {gold:>5} {found:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def final_reads(
    by_writer: dict[str, list[dict[str, Any]]], lines: list[dict[str, Any]], setting: Setting
) -> tuple[LineModel, list[Example]]:
    """The line model trained on every writer's dev adverts and the lines, and the scorer's
    examples from every dev advert read by it."""
    ads = [ad for group in by_writer.values() for ad in group]
    examples, sources = line_training(ads, lines)
    reader = fit_lines(examples, setting.line_l2, setting.line_positive, RULE_PROPOSE, 0.0, sources)
    return reader, scorer_examples(read_ad(ad, reader, _OPEN) for ad in ads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="print the choice only")
    parser.add_argument(
        "--reads",
        type=Path,
        help="keep the out-of-sample reads in this file (pickle) and reuse them when it exists:"
        " the reading is most of the time; delete the file after changing the data or a model",
    )
    parser.add_argument(
        "--line-l2",
        type=float,
        help="the line model's L2, for trying another (LINE_L2)",
    )
    parser.add_argument(
        "--line-writers",
        type=int,
        help="the writers a line feature needs, for trying another (MIN_FEATURE_WRITERS)",
    )
    parser.add_argument(
        "--other-lines-unknown",
        action="store_true",
        help="try leaving unlabelled an advert's other lines for a competency it asks for",
    )
    args = parser.parse_args(argv)
    global OTHER_LINES_UNKNOWN
    OTHER_LINES_UNKNOWN = args.other_lines_unknown
    global MIN_FEATURE_WRITERS
    if args.line_writers:
        MIN_FEATURE_WRITERS = args.line_writers
    by_writer = dev_ads_by_writer()
    lines = dev_lines()
    if len(by_writer) < 2:
        print(f"Fewer than two writers' dev adverts in {DATA}; nothing to hold out.")
        return 1
    print(f"{sum(map(len, by_writer.values()))} dev adverts from {len(by_writer)} writers, "
          f"{len(lines)} dev lines")  # fmt: skip
    setting = line_rule()
    if args.line_l2:
        setting.line_l2 = args.line_l2
    cached: dict[str, Any] = {}
    if args.reads and args.reads.exists():
        cached = pickle.loads(args.reads.read_bytes())
    if "nested" not in cached:
        cached["nested"] = out_of_sample_reads(by_writer, lines, setting)
    if not args.check and "final" not in cached:
        cached["final"] = final_reads(by_writer, lines, setting)
    if args.reads:
        args.reads.write_bytes(pickle.dumps(cached))
    nested = cached["nested"]
    every: dict[AdSetting, dict[str, Counter[str]]] = {}
    (propose, l2, threshold), before, _ = ad_lowo(nested, per_key_thresholds=False, every=every)
    print("by proposal floor (a line proposes a key no cue found from this probability):")
    by_floor(nested, every)
    report(
        f"leave-one-writer-out, the ad model, lines proposing from {propose}, one threshold "
        f"({threshold}, L2 {l2}):",
        before,
    )
    per_key(before)
    _, after, chosen = ad_lowo(nested, (propose, l2, threshold))
    report("leave-one-writer-out, the ad model with per-key thresholds chosen nested:", after)
    for held, by_key in chosen.items():
        print(f"  {held}: " + ", ".join(f"{k} {t}" for k, t in sorted(by_key.items())))
    per_key(after)
    # The shipped thresholds: chosen on every writer's adverts scored out of sample (each by an
    # ad model trained on the other writers' out-of-sample reads).
    pooled_judged = []
    for held, reads in nested.outer.items():
        groups = [scored(rs, propose) for (h, _), rs in nested.inner.items() if h == held]
        ad_bias, ad_weights = fit_ad(groups, l2)
        pooled_judged.extend(probabilities(scored(reads, propose), ad_bias, ad_weights))
    # Per-key thresholds are shipped only when nested leave-one-writer-out gains by them.
    gain = micro(sum(after.values(), Counter()))[2] - micro(sum(before.values(), Counter()))[2]
    thresholds = key_thresholds(pooled_judged, threshold) if gain >= KEY_SHIP_GAIN else {}
    print("shipped per-key thresholds: " + ", ".join(f"{k} {t}" for k, t in thresholds.items()))
    if args.check:
        return 0
    ads = [ad for group in by_writer.values() for ad in group]
    reader, everything = cached["final"]
    bias, weights = fit([(keep(x, GROUPS[setting.group]), y) for x, y in everything], setting.l2)
    # The ad model learns from reads out of sample: each writer read by a line model that never
    # saw that writer, as an advert nobody here wrote will be.
    ad_bias, ad_weights = fit_ad([scored(rs, propose) for rs in nested.outer.values()], l2)
    pooled = micro(sum((after if thresholds else before).values(), Counter()))[2]
    about = (
        "Trained by benchmarks/train_job_model.py on the dev split of benchmarks/data/readers/ "
        "(written for secondround); the test split was not used. Settings chosen by "
        "leave-one-writer-out over the dev adverts."
    )
    model = {
        "about": "Weights of the job reader's competency scorer (core/jobs/scorer.py). " + about,
        "trained": date.today().isoformat(),
        "dev_adverts": len(ads),
        "features": setting.group,
        "l2": setting.l2,
        "threshold": setting.threshold,
        "occupation": setting.occupation,
        "bias": round(bias, 4),
        "weights": {k: round(w, 4) for k, w in sorted(weights.items()) if abs(w) >= 1e-4},
    }
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    lines_model = {
        "about": "Weights of the job reader's line model (core/jobs/lines.py). " + about,
        "trained": date.today().isoformat(),
        "dev_adverts": len(ads),
        "dev_lines": len(lines),
        "l2": setting.line_l2,
        "positive": setting.line_positive,
        **reader.to_dict(),
    }
    LINES_OUT.write_text(json.dumps(lines_model, separators=(",", ":")) + "\n", encoding="utf-8")
    ad = {
        "about": "Weights of the job reader's ad model (core/jobs/ad_model.py). " + about,
        "trained": date.today().isoformat(),
        "dev_adverts": len(ads),
        "l2": l2,
        "propose": propose,
        "lowo_micro_f1": round(pooled, 3),
        "balanced": AD_BALANCE,
        "threshold": threshold,
        "thresholds": thresholds,
        "bias": round(ad_bias, 4),
        "weights": {k: round(w, 4) for k, w in sorted(ad_weights.items()) if abs(w) >= 1e-4},
    }
    AD_OUT.write_text(json.dumps(ad, indent=1) + "\n", encoding="utf-8")

    print(f"wrote {OUT.relative_to(ROOT)} ({len(model['weights'])} weights), "
          f"{LINES_OUT.relative_to(ROOT)} ({len(reader.weights)} features) and "
          f"{AD_OUT.relative_to(ROOT)} ({len(ad['weights'])} weights)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
