"""Syndicated copies share a cluster; the topic filter keeps stem-cell and MS stories only."""
import pytest
from sqlalchemy import select, update

from crawler.duplicates import merge_clusters
from crawler.store import save_page
from storage.models import Article, AuditEvent
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
        original.status = copy.status = "done"  # reviewed: a copy that comes later is the same story, reviewed too
        late = save_page(session, page("https://late.example/story", RELEASE + " Comments are closed."),
                         source="d", fetched_url="x4")
        assert late.cluster_id == original.id and late.status == "done" and other.status == "new"


def test_copies_stored_at_the_same_moment_are_joined_afterwards(db):
    # Two workers storing copies at once cannot see each other's uncommitted story: each copy
    # starts a cluster of its own. That state is made here directly.
    with db.session() as session:
        first = save_page(session, page("https://a.example/1", RELEASE), source="a", fetched_url="y1")
        second = save_page(session, page("https://b.example/1", "Via a press release. " + RELEASE), source="b",
                           fetched_url="y2")
        third = save_page(session, page("https://c.example/1", RELEASE + " Comments are closed."), source="c",
                          fetched_url="y3")
        unrelated = save_page(session, page("https://d.example/1", RELEASE.replace("Sentence", "Line").replace(
            "press release says", "report finds").replace("trial enrolled", "cohort followed")), source="d",
            fetched_url="y4")
        session.execute(update(Article).values(cluster_id=Article.id))
        second.status = "in_review"  # reviewed through one copy before the copies were joined
        ids = [first.id, second.id, third.id, unrelated.id]
    with db.session() as session:
        assert merge_clusters(session, since_id=ids[3]) == 0  # only pairs with a story this new or newer
        assert merge_clusters(session) == 2
    with db.session() as session:
        clusters = [session.get(Article, i).cluster_id for i in ids]
        assert clusters == [ids[0], ids[0], ids[0], ids[3]]  # the first story's id; the unrelated one alone
        # the review status any copy reached is the joined story's, each change audited
        assert [session.get(Article, i).status for i in ids] == ["in_review", "in_review", "in_review", "new"]
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.article_id)).all()
        assert [(e.article_id, e.before, e.after) for e in events] == [
            (i, {"status": "new"}, {"status": "in_review", "merged_into": ids[0]}) for i in (ids[0], ids[2])]
        assert merge_clusters(session) == 0  # nothing left to join


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
