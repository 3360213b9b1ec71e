"""Sentence features: word n-grams, character n-grams, hand-made cue features, the
claim skeleton's n-grams and claim frames.

`Featuriser` turns sentences into one sparse matrix (the blocks side by side)
and can map the weight of any word, character or cue feature back to the words
of a sentence, which is how flags are explained.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp

from .vectorize import TOKEN as _TOKEN, CharNgrams, WordNgrams

# --------------------------------------------------------------------------
# Cue lexicons. Each is one compiled regex over the lower-cased sentence.
# --------------------------------------------------------------------------
_W = r"(?<![\w-])"  # word start (hyphen counts as part of a word)
_E = r"(?![\w-])"

CUES: dict[str, str] = {
    "cure": r"cur(?:e|es|ed|ing|able)|incurable|revers(?:e|es|ed|ing|al)|eliminat\w*|eradicat\w*"
            r"|wipe[sd]? out|wiping out|disease[- ]free|cancer[- ]free|remission|beat(?:s|en)? (?:the )?(?:disease|cancer)"
            r"|walk(?:s|ed|ing)? again|see(?:s|ing)? again|hear(?:s|ing)? again|defeat\w*|vanquish\w*"
            r"|end(?:s|ed|ing)? (?:the |their |his |her )?\w+ (?:disease|cancer|diabetes)|heal(?:s|ed)?|restor(?:e|es|ed|ing)|free of",
    "novelty": r"first[- ]of[- ]its[- ]kind|world[- ]first|world'?s first|first[- ]ever|first[- ]in[- ]human"
               r"|never (?:been )?(?:before|seen|done)|unprecedented|for the first time|the (?:only|first) (?:one|treatment|drug|therapy|test|device)"
               r"|pioneer\w*|novel|one[- ]of[- ]a[- ]kind|unique|the only",
    "hype": r"breakthrough\w*|miracle\w*|game[- ]?chang\w+|revolution\w*|holy grail|astonish\w*|astound\w*"
            r"|incredibl[ey]|amazing\w*|remarkabl[ey]|stunning\w*|extraordinar\w*|spectacular\w*|wonder[- ]?drug"
            r"|magic bullet|transformative|landmark|dramatic\w*|phenomenal\w*|sensational\w*|life[- ]chang\w+"
            r"|cutting[- ]edge|ground[- ]?breaking|jaw[- ]dropping|mind[- ]blowing|sensation|hail\w*|triumph\w*|staggering",
    "causal": r"prevent(?:s|ed|ing)?|protect(?:s|ed|ing)? (?:\w+ )?(?:against|from)|caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to"
              r"|reduc(?:e|es|ed|ing) (?:\w+ )?risk|lower(?:s|ed|ing)? (?:\w+ )?risk|cut(?:s|ting)? (?:\w+ )?risk|slash\w*"
              r"|boost(?:s|ed|ing)?|fight(?:s|ing)?|wards? off|trigger(?:s|ed|ing)?|results? in|makes? you|keeps? \w+ away"
              r"|is (?:good|bad) for|improv(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing) (?:\w+ )?risk|damag(?:e|es)",
    "extrapolation": r"mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|pigs?|dogs?|zebrafish|fruit[- ]?fl(?:y|ies)|worms?|yeast"
                     r"|(?:cancer |tumou?r |human |brain |skin |liver )?cells? (?:grown|in a dish|cultures?|lines?|in the lab)|cell[- ]lines?"
                     r"|petri dish(?:es)?|dish(?:es)?|test[- ]tubes?|in vitro|lab[- ]grown|organoids?"
                     r"|laborator(?:y|ies)|in the lab|tissue samples?|preclinical|pre-clinical",
    "certainty": r"prov(?:en|es|ed)|prove|guarantee\w*|no risks?|risk[- ]free|100 ?(?:%|per ?cent)|no doubt|definitely|certainly"
                 r"|undeniabl[ey]|conclusive\w*|without (?:a )?(?:question|doubt)|always works|completely safe|totally safe"
                 r"|beyond (?:any )?doubt|settled|irrefutabl[ey]|once and for all|works every time|no side[- ]effects|fact",
    "hedge": r"may|might|could|possibl[ey]|potential\w*|suggest\w*|preliminary|early|small|more research|further research"
             r"|appears?|seems?|hopes?|hoped|promising|likely|unclear|not yet|too early|pilot|tentative\w*|if|unless|whether|perhaps",
    "negation": r"not|no|never|[a-z]+n[’']t|none|nor|neither|without|cannot|far from|lack\w*|fail(?:s|ed)? to|rather than|nothing",
    "attribution": r"said|says|say|according to|warn\w*|caution\w*|stress\w*|noted|claim\w*|told|explain\w*|insist\w*|argu\w*|added",
    "rejection": r"warn\w* against|caution\w* against|resist\w* (?:calling|the)|dismiss\w*|reject\w*|overstat\w*|over-?hyp\w*|premature\w*"
                 r"|no evidence|stopped short|would be wrong|too early to|should not be (?:called|described|seen)|debunk\w*|myth"
                 r"|not (?:a|the) (?:cure|breakthrough|miracle)|far from (?:a|being)|is not proof|does not prove|not proven|unproven|exaggerat\w*",
    "animal": r"mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|pigs?|dogs?|zebrafish|fruit[- ]?fl(?:y|ies)|worms?|preclinical",
    "cell": r"cells? (?:grown|in a dish|cultures?|lines?)|petri dish(?:es)?|test[- ]tubes?|in vitro|lab[- ]grown|organoids?|in the lab",
    "observational": r"survey\w*|cohort|observational|questionnaires?|associat\w+|linked|link|correlat\w+|tied to|followed \w+ (?:people|adults|women|men)"
                     r"|records|data from|people who|those who|participants who|drinkers|eaters|users",
    "trial": r"randomi[sz]ed|trials?|placebo|phase (?:i{1,3}|[123])|double[- ]blind|controlled|patients (?:were|received)",
    "number": r"\d+(?:[.,]\d+)?\s?(?:%|per ?cent|percent)|\d+",
}
_FULL = {k: re.compile("(?:" + v + ")") for k, v in CUES.items()}
# One pass over the sentence finds every candidate cue; which families a candidate
# belongs to is worked out once per distinct string and cached.
# A lookahead finds a candidate at every word start, so overlapping cues ("not a cure"
# = rejection, then "cure") are all seen; multi-word families are tried first.
_ORDER = ["rejection"] + [k for k in CUES if k != "rejection"]
# (every cue starts with a letter or a digit, so "\b" first skips the other positions cheaply)
_ANY = re.compile(r"\b" + _W + "(?=(" + "|".join("(?:" + CUES[k] + ")" for k in _ORDER) + ")" + _E + ")")
_FAMILIES: dict[str, tuple[str, ...]] = {}
# Which cue families point to which label (used to weigh trigger words).
LABEL_CUES = {
    "cure": ("cure",), "novelty": ("novelty",), "hype": ("hype",), "causal": ("causal", "observational"),
    "extrapolation": ("extrapolation", "animal", "cell"), "certainty": ("certainty",),
}
_FLAG_CUES = ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")


# Cue words that name no design of the story's own study:
# - "Association" in an organisation's name ("the American Heart Association said", "the
#   Association of American Medical Colleges", "Associated Press", "a medical association"),
#   "associate" in a job title ("associate professor", "research associate") and "associated" for
#   "related" ("its associated symptoms"); "Study Finds Association Between …" still is association
#   wording (this pattern is case-sensitive: names are capitalised); "records" as what a device
#   does ("the EEG records how the brain responds");
# - "controlled" of a disease ("poorly controlled diabetes") and trials only called for ("larger
#   randomised trials are needed").
# Each family: (pattern whose groups mark the cue words to drop, a cheap hint to try it at all).
_NOT_A_DESIGN = {
    "observational": (re.compile(
        r"(?:[A-Z][\w.&'’-]*\s+)+(Associat(?:ion|ed|es))\b(?!\s+(?:[Bb]etween|[Ww]ith)\b)"
        r"|\bthe\s+(Association)\s+(?:of|for)\s+[A-Z]|\b(Association)\s+for\s+[A-Z]|\b(Associated)\s+Press\b"
        r"|\b([Aa]ssociate)\s+(?i:professor|dean|director|editor|member|chief|chair|researcher|scientist|investigator"
        r"|instructor|fellow|lecturer|physician|vice|provost|attending|curator|partner|head|medical|clinical|research)"
        r"|\b(?i:research|clinical|senior|postdoctoral|staff|sales)\s+((?i:associates?))\b"
        r"|\b(?i:medical|professional|trade|national|industry|patient|patients['’]?)\s+(associations?)\b"
        r"|\b(?:its|their|and|other)\s+(associated)\s+(?!with\b)[a-z]"
        r"|\b(?i:EEG|ECG|EKG|device|camera|app|monitor|sensor|machine|watch|tracker|system|software|tool|it|which|that)"
        r"\s+(records)\b"),
        "ssociat|records"),
    "trial": (re.compile(
        r"\b(?:poorly|badly|inadequately|adequately|better|tightly|un|not\s+well|well)[- ]?(controlled)\b"
        r"|\b(?:more|further|larger|bigger|future|additional|longer|long-term|new)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:(randomi[sz]ed)\s+)?(?:(?:(controlled)|clinical)\s+)?(trials?)\s+(?:are|is|will\s+be|would\s+be)\s+"
        r"(?:still\s+)?(?:needed|required|necessary|warranted)", re.IGNORECASE),
        "controlled|needed|required|necessary|warranted"),
}
_NOT_A_DESIGN_HINT = {fam: re.compile(hint) for fam, (_, hint) in _NOT_A_DESIGN.items()}


def cue_matches(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of every cue family found in `text` (offsets into `text`)."""
    low = text.lower()
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _ANY.finditer(low):
        g = m.group(1)
        fams = _FAMILIES.get(g)
        if fams is None:
            fams = tuple(k for k, rx in _FULL.items() if rx.fullmatch(g))
            if len(_FAMILIES) < 100_000:
                _FAMILIES[g] = fams
        span = m.span(1)
        for k in fams:
            out.setdefault(k, []).append(span)
    for fam, (rx, _) in _NOT_A_DESIGN.items():
        if fam in out and _NOT_A_DESIGN_HINT[fam].search(low):
            starts = {m.start(g) for m in rx.finditer(text) for g in range(1, rx.groups + 1) if m.group(g)}
            kept = [sp for sp in out[fam] if sp[0] not in starts]
            if kept:
                out[fam] = kept
            else:
                del out[fam]
    return out


def _near_before(spans_a, spans_b, window=30):
    """True if some span of b starts at most `window` chars before a span of a."""
    for a0, _ in spans_a:
        for b0, b1 in spans_b:
            if b1 <= a0 and a0 - b1 <= window:
                return True
    return False


# ---------------------------------------------------------------------------
# Skeleton: each word replaced by its role in a claim (association, modal, causal
# verb, negation, comparison, reporting verb) or kept if it is a function word;
# other content words become "w". N-grams of the skeleton generalise across
# topics: "w is CORR with w", "MAY CAUSE w".
# The modals are kept apart because they grade a claim differently (Yu et al. 2019;
# Sumner et al. 2014): may/might/could hedge a causal claim into a conditional one,
# "can" states a capacity (direct causal in Yu's scheme), suggest/appear hedge the
# finding, and "more/less likely" is a comparison, i.e. an association.
# ---------------------------------------------------------------------------
_ROLES = [
    ("CORR", r"associat\w*|link\w*|correlat\w*|related|relationship\w*|relation|tied|connected|connection\w*|predict\w*|tied"
             r"|coincid\w*|accompan\w*|odds|hazard|likelihood"),
    ("MAY", r"may|might|could|would|possibl[ey]|potential\w*|perhaps|probabl[ey]"),
    ("CAN", r"can"),
    ("LIKELY", r"likely|unlikely"),
    ("SUGGEST", r"suggest\w*|indicat\w*|imply|implies|hint\w*|propos\w*|hypothes\w*|speculat\w*"),
    ("APPEAR", r"appear\w*|seem\w*"),
    ("CAUSE", r"increas\w*|decreas\w*|reduc\w*|improv\w*|caus\w*|lead|leads|led|prevent\w*|protect\w*|boost\w*|lower\w*|rais\w*"
              r"|help\w*|affect\w*|influenc\w*|impact\w*|result\w*|trigger\w*|driv\w*|drove|promot\w*|inhibit\w*|block\w*"
              r"|enhanc\w*|worsen\w*|cut|cuts|slash\w*|halv\w*|doubl\w*|benefit\w*|effective\w*|effect|effects|kill\w*"
              r"|harm\w*|damag\w*|cur\w*|treat\w*|alleviat\w*|restor\w*|contribut\w*|induc\w*|elevat\w*|accelerat\w*|slow\w*"
              r"|stop\w*|fight\w*|combat\w*|control\w*|eas\w*|relie\w*|suppress\w*|protect\w*|make|makes|keep|keeps|spur\w*"
              r"|fuel\w*|undermin\w*|strengthen\w*|weaken\w*|shorten\w*|extend\w*|prolong\w*|save|saves|saved"),
    # how trial conclusions state an effect without a verb: "X is safe and beneficial", "plays a key role in"
    ("EFFECT", r"efficac\w*|beneficial|protective|detrimental|safe|safer|useful|responsible|role|key|crucial|essential"),
    ("NEG", r"not|no|never|none|nor|neither|without|cannot|\w+n['’]t|lack|lacks|lacked|lacking|fail|fails|failed|failing"),
    ("COMP", r"more|less|higher|lower|greater|fewer|better|worse|larger|smaller|faster|slower|most|least|twice|times"),
    ("REPORT", r"find|finds|found|show\w*|reveal\w*|report\w*|study|studies|research\w*|scientists?|data|analys[ie]s|trial\w*|survey\w*"),
    ("RISK", r"risks?|chances?|rates?|incidence|odds"),
    ("NUM", r"\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|percent|per|cent"),
]
_ROLE_RX = [(tag, re.compile("(?:" + rx + ")")) for tag, rx in _ROLES]
_KEEP = frozenset(
    "is are was were be been being has have had with to of in on for from by between than and or but as at that this "
    "who which among whose when while if whether among against among".split())
_ROLE_CACHE: dict[str, str] = {}
_PUNCT = ",;:()?!.\"“”"


def _role(word: str) -> str:
    r = _ROLE_CACHE.get(word)
    if r is None:
        if word in _PUNCT:
            r = "|"
        else:
            r = word if word in _KEEP else next((tag for tag, rx in _ROLE_RX if rx.fullmatch(word)), "w")
        if len(_ROLE_CACHE) < 200_000:
            _ROLE_CACHE[word] = r
    return r


_SKEL_TOKEN = re.compile(r"[\w'’]+")
_CLAIM_TOKEN = re.compile(r"[\w'’]+|[" + re.escape(_PUNCT) + "]")


def _roles(text: str) -> list[tuple[str, str]]:
    """(word, role) for each word and punctuation mark of the lower-cased text."""
    return [(w, _role(w)) for w in _CLAIM_TOKEN.findall(text.lower())]


def _skeleton(roles) -> str:
    out = []
    prev = None
    for _, r in roles:
        if r == "|" or (r == "w" and prev == "w"):
            continue  # punctuation is dropped; runs of content words collapse into one
        out.append(r)
        prev = r
    return " ".join(out)


def skeleton(text: str) -> str:
    return _skeleton(_roles(text))


# ---------------------------------------------------------------------------
# Claim frames: for each relation word (causal verb, association word, comparison)
# the operators that scope over it within its clause, e.g. "may_cause_b" for "may
# reduce", "can_cause_b", "not_corr_d" for "not associated", "0_cause_s" for an
# asserted "reduces", "to_cause_b" for a purpose ("efforts to improve care").
# A sentence without any relation word gets "norel": no claim. The skeleton's
# n-grams see the same words, but only as adjacent tags; a frame ignores the
# adverbs, auxiliaries and content words between the operator and the verb.
# ---------------------------------------------------------------------------
_RELATIONS = {"CAUSE": "cause", "EFFECT": "cause", "CORR": "corr", "COMP": "comp", "LIKELY": "comp"}
_OPERATORS = {"MAY": "may", "CAN": "can", "NEG": "not", "SUGGEST": "suggest", "APPEAR": "appear",
              "to": "to", "whether": "wh", "if": "wh"}
_CLAUSE_END = frozenset("| that which who whom whose and but while because although whereas when".split())
_SCOPE = 4  # words an operator may stand before the relation word it scopes over
_DETERMINERS = frozenset("the a an this these those its their his her our your of".split())


def _form(word: str, before: str) -> str:
    """Rough inflection of a relation word: s(3rd person), d(past/participle), g(-ing), n(noun), b(base)."""
    if before in _DETERMINERS:  # "the effect", "an increase", "of reducing"
        return "n"
    if word.endswith("ing"):
        return "g"
    if word.endswith("ed") or word in ("led", "drove", "cut", "tied"):
        return "d"
    if word.endswith(("ion", "ions", "ment", "ments", "ship", "ships")):
        return "n"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "b"


class Relation(NamedTuple):
    word: str
    form: str  # see _form
    relation: str  # "cause", "corr" or "comp"
    operators: tuple[str, ...]  # operators scoping over it, nearest first
    clause: int  # clauses before it (0, 1, 2 = two or more)


def _relations(roles) -> list[Relation]:
    out = []
    clause = 0
    for i, (w, r) in enumerate(roles):
        if r in _CLAUSE_END:
            clause += 1
            continue
        rel = _RELATIONS.get(r)
        if rel is None:
            continue
        ops = []
        for j in range(i - 1, max(-1, i - 1 - _SCOPE), -1):
            rj = roles[j][1]
            if rj in _CLAUSE_END:
                break
            if rj in _OPERATORS:
                ops.append(_OPERATORS[rj])
        out.append(Relation(w, _form(w, roles[i - 1][0] if i else ""), rel, tuple(ops), min(clause, 2)))
    return out


def relations(text: str) -> list[Relation]:
    """The relation words of `text` with the operators that scope over each."""
    return _relations(_roles(text))


def _frames(roles) -> str:
    out = []
    for rel in _relations(roles):
        out.append(f"{rel.operators[0] if rel.operators else '0'}_{rel.relation}_{rel.form}")
        out.append("_".join(sorted(set(rel.operators)) or ["0"]) + "_" + rel.relation)
        out.append(f"c{rel.clause}_{rel.relation}")
    if not out:
        out.append("norel")
    # an operator with the word it governs, for the relation words no lexicon lists ("may complicate")
    for i, (_, r) in enumerate(roles):
        op = _OPERATORS.get(r)
        if op is None or r in _KEEP:  # not for to / whether / if: too common before any verb
            continue
        for w, rj in roles[i + 1:i + 1 + _SCOPE]:
            if rj in _CLAUSE_END:
                break
            if w in _KEEP or w.endswith("ly"):
                continue
            out.append(f"{op}_w_{stem(w)}")
            break
    return " ".join(out)


def stem(word: str) -> str:
    """A lower-cased word without its commonest ending ("protects", "protected" → "protect"), crudely."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return re.sub(r"\W", "", word)


def claim_frames(text: str) -> str:
    return _frames(_roles(text))


CUE_FEATURES: list[str] = (
    [f"cue:{k}" for k in CUES]
    + [f"neg:{k}" for k in _FLAG_CUES]
    + [f"hedged:{k}" for k in _FLAG_CUES]
    + [f"reject:{k}" for k in _FLAG_CUES]
    + ["quote", "question", "exclaim", "short", "titlecase", "n_cues", "no_final_stop"]
)
_CUE_INDEX = {name: i for i, name in enumerate(CUE_FEATURES)}


def cue_vector(text: str, matches=None) -> dict[int, float]:
    m = cue_matches(text) if matches is None else matches
    feats: dict[int, float] = {}
    for k in m:
        feats[_CUE_INDEX[f"cue:{k}"]] = 1.0
    neg = m.get("negation", [])
    hedge = m.get("hedge", [])
    rej = m.get("rejection")
    n_flag = 0
    for k in _FLAG_CUES:
        spans = m.get(k)
        if not spans:
            continue
        n_flag += 1
        if neg and _near_before(spans, neg):
            feats[_CUE_INDEX[f"neg:{k}"]] = 1.0
        if hedge:
            feats[_CUE_INDEX[f"hedged:{k}"]] = 1.0
        if rej:
            feats[_CUE_INDEX[f"reject:{k}"]] = 1.0
    if any(q in text for q in "\"“”«»"):
        feats[_CUE_INDEX["quote"]] = 1.0
    if "?" in text:
        feats[_CUE_INDEX["question"]] = 1.0
    if "!" in text:
        feats[_CUE_INDEX["exclaim"]] = 1.0
    words = text.split()
    if len(words) <= 12:
        feats[_CUE_INDEX["short"]] = 1.0
    caps = sum(1 for w in words if w[:1].isupper())
    if len(words) >= 3 and caps >= 0.6 * len(words):
        feats[_CUE_INDEX["titlecase"]] = 1.0
    if n_flag:
        feats[_CUE_INDEX["n_cues"]] = min(n_flag, 3) / 3.0
    if text.rstrip()[-1:] not in ".!?\"'”’)":
        feats[_CUE_INDEX["no_final_stop"]] = 1.0
    return feats


TOP_FEATURES = 60


class Featuriser:
    """Word 1-3-grams + char_wb 2-5-grams (TF-IDF) + cue features + skeleton 1-4-grams + claim frames."""

    def __init__(self, word_ngrams=(1, 3), char_ngrams=(2, 5), skel_ngrams=(1, 4), cue_weight=1.0, skel_weight=1.0,
                 frame_weight=1.0, min_df=2):
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.skel_ngrams = skel_ngrams
        self.cue_weight = cue_weight
        self.skel_weight = skel_weight
        self.frame_weight = frame_weight
        self.min_df = min_df

    def fit(self, texts):
        # an n-gram of one training sentence is mostly a name or a topic word: it fits that
        # sentence's label and carries nothing to new text
        self.word_ = WordNgrams(self.word_ngrams, min_df=self.min_df)
        self.char_ = CharNgrams(self.char_ngrams, min_df=max(2, self.min_df))
        self.skel_ = WordNgrams(self.skel_ngrams, min_df=2)
        self.frame_ = WordNgrams((1, 1), min_df=2)
        self.word_.fit(texts)
        self.char_.fit(texts)
        skel, frames = self._claim_views(texts)
        self.skel_.fit(skel)
        self.frame_.fit(frames)
        self.n_word_ = len(self.word_.vocabulary_)
        self.n_char_ = len(self.char_.vocabulary_)
        self.n_skel_ = len(self.skel_.vocabulary_)
        self.n_frame_ = len(self.frame_.vocabulary_)
        self.word_names_ = self.word_.get_feature_names_out()
        self.char_names_ = self.char_.get_feature_names_out()
        return self

    def _cues(self, texts, cues=None):
        rows, cols, vals = [], [], []
        for i, t in enumerate(texts):
            for j, v in cue_vector(t, cues[i] if cues is not None else None).items():
                rows.append(i)
                cols.append(j)
                vals.append(v * self.cue_weight)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(CUE_FEATURES)), dtype=np.float32)

    @staticmethod
    def _claim_views(texts):
        """Skeleton and claim frames of each text, from one pass of role tagging."""
        skel, frames = [], []
        for t in texts:
            roles = _roles(t)
            skel.append(_skeleton(roles))
            frames.append(_frames(roles))
        return skel, frames

    def transform(self, texts, cues=None):
        """Feature matrix; `cues` = cue_matches() of each text if already computed."""
        texts = list(texts)
        blocks = [self.word_.transform(texts), self.char_.transform(texts), self._cues(texts, cues)]
        skel, frames = self._claim_views(texts)
        if self.n_skel_:
            blocks.append(self.skel_.transform(skel) * self.skel_weight)
        if self.n_frame_:
            blocks.append(self.frame_.transform(frames) * self.frame_weight)
        return sp.hstack(blocks, format="csr", dtype=np.float32)

    def fit_transform(self, texts):
        texts = list(texts)
        return self.fit(texts).transform(texts)

    @property
    def n_features(self):
        return self.n_word_ + self.n_char_ + len(CUE_FEATURES) + self.n_skel_ + self.n_frame_

    def blocks(self) -> dict[str, tuple[int, int]]:
        """Column range (start, end) of each block of the feature matrix, in order."""
        out, start = {}, 0
        for name, n in (("word", self.n_word_), ("char", self.n_char_), ("cue", len(CUE_FEATURES)),
                        ("skeleton", self.n_skel_), ("frames", self.n_frame_)):
            out[name] = (start, start + n)
            start += n
        return out

    # ----------------------------------------------------------------------
    def _positions(self, text: str):
        """Tokens of `text`, and where each of its word n-grams and char n-grams occurs.

        Kept for the last few sentences: a sentence flagged with several labels is explained
        once per label.
        """
        cache = self.__dict__.setdefault("_pos_cache", {})
        hit = cache.get(text)
        if hit is not None:
            return hit
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
        tok_seq = [t for _, _, t in tokens]
        word_pos: dict[str, list[int]] = {}
        lo, hi = self.word_ngrams
        for n in range(lo, hi + 1):
            for i in range(len(tok_seq) - n + 1):
                word_pos.setdefault(" ".join(tok_seq[i:i + n]), []).append(i)
        char_pos: dict[str, list[list[int]]] = {}
        k = 0
        for m in re.finditer(r"\S+", text):
            cs, ce = m.span()
            while k < len(tokens) and tokens[k][0] < cs:
                k += 1
            toks = []
            while k < len(tokens) and tokens[k][1] <= ce:
                toks.append(k)
                k += 1
            if toks:
                for g in set(self.char_._word_grams(m.group().lower())):
                    char_pos.setdefault(g, []).append(toks)
        if len(cache) > 32:
            cache.clear()
        cache[text] = out = (tokens, word_pos, char_pos)
        return out

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_pos_cache", None)
        return state

    def word_attribution(self, text: str, row, weights) -> list[tuple[int, int, float]]:
        """Spread the positive contributions x_j * w_j of one sentence over its words.

        Returns (start, end, score) for each word token of `text` with a positive share,
        highest first. `row` is the sentence's 1×n feature row, `weights` the
        label's coefficient vector (length n_features).
        """
        row = row.tocsr()
        idx = row.indices
        contrib = row.data * weights[idx]
        # the strongest positive contributions decide the trigger words; the tail only adds noise
        top = np.argsort(-contrib)[:TOP_FEATURES]
        top = top[contrib[top] > 0]
        idx, contrib = idx[top], contrib[top]
        tokens, word_pos, char_pos = self._positions(text)
        if not tokens:
            return []
        score = np.zeros(len(tokens))
        tok_seq = [t for _, _, t in tokens]
        matches = None
        for j, c in zip(idx, contrib):
            if c <= 0:
                continue
            if j < self.n_word_:
                gram = self.word_names_[j]
                n = gram.count(" ") + 1
                for i in word_pos.get(gram, ()):
                    score[i:i + n] += c / n
            elif j < self.n_word_ + self.n_char_:
                gram = self.char_names_[j - self.n_word_]
                hits = char_pos.get(gram, ())
                core = gram.strip()
                for toks in hits:
                    # the share goes to the tokens of the chunk that hold the n-gram's letters
                    best = [t for t in toks if core and core in tok_seq[t]] or toks
                    for t in best:
                        score[t] += c / (len(best) * len(hits))
            elif j < self.n_word_ + self.n_char_ + len(CUE_FEATURES):
                name = CUE_FEATURES[j - self.n_word_ - self.n_char_]
                fam = name.split(":", 1)[1] if ":" in name else None
                if fam is None or name.startswith(("neg:", "hedged:", "reject:")):
                    continue
                if matches is None:
                    matches = cue_matches(text)
                toks = _overlapping(tokens, matches.get(fam, []))
                for t in toks:
                    score[t] += c / len(toks)
        order = np.argsort(-score)
        return [(tokens[i][0], tokens[i][1], float(score[i])) for i in order if score[i] > 0]


def _overlapping(tokens, spans) -> list[int]:
    """Indices of the tokens (start, end, _) that overlap any of the (start, end) spans: a token
    overlaps one iff, among the spans starting before the token ends, the furthest end lies
    beyond the token's start."""
    if not spans:
        return []
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    furthest = list(itertools.accumulate((b for _, b in spans), max))
    out = []
    for i, (s, e, _) in enumerate(tokens):
        k = bisect.bisect_left(starts, e)
        if k and furthest[k - 1] > s:
            out.append(i)
    return out


STOPWORDS = frozenset(
    "a an the of to in on at by for with and or but is are was were be been being it its this that these those "
    "as from has have had which who whom their there than then so such can will would into about also after".split()
)


# Words a reader would not accept as the reason for a flag, even when the model leaned on them:
# pronouns, reporting verbs, titles and the words of a speaker's affiliation (they come with
# quotes and bylines, in claims and caveats alike: "said Regina Vidaver, executive director of
# the National Lung Cancer Partnership"). Numbers are dropped too, except "100" ("100% effective").
NOT_TRIGGERS = STOPWORDS | frozenset(
    "i me my we us our you your he him his she her hers they them theirs itself himself herself "
    "themselves said says say told tell tells according noted notes added adds explained explains "
    "asked wrote writes reported mr mrs dr prof md phd "
    "professor director researcher researchers scientist scientists chief officer chairman chair president "
    "executive spokesman spokeswoman spokesperson university institute hospital center centre school college "
    "department foundation partnership society medical research science technology health medicine".split()
)


def can_trigger(word: str) -> bool:
    word = word.lower()
    return word not in NOT_TRIGGERS and (any(c.isalpha() for c in word) or word == "100")


def trigger_words(text: str, attribution, max_words=5, rel=0.25, claim=()) -> list[str]:
    """Pick the words that drove a flag and merge neighbours into phrases. Given the (start, end)
    spans of the words that make the claim (`claim`: its cue words, its causal verbs), keep only the
    phrases that hold one: the model also leans on the words around a claim ("people", "percent", a
    speaker's city), which explain nothing to a reader."""
    if not attribution:
        return []
    top = attribution[0][2]
    chosen = []
    for s, e, sc in attribution:
        if sc < rel * top or len(chosen) >= max_words:
            break
        if not can_trigger(text[s:e]):
            continue
        chosen.append((s, e, sc))
    if not chosen:
        return []
    # merge words separated only by up to two short (stop)words into one phrase
    chosen.sort()
    positive = {(s, e) for s, e, _ in attribution}
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    tok_index = {t: i for i, t in enumerate(tokens)}
    phrases = []
    cur = [chosen[0]]
    for item in chosen[1:]:
        a = tok_index[(cur[-1][0], cur[-1][1])]
        b = tok_index[(item[0], item[1])]
        gap = tokens[a + 1:b]
        if len(gap) <= 2 and all(g in positive and text[g[0]:g[1]].lower() in STOPWORDS for g in gap):
            cur.append(item)
        else:
            phrases.append(cur)
            cur = [item]
    phrases.append(cur)
    phrases.sort(key=lambda p: -max(x[2] for x in p))
    spans = [(p[0][0], p[-1][1]) for p in phrases]
    if claim:
        # a phrase that holds part of a claim's words grows to hold them all, up to a few words
        # ("discovery" -> "important discovery", "first" -> "first to show"); with none, the claim's
        # words are named instead
        spans = [_grown(s, e, claim, text) for s, e in spans if any(a < e and s < b for a, b in claim)] or sorted(claim)
    return list(dict.fromkeys(text[s:e] for s, e in spans))[:max_words]


def _grown(s: int, e: int, claim, text: str, max_words: int = 5) -> tuple[int, int]:
    held = [(a, b) for a, b in claim if a < e and s < b]
    start, end = min([s] + [a for a, _ in held]), max([e] + [b for _, b in held])
    return (start, end) if len(text[start:end].split()) <= max_words else (s, e)
