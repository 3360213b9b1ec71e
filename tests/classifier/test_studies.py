"""Which study a story reports: identifiers in its words and its links, and the journal it names."""
import pytest

from classifier.studies import (MAX_REFERENCES, journals_named, reference_url, references_in_link,
                                references_in_text, study_references)


@pytest.mark.parametrize("text, journal", [
    ("The results were published Monday in the New England Journal of Medicine.", "New England Journal of Medicine"),
    ("The findings appear in the March issue of Pediatrics.", "Pediatrics"),
    ("It was published online today in the journal Stroke.", "Stroke"),
    ("A new study in JAMA Internal Medicine found no benefit.", "JAMA Internal Medicine"),
    ("The report is published in the June 30 online edition of The Lancet Oncology.", "Lancet Oncology"),
    ("The work was published in January in Nature Medicine by the team.", "Nature Medicine"),
    ("A paper in Frontiers in Aging Neuroscience describes it.", "Frontiers in Aging Neuroscience"),
    ("The study, published in the Journal of the American Medical Association, followed 900 women.", "JAMA"),
    ("They report in the NEJM that the drug failed.", "New England Journal of Medicine"),
    ("The findings are in the Endocrine Society's Journal of Clinical Endocrinology & Metabolism.",
     "Journal of Clinical Endocrinology & Metabolism"),
    ("The results were published in Nature. The team then moved on.", "Nature"),
    ("It appears in the Journal of Drugs and Dermatology.", "Journal of Drugs and Dermatology"),
])
def test_the_journal_a_paper_came_out_in(text, journal):
    assert journals_named(text) == [journal]


def test_two_journals_named_together():
    assert journals_named("The findings were published simultaneously Wednesday in the New England Journal of Medicine "
                          "and Science Translational Medicine.") == ["New England Journal of Medicine",
                                                                     "Science Translational Medicine"]


@pytest.mark.parametrize("text", [
    "The study was published in March and covered 200 patients.",
    "Researchers in Norway published the results in 2015.",
    "The story was first published in the Wall Street Journal.",
    "The findings were presented in Chicago at the American Heart Association meeting.",
    "A study in Cancer patients found no benefit.",  # a word that names a journal only after "published in"
    "A trial in the United States enrolled 400 people.",
    "The paper was published in the journal.",
])
def test_places_dates_newspapers_and_meetings_are_not_journals(text):
    assert journals_named(text) == []


def test_a_journal_named_as_one_is_read_whatever_its_name():
    assert journals_named("Writing in the peer-reviewed journal Epilepsia, the authors say so.") == ["Epilepsia"]
    # after "published in", a one-word journal whose name is also a common word
    assert journals_named("The study was published in Cancer.") == ["Cancer"]


def test_identifiers_in_the_text_without_the_sentences_punctuation():
    text = ("The paper (doi:10.1001/jama.2017.20513). See https://doi.org/10.1016/S0140-6736(20)30183-5. "
            "Trial registration: NCT 01234567; ISRCTN12345678; EudraCT number 2015-001234-56. PMID: 23456789. "
            "Brain's own DOI, 10.1093/brain/awv123, ends in letters and digits.")
    assert references_in_text(text) == [
        {"kind": "doi", "value": "10.1001/jama.2017.20513"},
        {"kind": "doi", "value": "10.1016/s0140-6736(20)30183-5"},
        {"kind": "doi", "value": "10.1093/brain/awv123"},
        {"kind": "trial", "value": "NCT01234567"},
        {"kind": "trial", "value": "ISRCTN12345678"},
        {"kind": "trial", "value": "EudraCT 2015-001234-56"},
        {"kind": "pubmed", "value": "23456789"},
    ]


@pytest.mark.parametrize("url, reference", [
    ("https://www.nejm.org/doi/full/10.1056/NEJMoa2001017", ("doi", "10.1056/nejmoa2001017")),
    ("https://doi.org/10.1038/S41586-020-2012-7", ("doi", "10.1038/s41586-020-2012-7")),
    ("https://www.nature.com/articles/s41586-020-2012-7", ("doi", "10.1038/s41586-020-2012-7")),
    ("https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext",
     ("doi", "10.1016/s0140-6736(20)30183-5")),
    ("https://www.bmj.com/content/368/bmj.m1234", ("doi", "10.1136/bmj.m1234")),
    ("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456", ("doi", "10.1371/journal.pone.0123456")),
    ("https://www.medrxiv.org/content/10.1101/2020.04.14.20062463v1.full.pdf", ("doi", "10.1101/2020.04.14.20062463")),
    ("https://pubmed.ncbi.nlm.nih.gov/31234567/", ("pubmed", "31234567")),
    ("https://clinicaltrials.gov/ct2/show/NCT01234567?term=stem+cells", ("trial", "NCT01234567")),
    ("https://www.isrctn.com/ISRCTN12345678", ("trial", "ISRCTN12345678")),
    ("https://jamanetwork.com/journals/jama/fullarticle/2761044",
     ("paper", "https://jamanetwork.com/journals/jama/fullarticle/2761044")),
])
def test_what_a_cited_link_names(url, reference):
    assert references_in_link(url) == [{"kind": reference[0], "value": reference[1]}]


@pytest.mark.parametrize("url", [
    "https://www.nytimes.com/2020/01/01/health/stem-cells.html", "https://jamanetwork.com/", "javascript:alert(1)",
    "mailto:press@example.org", "https://www.nature.com/", "http://[::1", "",
])
def test_links_that_name_no_paper(url):
    assert references_in_link(url) == []


def test_a_story_s_references_each_once_links_first_and_capped():
    text = "Published in the Lancet (doi: 10.1016/S0140-6736(20)30183-5). " + " ".join(
        f"NCT{n:08d}" for n in range(30))
    links = ["https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext"]
    references = study_references(text, links)
    assert references[0] == {"kind": "doi", "value": "10.1016/s0140-6736(20)30183-5"}
    assert [r for r in references if r["kind"] == "doi"] == references[:1]  # the text's copy of it is not repeated
    assert len(references) == MAX_REFERENCES
    assert study_references("", None) == []


def test_where_each_reference_is_read():
    assert reference_url("doi", "10.1016/s0140-6736(20)30183-5") == "https://doi.org/10.1016/s0140-6736(20)30183-5"
    assert reference_url("doi", "10.1000/a b<c") == "https://doi.org/10.1000/a%20b%3Cc"
    assert reference_url("trial", "NCT01234567") == "https://clinicaltrials.gov/study/NCT01234567"
    assert reference_url("trial", "EudraCT 2015-001234-56").endswith("query=2015-001234-56")
    assert reference_url("pubmed", "31234567") == "https://pubmed.ncbi.nlm.nih.gov/31234567/"
    assert reference_url("journal", "Lancet") is None
    assert reference_url("paper", "javascript:alert(1)") is None


def test_the_same_paper_reported_in_other_words_is_worded_alike_and_another_paper_is_not():
    from classifier.studies import SAME_PAPER_SIMILARITY, wording, wording_similarity
    first = wording("Taking an aspirin every day cut the risk of dying from several common cancers by a fifth, "
                    "according to an analysis of eight trials published in the Lancet.")
    second = wording("Daily aspirin lowers deaths from cancers, researchers report in the Lancet after pooling trials.")
    other = wording("A rapid test for Ebola gave results within fifteen minutes, researchers report in the Lancet.")
    assert wording_similarity(first, second) >= SAME_PAPER_SIMILARITY > wording_similarity(first, other)
    assert wording_similarity(first, first) == pytest.approx(1.0)
    assert wording_similarity(wording(""), first) == 0.0


@pytest.mark.parametrize("text, meeting", [
    ("The findings were presented Thursday at the American Society of Clinical Oncology's breast cancer symposium.",
     "American Society of Clinical Oncology's breast cancer symposium"),
    ("The results, presented at the annual meeting of the Radiological Society of North America in Chicago, were "
     "striking.", "annual meeting of the Radiological Society of North America"),
    ("She presented the data during last year's European Hematology Association Congress.",
     "European Hematology Association Congress"),
])
def test_the_meeting_results_were_presented_at(text, meeting):
    assert [r for r in references_in_text(text) if r["kind"] == "meeting"] == [{"kind": "meeting", "value": meeting}]


@pytest.mark.parametrize("text", [
    "He presented the plan at a press conference on Monday.",
    "Research presented at meetings is considered preliminary.",  # the boilerplate of stories on any meeting
    "The present study was large.",
])
def test_no_meeting(text):
    assert [r for r in references_in_text(text) if r["kind"] == "meeting"] == []


@pytest.mark.parametrize("text, said", [
    ("The study has not yet been published.", "not yet published in a peer-reviewed journal"),
    ("Research presented at meetings is typically considered preliminary until published in a peer-reviewed journal.",
     "not yet published in a peer-reviewed journal"),
    ("The results were announced in a press release and have not been peer reviewed.",
     "not yet published in a peer-reviewed journal"),
    ("The paper, a preprint posted on medRxiv, is under review.", "a preprint on medRxiv"),
    ("See https://doi.org/10.1101/2020.04.14.20062463 for the data.", "a preprint on bioRxiv or medRxiv"),
    ("The drug's price has not been published.", None),  # not the research
    ("The study was published in the journal Neurology.", None),
])
def test_work_not_yet_peer_reviewed(text, said):
    found = [r["value"] for r in references_in_text(text) if r["kind"] == "unreviewed"]
    assert found == ([said] if said else [])
