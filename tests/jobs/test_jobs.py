"""Running jobs: every run is recorded, locks keep two runs of one job apart, retraining
installs a new model only when its cross-validated scores do not drop."""
from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import func, select

import jobs
from storage.models import JobLock, JobRun


def recorded(db, name=None):
    with db.session() as session:
        query = select(JobRun).order_by(JobRun.id)
        if name:
            query = query.where(JobRun.name == name)
        return list(session.scalars(query))


def test_a_run_is_recorded_with_its_counts(config, jobs_db, stand_in):
    stand_in("hypewatch.pipeline", classify_pending=lambda db: 7)
    result = jobs.run_job("classify")
    assert result["outcome"] == "ok"
    [run] = recorded(jobs_db)
    assert (run.name, run.outcome, run.counts, run.error) == ("classify", "ok", {"classified": 7}, None)
    assert run.finished_at >= run.started_at


def test_a_failing_run_is_recorded_with_its_error(config, jobs_db, stand_in):
    def broken(db):
        raise RuntimeError("model file is corrupt")
    stand_in("hypewatch.pipeline", classify_pending=broken)
    assert jobs.run_job("classify")["outcome"] == "failed"
    [run] = recorded(jobs_db)
    assert run.outcome == "failed" and "RuntimeError: model file is corrupt" in run.error
    with jobs_db.session() as session:  # the lock was released
        assert session.scalar(select(func.count()).select_from(JobLock)) == 0


def test_a_source_is_never_crawled_twice_at_once(config, jobs_db, stand_in):
    calls = []

    def run_crawl(**kwargs):
        calls.append(kwargs)
        return {"fetched": 3, "stored": 2, "status": "ok"}
    stand_in("crawler.run", run_crawl=run_crawl)
    # another scheduler process is crawling this source right now
    owner = jobs.acquire_lock(jobs_db, "crawl:example")
    assert owner and jobs.acquire_lock(jobs_db, "crawl:example") is None
    assert jobs.run_job("crawl:example")["outcome"] == "skipped"
    assert calls == []
    jobs.release_lock(jobs_db, "crawl:example", owner)
    result = jobs.run_job("crawl:example")
    assert result["outcome"] == "ok" and result["counts"] == {"source": "example", "fetched": 3, "stored": 2}
    assert calls == [{"sources": ["example"], "database_url": config.database_url}]
    assert [r.outcome for r in recorded(jobs_db, "crawl:example")] == ["skipped", "ok"]


def test_a_dead_holders_lock_is_taken_over(jobs_db):
    from datetime import timedelta
    assert jobs.acquire_lock(jobs_db, "retrain", ttl=timedelta(seconds=-1))
    assert jobs.acquire_lock(jobs_db, "retrain") is not None


def test_unknown_job_names_are_refused(config):
    with pytest.raises(jobs.JobError, match="unknown job 'crawl'"):
        jobs.run_job("crawl")


def _card(f1):
    return {"model_version": f"v{f1}", "metrics": {label: {"f1": f1, "precision": 1.0}
                                                   for label in jobs.LABELS}}


def test_retraining_keeps_the_installed_model_when_scores_drop(config, jobs_db, newsroom, monkeypatch):
    import classifier
    story = newsroom.story("Cure?", [("A single injection cures MS.", ["cure"])])
    newsroom.verdict(story, 0, "agree", ["cure"])
    scores = iter([0.60, 0.50, 0.60])
    seen = []

    def train(model_dir, extra_examples):
        seen.append(extra_examples)
        f1 = next(scores)
        (model_dir / "model.bin").write_text(str(f1))
        return _card(f1)
    monkeypatch.setattr(classifier, "train", train, raising=False)  # the classifier's API, not merged yet
    first, second, third = (jobs.run_job("retrain")["counts"] for _ in range(3))
    assert seen[0] == [{"text": "A single injection cures MS.", "labels": ["cure"], "verdict": "agree",
                        "article_id": story}]
    assert first["replaced"] and first["reason"] == "no installed model"
    assert not second["replaced"] and second["old_macro_f1"] == 0.60 and second["new_macro_f1"] == 0.50
    assert third["replaced"]  # equal scores: the newer model (with more data) goes in
    installed = config.model_dir
    assert (installed / "model.bin").read_text() == "0.6"
    assert json.loads((installed / jobs.CARD_FILE).read_text())["model_version"] == "v0.6"
    assert not list(installed.parent.glob(".model-*"))  # no candidates left behind


def test_the_scheduler_runs_jobs_from_the_database_job_store(config, jobs_db):
    from apscheduler.triggers.interval import IntervalTrigger
    from datetime import timedelta
    plan = {"cleanup": jobs.Planned(IntervalTrigger(seconds=1), timedelta(seconds=30))}
    scheduler = jobs.build_scheduler(config, plan)
    try:
        deadline = time.monotonic() + 30
        while len(recorded(jobs_db, "cleanup")) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert set(jobs.next_run_times(jobs_db)) == {"cleanup"}  # the schedule is in the database
    finally:
        scheduler.shutdown(wait=True)
    runs = recorded(jobs_db, "cleanup")
    assert len(runs) >= 2 and {r.outcome for r in runs} == {"ok"}
    assert runs[0].counts == {"job_runs_deleted": 0, "crawl_runs_deleted": 0, "locks_deleted": 0}
