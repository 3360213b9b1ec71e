"""The queue's full-text search, on each backend: every word of the query, in any form, the last
one also as a prefix; kept in step with stories as they are stored, changed and deleted."""
from __future__ import annotations

import pytest

from storage.articles import save_analysis, store_article
from storage.models import Article
from storage.search import search_mode, search_value
from tests.samples import RESULT
from webapp.stories import QueueFilters, queue_page

STORIES = {
    "https://a.example/1": ("Stem cells reverse multiple sclerosis", "Doctors transplanted cells into patients."),
    "https://a.example/2": ("A new MS drug", "Ocrelizumab slowed disability in a trial of 700 people."),
    "https://a.example/3": ("Coffee and the brain", "Drinking coffee was linked to fewer relapses."),
}


@pytest.fixture
def stories(db):
    with db.session() as session:
        for url, (title, text) in STORIES.items():
            save_analysis(session, store_article(session, {"url": url, "title": title, "text": text}), RESULT)
    return db


def found(db, query: str) -> list[str]:
    with db.session() as session:
        page = queue_page(session, QueueFilters(q=query), user_id=None, page_size=10)
        return sorted(row.title for row in page.rows)


def test_the_schema_gives_each_backend_its_index(db):
    with db.engine.connect() as connection:
        assert search_mode(connection) == {"sqlite": "fts5", "postgresql": "postgresql"}[db.engine.dialect.name]


@pytest.mark.parametrize("query,titles", [
    ("cell", ["Stem cells reverse multiple sclerosis"]),                   # another form of the word
    ("CELLS transplanted", ["Stem cells reverse multiple sclerosis"]),     # every word, in title or text
    ("ocreli", ["A new MS drug"]),                                         # the last word as a prefix
    ("coffee relapse", ["Coffee and the brain"]),
    ("coffee ocrelizumab", []),                                            # all words, not any
    ('stem* -"cells:(', ["Stem cells reverse multiple sclerosis"]),       # search syntax is plain text
    ("%_", []),                                                            # no word: nothing
])
def test_search_finds_every_word_in_any_form(stories, query, titles):
    assert found(stories, query) == titles


def test_the_index_follows_changes_and_deletions(stories):
    with stories.session() as session:
        article = session.query(Article).filter_by(url="https://a.example/3").one()
        article.title, article.text = "Tea and the brain", "Drinking tea was linked to fewer relapses."
    assert found(stories, "coffee") == [] and found(stories, "tea") == ["Tea and the brain"]
    with stories.session() as session:
        session.delete(session.query(Article).filter_by(url="https://a.example/3").one())
    assert found(stories, "relapses") == []


def test_search_values_quote_every_word():
    assert search_value("fts5", 'stem "cell') == '"stem" "cell"*'
    assert search_value("postgresql", "stem cell") == "stem & cell:*"
    assert search_value("scan", "50%") == "%50\\%%"
    assert search_value("fts5", "?!") is None


def test_an_sqlite_without_fts5_scans_for_the_query_as_typed(stories, monkeypatch):
    import storage.search
    monkeypatch.setitem(storage.search._modes, stories.engine.url.render_as_string(hide_password=False), "scan")
    assert found(stories, "ocreli") == ["A new MS drug"]
    assert found(stories, "cells into") == ["Stem cells reverse multiple sclerosis"]
    assert found(stories, "cells transplanted") == []  # the words as typed, side by side


def test_a_word_in_most_stories_is_searched_along_the_queue_order_with_the_same_result(db, monkeypatch):
    """Past COMMON_MATCHES matches, SQLite walks the score order and checks each story instead
    of sorting every match: the pages must not change."""
    import storage.search
    with db.session() as session:
        for i in range(30):
            story = store_article(session, {"url": f"https://b.example/{i}", "title": f"Stem cell story {i}",
                                            "text": "Stem cells were given." + (" In mice." if i % 3 else "")})
            save_analysis(session, story, {**RESULT, "score": (i * 7 % 10) / 10})

    def pages(query):
        with db.session() as session:
            return [[row.id for row in queue_page(session, QueueFilters(q=query, page=n), user_id=None,
                                                  page_size=8).rows] for n in (1, 2, 3)]
    sorted_matches = {q: pages(q) for q in ("stem", "mice", "cells stem")}
    monkeypatch.setattr(storage.search, "COMMON_MATCHES", 5)
    with db.engine.connect() as connection:
        mode = search_mode(connection)
        assert storage.search.is_common(connection, mode, search_value(mode, "mice")) == (mode == "fts5")
    assert {q: pages(q) for q in sorted_matches} == sorted_matches
    assert [len(page) for page in sorted_matches["mice"]] == [8, 8, 4]  # 20 of the 30 stories
    assert [len(page) for page in sorted_matches["stem"]] == [8, 8, 8]
