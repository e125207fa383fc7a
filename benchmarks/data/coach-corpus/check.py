#!/usr/bin/env python3
"""Validate the answer-coach calibration corpus in this folder and print its counts.

Usage:
  python3 check.py            # validate, print counts and targets; exit 1 on any schema error
  python3 check.py --strict   # also exit 1 if a size/coverage target is not met
  python3 check.py --readme   # validate, then rewrite the counts section of README.md
  python3 check.py --assign-splits   # rewrite every `split` field by the split rule (after appending a batch)
  python3 check.py --dir ../coach-corpus-w2   # check another writer's corpus (its corpus.json gives
                                               # the id prefix and whether every item is test)
"""
import collections, glob, json, os, re, sys

SCRIPT = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.abspath(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else SCRIPT
# coach-dev lives in ../shared beside the repository (…/benchmarks/data/coach-corpus -> ../../../../shared)
DEV = next((d for d in (os.path.join(SCRIPT, *[".."] * k, "shared", "data", "coach-dev") for k in (2, 4))
            if os.path.isdir(d)), "")
_CONFIG_PATH = os.path.join(HERE, "corpus.json")
CONFIG = json.load(open(_CONFIG_PATH, encoding="utf-8")) if os.path.exists(_CONFIG_PATH) else {}
PREFIX = CONFIG.get("prefix", "c")  # answer ids PREFIX-0001, pair ids PREFIXp-001
ALL_TEST = CONFIG.get("all_test", False)  # a held-back writer: every item is test
KINDS = ["behavioural", "in_depth", "situational", "motivation", "company_knowledge",
         "plan_90_days", "factual", "salary", "loose_ends"]
STAR_KINDS = {"behavioural", "in_depth"}
COMPETENCY_KINDS = {"behavioural", "in_depth", "situational"}
COMPETENCIES = {"teamwork", "leadership", "time_management", "organisation", "conflict", "problem_solving",
                "communication", "adaptability", "initiative", "customer_focus", "failure_learning",
                "prioritisation", "influence", "ethics", "pressure", "decision_making"}
STYLES = ["spoken", "written", "bullets", "short", "non_native"]
LABELS = ["S", "T", "A", "R", "O"]
TEST_SHARE = 0.3  # split rule: deterministic minimisation over metadata, see assign_splits()
ANSWER_KEYS = ["id", "split", "kind", "question", "competency", "occupation", "country", "style",
               "quality", "sentences", "facts"]
PAIR_KEYS = ["id", "split", "kind", "question", "occupation", "style", "weak", "strong", "why"]
# spelling that marks the other variety (checked on whole words, lower case)
US_ONLY = r"\b(organiz\w*|prioritiz\w*|realiz(e|ed|es|ing|ation)\b|recogniz\w*|apologiz\w*|color\w*|favor\w*|behavior\w*|center|centers|labor|neighbor\w*|analyz\w*|catalog|traveled|traveling|canceled|license[ds]?\b(?= to))\b"
UK_ONLY = r"\b(organis\w*|prioritis\w*|realis(e|ed|es|ing|ation)\b|recognis\w*|apologis\w*|colour\w*|favour\w*|behaviour\w*|centre|centres|labour|neighbour\w*|analys(e|ed|es|ing)|programme\w*|travelled|travelling|cancelled|whilst|fortnight)\b"

# occupation -> sector, for reporting spread only (first matching keyword wins)
SECTORS = [
    ("health", r"nurs|vet|midwife|doctor|paramedic|pharmac|dental|optician|physio|therapist|hospital|hospice|health|clinical|ICU|ER nurse|biomedical|care coordinator|discharge|theatre|ward clerk|porter|practitioner|emergency dispatcher"),
    ("social care", r"care (assistant|worker|home)|social|senior care|support worker|nursery"),
    ("education", r"teach|school|university|head of department|librarian|student|SENCo"),
    ("public sector", r"civil servant|policy|police|council|fire station|public|union|air traffic|call handler|procurement officer|dispatcher|security"),
    ("charity", r"charity|volunteer|fundrais|campaign"),
    ("software & IT", r"software|developer|engineer(ing)? manager|data|IT |network|tester|UX|product (manager|designer)|mobile|help desk|service desk|startup"),
    ("finance & law", r"accountant|accounts|bank|finance|financial|bookkeep|mortgage|insurance|solicitor|paralegal|legal|payable|head of finance|teller"),
    ("construction & trades", r"electric|plumb|site|construction|surveyor|architect|civil engineer|structural|HVAC|air conditioning|mechanic|labourer|maintenance|railway|farm"),
    ("manufacturing & science", r"production|manufactur|quality engineer|lab|research|scientist|factory"),
    ("logistics & transport", r"warehouse|driver|logistics|supply chain|transport|forklift|HGV|delivery|dispatch|pilot|cabin crew|airline|bus"),
    ("hospitality", r"chef|cook|restaurant|barista|bar|hotel|kitchen|waiter|server|event|wedding|conference|hospitality|bakery|catering"),
    ("retail & sales", r"retail|store|shop|sales|account (manager|executive)|estate agent|customer success|property|associate|hairdresser"),
    ("customer support", r"customer|call centre|call center|receptionist|support agent|service adviser|contact"),
    ("marketing, media & design", r"marketing|design|journalist|translator|producer|creative"),
    ("HR & admin", r"HR|recruit|admin|office|secretary|assistant|coordinator|operations|project|manager|supervisor|leader"),
]

SECTOR_OVERRIDES = {"hospitality supervisor": "hospitality", "kitchen porter": "hospitality",
                    "nursery manager": "education", "nursery practitioner": "education",
                    "HR business partner": "HR & admin", "truck dispatcher": "logistics & transport",
                    "emergency dispatcher": "public sector", "startup founder": "hospitality",
                    "account manager": "retail & sales", "account executive": "retail & sales",
                    "sales account manager": "retail & sales"}

def sector(occ):
    if occ in SECTOR_OVERRIDES:
        return SECTOR_OVERRIDES[occ]
    for name, pat in SECTORS:
        if re.search(pat, occ, re.I):
            return name
    return "other"

def answer_factors(d):
    return [("kind", d["kind"]), ("style", d["style"]), ("sector", sector(d["occupation"])), ("country", d["country"])]

def pair_factors(d):
    return [("kind", "star" if d["kind"] in STAR_KINDS else d["kind"]), ("style", d["style"]),
            ("sector", sector(d["occupation"]))]

def assign_splits(rows, factors):
    """The split rule. Items are taken in id order; each goes to whichever split leaves the test share
    closest to TEST_SHARE summed over its metadata levels (kind, style, sector, country for answers), i.e.
    deterministic minimisation as used for allocation in clinical trials. Only metadata is used, never
    the text, quality or labels, and earlier items never change split when items are appended.
    Ties go to test only while the overall test share is below TEST_SHARE. A held-back writer's
    corpus (corpus.json "all_test") is test throughout."""
    if ALL_TEST:
        return ["test"] * len(rows)
    n, t = collections.Counter(), collections.Counter()
    total = tests = 0
    out = []
    for d in rows:
        fs = factors(d)
        cost_test = sum(abs(t[f] + 1 - TEST_SHARE * (n[f] + 1)) for f in fs)
        cost_train = sum(abs(t[f] - TEST_SHARE * (n[f] + 1)) for f in fs)
        is_test = cost_test < cost_train or (cost_test == cost_train and tests < TEST_SHARE * (total + 1))
        for f in fs:
            n[f] += 1
            t[f] += is_test
        total += 1
        tests += is_test
        out.append("test" if is_test else "train")
    return out

errors, warnings = [], []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def norm(t):
    t = re.sub(r"^[-*•]\s+", "", t.strip().lower())
    return re.sub(r"[^a-z0-9]+", " ", t).strip()

def load(pattern):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                rows.append((f"{os.path.basename(path)}:{ln}", json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{ln}", f"invalid JSON ({e})")
    return rows

def dev_sentences():
    seen = set()
    for name in ("star_answers.jsonl", "pairs.jsonl"):
        p = os.path.join(DEV, name)
        if not os.path.exists(p):
            continue
        for line in open(p, encoding="utf-8"):
            d = json.loads(line)
            for s in d.get("sentences", []):
                seen.add(norm(s["text"]))
            for k in ("weak", "strong"):
                for s in re.split(r"(?<=[.!?])\s+", d.get(k, "")):
                    if len(s) > 30:
                        seen.add(norm(s))
    return seen

def check_answers(rows):
    ids, sents = set(), {}
    devs = dev_sentences()
    try:
        expected_splits = assign_splits([d for _, d in rows], answer_factors)
    except Exception as e:  # malformed rows are reported below
        expected_splits = [None] * len(rows)
    row_no = -1
    for where, d in rows:
        row_no += 1
        w = f"{where} {d.get('id', '?')}"
        if list(d.keys()) != ANSWER_KEYS:
            missing = set(ANSWER_KEYS) - set(d); extra = set(d) - set(ANSWER_KEYS)
            if missing or extra:
                err(w, f"keys: missing {sorted(missing)} extra {sorted(extra)}"); continue
        if not re.fullmatch(rf"{PREFIX}-\d{{4}}", str(d["id"])):
            err(w, f"id must look like {PREFIX}-0001")
        if d["id"] in ids:
            err(w, "duplicate id")
        ids.add(d["id"])
        expected = f"{PREFIX}-{len(ids):04d}"
        if d["id"] != expected:
            err(w, f"ids must run in order; expected {expected}")
        if d["kind"] not in KINDS:
            err(w, f"kind {d['kind']!r} not allowed"); continue
        split = expected_splits[row_no]
        if d["split"] != split:
            err(w, f"split {d['split']!r} breaks the split rule (expected {split})")
        if not isinstance(d["question"], str) or len(d["question"]) < 8:
            err(w, "question missing")
        if d["kind"] in COMPETENCY_KINDS:
            if d["competency"] not in COMPETENCIES:
                err(w, f"competency {d['competency']!r} not allowed for kind {d['kind']}")
        elif d["competency"] is not None:
            err(w, f"competency must be null for kind {d['kind']}")
        if not isinstance(d["occupation"], str) or not d["occupation"].strip() :
            err(w, "occupation must be a non-empty string")
        if d["country"] not in ("UK", "US"):
            err(w, "country must be UK or US")
        if d["style"] not in STYLES:
            err(w, f"style {d['style']!r} not allowed")
        if d["quality"] not in (1, 2, 3, 4, 5):
            err(w, "quality must be an integer 1-5")
        f = d["facts"]
        if not isinstance(f, dict) or set(f) != {"has_quantified_result", "ownership", "hedging"}:
            err(w, "facts must have has_quantified_result, ownership, hedging")
        else:
            if not isinstance(f["has_quantified_result"], bool):
                err(w, "has_quantified_result must be true/false")
            if f["ownership"] not in ("I", "we", "mixed"):
                err(w, "ownership must be I, we or mixed")
            if f["hedging"] not in ("none", "some", "heavy"):
                err(w, "hedging must be none, some or heavy")
            if f["has_quantified_result"] and not any(
                    s["label"] == "R" and re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|hundred|half|third|quarter|fifth|double|doubled|twice|zero|percent|dozen)\b", s["text"], re.I)
                    for s in d["sentences"] if isinstance(s, dict) and "text" in s):
                warnings.append(f"{w}: has_quantified_result is true but no R sentence has a number")
        ss = d["sentences"]
        if not isinstance(ss, list) or not ss:
            err(w, "sentences must be a non-empty list"); continue
        for i, s in enumerate(ss):
            if not isinstance(s, dict) or set(s) != {"text", "label"}:
                err(w, f"sentence {i} must be {{text, label}}"); continue
            if s["label"] not in LABELS:
                err(w, f"sentence {i} label {s['label']!r}")
            t = s["text"]
            if not isinstance(t, str) or len(t.strip()) < 2 or t != t.strip():
                err(w, f"sentence {i} text empty or padded")
                continue
            n = norm(t)
            if n in sents:
                err(w, f"sentence {i} duplicates {sents[n]}: {t[:60]!r}")
            else:
                sents[n] = d["id"]
            if len(n) > 25 and n in devs:
                err(w, f"sentence {i} copies a coach-dev sentence: {t[:60]!r}")
            if d["style"] == "bullets" and not re.match(r"^[-*•] ", t):
                err(w, f"bullets answer: sentence {i} must start with a bullet marker")
            if d["style"] != "bullets" and re.match(r"^[-*•] ", t):
                err(w, f"sentence {i} starts with a bullet but style is {d['style']}")
        if d["style"] == "spoken" and not re.search(r"\b(um|uh|er|like|you know|yeah|so|right|okay|honestly|i mean)\b", " ".join(x.get("text", "") for x in ss if isinstance(x, dict)).lower()):
            warnings.append(f"{w}: spoken answer has no filler or discourse marker")
        if d["style"] == "short" and not 1 <= len(ss) <= 3:
            err(w, "short answers have 1-3 sentences")
        if d["style"] != "short" and len(ss) < 3:
            warnings.append(f"{w}: only {len(ss)} sentences but style is {d['style']}")
        text = " ".join(s.get("text", "") for s in ss if isinstance(s, dict)) + " " + str(d["question"])
        bad = re.findall(US_ONLY if d["country"] == "UK" else UK_ONLY, text.lower())
        if bad:
            warnings.append(f"{w}: {d['country']} answer uses other-variety spelling {sorted(set(b if isinstance(b, str) else b[0] for b in bad))}")
    return sents

def check_pairs(rows, answer_sents):
    ids, pair_sents, devs = set(), {}, dev_sentences()
    try:
        expected_splits = assign_splits([d for _, d in rows], pair_factors)
    except Exception:
        expected_splits = [None] * len(rows)
    for i, (where, d) in enumerate(rows):
        w = f"{where} {d.get('id', '?')}"
        if set(d) != set(PAIR_KEYS):
            err(w, f"keys must be {PAIR_KEYS}"); continue
        if not re.fullmatch(rf"{PREFIX}p-\d{{3}}", str(d["id"])) or d["id"] in ids:
            err(w, f"id must be unique and look like {PREFIX}p-001")
        ids.add(d["id"])
        split = expected_splits[i]
        if d["split"] != split:
            err(w, f"split breaks the split rule (expected {split})")
        if d["kind"] not in KINDS:
            err(w, f"kind {d['kind']!r} not allowed")
        if d["style"] not in STYLES:
            err(w, f"style {d['style']!r} not allowed")
        for k in ("question", "weak", "strong", "why", "occupation"):
            if not isinstance(d[k], str) or not d[k].strip():
                err(w, f"{k} empty")
        if d["weak"].strip() == d["strong"].strip():
            err(w, "weak and strong are identical")
        for k in ("weak", "strong"):
            for s in re.split(r"(?<=[.!?])\s+|\n", d[k]):
                n = norm(s)
                if len(n) > 30 and n in answer_sents:
                    err(w, f"{k} reuses an answer sentence: {s[:60]!r}")
                if len(n) > 30 and n in devs:
                    err(w, f"{k} copies a coach-dev sentence: {s[:60]!r}")
                if len(n) > 30:
                    if n in pair_sents:
                        err(w, f"{k} repeats a sentence of {pair_sents[n]}: {s[:60]!r}")
                    pair_sents[n] = d["id"]

def table(counter, order=None):
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], str(k)))
    return " | ".join(f"{k}: {counter[k]}" for k in keys if counter[k])

def counts(ans, pairs):
    out = []
    A = [d for _, d in ans]
    P = [d for _, d in pairs]
    nsent = sum(len(d["sentences"]) for d in A)
    out.append(f"- answers: {len(A)} (train {sum(d['split']=='train' for d in A)}, test {sum(d['split']=='test' for d in A)}); "
               f"labelled sentences: {nsent} (train {sum(len(d['sentences']) for d in A if d['split']=='train')}, "
               f"test {sum(len(d['sentences']) for d in A if d['split']=='test')})")
    out.append(f"- pairs: {len(P)} (train {sum(d['split']=='train' for d in P)}, test {sum(d['split']=='test' for d in P)})")
    for name, key, order in (("kind", "kind", KINDS), ("style", "style", STYLES), ("country", "country", None),
                             ("quality", "quality", [1, 2, 3, 4, 5])):
        c = collections.Counter(d[key] for d in A)
        ct = collections.Counter(d[key] for d in A if d["split"] == "test")
        out.append(f"- answers by {name}: " + " | ".join(f"{k}: {c[k]} ({ct[k]} test)" for k in (order or sorted(c)) if c[k]))
    lab = collections.Counter(s["label"] for d in A for s in d["sentences"])
    labt = collections.Counter(s["label"] for d in A if d["split"] == "test" for s in d["sentences"])
    out.append("- sentences by label: " + " | ".join(f"{k}: {lab[k]} ({labt[k]} test)" for k in LABELS))
    for k in KINDS:
        lk = collections.Counter(s["label"] for d in A if d["kind"] == k for s in d["sentences"])
        out.append(f"  - {k}: " + table(lk, LABELS))
    sty = collections.Counter((d["style"]) for d in A for s in d["sentences"])
    out.append("- sentences by style: " + table(sty, STYLES))
    comp = collections.Counter(d["competency"] for d in A if d["competency"])
    out.append(f"- competencies ({len(comp)}): " + table(comp))
    sec = collections.Counter(sector(d["occupation"]) for d in A)
    sect = collections.Counter(sector(d["occupation"]) for d in A if d["split"] == "test")
    out.append(f"- answers by sector ({len(sec)}, grouped from occupation by keyword): " + " | ".join(f"{k}: {sec[k]} ({sect[k]} test)" for k in sorted(sec, key=lambda k: -sec[k])))
    occ = collections.Counter(d["occupation"] for d in A)
    out.append(f"- occupations ({len(occ)}): " + table(occ))
    fq = collections.Counter(d["facts"]["has_quantified_result"] for d in A)
    fo = collections.Counter(d["facts"]["ownership"] for d in A)
    fh = collections.Counter(d["facts"]["hedging"] for d in A)
    out.append(f"- facts: quantified result true {fq[True]} / false {fq[False]}; ownership {table(fo)}; hedging {table(fh)}")
    star = [d for d in A if d["kind"] in STAR_KINDS]
    labs = lambda d: [x["label"] for x in d["sentences"]]
    def late_s(d):
        l = labs(d)
        return "A" in l and "S" in l[l.index("A") + 1:]
    def action_first(d):
        l = [x for x in labs(d) if x != "O"]
        return bool(l) and l[0] == "A"
    hyp = re.compile(r"\b(i would|i'd|if i (was|were|ran|had))\b", re.I)
    hard = [("answers opening with O", sum(labs(d)[0] == "O" for d in A)),
            ("answers ending with O", sum(labs(d)[-1] == "O" for d in A)),
            ("STAR answers with no R", sum("R" not in labs(d) for d in star)),
            ("STAR answers with no S", sum("S" not in labs(d) for d in star)),
            ("STAR answers whose first non-O sentence is A", sum(action_first(d) for d in star)),
            ("answers with an S after the first A", sum(late_s(d) for d in A)),
            ("STAR answers with no S/T/A/R at all (all O)", sum(set(labs(d)) == {"O"} for d in star)),
            ("O sentences with a hypothetical 'I would / I'd'", sum(1 for d in A for x in d["sentences"] if x["label"] == "O" and hyp.search(x["text"]))),
            ("non-STAR answers containing S/T/A/R sentences", sum(set(labs(d)) != {"O"} for d in A if d["kind"] not in STAR_KINDS))]
    out.append("- hard cases: " + " | ".join(f"{k}: {v}" for k, v in hard))
    pk = collections.Counter(d["kind"] for d in P); ps = collections.Counter(d["style"] for d in P)
    pkt = collections.Counter(d["kind"] for d in P if d["split"] == "test")
    pst = collections.Counter(d["style"] for d in P if d["split"] == "test")
    out.append("- pairs by kind: " + " | ".join(f"{k}: {pk[k]} ({pkt[k]} test)" for k in KINDS if pk[k]))
    out.append("- pairs by style: " + " | ".join(f"{k}: {ps[k]} ({pst[k]} test)" for k in STYLES if ps[k]))
    out.append(f"- pair occupations: {len(set(d['occupation'] for d in P))}")
    return out, A, P, nsent, occ

def targets(A, P, nsent, occ):
    n = len(A) or 1
    kc = collections.Counter(d["kind"] for d in A); sc = collections.Counter(d["style"] for d in A)
    t = [("answers >= 330", len(A) >= 330), ("sentences >= 2800", nsent >= 2800),
         ("behavioural+in_depth >= 60%", (kc["behavioural"] + kc["in_depth"]) / n >= 0.6),
         ("each other kind >= 12", all(kc[k] >= 12 for k in KINDS if k not in STAR_KINDS)),
         ("occupations >= 25", len(occ) >= 25), ("spoken >= 40%", sc["spoken"] / n >= 0.4),
         ("bullets, short, non_native >= 25 each", all(sc[s] >= 25 for s in ("bullets", "short", "non_native"))),
         ("every quality 1-5 >= 10%", all(sum(d["quality"] == q for d in A) >= 0.1 * n for q in range(1, 6))),
         ("test share 25-35%", 0.25 <= sum(d["split"] == "test" for d in A) / n <= 0.35),
         ("pairs >= 80", len(P) >= 80)]
    return t

def rewrite_splits():
    for pattern, factors in (("answers-*.jsonl", answer_factors), ("pairs-*.jsonl", pair_factors)):
        paths = sorted(glob.glob(os.path.join(HERE, pattern)))
        files = [[json.loads(l) for l in open(p, encoding="utf-8") if l.strip()] for p in paths]
        splits = iter(assign_splits([d for rows in files for d in rows], factors))
        for p, rows in zip(paths, files):
            with open(p, "w", encoding="utf-8") as fh:
                for d in rows:
                    d["split"] = next(splits)
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("split fields rewritten by the split rule")

def main():
    if "--assign-splits" in sys.argv:
        rewrite_splits()
    ans = load("answers-*.jsonl"); pairs = load("pairs-*.jsonl")
    sents = check_answers(ans)
    check_pairs(pairs, sents)
    lines, A, P, nsent, occ = counts(ans, pairs)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("\n".join(lines))
    t = targets(A, P, nsent, occ)
    print("targets: " + "; ".join(f"{name} {'ok' if ok else 'NOT MET'}" for name, ok in t))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    if "--readme" in sys.argv and not errors:
        p = os.path.join(HERE, "README.md")
        s = open(p, encoding="utf-8").read()
        block = "<!-- counts:start (written by check.py --readme) -->\n" + "\n".join(lines) + "\n<!-- counts:end -->"
        s = re.sub(r"<!-- counts:start.*?<!-- counts:end -->", lambda m: block, s, flags=re.S)
        open(p, "w", encoding="utf-8").write(s)
        print("README.md counts updated")
    if errors or ("--strict" in sys.argv and not all(ok for _, ok in t)):
        sys.exit(1)

if __name__ == "__main__":
    main()
