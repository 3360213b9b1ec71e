"""Claims checked before: a sentence matched against the published verdicts (approved annotations), so
that a claim repeated in another story, another outlet's rewrite or a pasted draft leads to the verdict
the desk already published.

Sentences are compared as bags of words (webapp.wording's terms) weighted by TF-IDF over the verdicts'
claims (cosine similarity), never two whose stances make them different claims."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Annotation, Article, Sentence
from webapp.recent import recent
from webapp.wording import (defined_abbreviations, different, in_full, spelled_out, stance, terms,
                            uses_unlisted_abbreviation)

SIMILAR = 0.6   # cosine at or over which two claims are shown as alike (a rewording keeps most words)
SHOWN = 3       # verdicts shown per claim, the most alike first
SEARCHED = 50        # verdicts a reader's search lists
SEARCH_FLOOR = 0.15  # cosine under which a verdict shares too little of a search's words to be listed


@dataclass(frozen=True, eq=False)  # one object per verdict in an index: compared and hashed as itself, cheaply
class Verdict:
    id: int            # the approved annotation: /verdicts/<id>
    sentence_id: int
    claim: str
    overstated: tuple  # the labels it kept; empty: "not overstated"
    outlet: str
    compared: str | None = None  # the claim as compared, its story's own abbreviations spelled out (when it has any)


@dataclass(frozen=True)
class Match:
    verdict: Verdict
    similarity: float


class VerdictIndex:
    """The verdicts' claims as unit TF-IDF vectors, one per distinct claim (copies of a story carry the same
    sentence), kept as a term-by-claim sparse matrix: a sentence is scored against every claim by summing
    its terms' rows, in numpy, however many verdicts share the topic's words."""

    def __init__(self, verdicts: list[Verdict]):
        self.verdicts = verdicts
        by_claim: dict[str, list[Verdict]] = {}
        for v in verdicts:
            by_claim.setdefault(v.compared or v.claim, []).append(v)
        self.claims = [sorted(vs, key=lambda v: -v.id) for vs in by_claim.values()]  # the latest verdict first
        counted = [terms(claim) for claim in by_claim]
        self.stances = [stance(claim) for claim in by_claim]
        df = Counter(term for c in counted for term in c)
        self.columns = {term: i for i, term in enumerate(df)}
        self.idf = [math.log((1 + len(counted)) / (1 + df[term])) + 1 for term in df]
        self._idf_unseen = math.log(1 + len(counted)) + 1
        self.matrix = self._rows(counted).T.tocsr() if verdicts else None
        self._alike: dict[str, list[tuple[int, float]]] = {}  # sentence -> its most alike claims, as pages ask again

    def _weights(self, counted: Counter) -> tuple[list[tuple[int, float]], float]:
        """(column, TF-IDF weight) of the terms the verdicts have, and the length of the whole vector
        (terms the verdicts lack count in it only)."""
        known, length = [], 0.0
        for term, tf in counted.items():
            column = self.columns.get(term)
            weight = (1 + math.log(tf)) * (self.idf[column] if column is not None else self._idf_unseen)
            length += weight * weight
            if column is not None:
                known.append((column, weight))
        return known, math.sqrt(length) or 1.0

    def _rows(self, counted: list[Counter]):
        from scipy.sparse import csr_matrix
        data, indices, indptr = [], [], [0]
        for c in counted:
            known, length = self._weights(c)
            indices += [column for column, _ in known]
            data += [weight / length for _, weight in known]
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(counted), len(self.columns)))

    def _similarities(self, counted: Counter):
        """The cosine of a sentence (its terms) with every distinct claim: the postings of its terms (rows
        of the term-by-claim matrix) summed, without building a matrix for one sentence."""
        import numpy as np
        known, length = self._weights(counted)
        if not known:
            return np.zeros(len(self.claims))
        m = self.matrix
        spans = [(m.indptr[column], m.indptr[column + 1], weight / length) for column, weight in known]
        return np.bincount(np.concatenate([m.indices[a:b] for a, b, _ in spans]),
                           np.concatenate([m.data[a:b] * w for a, b, w in spans]), minlength=len(self.claims))

    def matches(self, texts: list[str], *, besides: list[int | None] | None = None) -> list[list[Match]]:
        """For each text, the verdicts whose claim is at least SIMILAR to it (cosine), the most alike first
        (the latest first among equals); not the verdicts on the sentence `besides[i]` (a stored sentence's
        own, shown on its page already)."""
        found = []
        for i, text in enumerate(texts):
            own = besides[i] if besides else None
            hits = (Match(v, min(score, 1.0)) for row, score in self._most_alike(text)
                    for v in self.claims[row] if v.sentence_id != own)
            found.append(list(islice(hits, SHOWN)))
        return found

    def search(self, text: str, *, limit: int = SEARCHED, floor: float = SEARCH_FLOOR) -> list[Match]:
        """The verdicts whose claim shares the words of `text` (a reader's search: a claim, or a few words
        of one), the most alike first, down to a cosine of `floor`; unlike `matches`, a claim's denial is
        found too (a reader asking about a cure wants the verdict that there is none)."""
        if self.matrix is None:
            return []
        scores = self._similarities(terms(text))
        rows = (scores >= floor).nonzero()[0]
        ranked = sorted(zip(rows.tolist(), scores[rows].tolist()), key=lambda pair: -pair[1])
        return list(islice((Match(v, min(score, 1.0)) for row, score in ranked for v in self.claims[row]), limit))

    def _most_alike(self, text: str) -> list[tuple[int, float]]:
        """(claim, cosine) of the SHOWN + 1 claims most alike to `text` at SIMILAR or more (SHOWN + 1 give
        SHOWN verdicts even when one is the sentence's own), kept for the next page that shows it."""
        alike = self._alike.get(text)
        if alike is None:
            if self.matrix is None:
                return []
            counted = terms(text)
            scores = self._similarities(counted)
            its = stance(text)
            rows = (scores >= SIMILAR).nonzero()[0]  # most claims share a word or two only
            similar = [(row, score) for row, score in zip(rows.tolist(), scores[rows].tolist())
                       if not different(self.stances[row], its)]  # a claim is not its denial, a rise not a fall
            alike = sorted(similar, key=lambda pair: -pair[1])[:SHOWN + 1]
            if len(self._alike) >= 50_000:  # a bound on memory: start again
                self._alike.clear()
            self._alike[text] = alike
        return alike


STORIES_A_READ = 5000  # story texts read by one statement (bound values: SQLite takes 32,766)


def read_verdicts(session: Session) -> list[Verdict]:
    rows = session.execute(select(Annotation.id, Annotation.sentence_id, Sentence.text, Annotation.labels,
                                  Article.sitename, Article.source, Article.id)
                           .join(Sentence, Sentence.id == Annotation.sentence_id)
                           .join(Article, Article.id == Annotation.article_id)
                           .where(Annotation.status == "approved")).all()
    compared = in_their_stories(session, [(text, story) for _, _, text, _, _, _, story in rows])
    return [Verdict(id, sentence_id, text, tuple(labels or ()), sitename or source or "",
                    in_words if in_words != text else None)
            for (id, sentence_id, text, labels, sitename, source, _), in_words in zip(rows, compared)]


def in_their_stories(session: Session, claims: list[tuple[str, int]]) -> list[str]:
    """Claims of many stories ((text, story id) pairs) as compared, each with its own story's abbreviations
    spelled out. Only the stories whose claims may use an abbreviation of their own are read: a few, not all."""
    wanted = sorted({story for text, story in claims if uses_unlisted_abbreviation(text)})
    defined = {}
    for start in range(0, len(wanted), STORIES_A_READ):
        defined.update((story, defined_abbreviations(text)) for story, text in session.execute(
            select(Article.id, Article.text).where(Article.id.in_(wanted[start:start + STORIES_A_READ]))))
    return [spelled_out(text, defined[story]) if story in defined else text for text, story in claims]


def verdict_index(session: Session) -> VerdictIndex:
    """The published verdicts' index, built again after VERDICTS_MAX_AGE seconds, or at once in this
    process after an editor's decision (webapp.review forgets it)."""
    return recent("verdict_index", current_app.config["VERDICTS_MAX_AGE"],
                  lambda: VerdictIndex(read_verdicts(session)))


def claim_matches(session: Session, sentences: list[tuple[int, str]], *, stored: bool = True,
                  story: str | None = None, stories: list[int] | None = None) -> dict[int, list[Match]]:
    """For each of these sentences ((id, text) pairs), the verdicts published on claims like it elsewhere;
    a stored sentence's own verdicts left out (a checked text's sentences are numbered, not stored). With the
    text of the sentences' `story`, or each sentence's story id in `stories`, the abbreviations a story
    defines are compared as the words they stand for."""
    index = verdict_index(session)
    if not index.verdicts or not sentences:
        return {}
    ids = [int(sentence_id) for sentence_id, _ in sentences]
    texts = [text for _, text in sentences]
    if story:
        texts = in_full(texts, lambda: story)
    elif stories:
        texts = in_their_stories(session, list(zip(texts, stories)))
    found = index.matches(texts, besides=ids if stored else None)
    return {sid: m for sid, m in zip(ids, found) if m}
