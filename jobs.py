"""Scheduled work: crawling each source, classifying new stories, finding the stories that repeat a
claim with a published verdict and the claims each outlet added to the version of a story it drew on, nightly retraining, the daily digest, retrying mail deliveries,
the desk's notices by mail, clean-up and, where they are set up, alerts in the desk's chat and the nightly backup — and the commands
that run them.

Every run goes through `run_job(name)`: it records a JobRun row (start, end, outcome, counts,
error) and holds a database lock row named after the job while it works, so neither two
threads of one scheduler (APScheduler's max_instances=1) nor two scheduler processes sharing
the database can run the same job — e.g. two crawls of one source — at the same time.
The scheduler runs each job in a child process (`run_job_in_child`): classifying and
retraining are CPU-bound Python, and in `hypewatch run` they would otherwise hold the
interpreter lock that the web server's threads need.

The schedule lives in the project's database (APScheduler's SQLAlchemyJobStore), so a
scheduler that was down catches up on start: a missed run is run once (coalesce) if it is
not older than the job's misfire grace time.

Settings (environment): HYPEWATCH_DIGEST_TIME (HH:MM) and HYPEWATCH_TIMEZONE for the daily
digest; HYPEWATCH_DIGEST_WEEKDAY (mon..sun) for weekly subscribers; HYPEWATCH_KEEP_DAYS for
clean-up; HYPEWATCH_BACKUP_DIR and HYPEWATCH_BACKUP_KEEP for the nightly backup;
HYPEWATCH_ALERT_WEBHOOK and HYPEWATCH_ALERT_SCORE for the alerts;
HYPEWATCH_SMTP_URL, HYPEWATCH_MAIL_FROM, HYPEWATCH_BASE_URL and HYPEWATCH_SECRET_KEY for mail.
Source intervals come from the sources file (crawler.sources).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

log = logging.getLogger("hypewatch.jobs")

LABELS = ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")
LOCK_TTL = timedelta(hours=2)       # a lock older than this belongs to a dead process
CLASSIFY_EVERY = timedelta(minutes=10)
REPEATS_EVERY = timedelta(minutes=15)
ADDITIONS_EVERY = timedelta(minutes=15)
DELIVER_EVERY = timedelta(minutes=5)
ALERTS_EVERY = timedelta(minutes=5)
NOTICES_EVERY = timedelta(minutes=5)
SOURCES_CHECK = timedelta(minutes=1)  # how soon a change to the sources file reaches the schedule
FIRST_CRAWL_AFTER = timedelta(seconds=30)  # a new source's first crawl; the k-th new one k times this
RETRAIN_AT = "03:00"                # local time, config.timezone
CLEANUP_AT = "04:30"
BACKUP_AT = "02:30"                 # with HYPEWATCH_BACKUP_DIR set
CARD_FILE = "model-card.json"       # the model card classifier.train saves with the model
CANDIDATE_PREFIX = ".model-"        # a retrain's model before it is installed, beside the model folder
JOBSTORE_TABLE = "apscheduler_jobs"
SCHEDULED_CALL = "jobs:run_job_in_child"  # stored with each job in the job store


class JobError(click.ClickException):
    """A job name or setting the user got wrong."""


# --- locks -------------------------------------------------------------------------------

def acquire_lock(db, name: str, ttl: timedelta = LOCK_TTL) -> str | None:
    """Take the lock row `name`; returns an owner token, or None if someone else holds it.

    The primary key makes the insert the arbiter: of two processes racing, exactly one
    insert succeeds. An expired lock (its holder died) is deleted first and so taken over.
    """
    from sqlalchemy import delete
    from sqlalchemy.exc import IntegrityError
    from storage.models import JobLock, utcnow

    now = utcnow()
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    with db.session() as session:
        session.execute(delete(JobLock).where(JobLock.name == name, JobLock.expires_at < now))
    try:
        with db.session() as session:
            session.add(JobLock(name=name, owner=owner, acquired_at=now, expires_at=now + ttl))
    except IntegrityError:
        return None
    return owner


def release_lock(db, name: str, owner: str) -> None:
    from sqlalchemy import delete
    from storage.models import JobLock
    with db.session() as session:
        session.execute(delete(JobLock).where(JobLock.name == name, JobLock.owner == owner))


# --- the jobs: each takes (db, config) and returns the counts to record ---------------------

def configured_sources(config) -> list:
    """The crawl sources (crawler.sources.Source: name, interval_minutes, enabled, ...)."""
    try:
        from crawler.sources import load_sources
    except ModuleNotFoundError as exc:  # the crawler is not installed in this checkout
        log.warning("no crawl jobs: %s", exc)
        return []
    try:
        return list(load_sources(config.sources_file).sources)
    except ValueError as exc:  # crawler.sources.SourcesError: the file says what is wrong
        raise JobError(str(exc)) from None


def crawl(db, config, source: str) -> dict:
    """Crawl one source. run_crawl starts Scrapy in a process of its own and skips paused sources."""
    from crawler.run import run_crawl
    entry = next((s for s in configured_sources(config) if s.name == source), None)
    if entry is None:
        raise JobError(f"source {source!r} is not in {config.sources_file}")
    report = run_crawl(sources=[entry], database_url=config.database_url)
    counts = {k: v for k, v in (report or {}).items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    return {"source": source, **counts}


def classify(db, config) -> dict:
    from hypewatch.pipeline import classify_pending
    return {"classified": classify_pending(db)}


def macro_f1(card: dict | None) -> float | None:
    """The mean cross-validated F1 over the labels in a model card, or None if it has none."""
    card = card or {}
    metrics = card.get("cross_validation") or card.get("metrics") or {}
    if isinstance(metrics.get("macro_f1"), (int, float)):
        return float(metrics["macro_f1"])
    scores = []
    for label in LABELS:
        value = metrics.get(label)
        if isinstance(value, dict):
            value = value.get("f1")
        if isinstance(value, (int, float)):
            scores.append(float(value))
    return sum(scores) / len(scores) if scores else None


def read_card(model_dir: Path) -> dict | None:
    try:
        return json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def retrain(db, config) -> dict:
    """Train on the approved annotations into a temporary folder; install the new model only if
    its cross-validated macro F1 is not lower than the installed model's."""
    import classifier
    from hypewatch.pipeline import approved_examples
    examples = approved_examples(db)
    if not examples:
        return {"examples": 0, "replaced": False, "reason": "no approved annotations"}
    model_dir = Path(config.model_dir)
    model_dir.parent.mkdir(parents=True, exist_ok=True)
    old_card = read_card(model_dir) if model_dir.exists() else None
    # A sibling folder, so installing it is a rename on the same file system.
    candidate = Path(tempfile.mkdtemp(prefix=CANDIDATE_PREFIX, dir=model_dir.parent))
    try:
        card = classifier.train(candidate, examples)
        if not (candidate / CARD_FILE).exists():  # the classifier normally writes it itself
            (candidate / CARD_FILE).write_text(json.dumps(card, default=str, indent=1), encoding="utf-8")
        new_score, old_score = macro_f1(card), macro_f1(old_card)
        if not model_dir.exists():
            replace, reason = True, "no installed model"
        elif new_score is None:
            replace, reason = False, "the new model card has no cross-validated F1"
        elif old_score is not None and new_score < old_score:
            replace, reason = False, "cross-validated macro F1 dropped"
        else:
            replace, reason = True, "cross-validated macro F1 did not drop"
        if replace:
            previous = model_dir.with_name(model_dir.name + ".previous")
            shutil.rmtree(previous, ignore_errors=True)
            if model_dir.exists():
                model_dir.rename(previous)
            candidate.rename(model_dir)
    finally:
        shutil.rmtree(candidate, ignore_errors=True)
    decision = "installed" if replace else "kept the installed model"
    log.info("retrain on %d examples: %s (macro F1 %s -> %s): %s",
             len(examples), decision, old_score, new_score, reason)
    return {"examples": len(examples), "replaced": replace, "reason": reason,
            "old_macro_f1": old_score, "new_macro_f1": new_score,
            "model_version": card.get("model_version") or card.get("version")}


def repeats(db, config) -> dict:
    """Find the stored stories that repeat a claim with a published verdict (hypewatch.repeats)."""
    from hypewatch.repeats import find_repeats
    return find_repeats(db)


def additions(db, config) -> dict:
    """Set each later version of a story against its first version: the claims an outlet added (hypewatch.additions)."""
    from hypewatch.additions import compare_stored_versions
    return compare_stored_versions(db)


def backup(db, config) -> dict:
    """Copy the database into HYPEWATCH_BACKUP_DIR and keep the newest HYPEWATCH_BACKUP_KEEP copies."""
    from storage.backup import backup as copy_database, prune
    if config.backup_dir is None:
        raise JobError("set HYPEWATCH_BACKUP_DIR to the folder the backups go to")
    config.backup_dir.mkdir(parents=True, exist_ok=True)
    done = copy_database(db, config.backup_dir)
    return {"file": done.path.name, "megabytes": round(done.size / 1e6, 1), "stories": done.stories,
            "removed": len(prune(config.backup_dir, config.backup_keep))}


def alerts(db, config) -> dict:
    """Announce the new overstated stories, and those repeating a checked claim, in the desk's chat."""
    from hypewatch.alerts import send_alerts
    if config.alert_webhook is None:
        raise JobError("set HYPEWATCH_ALERT_WEBHOOK to the chat's incoming webhook")
    return send_alerts(db, config)


def notices(db, config) -> dict:
    """Mail each person on the desk the stories given to them and their annotations reviewed, as they chose."""
    from hypewatch.notices import send_notices
    return send_notices(db, config)


def local_today(config) -> date:
    from digest.issue import local_today as today_in
    return today_in(config.timezone)


def digest(db, config) -> dict:
    """Build yesterday's issue (days end in config.timezone) and mail it to the subscribers."""
    from digest.delivery import send_digest
    return send_digest(db, config, local_today(config) - timedelta(days=1))


def deliver(db, config) -> dict:
    """Retry the deliveries whose back-off has passed."""
    from digest.delivery import deliver_due
    return deliver_due(db, config)


def remove_dead_candidates(model_dir: Path) -> int:
    """Candidate models older than LOCK_TTL: their retrain was killed before it could remove them."""
    cutoff = time.time() - LOCK_TTL.total_seconds()
    dead = [f for f in model_dir.parent.glob(CANDIDATE_PREFIX + "*") if f.is_dir() and f.stat().st_mtime < cutoff]
    for folder in dead:
        shutil.rmtree(folder, ignore_errors=True)
    return len(dead)


def cleanup(db, config) -> dict:
    """Delete job runs and crawl runs older than HYPEWATCH_KEEP_DAYS days, the addresses of those who
    unsubscribed longer ago than that (with their deliveries), dead locks and the candidate models of
    killed retrains; a run still `running` after LOCK_TTL had its process die: it is marked failed.
    Clusters of near copies are joined (a killed crawl never did), and SQLite's planner statistics
    refreshed."""
    from sqlalchemy import delete, update

    from crawler.duplicates import merge_clusters
    from storage.models import CrawlRun, JobLock, JobRun, Subscriber, utcnow
    cutoff = utcnow() - timedelta(days=config.keep_days)
    with db.session() as session:
        died = session.execute(update(JobRun).where(
            JobRun.outcome == "running", JobRun.started_at < utcnow() - LOCK_TTL).values(
            outcome="failed", finished_at=utcnow(), error="interrupted: the process running it stopped")).rowcount
        runs = session.execute(delete(JobRun).where(JobRun.started_at < cutoff,
                                                    JobRun.outcome != "running")).rowcount
        crawls = session.execute(delete(CrawlRun).where(CrawlRun.started_at < cutoff)).rowcount
        forgotten = session.execute(delete(Subscriber).where(Subscriber.status == "unsubscribed",
                                                             Subscriber.unsubscribed_at < cutoff)).rowcount
        locks = session.execute(delete(JobLock).where(JobLock.expires_at < utcnow())).rowcount
        merged = merge_clusters(session)
    return {"job_runs_deleted": runs, "crawl_runs_deleted": crawls, "unsubscribed_addresses_deleted": forgotten,
            "locks_deleted": locks, "runs_interrupted": died,
            "model_candidates_deleted": remove_dead_candidates(Path(config.model_dir)), "stories_reclustered": merged,
            "statistics_refreshed": db.refresh_statistics()}


JOBS: dict[str, Callable] = {
    "classify": classify, "repeats": repeats, "additions": additions, "retrain": retrain, "digest": digest, "deliver": deliver,
    "cleanup": cleanup, "backup": backup, "alerts": alerts, "notices": notices,
}


def job_body(name: str) -> Callable:
    if name.startswith("crawl:") and len(name) > len("crawl:"):
        source = name.split(":", 1)[1]
        return lambda db, config: crawl(db, config, source)
    try:
        return JOBS[name]
    except KeyError:
        raise JobError(f"unknown job {name!r}; jobs are {', '.join(JOBS)} and crawl:SOURCE") from None


# --- recording ---------------------------------------------------------------------------

def run_job(name: str) -> dict:
    """Run one job now, under its lock, and record the run. What the scheduler calls."""
    from sqlalchemy import update
    from hypewatch.config import load_config
    from storage import open_database
    from storage.models import JobRun, utcnow

    body = job_body(name)
    config = load_config()
    db = open_database(config.database_url)
    try:
        with db.session() as session:
            run = JobRun(name=name, started_at=utcnow(), outcome="running")
            session.add(run)
        counts, error = None, None
        owner = acquire_lock(db, name)
        if owner is None:
            outcome, error = "skipped", "another process is running this job"
            log.info("%s: skipped, another process holds its lock", name)
        else:
            try:
                counts = body(db, config) or {}
                outcome = "ok"
                log.info("%s: ok %s", name, json.dumps(counts, default=str))
            except Exception:
                outcome, error = "failed", traceback.format_exc(limit=20)[-10000:]
                log.error("%s: failed: %s", name, error.strip().splitlines()[-1])
                log.debug("%s", error)
            finally:
                release_lock(db, name, owner)
        with db.session() as session:
            session.execute(update(JobRun).where(JobRun.id == run.id).values(
                finished_at=utcnow(), outcome=outcome, error=error,
                counts=json.loads(json.dumps(counts, default=str)) if counts is not None else None))
        return {"id": run.id, "name": name, "outcome": outcome, "counts": counts, "error": error}
    finally:
        db.dispose()


def run_job_in_child(name: str) -> int:
    """What the scheduler calls: `hypewatch jobs run NAME` in a process of its own, which records
    the run like any other. Its exit status (0 for a run that went well) is returned."""
    return subprocess.run([sys.executable, "-m", "hypewatch", "jobs", "run", name], check=False).returncode


# --- the schedule ------------------------------------------------------------------------

def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise JobError(f"unknown time zone {name!r} (HYPEWATCH_TIMEZONE); use e.g. Europe/Berlin") from None


def _hour_minute(value: str, setting: str) -> tuple[int, int]:
    try:
        parsed = datetime.strptime(value.strip(), "%H:%M")
    except ValueError:
        raise JobError(f"{setting} must be HH:MM, not {value!r}") from None
    return parsed.hour, parsed.minute


@dataclass(frozen=True)
class Planned:
    trigger: object
    misfire_grace: timedelta
    first_run_after: timedelta | None = None  # a new job's first run, if not one interval from now


def planned_jobs(config, sources: list | None = None) -> dict[str, Planned]:
    """Job id -> trigger: the whole schedule, from the configuration and the sources file."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    tz = zone(config.timezone)

    def daily(at: str, setting: str) -> CronTrigger:
        hour, minute = _hour_minute(at, setting)
        return CronTrigger(hour=hour, minute=minute, timezone=tz)

    if sources is None:
        sources = configured_sources(config)
    # a source new to the schedule (a first start, one an admin added) is crawled soon, not an interval
    # later; the first crawls of several are spread out
    plan = {f"crawl:{s.name}": Planned(IntervalTrigger(minutes=s.interval_minutes, timezone=tz),
                                       timedelta(minutes=max(1, s.interval_minutes // 2)),
                                       first_run_after=FIRST_CRAWL_AFTER * (k + 1))
            for k, s in enumerate(s for s in sources if s.enabled)}
    plan["classify"] = Planned(IntervalTrigger(seconds=CLASSIFY_EVERY.total_seconds(), timezone=tz),
                               CLASSIFY_EVERY)
    plan["repeats"] = Planned(IntervalTrigger(seconds=REPEATS_EVERY.total_seconds(), timezone=tz),
                              REPEATS_EVERY)
    plan["additions"] = Planned(IntervalTrigger(seconds=ADDITIONS_EVERY.total_seconds(), timezone=tz),
                                ADDITIONS_EVERY)
    plan["deliver"] = Planned(IntervalTrigger(seconds=DELIVER_EVERY.total_seconds(), timezone=tz),
                              DELIVER_EVERY)
    plan["notices"] = Planned(IntervalTrigger(seconds=NOTICES_EVERY.total_seconds(), timezone=tz),
                              NOTICES_EVERY)
    # A machine that was off at digest time still sends the digest when it comes back that day.
    plan["digest"] = Planned(daily(config.digest_time, "HYPEWATCH_DIGEST_TIME"), timedelta(hours=12))
    plan["retrain"] = Planned(daily(RETRAIN_AT, "RETRAIN_AT"), timedelta(hours=6))
    plan["cleanup"] = Planned(daily(CLEANUP_AT, "CLEANUP_AT"), timedelta(hours=12))
    if config.backup_dir is not None:
        plan["backup"] = Planned(daily(BACKUP_AT, "BACKUP_AT"), timedelta(hours=12))
    if config.alert_webhook is not None:
        plan["alerts"] = Planned(IntervalTrigger(seconds=ALERTS_EVERY.total_seconds(), timezone=tz), ALERTS_EVERY)
    return plan


def _trigger_key(trigger) -> str:
    return f"{trigger} {getattr(trigger, 'timezone', '')}"


def build_scheduler(config, plan: dict[str, Planned] | None = None):
    """A started BackgroundScheduler keeping `plan` in the database job store.

    Jobs whose trigger is unchanged keep their stored next run time, so runs missed while no
    scheduler was up are caught up (once, coalesced) instead of being pushed to the next slot.
    Without an explicit plan, the schedule follows the sources file as admins change it.
    """
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler
    from storage import open_database

    db = open_database(config.database_url)
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=db.engine, tablename=JOBSTORE_TABLE)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        timezone=zone(config.timezone))
    scheduler.start(paused=True)
    if plan is None:
        from apscheduler.jobstores.memory import MemoryJobStore
        seen = {"mtime": _mtime(config.sources_file)}
        plan = planned_jobs(config)
        scheduler.add_jobstore(MemoryJobStore(), alias="local")  # holds the scheduler itself: not pickled
        scheduler.add_job(follow_sources, "interval", seconds=SOURCES_CHECK.total_seconds(),
                          args=[scheduler, config, seen], id="follow-sources", jobstore="local")
    apply_plan(scheduler, plan)
    scheduler.resume()
    return scheduler


def apply_plan(scheduler, plan: dict[str, Planned]) -> None:
    """Make the database job store hold `plan`, leaving unchanged jobs (and their next run) alone."""
    stored = {job.id: job for job in scheduler.get_jobs(jobstore="default")}
    for job_id in stored:
        if job_id not in plan:
            scheduler.remove_job(job_id, jobstore="default")
    for job_id, planned in plan.items():
        old = stored.get(job_id)
        if (old is not None and old.func_ref == SCHEDULED_CALL
                and _trigger_key(old.trigger) == _trigger_key(planned.trigger)):
            continue
        first = {}
        if old is None and planned.first_run_after is not None:
            first["next_run_time"] = datetime.now(timezone.utc) + planned.first_run_after
        scheduler.add_job(SCHEDULED_CALL, planned.trigger, args=[job_id], id=job_id, name=job_id,
                          replace_existing=True, jobstore="default",
                          misfire_grace_time=int(planned.misfire_grace.total_seconds()), **first)


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def follow_sources(scheduler, config, seen: dict) -> None:
    """Plan again when the sources file has changed (a source added, disabled or enabled on
    /admin/sources or with `hypewatch sources`); a file that does not load leaves the schedule."""
    mtime = _mtime(config.sources_file)
    if mtime == seen["mtime"]:
        return
    try:
        plan = planned_jobs(config)
    except JobError as exc:
        log.error("the sources file changed but cannot be used, the schedule stays: %s", exc)
        return
    seen["mtime"] = mtime
    apply_plan(scheduler, plan)
    log.info("the sources file changed: crawling %s", ", ".join(sorted(j[6:] for j in plan if j.startswith("crawl:")))
             or "no source")


def next_run_times(db) -> dict[str, datetime]:
    """Job id -> next run (naive UTC), read from the job store table without unpickling."""
    from sqlalchemy import inspect, text
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(JOBSTORE_TABLE):
            return {}
        rows = conn.execute(text(f"SELECT id, next_run_time FROM {JOBSTORE_TABLE}"))
        return {job_id: datetime.fromtimestamp(ts, timezone.utc).replace(tzinfo=None) if ts is not None else None for job_id, ts in rows}


def last_runs(session) -> dict[str, object]:
    """Job name -> its latest JobRun."""
    from sqlalchemy import func, select
    from storage.models import JobRun
    latest = select(JobRun.name, func.max(JobRun.id).label("id")).group_by(JobRun.name).subquery()
    return {run.name: run for run in session.scalars(select(JobRun).join(latest, JobRun.id == latest.c.id))}


# --- commands ----------------------------------------------------------------------------

def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)


@click.group("jobs")
def jobs_group():
    """List the scheduled jobs or run one now."""


@jobs_group.command("list")
def jobs_list():
    """Each job with its schedule, next run and last outcome."""
    from hypewatch.config import load_config
    from storage import open_database
    config = load_config()
    plan = planned_jobs(config)
    db = open_database(config.database_url)
    upcoming = next_run_times(db)
    with db.session() as session:
        latest = last_runs(session)
        for job_id, planned in plan.items():
            nxt = upcoming.get(job_id)
            run = latest.get(job_id)
            last = f"{run.outcome} at {run.started_at:%Y-%m-%d %H:%M} UTC" if run else "never run"
            click.echo(f"{job_id}\t{planned.trigger}\tnext: "
                       f"{f'{nxt:%Y-%m-%d %H:%M} UTC' if nxt else 'not scheduled'}\tlast: {last}")


@jobs_group.command("run")
@click.argument("name")
def jobs_run(name):
    """Run the job NAME now (e.g. classify, digest, crawl:SOURCE) and record it."""
    _configure_logging()
    result = run_job(name)
    click.echo(f"{name}: {result['outcome']} {json.dumps(result['counts'] or {}, default=str)}")
    if result["outcome"] == "failed":
        raise click.ClickException(f"{name} failed: {result['error'].strip().splitlines()[-1]}")
    if result["outcome"] == "skipped":
        raise click.ClickException(f"{name} skipped: {result['error']}")


def _stop_on_signal() -> threading.Event:
    """An event set by SIGINT or SIGTERM (installed before anything starts, so none is missed)."""
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


@click.command("scheduler")
def scheduler_command():
    """Run the scheduler in the foreground, logging each job run (Ctrl-C stops it)."""
    from hypewatch.config import load_config
    _configure_logging()
    stop = _stop_on_signal()
    scheduler = build_scheduler(load_config())
    for job in scheduler.get_jobs():
        log.info("scheduled %s: %s, next at %s", job.id, job.trigger, job.next_run_time)
    try:
        while not stop.wait(1):
            pass
    finally:
        scheduler.shutdown(wait=True)


# The pages are CPU-bound Python under one interpreter lock: more worker threads only contend for
# it (bench/web.py, 2 cores: 8 threads serve 20-30 % fewer pages than 2, at twice the p95).
# Raise it when requests wait on a database across a network.
WEB_THREADS = 2


@click.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int, help="0: any free port.")
@click.option("--threads", default=WEB_THREADS, show_default=True, type=int,
              help="Web server worker threads (more only help when requests wait on a remote database).")
def run_command(host, port, threads):
    """Production entry point: the web app (waitress) and the scheduler in one process."""
    import waitress
    from hypewatch.config import load_config
    try:
        from webapp import create_app
    except ImportError as exc:
        raise click.ClickException(f"the web app cannot be loaded: {exc}") from None
    _configure_logging()

    def leave(*_):
        raise SystemExit(0)  # waitress closes its sockets on SystemExit; then the scheduler stops
    signal.signal(signal.SIGTERM, leave)
    app = create_app()
    server = waitress.create_server(app, host=host, port=port, threads=threads)
    scheduler = build_scheduler(load_config())
    try:
        log.info("serving on http://%s:%s/ with the scheduler running", host, server.effective_port)
        server.run()
    finally:
        scheduler.shutdown(wait=True)
        log.info("stopped")


commands = [jobs_group, scheduler_command, run_command]
