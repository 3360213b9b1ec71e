"""Stored stories that repeat a claim the desk has published a verdict on: every flagged sentence matched
against the verdicts as "Checked before" matches a page's (webapp.matches), kept in claim_repeats for the
review queue ("Repeats a checked claim") and the verdict's own story page ("Repeated in").

The `repeats` job runs find_repeats. A run goes over the stories classified since the last run that went
well (one killed half-way leaves its successor to go over them again); when the verdicts have changed since
then (published, withdrawn), over every flagged sentence again, since each verdict's words weigh on every
match. Each batch of stories is brought up to date and committed on its own: the repeats found that were not
stored are added, those no longer found removed, the rest left as they are, so the web app is never kept
waiting on a long write, and the queue never sees a story's repeats gone while a run has yet to reach it."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import String, bindparam, cast, delete, exists, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError

from storage.models import Annotation, Article, ClaimRepeat, JobRun, Sentence, utcnow

JOB = "repeats"
STORIES_A_BATCH = 200  # read, matched and committed together
# Stories classified this long before a run started are gone over again by the next: a story's analysis is
# committed a moment after its classified_at is set, possibly after the run has read past it.
OVERLAP = timedelta(minutes=5)
MOVED = 0.01  # a stored repeat's similarity is written again when a run finds it this much different
GONE_A_STATEMENT = 5000  # repeats removed by one DELETE: two bound values each, under SQLite's 32,766


def find_repeats(db) -> dict:
    """Bring claim_repeats up to date; returns what it went over and found."""
    from webapp.matches import VerdictIndex, read_verdicts
    started = utcnow()
    with db.session() as session:
        verdicts = read_verdicts(session)
        last = JobRun.last_counts(session, JOB)
    fingerprint = _fingerprint(verdicts)
    full = last is None or last.get("verdict_set") != fingerprint or "scanned_from" not in last
    since = None if full else datetime.fromisoformat(last["scanned_from"])
    index = VerdictIndex(verdicts)
    sentences = found = 0
    for stories, batch in _flagged_sentences(db, since) if verdicts else ():
        matched = index.matches([text for _, _, text in batch], besides=[s for s, _, _ in batch])
        rows = [{"sentence_id": s, "article_id": a, "annotation_id": m.verdict.id, "similarity": m.similarity}
                for (s, a, _), matches in zip(batch, matched) for m in matches]
        sentences += len(batch)
        found += _store(db, stories, rows)
    _remove_left_over(db, since, everything=not verdicts)
    _unmark(db, since)
    return {"verdicts": len(verdicts), "verdict_set": fingerprint, "full": full,
            "scanned_from": (started - OVERLAP).isoformat(), "sentences": sentences, "repeats": found}


def _store(db, stories: list[int], rows: list[dict]) -> int:
    """Make a batch of stories' stored repeats the `rows` found in them; returns how many are stored. A story
    deleted or classified again meanwhile (its sentences replaced), a verdict's story among them, fails the
    insert: the rows whose sentence and verdict still exist are stored then (a verdict withdrawn changes the
    verdicts, and the next run goes over everything)."""
    try:
        with db.session() as session:
            _replace(session, stories, rows)
        return len(rows)
    except IntegrityError:
        with db.session() as session:
            sentences = set(session.scalars(select(Sentence.id).where(Sentence.id.in_({r["sentence_id"] for r in rows}))))
            verdicts = set(session.scalars(select(Annotation.id).where(
                Annotation.id.in_({r["annotation_id"] for r in rows}))))
            kept = [r for r in rows if r["sentence_id"] in sentences and r["annotation_id"] in verdicts]
            _replace(session, stories, kept)
        return len(kept)


def _replace(session, stories: list[int], rows: list[dict]) -> None:
    """The stories' stored repeats made `rows`, writing only what differs: a full run after a new verdict
    finds most repeats again. Their stories are marked as repeating a checked claim (the queue's partial
    indexes), a mark written when it changes only: on PostgreSQL each write of a story's row computes its
    text's search index entry again (0.45 ms a story)."""
    stored = {(s, a): similarity for s, a, similarity in session.execute(
        select(ClaimRepeat.sentence_id, ClaimRepeat.annotation_id, ClaimRepeat.similarity)
        .where(ClaimRepeat.article_id.in_(stories)))}
    found = {(r["sentence_id"], r["annotation_id"]): r for r in rows}
    gone = [key for key in stored if key not in found]
    for start in range(0, len(gone), GONE_A_STATEMENT):
        session.execute(delete(ClaimRepeat).where(
            tuple_(ClaimRepeat.sentence_id, ClaimRepeat.annotation_id).in_(gone[start:start + GONE_A_STATEMENT])))
    new = [r for key, r in found.items() if key not in stored]
    if new:
        session.execute(insert(ClaimRepeat), new)
        session.execute(update(Article).where(Article.id.in_(sorted({r["article_id"] for r in new})),
                                              Article.repeating.is_(None)).values(repeating=True))
    moved = [{"s": key[0], "a": key[1], "similarity": r["similarity"]} for key, r in found.items()
             if key in stored and abs(stored[key] - r["similarity"]) >= MOVED]
    if moved:
        session.connection().execute(
            update(ClaimRepeat.__table__).where(ClaimRepeat.sentence_id == bindparam("s"),
                                                ClaimRepeat.annotation_id == bindparam("a"))
            .values(similarity=bindparam("similarity")), moved)


def _remove_left_over(db, since: datetime | None, everything: bool) -> None:
    """The repeats of the stories a run did not go over: of those classified since `since` (all when None)
    that no longer have a flagged sentence, or of every story when no verdict is left."""
    with db.session() as session:
        if everything:
            session.execute(delete(ClaimRepeat))
            return
        unflagged = select(Article.id).where(Article.flagged_count == 0)
        if since is not None:
            unflagged = unflagged.where(Article.classified_at >= since)
        session.execute(delete(ClaimRepeat).where(ClaimRepeat.article_id.in_(unflagged)))


def _unmark(db, since: datetime | None) -> None:
    """The stories gone over (classified since `since`, all when None) that no longer repeat a checked claim
    lose their mark. Until then a mark may outlive its story's repeats, which the queue reads as well."""
    unmarked = (update(Article).where(Article.repeating.is_not(None),
                                      ~exists().where(ClaimRepeat.article_id == Article.id))
                .values(repeating=None))
    with db.session() as session:
        session.execute(unmarked if since is None else unmarked.where(Article.classified_at >= since))



def _fingerprint(verdicts) -> str:
    """Which verdicts there are: a change in them changes every match."""
    ids = ",".join(f"{v.id}:{v.sentence_id}" for v in sorted(verdicts, key=lambda v: v.id))
    return hashlib.sha256(ids.encode()).hexdigest()[:16]


def _flagged_sentences(db, since: datetime | None):
    """(story ids, [(sentence id, story id, text)]) of every sentence with a label, in batches of STORIES_A_BATCH
    stories with one, classified since `since` (all when None); the text as compared, with the abbreviations its
    story defines spelled out. The stories' ids are read first: a join walked by sentence id had SQLite filter
    every story again for each batch."""
    from webapp.wording import in_full
    stories = select(Article.id).where(Article.flagged_count > 0).order_by(Article.id)
    if since is not None:
        stories = stories.where(Article.classified_at >= since)
    with db.session() as session:
        ids = session.scalars(stories).all()
    for start in range(0, len(ids), STORIES_A_BATCH):
        batch = ids[start:start + STORIES_A_BATCH]
        with db.session() as session:
            rows = session.execute(select(Sentence.id, Sentence.article_id, Sentence.text,
                                          cast(Sentence.labels, String))  # as text: decoding every list costs more
                                   .where(Sentence.article_id.in_(batch))
                                   .order_by(Sentence.article_id, Sentence.position)).all()
        texts: dict[int, list[str]] = {}  # each story's sentences, in order
        flagged: dict[int, list[tuple[int, str]]] = {}
        for sentence_id, article_id, text, labels in rows:
            texts.setdefault(article_id, []).append(text)
            if labels and labels.strip() != "[]":
                flagged.setdefault(article_id, []).append((sentence_id, text))
        compared = []
        for article_id, claims in flagged.items():
            story = texts[article_id]
            in_words = in_full([text for _, text in claims], lambda: " ".join(story))
            compared += [(sentence_id, article_id, text) for (sentence_id, _), text in zip(claims, in_words)]
        yield batch, compared
