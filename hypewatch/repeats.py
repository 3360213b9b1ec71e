"""Stored stories that repeat a claim the desk has published a verdict on: every flagged sentence matched
against the verdicts as "Checked before" matches a page's (webapp.matches), kept in claim_repeats for the
review queue ("Repeats a checked claim") and the verdict's own story page ("Repeated in").

The `repeats` job runs find_repeats. A run goes over the stories classified since the last run that went
well (one killed half-way leaves its successor to go over them again); when the verdicts have changed since
then (published, withdrawn), over every flagged sentence again, since each verdict's words weigh on every
match. Each batch is committed on its own, so the web app is never kept waiting on a long write."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import String, cast, delete, desc, exists, insert, select, update
from sqlalchemy.exc import IntegrityError

from storage.models import Annotation, Article, ClaimRepeat, JobRun, Sentence, utcnow

JOB = "repeats"
STORIES_A_BATCH = 200  # read, matched and committed together
# Stories classified this long before a run started are gone over again by the next: a story's analysis is
# committed a moment after its classified_at is set, possibly after the run has read past it.
OVERLAP = timedelta(minutes=5)


def find_repeats(db) -> dict:
    """Bring claim_repeats up to date; returns what it went over and found."""
    from webapp.matches import VerdictIndex, read_verdicts
    started = utcnow()
    with db.session() as session:
        verdicts = read_verdicts(session)
        last = _last_run(session)
    fingerprint = _fingerprint(verdicts)
    full = last is None or last.get("verdict_set") != fingerprint or "scanned_from" not in last
    since = None if full else datetime.fromisoformat(last["scanned_from"])
    with db.session() as session:
        if full:
            session.execute(delete(ClaimRepeat))
        else:  # a story classified again may have lost a flag, or the sentence that repeated a claim
            session.execute(delete(ClaimRepeat).where(ClaimRepeat.article_id.in_(
                select(Article.id).where(Article.classified_at >= since))))
    index = VerdictIndex(verdicts)
    sentences = found = 0
    if verdicts:
        for batch in _flagged_sentences(db, since):
            matched = index.matches([text for _, _, text in batch], besides=[s for s, _, _ in batch])
            rows = [{"sentence_id": s, "article_id": a, "annotation_id": m.verdict.id, "similarity": m.similarity}
                    for (s, a, _), matches in zip(batch, matched) for m in matches]
            sentences += len(batch)
            found += _store(db, rows) if rows else 0
    _unmark(db, since)
    return {"verdicts": len(verdicts), "verdict_set": fingerprint, "full": full,
            "scanned_from": (started - OVERLAP).isoformat(), "sentences": sentences, "repeats": found}


def _store(db, rows: list[dict]) -> int:
    """Insert a batch's repeats; returns how many. A story deleted or classified again meanwhile (its sentences
    replaced), a verdict's story among them, fails the insert: the rows whose sentence and verdict still exist
    are inserted then (a verdict withdrawn changes the verdicts, and the next run goes over everything)."""
    try:
        with db.session() as session:
            _insert(session, rows)
        return len(rows)
    except IntegrityError:
        with db.session() as session:
            sentences = set(session.scalars(select(Sentence.id).where(Sentence.id.in_({r["sentence_id"] for r in rows}))))
            verdicts = set(session.scalars(select(Annotation.id).where(
                Annotation.id.in_({r["annotation_id"] for r in rows}))))
            kept = [r for r in rows if r["sentence_id"] in sentences and r["annotation_id"] in verdicts]
            if kept:
                _insert(session, kept)
        return len(kept)


def _insert(session, rows: list[dict]) -> None:
    """The repeats, and their stories marked as repeating a checked claim (the queue's partial indexes).
    A story's mark is written when it changes only: on PostgreSQL each write of a story's row computes its
    text's search index entry again (0.45 ms a story)."""
    session.execute(insert(ClaimRepeat), rows)
    session.execute(update(Article).where(Article.id.in_(sorted({r["article_id"] for r in rows})),
                                          Article.repeating.is_(None)).values(repeating=True))


def _unmark(db, since: datetime | None) -> None:
    """The stories gone over (classified since `since`, all when None) that no longer repeat a checked claim
    lose their mark. Until then a mark may outlive its story's repeats, which the queue reads as well."""
    unmarked = (update(Article).where(Article.repeating.is_not(None),
                                      ~exists().where(ClaimRepeat.article_id == Article.id))
                .values(repeating=None))
    with db.session() as session:
        session.execute(unmarked if since is None else unmarked.where(Article.classified_at >= since))


def _last_run(session) -> dict | None:
    """The counts of the last run of the job that went well."""
    return session.scalar(select(JobRun.counts).where(JobRun.name == JOB, JobRun.outcome == "ok")
                          .order_by(desc(JobRun.id)).limit(1))


def _fingerprint(verdicts) -> str:
    """Which verdicts there are: a change in them changes every match."""
    ids = ",".join(f"{v.id}:{v.sentence_id}" for v in sorted(verdicts, key=lambda v: v.id))
    return hashlib.sha256(ids.encode()).hexdigest()[:16]


def _flagged_sentences(db, since: datetime | None):
    """(sentence id, story id, text) of every sentence with a label, of the stories classified since
    `since` (all when None), in batches of STORIES_A_BATCH stories; the text as compared, with the
    abbreviations its story defines spelled out. The stories' ids are read first: a join walked by sentence
    id had SQLite filter every story again for each batch."""
    from webapp.wording import defined_abbreviations, spelled_out
    stories = select(Article.id).where(Article.flagged_count > 0).order_by(Article.id)
    if since is not None:
        stories = stories.where(Article.classified_at >= since)
    with db.session() as session:
        ids = session.scalars(stories).all()
    for start in range(0, len(ids), STORIES_A_BATCH):
        with db.session() as session:
            rows = session.execute(select(Sentence.id, Sentence.article_id, Sentence.text,
                                          cast(Sentence.labels, String))  # as text: decoding every list costs more
                                   .where(Sentence.article_id.in_(ids[start:start + STORIES_A_BATCH]))
                                   .order_by(Sentence.article_id, Sentence.position)).all()
        stories: dict[int, list[str]] = {}
        for _, article_id, text, _ in rows:
            stories.setdefault(article_id, []).append(text)
        defined = {article_id: defined_abbreviations(" ".join(texts)) for article_id, texts in stories.items()}
        flagged = [(sentence_id, article_id, spelled_out(text, defined[article_id]))
                   for sentence_id, article_id, text, labels in rows if labels and labels.strip() != "[]"]
        if flagged:
            yield flagged
