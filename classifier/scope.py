"""What Hypewatch reads: English text about health.

The model and the rules were written for English health news. Run over a German page they flag
"Revolution" as hype, and over a tennis report "defeated" as a cure. A sentence in another language
is never flagged, and a text long enough to judge that is not in English, or hardly names a disease,
the body, a treatment, a patient or a study, is not read at all: the analyser says why instead
(`out_of_scope`). Short texts (a sentence or two pasted into *Check a text*) are always read, since a
claim needs no context to be one; and a person can have any text read (`read_anyway`).
"""
from __future__ import annotations

import re

# Function words common in English and rare as whole words elsewhere, and the same for the languages
# the web most often serves beside it. Words that English borrows or names carry ("de Blasio", "Los
# Angeles", "et al.", "Des Moines", "van Gogh", "Le Monde", "El Paso", "per cent") are left out.
ENGLISH_WORDS = frozenset("""
the of and to is that for it with as was on are be by this from at have has an or not which but they were
their had been will would can more who its said than about also these those there what when while after
""".split())
OTHER_WORDS = frozenset("""
und ist nicht mit sich auf für dem den der das ein eine einer einem im zu von wird werden sind bei nach über oder
aber auch dass wurde noch zum zur vom kann haben hat es er sie wir ich sagt sagte nur schon mehr wie
les est une pour dans qui sur pas avec sont aux nous vous cette mais elle ont été fait plus peut pendant ou très
être avoir comme tout sans chez ils elles selon aussi après avant depuis leur leurs ces ses
los las y es una por para con como pero está más sus muy también fue entre sobre
il gli della che non sono nel alla delle degli anche questo
het een niet zijn voor ook maar naar wordt bij
não uma mais pelo pela seu sua
jest nie się że oraz jako przez dla
""".split())
_WORD = re.compile(r"[^\W\d_]+")
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f]")  # a letter of no Latin alphabet

# Words any story about health names: conditions, the body, care, treatments, the people and the research. The
# crawler's topic terms (stem cells, multiple sclerosis, its drugs) are all among them. Looked up word by word in a set
# and by prefix (one big regular expression of the same words took 3.4 ms a 1,000-word story; this takes a tenth).
HEALTH_WORDS = frozenset("""
ill pain pains painful treat treats treated treating treatment treatments treatable pill pills dosing clinical
study studies scientist scientists mice mouse rat rats cell cells gene genes ipsc ipscs pluripotent
mesenchymal flu influenza viral lice sclerosis blood heart skin bone bones muscle muscles wound wounds fracture
fractures eye eyes eyesight glaucoma cataract cataracts infant infants babies sperm longevity calories alcohol
alcoholism vaping tobacco insulin hiv fda cdc nih nhs medicare medicaid mental disabled elderly aging ageing wellness
wellbeing cholesterol hypertension lung lungs liver kidney kidneys prostate dental teeth birth births death deaths
mortality dementia acne eczema alopecia bald baldness migraine migraines depression depressive anxiety insomnia
fertility ivf adhd fitness smoker smokers smoking opioid opioids dentist dentists wheelchair wheelchairs concussion
concussions sunscreen sunscreens sunburn sunburns ocrelizumab natalizumab fingolimod ofatumumab ahsct neuromyelitis
""".split())
_HEALTH_PREFIXES = """
health medic disease illness sick disorder syndrome patient doctor physician nurse surgeon clinic hospital hospice
therap drug medication vaccin prescri surger transplant implant screening diagnos symptom injur dose cancer tumor
tumour diabet alzheimer parkinson stroke cardio cardiac cardiol cardiovasc infect virus bacteri pandemic epidemic
covid myelin demyelinat remyelinat neuro brain organoid embryo relaps hematopoietic haematopoietic genetic immun
research placebo psoria asthma allerg arthriti osteopor autis menopaus hormon blind deaf prosthe amput paraly
disabilit addict overdos obes exercis sleep mosquito suicid antibiotic antibod chemo pharma biotech psychiatr
psycholog epidemiolog caregiv nutrition diet vitamin supplement pregnan cigarette
""".split()
_PREFIXES_BY_START: dict[str, tuple[str, ...]] = {}
for _prefix in _HEALTH_PREFIXES:
    _PREFIXES_BY_START[_prefix[:4]] = _PREFIXES_BY_START.get(_prefix[:4], ()) + (_prefix,)
# ... and a few that are health words only together
_HEALTH_PHRASES = re.compile(r"\b(?:hair|weight|vision|hearing)\s+loss|\bhearing\s+aids?\b|\bblood\s+pressure\b")

MIN_FUNCTION_WORDS = 5  # fewer say too little of a text's language ("Stem cells cure MS" has none)
MIN_WORDS_TO_JUDGE = 150  # shorter texts are read whatever they are about
MIN_HEALTH_WORDS = 3
MIN_HEALTH_SHARE = 0.006  # of a long text's words: an essay that names "the heart of the matter" twice is no health story
NOT_ENGLISH, NOT_HEALTH = "not_english", "not_about_health"
SHORT = {NOT_ENGLISH: "not in English", NOT_HEALTH: "not about health"}  # the queue's note: "not read: not in English"
REASONS = {key: f"the text is {words}" for key, words in SHORT.items()}  # the checklist's: "not read: the text is …"
MESSAGES = {
    NOT_ENGLISH: "Not read: the text is not in English. Hypewatch reads English news, so nothing in it is flagged.",
    NOT_HEALTH: ("Not read: the text hardly names a disease, a treatment, a patient or a study. Hypewatch reads "
                 "health news, so nothing in it is flagged."),
}


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _is_health_word(word: str) -> bool:
    if word in HEALTH_WORDS:
        return True
    prefixes = _PREFIXES_BY_START.get(word[:4])
    return prefixes is not None and word.startswith(prefixes)


def health_word_count(text: str, words: list[str] | None = None) -> int:
    """How many words of `text` (or its `words`, read already) name a condition, the body, care, a treatment,
    patients or research."""
    words = _words(text) if words is None else words
    return sum(map(_is_health_word, words)) + len(_HEALTH_PHRASES.findall(text.lower()))


def language_counts(text: str, words: list[str] | None = None) -> tuple[int, int]:
    """(English function words, other languages' function words) in `text` (or its `words`, read already)."""
    words = _words(text) if words is None else words
    return sum(map(ENGLISH_WORDS.__contains__, words)), sum(map(OTHER_WORDS.__contains__, words))


def _mostly_other_script(text: str) -> bool:
    """Most letters outside the Latin alphabets (Cyrillic, Chinese, Arabic …)."""
    other = len(_OTHER_SCRIPT.findall(text))
    return other >= 10 and other > sum(map(str.isalpha, text)) / 2


def is_english(sentence: str) -> bool:
    """False for a sentence in another language ("Die Revolution hat …"); a sentence with no function
    word of either kind ("Stem cells cure MS") counts as English."""
    english, other = language_counts(sentence)
    return not (other >= 2 and other > 2 * english or _mostly_other_script(sentence))


def not_english(sentences: list[str]) -> list[bool]:
    """Which of a text's sentences are in another language (is_english)."""
    joined = " ".join(sentences)
    return _in_other_languages(sentences, sum(map(OTHER_WORDS.__contains__, _words(joined))),
                               _OTHER_SCRIPT.search(joined) is not None)


def _in_other_languages(sentences: list[str], other_words: int, other_script: bool) -> list[bool]:
    """not_english, looking at each sentence only if the whole text holds two function words of other
    languages or a letter of another alphabet: most hold none."""
    if other_words < 2 and not other_script:
        return [False] * len(sentences)
    return [not is_english(sentence) for sentence in sentences]


def out_of_scope(title: str | None, text: str) -> str | None:
    """NOT_ENGLISH, NOT_HEALTH, or None for a text Hypewatch reads. A text's language is judged from
    MIN_FUNCTION_WORDS function words on, its subject from MIN_WORDS_TO_JUDGE words on."""
    return what_to_read(title, text, [])[0]


def what_to_read(title: str | None, text: str, sentences: list[str]) -> tuple[str | None, list[bool]]:
    """What the analyser may read of a text, from one pass over its words: why it is not read at all
    (out_of_scope), and else which of its `sentences` are in another language (not_english)."""
    whole = f"{title or ''}\n{text}"
    words = _words(whole)
    english, other = language_counts(whole, words)
    scope = None
    if other >= MIN_FUNCTION_WORDS and other > english or _mostly_other_script(whole):
        scope = NOT_ENGLISH
    elif len(words) >= MIN_WORDS_TO_JUDGE:
        health = health_word_count(whole, words)
        if health < MIN_HEALTH_WORDS or health < MIN_HEALTH_SHARE * len(words):
            scope = NOT_HEALTH
    if scope is not None:
        return scope, [False] * len(sentences)  # nothing of it is read
    return None, _in_other_languages(sentences, other, _OTHER_SCRIPT.search(whole) is not None)
