"""What Hypewatch reads: English text about health.

The model and the rules were written for English health news. Run over a German page they flag
"Revolution" as hype, and over a tennis report "defeated" as a cure. A sentence in another language
is never flagged, and a text long enough to judge that is not in English, or never names a disease,
a treatment, a patient or a study, is not read at all: the analyser says why instead
(`out_of_scope`). Short texts (a sentence or two pasted into *Check a text*) are always read, since a
claim needs no context to be one.
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

# Words any story about health names: conditions, care, treatments, the people and the research.
# The crawler's topic terms (stem cells, multiple sclerosis, its drugs) are all matched by these.
HEALTH_WORDS = re.compile(r"""\b(?:
    health\w* | medic\w* | disease\w* | illness\w* | ill | sick\w* | disorder\w* | syndrome\w*
  | patient\w* | doctor\w* | physician\w* | nurse\w* | surgeon\w* | clinic\w* | hospital\w* | hospice\w*
  | treat(?:s|ed|ing|ments?|able)? | therap\w* | drug\w* | medication\w* | vaccin\w* | pill\w* | dose\w* | dosing | prescri\w*
  | surger\w* | transplant\w* | implant\w* | screening\w* | diagnos\w* | symptom\w* | pains? | painful | injur\w*
  | cancer\w* | tumou?r\w* | diabet\w* | dementia | alzheimer\w* | parkinson\w* | stroke\w* | heart | cardi\w*
  | infect\w* | virus\w* | viral | bacteri\w* | pandemic\w* | epidemic\w* | covid\w* | flu | influenza
  | sclerosis | myelin\w* | demyelinat\w* | remyelinat\w* | neuro\w* | brain\w* | blood | organoid\w*
  | cells? | stem[ -]cells? | embryo\w* | relaps\w* | ipscs? | pluripotent | mesenchymal | ha?ematopoietic | genes? | genetic\w* | immun\w*
  | clinical | (?:clinical|drug|vaccine|randomi[sz]ed|controlled)\s+trials? | study | studies | research\w* | scientists? | placebo\w* | mice | mouse | rats?
  | alopecia | bald\w* | hair\s+loss | acne | eczema | psoria\w* | asthma\w* | allerg\w* | arthriti\w* | osteopor\w*
  | migraines? | depressi(?:ve|on) | anxiety | autis\w* | adhd | insomnia | fertility | ivf | menopaus\w* | hormon\w*
  | blind\w* | deaf\w* | eyesight | prosthe\w* | amput\w* | paraly\w* | disabilit\w* | wheelchairs? | concussions?
  | addict\w* | nicotine | smok(?:ers?|ing) | alcoholism | overdos\w* | obes\w* | weight\s+loss | exercis\w* | fitness
  | sleep\w* | lice | mosquito\w* | sunscreens? | sunburns? | skin | bones? | muscles? | wounds? | fractures? | eyes?
  | glaucoma | cataracts? | hearing\s+(?:loss|aids?) | infants? | babies | sperm | longevity | calories | alcohol
  | suicid\w* | vaping | e-cigarettes? | tobacco | antibiotic\w* | antibod\w* | chemo\w* | insulin | hiv
  | fda | cdc | nih | nhs | medicare | medicaid | pharma\w* | biotech\w* | opioids? | mental | psychiatr\w* | psycholog\w*
  | epidemiolog\w* | dentists? | wellness | well-being | wellbeing | caregiv\w* | disabled | elderly | aging | ageing
  | cholesterol | hypertension | blood\s+pressure | lungs? | liver | kidneys? | prostate | dental | teeth | vision\s+loss
  | nutrition\w* | diet\w* | vitamin\w* | supplement\w* | pregnan\w* | births? | mortality | deaths?
  | ocrelizumab | natalizumab | fingolimod | ofatumumab | ahsct | neuromyelitis
)\b""", re.IGNORECASE | re.VERBOSE)

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


def language_counts(text: str) -> tuple[int, int]:
    """(English function words, other languages' function words) in `text`."""
    english = other = 0
    for word in _words(text):
        if word in ENGLISH_WORDS:
            english += 1
        elif word in OTHER_WORDS:
            other += 1
    return english, other


def _mostly_other_script(text: str) -> bool:
    """Most letters outside the Latin alphabets (Cyrillic, Chinese, Arabic …)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c > "\u024f" for c in letters) > len(letters) / 2


def is_english(sentence: str) -> bool:
    """False for a sentence in another language ("Die Revolution hat …"); a sentence with no function
    word of either kind ("Stem cells cure MS") counts as English."""
    english, other = language_counts(sentence)
    return not (other >= 2 and other > 2 * english or _mostly_other_script(sentence))


def out_of_scope(title: str | None, text: str) -> str | None:
    """NOT_ENGLISH, NOT_HEALTH, or None for a text Hypewatch reads. A text's language is judged from
    MIN_FUNCTION_WORDS function words on, its subject from MIN_WORDS_TO_JUDGE words on."""
    whole = f"{title or ''}\n{text}"
    english, other = language_counts(whole)
    if other >= MIN_FUNCTION_WORDS and other > english or _mostly_other_script(whole):
        return NOT_ENGLISH
    n = len(_words(whole))
    health = len(HEALTH_WORDS.findall(whole))
    if n >= MIN_WORDS_TO_JUDGE and (health < MIN_HEALTH_WORDS or health < MIN_HEALTH_SHARE * n):
        return NOT_HEALTH
    return None
