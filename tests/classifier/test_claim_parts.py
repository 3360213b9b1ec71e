"""The parts of a sentence the model also reads on their own (`classifier.claim_parts`)."""
import pytest

from classifier.claim_parts import QUOTE_FLOOR, claim_parts


def test_a_quote_is_read_without_its_speakers_titles():
    sentence = ('"This is the first trial to show the spray works in children," said Maria Lopez, director of '
                "paediatrics at the Riverside Medical Center, who led the work.")
    assert claim_parts(sentence) == [("This is the first trial to show the spray works in children", QUOTE_FLOOR)]


def test_the_quoted_pieces_of_one_sentence_are_read_together():
    sentence = '"We have never seen anything like it," she said, "and the patients are delighted."'
    assert [p.text for p in claim_parts(sentence)] == ["We have never seen anything like it and the patients are delighted."]


@pytest.mark.parametrize("sentence", [
    # words in quotes that nobody is said to speak: a name, a scare quote
    'The clinic sells what it calls "a miracle cure for every kind of arthritis" for $4,000.',
    # a quote too short to be a claim of its own
    'He called the result "remarkable," according to the hospital.',
    # an attribution that rejects the quote
    'Independent experts warned against calling it "the biggest breakthrough in a generation," the report said.',
    # no quote, no colon
    "The drug reversed memory loss in mice, the researchers said.",
])
def test_sentences_with_no_part_of_their_own(sentence):
    assert claim_parts(sentence) == []


def test_the_words_after_a_short_lead_in_are_read_alone_whatever_the_sentence_scored():
    """The lead-in can read as a denial ("isn't"), so the sentence's own score sets no floor."""
    assert claim_parts("This isn't hype: doctors just reversed severe MS using stem cells") == [
        ("doctors just reversed severe MS using stem cells", 0.0)]


@pytest.mark.parametrize("sentence", [
    # a long first clause is no lead-in
    "The researchers measured three things over the following two years: weight, blood sugar and mood.",
    # too little after the colon to be a claim
    "The verdict of the review: inconclusive.",
])
def test_a_colon_after_a_clause_or_before_a_word_or_two_is_no_lead_in(sentence):
    assert claim_parts(sentence) == []


@pytest.mark.parametrize("sentence, claim", [
    ("WEDNESDAY, Feb. 17, 2010 (HealthDay News) -- Regular use of ibuprofen lowers the risk of Parkinson's.",
     "Regular use of ibuprofen lowers the risk of Parkinson's."),
    ("CHICAGO (Reuters) - A study in rats suggests the drug may help people sleep.",
     "A study in rats suggests the drug may help people sleep."),
    ("Aug. 25, 2010 -- Corneas made in the lab could restore sight to millions.",
     "Corneas made in the lab could restore sight to millions."),
    ("DARIEN, IL - Nov. 16, 2017 - A new study shows that the therapy improves sleep.",
     "A new study shows that the therapy improves sleep."),
    ("DURHAM, N.C. -- Scientists reversed the damage in a small trial.", "Scientists reversed the damage in a small trial."),
    ("WASHINGTON (AP) — The agency approved the first pill of its kind.", "The agency approved the first pill of its kind."),
])
def test_a_ledes_claim_is_read_without_its_dateline(sentence, claim):
    assert claim_parts(sentence) == [(claim, 0.0)]


@pytest.mark.parametrize("sentence", [
    "The drug -- a pill taken once a day -- works in most people.",
    "He said - quietly - that it had worked for him.",
    "In 2010 -- the year of the trial -- the clinic opened.",
])
def test_a_dash_inside_a_sentence_is_no_dateline(sentence):
    assert claim_parts(sentence) == []


def test_a_claim_after_the_denial_of_another_is_read_alone():
    assert claim_parts("It isn't a cure, but it is definitely a breakthrough for the families.") == [
        ("it is definitely a breakthrough for the families.", 0.0)]


@pytest.mark.parametrize("sentence", [
    # what follows "but" is about something else: a speaker, a date, a plan
    "Bhat was not involved in the research, but said it was worth a look.",
    "There is no cure for the disease, but last week the agency approved a trial of the cells.",
    # no denial before the "but"
    "It is a small study, but it is a careful one.",
])
def test_a_but_about_something_else_or_after_no_denial_is_not_read_alone(sentence):
    assert claim_parts(sentence) == []
