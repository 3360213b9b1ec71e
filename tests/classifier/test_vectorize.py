"""The fast n-gram vectorisers: TF-IDF rows as documented, and character n-grams cut the same way for the features
as for the explanations that map them back to words."""
from array import array

import numpy as np
import pytest

from classifier.vectorize import CharNgrams, WordNgrams

TEXTS = ["Coffee may lower the risk of MS.", "A cure for MS? Not yet.", "The drug cut relapses by half in a trial.",
         "a b", "Coffee, coffee and more coffee."]


@pytest.mark.parametrize("word", ["coffee", "a", "ms?", "relapses", "b", "cure-all", "unseen"])
def test_a_words_character_ngrams_are_those_the_explanations_cut(word):
    char = CharNgrams((2, 5), min_df=1).fit(TEXTS)
    assert set(char.vocabulary_) == {g for t in TEXTS for w in t.lower().split() for g in char._word_grams(w)}
    found = array("i")
    char._add_indices(word, found)
    expected = [char.vocabulary_[g] for g in char._word_grams(word) if g in char.vocabulary_]
    assert list(found) == expected
    assert expected or word == "unseen"


def test_rows_are_sublinear_tf_idf_with_unit_length():
    word = WordNgrams((1, 1), min_df=1).fit(TEXTS)
    X = word.transform(["coffee coffee cure"]).toarray()[0]
    v = word.vocabulary_
    n = len(TEXTS)
    idf = {g: np.log((1 + n) / (1 + sum(g in t.lower().replace(",", "").split() for t in TEXTS))) + 1
           for g in ("coffee", "cure")}
    raw = {"coffee": (1 + np.log(2)) * idf["coffee"], "cure": idf["cure"]}
    norm = np.sqrt(sum(x * x for x in raw.values()))
    assert X[v["coffee"]] == pytest.approx(raw["coffee"] / norm, rel=1e-5)
    assert X[v["cure"]] == pytest.approx(raw["cure"] / norm, rel=1e-5)
    assert np.count_nonzero(X) == 2
    assert np.linalg.norm(X) == pytest.approx(1, rel=1e-5)
