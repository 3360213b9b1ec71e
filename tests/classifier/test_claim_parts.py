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
