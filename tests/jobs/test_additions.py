"""The `additions` job: every story filed with another version of it set against the first version, the claims
it added kept for the stats page and marked for the queue, up to date as stories are classified, clusters merge
and stories go (hypewatch.additions)."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

import hypewatch.additions
import jobs
from storage.models import Article, JobRun, VersionComparison, utcnow

RELEASE = [("Stem cells halted MS in 20 patients.", []), ("It is a breakthrough, the team said.", ["hype"]),
           ("The trial was small.", [])]
COPY = [("Stem cells cured MS in 20 patients.", ["cure"]), ("It is a breakthrough, the team said.", ["hype"]),
        ("A miracle for millions.", ["hype"])]
CAREFUL = [("Stem cells halted MS in 20 patients.", []), ("The team called it a step forward.", [])]


def run() -> dict:
    result = jobs.run_job("additions")
    assert result["outcome"] == "ok", result["error"]
    return result["counts"]


def file_together(db, first: int, *others: int, days_apart: int = 1) -> None:
    """The stories filed as one (crawler.duplicates), `first` published earliest and the others a day apart each."""
    day = datetime(2026, 12, 1)
    with db.session() as session:
        for n, story in enumerate((first, *others)):
            session.execute(update(Article).where(Article.id == story)
                            .values(cluster_id=first, published=day + timedelta(days=n * days_apart)))


def stored(db) -> dict[int, tuple]:
    """Story id -> (first version, kept, added, dropped, labels) of every comparison stored."""
    with db.session() as session:
        return {c.article_id: (c.first_id, c.kept, c.added, c.dropped, c.labels)
                for c in session.scalars(select(VersionComparison))}


def marks(db) -> dict[int, int]:
    with db.session() as session:
        return dict(session.execute(select(Article.id, Article.adds_claims).where(Article.adds_claims.is_not(None))).all())


def test_each_later_version_is_set_against_the_first_and_only_those_adding_claims_are_marked(config, jobs_db, newsroom):
    release = newsroom.story("Release", RELEASE)
    copy = newsroom.story("Copy", COPY)
    careful = newsroom.story("Careful", CAREFUL)
    alone = newsroom.story("Alone", [("A miracle cure.", ["cure", "hype"])])
    file_together(jobs_db, release, copy, careful)
    counts = run()
    assert (counts["full"], counts["clusters"], counts["later_versions"], counts["adding_claims"]) == (True, 1, 2, 1)
    assert stored(jobs_db) == {
        copy: (release, 1, 2, 0, {"cure": [0, 0, 1], "hype": [0, 1, 1]}),  # the reworded sentence now a cure
        careful: (release, 0, 0, 1, {"hype": [1, 0, 0]})}                  # the breakthrough toned down
    assert marks(jobs_db) == {copy: 2} and alone


def test_the_first_version_is_the_earliest_published_whichever_was_stored_first(config, jobs_db, newsroom):
    copy = newsroom.story("Copy", COPY)
    release = newsroom.story("Release", RELEASE)
    file_together(jobs_db, release, copy)
    with jobs_db.session() as session:  # the copy was crawled first and bears the cluster's id
        session.execute(update(Article).where(Article.id.in_([copy, release])).values(cluster_id=copy))
    run()
    assert stored(jobs_db)[copy][:3] == (release, 1, 2) and release not in stored(jobs_db)


def test_later_runs_go_over_the_clusters_of_stories_classified_since(config, jobs_db, newsroom):
    an_hour_ago = utcnow() - timedelta(hours=1)
    release = newsroom.story("Release", RELEASE, classified_at=an_hour_ago)
    copy = newsroom.story("Copy", COPY, classified_at=an_hour_ago)
    file_together(jobs_db, release, copy)
    assert run()["full"] is True
    careful = newsroom.story("Careful", CAREFUL)
    other = newsroom.story("Other", RELEASE, classified_at=an_hour_ago)
    another = newsroom.story("Another", COPY, classified_at=an_hour_ago)
    file_together(jobs_db, release, copy, careful)
    file_together(jobs_db, other, another)  # filed after the last run, but classified before it: the daily full run's
    counts = run()
    assert (counts["full"], counts["clusters"], counts["later_versions"]) == (False, 1, 2)
    assert set(stored(jobs_db)) == {copy, careful}
    with jobs_db.session() as session:  # a day on
        last = session.scalar(select(JobRun).where(JobRun.name == "additions").order_by(JobRun.id.desc()).limit(1))
        last.counts = {**last.counts, "full_from": (utcnow() - timedelta(days=1, minutes=1)).isoformat()}
    assert run()["full"] is True
    assert set(stored(jobs_db)) == {copy, careful, another}


def test_a_copy_classified_again_without_the_claims_loses_its_mark(config, jobs_db, newsroom):
    from storage.articles import save_analysis
    release = newsroom.story("Release", RELEASE)
    copy = newsroom.story("Copy", COPY)
    file_together(jobs_db, release, copy)
    run()
    assert marks(jobs_db) == {copy: 2}
    with jobs_db.session() as session:  # a new model flags only what the release flags
        article = session.get(Article, copy)
        sentences = [{"text": text, "start": 0, "end": len(text), "labels": ["hype"] if "breakthrough" in text else [],
                      "score": 0.5} for text, _ in COPY]
        save_analysis(session, article, {"score": 0.3, "model_version": "test 2", "sentences": sentences})
        article.classified_at = utcnow()
    run()
    assert marks(jobs_db) == {} and stored(jobs_db)[copy][:4] == (release, 1, 0, 0)


def test_a_first_version_deleted_hands_its_place_to_the_next(config, jobs_db, newsroom):
    release = newsroom.story("Release", RELEASE)
    careful = newsroom.story("Careful", CAREFUL)
    copy = newsroom.story("Copy", COPY)
    file_together(jobs_db, release, careful, copy)
    run()
    assert marks(jobs_db) == {copy: 2}
    with jobs_db.session() as session:  # the clean-up job drops the release, old enough
        session.execute(delete(Article).where(Article.id == release))
    assert stored(jobs_db) == {} and marks(jobs_db) == {copy: 2}  # the comparisons went with it, not the mark
    counts = run()
    assert counts["full"] is False and counts["clusters"] == 1
    assert stored(jobs_db) == {copy: (careful, 0, 3, 0, {"cure": [0, 0, 1], "hype": [0, 0, 2]})}
    assert marks(jobs_db) == {copy: 3}


def test_a_story_no_longer_filed_with_another_loses_its_comparison(config, jobs_db, newsroom):
    release = newsroom.story("Release", RELEASE)
    copy = newsroom.story("Copy", COPY)
    file_together(jobs_db, release, copy)
    run()
    with jobs_db.session() as session:
        session.execute(update(Article).where(Article.id == copy).values(cluster_id=None, classified_at=utcnow()))
    run()
    assert stored(jobs_db) == {} and marks(jobs_db) == {}


def test_a_run_killed_half_way_leaves_its_work_to_the_next(config, jobs_db, newsroom, monkeypatch):
    pairs = []
    for n in range(3):
        release, copy = newsroom.story(f"Release {n}", RELEASE), newsroom.story(f"Copy {n}", COPY)
        file_together(jobs_db, release, copy)
        pairs.append(copy)
    monkeypatch.setattr(hypewatch.additions, "CLUSTERS_A_BATCH", 1)
    real, calls = hypewatch.additions._compare, []

    def dies(db, clusters, now):
        calls.append(clusters)
        if len(calls) == 2:
            raise RuntimeError("the process was killed")
        return real(db, clusters, now)
    monkeypatch.setattr(hypewatch.additions, "_compare", dies)
    assert jobs.run_job("additions")["outcome"] == "failed"
    assert set(stored(jobs_db)) == {pairs[0]}  # the first batch committed, nothing else half-written
    monkeypatch.setattr(hypewatch.additions, "_compare", real)
    assert run()["full"] is True  # no run went well yet: all of it again
    assert set(stored(jobs_db)) == set(pairs) and set(marks(jobs_db)) == set(pairs)
