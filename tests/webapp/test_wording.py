"""A claim's words as a fact-checker compares them: one form for each way of writing a word, and the
differences that make two claims different whatever their words share."""
from __future__ import annotations

import pytest

from webapp.matches import SIMILAR, Verdict, VerdictIndex
from webapp.wording import defined_abbreviations, different, spelled_out, stance, terms, uses_unlisted_abbreviation


def test_an_abbreviation_is_the_disease_it_stands_for_and_only_in_capitals():
    assert terms("Coffee protects against MS.") == terms("Coffee protects against multiple sclerosis.")
    assert terms("Cranberries prevent UTIs.") == terms("Cranberries prevent urinary tract infections.")
    assert terms("Blueberries prevent T2D.") == terms("Blueberries prevent type 2 diabetes.")
    assert "sclerosi" not in terms("The scan took 20 ms.") and "sclerosi" not in terms("Ms Smith agreed.")
    # the stem-cell treatments and forms of MS that headlines name without spelling them out
    assert terms("aHSCT halts RRMS.") == terms(
        "Autologous haematopoietic stem cell transplantation halts relapsing-remitting multiple sclerosis.")
    assert terms("iPSCs repair nerves in EAE.") == terms(
        "Induced pluripotent stem cells repair nerves in experimental autoimmune encephalomyelitis.")


def test_a_story_defines_its_own_abbreviations_and_they_are_compared_as_the_words_they_stand_for():
    story = ("Doctors gave autologous haematopoietic stem cell transplantation (aHSCT) to people with relapsing-"
             "remitting multiple sclerosis (RRMS). Induced pluripotent stem cells (iPSCs) were grown too. Type 2 "
             "diabetes (T2D) was left out. The trial (NCT01234567), a sample (n=12), a year (2019), a brand, Zeposia(TM), "
             "and chronic traumatic encephalopathy, as a footnote (CTE) says.")
    defined = defined_abbreviations(story)
    assert defined == {"aHSCT": "autologous haematopoietic stem cell transplantation",
                       "RRMS": "relapsing-remitting multiple sclerosis", "iPSC": "Induced pluripotent stem cells",
                       "T2D": "Type 2 diabetes"}  # the fewest words that spell it; nothing the words do not spell
    assert spelled_out("aHSCT halts RRMS, and iPSCs grow.", defined) == (
        "autologous haematopoietic stem cell transplantation halts relapsing-remitting multiple sclerosis, and "
        "Induced pluripotent stem cells grow.")
    assert spelled_out("The aHSCTx trial.", defined) == "The aHSCTx trial."  # a word, not part of one
    assert defined_abbreviations("No brackets here.") == {} and spelled_out("aHSCT", {}) == "aHSCT"
    # whether a claim may use one its story defines (the table's own, in any plural, need no story)
    assert uses_unlisted_abbreviation("OEC transplants restore walking.")
    assert not any(map(uses_unlisted_abbreviation, ("MS patients walk.", "iPSCs and UTIs.", "Stem cells cure MS.")))


def test_british_spellings_synonyms_and_hedges_do_not_make_another_claim():
    assert terms("Tumours shrank in mice given the drug.") == terms("Tumors shrank in mice given the medication.")
    assert terms("Red wine cuts the risk of heart disease.") == terms("Red wine lowers the chance of heart disease.")
    assert terms("Coffee may protect against MS.") == terms("Coffee prevents MS.")
    assert terms("Older adults have better memories.") == terms("Older adults have better memory.")
    assert terms("Stem cells cure MS.") != terms("Stem cells slow MS.")  # a cure is not a curb
    assert terms("Coffee keeps multiple sclerosis away.") == terms("Coffee wards off MS.") == terms("Coffee prevents MS.")
    assert terms("Coffee prevents MS, doctors say.") == terms("Coffee prevents MS, a new survey suggests.")  # who reports it


@pytest.mark.parametrize("one, other", [
    ("Coffee protects against MS.", "Coffee does not protect against MS."),
    ("The drug slows memory loss.", "The drug failed to slow memory loss."),
    ("Coffee lowers the risk of MS.", "Coffee raises the risk of MS."),
    ("Coffee protects against MS, a survey found.", "Coffee raises the risk of MS."),
    ("Tumours shrank in mice given the drug.", "Tumours grew in mice given the drug."),
    ("Fasting reverses diabetes in mice.", "Fasting reverses diabetes in people."),
    ("Air pollution raises the risk of dementia.", "Air pollution raises the risk of asthma."),
    ("Fasting reverses type 1 diabetes.", "Fasting reverses type 2 diabetes."),
    ("Stem cells slow motor neurone disease.", "Stem cells slow multiple sclerosis."),  # a British name known too
])
def test_claims_that_differ_in_what_they_say_are_different_claims(one, other):
    assert different(stance(one), stance(other))


@pytest.mark.parametrize("one, other", [
    ("Coffee protects against MS.", "Drinking coffee could prevent multiple sclerosis in women."),
    ("Aspirin cuts the risk of bowel cancer.", "Aspirin lowers colorectal cancer risk."),
    ("Stem cells slow MND.", "Stem cells slow motor neurone disease."),  # one disease, three names
    ("Stem cells slow motor neurone disease.", "Stem cells slow amyotrophic lateral sclerosis."),
    ("The drug cures cancer.", "The drug cures breast cancer."),  # a kind of the disease named
    ("The drug cures diabetes in mice.", "The drug cures diabetes."),  # the other names no one
    ("The drug cures migraine.", "The drug cures migraine without side effects."),  # "without" adds, not denies
])
def test_claims_that_agree_in_what_they_say_are_not_different(one, other):
    assert not different(stance(one), stance(other))


def test_the_index_matches_other_words_for_a_claim_and_keeps_opposite_ones_apart():
    index = VerdictIndex([Verdict(1, 10, "Coffee lowers the risk of multiple sclerosis, a survey found.", ("causal",), ""),
                          Verdict(2, 20, "Fasting reverses type 1 diabetes in mice.", ("extrapolation",), "")])
    abbreviated, synonym, raised, people, other_type = index.matches([
        "Coffee lowers MS risk.", "Coffee cuts the chance of multiple sclerosis.", "Coffee raises the risk of MS.",
        "Fasting reverses type 1 diabetes in people.", "Fasting reverses type 2 diabetes in mice."])
    assert [m.verdict.id for m in abbreviated] == [1] and abbreviated[0].similarity >= SIMILAR
    assert [m.verdict.id for m in synonym] == [1]
    assert raised == [] and people == [] and other_type == []
