#!/usr/bin/env python3
"""Experiment: the part each relation word plays in a sentence, as a view of the strength model.
Prints figures; asserts nothing; ships nothing.

    python bench/verb_roles.py               # Yu 2020 5-fold CV on fold seeds 0-2, then the shipped recipe
                                             # trained on the project corpus, read on Yu 2020 and Yu 2019
    python bench/verb_roles.py --seeds 0     # one fold seed

"Coffee reduces the risk" (a verb acting on something: causal), "a reduction in risk" (a noun),
"is associated with" (a passive: correlational), "may lower" (after a modal: conditional),
"appears to protect" (an infinitive in a hedging frame). Word n-grams see the words but not these
parts; a dependency parser sees them (spaCy's head-lemma|relation tokens raised Yu 2020 by 0.010) but
parses about 425 sentences a second. These context rules, over about 120 relation verbs and their
noun forms, run at about 90,000. `role_tokens(text)` gives, for each relation word, its lemma and
its kind (cause or corr) each with its role; the modal or hedging frame before it; "rpt"/"sugg"
when a reporting verb ("found", "suggests") comes earlier; "neg" for a negation just before it;
"norel" for a sentence without one. They are a fifth view of the NB-SVM (word, char, hand-made,
all, roles), TF-IDF unigrams seen in two training sentences or more.

Measured 2026-12-07 (classifier/NOTES.md): Yu 2020 0.790 / 0.785 / 0.787 with the view against
0.780 / 0.781 / 0.779; the shipped recipe trained on the project corpus, read on all of Yu 2020,
0.577 against 0.548 (Yu 2019 0.557 against 0.548); 91,000-102,000 sentences/s for the tokens. But
on FakeHealth the shipped model's causal flags went 112 -> 132, about a third of the new ones
right, so it is not shipped.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CAUSAL_VERBS = """increase reduce lower raise improve cause lead prevent protect boost cut decrease enhance trigger
promote inhibit block help affect influence drive worsen slow halt reverse restore benefit harm damage kill treat cure
alleviate ease relieve suppress stop fight combat control induce elevate accelerate contribute double halve slash curb
limit strengthen weaken shorten extend prolong save spur fuel undermine impair disrupt result alter change modulate
regulate activate stimulate delay impact decline drop rise fall make keep avoid eliminate destroy repair shrink expand
attenuate counteract mitigate exacerbate aggravate amplify diminish enable allow produce generate create lessen minimize
ameliorate hinder impede interfere deplete transform lengthen outperform work""".split()
CORRELATION_VERBS = "associate link correlate relate tie connect predict coincide accompany".split()
IRREGULAR = {
    "lead": ["led", "leads", "leading"], "cut": ["cuts", "cutting"], "drive": ["drove", "driven", "drives", "driving"],
    "tie": ["ties", "tied", "tying"], "stop": ["stops", "stopped", "stopping"], "spur": ["spurs", "spurred", "spurring"],
    "rise": ["rose", "risen", "rises", "rising"], "fall": ["fell", "fallen", "falls", "falling"],
    "make": ["made", "makes", "making"], "keep": ["kept", "keeps", "keeping"], "slash": ["slashes", "slashed", "slashing"],
    "drop": ["drops", "dropped", "dropping"], "control": ["controls", "controlled", "controlling"],
    "impair": ["impairs", "impaired", "impairing"], "fuel": ["fuels", "fuelled", "fueled", "fuelling", "fueling"],
    "shrink": ["shrinks", "shrank", "shrunk", "shrinking"], "outperform": ["outperforms", "outperformed", "outperforming"],
    "predict": ["predicts", "predicted", "predicting"],
    "allow": ["allows", "allowed", "allowing"], "work": ["works", "worked", "working"],
}
# noun and adjective forms, with the lemma they stand for (the -ed forms among them are verbs first)
NOUN_FORMS = {
    "reduction": "reduce", "reductions": "reduce", "improvement": "improve", "improvements": "improve",
    "association": "associate", "associations": "associate", "correlation": "correlate", "correlations": "correlate",
    "relationship": "relate", "relationships": "relate", "relation": "relate", "connection": "connect",
    "connections": "connect", "contribution": "contribute", "prevention": "prevent", "protection": "protect",
    "inhibition": "inhibit", "enhancement": "enhance", "effect": "effect", "effects": "effect",
    "elevation": "elevate", "suppression": "suppress", "activation": "activate", "regulation": "regulate",
    "alteration": "alter", "treatment": "treat", "role": "role", "consequence": "consequence", "consequences": "consequence",
    "efficacy": "efficacy", "effective": "effective", "effectiveness": "effective",
    "beneficial": "benefit", "protective": "protect", "harmful": "harm", "risk": "risk", "risks": "risk",
    "likelihood": "likely", "odds": "odds", "predictor": "predict", "predictors": "predict",
    "predictive": "predict", "prediction": "predict", "predictions": "predict",
}
REPORTING = set("""find finds found show shows showed shown suggest suggests suggested indicate indicates indicated reveal
reveals revealed demonstrate demonstrates demonstrated report reports reported conclude concludes concluded confirm
confirms confirmed observe observed note noted say says said discover discovered""".split())
SUGGESTING = set("suggest suggests suggested indicate indicates indicated".split())
DETERMINERS = set("a an the this that these those its their his her our your my any no each every such another".split())
PREPOSITIONS = set("of with in for on from by between among at about against into over after during without".split())
BE = set("is are was were be been being am 's".split())
HAVE = set("has have had having".split())
MODALS = {"may": "may", "might": "may", "could": "may", "can": "can", "cannot": "can", "would": "will",
          "will": "will", "should": "will", "must": "will"}
# "appears to protect", "is likely to reduce", "has been shown to lower", "helps to prevent"
TO_FRAMES = {"appear": "appear", "appears": "appear", "appeared": "appear", "seem": "appear", "seems": "appear",
             "seemed": "appear", "tend": "appear", "tends": "appear", "tended": "appear", "likely": "likely",
             "unlikely": "likely", "able": "able", "potential": "may", "shown": "shown", "found": "shown",
             "proven": "shown", "known": "shown", "thought": "thought", "believed": "thought", "help": "help",
             "helps": "help", "helped": "help", "aims": "aim", "aim": "aim", "designed": "aim", "needed": "aim",
             "used": "aim", "way": "aim", "ways": "aim", "strategy": "aim"}
LEADS_TO = {"lead", "leads", "led", "contribute", "contributes", "contributed"}
NEGATIONS = set("not no never n't cannot without nor neither".split())
ADVERBS = set("""also not significantly strongly further still only even often partly partially independently
substantially greatly actually indeed directly inversely positively negatively closely consistently dramatically
markedly""".split())
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | BE | HAVE | set(MODALS) | set(
    """and or but to that which who whom whose when while as than if because although whereas not , ; : ( ) . ? ! " it
    they he she we there""".split())
ADJECTIVE_ENDINGS = ("al", "ant", "ent", "ive", "ful", "ic", "ous", "ble", "er", "est", "ary")
IRREGULAR_PARTICIPLES = {"led", "cut", "drove", "made", "kept", "tied", "rose", "fell", "shrank", "shrunk", "found"}
QUANTITY_OBJECTS = {"both", "all", "more", "less", "fewer", "up", "down"}
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|n't|[,;:()?!.\"]")


def _inflections(lemma: str) -> list[str]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


def _lexicon() -> tuple[dict, dict]:
    """(verb form -> (lemma, kind)), (noun form -> (lemma, kind)); kind "cause" or "corr"."""
    verbs: dict[str, tuple[str, str]] = {}
    for kind, lemmas in (("cause", CAUSAL_VERBS), ("corr", CORRELATION_VERBS)):
        for lemma in lemmas:
            for form in [lemma, *_inflections(lemma)]:
                verbs.setdefault(form, (lemma, kind))
    nouns = {form: (lemma, "corr" if lemma in CORRELATION_VERBS or lemma in ("likely", "odds") else "cause")
             for form, lemma in NOUN_FORMS.items() if form not in verbs}
    return verbs, nouns


VERB_FORMS, NOUNS = _lexicon()


def _is_adverb(word: str) -> bool:
    return word in ADVERBS or (word.endswith("ly") and len(word) > 4)


def role_tokens(text: str) -> str:
    toks = _TOKEN.findall(text.lower().replace("’", "'"))
    out: list[str] = []
    reporting = None
    for i, word in enumerate(toks):
        if word in REPORTING:
            reporting = "sugg" if word in SUGGESTING else "rpt"
        noun = NOUNS.get(word)
        hit = VERB_FORMS.get(word) or noun
        if hit is None:
            continue
        lemma, kind = hit
        j = i - 1  # the word before, over adverbs ("is strongly linked")
        while j >= 0 and _is_adverb(toks[j]):
            j -= 1
        before = toks[j] if j >= 0 else "<s>"
        two_before = toks[j - 1] if j >= 1 else "<s>"
        right_before = toks[i - 1] if i >= 1 else "<s>"
        after = toks[i + 1] if i + 1 < len(toks) else "</s>"
        participle = word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES
        modal = None
        if noun is not None and not (lemma == word and (before == "to" or before in MODALS)):
            role = "noun_" + after if after in ("in", "of", "with", "between", "to", "on", "for") else "noun"
        elif ((right_before in DETERMINERS and not (right_before in ("this", "that") and (participle or word.endswith("s"))))
              or (two_before in DETERMINERS and before not in FUNCTION_WORDS and before.endswith(ADJECTIVE_ENDINGS)
                  and not participle)):
            role = ("modif" if participle else
                    "noun_" + after if after in ("in", "of", "with", "between", "to", "on", "for") else "noun")
        elif participle and before in BE:
            role = "pass_" + after if after in ("with", "to", "by", "in") else "pass"
            k = j - 1
            while k >= 0 and _is_adverb(toks[k]):
                k -= 1
            if k >= 0 and toks[k] in MODALS:
                modal = MODALS[toks[k]]
            elif k >= 1 and toks[k] == "to" and toks[k - 1] in TO_FRAMES:
                modal = TO_FRAMES[toks[k - 1]]
        elif participle and before in HAVE:
            role = "perf"
        elif before in MODALS:
            role, modal = "mod", MODALS[before]
        elif before == "to":
            role = "modif" if participle else "inf_lead" if two_before in LEADS_TO and two_before not in TO_FRAMES else "inf"
            if not participle and two_before in TO_FRAMES:
                modal = TO_FRAMES[two_before]
        elif word.endswith("ing") and (before in PREPOSITIONS or right_before in PREPOSITIONS):
            role = "ger_" + before
        elif (participle and (before in PREPOSITIONS or before in ("<s>", ",", "and", "or", "than"))
              and after not in DETERMINERS and after not in PREPOSITIONS and after != "to"):
            role = "modif"
        elif before in ("does", "do", "did"):
            role = "do"
        else:  # a verb: with its object, a preposition, or nothing after it
            role = "ing" if word.endswith("ing") else "v"
            if after in DETERMINERS or after.isdigit() or after in QUANTITY_OBJECTS:
                role += "obj"
            elif after in ("to", "with", "by", "in", "from", "on", "against", "between"):
                role += "_" + after
            elif after in FUNCTION_WORDS or after == "</s>":
                role += "end"
            else:
                role += "obj"
        out += [f"{lemma}__{role}", f"{kind}__{role}"]
        if modal:
            out += [f"{lemma}__m_{modal}", f"{kind}__m_{modal}_{role.split('_')[0]}"]
        if reporting:
            out.append(f"{reporting}__{kind}__{role.split('_')[0]}")
        if any(t in NEGATIONS for t in toks[max(0, i - 3):i]):
            out.append(f"neg__{kind}")
    return " ".join(out) if out else "norel"


class WithRoles:
    """bench/claims.py's StrengthPipeline with the roles as a fifth view (`roles=False`: the shipped recipe)."""

    def __init__(self, roles=True):
        self.roles = roles

    def _matrix(self, texts):
        import scipy.sparse as sp
        X = self.feat.transform(texts)
        return sp.hstack([X, self.vec.transform([role_tokens(t) for t in texts])], format="csr") if self.roles else X

    def fit(self, texts, y, vocabulary=None):
        """`vocabulary`: the texts whose n-grams are the features (default `texts`); the shipped model
        takes them from its label-judged rows only (classifier.model.fit_models)."""
        from classifier.features import Featuriser
        from classifier.model import NBLinearSVC, make_strength_estimator
        from classifier.vectorize import WordNgrams

        texts = list(texts)
        vocabulary = texts if vocabulary is None else list(vocabulary)
        self.feat = Featuriser().fit(vocabulary)
        self.vec = WordNgrams((1, 1), min_df=2).fit([role_tokens(t) for t in vocabulary])
        self.est = make_strength_estimator(self.feat)
        if self.roles:
            n = self.feat.n_features
            self.est = NBLinearSVC(C=self.est.C, alpha=self.est.alpha,
                                   views=self.est.views + [(n, n + len(self.vec.vocabulary_))])
        self.est.fit(self._matrix(texts), y)
        return self

    def predict(self, texts):
        return self.est.predict(self._matrix(list(texts)))

    def decision_function(self, texts):
        return self.est.decision_function(self._matrix(list(texts)))


def main() -> None:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    import claims
    from classifier.dataset import load_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--seeds", default="0,1,2", help="fold seeds for the Yu 2020 cross-validation")
    args = parser.parse_args()
    texts, y = claims.load_yu2020()
    claims.heading("Yu 2020, 5-fold CV macro-F1 (trained on the file)")
    for seed in (int(s) for s in args.seeds.split(",")):
        scores = {}
        for roles in (False, True):
            pred = np.zeros_like(y)
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(texts, y):
                model = WithRoles(roles).fit([texts[i] for i in tr], y[tr])
                pred[te] = model.predict([texts[i] for i in te])
            scores[roles] = f1_score(y, pred, average="macro")
        print(f"  seed {seed}: shipped recipe {scores[False]:.3f}, with the roles {scores[True]:.3f}", flush=True)
    claims.heading("trained on the project corpus (strength rows), read on the whole files")
    corpus = [e for e in load_corpus() if e.strength]
    for roles in (False, True):
        model = WithRoles(roles).fit([e.text for e in corpus], [claims.STRENGTH_NAMES.index(e.strength) for e in corpus],
                                     vocabulary=[e.text for e in corpus if e.labels is not None])
        found = []
        for name, loader in (("Yu 2020", claims.load_yu2020), ("Yu 2019", claims.load_yu2019)):
            t, truth = loader()
            found.append(f"{name} {f1_score(truth, model.predict(t), average='macro'):.3f}")
        print(f"  {'with the roles' if roles else 'shipped recipe':15} " + ", ".join(found), flush=True)


if __name__ == "__main__":
    main()
