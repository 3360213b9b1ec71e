"""Is a story about stem cells or multiple sclerosis? A transparent term score, kept with the story."""
from __future__ import annotations

import re

# term -> weight; a title mention counts three times a body mention.
TOPIC_TERMS = {
    "stem cell": 1.0, "stem-cell": 1.0, "stem cells": 1.0, "ipsc": 1.0, "ipscs": 1.0,
    "induced pluripotent": 1.0, "pluripotent": 0.8, "embryonic stem": 1.0, "mesenchymal": 0.8,
    "hematopoietic": 0.6, "haematopoietic": 0.6, "bone marrow transplant": 0.6, "ahsct": 1.0,
    "organoid": 0.5, "organoids": 0.5, "regenerative medicine": 0.6, "cell therapy": 0.5,
    "multiple sclerosis": 1.0, "relapsing-remitting": 1.0, "demyelinating": 0.8,
    "demyelination": 0.8, "myelin": 0.6, "remyelination": 1.0, "ocrelizumab": 1.0,
    "natalizumab": 1.0, "fingolimod": 1.0, "ofatumumab": 1.0, "neuromyelitis": 0.6,
}
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, TOPIC_TERMS), key=len, reverse=True))
                      + r")(?![\w-])")  # matched against lower-cased text: much faster than IGNORECASE
# "MS" alone is ambiguous (Microsoft, manuscripts, milliseconds): only counted in upper case.
_MS = re.compile(r"\bMS\b")
KEEP_THRESHOLD = 2.0


def topic_relevance(title: str | None, text: str) -> tuple[float, list[str]]:
    """(score, matched terms). Score: weighted mentions, title counting triple."""
    score = 0.0
    terms: dict[str, None] = {}
    for weight_factor, chunk in ((3.0, title or ""), (1.0, text)):
        for match in _PATTERN.finditer(chunk.lower()):
            term = match.group(1)
            score += TOPIC_TERMS[term] * weight_factor
            terms[term] = None
        ms = len(_MS.findall(chunk))
        if ms and ("multiple sclerosis" in terms):
            score += 0.5 * ms * weight_factor
            terms["MS"] = None
    return round(score, 2), list(terms)


def is_relevant(score: float) -> bool:
    return score >= KEEP_THRESHOLD
