"""Training, cross-validation, saving and loading of the sentence models.

One model directory holds:
- `model.pkl`           the bundle: the featuriser and every model compiled into one weight
                         matrix (plain numpy: loading it needs neither scikit-learn nor joblib,
                         which keeps a crawl worker's start-up short)
- `model-card.json`     what it was trained on, with which libraries, and how well it does
- `extra-examples.tsv`  the editor-approved examples of the last `train()`, reused when the
                         model has to be retrained (new scikit-learn, new corpus)
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import pickle
import platform
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from . import LABELS, STRENGTHS, __version__
from .dataset import Example, corpus_dir, corpus_hash, load_corpus, normalise_extra, read_tsv

MODEL_FORMAT = 12  # bump when the bundle layout or features change: old bundles are retrained
BUNDLE = "model.pkl"
CARD = "model-card.json"
EXTRA = "extra-examples.tsv"
THRESHOLD = 0.5
CV_FOLDS = 3  # model card; `hypewatch evaluate` and the bench use 5
SEED = 13


class TrainingError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# estimators
# ---------------------------------------------------------------------------
def make_label_estimator(n_pos: int, n_neg: int):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import LinearSVC

    folds = min(3, n_pos, n_neg)
    base = LinearSVC(C=0.5, class_weight="balanced", tol=1e-3, max_iter=5000)
    return CalibratedClassifierCV(base, method="sigmoid", cv=folds, ensemble=False)


def make_strength_estimator(feat=None):
    """The strength model for features made by `feat`, a fitted Featuriser: an ensemble over
    its word block, its char block, the hand-made blocks together (cues, skeleton, claim
    frames), and all of them."""
    views = None
    if feat is not None:
        b, n = feat.blocks(), feat.n_features
        views = [b["word"], b["char"], (b["cue"][0], n), (0, n)]
    # alpha 0.1 fits the Yu data a little better, but its sharper ratios leave plain causal
    # sentences of the corpus ("X reduce Y, the researchers concluded") tied with "none"
    return NBLinearSVC(C=0.6, alpha=0.3, views=views)


class NBLinearSVC:
    """One-vs-rest linear SVMs on features scaled by naive-Bayes log-count ratios (NBSVM,
    Wang & Manning 2012).

    Each class's SVM sees every feature multiplied by log(share of the feature's mass in
    the class / share outside it, each smoothed by `alpha`), so the features that set a
    class apart weigh more from the outset and need less evidence in the data. With
    `views` (column ranges), one such model is fitted on each view and their decisions are
    added (an ensemble over feature views, Mesnil et al. 2014). The scaling and the sum
    fold into the weights: like LinearSVC it ends with `coef_` (one row, or one per class
    beyond two) and `intercept_`, so prediction stays one sparse product.
    """

    def __init__(self, C=0.6, alpha=0.3, views=None):
        self.C = C
        self.alpha = alpha
        self.views = views

    def fit(self, X, y):
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        X = sp.csc_matrix(X)
        targets = self.classes_[1:] if len(self.classes_) == 2 else self.classes_
        self.coef_ = np.zeros((len(targets), X.shape[1]))
        self.intercept_ = np.zeros(len(targets))
        for k, c in enumerate(targets):
            pos = y == c
            for a, b in self.views or [(0, X.shape[1])]:
                if b <= a:  # a block a small training set left empty
                    continue
                coef, intercept = self._fit_one(X[:, a:b].tocsr(), pos)
                self.coef_[k, a:b] += coef
                self.intercept_[k] += intercept
        return self

    def _fit_one(self, X, pos):
        from sklearn.svm import LinearSVC

        p = self.alpha + np.asarray(X[pos].sum(axis=0)).ravel()
        q = self.alpha + np.asarray(X[~pos].sum(axis=0)).ravel()
        r = np.log(p / p.sum()) - np.log(q / q.sum())
        svm = LinearSVC(C=self.C, class_weight="balanced", tol=1e-3, max_iter=5000)
        svm.fit(X @ sp.diags(r), pos.astype(int))
        return svm.coef_.ravel() * r, float(svm.intercept_[0])

    def decision_function(self, X):
        d = np.asarray(X @ self.coef_.T) + self.intercept_
        return d.ravel() if len(self.classes_) == 2 else d

    def predict(self, X):
        d = self.decision_function(X)
        return self.classes_[(d > 0).astype(int) if d.ndim == 1 else d.argmax(axis=1)]


class ConstantModel:
    """Stands in for a label with too few examples to learn: always probability `p`."""

    def __init__(self, p: float):
        self.p = p

    def predict_proba(self, X):
        out = np.empty((X.shape[0], 2))
        out[:, 1] = self.p
        out[:, 0] = 1 - self.p
        return out


AUGMENT_PER_LABEL = 80


def augment(texts: list[str], labels: list[tuple], seed: int = SEED) -> tuple[list[str], list[tuple]]:
    """Pairs of corpus sentences with different labels, glued together, carrying both label sets.

    Each corpus file mostly holds one label, so a one-vs-rest model learns that, say, the
    words of a certainty claim speak *against* hype. Glued pairs show it that labels co-occur.
    """
    import random

    rng = random.Random(seed)
    by_label = {lab: [i for i, ls in enumerate(labels) if lab in ls] for lab in LABELS}
    out_t, out_l = [], []
    for lab in LABELS:
        own = by_label[lab]
        others = [i for i, ls in enumerate(labels) if lab not in ls and ls]
        if not own or not others:
            continue
        for _ in range(AUGMENT_PER_LABEL):
            i, j = rng.choice(own), rng.choice(others)
            a, b = (i, j) if rng.random() < 0.5 else (j, i)
            out_t.append(texts[a].rstrip() + " " + texts[b])
            out_l.append(tuple(sorted(set(labels[a]) | set(labels[b]), key=LABELS.index)))
    return out_t, out_l


def fit_models(texts: list[str], labels: list[tuple | None], strengths: list[str | None]):
    """Fit featuriser, label models and strength model; return the parts of a bundle. Rows whose
    `labels` is None grade claim strength only: the strength model learns from them, but neither
    the label models nor the featuriser's vocabulary see them, so they cannot move a flag."""
    from .features import Featuriser

    judged = [i for i, ls in enumerate(labels) if ls is not None]
    strength_only = [i for i, ls in enumerate(labels) if ls is None]
    feat = Featuriser()
    X_judged = feat.fit_transform([texts[i] for i in judged])
    X0 = sp.vstack([X_judged, feat.transform([texts[i] for i in strength_only])], format="csr") \
        if strength_only else X_judged
    strengths = [strengths[i] for i in judged + strength_only]
    texts, labels = [texts[i] for i in judged], [labels[i] for i in judged]
    aug_t, aug_l = augment(texts, labels)
    X = sp.vstack([X_judged, feat.transform(aug_t)], format="csr") if aug_t else X_judged
    all_labels = list(labels) + aug_l
    # the claim frames (the last block) grade claim strength; the label models do without them
    X = X[:, :feat.blocks()["frames"][0]]
    models = {}
    for lab in LABELS:
        y = np.array([lab in ls for ls in all_labels], dtype=int)
        n_pos, n_neg = int(y.sum()), int(len(y) - y.sum())
        if n_pos < 2 or n_neg < 2:
            models[lab] = ConstantModel(n_pos / max(1, len(y)) if n_neg else 1.0)
            continue
        models[lab] = make_label_estimator(n_pos, n_neg).fit(X, y)
    strength = fit_strength(feat, X0, strengths)
    return feat, models, strength


def fit_strength(feat, X, strengths):
    known = [i for i, s in enumerate(strengths) if s]
    classes = sorted({strengths[i] for i in known})
    if len(classes) < 2:
        return {"constant": classes[0] if classes else "none"}
    est = make_strength_estimator(feat).fit(X[known], [strengths[i] for i in known])
    return est


def compile_linear(models: dict, strength, n_features: int) -> dict:
    """All label models and the strength model as one weight matrix, for one sparse product.

    Label k: p = expit(-(a_k * (x·w_k + b_k) + c_k)), exactly what CalibratedClassifierCV
    (ensemble=False, sigmoid) computes; strength = the class with the highest decision.
    """
    n_lab = len(LABELS)
    s_classes = [] if isinstance(strength, dict) else [str(c) for c in strength.classes_]
    s_cols = 0 if not s_classes else (1 if len(s_classes) == 2 else len(s_classes))
    W = np.zeros((n_features, n_lab + s_cols), dtype=np.float64)
    bias = np.zeros(n_lab + s_cols)
    a = np.zeros(n_lab)
    c = np.zeros(n_lab)
    for k, lab in enumerate(LABELS):
        m = models[lab]
        if isinstance(m, ConstantModel):
            p = min(max(m.p, 1e-6), 1 - 1e-6)
            c[k] = np.log((1 - p) / p)
            continue
        cc = m.calibrated_classifiers_[0]
        coef = np.asarray(cc.estimator.coef_).ravel()
        W[:len(coef), k] = coef  # label models see the leading blocks only
        bias[k] = float(np.ravel(cc.estimator.intercept_)[0])
        a[k] = float(cc.calibrators[0].a_)
        c[k] = float(cc.calibrators[0].b_)
    if s_cols:
        W[:, n_lab:] = np.asarray(strength.coef_).T
        bias[n_lab:] = np.ravel(strength.intercept_)
    return {"W": W, "bias": bias, "a": a, "c": c, "strength_classes": s_classes,
            "strength_constant": strength.get("constant") if isinstance(strength, dict) else None}


def fast_predict(fast: dict, X):
    """(label probabilities n×6, strengths) from a compiled bundle."""
    from scipy.special import expit

    Z = np.asarray(X @ fast["W"]) + fast["bias"]
    n_lab = len(LABELS)
    probs = expit(-(fast["a"] * Z[:, :n_lab] + fast["c"]))
    classes = fast["strength_classes"]
    if not classes:
        strengths = [fast["strength_constant"] or "none"] * X.shape[0]
    elif len(classes) == 2:
        strengths = [classes[int(v > 0)] for v in Z[:, n_lab]]
    else:
        strengths = [classes[i] for i in np.argmax(Z[:, n_lab:], axis=1)]
    return probs, strengths


def predict_strength(model, X) -> list[str]:
    if isinstance(model, dict):
        return [model["constant"]] * X.shape[0]
    return list(model.predict(X))


def predict_label_probs(models, X) -> np.ndarray:
    """n × len(LABELS) calibrated probabilities."""
    out = np.zeros((X.shape[0], len(LABELS)))
    for k, lab in enumerate(LABELS):
        m = models[lab]
        out[:, k] = m.predict_proba(X[:, :getattr(m, "n_features_in_", X.shape[1])])[:, 1]
    return out


# ---------------------------------------------------------------------------
# cross-validation
# ---------------------------------------------------------------------------
def prf(y_true, y_pred) -> dict:
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": int(np.sum(y_true == 1))}


def label_report(examples: list[Example], probs: np.ndarray, strengths_pred: list[str] | None = None) -> dict:
    from sklearn.metrics import f1_score

    rep = {}
    judged = [i for i, e in enumerate(examples) if e.labels is not None]
    for k, lab in enumerate(LABELS):
        y = np.array([lab in examples[i].labels for i in judged], dtype=int)
        rep[lab] = prf(y, (probs[judged, k] >= THRESHOLD).astype(int))
    rep["macro_f1"] = round(float(np.mean([rep[lab]["f1"] for lab in LABELS])), 4)
    if strengths_pred is not None:
        idx = [i for i, e in enumerate(examples) if e.strength and strengths_pred[i] is not None]
        if idx:
            yt = [examples[i].strength for i in idx]
            yp = [strengths_pred[i] for i in idx]
            rep["strength"] = {
                "macro_f1": round(float(f1_score(yt, yp, average="macro", labels=list(STRENGTHS), zero_division=0)), 4),
                "accuracy": round(float(np.mean([a == b for a, b in zip(yt, yp)])), 4),
                "support": len(idx),
            }
    return rep


def cross_validate(examples: list[Example], folds: int = CV_FOLDS, seed: int = SEED, n_jobs: int = 1) -> dict:
    """Per-label P/R/F1 and strength macro-F1 of the whole training recipe, k-fold."""
    from sklearn.model_selection import KFold

    texts = [e.text for e in examples]
    kf = KFold(n_splits=folds, shuffle=True, random_state=seed)
    probs = np.zeros((len(examples), len(LABELS)))
    strengths = [None] * len(examples)
    # the label-judged rows and the strength-only rows are split apart, so that adding strength-only
    # rows leaves the label models' folds (and their figures) as they were
    judged = np.array([i for i, e in enumerate(examples) if e.labels is not None])
    strength_only = np.array([i for i, e in enumerate(examples) if e.labels is None], dtype=int)

    def one(train_idx, test_idx):
        feat, models, strength = fit_models(
            [texts[i] for i in train_idx], [examples[i].labels for i in train_idx],
            [examples[i].strength for i in train_idx])
        Xt = feat.transform([texts[i] for i in test_idx])
        return test_idx, predict_label_probs(models, Xt), predict_strength(strength, Xt)

    if len(judged) < folds:
        splits = list(kf.split(texts))
    else:
        splits = [(judged[a], judged[b]) for a, b in kf.split(judged)]
        if len(strength_only) >= folds:
            splits = [(np.concatenate([a, strength_only[c]]), np.concatenate([b, strength_only[d]]))
                      for (a, b), (c, d) in zip(splits, kf.split(strength_only))]
        elif len(strength_only):  # too few to test on: every fold trains on them
            splits = [(np.concatenate([a, strength_only]), b) for a, b in splits]
    if n_jobs == 1:
        results = [one(a, b) for a, b in splits]
    else:
        # threads: as fast as worker processes here (liblinear fits without the interpreter lock),
        # and nothing outlives the call (loky's workers idled for minutes, and each call left a
        # temporary folder that a server trained at first use reported as leaked when stopped)
        from joblib import Parallel, delayed
        results = Parallel(n_jobs=n_jobs, prefer="threads")(delayed(one)(a, b) for a, b in splits)
    for test_idx, p, s in results:
        probs[test_idx] = p
        for i, v in zip(test_idx, s):
            strengths[i] = v
    rep = label_report(examples, probs, strengths)
    rep["folds"] = folds
    return rep


# ---------------------------------------------------------------------------
# train / save / load
# ---------------------------------------------------------------------------
def _library_versions() -> dict:
    import joblib
    import scipy
    import sklearn

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "numpy": np.__version__,
            "scipy": scipy.__version__, "joblib": joblib.__version__}


def _write_extra(path: Path, extra: list[Example]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("text\tlabels\tstrength\n")
        for e in extra:
            text = " ".join(e.text.split())
            f.write(f"{text}\t{'-' if e.labels is None else ' '.join(e.labels)}\t{e.strength or ''}\n")
    os.replace(tmp, path)


def _atomic_json(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".card-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


@contextlib.contextmanager
def _lock(model_dir: Path):
    """Serialise training between processes sharing a model directory."""
    model_dir.mkdir(parents=True, exist_ok=True)
    f = open(model_dir / ".train.lock", "w")
    try:
        try:
            import fcntl
            fcntl.flock(f, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not POSIX
            pass
        yield
    finally:
        f.close()


def train(model_dir, extra_examples=(), *, cross_validation: bool = True, corpus: Path | None = None,
          n_jobs: int = 2) -> dict:
    """Train on the corpus plus `extra_examples`, save under `model_dir`, return the model card."""
    model_dir = Path(model_dir)
    extra = normalise_extra(extra_examples)
    with _lock(model_dir):
        return _train_locked(model_dir, extra, cross_validation, corpus, n_jobs)


def _train_locked(model_dir, extra, cross_validation, corpus, n_jobs):
    t0 = time.perf_counter()
    cdir = corpus or corpus_dir()
    base = load_corpus(cdir)
    if not base and not extra:
        raise TrainingError(f"no training data: no *.tsv files with rows in {cdir}")
    examples = base + extra
    texts = [e.text for e in examples]
    chash = corpus_hash(cdir)
    h = hashlib.sha256(chash.encode())
    for e in extra:
        h.update(f"{e.text}\t{'-' if e.labels is None else ' '.join(e.labels)}\t{e.strength}\n".encode())
    h.update(f"format{MODEL_FORMAT}".encode())
    data_hash = h.hexdigest()

    feat, models, strength = fit_models(texts, [e.labels for e in examples], [e.strength for e in examples])
    fit_seconds = time.perf_counter() - t0
    cv = cross_validate(examples, n_jobs=n_jobs) if cross_validation and len(examples) >= 2 * CV_FOLDS else None
    versions = _library_versions()
    card = {
        "model_version": f"{__version__}+f{MODEL_FORMAT}.{data_hash[:10]}",
        "trained_at": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "format": MODEL_FORMAT,
        "corpus_dir": str(cdir),
        "corpus_hash": chash,
        "data_hash": data_hash,
        "libraries": versions,
        "sklearn_version": versions["scikit-learn"],
        "n_examples": len(examples),
        "n_corpus_examples": len(base),
        "n_extra_examples": len(extra),
        "label_counts": {lab: sum(lab in (e.labels or ()) for e in examples) for lab in LABELS},
        "n_strength_only_examples": sum(e.labels is None for e in examples),
        "strength_counts": {s: sum(e.strength == s for e in examples) for s in STRENGTHS},
        "n_features": int(feat.n_features),
        "estimator": "per label: CalibratedClassifierCV(LinearSVC, sigmoid); strength: NB-scaled LinearSVCs over feature views; "
                     "features: word 1-3-gram + char_wb 2-5-gram TF-IDF + claim-skeleton 1-4-grams + cue features "
                     "+ claim frames (strength only)",
        "threshold": THRESHOLD,
        "cross_validation": cv,
        "train_seconds": round(time.perf_counter() - t0, 2),
        "fit_seconds": round(fit_seconds, 2),
    }
    bundle = {"format": MODEL_FORMAT, "sklearn_version": versions["scikit-learn"], "card": card,
              "featuriser": feat, "fast": compile_linear(models, strength, feat.n_features)}
    model_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=model_dir, prefix=".bundle-")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(bundle, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, model_dir / BUNDLE)
    _write_extra(model_dir / EXTRA, extra)
    _atomic_json(model_dir / CARD, card)
    return card


def read_card(model_dir) -> dict | None:
    try:
        return json.loads((Path(model_dir) / CARD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def stale_reason(model_dir) -> str | None:
    """Why the saved model cannot be used as is (None if it can)."""
    from importlib.metadata import version

    sklearn_version = version("scikit-learn")  # without importing it: a second of start-up
    model_dir = Path(model_dir)
    if not (model_dir / BUNDLE).exists():
        return "no saved model"
    card = read_card(model_dir)
    if card is None:
        return "no readable model card"
    if card.get("sklearn_version") != sklearn_version:
        return f"saved by scikit-learn {card.get('sklearn_version')}, running {sklearn_version}"
    if card.get("format") != MODEL_FORMAT:
        return f"model format {card.get('format')}, expected {MODEL_FORMAT}"
    cdir = corpus_dir()
    if card.get("corpus_hash") and load_corpus_safe(cdir) and corpus_hash(cdir) != card["corpus_hash"]:
        return "the training corpus has changed"
    return None


def load_corpus_safe(cdir) -> bool:
    try:
        return bool(load_corpus(cdir))
    except Exception:
        return False


def saved_extra(model_dir) -> list[Example]:
    p = Path(model_dir) / EXTRA
    if not p.exists():
        return []
    try:
        return read_tsv(p)
    except Exception:
        return []


def load_bundle(model_dir, *, retrain: bool = True, log=None) -> dict:
    """Load the saved bundle; (re)train first when it is missing, stale or unreadable."""
    model_dir = Path(model_dir)
    log = log or (lambda msg: print(f"hypewatch classifier: {msg}", file=sys.stderr))
    reason = stale_reason(model_dir)
    if reason is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # InconsistentVersionWarning and friends -> retrain
                bundle = _read_bundle(model_dir)
            if bundle.get("format") == MODEL_FORMAT:
                return bundle
            reason = "bundle format mismatch"
        except Exception as exc:  # unpicklable, truncated, other library version …
            reason = f"saved model unreadable ({type(exc).__name__}: {exc})"
    if not retrain:
        raise TrainingError(reason)
    log(f"training the model in {model_dir} ({reason}); this takes a few seconds")
    with _lock(model_dir):
        # another process may have trained it while we waited for the lock
        if stale_reason(model_dir) is None:
            try:
                return _read_bundle(model_dir)
            except Exception:
                pass
        _train_locked(model_dir, saved_extra(model_dir), True, None, 2)
    return _read_bundle(model_dir)


def _read_bundle(model_dir: Path) -> dict:
    with open(model_dir / BUNDLE, "rb") as f:
        return pickle.load(f)
