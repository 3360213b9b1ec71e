"""Article-text extraction quality: Hypewatch's extraction beside trafilatura with default options.

Datasets (read from ../shared, never copied):
  * article-extraction-benchmark (181 pages): 4-token shingle precision/recall per page,
    precision averaged over the pages with output, recall over the pages with a truth,
    F1 of the averages (scrapinghub's evaluate.py).
  * trafilatura-eval (990 pages): snippets that must / must not appear, whitespace-normalised,
    micro-averaged (trafilatura's tests/eval_common.py).

Both benchmarks run trafilatura with include_comments=False (their truths leave reader comments
out), other options at their defaults: the reference here does the same ("trafilatura"); the
library's literal defaults (comments included) are printed too.

Run: .venv/bin/python bench/extraction.py [--limit N] [--workers N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "extraction"
SCRAPINGHUB = DATA / "article-extraction-benchmark"
TRAFILATURA_EVAL = DATA / "trafilatura-eval"


# --- extractors: each takes (raw bytes, url) and returns text ---

def ours(raw: bytes, url: str | None) -> str:
    from crawler.extraction import ExtractionError, extract_html
    try:
        return extract_html(raw, url, None)["text"]
    except ExtractionError:
        return ""


def trafilatura_reference(raw: bytes, url: str | None) -> str:
    import trafilatura
    return trafilatura.extract(raw, url=url, include_comments=False) or ""


def trafilatura_literal_defaults(raw: bytes, url: str | None) -> str:
    import trafilatura
    return trafilatura.extract(raw, url=url) or ""


EXTRACTORS = {"hypewatch": ours, "trafilatura": trafilatura_reference,
              "trafilatura, comments on": trafilatura_literal_defaults}


# --- metrics ---

def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of n-token shingles; a text shorter than n tokens is one shorter shingle."""
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def shingle_counts(predicted: str, expected: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 so that long pages weigh no more."""
    pred, true = shingles(predicted), shingles(expected)
    counts = (sum((pred & true).values()), sum((pred - true).values()), sum((true - pred).values()))
    total = sum(counts)
    return tuple(c / total for c in counts) if total else counts


def shingle_scores(pages: list[tuple[float, float, float]]) -> tuple[float, float]:
    """(precision, recall) over pages: precision averaged over the pages with output, recall over
    the pages with a truth; a page whose output equals its truth scores 1 for both."""
    def ratio(tp, wrong, other_wrong):
        return 1.0 if wrong == other_wrong == 0 else tp / (tp + wrong) if tp + wrong else 0.0
    precisions = [ratio(tp, fp, fn) for tp, fp, fn in pages if tp + fp > 0]
    recalls = [ratio(tp, fn, fp) for tp, fp, fn in pages if tp + fn > 0]
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls)


def normalise(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(predicted: str, entry: dict) -> Counter:
    text = normalise(predicted)
    counts = Counter()
    for snippet in entry.get("with", []):
        counts["tp" if normalise(snippet) in text else "fn"] += 1
    for snippet in entry.get("without", []):
        counts["fp" if normalise(snippet) in text else "tn"] += 1
    return counts


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- datasets ---

def scrapinghub_pages(limit: int | None):
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, entry in list(truth.items())[:limit]:
        yield page_id, SCRAPINGHUB / "html" / f"{page_id}.html.gz", entry["url"], entry


def trafilatura_pages(limit: int | None):
    evaldata = json.loads((TRAFILATURA_EVAL / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in list(evaldata.items())[:limit]:
        path = TRAFILATURA_EVAL / "html" / "cache" / f"{entry['file']}.gz"
        if not path.exists():
            path = TRAFILATURA_EVAL / "html" / "eval" / f"{entry['file']}.gz"
        if path.exists():
            yield url, path, url, entry


def _run_one(args):
    name, path, url = args
    raw = gzip.decompress(Path(path).read_bytes())
    return EXTRACTORS[name](raw, url)


def evaluate(pages: list, workers: int) -> dict:
    """{extractor: [text per page]} for every extractor, pages spread over processes."""
    results = {}
    with ProcessPoolExecutor(workers) as pool:
        for name in EXTRACTORS:
            started = time.perf_counter()
            results[name] = list(pool.map(_run_one, [(name, str(p[1]), p[2]) for p in pages], chunksize=4))
            print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="Only the first N pages of each dataset.")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"{DATA} is absent: nothing to measure", file=sys.stderr)
        return 1

    pages = list(scrapinghub_pages(args.limit))
    texts = evaluate(pages, args.workers)
    print(f"article-extraction-benchmark ({len(pages)} pages): shingle precision / recall / F1")
    for name, outputs in texts.items():
        p, r = shingle_scores([shingle_counts(out, page[3]["articleBody"]) for out, page in zip(outputs, pages)])
        print(f"  {name:26s} P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")

    pages = list(trafilatura_pages(args.limit))
    texts = evaluate(pages, args.workers)
    print(f"trafilatura-eval ({len(pages)} pages): snippet precision / recall / F1 (micro)")
    for name, outputs in texts.items():
        total = Counter()
        for out, page in zip(outputs, pages):
            total += snippet_counts(out, page[3])
        p = total["tp"] / (total["tp"] + total["fp"])
        r = total["tp"] / (total["tp"] + total["fn"])
        print(f"  {name:26s} P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
