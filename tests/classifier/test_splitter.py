import pytest

from classifier.splitter import sentences, split


def check_offsets(text):
    segs = split(text)
    for s in segs:
        piece = text[s.start:s.end]
        assert piece == piece.strip() and piece
    # in order, not overlapping
    for a, b in zip(segs, segs[1:]):
        assert a.end <= b.start
    return [text[s.start:s.end] for s in segs]


def test_abbreviations_do_not_split():
    text = ("Dr. Rao and Prof. Lee (Smith et al. 2021) gave 3.5 mg twice daily, e.g. with food, "
            "as shown in Fig. 2 and No. 4 of the U.S. guidance. The dose was then halved.")
    assert check_offsets(text) == [
        "Dr. Rao and Prof. Lee (Smith et al. 2021) gave 3.5 mg twice daily, e.g. with food, "
        "as shown in Fig. 2 and No. 4 of the U.S. guidance.",
        "The dose was then halved.",
    ]


def test_us_at_sentence_end_before_opener():
    assert check_offsets("The pill is sold in the U.S. The price is high.") == [
        "The pill is sold in the U.S.", "The price is high."]


def test_quotes_straight_and_curly():
    text = '“It is not a cure,” she said. "Is it safe?" he asked. He said: "Yes." Then he left.'
    assert check_offsets(text) == ['“It is not a cure,” she said.', '"Is it safe?" he asked.',
                                   'He said: "Yes."', "Then he left."]


def test_headline_and_bullets_are_own_sentences():
    text = ("Gene therapy trial reports results\n\nThe trial had 12 patients.\nKey points\n"
            "- Nine improved\n* Two had fevers. One left the study.\n1. More work is needed\n")
    assert check_offsets(text) == ["Gene therapy trial reports results", "The trial had 12 patients.",
                                   "Key points", "Nine improved", "Two had fevers.", "One left the study.",
                                   "More work is needed"]
    assert split(text)[0].standalone


def test_wrapped_lines_are_joined():
    text = "The researchers followed the patients\nfor five years. They found no\nbenefit at all."
    assert check_offsets(text) == ["The researchers followed the patients\nfor five years.",
                                   "They found no\nbenefit at all."]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "One", "Ends without a stop", "!!!", "\n\nA.\n\n"])
def test_odd_inputs(text):
    check_offsets(text)


def test_crlf_and_exclamation():
    text = "Wow! A world first.\r\n\r\nNext paragraph here."
    assert check_offsets(text) == ["Wow!", "A world first.", "Next paragraph here."]


def test_sentences_helper():
    assert sentences("One. Two.") == ["One.", "Two."]


def test_no_as_a_word_and_as_an_abbreviation():
    assert check_offsets("Is it a cure? No. It is not. See No. 5 in the list.") == [
        "Is it a cure?", "No.", "It is not.", "See No. 5 in the list."]


@pytest.mark.parametrize("text", ["stem cells may help " * 400, "x" * 2500, "1.2.3.4." * 300 + " and more"])
def test_a_run_without_sentence_ends_is_cut_into_pieces_at_spaces(text):
    from classifier.splitter import MAX_SENTENCE_CHARS
    pieces = check_offsets(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split() or "".join(pieces) == text  # nothing lost
    if " " in text.strip():
        assert all(not p.endswith(("stem", "cel", "ma", "hel")) for p in pieces[:-1])  # not inside a word


def test_a_long_headline_above_a_one_line_paragraph_stands_alone():
    """Extracted pages put each paragraph on one line: a sentence-case headline longer than a
    short heading, and the byline under it, are not wrapped text of the first paragraph."""
    headline = "Eastmoor researchers find signal that helps stem cells repair nerve insulation in mice"
    byline = "Published 6 November 2026 by Ann Lee, Press Officer (Science and Medicine)"
    paragraph = ("Scientists at the University of Eastmoor have identified a protein signal that prompts stem "
                 "cells in the brain to rebuild myelin, the coating around nerves.")
    assert check_offsets(f"{headline}\n{byline}\n{paragraph}\n") == [headline, byline, paragraph]


def test_hard_wrapped_lines_are_joined_even_before_a_capital():
    text = ("The trial of the new inhaler in children with severe asthma was led by\n"
            "Professor Amal Reyes of the children's hospital in the city centre and\n"
            "ran for two years.\n")
    assert check_offsets(text) == [text.strip()]


def test_a_heading_between_one_line_paragraphs_stands_alone():
    text = ("Binge eating disorder often starts in the late teens or early twenties.\n"
            "The bottom line\n"
            "BED is a recognised condition that affects millions of people around the world.\n")
    assert check_offsets(text) == ["Binge eating disorder often starts in the late teens or early twenties.",
                                   "The bottom line",
                                   "BED is a recognised condition that affects millions of people around the world."]
    assert split(text)[1].standalone


def test_a_paragraph_without_its_final_full_stop_is_still_split_into_sentences():
    """A page extracted onto one line, ending in page furniture ("Read more"), or a caption ending in
    a gallery counter, is no heading: its sentences are read one by one, not as one block."""
    page = ("BEST PATIENTS FOR AN ARTIFICIAL PANCREAS New research shows who gains most. "
            + "Patients go through the stages of grief, she says. " * 30
            + "Are we close to finding a cure? We likely won't see any major breakthroughs soon, he says. Read more")
    pieces = check_offsets(page)
    assert "Are we close to finding a cure?" in pieces
    assert pieces[-2:] == ["We likely won't see any major breakthroughs soon, he says.", "Read more"]
    assert all(len(p) < 200 for p in pieces)
    caption = ("Test spots cancer early\n\nLiz Stegall's cancer was found in the study. "
               "Now she is cancer-free. Photo: Brett Coomer 1 / 3 Back to Gallery\n\nThe test is new.")
    assert check_offsets(caption) == ["Test spots cancer early", "Liz Stegall's cancer was found in the study.",
                                      "Now she is cancer-free.", "Photo: Brett Coomer 1 / 3 Back to Gallery",
                                      "The test is new."]
    assert [s.standalone for s in split(caption)] == [True, False, False, False, False]


def test_a_short_line_without_a_full_stop_before_a_blank_line_is_a_heading():
    segs = split("The trial had 12 patients.\n\nWhat comes next\n\nMore trials.")
    assert [s.standalone for s in segs] == [False, True, False]


def test_paragraphs_glued_without_a_space_and_inline_bullets_are_split():
    assert check_offsets("Call 911 for all medical emergencies.Since 1966, ASN has led the fight.") == [
        "Call 911 for all medical emergencies.", "Since 1966, ASN has led the fight."]
    assert check_offsets("Dieters on both plans: •Lost 11% after one year. •Lost and kept off 7%.") == [
        "Dieters on both plans: •Lost 11% after one year.", "•Lost and kept off 7%."]


@pytest.mark.parametrize("text", ["Visit www.Beaumont.org or write to Robert.Ortlieb@beaumont.org today.",
                                  "Contact Cancer.Net for more.", "Mrs.Smith met Dr.Jones in St.Louis.",
                                  "She works at Johns.Hopkins.Medicine now.", "The U.S.Army paid for it."])
def test_addresses_names_and_abbreviations_without_a_space_stay_whole(text):
    assert check_offsets(text) == [text]


def test_a_releases_footnote_numbers_stay_with_the_sentence_they_close():
    text = ("About 180 million people have HCV,1 including 15 million in the EU.2 The prevalence varies.3 "
            "It was hampered.26,28,29 Investigations continue.")
    assert check_offsets(text) == ["About 180 million people have HCV,1 including 15 million in the EU.2",
                                   "The prevalence varies.3", "It was hampered.26,28,29", "Investigations continue."]


@pytest.mark.parametrize("text", ["The dose rose by 2.5 Some took more.", "See Fig.2 Shows the rest.",
                                  "It is listed in Section A.2 Results follow."])
def test_decimals_and_numbered_figures_are_no_footnotes(text):
    assert check_offsets(text) == [text]


def test_a_disease_named_in_capitals_ends_a_sentence_where_a_title_would_not():
    """"MS" is multiple sclerosis far more often than a title in this project's news."""
    assert check_offsets("This therapy reverses deficits caused by MS. It is not a cure.") == [
        "This therapy reverses deficits caused by MS.", "It is not a cure."]
    assert check_offsets("He has relapsing MS. Currently, he takes a pill.") == [
        "He has relapsing MS.", "Currently, he takes a pill."]
    assert check_offsets("Ms. Lee and MS. SMITH met Dr. Rao.") == ["Ms. Lee and MS. SMITH met Dr. Rao."]


def test_a_letter_that_names_a_kind_ends_a_sentence_where_an_initial_would_not():
    text = ("He gave the pills to 32 patients with hepatitis C. Subjects took 700 mg a day. Most lacked vitamin D. "
            "Smokers lacked more of it, said H. Clifford Lane of the institute.")
    assert check_offsets(text) == ["He gave the pills to 32 patients with hepatitis C.", "Subjects took 700 mg a day.",
                                   "Most lacked vitamin D.",
                                   "Smokers lacked more of it, said H. Clifford Lane of the institute."]
