"""A claim's words as a fact-checker compares two claims: the words that carry the claim, each reduced to
one form however a story writes it ("MS" and "multiple sclerosis", "tumour" and "tumor", "cuts" and
"lowers"), and what makes two claims different however many words they share (a denial, a risk raised
against one lowered, mice against people, two diseases)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")  # "T2D" is one word
# Words that deny what follows them; not "without", which more often adds to a claim ("without side effects",
# "people without the disease") than takes it back.
_NEGATIONS = frozenset("not no never cannot neither nor none fail fails failed failing lack lacks lacked".split())
# A hedge does not make another claim: "coffee may protect against MS" repeats "coffee prevents MS"; nor does
# who reports it or how ("doctors say", "a new survey suggests"; classifier.features.NOT_TRIGGERS has the
# reporting verbs and the researchers).
_LEFT_OUT = frozenset("can could may might must should would will shall against doctor doctors expert experts "
                      "new study studies survey surveys finds found find suggests suggest suggested shows show "
                      "showed shown reveals revealed".split())

# Abbreviations that health stories use for the disease itself, written in capitals (so "ms" in
# "20 ms" is left alone), and for the stem-cell treatments and forms of MS this desk reads about most, which
# headlines use without saying what they stand for; a plural ("UTIs", "iPSCs") is the same word.
ABBREVIATIONS = {
    "MS": "multiple sclerosis", "ALS": "amyotrophic lateral sclerosis", "MND": "motor neurone disease",
    "SMA": "spinal muscular atrophy", "CF": "cystic fibrosis", "TBI": "traumatic brain injury",
    "SCI": "spinal cord injury", "AMD": "age-related macular degeneration", "ASD": "autism spectrum disorder",
    "ADHD": "attention deficit hyperactivity disorder", "OCD": "obsessive compulsive disorder",
    "PTSD": "post-traumatic stress disorder", "COPD": "chronic obstructive pulmonary disease",
    "CVD": "cardiovascular disease", "CKD": "chronic kidney disease", "IBD": "inflammatory bowel disease",
    "IBS": "irritable bowel syndrome", "RA": "rheumatoid arthritis", "TB": "tuberculosis",
    "UTI": "urinary tract infection", "T1D": "type 1 diabetes", "T2D": "type 2 diabetes",
    "NAFLD": "non-alcoholic fatty liver disease", "HRT": "hormone replacement therapy",
    "IVF": "in vitro fertilization", "HPV": "human papillomavirus", "RSV": "respiratory syncytial virus",
    "STI": "sexually transmitted infection", "STD": "sexually transmitted disease", "BP": "blood pressure",
    "CBD": "cannabidiol",
    "HSCT": "hematopoietic stem cell transplantation", "AHSCT": "autologous hematopoietic stem cell transplantation",
    "aHSCT": "autologous hematopoietic stem cell transplantation", "MSC": "mesenchymal stem cell",
    "iPSC": "induced pluripotent stem cell", "RRMS": "relapsing-remitting multiple sclerosis",
    "SPMS": "secondary progressive multiple sclerosis", "PPMS": "primary progressive multiple sclerosis",
    "DMT": "disease-modifying therapy", "EAE": "experimental autoimmune encephalomyelitis",
}
# British spellings made American (the abbreviations' expansions and CONDITIONS are read after them).
SPELLINGS = {
    "tumour": "tumor", "tumours": "tumors", "behaviour": "behavior", "behaviours": "behaviors",
    "paediatric": "pediatric", "anaemia": "anemia", "leukaemia": "leukemia", "haemorrhage": "hemorrhage",
    "oestrogen": "estrogen", "foetus": "fetus", "foetal": "fetal", "diarrhoea": "diarrhea",
    "oesophagus": "esophagus", "oesophageal": "esophageal", "fibre": "fiber", "ageing": "aging",
    "randomised": "randomized", "fertilisation": "fertilization", "immunisation": "immunization",
    "hospitalised": "hospitalized", "hospitalisation": "hospitalization", "neurone": "neuron",
    "neurones": "neurons", "haematological": "hematological", "gynaecological": "gynecological",
    "haematopoietic": "hematopoietic", "haemopoietic": "hematopoietic", "hematopoetic": "hematopoietic",
}
# Words that say the same in a claim, each group compared as its first word.
SAME_CLAIM = [
    "reduce reduction lower cut decrease lessen slash curb shrink shrank shrunk slow",
    "increase raise rise boost heighten higher grow grew grown accelerate speed",
    "prevent prevention protect protection guard shield",
    "link associate association tie connect connection correlate correlation",
    "risk chance likelihood",
    "cure heal",
    "drug medication",
]
# Claims that move a quantity opposite ways are opposite claims, however many words they share ("protects
# against MS" lowers what "raises the risk of MS" raises).
DIRECTIONS = {"reduce": "down", "prevent": "down", "increase": "up"}
# A result in animals is not the same claim as one in people ("reverses diabetes in mice").
ANIMALS = frozenset("mouse mice rat rats rodent rodents animal animals monkey monkeys macaque macaques primate "
                    "primates pig pigs dog dogs zebrafish worm worms".split())
PEOPLE = frozenset("people person patient patients human humans man men woman women child children kids adult "
                   "adults volunteers participants".split())
# Conditions a claim is about: two claims naming different ones are different claims ("raises the risk of
# asthma", "of dementia"). "cancer" and "diabetes" alone agree with any of their kinds.
CONDITIONS = (
    "multiple sclerosis", "amyotrophic lateral sclerosis", "motor neuron disease", "alzheimer", "dementia",
    "parkinson", "huntington", "stroke", "heart disease", "heart attack", "heart failure", "cardiovascular disease",
    "atrial fibrillation", "high blood pressure", "hypertension", "cholesterol", "cancer", "breast cancer",
    "bowel cancer", "colon cancer", "colorectal cancer", "lung cancer", "prostate cancer", "skin cancer",
    "pancreatic cancer", "ovarian cancer", "cervical cancer", "liver cancer", "stomach cancer", "brain cancer",
    "melanoma", "leukemia", "lymphoma", "glioblastoma", "diabetes", "type 1 diabetes", "type 2 diabetes",
    "obesity", "asthma", "chronic obstructive pulmonary disease", "cystic fibrosis", "depression", "anxiety",
    "schizophrenia", "bipolar disorder", "autism", "autism spectrum disorder",
    "attention deficit hyperactivity disorder", "post-traumatic stress disorder",
    "obsessive compulsive disorder", "insomnia", "migraine", "epilepsy", "arthritis", "rheumatoid arthritis",
    "osteoarthritis", "osteoporosis", "lupus", "psoriasis", "eczema", "crohn", "inflammatory bowel disease",
    "irritable bowel syndrome", "celiac disease", "chronic kidney disease", "kidney disease", "liver disease",
    "non-alcoholic fatty liver disease", "hepatitis", "hiv", "aids", "tuberculosis", "malaria", "covid",
    "influenza", "flu", "colds", "measles", "pneumonia", "sepsis", "urinary tract infection",
    "sexually transmitted infection", "sexually transmitted disease", "human papillomavirus",
    "respiratory syncytial virus", "blindness", "glaucoma", "cataracts", "age-related macular degeneration",
    "hearing loss", "spinal cord injury", "traumatic brain injury", "paralysis", "spinal muscular atrophy",
    "sickle cell", "hemophilia", "anemia", "myocardial infarction",
)
# Names of one condition: each name -> the one it is compared as.
SAME_CONDITION = {"colorectal cancer": "bowel cancer", "colon cancer": "bowel cancer",
                  "myocardial infarction": "heart attack", "hypertension": "high blood pressure",
                  "influenza": "flu", "motor neuron disease": "amyotrophic lateral sclerosis",
                  "autism spectrum disorder": "autism"}


def _stem(word: str) -> str:
    from classifier.features import stem  # imported at first use: the web app reads claims once it has verdicts
    return stem(word)


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Each synonym's stem -> its group's first word's stem ("lowers", "lowered" -> "reduc")."""
    canonical = {}
    for group in SAME_CLAIM:
        first, *others = group.split()
        for word in (first, *others):
            forms = (word, word + "s", word + "d", word[:-1] + "ing") if word.endswith("e") else \
                (word, word + "s", word + "ed", word + "ing")
            for form in forms:
                canonical.setdefault(_stem(form), _stem(first))
    canonical.update({_stem("cutting"): _stem("reduce"), _stem("tied"): _stem("link")})
    return canonical


@lru_cache(maxsize=1)
def _directions() -> dict[str, str]:
    canonical = _canonical()
    return {canonical[_stem(word)]: way for word, way in DIRECTIONS.items()}


@lru_cache(maxsize=100_000)  # a desk's verdicts and stories share most of their words
def _spelled(word: str) -> tuple[str, ...]:
    """A word as written in the text -> as compared: lower-cased, without "'s", an abbreviation spelled out,
    a British spelling made American."""
    short = word[:-1] if word.endswith("s") and word[-2:-1].isupper() else word
    if short in ABBREVIATIONS:  # as written: "MS", not "Ms" or "ms"
        return tuple(SPELLINGS.get(w, w) for w in ABBREVIATIONS[short].split())
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word.endswith("ies") and len(word) > 4:  # "memories", "studies": the stem misses them
        word = word[:-3] + "y"
    return (SPELLINGS.get(word, word),)


@lru_cache(maxsize=100_000)
def _term(word: str) -> str | None:
    """A spelled word's term (its stem, or its synonyms' group), or None for a word that carries no claim."""
    from classifier.features import NOT_TRIGGERS
    if word in NOT_TRIGGERS or word in _LEFT_OUT:
        return None
    stemmed = _stem(word)
    return _canonical().get(stemmed, stemmed)


# Phrases that say "prevent": "wards off MS", "keeps multiple sclerosis away".
_WARD_OFF = re.compile(r"\b(?:ward|stave|fend)(?:s|ed|ing)?\s+off\b", re.I)
_KEEP_AWAY = re.compile(r"\b(?:keeps?|keeping|kept)\s+((?:[^\W\d_]+\s+){1,3}?)away\b", re.I)


def _words(text: str) -> list[str]:
    text = _KEEP_AWAY.sub(r"prevent \1", _WARD_OFF.sub("prevent", text))
    return [spelled for word in _WORD.findall(text) for spelled in _spelled(word)]


# "autologous haematopoietic stem cell transplantation (aHSCT)": a short form in brackets, two to ten letters or
# digits with two capitals at least ("iPSCs", "T2D"; not "(n=12)", "(2019)"), after the words it stands for
_SHORT_FORM = re.compile(r"\(([^\W_]*[A-Z][^\W_]*[A-Z][^\W_]*)\)")
_LONG_WORDS = re.compile(r"[^\W_][\w'’-]*")
_LOOK_BACK = 160  # characters before the brackets, more than ten long words


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a story defines as it goes ("… stem cell transplantation (aHSCT)"), each with the words
    it stands for: the shortest run of the words just before the brackets whose letters spell the abbreviation
    in order, its first letter a word's first (after Schwartz and Hearst, 2003). A plural ("iPSCs") is defined
    without its "s"; a bracket whose letters the words before it do not spell ("the trial (NCT01234)") defines
    nothing."""
    defined = {}
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1)
        if len(short) > 10:
            continue
        key = short[:-1] if short.endswith("s") and short[-2:-1].isupper() else short
        before = text[max(0, m.start() - _LOOK_BACK):m.start()]
        if before and not before[-1].isspace():
            continue  # "Zeposia(TM)": no words before it
        words = _LONG_WORDS.findall(re.split(r"[^\w\s'’-]", before)[-1])  # within the clause
        long = _long_form(key, words[-10:])
        if long and key not in defined:
            defined[key] = long
    return defined


_NOT_FIRST = frozenset("a an and for in of on the to with".split())  # "(the) Anxiety and Depression Association"


def _long_form(short: str, words: list[str]) -> str | None:
    letters = [c.lower() for c in short if c.isalnum()]
    for start in range(len(words) - 1, max(-1, len(words) - len(letters) - 3), -1):  # the fewest words that spell it
        candidate = " ".join(words[start:])
        if candidate[0].lower() == letters[0] and words[start].lower() not in _NOT_FIRST and \
                _spells(letters, candidate.lower()):
            return re.sub(r"['’]s$", "", candidate)  # "the American Diabetes Association's (ADA)"
    return None


def _spells(letters: list[str], long: str) -> bool:
    """Do `letters` occur in `long` in order, the first at its start?"""
    at = 1
    for letter in letters[1:]:
        at = long.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


_UNLISTED = re.compile(r"\b[^\W_]*[A-Z][^\W_]*[A-Z][^\W_]*\b")  # a word with two capitals: maybe an abbreviation


def uses_unlisted_abbreviation(text: str) -> bool:
    """Might `text` use an abbreviation that ABBREVIATIONS lacks (one its story may define)?"""
    return any(word not in ABBREVIATIONS and word.rstrip("s") not in ABBREVIATIONS
               for word in _UNLISTED.findall(text))


def spelled_out(text: str, defined: dict[str, str]) -> str:
    """`text` with each abbreviation of `defined` (or its plural) in the words it stands for."""
    if not any(short in text for short in defined):  # most sentences use none: no pattern to build
        return text
    pattern = re.compile(r"\b(%s)s?\b" % "|".join(re.escape(k) for k in sorted(defined, key=len, reverse=True)))
    return pattern.sub(lambda m: defined[m.group(1)], text)


def in_full(sentences: list[str], story: Callable[[], str]) -> list[str]:
    """Sentences of one story as compared: the abbreviations the story defines spelled out. The story's text
    (`story()`) is read and searched only when one of them may use an abbreviation the table lacks."""
    if not any(map(uses_unlisted_abbreviation, sentences)):
        return sentences
    defined = defined_abbreviations(story())
    return [spelled_out(text, defined) for text in sentences]


def terms(text: str) -> Counter:
    """A sentence's words as they carry its claim: each in one form (stem, synonym group, spelling), without
    stop words, hedges, or the words of who says it ("scientists say" frames a claim, it is not the claim)."""
    return Counter(term for term in map(_term, _words(text)) if term)


@dataclass(frozen=True)
class Stance:
    """What must agree for two sentences to make the same claim, whatever their words' overlap."""
    denied: bool                 # "does not prevent"
    direction: str | None        # "up" or "down" when the words move something one way only (raises, lowers)
    beings: frozenset            # "animals" and/or "people", as the sentence names them
    conditions: frozenset        # the CONDITIONS it names, most specific first ("breast cancer", not "cancer")


@lru_cache(maxsize=1)
def _conditions() -> re.Pattern:
    longest_first = sorted(CONDITIONS, key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(c) for c in longest_first))


def stance(text: str) -> Stance:
    words = _words(text)
    ways = {_directions().get(_term(w)) for w in words} - {None}
    beings = {"animals" for w in words if w in ANIMALS} | {"people" for w in words if w in PEOPLE}
    return Stance(any(w in _NEGATIONS or w.endswith("n't") for w in words),
                  ways.pop() if len(ways) == 1 else None, frozenset(beings),
                  frozenset(SAME_CONDITION.get(c, c) for c in _conditions().findall(" ".join(words))))


def _same_condition(one: str, other: str) -> bool:
    return one == other or one.endswith(" " + other) or other.endswith(" " + one)  # "breast cancer", "cancer"


def different(one: Stance, other: Stance) -> bool:
    """Do two sentences make different claims, never to be matched, however alike their words: a claim and
    its denial, a rise and a fall, a result in animals and one in people, two different diseases?"""
    return (one.denied != other.denied
            or {one.direction, other.direction} == {"up", "down"}
            or {one.beings, other.beings} == {frozenset({"animals"}), frozenset({"people"})}
            or bool(one.conditions and other.conditions
                    and not any(_same_condition(a, b) for a in one.conditions for b in other.conditions)))
