"""How well the job reader and the debrief reader do on the readers corpus, split by split.

    python benchmarks/read_eval.py [--split dev|test|both] [--show]
                                   [--writer first|second|third|held|later|all]
                                   [--ads FILE] [--notes FILE]
                                   [--part ads|notes|both] [--lowo] [--tool-lowo]
                                   [--without-held]

Runs what `secondround job analyse --json` and `secondround debrief --json` print
(`analyse_job(text).to_dict()` and `read_debrief(text).to_dict()`) on benchmarks/data/readers/
(ads*.jsonl, notes*.jsonl; see its README). The `test` split is held back: its figures are
reported, never tuned on. `--show` lists the misses of the dev split only. `--writer` keeps one
writer's items: a reader tuned on one writer's notes and measured on the other's shows how well
it generalises. Competencies are also given per ads file (each file is one writer) and split.
`--lowo` adds the leave-one-writer-out figures of the job reader's trained parts: the line model,
the scorer and the ad model, with the shipped settings, trained on the dev items of every other
ads file and the requirement lines, scored on the held-out writer's dev ads
(benchmarks/train_job_model.py), per writer and per competency (several minutes).
Tools are also given per ads file and split; `--tool-lowo` adds the leave-one-writer-out figure
of the tool model (benchmarks/train_tool_model.py), beside the rules alone. `--without-held`
leaves out the items numbered 500-999, which nobody tuning may score.

Matching rules (one-to-one: each gold item is matched to at most one found item and back):

- Competencies: the set of keys in the output against the gold keys of the ad (every competency
  printed counts, also those inferred from the occupation). Micro-F1 over all ads. Weighted F1
  gives each gold key its gold weight (1-3) and each wrong key its printed weight.
  Floor: always guess the 5 keys commonest in the dev split's gold.
- Tools: a printed tool matches a gold tool when an occurrence of one in the ad (case-insensitive,
  whole words) overlaps an occurrence of the other ("Excel" found for gold "Microsoft Excel"
  matches). Precision over printed tools, recall over gold tools. Floor: every capitalised word
  that does not start its sentence or line.
- Debrief items (concerns, promises, facts, self-criticism, next step): a found item matches a
  gold item of the same kind when their evidence spans (character offsets in the notes; the gold
  span is where its evidence occurs) overlap. Recall = matched gold / gold; precision = matched
  found / found. One found item covering two gold promises counts once, so promises are only
  all found when each is its own to-do.
- A matched concern is "worded as the worry" when its text shares a content word (4+ letters,
  first 5 letters compared) with the gold worry and is not just the reaction marker.
- People: a found person matches a gold person when the first word of the names agrees
  (case-insensitive, titles such as "Dr" or "Mrs" aside). Role accuracy is over matched people
  whose gold role is given; a gold role of null accepts "other".
- Facts with numbers: recall of the gold facts of category `numbers`.
- Noise wrongly filed: the share of gold noise spans overlapped by any found concern, promise,
  topic, fact, self-criticism or next step (lower is better).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from secondround.core.competencies import competency_key
from secondround.core.debrief import read_debrief
from secondround.core.jobs import analyse_job

DATA = Path(__file__).resolve().parent / "data" / "readers"
Span = tuple[int, int]


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


WRITERS = ("first", "second", "third", "held", "later")


def writer_of(item: dict[str, Any]) -> str:
    """The first writer numbered items from 1 (`note01`), the second from 101 (`note101`), the
    third from 201 (`note201`, up to 499); items numbered 500-999 are held back, by writers
    nobody tuning read; those from 1000 on are by later writers."""
    number = int(re.sub(r"\D", "", item["id"]) or 0)
    if number >= 1000:
        return "later"
    if number >= 500:
        return "held"
    return WRITERS[min(2, max(0, (number - 1) // 100))]


def held_back(item: dict[str, Any]) -> bool:
    return 500 <= int(re.sub(r"\D", "", item["id"]) or 0) <= 999


def our_key(name: str) -> str:
    return competency_key(name) or name


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def f1(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return p, r, ratio(2 * p * r, p + r)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pair(
    gold: list[Any], found: list[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, found index), greedy in order."""
    used: set[int] = set()
    out = []
    for g, gitem in enumerate(gold):
        for f, fitem in enumerate(found):
            if f not in used and same(gitem, fitem):
                used.add(f)
                out.append((g, f))
                break
    return out


def span_of(text: str, evidence: str) -> Span:
    at = text.find(evidence)
    return (at, at + len(evidence))


def occurrences(text: str, name: str) -> list[Span]:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


# ---- job ads ----------------------------------------------------------------------------------


def naive_tools(text: str) -> list[str]:
    """The floor: every capitalised word that does not open its line or sentence."""
    out = []
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?:])\s+", line):
            words = re.findall(r"[A-Za-z][\w+#.-]*", sentence)
            out.extend(w.rstrip(".") for w in words[1:] if w[0].isupper())
    return list(dict.fromkeys(out))


def score_tools(text: str, gold: list[str], found: list[str]) -> tuple[int, int, int, list[str]]:
    def same(g: str, f: str) -> bool:
        return any(overlaps(a, b) for a in occurrences(text, g) for b in occurrences(text, f))

    matched = pair(gold, found, same)
    wrong = [f for i, f in enumerate(found) if i not in {m[1] for m in matched}]
    return len(matched), len(found) - len(matched), len(gold) - len(matched), wrong


def eval_ads(ads: list[dict[str, Any]], common: list[str], show: bool) -> dict[str, float]:
    c = Counter[str]()
    for ad in ads:
        out = analyse_job(ad["text"]).to_dict()
        # The corpus writes "pressure" for our key working_under_pressure.
        gold = {our_key(k): int(v) for k, v in ad["competencies"].items()}
        found = {x["name"]: int(x["weight"]) for x in out["competencies"]}
        tp = set(gold) & set(found)
        c["tp"] += len(tp)
        c["fp"] += len(set(found) - set(gold))
        c["fn"] += len(set(gold) - set(found))
        c["wtp"] += sum(gold[k] for k in tp)
        c["wfp"] += sum(found[k] for k in set(found) - set(gold))
        c["wfn"] += sum(gold[k] for k in set(gold) - set(found))
        c["not_comp"] += len(set(found) & {our_key(k) for k in ad["not_competencies"]})
        floor = set(common)
        c["ftp"] += len(floor & set(gold))
        c["ffp"] += len(floor - set(gold))
        c["ffn"] += len(set(gold) - floor)
        ttp, tfp, tfn, wrong = score_tools(ad["text"], ad["tools"], out["tools"])
        c["ttp"] += ttp
        c["tfp"] += tfp
        c["tfn"] += tfn
        nt = naive_tools(ad["text"])
        ntp, nfp, nfn, _ = score_tools(ad["text"], ad["tools"], nt)
        c["nttp"] += ntp
        c["ntfp"] += nfp
        c["ntfn"] += nfn
        if show and ad["split"] == "dev":
            missed = sorted(set(gold) - set(found))
            extra = sorted(set(found) - set(gold))
            gold_tools = [
                t
                for t in ad["tools"]
                if not any(t.lower() in f.lower() or f.lower() in t.lower() for f in out["tools"])
            ]
            print(
                f"{ad['id']}: missed {missed} extra {extra} | "
                f"tools wrong {wrong} missed {gold_tools}"
            )
    p, r, f = f1(c["tp"], c["fp"], c["fn"])
    _, _, wf = f1(c["wtp"], c["wfp"], c["wfn"])
    _, _, ff = f1(c["ftp"], c["ffp"], c["ffn"])
    tp_, tr_, _ = f1(c["ttp"], c["tfp"], c["tfn"])
    np_, nr_, _ = f1(c["nttp"], c["ntfp"], c["ntfn"])
    return {
        "ads": len(ads),
        "competency P": p,
        "competency R": r,
        "competency micro-F1": f,
        "competency weighted F1": wf,
        "floor: 5 commonest, micro-F1": ff,
        "not_competencies printed": c["not_comp"],
        "tool precision": tp_,
        "tool recall": tr_,
        "floor: capitalised words, tool P": np_,
        "floor: capitalised words, tool R": nr_,
    }


# ---- notes ------------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z][a-z']{3,}")
# Words of reaction markers ("worried?", "she went quiet"): a text of only these is no worry.
_MARKER_WORDS = frozenset(
    w[:5]
    for w in [
        "worried",
        "concern",
        "concerned",
        "paused",
        "quiet",
        "frowned",
        "wrote",
        "down",
        "noted",
        "unsure",
        "doubt",
        "seemed",
        "looked",
        "face",
        "said",
        "went",
        "hmmm",
        "sure",
        "convinced",
    ]
)


# "Cllr Jenkins", "Rev. Denise Holloway", "Sister Janice Ofori": titles as "Dr" is.
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "cllr", "rev", "revd", "sister", "lady"}
)


def first_name(name: str) -> str:
    """The first word of a name after any title: "Dr Helen Carr" and "Helen Carr" are one person,
    as are "Mrs Okafor" and "Okafor"."""
    words = [w.strip(".") for w in name.lower().split()]
    return next((w for w in words if w not in _TITLES), words[0] if words else "")


def content(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower())}


def item_spans(items: Iterable[dict[str, Any]]) -> list[Span]:
    return [(int(i["start"]), int(i["end"])) for i in items]


def eval_notes(notes: list[dict[str, Any]], show: bool) -> dict[str, float]:
    c = Counter[str]()
    for note in notes:
        text = note["text"]
        out = read_debrief(text).to_dict()
        found: dict[str, list[dict[str, Any]]] = {
            "concerns": out["concerns"],
            "promises": out["promises"],
            "facts": out["facts"],
            "self_criticism": out["practice_points"],
            "next_step": [out["next_round"]] if out["next_round"] else [],
        }
        gold: dict[str, list[dict[str, Any]]] = {
            "concerns": note["concerns"],
            "promises": note["promises"],
            "facts": note["facts"],
            "self_criticism": note["self_criticism"],
            "next_step": [note["next_step"]] if note["next_step"] else [],
        }
        for kind in gold:
            gspans = [span_of(text, g["evidence"]) for g in gold[kind]]
            fspans = item_spans(found[kind])
            matched = pair(gspans, fspans, overlaps)
            c[f"{kind} gold"] += len(gspans)
            c[f"{kind} found"] += len(fspans)
            c[f"{kind} tp"] += len(matched)
            if kind == "concerns":
                for g, f in matched:
                    said = found[kind][f]["text"]
                    worded = content(said) & content(gold[kind][g]["worry"])
                    if worded and not content(said) <= _MARKER_WORDS:
                        c["concerns worded"] += 1
            if kind == "facts":
                numeric = [i for i, g in enumerate(gold[kind]) if g["category"] == "numbers"]
                c["numbers gold"] += len(numeric)
                c["numbers tp"] += sum(1 for g, _ in matched if g in numeric)
            if show and note["split"] == "dev":
                hit = {g for g, _ in matched}
                for i, g in enumerate(gold[kind]):
                    if i not in hit:
                        print(f"{note['id']} missed {kind}: {g['evidence']!r}")
                fhit = {f for _, f in matched}
                for i, f in enumerate(found[kind]):
                    if i not in fhit and kind != "facts":
                        print(f"{note['id']} extra {kind}: {f['evidence']!r}")
        gp, fp_ = note["people"], out["people"]
        matched = pair(gp, fp_, lambda g, f: first_name(g["name"]) == first_name(f["name"]))
        c["people gold"] += len(gp)
        c["people found"] += len(fp_)
        c["people tp"] += len(matched)
        for g, f in matched:
            want = gp[g]["role"] or "other"
            c["roles right"] += want == fp_[f]["role"]
            if show and note["split"] == "dev" and want != fp_[f]["role"]:
                print(f"{note['id']} role: {gp[g]['name']} want {want} got {fp_[f]['role']}")
        if show and note["split"] == "dev":
            hit = {g for g, _ in matched}
            for i, g in enumerate(gp):
                if i not in hit:
                    print(f"{note['id']} missed person: {g['evidence']!r}")
            fhit = {f for _, f in matched}
            for i, f in enumerate(fp_):
                if i not in fhit:
                    print(f"{note['id']} extra person: {f['evidence']!r}")
        everything = [
            *item_spans(out["concerns"]),
            *item_spans(out["promises"]),
            *item_spans(out["topics"]),
            *item_spans(out["facts"]),
            *item_spans(out["practice_points"]),
            *item_spans([out["next_round"]] if out["next_round"] else []),
        ]
        for noise in note["noise"]:
            c["noise gold"] += 1
            wrong = any(overlaps(span_of(text, noise), s) for s in everything)
            c["noise filed"] += wrong
            if wrong and show and note["split"] == "dev":
                print(f"{note['id']} noise filed: {noise!r}")
    result: dict[str, float] = {"notes": len(notes)}
    for kind in ("concerns", "promises", "facts", "self_criticism", "next_step"):
        result[f"{kind} found (recall)"] = ratio(c[f"{kind} tp"], c[f"{kind} gold"])
        result[f"{kind} precision"] = ratio(c[f"{kind} tp"], c[f"{kind} found"])
        if kind == "concerns":
            result["concerns worded as the worry"] = ratio(c["concerns worded"], c["concerns gold"])
        if kind == "facts":
            result["facts with numbers found"] = ratio(c["numbers tp"], c["numbers gold"])
    result["people found (name)"] = ratio(c["people tp"], c["people gold"])
    result["people found (name + role)"] = ratio(c["roles right"], c["people gold"])
    result["people precision"] = ratio(c["people tp"], c["people found"])
    result["noise wrongly filed (lower is better)"] = ratio(c["noise filed"], c["noise gold"])
    return result


def competencies_by_writer(ads: list[dict[str, Any]], splits: list[str]) -> None:
    """Competency P/R/F1 per ads file and split, with the 5-commonest floor beside."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(DATA.glob("ads*.jsonl")):
        ids = {row["id"] for row in load(path.name)}
        by_file[path.name] = [ad for ad in ads if ad["id"] in ids]
    counts = Counter(our_key(k) for ad in ads if ad["split"] == "dev" for k in ad["competencies"])
    common = [k for k, _ in counts.most_common(5)]
    print("\ncompetencies by writer (ads file)     split   ads      P      R     F1  floor F1")
    for name, rows in by_file.items():
        for split in splits:
            chosen = [a for a in rows if a["split"] == split]
            if not chosen:
                continue
            r = eval_ads(chosen, common, show=False)
            print(
                f"  {name:34} {split:>5} {len(chosen):>5} {r['competency P']:>6.3f} "
                f"{r['competency R']:>6.3f} {r['competency micro-F1']:>6.3f} "
                f"{r['floor: 5 commonest, micro-F1']:>9.3f}"
            )


def tools_by_writer(ads: list[dict[str, Any]], splits: list[str]) -> None:
    """Tool P/R per ads file (each file is one writer) and split, the capitalised-words floor
    beside."""
    print("\ntools by writer (ads file)            split   ads      P      R  floor P  floor R")
    for path in sorted(DATA.glob("ads*.jsonl")):
        ids = {row["id"] for row in load(path.name)}
        rows = [ad for ad in ads if ad["id"] in ids]
        for split in splits:
            chosen = [a for a in rows if a["split"] == split]
            if not chosen:
                continue
            c = Counter[str]()
            for ad in chosen:
                found = analyse_job(ad["text"]).to_dict()["tools"]
                tp, fp, fn, _ = score_tools(ad["text"], ad["tools"], found)
                ntp, nfp, nfn, _ = score_tools(ad["text"], ad["tools"], naive_tools(ad["text"]))
                c.update(tp=tp, fp=fp, fn=fn, ntp=ntp, nfp=nfp, nfn=nfn)
            p, r, _ = f1(c["tp"], c["fp"], c["fn"])
            np_, nr, _ = f1(c["ntp"], c["nfp"], c["nfn"])
            print(
                f"  {path.name:34} {split:>5} {len(chosen):>5} {p:>6.3f} {r:>6.3f} "
                f"{np_:>8.3f} {nr:>8.3f}"
            )


def tools_leave_one_writer_out() -> None:
    """The tool model with the shipped L2 and threshold, trained on every other writer's dev ads
    and scored on each writer's dev ads, beside the rules alone (benchmarks/train_tool_model.py)."""
    from train_tool_model import lowo, reads_by_writer, report, shipped_setting

    by_writer = reads_by_writer()
    if len(by_writer) < 2:
        print("\nleave-one-writer-out needs two ads files with dev items.")
        return
    key = shipped_setting()
    report(by_writer, lowo(by_writer, l2s=(key[0],), verbose=False), key)


def leave_one_writer_out() -> None:
    """The trained parts measured on each writer's dev ads, trained on the others', and the
    shipped reader's precision and recall per competency, pooled over the held-out writers."""
    from train_job_model import (
        AD_OUT,
        ad_lowo,
        baseline,
        dev_ads_by_writer,
        dev_lines,
        line_rule,
        lowo,
        micro,
        out_of_sample_reads,
        per_key,
    )

    by_writer, lines = dev_ads_by_writer(), dev_lines()
    if len(by_writer) < 2:
        print("\nleave-one-writer-out needs two ads files with dev items.")
        return
    shipped = json.loads(AD_OUT.read_text(encoding="utf-8"))
    _, cues = lowo(by_writer, lines, fixed=baseline(), verbose=False)
    _, rule = lowo(by_writer, lines, fixed=line_rule(), verbose=False)
    nested = out_of_sample_reads(by_writer, lines, line_rule(), verbose=False)
    fixed = (shipped.get("propose", 0.1), shipped["l2"], shipped["threshold"])
    _, after, _ = ad_lowo(nested, fixed=fixed)
    print(
        "\nleave-one-writer-out (dev ads)  cues+scorer P/R/F1   + line model P/R/F1"
        "    + ad model P/R/F1"
    )
    for writer in [*by_writer, "pooled"]:
        cells = [
            micro(sum(c.values(), Counter()) if writer == "pooled" else c[writer])
            for c in (cues, rule, after)
        ]
        print(f"  {writer:28} " + "   ".join(" ".join(f"{x:.3f}" for x in cell) for cell in cells))
    print("\nleave-one-writer-out per competency, the line model without the ad model:")
    per_key(rule)
    print("leave-one-writer-out per competency, as shipped (with the ad model):")
    per_key(after)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--show", action="store_true", help="list the dev split's misses")
    parser.add_argument(
        "--writer",
        choices=[*WRITERS, "all"],
        default="all",
        help="one writer's items: first (1-100), second (101-200), third (201-499), held (500-999)",
    )
    parser.add_argument("--part", choices=["ads", "notes", "both"], default="both")
    parser.add_argument("--ads", metavar="FILE", help="score one file of ads only: ads-2.jsonl")
    parser.add_argument(
        "--notes", metavar="FILE", help="score one file of notes only (one writer): notes-3.jsonl"
    )
    parser.add_argument(
        "--lowo",
        action="store_true",
        help="add the leave-one-writer-out job reader figures, per writer and per competency",
    )
    parser.add_argument(
        "--without-held",
        action="store_true",
        help="leave out the held-back items (numbered 500-999), which are measured once",
    )
    parser.add_argument(
        "--tool-lowo",
        action="store_true",
        help="add the leave-one-writer-out figure of the job reader's tool model",
    )
    args = parser.parse_args(argv)
    ads, notes = (
        [row for path in sorted(DATA.glob(glob)) for row in load(path.name)]
        for glob in ("ads*.jsonl", "notes*.jsonl")
    )
    if args.writer != "all":
        ads, notes = ([r for r in rows if writer_of(r) == args.writer] for rows in (ads, notes))
    if args.ads:
        ads = load(args.ads)
    if args.notes:
        notes = load(args.notes)
    if args.without_held:
        ads, notes = ([r for r in rows if not held_back(r)] for rows in (ads, notes))
    # Adverts numbered 500-999 are held back whole (the readers README), whatever their label.
    ads = [{**ad, "split": "test"} if held_back(ad) else ad for ad in ads]
    counts = Counter(our_key(k) for ad in ads if ad["split"] == "dev" for k in ad["competencies"])
    common = [k for k, _ in counts.most_common(5)]
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    rows: dict[str, dict[str, float]] = {}
    for split in splits:
        rows[split] = {}
        if args.part != "notes":
            rows[split].update(eval_ads([a for a in ads if a["split"] == split], common, args.show))
        if args.part != "ads":
            rows[split].update(eval_notes([n for n in notes if n["split"] == split], args.show))
    print(f"{'measure':44}" + "".join(f"{s:>8}" for s in splits))
    for key in rows[splits[0]]:
        values = [rows[s][key] for s in splits]
        shown = "".join(
            f"{v:>8.0f}" if float(v).is_integer() and v > 1 else f"{v:>8.3f}" for v in values
        )
        print(f"{key:44}{shown}")
    if args.part != "notes":
        competencies_by_writer(ads, splits)
        if args.lowo:
            leave_one_writer_out()
        tools_by_writer(ads, splits)
        if args.tool_lowo:
            tools_leave_one_writer_out()
    return 0


if __name__ == "__main__":
    sys.exit(main())
