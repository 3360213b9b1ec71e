"""Fast TF-IDF n-gram vectorisers for short sentences.

scikit-learn's TfidfVectorizer looks every n-gram up one at a time in Python;
for character n-grams that is most of the analysis time. Here each distinct
word is analysed once and its n-gram indices are cached, and the sparse matrix
is built for the whole batch at once. The weighting is TF-IDF with sublinear
tf, smoothed idf and l2-normalised rows (as TfidfVectorizer(sublinear_tf=True)).
"""
from __future__ import annotations

import re
from array import array

import numpy as np
import scipy.sparse as sp

TOKEN = re.compile(r"(?u)\b\w+\b")
_MAX_CACHE = 300_000


class _Base:
    def __init__(self, ngram_range=(1, 3), min_df=1):
        self.ngram_range = tuple(ngram_range)
        self.min_df = min_df

    # subclasses: _add_indices(text, out) appends the vocabulary indices of text's n-grams to `out`

    def fit(self, texts):
        texts = list(texts)
        # number every n-gram as it is first seen, then count document frequencies in bulk
        self.vocabulary_ = {}
        self._cache = {}
        self._growing = True
        cols = array("i")
        lengths = np.empty(len(texts), dtype=np.int64)
        for r, t in enumerate(texts):
            before = len(cols)
            self._add_indices(t, cols)
            lengths[r] = len(cols) - before
        self._growing = False
        V = max(1, len(self.vocabulary_))
        col = np.frombuffer(cols, dtype=np.int32).astype(np.int64) if len(cols) else np.zeros(0, np.int64)
        pairs = np.unique(np.repeat(np.arange(len(texts), dtype=np.int64), lengths) * V + col)
        df = np.bincount(pairs % V, minlength=len(self.vocabulary_))
        seen = sorted(self.vocabulary_.items(), key=lambda kv: kv[0])
        names = [g for g, i in seen if df[i] >= self.min_df]
        keep_df = np.array([df[i] for g, i in seen if df[i] >= self.min_df], dtype=np.float64)
        self.vocabulary_ = {g: i for i, g in enumerate(names)}
        self.names_ = np.array(names, dtype=object)
        n = len(texts)
        self.idf_ = (np.log((1.0 + n) / (1.0 + keep_df)) + 1.0).astype(np.float32)
        self._cache = {}
        return self

    def _lookup(self):
        """dict.get during transform; during fit, a getter that numbers new n-grams."""
        vocab = self.vocabulary_
        if getattr(self, "_growing", False):
            return lambda g: vocab.setdefault(g, len(vocab))
        return vocab.get

    def get_feature_names_out(self):
        return self.names_

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_cache", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def transform(self, texts):
        texts = list(texts)
        n = len(texts)
        cols = array("i")
        lengths = np.empty(n, dtype=np.int64)
        for r, t in enumerate(texts):
            before = len(cols)
            self._add_indices(t, cols)
            lengths[r] = len(cols) - before
        V = max(1, len(self.vocabulary_))
        col = np.frombuffer(cols, dtype=np.int32).astype(np.int64) if len(cols) else np.zeros(0, np.int64)
        key = np.repeat(np.arange(n, dtype=np.int64), lengths) * V + col
        uniq, counts = np.unique(key, return_counts=True)
        r = uniq // V
        c = (uniq - r * V).astype(np.int32)
        data = (np.log(counts) + 1.0).astype(np.float32) * self.idf_[c]
        norms = np.sqrt(np.bincount(r, weights=data.astype(np.float64) ** 2, minlength=n))
        norms[norms == 0] = 1.0
        data /= norms[r].astype(np.float32)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(r, minlength=n), out=indptr[1:])
        return sp.csr_matrix((data, c, indptr), shape=(n, len(self.vocabulary_)))

    def fit_transform(self, texts):
        texts = list(texts)
        return self.fit(texts).transform(texts)


class CharNgrams(_Base):
    """char_wb n-grams: n-grams of each whitespace-separated word padded with spaces."""

    def __init__(self, ngram_range=(2, 5), min_df=2):
        super().__init__(ngram_range, min_df)

    def _word_grams(self, w):
        # (one comprehension: a new word's n-grams cost a quarter less than built level by level)
        p = " " + w + " "
        lo, hi = self.ngram_range
        return [p[k:k + n] for n in range(lo, min(hi, len(p)) + 1) for k in range(len(p) - n + 1)]

    def _add_indices(self, text, out):
        cache, get = self._cache, self._lookup()
        for w in text.lower().split():
            idx = cache.get(w)
            if idx is None:
                idx = array("i", [i for i in map(get, self._word_grams(w)) if i is not None])
                if len(cache) < _MAX_CACHE:
                    cache[w] = idx
            out.extend(idx)


class WordNgrams(_Base):
    """Word 1..n-grams over `\\w+` tokens, lower-cased."""

    def __init__(self, ngram_range=(1, 3), min_df=1):
        super().__init__(ngram_range, min_df)


    def _add_indices(self, text, out):
        get = self._lookup()
        toks = TOKEN.findall(text.lower())
        lo, hi = self.ngram_range
        for n in range(lo, hi + 1):
            grams = toks if n == 1 else [" ".join(toks[k:k + n]) for k in range(len(toks) - n + 1)]
            out.extend([i for i in map(get, grams) if i is not None])
