#!/usr/bin/env python3
"""Print Markdown count tables for DATASHEET.md (run after build_corpus.py)."""
import csv
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["cure", "novelty", "hype", "causal", "extrapolation", "certainty"]
STRENGTHS = ["none", "correlational", "conditional", "causal"]
FILES = [f"{l}.tsv" for l in LABELS] + ["neutral.tsv", "hard_negatives.tsv", "findings.tsv"]


def read(name):
    with open(HERE / name, encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        return [row for row in r]


def main():
    prov = {}
    with open(HERE / "src" / "provenance.tsv", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(r)
        for text, name, source, target in r:
            prov[text] = (source, target)
    print("| file | rows | hand-written | generated | generated % | none | correlational | conditional | causal |")
    print("|---|---|---|---|---|---|---|---|---|")
    tot = Counter()
    lab = Counter()
    combos = Counter()
    hard_target = defaultdict(Counter)
    for name in FILES:
        rows = read(name)
        src = Counter(prov[t][0] for t, _, _ in rows)
        st = Counter(s for _, _, s in rows)
        for t, l, s in rows:
            if l == "-":  # strength only (findings.tsv): no label judged
                continue
            for x in l.split():
                lab[x] += 1
            combos[l or "(none)"] += 1
            if name == "hard_negatives.tsv":
                hard_target[prov[t][1]][prov[t][0]] += 1
        tot.update(st)
        tot["rows"] += len(rows)
        tot["hand"] += src["hand"]
        tot["generated"] += src["generated"]
        print(f"| {name} | {len(rows)} | {src['hand']} | {src['generated']} | "
              f"{100 * src['generated'] / len(rows):.1f} | " + " | ".join(str(st[s]) for s in STRENGTHS) + " |")
    print(f"| **total** | {tot['rows']} | {tot['hand']} | {tot['generated']} | "
          f"{100 * tot['generated'] / tot['rows']:.1f} | " + " | ".join(str(tot[s]) for s in STRENGTHS) + " |")
    print()
    print("| label | rows carrying it (all files) |")
    print("|---|---|")
    for l in LABELS:
        print(f"| {l} | {lab[l]} |")
    print(f"| (no label) | {combos['(none)']} |")
    print()
    print("| most frequent label sets | rows |")
    print("|---|---|")
    for c, n in combos.most_common(16):
        print(f"| {c} | {n} |")
    print()
    print("| hard negatives targeting | hand-written | generated | total |")
    print("|---|---|---|---|")
    for l in LABELS:
        c = hard_target[l]
        print(f"| {l} | {c['hand']} | {c['generated']} | {c['hand'] + c['generated']} |")


if __name__ == "__main__":
    main()
