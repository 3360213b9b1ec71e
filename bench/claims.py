#!/usr/bin/env python3
"""Measure the claim classifier. Prints figures; asserts nothing.

    python bench/claims.py            # everything
    python bench/claims.py corpus yu2020 yu2019 insciout speed   # a selection

Sections
- corpus:   cross-validated per-label P/R/F1 of the shipped recipe on classifier/corpus/*.tsv
- yu2020:   claim strength, 5-fold CV on ../shared/data/claims/yu2020-eurekalert (trained on that file,
            the same strength pipeline as shipped), beside plain TF-IDF + logistic regression; then
            with the Yu 2019 sentences added to every training fold; then the shipped model (trained on
            the project corpus only) on the whole file, beside TF-IDF + LR trained on the same corpus
- yu2019:   the same on ../shared/data/claims/yu2019-pubmed (labels renumbered, rows shuffled)
- insciout: does the press release overstate its paper? strengths of both conclusions compared,
            label = sign(press release - paper); strength model trained on the Yu data (never on
            InSciOut test), beside TF-IDF + LR trained the same way, and "always same"; then both
            adapted to InSciOut's coding scheme, with what that needs taken from insciout_train only
            (and "recalibrated": strengths re-learned on the 200 insciout_train conclusions, every choice
            made by CV on insciout_train)
- speed:    sentences/second on one core and ms per 1,000-word story, beside TF-IDF + LR

The shared data are read for measuring only: nothing here is saved or shipped.
"""
from __future__ import annotations

import os

# one core: set before numpy/scipy load their thread pools
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import functools  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
CLAIMS = SHARED / "data" / "claims"
SEED = 0
# common numbering: 0 none, 1 correlational, 2 conditional causal, 3 direct causal
STRENGTH_NAMES = ["none", "correlational", "conditional", "causal"]
YU2019_TO_COMMON = {0: 0, 1: 3, 2: 2, 3: 1}


def heading(title):
    print(f"\n== {title} ==", flush=True)


# ---------------------------------------------------------------------------
def load_yu2020():
    with open(CLAIMS / "yu2020-eurekalert" / "annotated_eureka.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["sentence"] for r in rows], np.array([int(r["label"]) for r in rows])


def load_yu2019():
    with open(CLAIMS / "yu2019-pubmed" / "pubmed_causal_language_use.csv", encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    random.Random(SEED).shuffle(rows)  # the file is sorted by label
    return [r["sentence"] for r in rows], np.array([YU2019_TO_COMMON[int(r["label"])] for r in rows])


def load_insciout(split):
    with open(CLAIMS / "wright2021-insciout" / f"insciout_{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class StrengthPipeline:
    """The shipped strength recipe: Featuriser + make_strength_estimator()."""

    def fit(self, texts, y):
        from classifier.features import Featuriser
        from classifier.model import make_strength_estimator

        self.feat = Featuriser()
        X = self.feat.fit_transform(list(texts))
        self.est = make_strength_estimator(self.feat).fit(X, y)
        return self

    def predict(self, texts):
        return self.est.predict(self.feat.transform(list(texts)))

    def decision_function(self, texts):
        return self.est.decision_function(self.feat.transform(list(texts)))


def tfidf_lr():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                         LogisticRegression(C=10, max_iter=3000, class_weight="balanced"))


def cv_macro_f1(make, texts, y, folds=5, extra=([], ())):
    """Macro-F1 (and per class) of `make()` under stratified CV; `extra` = (texts, labels)
    added to every training fold, never to a test fold."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    pred = np.zeros_like(y)
    extra_texts, extra_y = list(extra[0]), np.asarray(extra[1], dtype=y.dtype)
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, y):
        m = make().fit([texts[i] for i in tr] + extra_texts, np.concatenate([y[tr], extra_y]))
        pred[te] = m.predict([texts[i] for i in te])
    per = f1_score(y, pred, average=None, labels=[0, 1, 2, 3], zero_division=0)
    return f1_score(y, pred, average="macro"), per


def strength_section(name, loader, note, augment=None):
    """`augment`: a second labelled set added to every training fold, printed as an extra line
    (not the file-only figure the target is about)."""
    heading(f"claim strength: {name} ({note}), 5-fold CV macro-F1")
    texts, y = loader()
    print(f"{len(texts)} sentences; counts " + ", ".join(f"{STRENGTH_NAMES[k]} {int((y == k).sum())}" for k in range(4)))
    runs = [("TF-IDF 1-2-gram + LR", tfidf_lr, ([], ())), ("hypewatch strength pipeline", StrengthPipeline, ([], ()))]
    if augment is not None:
        runs.append((f"  + {augment[0]} in training folds", StrengthPipeline, augment[1]()))
    for label, make, extra in runs:
        t = time.perf_counter()
        macro, per = cv_macro_f1(make, texts, y, extra=extra)
        print(f"  {label:<30} macro-F1 {macro:.3f}   per class " +
              " ".join(f"{STRENGTH_NAMES[k]}={per[k]:.2f}" for k in range(4)) + f"   ({time.perf_counter() - t:.0f} s)")
    # what ships: trained on the project corpus only, the whole file as sentences it never saw
    from sklearn.metrics import f1_score

    from classifier.dataset import load_corpus

    corpus = [(e.text, STRENGTH_NAMES.index(e.strength)) for e in load_corpus() if e.strength]
    yardstick = tfidf_lr().fit([t for t, _ in corpus], [k for _, k in corpus])
    for label, model in (("TF-IDF + LR on the project corpus", yardstick), ("shipped model (project corpus)", shipped())):
        if model is None:
            continue
        pred = np.asarray(model.predict(texts))
        per = f1_score(y, pred, average=None, labels=[0, 1, 2, 3], zero_division=0)
        print(f"  {label:<34} macro-F1 {f1_score(y, pred, average='macro'):.3f}   per class " +
              " ".join(f"{STRENGTH_NAMES[k]}={per[k]:.2f}" for k in range(4)) + "   (never trained on this file)")


@functools.lru_cache(maxsize=1)
def shipped():
    """The shipped model's strength reader (trained once, on the project corpus only), or None."""
    try:
        import classifier
        from classifier.model import train

        home = tempfile.TemporaryDirectory(prefix="hypewatch-bench-")  # removed when the bench exits
        train(home.name, cross_validation=False)
        an = classifier.load_analyser(home.name)
    except Exception as exc:  # pragma: no cover - report, do not stop the bench
        print(f"  shipped model: not measured ({exc})")
        return None

    class Shipped:
        keep = home

        def predict(self, texts):
            return [STRENGTH_NAMES.index(s) for s in an.classify(list(texts))[1]]

    return Shipped()


# ---------------------------------------------------------------------------
def insciout_section():
    from sklearn.metrics import f1_score

    heading("InSciOut: does the press release overstate its paper? (test set, macro-F1 over same/exaggerates/downplays)")
    test = load_insciout("test")
    gold = [r["exaggeration_label"] for r in test]
    print(f"{len(test)} pairs: " + ", ".join(f"{k} {gold.count(k)}" for k in ("same", "exaggerates", "downplays")))

    def verdict(pr, paper):
        return "same" if pr == paper else ("exaggerates" if pr > paper else "downplays")

    def score(model):
        pr = model.predict([r["press_release_conclusion"] for r in test])
        ab = model.predict([r["abstract_conclusion"] for r in test])
        pred = [verdict(int(a), int(b)) for a, b in zip(pr, ab)]
        return f1_score(gold, pred, average="macro"), strength_accuracy(pr, ab)

    def strength_accuracy(pr, ab):
        return np.mean([int(a) == r["press_release_strength"] for a, r in zip(pr, test)] +
                       [int(b) == r["abstract_strength"] for b, r in zip(ab, test)])

    always = f1_score(gold, ["same"] * len(gold), average="macro")
    print(f"  {'always same':<52} macro-F1 {always:.3f}")
    t20, y20 = load_yu2020()
    t19, y19 = load_yu2019()
    train_t, train_y = t20 + t19, np.concatenate([y20, y19])
    dev = load_insciout("train")
    counts = np.bincount([r[k] for r in dev for k in ("press_release_strength", "abstract_strength")], minlength=4)
    log_prior = np.log((counts + 1) / (counts + 1).sum())

    def insciout_scores(model, texts):
        """Decisions adapted to InSciOut's coding (Sumner et al. 2014), which differs from Yu's:
        its conclusions nearly always state a relation (class shares of the 200 insciout_train
        conclusions replace the uniform prior of class-balanced training), "can" + causal verb
        is conditional (Yu: direct causal), and a negated relation is "no relation" (Yu: keeps
        its type)."""
        from classifier.features import relations

        d = model.decision_function(texts) + log_prior
        for i, t in enumerate(texts):
            rels = relations(t)
            if any(r.operators[:1] == ("not",) for r in rels):
                d[i, 1:] = -np.inf
            elif any(r.relation == "cause" and r.operators[:1] == ("can",) for r in rels):
                d[i, 2], d[i, 3] = max(d[i, 2], d[i, 3]), -np.inf
        return d

    def pair_strengths(model, rows, agree):
        """Both strengths decoded together, with a bonus `agree` when they are equal: a press
        release usually keeps its paper's strength."""
        s = (insciout_scores(model, [r["press_release_conclusion"] for r in rows])[:, :, None]
             + insciout_scores(model, [r["abstract_conclusion"] for r in rows])[:, None, :] + agree * np.eye(4))
        best = s.reshape(len(rows), -1).argmax(axis=1)
        return best // 4, best % 4

    def pair_f1(model, rows, agree):
        pr, ab = pair_strengths(model, rows, agree)
        return f1_score([r["exaggeration_label"] for r in rows], [verdict(a, b) for a, b in zip(pr, ab)], average="macro")

    yu_models = {}
    for label, make in (("TF-IDF + LR strength, trained on Yu 2019+2020", tfidf_lr),
                        ("hypewatch strength pipeline, trained on Yu 2019+2020", StrengthPipeline)):
        m = yu_models[make] = make().fit(train_t, train_y)
        f1, acc = score(m)
        print(f"  {label:<52} macro-F1 {f1:.3f}   (strength accuracy on both sides {acc:.3f})")
        # the agreement bonus is chosen on the 100 insciout_train pairs, then applied to test
        dev_f1, agree = max((pair_f1(m, dev, a), a) for a in np.arange(0.0, 1.6, 0.25))
        acc = strength_accuracy(*pair_strengths(m, test, agree))
        print(f"  {'   + adapted to InSciOut coding, pairs decoded jointly':<52} macro-F1 {pair_f1(m, test, agree):.3f}   "
              f"(strength accuracy {acc:.3f}; agreement bonus {agree}, train-split F1 {dev_f1:.3f})")
    f1, acc, (C, agree, cv_f1) = recalibrated_pairs(yu_models[StrengthPipeline], dev, test)
    print(f"  {'   + recalibrated on insciout_train (200 sentences)':<52} macro-F1 {f1:.3f}   (strength accuracy {acc:.3f}; "
          f"C {C}, agreement bonus {agree}, both chosen by 20x5-fold CV on insciout_train: {cv_f1:.3f})")
    if shipped() is not None:
        f1, acc = score(shipped())
        print(f"  {'shipped model (hand-written corpus only)':<52} macro-F1 {f1:.3f}   (strength accuracy {acc:.3f})")


_PAIR_LEXICON = {  # presence of each in a conclusion; written before the first CV run on insciout_train
    "modal": r"\b(?:may|might|could)\b",
    "can": r"\bcan\b",
    "hedge": r"\b(?:may|might|could|possibl[ey]|potential\w*|suggest\w*|appears?|seems?|likely|perhaps)\b",
    "assoc": r"\b(?:associat\w+|link\w*|correlat\w+|tied to|relat(?:ed|ionship))\b",
    "causal": None,  # the causal cue lexicon of classifier.features
    "neg": r"\b(?:not|no|never|without|cannot|[a-z]+n't)\b",
    "should": r"\b(?:should|must|need to|recommend\w*)\b",
}


def recalibration_features(model, texts):
    """Per conclusion: the Yu-trained strength decisions, the lexicon above (present or not), and
    the claim frames of classifier.features.relations (cause / correlation words: unmodified,
    under may/suggest/appear, under "can", negated; no relation word at all)."""
    import re

    from classifier.features import CUES, relations

    rx = [re.compile(v if v else r"\b(?:" + CUES["causal"] + r")\b", re.I) for v in _PAIR_LEXICON.values()]
    rows = []
    for t in texts:
        f = [bool(r.search(t)) for r in rx]
        rels = relations(t)
        for kind in ("cause", "corr"):
            first = [r.operators[0] if r.operators else "0" for r in rels if r.relation == kind]
            f += ["0" in first, any(o in ("may", "suggest", "appear") for o in first), "can" in first, "not" in first]
        f.append(not rels)
        rows.append(f)
    return np.hstack([model.decision_function(list(texts)), np.array(rows, dtype=float)])


def recalibrated_pairs(model, dev, test, grid_C=(0.03, 0.1, 0.3, 1, 3), grid_agree=(0.0, 0.5, 1.0, 1.5), repeats=20):
    """InSciOut strengths re-learned from the 200 insciout_train conclusions: a class-balanced
    logistic regression on recalibration_features(), then both sides of a pair decoded jointly
    with an agreement bonus. C and the bonus are chosen by repeated 5-fold CV over the 100
    insciout_train pairs (folds stratified by verdict); test is scored once, with that choice.
    Returns (test macro-F1, test strength accuracy, (C, bonus, CV macro-F1))."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def side(rows):
        return (recalibration_features(model, [r["press_release_conclusion"] for r in rows]),
                recalibration_features(model, [r["abstract_conclusion"] for r in rows]))

    def verdicts(P, A):
        return np.where(P == A, 0, np.where(P > A, 1, 2))

    def fit_decode(Xp, Xa, sp_, sa, Tp, Ta, C, agree):
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=5000))
        m.fit(np.vstack([Xp, Xa]), np.r_[sp_, sa])
        lp, la = np.full((len(Tp), 4), -1e9), np.full((len(Ta), 4), -1e9)
        lp[:, m.classes_], la[:, m.classes_] = m.predict_log_proba(Tp), m.predict_log_proba(Ta)
        best = (lp[:, :, None] + la[:, None, :] + agree * np.eye(4)).reshape(len(Tp), -1).argmax(axis=1)
        return best // 4, best % 4

    names = ["same", "exaggerates", "downplays"]
    Xp, Xa = side(dev)
    sp_ = np.array([r["press_release_strength"] for r in dev])
    sa = np.array([r["abstract_strength"] for r in dev])
    y = np.array([names.index(r["exaggeration_label"]) for r in dev])
    cv = {}
    for C in grid_C:
        for agree in grid_agree:
            scores = []
            for rep in range(repeats):
                pred = np.zeros(len(dev), dtype=int)
                for tr, te in StratifiedKFold(5, shuffle=True, random_state=rep).split(Xp, y):
                    pred[te] = verdicts(*fit_decode(Xp[tr], Xa[tr], sp_[tr], sa[tr], Xp[te], Xa[te], C, agree))
                scores.append(f1_score(y, pred, average="macro"))
            cv[C, agree] = float(np.mean(scores))
    C, agree = max(cv, key=cv.get)
    Tp, Ta = side(test)
    P, A = fit_decode(Xp, Xa, sp_, sa, Tp, Ta, C, agree)
    gold = [r["exaggeration_label"] for r in test]
    f1 = f1_score(gold, [names[v] for v in verdicts(P, A)], average="macro")
    acc = np.mean([p == r["press_release_strength"] for p, r in zip(P, test)] + [a == r["abstract_strength"] for a, r in zip(A, test)])
    return f1, acc, (C, agree, cv[C, agree])


# ---------------------------------------------------------------------------
def corpus_section():
    from classifier.dataset import corpus_dir, load_corpus
    from classifier.model import cross_validate

    heading(f"corpus: 5-fold cross-validated per-label P/R/F1 ({corpus_dir()})")
    ex = load_corpus()
    if not ex:
        print("  no corpus rows found")
        return
    t = time.perf_counter()
    rep = cross_validate(ex, folds=5, n_jobs=2)
    print(f"{len(ex)} sentences ({time.perf_counter() - t:.0f} s, 2 jobs)")
    print(f"  {'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    from classifier import LABELS
    for lab in LABELS:
        r = rep[lab]
        print(f"  {lab:<14}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['support']:>6d}")
    print(f"  {'macro':<14}{'':>14}{rep['macro_f1']:>7.3f}")
    s = rep["strength"]
    print(f"  strength macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f}")


# ---------------------------------------------------------------------------
def _stories(n_words=1000, limit=60):
    """Real health-news stories cut to about n_words at a sentence end (FakeHealth), or the corpus."""
    from classifier.splitter import split

    files = sorted(glob.glob(str(SHARED / "data" / "news" / "fakehealth" / "HealthStory" / "*.json")))
    stories = []
    for fn in files:
        try:
            text = json.loads(Path(fn).read_text(encoding="utf-8")).get("text") or ""
        except (OSError, ValueError):
            continue
        if len(text.split()) < n_words:
            continue
        cut = 0
        for s in split(text):
            cut = s.end
            if len(text[:cut].split()) >= n_words:
                break
        stories.append(text[:cut])
        if len(stories) >= limit:
            break
    return stories


def speed_section():
    import classifier
    from classifier.dataset import load_corpus
    from classifier.model import train
    from classifier.splitter import sentences as split_sentences
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    heading("speed (one core; shared machine, so figures vary with load)")
    corpus = load_corpus()
    if not corpus:
        print("  no corpus: cannot train")
        return
    stories = _stories()
    if not stories:
        print("  FakeHealth stories not found; using corpus sentences glued into stories")
        texts = [e.text for e in corpus]
        stories = [" ".join(texts[i:i + 50]) for i in range(0, len(texts) - 50, 50)][:40]
    sents = [s for st in stories for s in split_sentences(st)]
    words = np.mean([len(s.split()) for s in stories])
    print(f"{len(stories)} stories of {words:.0f} words on average, {len(sents)} sentences")

    with tempfile.TemporaryDirectory() as d:
        train(d, cross_validation=False)
        an = classifier.load_analyser(d)
        # baseline: TF-IDF + LR, one-vs-rest over the six labels, trained on the same corpus
        judged = [e for e in corpus if e.labels is not None]  # strength-only rows carry no labels
        mlb = MultiLabelBinarizer(classes=list(classifier.LABELS))
        Y = mlb.fit_transform([e.labels for e in judged])
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        base = OneVsRestClassifier(LogisticRegression(max_iter=2000)).fit(vec.fit_transform([e.text for e in judged]), Y)

        def base_sentences(batch):
            return base.predict_proba(vec.transform(batch))

        def base_story(text):
            return base_sentences(split_sentences(text))

        def best_of(fn, arg, repeat=3):
            """(CPU seconds, wall seconds), best of `repeat` runs."""
            cpu = wall = float("inf")
            for _ in range(repeat):
                c, w = time.process_time(), time.perf_counter()
                fn(arg)
                cpu, wall = min(cpu, time.process_time() - c), min(wall, time.perf_counter() - w)
            return cpu, wall

        def per_story(fn):
            cpu, wall = [], []
            for st in stories:
                c, w = time.process_time(), time.perf_counter()
                fn(st)
                cpu.append(time.process_time() - c)
                wall.append(time.perf_counter() - w)
            return 1000 * float(np.mean(cpu)), 1000 * float(np.median(wall))

        # warm-up on other text, so that the stories' words are still new to the analyser's caches for a first
        # pass over them (as a crawler meets the first stories of a run); the figures after it have them cached
        an.analyse(" ".join(e.text for e in corpus[:200]))
        first = per_story(an.analyse)
        ours, base_t = best_of(an.classify, sents), best_of(base_sentences, sents)
        print(f"  {'':<58}{'CPU':>9}{'wall':>9}")
        print(f"  {'sentences/s  hypewatch (features + 6 label models + strength)':<58}"
              f"{len(sents) / ours[0]:>9.0f}{len(sents) / ours[1]:>9.0f}")
        print(f"  {'sentences/s  TF-IDF + LR (6 labels)':<58}{len(sents) / base_t[0]:>9.0f}{len(sents) / base_t[1]:>9.0f}")

        ours, base_t = per_story(an.analyse), per_story(base_story)
        print(f"  {'ms per 1,000-word story  hypewatch analyse() (CPU mean, wall median)':<58}{ours[0]:>9.1f}{ours[1]:>9.1f}")
        print(f"  {'  the first pass (its words new to the caches)':<58}{first[0]:>9.1f}{first[1]:>9.1f}")
        print(f"  {'ms per 1,000-word story  TF-IDF + LR (split + predict)':<58}{base_t[0]:>9.1f}{base_t[1]:>9.1f}")


SECTIONS = {"corpus": corpus_section,
            # the dataset authors' own code offers the same augmentation (its `data_augmentation` option)
            "yu2020": lambda: strength_section("Yu et al. 2020, EurekAlert", load_yu2020, "0 none, 1 corr., 2 cond., 3 causal",
                                               augment=("Yu 2019", load_yu2019)),
            "yu2019": lambda: strength_section("Yu et al. 2019, PubMed", load_yu2019, "renumbered to the same scheme, shuffled"),
            "insciout": insciout_section,
            "speed": speed_section}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__[__doc__.index("Sections"):],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help=f"what to measure, any of: {' '.join(SECTIONS)} (default: all)")
    chosen = parser.parse_args(argv).sections or list(SECTIONS)
    unknown = [a for a in chosen if a not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s): {' '.join(unknown)}; choose from {' '.join(SECTIONS)}")
    if not CLAIMS.exists() and any(a in ("yu2020", "yu2019", "insciout") for a in chosen):
        print(f"note: {CLAIMS} not found; skipping the shared-data sections")
        chosen = [a for a in chosen if a not in ("yu2020", "yu2019", "insciout")]
    for a in chosen:
        SECTIONS[a]()


if __name__ == "__main__":
    main(sys.argv[1:])
