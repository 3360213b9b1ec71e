"""The flagged claims each later version of a story adds to the story's first version: every story filed with
another version (a press release and its copies, crawler.duplicates) set against the first, claim by claim as
"compare" pairs them (hypewatch.versions), kept in version_comparisons for the stats page ("Who adds the
overstatement") and marked on the story (articles.adds_claims) for the queue's "Adds claims to its source".

The `additions` job runs compare_stored_versions. A run goes over the stories filed with those classified since
the last run that went well (one killed half-way leaves its successor to go over them again), and over every
story filed with another once a day: merging clusters (the clean-up job) and deleting stories change which
version came first without classifying anything. Each batch of stories is compared and committed on its own."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, func, insert, or_, select, update

from hypewatch.versions import align, claim_differences, version_order
from storage.models import Article, JobRun, Sentence, VersionComparison, utcnow

JOB = "additions"
CLUSTERS_A_BATCH = 200  # read, compared and committed together
# Stories classified this long before a run started are gone over again by the next: a story's analysis is
# committed a moment after its classified_at is set, possibly after the run has read past it.
OVERLAP = timedelta(minutes=5)
FULL_EVERY = timedelta(days=1)


def compare_stored_versions(db) -> dict:
    """Bring version_comparisons and the stories' marks up to date; returns what it went over and found."""
    started = utcnow()
    with db.session() as session:
        last = JobRun.last_counts(session, JOB)
    last_full = datetime.fromisoformat(last["full_from"]) if last and "full_from" in last else None
    full = last_full is None or started - last_full >= FULL_EVERY
    since = None if full else datetime.fromisoformat(last["scanned_from"])
    clusters = _clusters_to_compare(db, since)
    versions = adding = 0
    for start in range(0, len(clusters), CLUSTERS_A_BATCH):
        compared, added = _compare(db, clusters[start:start + CLUSTERS_A_BATCH], started)
        versions, adding = versions + compared, adding + added
    _remove_left_over(db, since, started)
    return {"full": full, "full_from": (started if full else last_full).isoformat(),
            "scanned_from": (started - OVERLAP).isoformat(), "clusters": len(clusters),
            "later_versions": versions, "adding_claims": adding}


def _clusters_to_compare(db, since: datetime | None) -> list[int]:
    """The clusters of the stories classified since `since`; with None, every cluster of more than one classified
    story. Either way those of a story marked as adding claims whose comparison is gone (its first version
    deleted)."""
    classified = Article.score.is_not(None)
    if since is None:
        touched = (select(Article.cluster_id).where(classified, Article.cluster_id.is_not(None))
                   .group_by(Article.cluster_id).having(func.count() > 1))
    else:
        touched = select(Article.cluster_id).where(Article.classified_at >= since, Article.cluster_id.is_not(None))
    orphaned = select(Article.cluster_id).where(Article.adds_claims.is_not(None), Article.cluster_id.is_not(None),
                                                ~exists().where(VersionComparison.article_id == Article.id))
    with db.session() as session:
        return sorted(set(session.scalars(touched)) | set(session.scalars(orphaned)))


def _compare(db, clusters: list[int], now: datetime) -> tuple[int, int]:
    """Each later version of the clusters' stories set against its cluster's first, stored in place of what was
    stored for them; returns (later versions, those adding claims)."""
    with db.session() as session:
        members = session.execute(select(Article.id, Article.cluster_id, Article.published, Article.fetched_at,
                                         Article.flagged_count, Article.adds_claims)
                                  .where(Article.cluster_id.in_(clusters), Article.score.is_not(None))).all()
        by_cluster: dict[int, list] = defaultdict(list)
        for row in members:
            by_cluster[row.cluster_id].append(row)
        flagged = [row.id for row in members if row.flagged_count]
        claims: dict[int, list] = defaultdict(list)  # story id -> its flagged sentences, in order
        for sentence in session.execute(select(Sentence.article_id, Sentence.text, Sentence.labels)
                                        .where(Sentence.article_id.in_(flagged))
                                        .order_by(Sentence.article_id, Sentence.position)):
            if sentence.labels:
                claims[sentence.article_id].append(sentence)
        rows = []
        for versions in by_cluster.values():
            first, *later = sorted(versions, key=version_order)
            for copy in later:
                labels = {label: [dropped, kept, added] for label, dropped, kept, added
                          in claim_differences(align(claims[first.id], claims[copy.id]))}
                rows.append({"article_id": copy.id, "first_id": first.id, "labels": labels, "compared_at": now,
                             **{name: sum(n[i] for n in labels.values()) for i, name in enumerate(("dropped", "kept", "added"))}})
        ids = [row.id for row in members]
        session.execute(delete(VersionComparison).where(VersionComparison.article_id.in_(ids)))
        if rows:
            session.execute(insert(VersionComparison), rows)
        _mark(session, members, {row["article_id"]: row["added"] or None for row in rows})
    return len(rows), sum(1 for row in rows if row["added"])


def _mark(session, members, adds: dict[int, int | None]) -> None:
    """Each story's count of claims added written where it changed: on PostgreSQL each write of a story's row
    computes its text's search index entry again."""
    changed = defaultdict(list)
    for row in members:
        if adds.get(row.id) != row.adds_claims:
            changed[adds.get(row.id)].append(row.id)
    for value, ids in changed.items():
        session.execute(update(Article).where(Article.id.in_(ids)).values(adds_claims=value))


def _remove_left_over(db, since: datetime | None, started: datetime) -> None:
    """What no cluster gone over accounts for: the comparisons of the stories classified since `since` that are no
    longer filed with another (all when None: those this run did not write), and the marks without a comparison."""
    with db.session() as session:
        if since is None:
            session.execute(delete(VersionComparison).where(VersionComparison.compared_at < started))
        else:
            unfiled = select(Article.id).where(Article.classified_at >= since, Article.cluster_id.is_(None))
            session.execute(delete(VersionComparison).where(VersionComparison.article_id.in_(unfiled)))
        session.execute(update(Article).where(Article.adds_claims.is_not(None), or_(
            Article.cluster_id.is_(None), ~exists().where(VersionComparison.article_id == Article.id)))
            .values(adds_claims=None))
