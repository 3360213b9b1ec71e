"""Load on the web app at scale: 100,000 stories and 1,000,000 sentences.

Fills a fresh database with bulk inserts, serves the app with waitress (as `hypewatch run` does)
on 127.0.0.1 (a port the OS picks), then a second process logs in as an editor and puts the
review queue (its default of open stories, every status, by label, by status, the editor's own
stories, the stories repeating a checked claim, newest first), a story page, the approval queue and the editor's own annotations under
concurrent load, alternating in short slices with the trivial /healthz endpoint of the same server.
Prints p50/p95 latency per page and its throughput as a ratio to /healthz measured just before and
after each slice (the median of the slices' ratios, and their range). Targets: p95 <= 100 ms, ratio >= 0.5.

    python bench/web.py [--stories 100000] [--database-url URL] [--seconds 5] [--concurrency 8] [--slices 8]
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import json
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LABELS = ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")
SENTENCES = [
    "Researchers reported results from a trial of stem cells in multiple sclerosis.",
    "The new treatment could cure the disease within years, the team said.",
    "This breakthrough changes everything for patients.",
    "The study followed {n} patients for two years.",
    "In mice, the therapy reversed nerve damage.",
    "Experts not involved in the study urged caution.",
    "Diet was linked to fewer relapses in the cohort.",
    "The findings prove that the drug works.",
    "Funding came from a national research council.",
    "Larger trials are planned for next year.",
]
PASSWORD = "bench password 1"
SENTENCES_PER_STORY = 10


def fill(url: str, stories: int) -> None:
    """Bulk-insert stories (with the classifier's reporting checklist), sentences, label counts,
    users and annotations (Core executemany)."""
    from sqlalchemy import insert
    from werkzeug.security import generate_password_hash

    from classifier.criteria import evaluate as checklist
    from hypewatch.additions import compare_stored_versions
    from hypewatch.repeats import find_repeats
    from storage import open_database
    from storage.models import Annotation, Article, ArticleLabel, Sentence, User, checklist_bits
    from storage.search import rebuild_index
    random.seed(7)
    db = open_database(url)
    started = time.perf_counter()
    digest = generate_password_hash(PASSWORD)
    now = datetime(2026, 11, 25)
    with db.engine.begin() as conn:
        conn.execute(insert(User.__table__), [
            {"id": i + 1, "name": name, "role": role, "password_hash": digest, "created_at": now}
            for i, (name, role) in enumerate([("editor", "editor"), ("admin", "admin")] +
                                             [(f"journalist{i}", "journalist") for i in range(5)])])
    batch = 5000
    sentence_id = 0
    for first in range(1, stories + 1, batch):
        articles, sentences, labels = [], [], []
        for article_id in range(first, min(first + batch, stories + 1)):
            parts, counts, offset, flagged_count, story = [], {}, 0, 0, []
            for position in range(SENTENCES_PER_STORY):
                text = random.choice(SENTENCES).format(n=random.randint(8, 400))
                flagged = random.sample(LABELS, k=random.choice((0, 0, 0, 1, 1, 2)))
                sentence_id += 1
                sentences.append({
                    "id": sentence_id, "article_id": article_id, "position": position, "start": offset,
                    "end": offset + len(text), "text": text, "headline": position == 0, "labels": flagged,
                    "score": 0.8 if flagged else 0.1, "scores": {l: 0.8 for l in flagged},
                    "triggers": {l: [text.split()[1]] for l in flagged}, "strength": "strong" if flagged else None})
                story.append({"text": text, "labels": flagged, "headline": position == 0})
                flagged_count += bool(flagged)
                for label in flagged:
                    counts[label] = counts.get(label, 0) + 1
                parts.append(text)
                offset += len(text) + 1
            published = now - timedelta(days=random.randint(0, 60), hours=random.randint(0, 23))
            criteria = checklist(story)
            criteria_bits = checklist_bits(criteria)  # as storage.articles.save_analysis keeps them
            articles.append({
                "id": article_id, "url": f"https://news{article_id % 40}.example/story/{article_id}",
                "title": f"Story {article_id}: stem cells and MS", "author": "Bench Writer",
                "published": published, "sitename": f"News {article_id % 40}", "language": "en",
                "text": " ".join(parts), "source": f"news{article_id % 40}", "fetched_at": published,
                "content_hash": f"{article_id:064x}",
                "cluster_id": article_id - (article_id - 1) % 3,  # copies in threes; a cluster bears its first story's id
                "score": round(random.random(), 4), "model_version": "bench", "classified_at": published,
                "criteria": criteria, "criteria_met": criteria_bits[0], "criteria_judged": criteria_bits[1],
                "flagged_count": flagged_count, "status": random.choice(("new", "new", "in_review", "done")),
                "assignee_id": 1 if article_id % 250 == 0 else None})  # the editor the load logs in as has 400
            labels.extend({"article_id": article_id, "label": l, "count": c} for l, c in counts.items())
        with db.engine.begin() as conn:
            conn.execute(insert(Article.__table__), articles)
            conn.execute(insert(Sentence.__table__), sentences)
            conn.execute(insert(ArticleLabel.__table__), labels)
    annotations = []
    # each on a sentence of its own: a person annotates a sentence once
    for i, sid in enumerate(random.sample(range(1, stories * SENTENCES_PER_STORY + 1), min(20_000, stories * SENTENCES_PER_STORY))):
        article_id = (sid - 1) // SENTENCES_PER_STORY + 1
        annotations.append({
            "sentence_id": sid, "article_id": article_id, "user_id": 1 if i % 6 == 5 else 3 + i % 5,  # the editor's: 3,333
            "verdict": random.choice(("agree", "disagree")), "labels": [random.choice(LABELS)],
            "note": "bench", "status": "pending" if i % 4 else "approved", "created_at": now,
            "updated_at": now, "version": 1, "reviewed_by_id": None if i % 4 else 1,
            "reviewed_at": None if i % 4 else now})
    with db.engine.begin() as conn:
        conn.execute(insert(Annotation.__table__), annotations)
        rebuild_index(conn)  # the bulk inserts bypassed store_article, which indexes each story
    repeats = find_repeats(db)  # as the `repeats` job does; the fill's few sentences repeat the verdicts' claims often
    comparing = time.perf_counter()
    additions = compare_stored_versions(db)  # as the `additions` job does: the stats page and the queue read them
    comparing = time.perf_counter() - comparing
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            for table in ("users", "articles", "sentences", "annotations"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
            conn.exec_driver_sql("ANALYZE")
    else:
        db.refresh_statistics()  # as the daily cleanup job does
    print(f"filled {stories:,} stories, {sentence_id:,} sentences, {len(annotations):,} annotations, "
          f"{repeats['repeats']:,} repeats of a checked claim in {time.perf_counter() - started:.1f} s; "
          f"{additions['later_versions']:,} later versions compared with their first in {comparing:.1f} s", flush=True)
    db.dispose()


def _request(port: int, path: str, cookie: str) -> tuple[int, float, str | None]:
    """One GET on a fresh connection: status, seconds, and the new session cookie if any."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Cookie": cookie})
    response = conn.getresponse()
    response.read()
    conn.close()
    new_cookie = response.getheader("Set-Cookie")
    return response.status, time.perf_counter() - started, new_cookie and new_cookie.split(";")[0]


def _log_in(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/auth/login")
    response = conn.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    body = urlencode({"name": "editor", "password": PASSWORD, "csrf_token": token})
    conn.request("POST", "/auth/login", body=body, headers={
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    response = conn.getresponse()
    response.read()
    if response.status != 302:
        raise SystemExit(f"bench log-in failed: HTTP {response.status}")
    return response.getheader("Set-Cookie").split(";")[0]


def _measure(port: int, paths: list[str], cookie: str, seconds: float, concurrency: int) -> dict:
    """`concurrency` clients for `seconds`, cycling through `paths`: requests, errors, latencies."""
    urls = itertools.cycle(paths)
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def client():
        nonlocal errors
        while time.perf_counter() < deadline:
            with lock:
                path = next(urls)
            status, took, _ = _request(port, path, cookie)
            with lock:
                latencies.append(took)
                errors += status != 200
    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latencies": latencies, "errors": errors, "throughput": len(latencies) / (time.perf_counter() - started)}


def load(port: int, trivial: list[str], targets: dict[str, list[str]], seconds: float, concurrency: int,
         out, slices: int = 8) -> None:
    """The load generator (a separate process): each target in turn, `concurrency` clients,
    cycling through the target's URLs (different pages and stories, not one cached page).

    The shared machine's speed drifts within seconds, so the target and the trivial endpoint
    alternate in `slices` short slices (trivial, target, trivial, ...); each target slice is
    compared with the mean of the trivial slices on either side, and the ratio reported is
    the median of those comparisons."""
    cookie = _log_in(port)
    results = {}
    for name, paths in targets.items():
        for path in paths[:3] + trivial:  # warm-up, and a check that the page works
            status, _, new_cookie = _request(port, path, cookie)
            cookie = new_cookie or cookie  # like a browser (the session gains its CSRF secret)
            if status != 200:
                raise SystemExit(f"{name} ({path}) answered HTTP {status}")
        part = seconds / slices
        trivial_runs = [_measure(port, trivial, cookie, part / 2, concurrency)]
        runs = []
        for _ in range(slices):
            runs.append(_measure(port, paths, cookie, part, concurrency))
            trivial_runs.append(_measure(port, trivial, cookie, part / 2, concurrency))
        ratios = [run["throughput"] * 2 / (before["throughput"] + after["throughput"])
                  for run, before, after in zip(runs, trivial_runs, trivial_runs[1:])]
        latencies = sorted(t for run in runs for t in run["latencies"])
        results[name] = {
            "path": paths[0], "requests": len(latencies), "errors": sum(run["errors"] for run in runs),
            "throughput": statistics.median(run["throughput"] for run in runs),
            "trivial_throughput": statistics.median(run["throughput"] for run in trivial_runs),
            "ratio": statistics.median(ratios), "ratio_range": [min(ratios), max(ratios)],
            "p50_ms": statistics.median(latencies) * 1000,
            "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000}
    out.send(results)


def serve(url: str):
    """The app under waitress as `hypewatch run` serves it (jobs.py: its thread count), on a free port."""
    import logging

    import waitress

    from jobs import WEB_THREADS
    from webapp import create_app
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" under load is expected
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench"})
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=WEB_THREADS)
    threading.Thread(target=server.run, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary folder")
    parser.add_argument("--seconds", type=float, default=5.0, help="load per target")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--slices", type=int, default=8, help="alternations of each page with /healthz")
    parser.add_argument("--skip-fill", action="store_true", help="use --database-url as it is (filled before)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hypewatch-bench-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        if not args.skip_fill:
            fill(url, args.stories)
        server = serve(url)
        rng = random.Random(1)
        targets = {
            "review queue": [f"/queue/?page={p}" for p in range(1, 11)],
            "review queue, any status": [f"/queue/?status=any&page={p}" for p in range(1, 11)],
            "review queue, label filter": [f"/queue/?label={label}&page={p}" for label in LABELS for p in (1, 2, 3)],
            "review queue, status filter": [f"/queue/?status={status}&page={p}"
                                            for status in ("new", "in_review", "done") for p in (1, 2, 3)],
            "review queue, mine": [f"/queue/?mine=1&page={p}" for p in (1, 2, 3)],
            "review queue, repeats": [f"/queue/?repeats=1&page={p}" for p in range(1, 6)],
            "review queue, newest": [f"/queue/?sort=newest{status}&page={p}"
                                     for status in ("", "&status=new") for p in range(1, 6)],
            "story page": [f"/queue/story/{rng.randint(1, args.stories)}" for _ in range(200)],
            "approval queue": [f"/review/?page={p}" for p in range(1, 11)],
            "my annotations": [f"/queue/annotations?{status}page={p}" for status in ("", "status=pending&", "status=approved&")
                               for p in (1, 2, 3)],
        }
        receive, send = multiprocessing.Pipe(duplex=False)
        client = multiprocessing.get_context("spawn").Process(
            target=load, args=(server.effective_port, ["/healthz"], targets, args.seconds, args.concurrency, send, args.slices))
        client.start()
        results = receive.recv()
        client.join()
        server.close()
    print(f"\n{'page':28} {'p50 ms':>7} {'p95 ms':>7} {'req/s':>7} {'/healthz req/s':>15} {'ratio':>6} {'(range)':>11}  errors")
    for name, r in results.items():
        ratio, (low, high) = r["ratio"], r["ratio_range"]
        print(f"{name:28} {r['p50_ms']:7.1f} {r['p95_ms']:7.1f} {r['throughput']:7.0f} {r['trivial_throughput']:15.0f} "
              f"{ratio:6.2f} {f'{low:.2f}-{high:.2f}':>11}  {r['errors']}   "
              f"{'ok' if r['p95_ms'] <= 100 and ratio >= 0.5 else 'MISSES TARGET'}")
    print(f"(concurrency {args.concurrency}, {args.seconds:g} s per page in {args.slices} slices, each between two "
          f"/healthz slices of half its length; ratio: median over slices; targets p95 <= 100 ms, ratio >= 0.5)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
