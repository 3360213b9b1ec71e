"""What marks a text as a press release.

Two readers need it: the analyser stops flagging where a release's end matter begins (the
institution's boilerplate, the law, the drug label), and the outside-expert check gives a text that
reads as a release no outside expert (a release introduces its own people as news introduces an
outside voice).
"""
from __future__ import annotations

import re

# The end matter of a press release: after "###", "-ends-" or "Notes to editors", or from a heading
# "About <organisation>", "Forward-looking statements" or "Important safety information" on, the
# text describes the institutions ("Europe's first public hospital", "groundbreaking research"),
# the law or the drug label, not the story's findings. A heading "About <product>" or "About the
# study" is not end matter: what it says of the product or the study is part of the story.
_ORGANISATION = (r"universit(?:y|ies)|college|institut\w*|cent(?:er|re)s?|hospitals?|clinic|health\s+system|school"
                 r"|foundation|association|society|academy|inc\.?|ltd\.?|llc|plc|corporation|company|group|trust"
                 r"|therapeutics|pharmaceuticals?|biosystems|sciences|laborator(?:y|ies)|labs|council|journal"
                 r"|network|alliance|charity|agency|ministry|nih|nhs")
END_MATTER = re.compile(
    r"^[ \t]*(?:(?:#{3,}|-+\s*ends?\s*-+|\[ends?\])[ \t]*$|notes?\s+(?:to|for)\s+(?:the\s+)?editors?\b"
    r"|(?:forward[- ]looking\s+statements?|important\s+safety\s+information)[ \t]*:?[ \t]*$"
    r"|about\s+[^\n.!?®™]{0,80}?\b(?:" + _ORGANISATION + r")\b[^\n.!?®™]{0,40}$"
    # the heading glued to its paragraph by the extractor: "About the UNM Cancer CenterThe University …"
    r"|about\s+[^\n.!?®™]{0,80}?\b(?:" + _ORGANISATION + r")(?-i:(?=[A-Z][a-z]))"
    # (or a few words after the organisation's word: "About Penn State College of MedicineLocated on the campus …")
    r"|about\s+[^\n.!?®™]{0,80}?\b(?:" + _ORGANISATION + r")(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’-]*){1,3}?"
    r"(?-i:(?<=[a-z])(?=[A-Z][a-z]{2})))"
    # ... and to the paragraph before it too: "… this special set of patients.” About UT Southwestern Medical
    # CenterUT Southwestern, one of the premier academic medical centers …"
    r"|(?<=[.!?\"”’]\s)(?-i:About)\s+[^\n.!?®™]{0,80}?\b(?:" + _ORGANISATION + r")(?-i:(?=[A-Z]))",
    re.IGNORECASE | re.MULTILINE)


# A company's legal suffix: "Hologic, Inc.", "Nucleix Ltd.", "Allergan plc"
COMPANY_SUFFIX = r"(?:inc|ltd|llc|plc|gmbh|corp)"
# ... and the words of a company's name that say its trade: "Vertex Pharmaceuticals", "GenomeDx Biosciences"
COMPANY_TRADE = (r"(?:corporation|incorporated|pharmaceuticals?|pharma|therapeutics|biosciences?|biopharma\w*|biotech\w*"
                 r"|biologics|diagnostics|genomics|biosystems)")
# ... and an "About <name>" heading whose paragraph introduces a company or an institution: "About
# Amgen\n\nAmgen is committed to …", "About Hologic\n\nHologic, Inc. is a leading developer …",
# "About UTHealth\n\nEstablished in 1972 …". A paragraph that says what a product is ("About
# Entresto\n\nEntresto is a twice-a-day medicine …") stays part of the story.
_ABOUT_COMPANY = re.compile(
    r"^[ \t]*about\s+[^\n!?]{1,60}\n\s*"
    r"(?:(?:[\w&.'’-]+\s+){0,4}?[\w&.'’-]+,?\s+" + COMPANY_SUFFIX + r"\b"
    r"|(?:established|founded|dedicated\s+to)\b"
    r"|[^\n]{0,200}?(?:\((?:nasdaq|nyse)\b|\bis\s+an?\s+(?:[\w-]+[\s,]+){0,6}?(?:company|organi[sz]ation|provider"
    r"|developer|manufacturer|leader\s+in)\b|\b(?:is|are)\s+(?:committed|dedicated|focused)\s+(?:to|on)\b))",
    re.IGNORECASE | re.MULTILINE)


def end_matter_start(text: str) -> int | None:
    """Where a press release's end matter begins in `text`, if it has any."""
    starts = [m.start() for m in (END_MATTER.search(text), _ABOUT_COMPANY.search(text)) if m]
    return min(starts, default=None)


# What marks a whole text as a release: wires, newsrooms, embargoes (searched in the lower-cased text) and
# a sentence of its own that is "###" or an "About …" heading. Any title-case "About …" will do here,
# where END_MATTER needs an organisation's word: it must not cut a story at "About the Study".
# The wire's dateline, the newsroom's contact and embargo lines are the release's own; a mention of a
# newsroom is in stories too ("according to EurekAlert", "a media relations specialist", "after an embargo
# break"), so it makes a text read as a release only where no more than that is asked.
_RELEASE_OWN_WORDING = (r"/prnewswire/|business ?wire|globe ?newswire|newswise|media contacts?|press contacts?"
                        r"|media inquiries|for immediate release|embargoed (?:until|for|till)")
_RELEASE_OWN = re.compile(_RELEASE_OWN_WORDING)
_RELEASE_WORDING = re.compile(
    _RELEASE_OWN_WORDING + r"|eurekalert|media relations|embargo|available for interview"
    r"|(?:is|are) available (?:to|for) (?:comment|interview)")
_RELEASE_LINE = re.compile(
    r"\s*(?:#{3}|About (?:the )?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w.&'’,-]*){0,6}\s*$)")


def reads_as_release(texts: list[str]) -> bool:
    return any(_RELEASE_LINE.match(t) for t in texts) or bool(_RELEASE_WORDING.search("\n".join(texts).lower()))


def release_marks(texts: list[str], lows: list[str] | None = None) -> list[int]:
    """The sentences that show the text to be a press release itself, not a story about one: a wire's
    dateline ("Newswise — HOUSTON"), a contact or an embargo line, "###", an "About …" heading.
    `lows`: the same sentences lower-cased, where the caller has them."""
    lows = lows if lows is not None else [t.lower() for t in texts]
    return [i for i, (t, low) in enumerate(zip(texts, lows)) if _RELEASE_LINE.match(t) or _RELEASE_OWN.search(low)]
