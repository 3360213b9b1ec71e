"""Studies in the news: the studies that more than one story reported, each with its stories side by side."""
from __future__ import annotations

import re
from datetime import timedelta

from storage.articles import save_analysis, store_article
from storage.models import Article, utcnow
from webapp.studies import covered_studies

ASPIRIN = ("Taking an aspirin every day cut the risk of dying from several common cancers by a fifth, according to an "
           "analysis of eight trials of daily aspirin.")
ASPIRIN_AGAIN = "Daily aspirin lowers deaths from cancers, researchers found after pooling eight trials of aspirin."
EBOLA = "A rapid test for Ebola gave results within fifteen minutes in a field study in Guinea."


def add(session, url, *, title, text, days_ago, references, outlet="Example News", cluster=None):
    story = store_article(session, {"url": url, "title": title, "text": text, "sitename": outlet,
                                    "date": utcnow() - timedelta(days=days_ago)})
    story.cluster_id = cluster
    save_analysis(session, story, {"score": 0.5, "sentences": [], "criteria": [], "model_version": "t",
                                   "references": [{"kind": k, "value": v} for k, v in references]})
    return story.id


def fill(db) -> dict:
    lancet = ("journal", "Lancet")
    with db.session() as session:
        ids = {
            # one paper by its DOI, at three outlets; the third's copy elsewhere counts once
            "doi": add(session, "https://a.example/1", title="Stem cells <b>help</b>", text="x", days_ago=5,
                       references=[("doi", "10.1000/cells"), ("journal", "Cell")], outlet="A Daily"),
            "doi2": add(session, "https://b.example/1", title="Cells again", text="y", days_ago=4,
                        references=[("doi", "10.1000/cells")], outlet="B Times"),
            "doi3": add(session, "https://c.example/1", title="Cells third", text="z", days_ago=3,
                        references=[("doi", "10.1000/cells")], outlet="C Post"),
            # a paper by its journal and words: two stories a day apart; a third on another paper
            "aspirin": add(session, "https://a.example/2", title="Aspirin and cancer", text=ASPIRIN, days_ago=10,
                           references=[lancet], outlet="A Daily"),
            "aspirin2": add(session, "https://b.example/2", title="Aspirin cuts cancer deaths", text=ASPIRIN_AGAIN,
                            days_ago=9, references=[lancet], outlet="B Times"),
            "ebola": add(session, "https://c.example/2", title="Ebola test", text=EBOLA, days_ago=9,
                         references=[lancet], outlet="C Post"),
            # a paper one story alone reported, and one reported twice long ago
            "alone": add(session, "https://a.example/3", title="Alone", text="q", days_ago=2,
                         references=[("trial", "NCT01234567")]),
            "old": add(session, "https://a.example/4", title="Old", text="q", days_ago=200,
                       references=[("trial", "NCT07654321")]),
            "old2": add(session, "https://b.example/4", title="Old again", text="q", days_ago=199,
                        references=[("trial", "NCT07654321")], outlet="B Times"),
        }
        ids["copy"] = add(session, "https://d.example/1", title="Cells third, syndicated", text="z", days_ago=3,
                          references=[("doi", "10.1000/cells")], outlet="D Wire", cluster=ids["doi3"])
        session.get(Article, ids["doi3"]).cluster_id = ids["doi3"]
    return ids


def test_the_studies_several_stories_reported_grouped_by_identifier_and_by_journal_and_wording_on_both_databases(
        app_any_db):
    db = app_any_db.extensions["hypewatch_db"]
    ids = fill(db)
    with db.session() as session:
        studies = covered_studies(session, 30)
        assert [[s.id for s in study.stories] for study in studies] == [
            [ids["doi"], ids["doi2"], ids["doi3"]],  # three outlets first; the copy elsewhere not listed again
            [ids["aspirin"], ids["aspirin2"]]]       # earliest first; not the Ebola story, nor a study told once
        assert studies[0].references == [("doi", "10.1000/cells"), ("journal", "Cell")]
        assert studies[0].outlets == 3 and studies[1].references == [("journal", "Lancet")]
        assert [[s.id for s in study.stories] for study in covered_studies(session, 365)][2] == [ids["old"], ids["old2"]]


def test_the_page_lists_them_with_compare_links_for_the_desk_only(app, as_role):
    ids = fill(app.extensions["hypewatch_db"])
    page = as_role("journalist").get("/studies/").get_data(as_text=True)
    sections = page.split('class="covered-study"')[1:]
    assert len(sections) == 2
    assert "<h2>Stem cells &lt;b&gt;help&lt;/b&gt;</h2>" in sections[0]  # its earliest story's headline, escaped
    assert "3 outlets, 3 stories" in sections[0] and 'DOI: <a href="https://doi.org/10.1000/cells"' in sections[0]
    assert re.findall(r"/queue/story/(\d+)/compare/(\d+)", sections[0]) == [
        (str(ids["doi"]), str(ids["doi2"])), (str(ids["doi"]), str(ids["doi3"]))]
    assert "Aspirin cuts cancer deaths" in sections[1] and "Ebola" not in page
    assert 'href="/studies/"' in page  # in the header
    assert as_role("subscriber").get("/studies/").status_code == 403
    # a window with none links one that reaches the latest (its second story, "Cells again", 4 days ago: 5 days)
    empty = as_role("journalist").get("/studies/?days=3").get_data(as_text=True)
    assert "No study was reported by more than one story in these days." in empty
    assert 'href="/studies/?days=5">show the last 5 days</a>' in empty
    assert "2 outlets, 2 stories" in as_role("journalist").get("/studies/?days=5").get_data(as_text=True)
