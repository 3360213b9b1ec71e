"""Running jobs: every run is recorded, locks keep two runs of one job apart, retraining
installs a new model only when its cross-validated scores do not drop."""
from __future__ import annotations

import json
import threading
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


@pytest.fixture
def sources(config):
    """Two sources in a real sources file, one of them disabled."""
    config.sources_file.parent.mkdir(parents=True, exist_ok=True)
    config.sources_file.write_text(
        '[[source]]\nname = "example"\nkind = "feed"\nurls = ["https://example.org/feed"]\n'
        'interval_minutes = 30\n\n'
        '[[source]]\nname = "resting"\nkind = "feed"\nurls = ["https://example.net/feed"]\n'
        'interval_minutes = 60\nenabled = false\n', encoding="utf-8")
    from crawler.sources import load_sources
    return load_sources(config.sources_file).sources


def test_each_enabled_source_is_crawled_on_its_interval(config, sources):
    plan = jobs.planned_jobs(config)
    assert set(plan) == {"crawl:example", "classify", "repeats", "additions", "deliver", "digest", "retrain", "cleanup", "notices"}
    assert plan["crawl:example"].trigger.interval.total_seconds() == 30 * 60
    assert str(plan["digest"].trigger) == "cron[hour='7', minute='0']"


def test_the_nightly_backup_runs_where_a_folder_is_set_and_keeps_the_newest_copies(config, jobs_db, monkeypatch,
                                                                                    tmp_path):
    from hypewatch.config import load_config
    with pytest.raises(jobs.JobError, match="HYPEWATCH_BACKUP_DIR"):
        jobs.backup(jobs_db, config)
    assert "backup" not in jobs.planned_jobs(config)
    folder = tmp_path / "backups"
    folder.mkdir()
    suffix = ".sqlite3" if jobs_db.engine.dialect.name == "sqlite" else ".pgdump"
    older = [folder / f"hypewatch-2026110{d}-023000{suffix}" for d in (1, 2, 3)]
    for path in older + [folder / "notes.txt"]:
        path.write_text("an older copy")
    monkeypatch.setenv("HYPEWATCH_BACKUP_DIR", str(folder))
    monkeypatch.setenv("HYPEWATCH_BACKUP_KEEP", "2")
    assert str(jobs.planned_jobs(load_config())["backup"].trigger) == "cron[hour='2', minute='30']"
    result = jobs.run_job("backup")
    assert result["outcome"] == "ok", result["error"]
    made = result["counts"]["file"]
    assert result["counts"]["removed"] == 2 and made.endswith(suffix)
    assert sorted(p.name for p in folder.iterdir()) == sorted([older[2].name, made, "notes.txt"])


def test_a_new_source_is_crawled_soon_and_new_sources_one_after_another(config, jobs_db, sources):
    from datetime import datetime, timedelta, timezone

    from crawler.sources import Source, load_sources
    listing = load_sources(config.sources_file)
    listing.add(Source("added", "feed", ["https://example.com/feed"], interval_minutes=240))
    listing.save()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    jobs.build_scheduler(config, jobs.planned_jobs(config)).shutdown()
    first = jobs.next_run_times(jobs_db)
    crawls = sorted(first[j] for j in first if j.startswith("crawl:"))
    assert len(crawls) == 2 and crawls[0] < now + timedelta(minutes=2) and crawls[1] - crawls[0] >= timedelta(seconds=20)
    assert (first["digest"].hour, first["digest"].minute) == (7, 0)  # timed jobs keep their time
    # a restart keeps the stored next runs: no second early crawl
    jobs.build_scheduler(config, jobs.planned_jobs(config)).shutdown()
    assert jobs.next_run_times(jobs_db) == first


def test_the_schedule_follows_the_sources_file_as_admins_change_it(config, jobs_db, sources, caplog):
    """A source added or enabled on /admin/sources (or with the CLI) is crawled without a restart."""
    import os
    from crawler.sources import Source, load_sources
    scheduler = jobs.build_scheduler(config)
    try:
        [follower] = [job for job in scheduler.get_jobs(jobstore="local")]
        assert {j for j in jobs.next_run_times(jobs_db) if j.startswith("crawl:")} == {"crawl:example"}
        listing = load_sources(config.sources_file)
        listing.add(Source("added", "feed", ["https://example.com/feed"], interval_minutes=15))
        listing.set_enabled("resting", True)
        listing.set_enabled("example", False)
        listing.save()
        os.utime(config.sources_file, ns=(0, 0))  # a change the clock's resolution could hide
        follower.func(*follower.args)
        assert {j for j in jobs.next_run_times(jobs_db) if j.startswith("crawl:")} == {"crawl:added", "crawl:resting"}

        config.sources_file.write_text("[[source]]\nname = 'broken'\n", encoding="utf-8")
        follower.func(*follower.args)  # a file that does not load leaves the schedule as it was
        assert {j for j in jobs.next_run_times(jobs_db) if j.startswith("crawl:")} == {"crawl:added", "crawl:resting"}
        assert "cannot be used" in caplog.text
    finally:
        scheduler.shutdown()


def test_a_source_is_never_crawled_twice_at_once(config, jobs_db, stand_in, sources):
    calls = []

    def run_crawl(**kwargs):
        calls.append(kwargs)
        return {"fetched": 3, "stored": 2, "status": "ok"}
    stand_in("crawler.run", run_crawl=run_crawl)  # the sources are on the public internet
    # another scheduler process is crawling this source right now
    owner = jobs.acquire_lock(jobs_db, "crawl:example")
    assert owner and jobs.acquire_lock(jobs_db, "crawl:example") is None
    assert jobs.run_job("crawl:example")["outcome"] == "skipped"
    assert calls == []
    jobs.release_lock(jobs_db, "crawl:example", owner)
    result = jobs.run_job("crawl:example")
    assert result["outcome"] == "ok" and result["counts"] == {"source": "example", "fetched": 3, "stored": 2}
    assert calls == [{"sources": [sources[0]], "database_url": config.database_url}]
    assert [r.outcome for r in recorded(jobs_db, "crawl:example")] == ["skipped", "ok"]
    assert "not in" in jobs.run_job("crawl:gone")["error"]


def test_a_dead_holders_lock_is_taken_over(jobs_db):
    from datetime import timedelta
    assert jobs.acquire_lock(jobs_db, "retrain", ttl=timedelta(seconds=-1))
    assert jobs.acquire_lock(jobs_db, "retrain") is not None


def test_unknown_job_names_are_refused(config):
    with pytest.raises(jobs.JobError, match="unknown job 'crawl'"):
        jobs.run_job("crawl")


def _card(f1):
    """A model card as classifier.train returns it: cross-validated scores per label."""
    scores = {label: {"precision": 1.0, "recall": f1, "f1": f1} for label in jobs.LABELS}
    return {"model_version": f"v{f1}", "cross_validation": {**scores, "macro_f1": f1, "folds": 5}}


def test_retraining_keeps_the_installed_model_when_scores_drop(config, jobs_db, newsroom, monkeypatch):
    import classifier
    waiting = newsroom.story("Waiting", [("Not approved yet.", ["hype"])])
    newsroom.verdict(waiting, 0, "agree", ["hype"], status="pending")  # not training data yet
    story = newsroom.story("Cure?", [("A single injection cures MS.", ["cure"])])
    newsroom.verdict(story, 0, "agree", ["cure"])
    scores = iter([0.60, 0.50, 0.60])
    seen = []

    def train(model_dir, extra_examples):
        seen.append(extra_examples)
        f1 = next(scores)
        (model_dir / "model.bin").write_text(str(f1))
        return _card(f1)
    monkeypatch.setattr(classifier, "train", train)  # scores chosen by the test: the decision is under test
    first, second, third = (jobs.run_job("retrain")["counts"] for _ in range(3))
    assert seen[0] == [("A single injection cures MS.", ["cure"], None)]
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
    assert runs[0].counts == {"job_runs_deleted": 0, "crawl_runs_deleted": 0, "unsubscribed_addresses_deleted": 0,
                              "locks_deleted": 0, "runs_interrupted": 0, "model_candidates_deleted": 0, "stories_reclustered": 0,
                              "statistics_refreshed": jobs_db.engine.dialect.name == "sqlite"}


def test_scheduled_jobs_run_in_a_child_process_and_older_stored_jobs_are_moved_there(config, jobs_db):
    """Classifying in the web server's process would hold the interpreter lock its threads need.
    A schedule stored by a version that ran jobs in-process is rewritten on start."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.triggers.interval import IntervalTrigger
    from datetime import timedelta
    plan = {"cleanup": jobs.Planned(IntervalTrigger(hours=1), timedelta(hours=2))}
    jobs.build_scheduler(config, plan).shutdown()
    store = SQLAlchemyJobStore(engine=jobs_db.engine, tablename=jobs.JOBSTORE_TABLE)
    store.start(None, "default")
    job = store.lookup_job("cleanup")
    job.func_ref = "jobs:run_job"  # as the earlier version stored it
    store.update_job(job)
    jobs.build_scheduler(config, plan).shutdown()
    assert store.lookup_job("cleanup").func_ref == "jobs:run_job_in_child"

    assert jobs.run_job_in_child("cleanup") == 0
    [run] = recorded(jobs_db, "cleanup")  # recorded by the child
    assert run.outcome == "ok" and run.counts["locks_deleted"] == 0


def test_a_run_missed_while_no_scheduler_was_up_is_caught_up_once(config, jobs_db):
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.triggers.interval import IntervalTrigger
    from datetime import datetime, timedelta, timezone
    plan = {"cleanup": jobs.Planned(IntervalTrigger(hours=1), timedelta(hours=2))}
    jobs.build_scheduler(config, plan).shutdown()
    # the machine was off for three hours: three runs were missed
    store = SQLAlchemyJobStore(engine=jobs_db.engine, tablename=jobs.JOBSTORE_TABLE)
    store.start(None, "default")
    job = store.lookup_job("cleanup")
    job.next_run_time = datetime.now(timezone.utc) - timedelta(hours=3)
    store.update_job(job)

    scheduler = jobs.build_scheduler(config, plan)
    try:
        deadline = time.monotonic() + 30
        while not recorded(jobs_db, "cleanup") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        scheduler.shutdown(wait=True)
    assert len(recorded(jobs_db, "cleanup")) == 1  # coalesced into one run
    assert jobs.next_run_times(jobs_db)["cleanup"] > datetime.now(timezone.utc).replace(tzinfo=None)


def test_the_scheduler_command_stores_the_schedule_and_stops_on_sigterm(config, jobs_db):
    import os
    import signal
    import subprocess
    import sys
    child = subprocess.Popen([sys.executable, "-c", "from hypewatch.cli import main; main()", "scheduler"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             env={**os.environ, "HYPEWATCH_DIGEST_TIME": "06:15"})
    try:
        deadline = time.monotonic() + 60
        while len(jobs.next_run_times(jobs_db)) < 5 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        child.send_signal(signal.SIGTERM)
        output, _ = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, output
    assert set(jobs.next_run_times(jobs_db)) == {"classify", "repeats", "additions", "deliver", "digest", "retrain", "cleanup", "notices"}
    assert "scheduled digest: cron[hour='6', minute='15']" in output


def test_cleanup_deletes_old_runs_and_flags_runs_whose_process_died(config, jobs_db):
    from datetime import timedelta
    from storage.models import CrawlRun, utcnow
    long_ago = utcnow() - timedelta(days=config.keep_days + 1)
    with jobs_db.session() as session:
        session.add_all([JobRun(name="classify", started_at=long_ago, outcome="ok"),
                         JobRun(name="classify", started_at=utcnow() - timedelta(hours=1), outcome="ok"),
                         JobRun(name="retrain", started_at=utcnow() - timedelta(hours=5), outcome="running"),
                         CrawlRun(started_at=long_ago, status="done"), CrawlRun(status="done")])
    assert jobs.run_job("cleanup")["counts"] == {"job_runs_deleted": 1, "crawl_runs_deleted": 1,
                                                  "unsubscribed_addresses_deleted": 0, "locks_deleted": 0, "runs_interrupted": 1,
                                                  "model_candidates_deleted": 0, "stories_reclustered": 0,
                                                  "statistics_refreshed": jobs_db.engine.dialect.name == "sqlite"}
    runs = {r.name: r for r in recorded(jobs_db) if r.name != "cleanup"}
    assert runs["retrain"].outcome == "failed" and "interrupted" in runs["retrain"].error
    assert runs["classify"].started_at > long_ago
    with jobs_db.session() as session:
        assert session.scalar(select(func.count()).select_from(CrawlRun)) == 1


def test_cleanup_forgets_the_addresses_of_those_who_unsubscribed_long_ago(config, jobs_db):
    from datetime import timedelta
    from storage.models import Delivery, DigestIssue, Subscriber, utcnow
    long_ago = utcnow() - timedelta(days=config.keep_days + 1)
    with jobs_db.session() as session:
        issue = DigestIssue(date=long_ago.date(), built_at=long_ago, content={})
        gone = Subscriber(email="gone@example.org", status="unsubscribed", unsubscribed_at=long_ago)
        recent = Subscriber(email="recent@example.org", status="unsubscribed", unsubscribed_at=utcnow())
        reader = Subscriber(email="reader@example.org", confirmed_at=long_ago)
        session.add_all([issue, gone, recent, reader])
        session.flush()
        session.add_all(Delivery(issue_id=issue.id, subscriber_id=s.id, message_id=f"<{s.id}@x>", state="sent")
                        for s in (gone, recent, reader))
    assert jobs.run_job("cleanup")["counts"]["unsubscribed_addresses_deleted"] == 1
    with jobs_db.session() as session:
        assert sorted(session.scalars(select(Subscriber.email))) == ["reader@example.org", "recent@example.org"]
        assert session.scalar(select(func.count()).select_from(Delivery)) == 2  # the address's deliveries went too


def test_cleanup_removes_the_candidate_models_of_killed_retrains(config, jobs_db):
    import os
    parent = config.model_dir.parent
    dead, running = parent / (jobs.CANDIDATE_PREFIX + "dead"), parent / (jobs.CANDIDATE_PREFIX + "running")
    for folder in (dead, running):
        folder.mkdir(parents=True)
        (folder / "model.pkl").write_bytes(b"half written")
    hours_ago = time.time() - jobs.LOCK_TTL.total_seconds() - 3600
    os.utime(dead, (hours_ago, hours_ago))
    assert jobs.run_job("cleanup")["counts"]["model_candidates_deleted"] == 1
    assert not dead.exists() and (running / "model.pkl").exists()


def test_jobs_list_shows_the_schedule_and_last_outcomes(config, jobs_db, stand_in):
    from click.testing import CliRunner
    from hypewatch.cli import main
    stand_in("hypewatch.pipeline", classify_pending=lambda db: 0)
    assert CliRunner().invoke(main, ["jobs", "run", "classify"]).exit_code == 0
    result = CliRunner().invoke(main, ["jobs", "list"])
    assert result.exit_code == 0
    lines = {line.split("\t")[0]: line for line in result.output.splitlines()}
    assert "last: ok at" in lines["classify"] and "last: never run" in lines["digest"]
    bad = CliRunner().invoke(main, ["jobs", "run", "nonsense"])
    assert bad.exit_code == 1 and "unknown job 'nonsense'" in bad.output and "Traceback" not in bad.output


def test_hypewatch_run_serves_the_app_and_runs_the_scheduler(config, jobs_db):
    """The production entry point as an operator starts it; a job that is due runs (in a child
    process) and is recorded."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import urllib.request
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from datetime import datetime, timedelta, timezone
    jobs.build_scheduler(config).shutdown()  # the schedule as `hypewatch run` will find it
    store = SQLAlchemyJobStore(engine=jobs_db.engine, tablename=jobs.JOBSTORE_TABLE)
    store.start(None, "default")
    job = store.lookup_job("cleanup")
    job.next_run_time = datetime.now(timezone.utc) - timedelta(minutes=1)
    store.update_job(job)
    child = subprocess.Popen([sys.executable, "-m", "hypewatch", "run", "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())
    watchdog = threading.Timer(120, child.kill)  # a silent, stuck child must not hang the suite
    watchdog.start()
    try:
        port, seen = None, []
        for line in child.stdout:  # ends when the child exits
            seen.append(line)
            found = re.search(r"serving on http://127.0.0.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
            if "Traceback" in line or len(seen) > 200:
                break
        assert port, "".join(seen)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/digest/", timeout=30) as response:
            assert response.status == 200 and b"The Hypewatch digest" in response.read()
        assert {"classify", "digest"} <= set(jobs.next_run_times(jobs_db))
        deadline = time.monotonic() + 60
        while not [r for r in recorded(jobs_db, "cleanup") if r.finished_at] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [r.outcome for r in recorded(jobs_db, "cleanup")] == ["ok"]
        child.send_signal(signal.SIGTERM)
        output, _ = child.communicate(timeout=60)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0 and "stopped" in output
