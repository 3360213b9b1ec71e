"""Model card, saving, the fast prediction path, and retraining on a scikit-learn version change."""
import json
import shutil

import numpy as np
import pytest
import sklearn

import classifier
from classifier.analyser import analysis_version
from classifier.dataset import load_corpus
from classifier.model import (BUNDLE, CARD, EXTRA, compile_linear, fast_predict, fit_models, predict_label_probs,
                              predict_strength)


def test_model_card(model_dir):
    card = json.loads((model_dir / CARD).read_text())
    for key in ("model_version", "corpus_hash", "libraries", "n_examples", "n_extra_examples", "cross_validation"):
        assert key in card
    assert card["libraries"]["scikit-learn"] == sklearn.__version__
    assert card["n_extra_examples"] == 0 and card["n_examples"] > 100
    cv = card["cross_validation"]
    for lab in classifier.LABELS:
        assert set(cv[lab]) >= {"precision", "recall", "f1"}
        assert 0.0 <= cv[lab]["f1"] <= 1.0
    # the model must have learnt something on every label
    assert min(cv[lab]["f1"] for lab in classifier.LABELS) > 0.5


def test_fast_path_matches_sklearn():
    """The saved model is the scikit-learn estimators compiled into one weight matrix: it must
    give exactly their probabilities and strengths."""
    examples = load_corpus()[::4]
    feat, models, strength = fit_models([e.text for e in examples], [e.labels for e in examples],
                                        [e.strength for e in examples])
    texts = ["Coffee protects against MS.", "A miracle cure, doctors say!", "The trial had 40 people.",
             "Mice given the drug lived longer, so the pill may help people."]
    X = feat.transform(texts)
    probs, strengths = fast_predict(compile_linear(models, strength, feat.n_features), X)
    assert np.allclose(probs, predict_label_probs(models, X), atol=1e-6)
    assert strengths == predict_strength(strength, X)


def test_strength_only_rows_teach_the_strength_model_and_leave_every_label_model_alone():
    """Rows marked "-" for labels (the corpus's findings.tsv) grade claim strength only: the label
    models and the featuriser's vocabulary are fitted without them, so they cannot move a flag."""
    judged = [e for e in load_corpus() if e.labels is not None][::4]
    findings = [e for e in load_corpus() if e.labels is None]
    assert findings and all(e.strength for e in findings)

    def fitted(examples):
        np.random.seed(0)  # LinearSVC draws from numpy's global generator
        return fit_models([e.text for e in examples], [e.labels for e in examples], [e.strength for e in examples])

    texts = ["Eating nuts was linked to a reduced risk of stroke in the cohort.", "A miracle cure, doctors say!",
             "In the randomised trial, the pill cut hospital admissions by a fifth.", "Mice given the drug lived longer."]
    feat_a, models_a, strength_a = fitted(judged)
    feat_b, models_b, strength_b = fitted(judged + findings)
    assert feat_a.n_features == feat_b.n_features
    Xa, Xb = feat_a.transform(texts), feat_b.transform(texts)
    assert (Xa != Xb).nnz == 0
    assert np.array_equal(predict_label_probs(models_a, Xa), predict_label_probs(models_b, Xb))
    assert not np.allclose(strength_a.decision_function(Xa), strength_b.decision_function(Xb))


def test_strength_only_rows_leave_the_cross_validated_label_figures_as_they_were():
    from classifier.model import cross_validate

    judged = [e for e in load_corpus() if e.labels is not None][::5]
    findings = [e for e in load_corpus() if e.labels is None]
    np.random.seed(0)
    before = cross_validate(judged)
    np.random.seed(0)
    after = cross_validate(judged + findings)
    assert {lab: after[lab] for lab in classifier.LABELS} == {lab: before[lab] for lab in classifier.LABELS}
    assert after["strength"]["support"] == before["strength"]["support"] + len(findings)


def test_fewer_strength_only_rows_than_folds_are_trained_on_and_not_scored():
    from classifier.model import cross_validate

    judged = [e for e in load_corpus() if e.labels is not None][::8]
    two = [e for e in load_corpus() if e.labels is None][:2]
    rep = cross_validate(judged + two, folds=3)
    assert rep["strength"]["support"] == sum(1 for e in judged if e.strength)


def test_an_extra_row_without_labels_grades_strength_only_and_survives_the_save(tmp_path):
    from classifier.dataset import DataError, normalise_extra, read_tsv

    with pytest.raises(DataError, match="needs a strength"):
        normalise_extra([("The pill cut strokes.", None, None)])
    extra = [("In the trial, the Zorblax pill cut strokes by a third.", None, "causal")]
    from classifier.model import train

    card = train(tmp_path / "m", extra, cross_validation=False)
    corpus_only = sum(e.labels is None for e in load_corpus())
    assert card["n_strength_only_examples"] == corpus_only + 1
    assert card["label_counts"] == {lab: sum(lab in (e.labels or ()) for e in load_corpus()) for lab in classifier.LABELS}
    (saved,) = read_tsv(tmp_path / "m" / EXTRA)
    assert saved.labels is None and saved.strength == "causal"


def test_extra_examples_and_version_retrain(model_dir, tmp_path):
    d = tmp_path / "m"
    extra = [("Zorblax tonic banishes gout for ever, its inventor says.", ["cure"], "causal"),
             ("Zorblax tonic was tested on 30 people.", [], "none")]
    card = classifier.train(d, extra_examples=extra)
    assert card["n_extra_examples"] == 2
    assert card["n_examples"] == card["n_corpus_examples"] + 2
    assert (d / EXTRA).exists()
    first_version = card["model_version"]

    # pretend the model was saved by another scikit-learn: it is retrained, not a crash
    saved = json.loads((d / CARD).read_text())
    saved["sklearn_version"] = "0.0.1"
    saved["libraries"]["scikit-learn"] = "0.0.1"
    (d / CARD).write_text(json.dumps(saved))
    before = (d / BUNDLE).stat().st_mtime_ns
    an = classifier.load_analyser(d)
    after = json.loads((d / CARD).read_text())
    assert after["sklearn_version"] == sklearn.__version__
    assert (d / BUNDLE).stat().st_mtime_ns != before
    assert after["n_extra_examples"] == 2  # editor-approved examples survive the retrain
    assert after["model_version"] == first_version
    assert an.analyse("Zorblax tonic banishes gout.")["sentences"][0]["strength"] in classifier.STRENGTHS


def test_missing_or_unreadable_bundle_is_trained(model_dir, tmp_path):
    d = tmp_path / "copy"
    shutil.copytree(model_dir, d)
    (d / BUNDLE).write_bytes(b"not a pickle")
    an = classifier.load_analyser(d)
    assert an.analyse("A miracle cure.")["sentences"]
    assert (d / BUNDLE).stat().st_size > 1000
    assert an.model_version == analysis_version(json.loads((d / CARD).read_text())["model_version"])


def _children_named(word: str) -> list[int]:
    import os
    from pathlib import Path
    found = []
    for entry in Path("/proc").iterdir():
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == os.getpid() and word.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def test_parallel_cross_validation_leaves_nothing_behind_and_agrees_with_serial():
    """A process that trains once (a crawl worker, the scheduler) must be able to exit at once, and
    a server that trained at first use must stop cleanly: no idle worker processes, no resource
    tracker, no temporary folder (joblib's process workers left all three)."""
    import json
    import os
    import tempfile
    from pathlib import Path

    from classifier.model import cross_validate
    examples = load_corpus()[::8]
    parallel = cross_validate(examples, n_jobs=2)
    assert parallel["macro_f1"] > 0
    assert json.dumps(parallel, sort_keys=True) == json.dumps(cross_validate(examples, n_jobs=1), sort_keys=True)
    assert _children_named("loky") == [] and _children_named("resource_tracker") == []
    folders = [p for base in ("/dev/shm", tempfile.gettempdir()) if Path(base).is_dir()
               for p in Path(base).glob(f"joblib_memmapping_folder_{os.getpid()}_*")]
    assert folders == []


def test_ensure_model_trains_a_missing_model_and_then_does_nothing(tmp_path):
    d = tmp_path / "fresh"
    classifier.ensure_model(d)
    first = (d / BUNDLE).stat().st_mtime_ns
    classifier.ensure_model(d)
    assert (d / BUNDLE).stat().st_mtime_ns == first
