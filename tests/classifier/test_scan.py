"""The checklist's scanner finds exactly what searching for each family of wording on its own finds."""
import json
import re

import pytest

from classifier import criteria
from classifier.dataset import load_corpus
from classifier.scan import WORD_START, FamilyScanner
from classifier.splitter import sentences

from .conftest import SHARED, shared_file


def searched_one_by_one(families: dict[str, str], text: str) -> set[str]:
    return {name for name, source in families.items() if re.search(WORD_START + "(?:" + source + ")", text)}


CRITERIA_FAMILIES = {n: getattr(criteria, n) for n in criteria._ORDER}


def test_the_checklist_finds_in_the_corpus_what_each_family_finds_alone():
    texts = [e.text.lower() for e in load_corpus()]
    assert len(texts) > 5_000
    for text in texts:
        assert criteria.SCANNER.families(text) == searched_one_by_one(CRITERIA_FAMILIES, text), text


def test_the_checklist_finds_in_real_news_what_each_family_finds_alone():
    folder = shared_file(SHARED / "data" / "news" / "fakehealth" / "HealthStory")
    texts = []
    for path in sorted(folder.glob("story_reviews_*.json"))[::8]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        texts += [s.lower() for s in [doc.get("title") or ""] + sentences(doc.get("text") or "")]
    assert len(texts) > 5_000
    found = 0
    for text in texts:
        want = searched_one_by_one(CRITERIA_FAMILIES, text)
        assert criteria.SCANNER.families(text) == want, text
        found += len(want)
    assert found > len(texts) // 2  # the sample exercises the families, not only their absence


def test_nearly_every_alternative_of_the_checklist_is_indexed():
    # an alternative that can begin anywhere ("\w+n't involved") is searched for in every sentence;
    # a few are cheap behind a literal they must hold, many would bring back the slow scan
    everywhere = [(name, literals) for name, literals, _ in criteria.SCANNER._everywhere]
    assert len(everywhere) <= 4, everywhere
    assert all(literals for _, literals in everywhere), everywhere


SMALL = {
    "price": r"\$\d+(?:\.\d+)?|costs?\b|(?:low|high)-cost",
    "trial": r"\b(?:randomi[sz]ed|controlled)\s+trials?",
    "denied": r"(?:not|\w+n['’]t) involved",
    "approved": r"[a-z]+-approved",
    "short": r"[ab]\d",
    "naive": r"\bn\w\wve",
    "resume": r"résumés?|µg",
}


@pytest.mark.parametrize("text", [
    "the pill costs $40 a month",
    "it costs",                                   # a match at the very end
    "priced at $5",                               # a whole match shorter than the key, at the end
    "a low-cost option; a high-cost one",
    "a randomized  trial and a controlled trials",
    "she wasn't involved, he was not involved",  # alternatives that can begin with any word
    "the eu-approved and fda-approved versions",
    "a (randomised trial)",                       # a word start after a bracket
    "non-randomised trial",                       # after a hyphen is no word start
    "café costs 3€; été a1 b2",                   # characters the index was not built for
    "über-approved",
    "naïve, a٣",                                  # (an Arabic-Indic digit is a digit too)
    "her résumé lists 5 µg",                      # characters a pattern names
    "",
    "   ",
])
def test_a_small_scanner_agrees_with_searching_each_family(text):
    assert FamilyScanner(SMALL).families(text) == searched_one_by_one(SMALL, text)


def test_the_scanner_reports_each_family_found():
    scanner = FamilyScanner(SMALL)
    assert scanner.families("in a randomised trial the drug costs $12.50") == {"trial", "price"}
    assert scanner.families("nothing here is priced") == set()


def test_families_the_index_cannot_read_are_searched_for_whole():
    families = {"group": r"(a)b", "flags": r"(?i:approved)", "plain": r"approved"}
    scanner = FamilyScanner(families)
    assert {name for name, _, _ in scanner._everywhere} == {"group", "flags"}
    for text in ("ab approved", "APPROVED", "xab", "cab ab"):
        assert scanner.families(text) == searched_one_by_one(families, text), text
