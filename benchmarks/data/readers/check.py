"""Validate the readers corpus: ads*.jsonl (job reader) and notes*.jsonl (debrief reader).

Run: python3 check.py   (exit 0 when everything holds; prints counts)
Every file matching ads*.jsonl (ads.jsonl, ads-2.jsonl, ...) is checked as ads.jsonl is, and
likewise notes*.jsonl; ids must be unique across all the files of a kind.
Checks: JSON per line, ids unique, keys and enum values valid, the split rule, every evidence an
exact substring of its note's text, every tool named in its ad exactly as written, word limits,
minimum counts. An ad may carry `evidence` ({competency: [exact phrases of the ad that ask for it]}).
lines*.jsonl are single requirement lines labelled with the competencies they ask for (or none).
Items numbered 500-999 (ad501, note501, ...) are held back entirely: every one is test.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
COMPETENCIES = {
    "teamwork",
    "leadership",
    "time_management",
    "organisation",
    "conflict",
    "problem_solving",
    "communication",
    "adaptability",
    "initiative",
    "customer_focus",
    "failure_learning",
    "prioritisation",
    "influence",
    "ethics",
    "pressure",
    "decision_making",
}
ROLES = {"line_manager", "senior_executive", "team_member", "current_holder", "hr", "other"}
FACT_CATEGORIES = {
    "team",
    "numbers",
    "culture",
    "process",
    "day_to_day",
    "pay",
    "location",
    "other",
}
STYLES = {"plain", "corporate", "bullets", "tiny", "paraphrased"}
AD_KEYS = {
    "id",
    "split",
    "country",
    "sector",
    "style",
    "title",
    "text",
    "competencies",
    "not_competencies",
    "tools",
    "not_tools",
}
NOTE_KEYS = {
    "id",
    "split",
    "role",
    "company",
    "text",
    "concerns",
    "promises",
    "people",
    "facts",
    "next_step",
    "self_criticism",
    "noise",
}


HELD_BACK = range(500, 1000)


def is_held_back(item_id: str) -> bool:
    """Ads and notes numbered 500-999 come from writers whose whole set is held back."""
    digits = re.sub(r"\D", "", item_id)
    return not item_id.startswith("ln") and bool(digits) and int(digits) in HELD_BACK


def expected_split(item_id: str) -> str:
    """The split rule: an item is test when the last digit of its number is 3, 6 or 9, and every
    item numbered 500 or above is test (a writer's whole set held back)."""
    number = int(re.sub(r"\D", "", item_id))
    if is_held_back(item_id):
        return "test"
    return "test" if number % 10 in (3, 6, 9) else "dev"


def load(name: str, errors: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: not JSON ({e})")
    return rows


def load_all(pattern: str, errors: list[str]) -> list[dict]:
    """Every file matching pattern (sorted), checked alike; prints each file's row count."""
    rows = []
    for path in sorted(HERE.glob(pattern)):
        part = load(path.name, errors)
        print(f"{path.name}: {len(part)} rows")
        rows.extend(part)
    return rows


def check_common(
    row: dict, keys: set[str], seen: set[str], errors: list[str], optional: frozenset[str] = frozenset()
) -> str:
    rid = row.get("id", "?")
    if not keys <= set(row) <= keys | optional:
        errors.append(f"{rid}: keys wrong {sorted(set(row) ^ keys)}")
    if rid in seen:
        errors.append(f"{rid}: duplicate id")
    seen.add(rid)
    if row.get("split") != expected_split(rid):
        errors.append(f"{rid}: split {row.get('split')!r} breaks the split rule")
    return rid


def check_ads(errors: list[str]) -> None:
    ads = load_all("ads*.jsonl", errors)
    seen: set[str] = set()
    for ad in ads:
        rid = check_common(ad, AD_KEYS, seen, errors, frozenset({"evidence"}))
        text = ad.get("text", "")
        words = len(text.split())
        if not 80 <= words <= 700:
            errors.append(f"{rid}: {words} words (want 80-700)")
        if ad.get("country") not in {"UK", "US"}:
            errors.append(f"{rid}: country {ad.get('country')!r}")
        if ad.get("style") not in STYLES:
            errors.append(f"{rid}: style {ad.get('style')!r}")
        comps = ad.get("competencies", {})
        if not comps or set(comps) - COMPETENCIES:
            errors.append(
                f"{rid}: competencies {sorted(set(comps) - COMPETENCIES)} invalid or none"
            )
        if any(w not in (1, 2, 3) for w in comps.values()):
            errors.append(f"{rid}: competency weights must be 1, 2 or 3")
        notc = ad.get("not_competencies", [])
        if set(notc) - COMPETENCIES or set(notc) & set(comps) or len(set(notc)) != len(notc):
            errors.append(f"{rid}: not_competencies invalid, repeated or overlapping competencies")
        for tool in ad.get("tools", []):
            if tool not in text:
                errors.append(f"{rid}: tool {tool!r} not written in the text exactly")
        for word in ad.get("not_tools", []):
            if word.lower() not in text.lower():
                errors.append(f"{rid}: not_tool {word!r} not in the text")
        if set(ad.get("tools", [])) & set(ad.get("not_tools", [])):
            errors.append(f"{rid}: a word is both a tool and a not_tool")
        evidence = ad.get("evidence", {})
        if not isinstance(evidence, dict) or set(evidence) - set(comps):
            errors.append(f"{rid}: evidence must map labelled competencies to phrases")
        else:
            for key, phrases in evidence.items():
                if not isinstance(phrases, list) or not phrases:
                    errors.append(f"{rid}: evidence for {key} must be a non-empty list")
                    continue
                for phrase in phrases:
                    if not isinstance(phrase, str) or phrase not in text:
                        errors.append(f"{rid}: evidence for {key} not in the text: {phrase!r}")
    splits = Counter(a.get("split") for a in ads)
    sectors = Counter(a.get("sector") for a in ads)
    styles = Counter(a.get("style") for a in ads)
    countries = Counter(a.get("country") for a in ads)
    print(
        f"ads: {len(ads)} ({splits['dev']} dev, {splits['test']} test), {len(sectors)} sectors, "
        f"styles {dict(styles)}, countries {dict(countries)}, "
        f"{sum(len(a['tools']) for a in ads)} tools, "
        f"{sum(len(a['competencies']) for a in ads)} competency labels"
    )
    if len(ads) < 60:
        errors.append(f"ads: {len(ads)} (want at least 60)")
    if len(sectors) < 20:
        errors.append(f"ads: {len(sectors)} sectors (want at least 20)")
    if set(styles) != STYLES:
        errors.append("ads: not every style is present")
    # Held-back sets (numbered 500+) are all test by design; the share is of the rest.
    ruled = [a for a in ads if not is_held_back(str(a.get("id", "")))]
    ruled_test = sum(a.get("split") == "test" for a in ruled)
    if not 0.25 <= ruled_test / max(len(ruled), 1) <= 0.35:
        errors.append("ads: test share is not about 30%")


def check_evidence(rid: str, text: str, what: str, evidence: object, errors: list[str]) -> None:
    if not isinstance(evidence, str) or not evidence.strip():
        errors.append(f"{rid}: {what} has no evidence")
    elif evidence not in text:
        errors.append(f"{rid}: {what} evidence not in text: {evidence!r}")
    elif text.count(evidence) > 1:
        errors.append(
            f"{rid}: {what} evidence occurs more than once, so its place is ambiguous: {evidence!r}"
        )


def check_notes(errors: list[str]) -> None:
    notes = load_all("notes*.jsonl", errors)
    seen: set[str] = set()
    totals: Counter[str] = Counter()
    for note in notes:
        rid = check_common(note, NOTE_KEYS, seen, errors)
        text = note.get("text", "")
        if text != text.strip() or not text:
            errors.append(f"{rid}: text empty or padded")
        for i, c in enumerate(note.get("concerns", [])):
            check_evidence(rid, text, f"concern {i}", c.get("evidence"), errors)
            if set(c) != {"evidence", "worry", "competency"} or not c.get("worry"):
                errors.append(f"{rid}: concern {i} needs evidence, worry, competency")
            if c.get("competency") is not None and c.get("competency") not in COMPETENCIES:
                errors.append(f"{rid}: concern {i} competency {c.get('competency')!r}")
            if c.get("worry", "").strip().lower() == c.get("evidence", "").strip().lower():
                errors.append(
                    f"{rid}: concern {i} worry must be the doubt reworded, not the evidence"
                )
        for i, p in enumerate(note.get("promises", [])):
            check_evidence(rid, text, f"promise {i}", p.get("evidence"), errors)
            if set(p) != {"evidence", "todo"} or not p.get("todo"):
                errors.append(f"{rid}: promise {i} needs evidence, todo")
        for i, p in enumerate(note.get("people", [])):
            check_evidence(rid, text, f"person {i}", p.get("evidence"), errors)
            if set(p) != {"name", "role", "evidence"} or not p.get("name"):
                errors.append(f"{rid}: person {i} needs name, role, evidence")
            if p.get("role") is not None and p.get("role") not in ROLES:
                errors.append(f"{rid}: person {i} role {p.get('role')!r}")
        for i, f in enumerate(note.get("facts", [])):
            check_evidence(rid, text, f"fact {i}", f.get("evidence"), errors)
            if f.get("category") not in FACT_CATEGORIES or set(f) != {"evidence", "category"}:
                errors.append(f"{rid}: fact {i} category {f.get('category')!r}")
        step = note.get("next_step")
        if step is not None:
            check_evidence(rid, text, "next_step", step.get("evidence"), errors)
            if set(step) != {"evidence", "text"} or not step.get("text"):
                errors.append(f"{rid}: next_step needs evidence, text")
        for i, s in enumerate(note.get("self_criticism", [])):
            check_evidence(rid, text, f"self_criticism {i}", s.get("evidence"), errors)
            if set(s) != {"evidence", "practice_point"} or not s.get("practice_point"):
                errors.append(f"{rid}: self_criticism {i} needs evidence, practice_point")
        for i, ev in enumerate(note.get("noise", [])):
            check_evidence(rid, text, f"noise {i}", ev, errors)
        for key in ("concerns", "promises", "people", "facts", "self_criticism", "noise"):
            totals[key] += len(note.get(key, []))
        totals["next_step"] += step is not None
    splits = Counter(n.get("split") for n in notes)
    print(
        f"notes: {len(notes)} ({splits['dev']} dev, {splits['test']} test); items: {dict(totals)}"
    )
    if len(notes) < 50:
        errors.append(f"notes: {len(notes)} (want at least 50)")


LINE_KEYS = {"id", "split", "text", "competencies", "not_competencies", "source"}
LINE_SOURCES = {"requirement", "duty", "company", "benefit", "boilerplate", "other"}


def check_lines(errors: list[str]) -> None:
    """lines*.jsonl: one line of an advert each, with the competencies it asks for (maybe none)."""
    lines = load_all("lines*.jsonl", errors)
    seen: set[str] = set()
    texts: set[str] = set()
    labels: Counter[str] = Counter()
    for row in lines:
        rid = check_common(row, LINE_KEYS, seen, errors)
        text = row.get("text", "")
        if not isinstance(text, str) or not 2 <= len(text.split()) <= 60:
            errors.append(f"{rid}: text must be 2-60 words")
        if text.strip().lower() in texts:
            errors.append(f"{rid}: duplicate text")
        texts.add(text.strip().lower())
        comps = row.get("competencies", [])
        notc = row.get("not_competencies", [])
        if not isinstance(comps, list) or set(comps) - COMPETENCIES or len(set(comps)) != len(comps):
            errors.append(f"{rid}: competencies invalid or repeated")
        if not isinstance(notc, list) or set(notc) - COMPETENCIES or set(notc) & set(comps):
            errors.append(f"{rid}: not_competencies invalid or overlapping competencies")
        if row.get("source") not in LINE_SOURCES:
            errors.append(f"{rid}: source {row.get('source')!r} (want one of {sorted(LINE_SOURCES)})")
        labels.update(comps or ["(none)"])
    if lines:
        splits = Counter(r.get("split") for r in lines)
        print(
            f"lines: {len(lines)} ({splits['dev']} dev, {splits['test']} test); "
            f"labels {dict(sorted(labels.items()))}"
        )


def main() -> int:
    errors: list[str] = []
    check_ads(errors)
    check_notes(errors)
    check_lines(errors)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
