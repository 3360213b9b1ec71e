"""Parts of a sentence that the model also reads on their own.

A sentence's features are normalised over all its words, so a claim padded with its speaker's
titles ('"This is the first trial to show …," said Maria Lopez, director of … at …, who led the
work') or led in by a kicker ("This isn't hype: doctors reversed severe MS") reads weaker than
the same claim alone. The analyser classifies each part below as well and keeps, per label, the
higher of the two probabilities; the sentence's strength and explanation stay its own.

A wire's dateline ("MONDAY, March 2, 2026 (HealthDay News) -- ") pads a lede, the sentence that
carries most stories' main claim, the same way; and a denial of one claim ("It's not a cure,
but it is a huge step") pulls down the claim made after it.

A quote counts only for a label its whole sentence already leans to (QUOTE_FLOOR): padding
lowers a claim's probability but does not hide it, while a short quote read alone can score high
where its sentence scores low, and on real news those were mostly phrases over-read ("This is a
huge difference," said …; "Nothing works 100% on everybody," says …). A lead-in's words, a
lede's and what follows a denial count whatever the sentence scored, since the padding can read
as a denial of what follows.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .features import cue_matches

# a quoted passage of one sentence, straight or curly quotes
_QUOTED = re.compile(r"[\"“”]([^\"“”]{20,}?)[\"“”]")
# the verbs that attribute words to a speaker
SPEECH_VERBS = r"says?|said|tells?|told|adds?|added|notes?|noted|explains?|explained|writes?|wrote"
_SPEECH = re.compile(r"\b(?:" + SPEECH_VERBS + r"|according to)\b", re.I)
# "This isn't hype: …", "Study: …" — a lead-in of a few words before a colon
_LEAD_IN = re.compile(r"^([^:]{3,60}):\s+(.{20,})$", re.S)
# a news agency's or a wire's dateline: "WEDNESDAY, Feb. 17, 2010 (HealthDay News) -- ", "CHICAGO (Reuters) - ",
# "Aug. 25, 2010 -- ", "DARIEN, IL - Nov. 16, 2017 - "
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*,\s*\d{4})?"
_DATELINE_PIECE = (r"(?:[A-Z]{3,}(?:[ .'’-]+[A-Z]+)*\.?(?:\s*,\s*[A-Z][A-Za-z]{0,3}\.?(?:[A-Z]\.)?)?\s*)?"  # CITY, ST.
                   r"(?:[A-Z]{6,9}\s*,\s*)?(?:" + _MONTH + r"\s*)?(?:\([A-Za-z .'’-]{2,30}\)\s*)?")
_DATELINE = re.compile(r"^\s*(?:" + _DATELINE_PIECE + r"(?:-{1,3}|[–—]{1,3})\s*){1,2}(?=\S)(.{20,})$", re.S)
# a claim about the same thing after a denial of another: "This isn't a cure, but it is definitely a breakthrough"
_BUT_AFTER_DENIAL = re.compile(
    r"^[^,;:]*?\b(?:not|never|no|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|won['’]t)\b[^,;:]*,"
    r"\s*but\s+((?:it|this|that|they|these)(?:\s+(?:is|are|was|were)|['’](?:s|re))\b.{10,})$", re.S | re.I)
MIN_QUOTED_WORDS = 5
QUOTE_FLOOR = 0.25
MAX_LEAD_IN_WORDS = 6
MIN_AFTER_LEAD_IN_WORDS = 4


class Part(NamedTuple):
    text: str
    floor: float  # the sentence's own probability for a label below which the part does not count


def claim_parts(sentence: str) -> list[Part]:
    """The speaker's words of a sentence that attributes them ('"…," said X, a professor at …'),
    a lede without its dateline, what follows a short lead-in before a colon and a claim after
    the denial of another. Empty when the sentence has none of these.

    Quoted words count only when the words around them attribute the quote and do not reject
    it ('experts warned against calling it "…"').
    """
    parts = []
    quoted = [m.group(1) for m in _QUOTED.finditer(sentence)]
    if quoted:
        words = " ".join(q.strip(" ,") for q in quoted)
        around = _QUOTED.sub(" ", sentence)
        if (len(words.split()) >= MIN_QUOTED_WORDS and _SPEECH.search(around)
                and "rejection" not in cue_matches(around)):
            parts.append(Part(words, QUOTE_FLOOR))
    head = sentence[:100]  # (cheap tests first: most sentences have no dash near their start and no "but")
    if (("-" in head or "—" in head or "–" in head) and (m := _DATELINE.match(sentence))
            and len(sentence) - len(m.group(1)) >= 6):
        sentence = m.group(1)
        parts.append(Part(sentence, 0.0))
    if ("but " in sentence or "But " in sentence) and (m := _BUT_AFTER_DENIAL.match(sentence)):
        parts.append(Part(m.group(1), 0.0))
    m = _LEAD_IN.match(sentence)
    if m and len(m.group(1).split()) <= MAX_LEAD_IN_WORDS and len(m.group(2).split()) >= MIN_AFTER_LEAD_IN_WORDS:
        parts.append(Part(m.group(2), 0.0))
    return parts
