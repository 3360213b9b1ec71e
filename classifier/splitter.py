"""Sentence splitter with character offsets, no external data.

`split(text)` returns a list of `Segment(start, end, standalone)` such that
`text[start:end]` is the sentence, stripped of surrounding whitespace.
`standalone` is true for a line that stands on its own (a heading, a bullet,
a short line without terminal punctuation).

Rules, in order:
- blank lines separate blocks;
- a bullet line (-, *, •, 1., 2)) is its own block;
- a line without terminal punctuation that starts a sentence (first in its
  block, or after a line that ends one) is its own sentence when a blank line
  (or the end of the text) follows it, or when it is short and the next line
  starts with a capital letter (a heading or a label such as "Related Post"),
  or when it is headline-long and the lines after it lead, line by line, to a
  paragraph longer than any wrapped line (extracted text puts each paragraph
  on one line: "A long sentence-case headline\nPublished 6 May by A. Smith\n"
  followed by the story);
- other lines of a block are joined (wrapped text) and split at . ! ? …
  followed by space and a capital, digit or opening quote, unless the word
  before the full stop is an abbreviation (Dr., Fig., e.g., et al., U.S.);
- what is still longer than MAX_SENTENCE_CHARS is cut at a space.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Segment(NamedTuple):
    start: int
    end: int
    standalone: bool


# Abbreviations after which a full stop never ends a sentence (case-insensitive,
# without the final dot).
_NEVER_END = {
    "dr", "drs", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "mt", "rev",
    "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "hon", "fr",
    "fig", "figs", "tab", "eq", "eqs", "ref", "refs", "vol", "vols",
    "p", "pp", "ch", "sec", "approx", "ca", "cf", "vs", "v", "viz", "inc", "ltd",
    "co", "corp", "dept", "univ", "assn", "est", "ed", "eds", "al", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mg", "kg", "ml", "mcg", "min", "max", "wk", "wks", "yr", "yrs", "hr", "hrs",
}
# Abbreviations that often end a sentence too: a boundary only when a common
# sentence opener follows ("... in the U.S. The study ...").
_SOMETIMES_END = {"u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m", "ph.d", "m.d", "al", "inc", "ltd", "co", "corp",
                  "no", "nos"}
_OPENERS = {
    "the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they",
    "we", "i", "you", "there", "but", "and", "however", "in", "on", "at", "for", "as",
    "if", "when", "while", "after", "before", "some", "many", "most", "researchers",
    "scientists", "doctors", "experts", "patients", "one", "our", "their", "his", "her",
    "so", "yet", "still", "now", "then", "what", "why", "how", "according",
}

_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣–—]|\d{1,3}[.)])\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
# Candidate boundary: terminal punctuation (+ closing quotes/brackets), whitespace,
# then something that can open a sentence (an inline bullet too: "after one year. •Lost and kept off"); or, with no
# space, a capitalised word, as in paragraphs an extractor glued together ("all medical emergencies.Since 1966").
# A release's footnote numbers stay with the sentence they close: "… the leading cause of death worldwide.1 In the U.S.".
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’»)\]]*)((?<=[A-Za-z)][.!?])\d{1,3}(?:[,–-]\d{1,3})*)?"
                       r"(?:\s+(?=[\"'“‘«(\[•]?[A-Z0-9])|(?=[A-Z][a-z]+\b(?![.@/])))")
# ... glued only after a word in lower case that is no part of an address ("www.Beaumont.org", "Johns.Hopkins")
_GLUED_WORD = re.compile(r"(?<![\w.@/:-])[A-Za-z]*[a-z]{2}$")
_DOMAIN = re.compile(r"(?:Net|Org|Com|Gov|Edu|Info)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# A capital letter that names a kind, not a person's initial: "patients with hepatitis C. Subjects received",
# "levels of vitamin D. Smokers", "troponin I. The new study", "shaped like the letter S. It curves"
_LETTER_AFTER = re.compile(r"(?:vitamins?|hepatitis|influenza|flu|troponin|letter|type|group|class|plan|phase|stage"
                           r"|grade|category|factor|strain|subtype|section|part|appendix|exhibit)\s$", re.IGNORECASE)
_LONGEST_WORD = 64
# Longer runs are cut at a space (or anywhere, if there is none): what the classifier reads is a
# sentence, and a page's unpunctuated table or list would make its per-sentence work quadratic.
MAX_SENTENCE_CHARS = 1000
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]?([A-Za-z]+)")
# A line longer than this is a paragraph on one line, not hard-wrapped text; a headline is at most
# HEADLINE_WORDS words.
PARAGRAPH_CHARS = 100
HEADLINE_WORDS = 25


def _is_boundary(block: str, m: re.Match) -> bool:
    punct = m.group(1)
    if m.end() == _stop_end(m) and (punct not in ".!?"  # an ellipsis joins: "NIH…Turning Discovery Into Health"
                                or not _GLUED_WORD.search(block, max(0, m.start(1) - _LONGEST_WORD), m.start(1))
                                or _DOMAIN.match(block, m.end())):
        return False
    if punct != ".":  # ! ? … and "..." : always a boundary
        return True
    if m.group(2):  # full stop inside a closing quote/bracket: a boundary
        return True
    # Only the tail before the full stop: a $-anchored search over the whole block is
    # quadratic in the block's length (long paragraphs took milliseconds).
    wm = _WORD_BEFORE.search(block, max(0, m.start(1) - _LONGEST_WORD), m.start(1))
    if not wm:
        return True  # after a number ("... 40. The") or a symbol
    word = wm.group(1).lower().lstrip(".")
    nxt = _NEXT_WORD.match(block, m.end())
    next_word = nxt.group(1) if nxt else ""
    if word in _SOMETIMES_END:
        return next_word.lower() in _OPENERS and next_word[:1].isupper()
    if word in _NEVER_END:
        # in capitals, an acronym ending a sentence: "relapsing MS. They", "in CF. But" (not "Ms. Lee", "DR. SMITH")
        return wm.group(1).isupper() and len(wm.group(1)) > 1 and next_word[1:2].islower()
    if len(word) == 1 and word.isalpha() and wm.group(1).isupper():
        # an initial ("J. Smith", "said H. Clifford Lane") unless it names a kind ("vitamin D.")
        return next_word.lower() in _OPENERS or not m.group(3) and bool(
            _LETTER_AFTER.search(block, max(0, wm.start() - 16), wm.start()))  # (but "Section A.2" is numbered)
    if "." in word:  # other dotted abbreviations: a.k.a., U.S.A.
        return next_word.lower() in _OPENERS
    return True


def _stop_end(m: re.Match) -> int:
    """Where the sentence a boundary closes ends: after its closing quotes and footnote numbers."""
    return max(m.end(2), m.end(3))


def _has_a_boundary(line: str) -> bool:
    return any(_is_boundary(line, m) for m in _BOUNDARY.finditer(line))


def _split_block(text: str, start: int, end: int, out: list) -> None:
    """Split text[start:end] (one block of joined lines) into sentences."""
    block = text[start:end]
    pos = 0
    for m in _BOUNDARY.finditer(block):
        if _is_boundary(block, m):
            cut = _stop_end(m)
            _emit(text, start + pos, start + cut, False, out)
            pos = m.end()
    _emit(text, start + pos, end, False, out)


def _emit(text: str, start: int, end: int, standalone: bool, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # a table or a list without punctuation, not a sentence
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        _emit(text, start, cut, standalone, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Segment(start, end, standalone))


def _lines(text: str):
    """(start, end) of each line, without the newline."""
    pos = 0
    for m in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _above_a_paragraph(text: str, lines: list) -> list[bool]:
    """For each line: does it stand above a one-line paragraph, directly or through a run of
    headline-long unpunctuated lines (a byline, a date line) that starts with a capital?"""
    out = [False] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        nxt = text[lines[i + 1][0]:lines[i + 1][1]].strip()
        if not nxt or _BULLET.match(nxt) or not nxt[:1].isupper() and nxt[:1] not in "\"'“‘«(":
            continue
        out[i] = len(nxt) > PARAGRAPH_CHARS or (
            out[i + 1] and not _TERMINAL.search(nxt) and len(nxt.split()) <= HEADLINE_WORDS)
    return out


def split(text: str) -> list[Segment]:
    out: list[Segment] = []
    lines = list(_lines(text))
    above_paragraph = _above_a_paragraph(text, lines)
    block_start = block_end = None

    def flush():
        nonlocal block_start, block_end
        if block_start is not None:
            _split_block(text, block_start, block_end, out)
        block_start = block_end = None

    after_sentence_end = True  # the line starts a sentence: the first of a block, or after a full stop
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            flush()
            after_sentence_end = True
            continue
        nxt = None
        if i + 1 < len(lines):
            ns, ne = lines[i + 1]
            nxt = text[ns:ne].strip()
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            # a bullet may hold several sentences; the marker is left out
            _split_block(text, ls + bullet.end(), le, out)
            after_sentence_end = True
            continue
        terminal = bool(_TERMINAL.search(stripped))
        if not terminal and after_sentence_end:
            words = len(stripped.split())
            # A paragraph that lost its final full stop ("… 1 / 3 Back to Gallery", a whole page on one
            # line ending "Read more") is no heading: too long for one, or sentences inside it.
            heading = words <= HEADLINE_WORDS and not _has_a_boundary(stripped) and (
                not nxt  # blank line or end of text follows
                or (words <= 10 and nxt[:1].isupper())
                or (words <= 10 and _BULLET.match(nxt))
                or above_paragraph[i]
            )
            if heading:
                flush()  # a heading under a paragraph ("…the end.\nThe bottom line\nBED is…")
                _emit(text, ls, le, True, out)
                continue
        after_sentence_end = terminal
        if block_start is None:
            block_start = ls
        block_end = le
        if terminal and nxt and _BULLET.match(nxt):
            flush()
    flush()
    return out


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split(text)]
