"""Cue words used in a sense that states no claim: "has proven harder than expected", "if proven
safe", "to prove that", "in fact", "there is definitely a need", "help find a cure for", "the only
difference", "a tingling sensation", "incredibly difficult", "healthy, disease-free volunteers",
"weeks to heal", "deaths from all causes", "a leading cause of injury".

The model learns the claim senses of these words from the corpus, but a word as common as
"proven" or "the only" pulls its label up in every sense; real reporting uses them far more
often in these plain senses than in claims. A flag whose every cue of its own label is one of
these is dropped (the analyser's rule; flags that rest on other words are left alone).
"""
from __future__ import annotations

import re

LABELS = ("certainty", "novelty", "cure", "hype", "causal")  # the labels that have plain senses below

# "prove" and its forms stating a condition, a requirement or a hope: "if proven effective",
# "whether it proves safe", "must prove to the regulator", "may prove useful"
_PROVE_HYPOTHETICAL = re.compile(
    r"(?:\b(?:if|whether|until|unless)\s+(?:[\w'’-]+\s+){0,3}"
    r"|\b(?:to|may|might|could|would|must)\s+)$")
# ... or turning out to be hard: "has proven harder to treat", "proved difficult", "proved popular"
_PROVE_TURNED_OUT = re.compile(
    r"^\s+(?:to\s+be\s+)?(?:(?:far|much|more|less|very|quite|surprisingly|extremely)\s+){0,2}"
    r"(?:tough|tougher|hard|harder|difficult|challenging|elusive|popular|costly|controversial|tricky|trickier"
    r"|complicated|problematic|disappointing|frustrating|impossible|unpopular|slow|slower|expensive|divisive"
    r"|a\s+(?:challenge|problem|struggle|hurdle|headache))\b")
# "fact" in "in fact" and "the fact that" is a turn of phrase
_FACT_PHRASE = re.compile(r"\b(?:in|the)\s+$")
# "settled" of a dispute, a home or a life: "settled out of court", "settled in Ohio", "before it is settled"
_SETTLED_OTHER = re.compile(r"^\s+(?:in|into|out|back|down|on|for|with)\b")
_SETTLED_PENDING = re.compile(r"\b(?:before|until|once|when|whether|not|yet)\b[^.;]{0,40}$")
# "cure" as an aim: "to help find a cure for", "the search for a cure", "treated with intent to cure"
_CURE_AIM = re.compile(
    r"(?:\b(?:to|help|helps|helped|helping|hope\s+to|hoping\s+to|hopes\s+to|trying\s+to|race\s+to)\s+find"
    r"|\b(?:finding|search(?:ing)?\s+for|hunt(?:ing)?\s+for|quest\s+for"
    r"|look(?:ing)?\s+for|wait(?:ing)?\s+for|money\s+for|funds?\s+for|funding\s+for)"
    r")\s+(?:a\s+|the\s+)?$"
    r"|\b(?:intent|intention|aim|goal)\s+(?:to|of)\s+$")
# "disease-free" or "free of cancer" describing who took part: "healthy, disease-free men", "free of
# cancer at the start of the study"
_FREE_OF = ("free of", "disease-free", "disease free", "cancer-free", "cancer free")
_PARTICIPANTS_BEFORE = re.compile(r"\bhealthy\s*,?\s+$")
_PARTICIPANTS_AFTER = re.compile(
    r"^\s+(?:(?:disease|cancer|heart\s+disease|diabetes|dementia)\s+)?(?:men|women|people|adults|children|volunteers"
    r"|participants|controls|subjects|survivors|at\s+(?:the\s+)?(?:start|outset|beginning)|at\s+baseline|at\s+enrol\w*"
    r"|when\s+(?:they|the\s+study|the\s+trial))\b")
# healing of a wound or a cut, and the time it takes: "takes weeks to heal", "heals the incision"
_HEAL_TIME = re.compile(r"\b(?:weeks|days|months|hours|years|time|longer|slowly|slower)\s+to\s+$")
_HEAL_WOUND = re.compile(r"^\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:wounds?|cuts?|incisions?|scars?|fractures?|bones?|burns?|skin)\b")
# eliminating something from a diet, a form or a ward: "eliminated soy from the children's diets"
_ELIMINATE_FROM = re.compile(r"^\s+(?:[\w'’-]+\s+){1,4}from\s+(?:[\w'’-]+\s+){0,2}(?:diets?|menus?|meals?|food|homes?|wards?)\b")
# a certainty adverb conceding a point: "although the test certainly has its uses, ..."
_CONCEDING = re.compile(r"\b(?:although|though|while|whilst|granted)\b[^,;.]{0,60}$")
_CONCEDED = re.compile(r"^\s+(?:has|have|had)\s+(?:its|their|some)\s+(?:advantages|merits|place|uses|fans|benefits|appeal)\b")
# "cause" naming a cause of death or of a condition in general: "deaths from all causes",
# "a leading cause of injury", "the exact cause is unknown"
_CAUSE_CATEGORY = re.compile(
    r"\b(?:all|any|other|natural|unknown|unrelated|leading|main|major|biggest|commonest|common|underlying|root|exact"
    r"|primary|chief|second|third|obvious|likely|possible)[\s-]+$")
# hype words for a feeling, a legal landmark or a hard task: "a tingling sensation", "the landmark
# ruling", "incredibly difficult to treat"
_SENSATION_HYPE = re.compile(r"\b(?:a|an|overnight|internet|media|viral|global|caused\s+a|created\s+a)\s+$")
_LANDMARK_PLAIN = re.compile(
    r"^\s+(?:book|books|case|cases|ruling|decision|law|legislation|lawsuit|settlement|building|speech|court)\b")
_DIFFICULTY = re.compile(
    r"^\s+(?:difficult|hard|complex|complicated|common|frustrating|painful|expensive|costly|slow|busy|tough"
    r"|challenging|stressful|tedious|time-consuming|variable|heterogeneous)\b")
# an adverb of certainty in a sentence that claims no effect: "there is definitely a need for",
# "colonoscopy certainly has its advantages" (but "it definitely works" is a claim)
_SURE_ADVERBS = ("certainly", "definitely", "undeniably", "irrefutably")
_EFFECT = re.compile(
    r"\b(?:works?|worked|working|effective|efficacious|safe|safer|cur(?:e|es|ed|ing)|heals?|healed|helps?|helped"
    r"|benefits?|improv\w+|prevent\w*|protect\w*|reduc\w+|lower\w*|cut|cuts|stops?|stopped|revers\w+"
    r"|eliminat\w+|caus\w+|treat\w*|results?|firmer|better|relie\w+)\b")
# "the only" + a plain noun: "the only difference", "the only option within 100 miles"
_ONLY_PLAIN = re.compile(
    r"^\s+(?:\w+\s+)?(?:difference|differences|thing|things|change|changes|argument|option|options|problem"
    r"|question|time|way|reason|downside|exception|person|people|place|places|one\s+who|ones\s+who|exercise"
    r"|choice|side\s+effect|complaint|catch|condition|requirement|criterion|caveat|drawback)\b")


def plain_sense(label: str, low: str, start: int, end: int) -> bool:
    """True if the cue `low[start:end]` of `label` (in the lower-cased sentence) states no claim."""
    word, before, after = low[start:end], low[max(0, start - 40):start], low[end:end + 60]
    if label == "certainty":
        if word.startswith("prov"):
            return bool(_PROVE_HYPOTHETICAL.search(before) or _PROVE_TURNED_OUT.match(after))
        if word == "fact":
            return bool(_FACT_PHRASE.search(before))
        if word in _SURE_ADVERBS:
            return not _EFFECT.search(low) or bool(_CONCEDING.search(before) or _CONCEDED.match(after))
        if word == "settled":
            return bool(_SETTLED_OTHER.match(after) or _SETTLED_PENDING.search(before))
    elif label == "cure":
        if word in ("cure", "cures", "curing"):
            return bool(_CURE_AIM.search(before))
        if word in _FREE_OF:
            return bool(_PARTICIPANTS_BEFORE.search(before) or _PARTICIPANTS_AFTER.match(after))
        if word.startswith("heal"):
            return bool(_HEAL_TIME.search(before) or _HEAL_WOUND.match(after))
        if word.startswith("eliminat"):
            return bool(_ELIMINATE_FROM.match(after))
    elif label == "causal" and word in ("cause", "causes"):
        return bool(_CAUSE_CATEGORY.search(before))
    elif label == "hype":
        if word == "sensation":
            return not _SENSATION_HYPE.search(before)
        if word == "landmark":
            return bool(_LANDMARK_PLAIN.match(after))
        if word in ("incredibly", "remarkably", "extraordinarily"):
            return bool(_DIFFICULTY.match(after))
    elif label == "novelty" and word == "the only":
        return bool(_ONLY_PLAIN.match(after))
    return False


def only_plain_senses(label: str, text: str, cues: dict) -> bool:
    """True if `label` has cue words in `text` and every one of them is used in a plain sense."""
    spans = cues.get(label)
    if not spans:
        return False
    low = text.lower()
    return all(plain_sense(label, low, s, e) for s, e in spans)
