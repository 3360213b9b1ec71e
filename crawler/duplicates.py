"""Syndicated copies of one story (a press release run by many outlets) share a cluster.

MinHash over word 5-shingles estimates the Jaccard similarity of two texts; LSH band
keys stored per story find the candidates without comparing against every story. A cluster's
id is the id of its first story, which the review queue lists in place of the whole cluster
(or of its first analysed copy, when the first story cannot be analysed: hand_over_clusters).
"""
from __future__ import annotations

import hashlib
import re

import numpy as np
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from storage.models import STORY_STATUSES, Article, ArticleBand, ArticleSignature, AuditEvent

NUM_HASHES = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.6 Jaccard almost always share a band
ROWS = NUM_HASHES // BANDS
SAME_STORY = 0.7
SHINGLE = 5
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20261125)
_A = _rng.integers(1, _PRIME, NUM_HASHES, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, NUM_HASHES, dtype=np.uint64)


def _shingles(text: str) -> np.ndarray:
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return np.array([int.from_bytes(hashlib.blake2b(g.encode(), digest_size=7).digest(), "big")
                     for g in grams], dtype=np.uint64)


def minhash(text: str) -> list[int]:
    shingles = _shingles(text)
    # (a*x + b) mod p in uint64 wraps; the wrap is a fine hash family for this purpose.
    hashed = (np.outer(shingles, _A) + _B) % np.uint64(_PRIME)
    return hashed.min(axis=0).tolist()


def band_keys(signature: list[int]) -> list[str]:
    return [f"{b}:" + hashlib.blake2b(str(signature[b * ROWS:(b + 1) * ROWS]).encode(), digest_size=12).hexdigest()
            for b in range(BANDS)]


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / NUM_HASHES


def _near_copies(session: Session, signature: list[int], keys: list[str], exclude: int | None = None) -> list[int]:
    """Stored stories at SAME_STORY similarity or more to `signature`, closest first (of equals, the latest)."""
    candidates = set(session.scalars(select(ArticleBand.article_id).where(ArticleBand.band.in_(keys))))
    near = []
    for other_id in candidates - {exclude}:
        other = session.get(ArticleSignature, other_id)
        if other is not None and (sim := similarity(signature, other.minhash)) >= SAME_STORY:
            near.append((sim, other_id))
    return [other_id for _, other_id in sorted(near, reverse=True)]


def near_copies(session: Session, text: str, *, limit: int = 10) -> list[int]:
    """The ids of stored stories that are copies of `text` (a page checked by hand), closest first."""
    signature = minhash(text)
    return _near_copies(session, signature, band_keys(signature))[:limit]


def assign_cluster(session: Session, article: Article) -> int:
    """Put a just-stored story in the cluster of its closest earlier near-copy, or its own. A copy
    of a story the desk has reviewed takes its review status (webapp.workflow sets a status on
    every copy of a story)."""
    signature = minhash(article.text)
    keys = band_keys(signature)
    best = next(iter(_near_copies(session, signature, keys, exclude=article.id)), None)
    nearest = session.get(Article, best) if best else None
    article.cluster_id = (nearest.cluster_id or best) if nearest else article.id
    if nearest is not None:
        article.status = nearest.status
    session.add(ArticleSignature(article_id=article.id, minhash=signature))
    session.execute(insert(ArticleBand), [{"band": key, "article_id": article.id} for key in keys])
    session.flush()
    return article.cluster_id


def merge_clusters(session: Session, since_id: int = 0) -> int:
    """Join clusters that hold near copies of each other; returns how many stories moved.

    `assign_cluster` sees only stories committed before it runs, so two crawl workers storing
    copies of one press release at the same moment put them in two clusters, and a story that
    resembles two earlier clusters joins only one. This finds every pair of stories that share
    a band key but not a cluster (with `since_id`, pairs where one story's id is at least
    that), and joins the clusters of the pairs that are near copies. A merged cluster keeps
    the smallest of their ids.
    """
    # SQLite reads CROSS JOIN as "this table first": the band rows of the new stories, then
    # their partners by band key (0.07 s instead of 2.7 s for 100 new stories among 100,000)
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    pairs = session.execute(text(
        "SELECT DISTINCT a.article_id, b.article_id, x.cluster_id, y.cluster_id"
        f" FROM article_bands b {join} article_bands a ON a.band = b.band AND a.article_id < b.article_id"
        " JOIN articles x ON x.id = a.article_id JOIN articles y ON y.id = b.article_id"
        " WHERE b.article_id >= :since AND x.cluster_id != y.cluster_id"), {"since": since_id}).all()
    if not pairs:
        return 0
    ids = sorted({i for first, second, _, _ in pairs for i in (first, second)})
    signatures = {}
    for i in range(0, len(ids), 500):
        signatures.update(session.execute(select(ArticleSignature.article_id, ArticleSignature.minhash)
                                          .where(ArticleSignature.article_id.in_(ids[i:i + 500]))).all())
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c
    for first, second, cluster_1, cluster_2 in pairs:
        if first in signatures and second in signatures and \
                similarity(signatures[first], signatures[second]) >= SAME_STORY:
            r1, r2 = root(cluster_1), root(cluster_2)
            if r1 != r2:
                parent[max(r1, r2)] = min(r1, r2)
    moved = 0
    for cluster in list(parent):
        moved += session.execute(update(Article).where(Article.cluster_id == cluster)
                                 .values(cluster_id=root(cluster))).rowcount
    for cluster in {root(c) for c in parent}:
        _share_furthest_status(session, cluster)
    return moved


def _share_furthest_status(session: Session, cluster: int) -> None:
    """Give every story of a merged cluster the furthest review status any of its copies had (a
    story reviewed through one copy is reviewed), each change in the audit trail as the crawl's."""
    copies = session.execute(select(Article.id, Article.status).where(Article.cluster_id == cluster)).all()
    furthest = max((status for _, status in copies), key=STORY_STATUSES.index)
    behind = [(story_id, status) for story_id, status in copies if status != furthest]
    if not behind:
        return
    session.execute(update(Article).where(Article.id.in_([story_id for story_id, _ in behind])).values(status=furthest))
    session.add_all(AuditEvent(action="update", entity="article", entity_id=story_id, article_id=story_id,
                               before={"status": status}, after={"status": furthest, "merged_into": cluster})
                    for story_id, status in behind)


def hand_over_clusters(session: Session, story_ids) -> int:
    """Give the cluster of each of `story_ids` that the analyser failed on to its first analysed
    copy; returns how many clusters moved.

    The review queue lists a cluster by its first story, and only analysed stories: a first
    story the analyser keeps failing on would hide every copy. The failed story stays in the
    cluster, as a copy, and is analysed again on the next run."""
    moved = 0
    for story_id in story_ids:
        if session.scalar(select(Article.score).where(Article.id == story_id)) is not None:
            continue  # an earlier analysis still lists it
        heir = session.scalar(select(func.min(Article.id)).where(
            Article.cluster_id == story_id, Article.id != story_id, Article.score.is_not(None)))
        if heir is not None:
            session.execute(update(Article).where(Article.cluster_id == story_id).values(cluster_id=heir))
            moved += 1
    return moved
