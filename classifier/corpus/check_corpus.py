#!/usr/bin/env python3
"""Validate the Hypewatch training corpus and print counts.

Usage: python3 classifier/corpus/check_corpus.py
Exit status 1 if any format rule is broken or a minimum count is missed.
"""
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["cure", "novelty", "hype", "causal", "extrapolation", "certainty"]
STRENGTHS = ["none", "correlational", "conditional", "causal"]
HEADER = "text\tlabels\tstrength"
MINIMUM = {f"{l}.tsv": 330 for l in LABELS}
MINIMUM["neutral.tsv"] = 1200
MINIMUM["hard_negatives.tsv"] = 600
MINIMUM["findings.tsv"] = 0
FILES = [f"{l}.tsv" for l in LABELS] + ["neutral.tsv", "hard_negatives.tsv", "findings.tsv"]
STRENGTH_ONLY = "findings.tsv"  # rows graded for claim strength only: labels column "-"


def norm(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def main():
    errors = []
    seen = {}
    per_file = {}
    label_counts = Counter()
    strength_counts = Counter()
    for name in FILES:
        path = HERE / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{name}: not UTF-8 ({exc})")
            continue
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if not lines or lines[0] != HEADER:
            errors.append(f"{name}: bad header {lines[:1]!r}")
            continue
        rows = 0
        for i, line in enumerate(lines[1:], start=2):
            if "\r" in line:
                errors.append(f"{name}:{i}: carriage return")
            cols = line.split("\t")
            if len(cols) != 3:
                errors.append(f"{name}:{i}: {len(cols)} columns")
                continue
            sent, labels, strength = cols
            if not sent.strip() or sent != sent.strip():
                errors.append(f"{name}:{i}: empty text or stray whitespace")
            if (labels == "-") != (name == STRENGTH_ONLY):
                errors.append(f"{name}:{i}: labels '-' belong in {STRENGTH_ONLY} and only there")
            labs = labels.split(" ") if labels and labels != "-" else []
            bad = [l for l in labs if l not in LABELS]
            if bad or len(set(labs)) != len(labs):
                errors.append(f"{name}:{i}: bad labels {labels!r}")
            if strength not in STRENGTHS:
                errors.append(f"{name}:{i}: bad strength {strength!r}")
            stem = name[:-4]
            if stem in LABELS and stem not in labs:
                errors.append(f"{name}:{i}: row lacks its file's label")
            if name in ("neutral.tsv", "hard_negatives.tsv") and labs:
                errors.append(f"{name}:{i}: negative row carries labels")
            key = norm(sent)
            if key in seen:
                errors.append(f"{name}:{i}: duplicate of {seen[key]}")
            else:
                seen[key] = f"{name}:{i}"
            for l in labs:
                label_counts[l] += 1
            if not labs and name != STRENGTH_ONLY:
                label_counts["(none)"] += 1
            strength_counts[strength] += 1
            rows += 1
        per_file[name] = rows
        if rows < MINIMUM[name]:
            errors.append(f"{name}: {rows} rows, need >= {MINIMUM[name]}")

    print("Rows per file:")
    for name in FILES:
        print(f"  {name:22s} {per_file.get(name, 0):5d}")
    print(f"  {'TOTAL':22s} {sum(per_file.values()):5d}")
    print("Rows per label (all files):")
    for l in LABELS + ["(none)"]:
        print(f"  {l:22s} {label_counts[l]:5d}")
    print("Rows per strength (all files):")
    for s in STRENGTHS:
        print(f"  {s:22s} {strength_counts[s]:5d}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
