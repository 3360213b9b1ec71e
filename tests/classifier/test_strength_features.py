"""Claim-strength features (roles, claim frames) and the strength estimator, on sentences written for the tests."""
import numpy as np
import pytest
import scipy.sparse as sp

from classifier import LABELS
from classifier.features import claim_frames, relations, skeleton
from classifier.model import NBLinearSVC


def only(text):
    rels = relations(text)
    assert len(rels) == 1, rels
    return rels[0]


@pytest.mark.parametrize("text,relation,operators", [
    ("Walking may reduce the risk of falls.", "cause", ("may",)),
    ("Walking could possibly reduce falls.", "cause", ("may", "may")),
    ("Walking can reduce falls.", "cause", ("can",)),
    ("Walking reduces falls.", "cause", ()),
    ("Walking is not associated with falls.", "corr", ("not",)),
    ("Walking appears to cut falls.", "cause", ("to", "appear")),
    ("Walkers were less likely to fall.", "comp", ()),
])
def test_operators_that_scope_over_the_relation_word(text, relation, operators):
    rel = only(text) if relation != "comp" else relations(text)[0]
    assert (rel.relation, rel.operators) == (relation, operators)


def test_an_operator_does_not_reach_into_the_next_clause():
    rel = only("Patients who may drop out were excluded, and walking reduces falls.")
    assert rel.word == "reduces" and rel.operators == ()


def test_inflection_tells_an_asserted_verb_from_a_noun():
    assert only("Walking reduces falls.").form == "s"
    assert only("Walkers reduce falls.").form == "b"
    assert only("The reduction in falls was small.").form == "n"
    assert only("The effect on falls was small.").form == "n"
    assert only("Walking reduced falls.").form == "d"


def test_frames_of_a_hedged_an_asserted_and_a_relation_free_sentence():
    assert "may_cause_b" in claim_frames("Walking may reduce falls.").split()
    assert "0_cause_s" in claim_frames("Walking reduces falls.").split()
    assert claim_frames("The trial enrolled 40 walkers in Leeds.").split() == ["norel"]
    # verbs no lexicon lists are still seen under their modal
    assert "may_w_complicat" in claim_frames("Sleep loss may complicate recovery.").split()


def test_skeleton_keeps_the_modals_apart():
    assert skeleton("It may help") == "w MAY CAUSE"
    assert skeleton("It can help") == "w CAN CAUSE"
    assert skeleton("Heart failure is more likely in smokers") == "w is COMP LIKELY in w"


def toy(n_classes, n=240, seed=0):
    """Each class owns two of the first 2·n_classes features; the rest is noise."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, n_classes, n)
    X = rng.random((n, 30)) * (rng.random((n, 30)) < 0.2)
    for i, c in enumerate(y):
        X[i, 2 * c:2 * c + 2] += 1.0
    return sp.csr_matrix(X), y


@pytest.mark.parametrize("n_classes", [2, 4])
def test_nb_svm_learns_and_predicts_from_its_own_weights(n_classes):
    X, y = toy(n_classes)
    m = NBLinearSVC().fit(X, y)
    assert m.coef_.shape == (1 if n_classes == 2 else n_classes, X.shape[1])
    assert (m.predict(X) == y).mean() > 0.95
    # one product with coef_ and intercept_ gives its decisions, as the compiled fast path assumes
    d = np.asarray(X @ m.coef_.T) + m.intercept_
    assert np.allclose(m.decision_function(X), d.ravel() if n_classes == 2 else d)


def test_nb_svm_over_views_adds_the_models_of_its_views():
    X, y = toy(3)
    both = NBLinearSVC(views=[(0, 10), (10, 30)]).fit(X, y)
    left, right = NBLinearSVC().fit(X[:, :10], y), NBLinearSVC().fit(X[:, 10:], y)
    assert np.allclose(both.decision_function(X),
                       left.decision_function(X[:, :10]) + right.decision_function(X[:, 10:]), atol=1e-6)
    only_left = NBLinearSVC(views=[(0, 10)]).fit(X, y)
    assert not np.any(only_left.coef_[:, 10:])


def test_label_models_do_not_use_the_claim_frames(analyser):
    feat, W = analyser.featuriser, analyser.fast["W"]
    frames = slice(*feat.blocks()["frames"])
    assert feat.n_frame_ > 0 and feat.blocks()["frames"][1] == feat.n_features
    assert not np.any(W[frames, :len(LABELS)])
    assert np.any(W[frames, len(LABELS):])
