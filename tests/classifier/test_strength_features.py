"""Claim-strength features (roles, claim frames), on sentences written for the tests."""
import numpy as np
import pytest

from classifier import LABELS
from classifier.features import claim_frames, relations, skeleton


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


def test_label_models_do_not_use_the_claim_frames(analyser):
    feat, W = analyser.featuriser, analyser.fast["W"]
    frames = slice(feat.n_features - feat.n_frame_, feat.n_features)
    assert feat.n_frame_ > 0
    assert not np.any(W[frames, :len(LABELS)])
    assert np.any(W[frames, len(LABELS):])
