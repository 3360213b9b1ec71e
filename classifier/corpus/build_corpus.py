#!/usr/bin/env python3
"""Build the Hypewatch TSV files from hand-written sources plus a small generator.

Hand-written sources live in src/*.txt, one sentence per line:
    codes|strength|text        (label files; the file's own label is added)
    strength|text              (neutral and hard-negative files; no labels)
    strength|text              (findings.txt: strength only, written to findings.tsv with labels "-")
codes: cu=cure no=novelty hy=hype ca=causal ex=extrapolation ce=certainty
strength: n=none r=correlational d=conditional c=causal
Generated sentences (generate.py) are capped at 40% of each output file. All files draw from
one random stream, so a row added to any source file re-draws the generated rows of the files
built after it (classifier/NOTES.md measures how much a re-draw alone moves the shipped flags).

Usage: python3 classifier/corpus/build_corpus.py [--src DIR] [--out DIR]
"""
import argparse
import random
import re
from pathlib import Path

import generate

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
CODES = {"cu": "cure", "no": "novelty", "hy": "hype", "ca": "causal",
         "ex": "extrapolation", "ce": "certainty"}
ORDER = ["cure", "novelty", "hype", "causal", "extrapolation", "certainty"]
STR = {"n": "none", "r": "correlational", "d": "conditional", "c": "causal"}
HARD = ["cure", "novelty", "hype", "causal", "extrapolation", "certainty"]
GEN_SHARE = 0.40
SEED = 20261125


def norm(text):
    return re.sub(r"[^a-z]+", " ", text.lower()).strip()


AUTO = {
    "cure": re.compile(r"\bcur(e|es|ed|ing)\b|\brevers(e|es|ed|ing)\b|\beradicat|\beliminat|\bwipes? out|\bwiped out|\bwalk again", re.I),
    "certainty": re.compile(r"\bprov(e|es|ed|en)\b|\bproof\b|guarantee|risk-free|no risk|zero risk|100 ?(%|per ?cent)|beyond (any )?doubt|no doubt|\bdefinitely\b|\bconclusive", re.I),
    "hype": re.compile(r"breakthrough|miracle|miraculous|game-chang|revolution|holy grail|astonish|wonder (drug|food|pill|spice|gel|vitamin|herb|supplement|vegetable|jab)|stunning|spectacular|jaw-dropping|sensational|phenomenal|groundbreaking|staggering", re.I),
}


def augment(label_str):
    """Add labels whose unambiguous cue words appear in a positive sentence."""
    text, labels, strength = label_str
    labs = set(labels.split())
    for lab, rx in AUTO.items():
        if rx.search(text):
            labs.add(lab)
    return (text, " ".join(l for l in ORDER if l in labs), strength)


def toggle_period(row, rng, p=0.3):
    """Vary final punctuation of generated rows so it does not give the label away."""
    text, labels, strength = row
    if rng.random() >= p or text.endswith(("?", "!", "'", '"')):
        return row
    text = text[:-1] if text.endswith(".") else text + "."
    return (text, labels, strength)


def parse(path, own_label=None):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if own_label is None:
            if len(parts) != 2:
                raise SystemExit(f"{path.name}:{n}: expected strength|text: {line}")
            codes, s, text = "", parts[0], parts[1]
        else:
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{n}: expected codes|strength|text: {line}")
            codes, s, text = parts
        labs = {CODES[c] for c in codes.split()} if codes.strip() else set()
        if own_label:
            labs.add(own_label)
        if s.strip() not in STR:
            raise SystemExit(f"{path.name}:{n}: bad strength {s!r}")
        text = " ".join(text.split())
        rows.append((text, " ".join(l for l in ORDER if l in labs), STR[s.strip()]))
    return rows


def build(src=SRC, out=HERE):
    """Write the TSVs to `out` and provenance.tsv to `src`; returns {file: (hand, generated)}."""
    rng = random.Random(SEED)
    seen = set()
    stats = {}

    def take(rows):
        out = []
        for r in rows:
            k = norm(r[0])
            if k in seen:
                continue
            seen.add(k)
            out.append(r)
        return out

    def take_limit(rows, limit):
        out = []
        for r in rows:
            if len(out) >= limit:
                break
            k = norm(r[0])
            if k in seen:
                continue
            words = set(k.split())
            if any(len(words & w) / len(words | w) >= 0.6 for w in gen_sets):
                continue
            seen.add(k)
            gen_sets.append(words)
            out.append(r)
        return out

    gen_sets = []
    prov = []
    outputs = {}
    for label in ORDER:
        hand = [augment(r) for r in take(parse(src / f"{label}.txt", label))]
        outputs[label] = (hand, [augment(r) for r in generate.positives(label, rng)])
    # long ledes: one source file, each row goes to the file of its first label
    for r in take(parse(src / "long_ledes.txt", "")):
        r = augment(r)
        first = next(l for l in ORDER if l in r[1].split())
        outputs[first][0].append(r)
    hand = take(parse(src / "neutral.txt"))
    outputs["neutral"] = (hand, generate.neutral(rng))
    hard_hand = []
    target = {}
    for label in HARD:
        p = src / f"hard_{label}.txt"
        if p.exists():
            rows = take(parse(p))
            for r in rows:
                target[r[0]] = label
            hard_hand += rows
    outputs["hard_negatives"] = (hard_hand, generate.hard_negatives(rng))
    findings_src = parse(src / "findings.txt") if (src / "findings.txt").exists() else []  # (bad lines stop the build here)

    for hand, _ in outputs.values():
        gen_sets.extend(set(norm(r[0]).split()) for r in hand)
    for name, (hand, gen) in outputs.items():
        cap = int(len(hand) * GEN_SHARE / (1 - GEN_SHARE))
        rng.shuffle(gen)
        gen_kept = [toggle_period(r, rng, 0.45 if name in ORDER else 0.5)
                    for r in take_limit(gen, cap)]
        rows = hand + gen_kept
        for r in hand:
            prov.append((r[0], name, "hand", target.get(r[0], "")))
        for r in gen_kept:
            prov.append((r[0], name, "generated", generate.HARD_TARGET.get(r[0], "") if name == "hard_negatives" else ""))
        rng.shuffle(rows)
        with open(out / f"{name}.tsv", "w", encoding="utf-8", newline="\n") as f:
            f.write("text\tlabels\tstrength\n")
            for t, l, s in rows:
                assert "\t" not in t and "\n" not in t
                f.write(f"{t}\t{l}\t{s}\n")
        stats[name] = (len(hand), len(gen_kept))
    # findings: how studies' results are worded in the news, for the strength model only. Read
    # last and without the generator's random stream, so the other files do not move with it.
    findings = [(t, "-", s) for t, _, s in take(findings_src)]
    if findings:
        random.Random(SEED).shuffle(findings)
        with open(out / "findings.tsv", "w", encoding="utf-8", newline="\n") as f:
            f.write("text\tlabels\tstrength\n")
            for t, l, s in findings:
                assert "\t" not in t and "\n" not in t
                f.write(f"{t}\t{l}\t{s}\n")
        prov.extend((t, "findings", "hand", "") for t, _, _ in findings)
        stats["findings"] = (len(findings), 0)
    with open(src / "provenance.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("text\tfile\tsource\thard_negative_target\n")
        for row in sorted(prov, key=lambda x: (x[1], x[2], x[0])):
            f.write("\t".join(row) + "\n")
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=SRC, help="hand-written sources (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=HERE, help="where the TSVs go (default: %(default)s)")
    args = ap.parse_args()
    stats = build(args.src, args.out)
    print("file                 hand  generated  total  gen%")
    for name, (h, g) in stats.items():
        print(f"{name:20s} {h:5d} {g:10d} {h+g:6d} {100*g/max(1,h+g):5.1f}")


if __name__ == "__main__":
    main()
