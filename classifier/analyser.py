"""`Analyser.analyse(text, title)`: sentences, flags, explanations, strength, criteria, story score."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from . import LABELS
from . import criteria as _criteria
from . import senses
from .claim_parts import claim_parts
from .features import _DETERMINERS, _SKEL_TOKEN, LABEL_CUES, _role, cue_matches, skeleton, trigger_words
from .model import THRESHOLD, fast_predict, load_bundle
from .release import end_matter_start
from .scope import REASONS, what_to_read
from .splitter import split
from .studies import study_references

# What the analyser adds to the model: sentence rules, trigger words, credit lines, criteria.
# Bump it when their output changes: every stored story is then analysed again, as after a new
# model (the version stored with a story is the model's plus this).
RULES_VERSION = 374
HEADLINE_WEIGHT = 2.0
FLAG_SHARE = 0.65  # share of the story score that comes from flags; the rest from criteria

# A byline or credit line ("By Jane Goodwin", "Photo by A. Smith"): a few capitalised names and
# no cue word, never a claim, though a name can look like one to character n-grams ("Goodwin").
# Cue words tell a title-case headline ("By Fixing Genes, Scientists Cure Blindness") apart.
# Names are separated by a comma or white space (and "and"/"&"): with the separator optional,
# a long word could be split into names in exponentially many ways when the match fails.
CREDIT_LINE = re.compile(
    r"(?:(?:written|reporting|edited|photos?|images?)\s+)?by\s+[A-Z][\w.'’-]*"
    r"(?:(?:\s*,\s*|\s+)(?:(?:and|&)\s+)?[A-Z][\w.'’-]*)*[.\s]*",
    re.IGNORECASE)
MAX_CREDIT_LINE_CHARS = 200


def is_credit_line(text: str, cues: dict) -> bool:
    words = text.split()
    return (len(words) <= 8 and len(text) <= MAX_CREDIT_LINE_CHARS and not cues
            and CREDIT_LINE.fullmatch(text.strip()) is not None and all(w[0].isupper() or w.islower() for w in words))


# A link to another story ("Related: Americans keep getting fatter, report shows", "WATCH: The
# naked mole rat might help us cure cancer", a video box "JUST WATCHED Concussions keep kids out of
# school Replay More Videos ...") or page ("For more information about life-changing care and
# research at Mass. General, visit …"), or the story a copy names as its source ("Source: True
# Story: Severe MS Reversed Using Stem Cells", which the copy's own headline repeats), or a release's
# reference to its paper ("Citation: Reversal of Cognitive Decline in Alzheimer's Disease"): what it
# points to, not a claim of this story.
LINK_LINE = re.compile(
    r"\s*(?:(?:related(?:\s+(?:stories|articles?|coverage|content|reading))?|read\s+more|see\s+also|also\s+read"
    r"|more|watch|listen|video|(?:original\s+)?source|via|citation|(?:journal\s+)?reference|paper|(?:original\s+)?article"
    r"|publication)\s*:|just\s+watched\b|for\s+(?:more|further)\s+information\b)",
    re.IGNORECASE)
MAX_LINK_LINE_WORDS = 30


def is_link_line(text: str) -> bool:
    return LINK_LINE.match(text) is not None and len(text.split()) <= MAX_LINK_LINE_WORDS


# Page furniture that states nothing: a series marker ("First of two parts", "Part 2 of 3"), a
# one- or two-word heading without a cue word ("Depression"), a short heading that introduces a
# list ("After the treatment:"), an organisation's trademarked tagline without one
# ("NIH…Turning Discovery Into Health®", under every NIH press release), or an institution
# speaking of itself (INSTITUTION_LINE below).
SERIES_LINE = re.compile(
    r"\s*(?:(?:first|second|third|fourth|fifth|last|final)\s+(?:of|in)\s+(?:a\s+)?(?:\w+\s+)?(?:parts?|series)"
    r"|part\s+\w+(?:\s+of\s+\w+)?)\W*", re.IGNORECASE)
# A correction or an editor's note ("Correction added Nov. 18, 2019: The caption … originally made an unconfirmed
# statement that he was the first to observe …"): what the page once got wrong, not what it claims.
CORRECTION_NOTE = re.compile(
    r"\W*(?:corrections?|clarifications?|editor['’]s\s+note)\b[^:.]{0,40}[:.]", re.IGNORECASE)
FLAG_CUE_FAMILIES = frozenset(fam for fams in LABEL_CUES.values() for fam in fams)
MAX_TAGLINE_WORDS = 8


# An institution speaking of itself, wherever it stands (a release's end matter without its heading, or a
# story that copies it): its mission ("The Buck Institute … is the U.S.'s first independent research
# organization devoted to Geroscience"), its appeal for money ("Private contributions are essential for
# enabling Fred Hutch scientists to … lead to important medical breakthroughs"), a meeting's purpose ("The
# purpose if this meeting is to share the latest breakthroughs in research"), its standing ("UVA is a world leader in focused
# ultrasound research").
INSTITUTION_LINE = re.compile(
    r"\b(?:is|are)\s+(?:the\s+|an?\s+)?(?:[\w.’'&-]+\s+){0,4}?(?:organi[sz]ation|institute|institution|cent(?:er|re)"
    r"|non-?profit|charity|foundation|company|society|association|network)\s+(?:[\w-]+\s+){0,2}?(?:devoted|dedicated"
    r"|committed)\s+to\b"
    r"|\b(?:private|charitable|philanthropic)\s+(?:contributions|donations|gifts|support)\s+(?:are|is)\s+(?:essential"
    r"|critical|vital)\b"
    r"|\bthe\s+(?:purpose|aim|goal)\s+(?:of|if)\s+(?:this|the)\s+(?:meeting|conference|congress|symposium|summit)\b"
    r"|\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:world|global|national|international)\s+leaders?\s+in\b",
    re.IGNORECASE)


def is_furniture(text: str, cues: dict) -> bool:
    if SERIES_LINE.fullmatch(text) is not None or INSTITUTION_LINE.search(text) is not None \
            or CORRECTION_NOTE.match(text) is not None:
        return True
    words = text.split()
    short = len(words) <= 2 or (len(words) <= MAX_TAGLINE_WORDS and text.rstrip().endswith(("®", "™", ":")))
    return short and not FLAG_CUE_FAMILIES & cues.keys()


_NOUN_ENDING = re.compile(r"(?:ments?|ions?|ors?|ness|(?:driv|help|boost|kill|promot|block|treat)ers)$")
# words of the causal-verb list that are nouns or adjectives by the word after them: "Results
# showed", "good results" (not "results in"), "the benefits of" (not "benefits from"), "elevated risk",
# "a major cause of" (not "causes cancer"), "the lead author", "lead poisoning" (not "lead to")
_LEAD_NOUN_AFTER = frozenset(
    "author authors researcher researchers investigator investigators scientist scientists writer study "
    "poisoning exposure levels level pipes paint".split())
_NOT_A_VERB_BEFORE = {
    "result": lambda nxt: nxt not in ("in", "from"), "results": lambda nxt: nxt not in ("in", "from"),
    "benefits": lambda nxt: nxt == "of",
    "elevated": lambda nxt: nxt in ("risk", "risks", "level", "levels", "blood", "rate", "rates", "pressure"),
    "cause": lambda nxt: nxt == "of", "causes": lambda nxt: nxt == "of",
    "lead": lambda nxt: nxt in _LEAD_NOUN_AFTER,
    "led": lambda nxt: nxt == "by",  # "a new study led by the University of Leicester"
}

# "control" as a compound's noun, what is kept in check, not a verb: "bladder control", "glycemic control", "birth control";
# "block" as one too: "peripheral nerve blocks", "heart block"
_CONTROLLED = frozenset("""bladder bowel glycemic glycaemic sugar glucose birth pain infection weight symptom seizure impulse
asthma pressure cholesterol portion quality self motor muscle""".split())
_BLOCK_KINDS = frozenset("nerve heart bundle branch av atrioventricular road building stumbling mental".split())
_COMPOUND_NOUN = {"control": _CONTROLLED, "block": _BLOCK_KINDS, "blocks": _BLOCK_KINDS}
# an -ed word as an adjective after a verb of showing: "preterm infants … display reduced brain size"
_SHOWING = frozenset("display displays displayed exhibit exhibits exhibited show shows showed".split())

# "lower" as the comparative after a form of "be": "the prevalence of dementia … is significantly lower"
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|became|becomes?)\s+(?:\w+ly\s+|much\s+|far\s+|even\s+)?$",
    re.IGNORECASE)


# a trend, not an effect: "the rate of laparoscopic procedures increased from 24.8 percent in 2000 to 84.3 percent"
_TREND_AFTER = re.compile(
    r"\s+from\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:%|percent|per\s*cent)?(?:\s+in\s+\d{4})?\s+to\s+(?:about\s+)?[\d.,]+",
    re.IGNORECASE)
# ... nor does a change in how much a treatment is used or sold: "doctors' enthusiasm for the tests has led to an explosion
# in their use"
_USE_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:explosion|increase|rise|surge|boom|jump|spike|growth|decline|drop|fall)"
    r"\s+in\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:use|usage|sales|demand|prescriptions|prescribing|popularity|uptake"
    r"|spending)\b", re.IGNORECASE)
# a hypothesis: "if it works to protect against the disease, it could …"
_IF_BEFORE = re.compile(r"\bif\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# what a disease or a germ does, in the clause that defines it: "a rare childhood disorder that leads to
# prolonged bleeding from even small cuts", "a condition that causes arterial blockages" (not "a drug
# that reduces the risk")
_DEFINES_ILLNESS_BEFORE = re.compile(
    r"\b(?:disease|disorder|condition|syndrome|illness|infection|virus|bacteri(?:um|a)|parasite|germ|cancer|tumou?r"
    r"|mutation)s?,?\s+(?:that|which)\s+[^,;:.()\"“”]*$", re.IGNORECASE)
# a change with no object, which says what happened, not what caused it: "because pain severity decreased.",
# "symptoms improved in 60 percent", "the risk rose sharply after 50" (but "the risk was reduced by a third"
# is a passive with a cause behind it, and "improved with the drug" names the cause)
_CHANGE_VERB = re.compile(r"(?:increas|decreas|improv|reduc|lower|rais|worsen|slow|doubl|halv)\w*", re.IGNORECASE)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[.,;:!?\"”’)\]—–]|$|(?:by|from|over|among|after|when|as|in|for|significantly|slightly|sharply|markedly"
    r"|substantially|steadily|somewhat|dramatically|considerably|again)\b)", re.IGNORECASE)


# a participle after a preposition describes, it does not act: "the search for improved screening methods",
# "linked to reduced risk"
_PREPOSITIONS = frozenset("for with of to".split())
_BEFORE_AN_ADJECTIVE = _PREPOSITIONS | _SHOWING

# a fight against a measure, not a disease: "people fighting the vaccine because of their own sexual biases"
_FIGHT_VERBS = frozenset("fight fights fighting fought combat combats combating combatting battle battles battling battled".split())
_MEASURE_AFTER = re.compile(
    r"\s+(?:the|a|an|this|these|that|those|any)?\s*(?:[\w-]+\s+)?(?:vaccines?|vaccinations?|laws?|bans?|rules?"
    r"|polic(?:y|ies)|plans?|measures?|decisions?|mandates?|taxe?s|tax|proposals?|regulations?|government|guidelines?)(?![\w-])",
    re.IGNORECASE)


def causal_verbs(text: str) -> list[str]:
    """The words of `text` in the causal-verb role, as verbs ("cuts", "protect"), not nouns
    ("treatment", "protectors"), nor a purpose or an aim ("used by athletes to enhance
    performance", "to determine how olive oil affected"), a trend ("increased from 25 percent to
    84 percent"), a change in a treatment's use ("led to an explosion in their use") or a hypothesis ("if it works to
    protect"): what the causal label rests on."""
    return [text[s:e] for s, e in causal_verb_spans(text)]


def causal_verb_spans(text: str) -> list[tuple[int, int]]:
    """Where `causal_verbs` are in `text`, as (start, end) spans."""
    tokens = list(_SKEL_TOKEN.finditer(text))
    words = [m.group(0) for m in tokens]
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if _role(low) == "CAUSE" and not _NOUN_ENDING.search(low) and \
                not (k and words[k - 1].lower() in _DETERMINERS) and \
                not (low in _COMPOUND_NOUN and k and words[k - 1].lower() in _COMPOUND_NOUN[low]) and \
                not (low in _NOT_A_VERB_BEFORE and _NOT_A_VERB_BEFORE[low](words[k + 1].lower() if k + 1 < len(words) else "")):
            start = tokens[k].start()
            # a compound's end, not a verb: "cholesterol-lowering medications" (but a dash typed as two hyphens is
            # no compound: "nuts, and seeds--lowered their risk")
            if start and text[start - 1] == "-" and text[start - 2:start] != "--":
                continue
            if low.endswith("ed") and k and words[k - 1].lower() in _BEFORE_AN_ADJECTIVE \
                    or low == "lower" and _BE_BEFORE.search(text[max(0, start - 40):start]) \
                    or _criteria.PURPOSE_OR_AIM.search(text[max(0, start - 100):start]) \
                    or _TREND_AFTER.match(text, tokens[k].end()) or _USE_AFTER.match(text, tokens[k].end()) \
                    or _IF_BEFORE.search(text[max(0, start - 40):start]) \
                    or _DEFINES_ILLNESS_BEFORE.search(text[max(0, start - 100):start]) \
                    or low in _FIGHT_VERBS and _MEASURE_AFTER.match(text, tokens[k].end()) \
                    or _CHANGE_VERB.fullmatch(low) and _NO_OBJECT_AFTER.match(text, tokens[k].end()) \
                    and not _BE_BEFORE.search(text[max(0, start - 40):start]):
                continue
            out.append(tokens[k].span())
    return out


def _experimental(design: dict) -> bool:
    """The story reports an experiment (a trial, or mostly work in animals or cells), where causal
    wording is how results are stated; extrapolation flags what animal or cell work cannot show.
    One sentence naming an animal ("animal protein") is not yet such a story, nor is a study of
    medical records that mentions earlier work in mice in fewer sentences than its own data."""
    lab = len(set(design["animal_sentences"]) | set(design["cell_sentences"]))
    return design["trial"] or (lab >= 2 and lab >= len(design["observational_sentences"]))


def analysis_version(model_version: str) -> str:
    """The version stored with each analysed story: the model's and the rules'."""
    return f"{model_version}.r{RULES_VERSION}"


def default_model_dir() -> Path:
    from hypewatch.config import load_config

    return load_config().model_dir


def load_analyser(model_dir=None) -> "Analyser":
    model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
    return Analyser(load_bundle(model_dir), model_dir)


class Analyser:
    def __init__(self, bundle: dict, model_dir: Path | None = None):
        self.bundle = bundle
        self.model_dir = model_dir
        self.featuriser = bundle["featuriser"]
        self.card = bundle["card"]
        self.fast = bundle["fast"]
        self.model_version = analysis_version(self.card["model_version"])
        # labels the model has weights for (an untrained label explains its flags by cue words)
        self.weighted = {label: bool(np.any(self.fast["W"][:, k])) for k, label in enumerate(LABELS)}

    # ------------------------------------------------------------------
    def classify(self, sentences: list[str], cues: list[dict] | None = None):
        """Label probabilities (n × 6), strengths and the feature matrix for plain sentences.
        A label's probability is the higher of the sentence's and its claim parts' (a quote
        without its speaker's titles, the words after a lead-in: `claim_parts`)."""
        n = len(sentences)
        parts = [(i, part) for i, s in enumerate(sentences) for part in claim_parts(s)]
        # sentences and their parts in one matrix: each transform has a fixed cost
        X_all = self.featuriser.transform(list(sentences) + [part.text for _, part in parts],
                                          cues=None if cues is None else list(cues) + [None] * len(parts))
        all_probs, all_strengths = fast_predict(self.fast, X_all)
        X, probs, strengths = X_all[:n], all_probs[:n], all_strengths[:n]
        for (i, part), row in zip(parts, all_probs[n:]):
            counts = probs[i] >= part.floor
            probs[i, counts] = np.maximum(probs[i, counts], row[counts])
        return probs, strengths, X

    def analyse(self, text: str, title: str | None = None, links=None, *, read_anyway: bool = False) -> dict:
        """Flags, strength and triggers per sentence, the story's checklist and score, the study it reports
        (`references`, from the text and the `links` the page cites: classifier.studies), and why a text
        was not read (`out_of_scope`: classifier.scope's NOT_ENGLISH or NOT_HEALTH, else None). `read_anyway` reads
        every text and sentence whatever its language or subject (a person's choice: the test is a heuristic)."""
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        references = study_references(text, links)
        entries = []
        if title is not None and title.strip():
            entries.append({"text": " ".join(title.split()), "start": -1, "end": -1, "headline": True})
        segs = split(text)
        headline_idx = None if entries else _pick_headline(text, segs)
        title_words = entries[0]["text"].split() if entries else None
        for k, s in enumerate(segs):
            if k < 3 and text[s.start:s.end].split() == title_words:
                continue  # the page repeats its headline above the story: read (and count) it once
            entries.append({"text": text[s.start:s.end], "start": s.start, "end": s.end, "headline": k == headline_idx})
        if not entries:
            return {"score": 0.0, "sentences": [], "criteria": _criteria.evaluate([]), "references": references,
                    "out_of_scope": None, "model_version": self.model_version}

        texts = [e["text"] for e in entries]
        scope, foreign = (None, [False] * len(texts)) if read_anyway else what_to_read(title, text, texts)
        cues = [cue_matches(t) for t in texts]
        probs, strengths, X = self.classify(texts, cues)
        headline = next((i for i, e in enumerate(entries) if e["headline"]), None)
        design = _criteria.story_design(texts, cues, headline)
        flags = probs >= THRESHOLD
        rule_words: dict[tuple[int, str], list[str]] = {}  # (sentence, label) a rule flagged -> its words
        ci = LABELS.index("causal")
        # `causal` is causal language: a sentence whose claim strength is correlational ("linked
        # to") or none (methods, numbers) is how an association should be reported, not a flag.
        flags[[strength in ("none", "correlational") for strength in strengths], ci] = False
        # `extrapolation` is an animal or a dish result stated as a benefit: a sentence that claims
        # nothing ("the researchers tested 142 compounds on mouse cells") only describes the work
        flags[[strength == "none" for strength in strengths], LABELS.index("extrapolation")] = False
        # ... and a sentence that names no animal, cell or lab work carries none to people, unless
        # it is the headline of a story of such work ("Ketamine May Regenerate Brain Cells, …")
        animal_story = design["animal"] or design["cell"]
        flags[[not ({"animal", "cell"} & c.keys() or _criteria.LAB_WORK.search(t) or (e["headline"] and animal_story))
               for t, c, e in zip(texts, cues, entries)], LABELS.index("extrapolation")] = False
        experimental = _experimental(design)
        # "people who", "those who", "users" are how any story speaks of its people: only wording
        # that names a design ("a survey", "linked to", "medical records") makes a story
        # observational. A sentence checked alone has no story to name one, so there its people
        # stand for the design.
        observational = design["observational_named"] or (
            len(texts) == 1 and design["observational"] and not experimental)
        if not observational and (experimental or len(texts) > 1):
            # a story of a trial or an experiment alone: causal wording states its results; a
            # story that names no observational design gives causal wording no association to
            # overstate
            flags[:, ci] = False
        elif experimental:
            # a story of a trial and of associations: only a sentence that names the observational
            # design ("observational studies suggest that metformin may prevent cancer") states an
            # association; the others state the trial's results ("the vaccine reduced …") or facts
            flags[[not _criteria.names_observational_design(t, c, e["headline"]) for t, c, e in zip(texts, cues, entries)], ci] = False
        elif observational:
            # story-level rule: causal wording meets an observational design in the same story
            # (not in a sentence about work in animals or cells, which the story may report too)
            for i, c in enumerate(cues):
                if not flags[i, ci] and strengths[i] == "causal" and not (
                        {"negation", "hedge", "rejection", "animal", "cell"} & c.keys()):
                    roles = skeleton(texts[i]).split()
                    # a finding of the study (or the headline), stated with causal wording
                    about_finding = entries[i]["headline"] or (
                        ("observational" in c or any(r.startswith("REPORT") for r in roles))
                        and _criteria.NAMES_A_STUDY.search(texts[i])) or _criteria.STUDY_AUTHOR_SAYS.search(texts[i])
                    if not (about_finding and ("causal" in c or causal_verbs(texts[i]))) \
                            or _criteria.AFTER_INTERVENTION.search(texts[i]) \
                            or _criteria.DEVICE_OR_TECHNIQUE.search(texts[i]) \
                            or _criteria.BACKGROUND.search(texts[i]):
                        continue
                    flags[i, ci] = True
                    probs[i, ci] = max(probs[i, ci], THRESHOLD)
                    rule_words[i, "causal"] = causal_verbs(texts[i])[:5]

        # a need or an aim ("studies are needed to confirm that …") states no finding, however causal its
        # words; "the more …, the lower …" with no causal verb states an association as one
        flags[[bool(_criteria.AIM_OR_NEED.search(t.lower())) or bool(_criteria.CORRELATIVE.search(t)) and not causal_verbs(t)
               for t in texts], ci] = False
        # causal language needs a causal verb or phrase ("offer some protection against"), not only
        # a design and a finding ("a survey found that 65% said that it worked better")
        for i, t in enumerate(texts):
            if flags[i, ci] and not (causal_verbs(t) or _criteria.CAUSAL_PHRASE.search(t)):
                flags[i, ci] = False

        # claims the model misses, added by rule: a disease said to be gone in plain words ("The MS is
        # gone."), a study or a treatment said to be the first of its kind ("the study is the first to show", a
        # headline's "First human clinical trial for …"),
        # the news called a breakthrough or a cure outright ("It is definitely a breakthrough", "It is a cure."),
        # a cure said to be within reach ("could cure diseases such as cancer"), a treatment or a test called wholly
        # effective, safe or accurate ("It proved to be 100 percent accurate")
        for label, rule, headlines_only in (
                ("cure", senses.disease_gone, False), ("cure", senses.calls_it_a_cure, False),
                ("cure", senses.says_it_could_cure, False), ("novelty", senses.claims_a_first, False),
                ("novelty", senses.headline_claims_a_first, True), ("hype", senses.calls_it_hype, False),
                ("certainty", senses.states_certainty, False)):
            k = LABELS.index(label)
            for i, t in enumerate(texts):
                if headlines_only and not entries[i]["headline"]:
                    continue
                if not flags[i, k] and (words := rule(t)):
                    flags[i, k] = True
                    probs[i, k] = max(probs[i, k], THRESHOLD)
                    rule_words[i, label] = words

        # bylines, links to other stories and page furniture are never claims, whatever the model
        # or the rules said
        flags[[is_credit_line(t, c) or is_link_line(t) or is_furniture(t, c) for t, c in zip(texts, cues)]] = False
        end_matter = end_matter_start(text)
        if end_matter is not None:
            flags[[e["start"] >= end_matter for e in entries]] = False
        for label in senses.LABELS:  # "proven harder than expected", "deaths from all causes", "the first problem"
            k = LABELS.index(label)
            for i, (t, c) in enumerate(zip(texts, cues)):
                if flags[i, k] and senses.unfounded(label, t, c, probs[i, k]):
                    flags[i, k] = False
        # a question in the body asks rather than claims ("So he started to wonder: Could these worms cure his
        # alopecia?", "In what way is all of this a miracle?"); a headline that asks keeps its flags, as there
        # the question is the hype ("Could Worms In Your Gut Cure Your Allergies?")
        flags[[not e["headline"] and senses.asks(t) for e, t in zip(entries, texts)]] = False
        # the rules and the model read English health news: a text that is neither, or a sentence in
        # another language ("die digitale Revolution"), says nothing they can judge
        if scope:
            flags[:] = False
        else:
            flags[foreign] = False

        out = []
        for i, e in enumerate(entries):
            labels = [lab for k, lab in enumerate(LABELS) if flags[i, k]]
            triggers = {}
            for lab in labels:
                triggers[lab] = self._triggers(texts[i], X[i], lab, cues[i], rule_words.get((i, lab), []))
            scores = {lab: round(float(probs[i, k]), 4) for k, lab in enumerate(LABELS)}
            score = max((scores[lab] for lab in labels), default=round(float(probs[i].max()), 4))
            out.append({"text": e["text"], "start": e["start"], "end": e["end"], "labels": labels, "score": score,
                        "scores": scores, "triggers": triggers, "strength": strengths[i], "headline": e["headline"]})
        crit = (_criteria.not_assessed(f"not read: {REASONS[scope]}") if scope
                else _criteria.evaluate(out, design=design, cues=cues, end_matter=end_matter))
        return {"score": story_score(out, crit), "sentences": out, "criteria": crit, "references": references,
                "out_of_scope": scope, "model_version": self.model_version}

    def _triggers(self, text: str, row, label: str, cues: dict, rule_words: list[str]) -> list[str]:
        """The words a rule flagged the sentence on (the causal verbs, "is gone"), else the words
        that drove the model, else the label's cue words."""
        if rule_words:
            return rule_words
        claim = claim_spans(text, label, cues)
        words = []
        if self.weighted[label]:
            w = self.fast["W"][:, LABELS.index(label)]
            words = trigger_words(text, self.featuriser.word_attribution(text, row, w), claim=claim)
        if not words:  # the model named none (or the label is untrained): the claim's or the cue words
            spans = sorted(claim or _cue_spans(label, cues))
            words = list(dict.fromkeys(text[a:b] for a, b in spans))[:5]
        return words


def _cue_spans(label: str, cues: dict) -> list[tuple[int, int]]:
    return [s for fam in LABEL_CUES[label] for s in cues.get(fam, [])]


def claim_spans(text: str, label: str, cues: dict) -> list[tuple[int, int]]:
    """The (start, end) spans of the words that make a `label` claim in `text`: its causal verbs
    and phrases ("cuts", "protection against"), or the label's cue words and constructions
    ("breakthrough", "a huge leap forward"). None for extrapolation, where the animal word and
    the words that carry it to people ("mice", "could") make the claim together."""
    if label == "extrapolation":
        return []
    if label == "causal":
        return causal_verb_spans(text) + [m.span() for m in _criteria.CAUSAL_PHRASE.finditer(text)]
    return _cue_spans(label, cues) + senses.construction_spans(label, text)


def _pick_headline(text: str, segs) -> int | None:
    """The first standalone short line of the story (skipping one-word debris such as 'X')."""
    for k, s in enumerate(segs[:4]):
        if not s.standalone:
            return None
        n = len(text[s.start:s.end].split())
        if 3 <= n <= 25:
            return k
    return None


def story_score(sentences: list[dict], criteria: list[dict]) -> float:
    """0..1: noisy-OR of the flagged sentences (headline weighs double), plus unmet criteria."""
    keep = 1.0
    for s in sentences:
        if s["labels"]:
            w = HEADLINE_WEIGHT if s["headline"] else 1.0
            keep *= 1.0 - min(0.95, 0.35 * w * s["score"])
    flag_part = 1.0 - keep
    applicable = [c for c in criteria if c["status"] != "not_applicable"]
    crit_part = (sum(c["status"] == "not_satisfied" for c in applicable) / len(applicable)) if applicable else 0.0
    return round(float(FLAG_SHARE * flag_part + (1 - FLAG_SHARE) * crit_part), 4)
