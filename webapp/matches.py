"""Claims checked before: a sentence matched against the published verdicts (approved annotations), so
that a claim repeated in another story, another outlet's rewrite or a pasted draft leads to the verdict
the desk already published.

Sentences are compared as bags of words and word pairs weighted by TF-IDF over the verdicts' claims
(cosine similarity)."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Annotation, Article, Sentence
from webapp.recent import recent

SIMILAR = 0.6   # cosine at or over which two claims are shown as the same (a rewording keeps most words and pairs)
SHOWN = 3       # verdicts shown per claim, the most alike first
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Verdict:
    id: int            # the approved annotation: /verdicts/<id>
    sentence_id: int
    claim: str
    overstated: tuple  # the labels it kept; empty: "not overstated"
    outlet: str


@dataclass(frozen=True)
class Match:
    verdict: Verdict
    similarity: float


def terms(text: str) -> Counter:
    """A sentence's words (lower-cased; not stop words, nor the words of who says it: "scientists say"
    frames a claim, it is not the claim) and its pairs of adjacent remaining words."""
    from classifier.features import NOT_TRIGGERS  # imported here: the web app reads it once it has verdicts
    words = [w for w in _WORD.findall(text.lower()) if w not in NOT_TRIGGERS]
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


class VerdictIndex:
    """The verdicts' claims as rows of unit TF-IDF vectors (a sparse matrix), one row per distinct claim
    (copies of a story carry the same sentence): a page's claims are scored against all of them in one
    sparse product, in C, however many verdicts share the topic's words."""

    def __init__(self, verdicts: list[Verdict]):
        self.verdicts = verdicts
        by_claim: dict[str, list[Verdict]] = {}
        for v in verdicts:
            by_claim.setdefault(v.claim, []).append(v)
        self.claims = [sorted(vs, key=lambda v: -v.id) for vs in by_claim.values()]  # the latest verdict first
        counted = [terms(claim) for claim in by_claim]
        df = Counter(term for c in counted for term in c)
        self.columns = {term: i for i, term in enumerate(df)}
        self.idf = [math.log((1 + len(counted)) / (1 + df[term])) + 1 for term in df]
        self._idf_unseen = math.log(1 + len(counted)) + 1
        self.matrix = self._rows(counted).T.tocsr() if verdicts else None

    def _rows(self, counted: list[Counter]):
        """Unit TF-IDF rows (terms the verdicts lack count in a row's length only)."""
        from scipy.sparse import csr_matrix
        data, indices, indptr = [], [], [0]
        for c in counted:
            known = [(self.columns[t], (1 + math.log(tf)) * self.idf[self.columns[t]]) for t, tf in c.items()
                     if t in self.columns]
            unseen = sum(((1 + math.log(tf)) * self._idf_unseen) ** 2 for t, tf in c.items() if t not in self.columns)
            norm = math.sqrt(sum(w * w for _, w in known) + unseen) or 1.0
            indices += [i for i, _ in known]
            data += [w / norm for _, w in known]
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(counted), len(self.columns)))

    def matches(self, texts: list[str], *, besides: list[int | None] | None = None) -> list[list[Match]]:
        """For each text, the verdicts whose claim is at least SIMILAR to it (cosine), the most alike first
        (the latest first among equals); not the verdicts on the sentence `besides[i]` (a stored sentence's
        own, shown on its page already)."""
        if self.matrix is None or not texts:
            return [[] for _ in texts]
        scores = (self._rows([terms(t) for t in texts]) @ self.matrix).tocsr()
        found = []
        for i in range(len(texts)):  # each row's stored entries, read without making a matrix of each row
            start, end = scores.indptr[i], scores.indptr[i + 1]
            similar = (scores.data[start:end] >= SIMILAR).nonzero()[0] + start  # most share a word or two only
            # the most alike claims first; SHOWN + 1 of them give SHOWN verdicts even when one is the sentence's own
            similar = similar[(-scores.data[similar]).argsort(kind="stable")[:SHOWN + 1]]
            own = besides[i] if besides else None
            hits = (Match(v, min(score, 1.0))
                    for row, score in zip(scores.indices[similar].tolist(), scores.data[similar].tolist())
                    for v in self.claims[row] if v.sentence_id != own)
            found.append(list(islice(hits, SHOWN)))
        return found


def read_verdicts(session: Session) -> list[Verdict]:
    rows = session.execute(select(Annotation.id, Annotation.sentence_id, Sentence.text, Annotation.labels,
                                  Article.sitename, Article.source)
                           .join(Sentence, Sentence.id == Annotation.sentence_id)
                           .join(Article, Article.id == Annotation.article_id)
                           .where(Annotation.status == "approved"))
    return [Verdict(id, sentence_id, text, tuple(labels or ()), sitename or source or "")
            for id, sentence_id, text, labels, sitename, source in rows]


def verdict_index(session: Session) -> VerdictIndex:
    """The published verdicts' index, built again after VERDICTS_MAX_AGE seconds, or at once in this
    process after an editor's decision (webapp.review forgets it)."""
    return recent("verdict_index", current_app.config["VERDICTS_MAX_AGE"],
                  lambda: VerdictIndex(read_verdicts(session)))


def claim_matches(session: Session, sentences, *, stored: bool = True) -> dict[int, list[Match]]:
    """For each of these sentences (rows with id and text), the verdicts published on claims like it
    elsewhere; a stored sentence's own verdicts left out (a checked text's sentences are numbered, not stored)."""
    index = verdict_index(session)
    if not index.verdicts or not sentences:
        return {}
    ids = [int(s.id) for s in sentences]
    found = index.matches([s.text for s in sentences], besides=ids if stored else None)
    return {sid: m for sid, m in zip(ids, found) if m}
