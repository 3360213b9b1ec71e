#!/usr/bin/env python3
"""What the analyser says about real news: every flag and checklist verdict on the FakeHealth texts.

    python bench/realnews.py dump DIR            # DIR/flags.tsv and DIR/criteria.tsv, with the counts
    python bench/realnews.py diff OLD_DIR NEW    # the counts before -> after, and every row that moved
    python bench/realnews.py dump --source pages DIR   # the same on the extraction sets' 1,171 web pages
    python bench/realnews.py dump --source releases DIR   # ... on the claims sets' press-release sentences
    python bench/realnews.py dump --source papers DIR     # ... on the conclusions of the papers they report

FakeHealth (../shared/data/news/fakehealth: 1,638 stories and 599 press releases) carries no labels for
these claims, so a change to the analyser's rules is measured by dumping before and after it and reading
every flag and verdict it moved (classifier/NOTES.md records what each change moved). Texts are named
S##### (HealthStory/story_reviews_#####.json) and R##### (HealthRelease/news_reviews_#####.json).
The rules were read from FakeHealth, so its flags say how the rules do on text they were written for.
`--source pages` reads text they were never read from: the pages of the two extraction sets
(../shared/data/extraction, 181 + 990 pages of news and other writing on every topic), each through the
crawler's own extraction, named A<first 8 of its id> and T<number in evaldata.json>; pages with no
article are skipped. `--source releases` reads the press-release sentences of the claims sets, also never read
for flags: each of Yu 2020's EurekAlert releases as its headline and first body sentences (Y<n>), and each
InSciOut press-release conclusion alone (I<n>); their strength labels are not used here. `--source papers` reads the
papers' side: Yu 2019's PubMed conclusion sentences (P<n>) and InSciOut's abstract conclusions (J<n>), each alone,
the kind of text a person pastes into *Check a text*.

The model is the shipped one, trained from the project corpus into a temporary directory (a few
seconds), or the one in --model-dir. The shared data are only read; write DIR outside the repository.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FAKEHEALTH = REPO.parent / "shared" / "data" / "news" / "fakehealth"
EXTRACTION = REPO.parent / "shared" / "data" / "extraction"
CLAIMS = REPO.parent / "shared" / "data" / "claims"
FLAG_COLUMNS = ["text_id", "label", "score", "strength", "headline", "triggers", "sentence"]
CRITERION_COLUMNS = ["text_id", "criterion", "status", "reason", "evidence"]


def texts(limit=None):
    """(text_id, title, text) of every FakeHealth story, then every release, in file order."""
    files = [("S", f) for f in sorted((FAKEHEALTH / "HealthStory").glob("story_reviews_*.json"))]
    files += [("R", f) for f in sorted((FAKEHEALTH / "HealthRelease").glob("news_reviews_*.json"))]
    for prefix, path in files[:limit]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        yield prefix + path.stem.rsplit("_", 1)[-1], doc.get("title") or "", doc.get("text") or ""


def pages(limit=None):
    """(text_id, title, text) of every page of the two extraction sets the crawler's extraction finds an article in."""
    import gzip

    from crawler.extraction import ExtractionError, extract_html

    benchmark = EXTRACTION / "article-extraction-benchmark"
    found = [(f"A{key[:8]}", benchmark / "html" / f"{key}.html.gz", entry.get("url"))
             for key, entry in json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8")).items()]
    evaluation = EXTRACTION / "trafilatura-eval"
    for n, (url, entry) in enumerate(json.loads((evaluation / "evaldata.json").read_text(encoding="utf-8")).items()):
        cached = evaluation / "html" / "cache" / f"{entry['file']}.gz"
        found.append((f"T{n}", cached if cached.exists() else evaluation / "html" / "eval" / f"{entry['file']}.gz", url))
    for text_id, path, url in found[:limit]:
        if not path.exists():
            continue
        try:
            page = extract_html(gzip.decompress(path.read_bytes()), url)
        except ExtractionError:
            continue
        yield text_id, page["title"] or "", page["text"]


def _insciout(field: str) -> list[str]:
    """One field of every InSciOut pair, test then train."""
    out = []
    for name in ("insciout_test.jsonl", "insciout_train.jsonl"):
        with open(CLAIMS / "wright2021-insciout" / name, encoding="utf-8") as f:
            out += [json.loads(line)[field] for line in f if line.strip()]
    return out


def releases(limit=None):
    """(text_id, title, text) of the press-release sentences of the claims sets: each Yu 2020 release's headline
    and first body sentences as one short story (Y<n>, in file order), then each InSciOut press-release
    conclusion alone (I<n>, test then train)."""
    grouped: dict[str, dict] = {}
    with open(CLAIMS / "yu2020-eurekalert" / "annotated_eureka.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            release, _, kind = row["sentId"].rsplit("-", 2)
            parts = grouped.setdefault(release, {"title": "", "body": []})
            if kind == "title":
                parts["title"] = row["sentence"]
            else:
                parts["body"].append(row["sentence"])
    found = [(f"Y{n}", parts["title"], " ".join(parts["body"])) for n, parts in enumerate(grouped.values())]
    found += [(f"I{n}", "", text) for n, text in enumerate(_insciout("press_release_conclusion"))]
    yield from found[:limit]


def papers(limit=None):
    """(text_id, "", text) of the papers' own conclusions in the claims sets, each alone: Yu 2019's PubMed conclusion
    sentences (P<n>, in file order; a few carry broken characters, read as they are), then InSciOut's abstract
    conclusions (J<n>, test then train)."""
    found = []
    with open(CLAIMS / "yu2019-pubmed" / "pubmed_causal_language_use.csv", encoding="utf-8", errors="replace",
              newline="") as f:
        found += [(f"P{n}", "", row["sentence"]) for n, row in enumerate(csv.DictReader(f))]
    found += [(f"J{n}", "", text) for n, text in enumerate(_insciout("abstract_conclusion"))]
    yield from found[:limit]


SOURCES = {"fakehealth": (texts, FAKEHEALTH), "pages": (pages, EXTRACTION), "releases": (releases, CLAIMS),
           "papers": (papers, CLAIMS)}


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def dump(out_dir: Path, model_dir: Path | None, limit=None, source: str = "fakehealth") -> None:
    import classifier
    from classifier.model import read_card, train

    keep = None
    if model_dir is None:
        keep = tempfile.TemporaryDirectory(prefix="hypewatch-realnews-")
        model_dir = Path(keep.name)
    if read_card(model_dir) is None:
        print(f"training the shipped model in {model_dir} …", file=sys.stderr)
        train(model_dir, cross_validation=False)
    analyser = classifier.load_analyser(model_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    not_read = Counter()
    with open(out_dir / "flags.tsv", "w", encoding="utf-8", newline="") as ff, \
            open(out_dir / "criteria.tsv", "w", encoding="utf-8", newline="") as fc:
        flags, crits = csv.writer(ff, delimiter="\t"), csv.writer(fc, delimiter="\t")
        flags.writerow(FLAG_COLUMNS)
        crits.writerow(CRITERION_COLUMNS)
        for text_id, title, text in SOURCES[source][0](limit):
            result = analyser.analyse(text, title=title)
            not_read[result["out_of_scope"]] += 1
            sentences = result["sentences"]
            for s in sentences:
                for label in s["labels"]:
                    flags.writerow([text_id, label, f"{s['scores'][label]:.3f}", s.get("strength"), s.get("headline"),
                                    ",".join(s["triggers"].get(label, [])), _one_line(s["text"])])
            for c in result["criteria"]:
                evidence = " || ".join(_one_line(sentences[i]["text"]) for i in c.get("evidence", []))
                crits.writerow([text_id, c["id"], c["status"], _one_line(c.get("reason", "")), evidence])
            n += 1
            if n % 250 == 0:
                print(f"  {n} texts", file=sys.stderr)
    del keep  # the temporary model goes with it
    print(f"{n} texts analysed into {out_dir}")
    print(f"not read (classifier.scope): {not_read['not_english']:,} not in English, "
          f"{not_read['not_about_health']:,} not about health")
    report(read(out_dir))


def read(directory: Path) -> tuple[list[dict], list[dict]]:
    def rows(name):
        with open(Path(directory) / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f, delimiter="\t"))
    return rows("flags.tsv"), rows("criteria.tsv")


def _counts(flags, criteria):
    return Counter(r["label"] for r in flags), Counter(r["criterion"] for r in criteria if r["status"] == "satisfied")


def report(dumped) -> None:
    by_label, satisfied = _counts(*dumped)
    print(f"flags: {sum(by_label.values()):,}  " + "  ".join(f"{k} {v:,}" for k, v in sorted(by_label.items())))
    print("criteria satisfied: " + "  ".join(f"{k} {v:,}" for k, v in sorted(satisfied.items())))


def diff(old_dir: Path, new_dir: Path) -> int:
    """Print what moved between two dumps; return how many flag rows and verdicts moved."""
    (old_flags, old_crit), (new_flags, new_crit) = read(old_dir), read(new_dir)
    (old_labels, old_sat), (new_labels, new_sat) = _counts(old_flags, old_crit), _counts(new_flags, new_crit)
    print(f"flags {sum(old_labels.values()):,} -> {sum(new_labels.values()):,}")
    for label in sorted(old_labels.keys() | new_labels.keys()):
        if old_labels[label] != new_labels[label]:
            print(f"  {label} {old_labels[label]:,} -> {new_labels[label]:,}")
    for name in sorted(old_sat.keys() | new_sat.keys()):
        if old_sat[name] != new_sat[name]:
            print(f"  {name} satisfied {old_sat[name]:,} -> {new_sat[name]:,}")

    def flag_key(r):
        return r["text_id"], r["label"], r["sentence"]
    before, after = Counter(map(flag_key, old_flags)), Counter(map(flag_key, new_flags))
    moved = 0
    for sign, rows in (("-", before - after), ("+", after - before)):
        for (text_id, label, sentence), count in sorted(rows.items()):
            print(f"{sign} {text_id} {label}: {sentence[:300]}" + (f" (x{count})" if count > 1 else ""))
            moved += count
    old_status = {(r["text_id"], r["criterion"]): r for r in old_crit}
    for r in new_crit:
        was = old_status.get((r["text_id"], r["criterion"]))
        if was is not None and (was["status"], was["reason"]) != (r["status"], r["reason"]):
            # a verdict kept for another reason ("mentioned only in passing" -> "denied") moves too
            change = was["status"] if was["status"] != r["status"] else f"{was['status']}, {was['reason']}"
            print(f"~ {r['text_id']} {r['criterion']}: {change} -> {r['status']} ({r['reason']}) {r['evidence'][:300]}")
            moved += 1
    if not moved:
        print("no flag or verdict moved")
    return moved


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump", help="write every flag and verdict to DIR/flags.tsv and DIR/criteria.tsv")
    p.add_argument("dir", type=Path)
    p.add_argument("--model-dir", type=Path, help="a trained model to use (default: train the shipped one)")
    p.add_argument("--limit", type=int, help="only the first N texts (stories first)")
    p.add_argument("--source", choices=sorted(SOURCES), default="fakehealth",
                   help="FakeHealth's stories and releases (default), the extraction sets' web pages, the "
                        "claims sets' press-release sentences, or their papers' conclusions")
    p = sub.add_parser("diff", help="what moved between two dumps")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        where = SOURCES[args.source][1]
        if not where.is_dir():
            print(f"{args.source}: nothing found at {where}", file=sys.stderr)
            return 2
        dump(args.dir, args.model_dir, args.limit, args.source)
    else:
        diff(args.old, args.new)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head: the reader has all it wants
        sys.stderr.close()
        sys.exit(0)
