"""Parts of a sentence that the model also reads on their own.

A sentence's features are normalised over all its words, so a claim padded with its speaker's
titles ('"This is the first trial to show …," said Maria Lopez, director of … at …, who led the
work') or led in by a kicker ("This isn't hype: doctors reversed severe MS") reads weaker than
the same claim alone. The analyser classifies each part below as well and keeps, per label, the
higher of the two probabilities; the sentence's strength and explanation stay its own.

A quote counts only for a label its whole sentence already leans to (QUOTE_FLOOR): padding
lowers a claim's probability but does not hide it, while a short quote read alone can score high
where its sentence scores low, and on real news those were mostly phrases over-read ("This is a
huge difference," said …; "Nothing works 100% on everybody," says …). A lead-in's words count
whatever the sentence scored, since the lead-in can read as a denial of what follows.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .features import cue_matches

# a quoted passage of one sentence, straight or curly quotes
_QUOTED = re.compile(r"[\"“”]([^\"“”]{20,}?)[\"“”]")
_SPEECH = re.compile(r"\b(?:says?|said|tells?|told|adds?|added|notes?|noted|explains?|explained|"
                     r"according to|writes?|wrote)\b", re.I)
# "This isn't hype: …", "Study: …" — a lead-in of a few words before a colon
_LEAD_IN = re.compile(r"^([^:]{3,60}):\s+(.{20,})$", re.S)
MIN_QUOTED_WORDS = 5
QUOTE_FLOOR = 0.25
MAX_LEAD_IN_WORDS = 6
MIN_AFTER_LEAD_IN_WORDS = 4


class Part(NamedTuple):
    text: str
    floor: float  # the sentence's own probability for a label below which the part does not count


def claim_parts(sentence: str) -> list[Part]:
    """The speaker's words of a sentence that attributes them ('"…," said X, a professor at …')
    and what follows a short lead-in before a colon. Empty when the sentence has neither.

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
    m = _LEAD_IN.match(sentence)
    if m and len(m.group(1).split()) <= MAX_LEAD_IN_WORDS and len(m.group(2).split()) >= MIN_AFTER_LEAD_IN_WORDS:
        parts.append(Part(m.group(2), 0.0))
    return parts
