"""Article-text extraction quality: Hypewatch's extraction beside trafilatura with default options.

Datasets (read from ../shared, never copied):
  * article-extraction-benchmark (181 pages): 4-token shingle precision/recall per page,
    averaged over pages, F1 of the averages (scrapinghub's metric).
  * trafilatura-eval (990 pages): snippets that must / must not appear, micro-averaged.

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


def trafilatura_default(raw: bytes, url: str | None) -> str:
    import trafilatura
    return trafilatura.extract(raw, url=url) or ""


EXTRACTORS = {"hypewatch": ours, "trafilatura default": trafilatura_default}


# --- metrics ---

def shingles(text: str, n: int = 4) -> Counter:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def shingle_scores(predicted: str, expected: str) -> tuple[float, float]:
    """(precision, recall) of one page with TP/FP/FN normalised to sum to 1, as scrapinghub does."""
    pred, true = shingles(predicted), shingles(expected)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


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
        scores = [shingle_scores(out, page[3]["articleBody"]) for out, page in zip(outputs, pages)]
        p = sum(s[0] for s in scores) / len(scores)
        r = sum(s[1] for s in scores) / len(scores)
        print(f"  {name:22s} P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")

    pages = list(trafilatura_pages(args.limit))
    texts = evaluate(pages, args.workers)
    print(f"trafilatura-eval ({len(pages)} pages): snippet precision / recall / F1 (micro)")
    for name, outputs in texts.items():
        total = Counter()
        for out, page in zip(outputs, pages):
            total += snippet_counts(out, page[3])
        p = total["tp"] / (total["tp"] + total["fp"])
        r = total["tp"] / (total["tp"] + total["fn"])
        print(f"  {name:22s} P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
