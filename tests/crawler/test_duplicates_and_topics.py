"""Syndicated copies share a cluster; the topic filter keeps stem-cell and MS stories only."""
import pytest

from crawler.store import save_page
from crawler.topics import is_relevant, topic_relevance

RELEASE = (" ".join(f"Sentence {i} of the press release says that the mesenchymal stem cell trial enrolled "
                    f"patients with progressive multiple sclerosis at site {i}." for i in range(30)))


def page(url, text):
    return {"url": url, "title": "t", "text": text, "date": None}


def test_syndicated_copies_share_a_cluster_and_keep_their_urls(db):
    with db.session() as session:
        original = save_page(session, page("https://eurekalert.example/r/1", RELEASE), source="a", fetched_url="x1")
        copy = save_page(session, page("https://outlet.example/story", "Reposted from a press release. " + RELEASE
                                       + " Share this story."), source="b", fetched_url="x2")
        other = save_page(session, page("https://other.example/s", RELEASE.replace("multiple sclerosis", "x")
                                        .replace("Sentence", "Paragraph").replace("says", "claims")
                                        .replace("trial enrolled", "study recruited")), source="c", fetched_url="x3")
        assert original.cluster_id == original.id
        assert copy.cluster_id == original.id and copy.url != original.url
        assert other.cluster_id == other.id


@pytest.mark.parametrize("title, text, kept, term", [
    ("Stem cell transplant halts MS", "Patients with multiple sclerosis received stem cells.", True, "stem cell"),
    ("New drug approved", "Ocrelizumab slowed relapsing-remitting multiple sclerosis in the MS trial.", True,
     "multiple sclerosis"),
    ("Bakery wins award", "The sourdough was judged best in the region.", False, None),
    ("Windows update", "MS released a patch for its operating system.", False, None),
])
def test_topic_relevance(title, text, kept, term):
    score, terms = topic_relevance(title, text)
    assert is_relevant(score) is kept
    if term:
        assert term in terms
