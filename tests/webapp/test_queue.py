"""The journalists' review queue and story page."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from tests.webapp.webapp_testdata import STORIES, log_in


def titles(html: str) -> list[str]:
    return re.findall(r'class="story-link"[^>]*>([^<]+)<', html)


def test_queue_lists_stories_by_score_highest_first_with_flag_counts_and_labels(as_role):
    html = as_role("journalist").get("/queue/?source=example").get_data(as_text=True)
    assert titles(html) == ["Stem cells cure MS, scientists say", "Diet and MS: a careful look"]
    first_row = html.split('class="story-row"')[1]
    assert re.search(r'class="num flagged">2<', first_row)
    assert "label-cure" in first_row and "label-hype" in first_row and "label-novelty" in first_row


def test_copies_of_a_story_are_one_row_that_counts_them(as_role):
    # "MS patients helped by stem cell trial" is stored as a copy of the first story (cluster 1)
    journalist = as_role("journalist")
    html = journalist.get("/queue/").get_data(as_text=True)
    assert titles(html) == ["Stem cells cure MS, scientists say", "Diet and MS: a careful look"]
    first_row, second_row = html.split('class="story-row"')[1:3]
    assert re.search(r'<a class="copies" href="[^"]*/queue/story/\d+#same-story">1 more copy elsewhere, '
                     r'1 adding claims</a>', first_row)  # the copy adds the mice (hypewatch.additions)
    assert "elsewhere" not in second_row
    # a filter lists every copy that matches
    second_day = STORIES[1]["date"].date().isoformat()
    assert titles(journalist.get(f"/queue/?since={second_day}&until={second_day}").get_data(as_text=True)) == [
        "MS patients helped by stem cell trial"]
    assert titles(journalist.get("/queue/?status=new").get_data(as_text=True)) == [
        "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"]
    assert titles(journalist.get("/queue/?label=extrapolation").get_data(as_text=True)) == [
        "MS patients helped by stem cell trial"]
    assert titles(journalist.get("/queue/?source=other").get_data(as_text=True)) == [
        "MS patients helped by stem cell trial"]
    assert titles(journalist.get("/queue/?q=stem").get_data(as_text=True)) == [
        "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial"]


def test_story_page_highlights_flagged_sentences_with_labels_and_trigger_words(app, as_role):
    story_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    html = as_role("journalist").get(f"/queue/story/{story_id}").get_data(as_text=True)
    marks = re.findall(r'<mark class="flag"[^>]*title="([^"]*)">(.*?)</mark>', html)
    assert [title for title, _ in marks] == ["cure", "novelty, hype"]
    assert '<strong class="trigger">cure</strong>' in marks[0][1]
    assert '<strong class="trigger">breakthrough</strong>' in marks[1][1]
    assert "The trial had twelve patients." in html  # unflagged text is shown, not marked
    checklist = html.split('class="criteria"')[1].split("</section>")[0]
    assert re.search(r'criterion-not_satisfied">\s*<span class="mark">✘</span>\s*<strong>Explains the quality', checklist)
    assert '<blockquote class="evidence">The trial had twelve patients.</blockquote>' in checklist
    assert 'href="https://news.example/stem-cell-cure"' in html
    assert "MS patients helped by stem cell trial" in html  # same story, other outlet


def test_a_trigger_phrase_is_highlighted_across_a_line_break_and_escaped():
    """Extracted text keeps the page's line breaks inside sentences; a phrase the classifier
    names ("is gone") must still be found there, and the text around it stays escaped."""
    from webapp.views import highlight_triggers

    class Sentence:
        text = "<b>Sarah</b> says the MS is\ngone."
        triggers = {"cure": ["is gone"]}

    html = str(highlight_triggers(Sentence()))
    assert '<strong class="trigger">is\ngone</strong>' in html
    assert "&lt;b&gt;Sarah&lt;/b&gt;" in html and "<b>" not in html


def test_unknown_story_is_a_404_page_without_details(as_role):
    response = as_role("journalist").get("/queue/story/999999")
    assert response.status_code == 404
    assert b"There is no such page." in response.data


def test_queue_and_story_page_on_both_databases(app_any_db):
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get("/queue/?label=extrapolation").get_data(as_text=True)
    assert titles(html) == ["MS patients helped by stem cell trial"]
    assert re.search(r'class="num flagged">1<', html) and "label-extrapolation" in html
    story_id = app_any_db.ids["articles"]["MS patients helped by stem cell trial"]
    html = client.get(f"/queue/story/{story_id}").get_data(as_text=True)
    assert '<strong class="trigger">Mice</strong>' in html


def test_story_page_lists_its_sentences_in_order_and_its_copies_newest_first_on_both_databases(app_any_db):
    # The page reads the story, its sentences and its copies in one query (storage.nested), whose
    # SQL differs by backend: the rows must come back the same, dates included.
    from sqlalchemy import update

    from storage.models import Article
    from tests.webapp.webapp_testdata import DAY
    ids = app_any_db.ids["articles"]
    with app_any_db.extensions["hypewatch_db"].session() as session:
        session.execute(update(Article).where(Article.id == ids["Diet and MS: a careful look"]).values(cluster_id=1))
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get(f"/queue/story/{ids['Stem cells cure MS, scientists say']}").get_data(as_text=True)
    claims = [int(i) for i in re.findall(r'id="claim-(\d+)"', html)]
    assert len(claims) == 2 and claims == sorted(claims)  # sentence ids follow their positions
    missed = html.split('<select name="sentence_id">')[1].split("</select>")[0]
    assert missed.index("The trial had twelve patients.") < missed.index("Dr Ray, who was not involved")
    same = html.split('class="same-story"')[1].split("</section>")[0]
    assert re.findall(r'<a href="[^"]*/queue/story/(\d+)">([^<]+)</a>', same) == [
        (str(ids["Diet and MS: a careful look"]), "Diet and MS: a careful look"),
        (str(ids["MS patients helped by stem cell trial"]), "MS patients helped by stem cell trial")]
    assert (DAY + timedelta(days=2)).strftime("%Y-%m-%d") in same and "Example Org" in same
    lone = client.get(f"/queue/story/{ids['Diet and MS: a careful look']}").get_data(as_text=True)
    assert "Stem cells cure MS, scientists say" in lone.split('class="same-story"')[1].split("</section>")[0]


def test_the_queue_sorted_newest_first_puts_undated_stories_last_and_keeps_its_order_across_pages_on_both_databases(
        app_any_db):
    from sqlalchemy import update

    from storage.models import Article
    ids = app_any_db.ids["articles"]
    with app_any_db.extensions["hypewatch_db"].session() as session:  # a page whose date was not found
        session.execute(update(Article).where(Article.id == ids["Stem cells cure MS, scientists say"])
                        .values(published=None))
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get("/queue/?sort=newest").get_data(as_text=True)
    assert titles(html) == ["Diet and MS: a careful look", "Stem cells cure MS, scientists say"]  # one row per story
    assert '<option value="newest" selected>newest</option>' in html
    assert titles(client.get("/queue/").get_data(as_text=True)) == [
        "Stem cells cure MS, scientists say", "Diet and MS: a careful look"]  # the default: the score
    assert titles(client.get("/queue/?status=new&sort=newest").get_data(as_text=True)) == [
        "Diet and MS: a careful look", "MS patients helped by stem cell trial", "Stem cells cure MS, scientists say"]
    assert titles(client.get("/queue/?sort=nonsense").get_data(as_text=True)) == titles(
        client.get("/queue/").get_data(as_text=True))
    app_any_db.config["QUEUE_PAGE_SIZE"] = 1
    html = client.get("/queue/?status=new&sort=newest&page=2").get_data(as_text=True)
    assert titles(html) == ["MS patients helped by stem cell trial"]
    assert re.search(r'rel="next" href="[^"]*sort=newest', html) and re.search(r'rel="prev" href="[^"]*sort=newest', html)
    stories = client.get("/api/v1/stories?sort=newest").get_json()["stories"]
    assert [s["title"] for s in stories] == ["Diet and MS: a careful look"]  # the API lists every copy, a page of one


def test_assign_to_me_returns_to_the_queue_page_as_it_was(app, as_role):
    journalist = as_role("journalist")
    app.config["QUEUE_PAGE_SIZE"] = 1
    html = journalist.get("/queue/?status=new&sort=newest&page=2&q=").get_data(as_text=True)
    assert titles(html) == ["MS patients helped by stem cell trial"]
    back_query = re.search(r'name="back_query" value="([^"]*)"', html).group(1).replace("&amp;", "&")
    story_id = app.ids["articles"]["MS patients helped by stem cell trial"]
    response = journalist.post(f"/queue/story/{story_id}/status",
                               data={"action": "assign", "back": "queue", "back_query": back_query})
    assert response.headers["Location"] == "/queue/?status=new&sort=newest&page=2"
    # what comes back is rebuilt from the queue's own filters: nothing else, nowhere else
    response = journalist.post(f"/queue/story/{story_id}/status", data={
        "action": "unassign", "back": "queue", "back_query": "next=//evil.example&label=cure&status=bogus"})
    assert response.headers["Location"] == "/queue/?label=cure"


def test_an_editor_assigns_a_story_to_someone_on_the_desk(app, as_role):
    from sqlalchemy import select

    from storage.models import Article, AuditEvent, User
    story = app.ids["articles"]["Diet and MS: a careful look"]
    editor, journalist = as_role("editor"), as_role("journalist")
    assert f'href="/queue/story/{story}/assign"' in editor.get(f"/queue/story/{story}").get_data(as_text=True)
    assert "/assign" not in journalist.get(f"/queue/story/{story}").get_data(as_text=True)
    form = editor.get(f"/queue/story/{story}/assign").get_data(as_text=True)
    assert "journalist (journalist)" in form and "subscriber" not in form  # the desk only
    response = editor.post(f"/queue/story/{story}/assign", data={"assignee_id": app.ids["users"]["journalist"]})
    assert response.status_code == 302 and response.headers["Location"] == f"/queue/story/{story}"
    with app.extensions["hypewatch_db"].session() as session:
        article = session.get(Article, story)
        assert (article.assignee.name, article.status) == ("journalist", "in_review")
        event = session.scalars(select(AuditEvent).where(AuditEvent.article_id == story)).one()
        assert (event.before, event.after) == ({"status": "new", "assignee": None},
                                               {"status": "in_review", "assignee": "journalist"})
    assert "Diet and MS: a careful look" in titles(journalist.get("/queue/?mine=1").get_data(as_text=True))

    with app.extensions["hypewatch_db"].session() as session:  # someone who left, or no one on the desk: refused
        session.scalar(select(User).where(User.name == "admin")).disabled_at = article.fetched_at
    for who in (app.ids["users"]["admin"], app.ids["users"]["subscriber"], 999999, "x"):
        assert editor.post(f"/queue/story/{story}/assign", data={"assignee_id": who}).status_code == 400
    assert journalist.post(f"/queue/story/{story}/assign", data={"assignee_id": ""}).status_code == 403
    assert editor.post(f"/queue/story/{story}/assign", data={"assignee_id": ""}).status_code == 302  # to nobody
    with app.extensions["hypewatch_db"].session() as session:
        assert session.get(Article, story).assignee_id is None


def test_an_editor_gives_the_ticked_stories_to_someone_at_once(app, as_role):
    from sqlalchemy import select

    from storage.models import Article
    ids = [app.ids["articles"][t] for t in ("Diet and MS: a careful look", "Stem cells cure MS, scientists say")]
    editor, journalist, admin = as_role("editor"), as_role("journalist"), as_role("admin")
    page = editor.get("/queue/").get_data(as_text=True)
    assert 'name="assignee_id"' in page and f'<option value="{app.ids["users"]["journalist"]}">journalist</option>' in page
    assert 'name="assignee_id"' not in journalist.get("/queue/").get_data(as_text=True)
    give = {"action": "assign", "selected": ids, "assignee_id": app.ids["users"]["journalist"], "back_query": ""}
    assert journalist.post("/queue/status", data=give).status_code == 403
    response = editor.post("/queue/status", data=give, follow_redirects=True)
    assert "Gave 2 stories to journalist." in response.get_data(as_text=True)
    with app.extensions["hypewatch_db"].session() as session:
        assert {a.assignee.name for a in session.scalars(select(Article).where(Article.id.in_(ids)))} == {"journalist"}
    # an account disabled in the admin pages leaves the list at once, and is refused
    admin.post(f"/admin/users/{app.ids['users']['journalist']}", data={"disabled": "1"})
    assert f'<option value="{app.ids["users"]["journalist"]}">' not in editor.get("/queue/").get_data(as_text=True)
    assert editor.post("/queue/status", data=give).status_code == 400


def test_the_header_tells_a_journalist_of_the_stories_given_to_them_until_done(app, as_role):
    story = app.ids["articles"]["Diet and MS: a careful look"]
    as_role("editor").post(f"/queue/story/{story}/assign", data={"assignee_id": app.ids["users"]["journalist"]})
    journalist = as_role("journalist")  # counted when the session starts, and every few minutes
    reminder = '<a class="reminder assigned" href="/queue/?mine=1">1 assigned to you</a>'
    assert reminder in journalist.get("/queue/").get_data(as_text=True)
    journalist.post(f"/queue/story/{story}/status", data={"action": "done"})  # at once after one's own change
    assert "assigned to you" not in journalist.get("/queue/").get_data(as_text=True)


def test_the_story_page_leads_back_to_the_queue_as_it_was_left(app, as_role):
    journalist = as_role("journalist")
    story_url = f"/queue/story/{app.ids['articles']['Diet and MS: a careful look']}"

    def back_link():
        html = journalist.get(story_url).get_data(as_text=True)
        return re.search(r'<a id="back-to-queue" href="([^"]*)"', html).group(1).replace("&amp;", "&")
    assert back_link() == "/queue/"  # the queue never seen: its first page
    journalist.get("/queue/?label=cure&sort=newest&page=3&bogus=1")
    assert back_link() == "/queue/?label=cure&sort=newest&page=3"
    journalist.get("/queue/")
    assert back_link() == "/queue/"


def test_the_story_page_leads_to_the_next_and_previous_story_of_the_queue_as_it_was_left_on_both_databases(
        app_any_db):
    from sqlalchemy import update

    from storage.models import Article
    ids = app_any_db.ids["articles"]
    title_of = {str(i): title for title, i in ids.items()}
    cure, patients, diet = "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"
    db = app_any_db.extensions["hypewatch_db"]
    with db.session() as session:  # the cure story undated; the copy tied on score with the diet story, stored before it
        session.execute(update(Article).where(Article.id == ids[cure]).values(published=None))
        session.execute(update(Article).where(Article.id == ids[patients]).values(score=0.05))
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")

    def neighbours(title):  # where the story page's links lead: a story, or at the queue's end the queue
        html = client.get(f"/queue/story/{ids[title]}").get_data(as_text=True)
        links = dict(re.findall(r'<a rel="(prev|next)" href="([^"]*)"', html))
        found = [re.fullmatch(r"/queue/story/(\d+)", client.get(links[rel]).headers["Location"]) for rel in ("prev", "next")]
        return tuple(title_of[match.group(1)] if match else None for match in found)

    assert neighbours(cure) == (None, diet)  # the queue never seen: the default, one row per story
    assert neighbours(patients) == (diet, None)  # a copy, which this queue skips, is placed by its score and id
    client.get("/queue/?status=new&page=2")  # every copy; a tie goes to the story stored last
    assert [neighbours(t) for t in (cure, diet, patients)] == [(None, diet), (cure, patients), (diet, None)]
    client.get("/queue/?status=new&sort=newest")  # dated stories newest first, then the undated
    assert [neighbours(t) for t in (diet, patients, cure)] == [(None, patients), (diet, cure), (patients, None)]
    with db.session() as session:  # two undated stories: the one stored last first
        session.execute(update(Article).where(Article.id == ids[patients]).values(published=None))
    assert [neighbours(t) for t in (diet, patients, cure)] == [(None, patients), (diet, cure), (patients, None)]
    client.get("/queue/?label=cure")  # a story the filter leaves out is placed among those it lets through
    assert neighbours(diet) == (cure, None)
    client.get("/queue/?q=zzzznotaword")
    assert neighbours(diet) == (None, None)
    assert client.get("/queue/story/99999999/next").status_code == 404


def test_the_next_and_previous_story_are_read_from_the_orders_index_at_the_storys_place(database_url):
    """Each neighbour of a story (webapp.stories.neighbour_query, in every part of either order,
    unfiltered or filtered) enters an index at the story's score or date: not a walk from the
    queue's start past every story before it, nor a sort of every story."""
    from storage import open_database
    from tests.samples import fill_queue_for_plans
    from webapp.stories import neighbour_query
    db = open_database(database_url)
    sqlite = database_url.startswith("sqlite")
    fill_queue_for_plans(db)
    story = {"id": 1500, "score": 0.5, "published": datetime(2026, 1, 2), "status": "new"}
    for names in (frozenset(), frozenset({"open"}), frozenset({"status"})):
        for sort, parts in (("score", ("own",)), ("newest", ("own", "undated_own", "undated", "dated"))):
            for after in (False, True):
                for part in parts:
                    plan = query_plan(db, neighbour_query(names, None, False, sort, after, part), story)
                    key = "score" if sort == "score" else "published"
                    if sqlite:
                        assert re.search(rf"SEARCH articles USING INDEX ix_articles_\w+ \({key}[<>=]", plan), plan
                        assert "TEMP B-TREE" not in plan, plan
                    else:
                        assert re.search(rf"Index Cond: \(.*\b{key} (<=|>=|IS NULL|IS NOT NULL)", plan), plan
                        assert "->  Sort " not in plan, plan  # an Incremental Sort of ties, if any, is cheap


def query_plan(db, statement, values) -> str:
    """The database's plan for a statement of the app's, with these values bound, as one line."""
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        compiled = statement.compile(dialect=conn.dialect)
        params = compiled.construct_params(values)
        if sqlite:
            params = tuple(params[name] for name in compiled.positiontup)
        return " ".join(str(row[-1] if sqlite else row[0]) for row in conn.exec_driver_sql(
            ("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + compiled.string, params))


def test_the_queue_shows_the_stories_still_to_review_unless_asked_for_any_on_both_databases(app_any_db):
    ids = app_any_db.ids["articles"]
    cure, patients, diet = "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get("/queue/").get_data(as_text=True)
    assert titles(html) == [cure, diet]
    assert re.findall(r'<option value="(\w+)" (?:selected)?>', html.split('name="status"')[1].split("</select>")[0]) == [
        "open", "any", "new", "in_review", "done"]
    assert '<option value="open" selected>open (not done)</option>' in html
    client.post(f"/queue/story/{ids[cure]}/status", data={"action": "done"})
    assert titles(client.get("/queue/").get_data(as_text=True)) == [diet]  # done, with its copy elsewhere
    assert titles(client.get("/queue/?sort=newest").get_data(as_text=True)) == [diet]
    assert titles(client.get("/queue/?status=any").get_data(as_text=True)) == [cure, diet]  # one row per story, as before
    assert titles(client.get("/queue/?status=").get_data(as_text=True)) == [diet]  # no choice: the default
    # a filter lists every copy that matches and is not done (the copy was done with its story); "any" the done ones too
    assert titles(client.get("/queue/?q=stem").get_data(as_text=True)) == []
    assert titles(client.get("/queue/?q=stem&status=any").get_data(as_text=True)) == [cure, patients]
    assert titles(client.get("/queue/?q=careful").get_data(as_text=True)) == [diet]
    client.post(f"/queue/story/{ids[diet]}/status", data={"action": "in_review"})
    assert titles(client.get("/queue/").get_data(as_text=True)) == [diet]  # in review is still open
    assert [s["title"] for s in client.get("/api/v1/stories").get_json()["stories"]] == [cure, patients, diet]
    assert [s["title"] for s in client.get("/api/v1/stories?status=open").get_json()["stories"]] == [diet]


def test_the_open_queue_walks_an_index_of_the_open_stories_in_either_order(database_url):
    """The default view, each cluster's first story while it is not done, is read from partial
    indexes in its order (migration 0114): with the most overstated stories done, as journalists
    finish them first, a walk of all first stories would pass every done one before the page."""
    from storage import open_database
    from tests.samples import fill_queue_for_plans
    from webapp.stories import ORDERS, matching
    db = open_database(database_url)
    fill_queue_for_plans(db, done_above=0.5)
    for sort, index in (("score", "ix_articles_open_first_copies "), ("newest", "ix_articles_open_first_copies_")):
        page = matching(frozenset({"open"}), None, False, False).order_by(*ORDERS[sort]).limit(21)  # as queue_page
        plan = query_plan(db, page, {})
        assert index in plan and "TEMP B-TREE" not in plan and "->  Sort " not in plan, plan



@pytest.mark.parametrize("name, column, mark, indexes", [
    ("repeats", "repeating", True, ("ix_articles_open_repeating", "ix_articles_repeating")),
    ("adds", "adds_claims", 2, ("ix_articles_open_adding", "ix_articles_adding"))])
def test_the_few_stories_a_job_marks_are_read_from_indexes_of_them(database_url, name, column, mark, indexes):
    """Few stories repeat a checked claim, or add claims to their source, and few of those are open once the desk
    has been through them: the queue's "Repeats a checked claim" and "Adds claims to its source" (in either
    order) and the header's count of open repeats walk partial indexes of the stories so marked (migrations 0117,
    0123), not every story probed."""
    from sqlalchemy import update

    from storage import open_database
    from storage.models import Article
    from tests.samples import fill_queue_for_plans
    from webapp.stories import ORDERS, matching, open_repeats_statement
    db = open_database(database_url)
    fill_queue_for_plans(db, done_above=0.5)
    with db.session() as session:  # one story in a hundred, as the job marks them; then the statistics again
        session.execute(update(Article).where(Article.id % 100 == 7).values({column: mark}))
    if database_url.startswith("sqlite"):
        db.refresh_statistics()
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE articles")
    open_index, every_index = indexes
    for names, sort in ((frozenset({name, "open"}), "score"), (frozenset({name}), "score"),
                        (frozenset({name, "open"}), "newest")):
        page = matching(names, None, False, False).order_by(*ORDERS[sort]).limit(21)  # as queue_page
        assert open_index in query_plan(db, page, {}) or (
            "open" not in names and every_index in query_plan(db, page, {})), (names, sort)
    if name == "repeats":
        assert "ix_articles_open_repeating" in query_plan(db, open_repeats_statement(100), {})


def test_mark_done_next_story_moves_on_through_the_queue_as_it_was_left(app, as_role):
    ids = app.ids["articles"]
    cure, patients, diet = "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"
    journalist = as_role("journalist")
    journalist.get("/queue/?status=new")  # every copy still new, the most overstated first
    assert 'value="done_next"' in journalist.get(f"/queue/story/{ids[cure]}").get_data(as_text=True)
    response = journalist.post(f"/queue/story/{ids[cure]}/status", data={"action": "done_next"})
    assert response.headers["Location"] == f"/queue/story/{ids[diet]}"  # its copy elsewhere was done with it
    response = journalist.post(f"/queue/story/{ids[diet]}/status", data={"action": "done_next"})
    assert response.headers["Location"] == "/queue/?status=new"  # the end of the queue: back to it
    assert "No story after that one in the queue." in journalist.get(response.headers["Location"]).get_data(as_text=True)
    assert 'value="done_next"' not in journalist.get(f"/queue/story/{ids[diet]}").get_data(as_text=True)  # done
    assert titles(journalist.get("/queue/?status=done").get_data(as_text=True)) == [cure, patients, diet]


def test_stories_ticked_on_a_queue_page_are_marked_at_once_and_audited_on_both_databases(app_any_db):
    from sqlalchemy import select

    from storage.models import Article, AuditEvent
    ids = app_any_db.ids["articles"]
    cure, patients, diet = "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get("/queue/?status=new&sort=newest").get_data(as_text=True)
    assert re.findall(r'name="selected" value="(\d+)" form="bulk"', html) == [str(ids[t]) for t in (diet, patients, cure)]
    assert 'name="back_query" value="status=new&amp;sort=newest"' in html.split('id="bulk"')[1]
    response = client.post("/queue/status", data={"status": "in_review", "selected": [ids[diet], ids[cure], "x", "99999999999"],
                                                   "back_query": "status=new&sort=newest"})
    assert response.headers["Location"] == "/queue/?status=new&sort=newest"  # back to the page as it was
    assert "Marked 2 stories in review." in client.get(response.headers["Location"]).get_data(as_text=True)
    with app_any_db.extensions["hypewatch_db"].session() as session:  # the copy elsewhere of the cure story with it
        assert dict(session.execute(select(Article.title, Article.status)).all()) == {
            cure: "in_review", patients: "in_review", diet: "in_review"}
        assert sorted(session.scalars(select(AuditEvent.article_id).where(AuditEvent.entity == "article"))) == sorted(
            [ids[diet], ids[cure], ids[patients]])
    assert titles(client.get("/queue/?status=new").get_data(as_text=True)) == []
    assert client.post("/queue/status", data={"status": "archived", "selected": [ids[cure]]}).status_code == 400
    assert client.post("/queue/status", data={"status": "done", "selected": list(range(1, 502))}).status_code == 400
    response = client.post("/queue/status", data={"status": "in_review"})  # nothing ticked: nothing changes
    assert response.status_code == 302 and response.headers["Location"] == "/queue/"


def test_a_storys_status_is_its_copies_elsewhere_too_but_not_its_assignee(app, as_role):
    from sqlalchemy import select

    from storage.models import Article, AuditEvent
    ids = app.ids["articles"]
    cure, patients = ids["Stem cells cure MS, scientists say"], ids["MS patients helped by stem cell trial"]
    journalist = as_role("journalist")
    journalist.post(f"/queue/story/{patients}/status", data={"action": "assign"})  # from the copy's own page
    with app.extensions["hypewatch_db"].session() as session:
        rows = {a.id: (a.status, a.assignee_id) for a in session.scalars(select(Article).where(Article.cluster_id == cure))}
        assert rows == {cure: ("in_review", None), patients: ("in_review", app.ids["users"]["journalist"])}
        event = session.scalars(select(AuditEvent).where(AuditEvent.article_id == cure)).one()
        assert (event.before, event.after) == ({"status": "new"}, {"status": "in_review", "with_story": patients})
    journalist.post(f"/queue/story/{patients}/status", data={"action": "unassign"})  # no status change: no copy touched
    with app.extensions["hypewatch_db"].session() as session:
        assert session.scalar(select(Article.status).where(Article.id == cure)) == "in_review"
        assert len(session.scalars(select(AuditEvent).where(AuditEvent.article_id == cure)).all()) == 1


def test_a_journalist_corrects_a_checklist_criterion_which_a_new_analysis_keeps_on_both_databases(app_any_db):
    """The person's verdict shows and counts (the outlets' records) over the classifier's, is audited,
    survives the story being analysed again, and can be handed back to the classifier."""
    from sqlalchemy import select

    from storage.articles import save_analysis
    from storage.models import Article, AuditEvent
    from tests.webapp.webapp_testdata import CRITERIA, analysis
    from webapp.stats import outlet_records
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    story_id = app_any_db.ids["articles"]["Stem cells cure MS, scientists say"]
    database = app_any_db.extensions["hypewatch_db"]

    def checklist():
        html = client.get(f"/queue/story/{story_id}").get_data(as_text=True)
        return html.split('id="checklist"')[1].split("</ul>")[0]

    def evidence_counts():
        with database.session() as session:
            return next(o for o in outlet_records(session, days=3650) if o.name == "example").checklist["evidence_quality"]
    assert "criterion-not_satisfied" in checklist() and evidence_counts() == (0, 1)
    response = client.post(f"/queue/story/{story_id}/criterion", data={
        "criterion": "evidence_quality", "status": "satisfied", "note": "The <b>trial</b> size is in the last paragraph."})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/queue/story/{story_id}#checklist")
    corrected = checklist()
    assert 'criterion-satisfied"><span class="mark">✔</span> <strong>Explains the quality' in corrected
    assert ('<div class="review">Set by journalist: The &lt;b&gt;trial&lt;/b&gt; size is in the last paragraph.</div>'
            '<div class="meta">The classifier said not satisfied: No number of participants is given.</div>') in corrected
    assert evidence_counts() == (1, 1)
    with database.session() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.entity == "criterion"))
        assert (event.action, event.article_id, event.before["status"], event.after["status"]) == (
            "review", story_id, "not_satisfied", "satisfied")
        article = session.get(Article, story_id)  # analysed again: the classifier now finds no evidence of quality either
        text = article.text
        save_analysis(session, article, analysis(text, {}, score=0.5, criteria=[
            dict(CRITERIA[0], reason="still none"), CRITERIA[1]]))
    again = checklist()
    assert 'criterion-satisfied"><span class="mark">✔</span> <strong>Explains the quality' in again
    assert "The classifier said not satisfied: still none" in again and evidence_counts() == (1, 1)
    client.post(f"/queue/story/{story_id}/criterion", data={"criterion": "evidence_quality", "status": "classifier"})
    back = checklist()
    assert "criterion-not_satisfied" in back and "Set by" not in back and evidence_counts() == (0, 1)


def test_a_checklist_correction_names_a_criterion_of_the_story_and_a_known_verdict(app, as_role):
    journalist = as_role("journalist")
    story_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    url = f"/queue/story/{story_id}/criterion"
    assert journalist.post(url, data={"criterion": "costs", "status": "satisfied"}).status_code == 400  # not in its checklist
    assert journalist.post(url, data={"criterion": "harms", "status": "maybe"}).status_code == 400
    assert as_role("subscriber").post(url, data={"criterion": "evidence_quality", "status": "satisfied"}).status_code == 403
    assert journalist.post(url, data={"criterion": "evidence_quality", "status": "not_applicable"}).status_code == 302


def test_a_checklist_correction_saved_while_the_story_is_analysed_again_is_kept_on_both_databases(app_any_db):
    """The classify job read the story before the journalist's correction was committed; saving its new
    analysis keeps the correction (PostgreSQL: the checklist is read again under a row lock; SQLite: its
    snapshot is read again in a transaction that has not written yet)."""
    from storage.articles import save_analysis
    from storage.models import Article, User
    from tests.webapp.webapp_testdata import CRITERIA, analysis
    from webapp import workflow
    database = app_any_db.extensions["hypewatch_db"]
    story_id = app_any_db.ids["articles"]["Stem cells cure MS, scientists say"]
    with database.session() as job:
        article = job.get(Article, story_id)  # the job has the story, its checklist as it was
        assert article.criteria[0]["status"] == "not_satisfied"
        with database.session() as web:
            workflow.review_criterion(web, web.get(User, app_any_db.ids["users"]["journalist"]),
                                      web.get(Article, story_id), "evidence_quality", "satisfied", "size given")
        save_analysis(job, article, analysis(article.text, {}, score=0.5, criteria=[
            dict(CRITERIA[0], reason="read again"), CRITERIA[1]]))
    with database.session() as session:
        article = session.get(Article, story_id)
        [evidence] = [c for c in article.criteria if c["id"] == "evidence_quality"]
        assert (evidence["status"], evidence["reason"], evidence["review"]["note"]) == ("satisfied", "read again", "size given")
        assert article.criteria_met == article.criteria_judged  # both criteria met: the counts agree with the page


def cite(app, references: dict[str, list[tuple[str, str]]]) -> tuple[int, int, int]:
    """The sample stories given these study references ({title: [(kind, value)]}); their ids (cure, copy, diet)."""
    from sqlalchemy import insert

    from storage.models import StudyReference
    ids = app.ids["articles"]
    with app.extensions["hypewatch_db"].session() as session:
        session.execute(insert(StudyReference), [
            {"article_id": ids[title], "kind": kind, "value": value, "position": position}
            for title, cited in references.items() for position, (kind, value) in enumerate(cited)])
    return (ids["Stem cells cure MS, scientists say"], ids["MS patients helped by stem cell trial"],
            ids["Diet and MS: a careful look"])


def test_story_page_names_the_study_and_the_other_stories_on_it_on_both_databases(app_any_db):
    """A DOI, a trial number, a PubMed id or a paper's link shared with another story puts that story under
    "Other stories on this study"; a copy of the story itself is listed as the same story, not there."""
    cure, copy, diet = cite(app_any_db, {
        "Stem cells cure MS, scientists say": [("journal", "Lancet <b>Neurology</b>"),
                                               ("doi", "10.1016/s1474-4422(24)00001-2"), ("trial", "NCT01234567")],
        "MS patients helped by stem cell trial": [("doi", "10.1016/s1474-4422(24)00001-2")],
        "Diet and MS: a careful look": [("trial", "NCT01234567"), ("journal", "Neurology")]})
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    html = client.get(f"/queue/story/{cure}").get_data(as_text=True)
    study = html.split('id="study"')[1].split("</section>")[0]
    assert "Journal: Lancet &lt;b&gt;Neurology&lt;/b&gt;" in study  # the story's words, escaped
    assert ('DOI: <a href="https://doi.org/10.1016/s1474-4422(24)00001-2" rel="noopener noreferrer nofollow" '
            'target="_blank">10.1016/s1474-4422(24)00001-2</a>') in study
    assert 'href="https://clinicaltrials.gov/study/NCT01234567"' in study
    others = study.split("Other stories on this study")[1]
    assert re.findall(r'<a href="[^"]*/queue/story/(\d+)">([^<]+)</a>', others) == [
        (str(diet), "Diet and MS: a careful look")]  # not the copy, which is the same story
    assert f"/queue/story/{cure}/compare/{diet}" in others and "0 flagged sentences" in others

    # the other story lists this one; a story that names only a journal shares no study with anyone
    diet_page = client.get(f"/queue/story/{diet}").get_data(as_text=True).split('id="study"')[1]
    assert "Stem cells cure MS, scientists say" in diet_page.split("</section>")[0]
    copy_page = client.get(f"/queue/story/{copy}").get_data(as_text=True).split('id="study"')[1].split("</section>")[0]
    assert "No other stored story cites this study." in copy_page

    api = client.get(f"/api/v1/stories/{cure}").get_json()
    assert api["references"][1] == {"kind": "doi", "value": "10.1016/s1474-4422(24)00001-2",
                                    "url": "https://doi.org/10.1016/s1474-4422(24)00001-2"}
    assert [(s["id"], s["flagged"]) for s in api["same_study"]] == [(diet, 0)]


def test_a_story_the_classifier_did_not_read_says_why_on_its_page_in_the_queue_and_in_the_api(app, as_role):
    from storage.articles import save_analysis
    from storage.models import Article
    story_id = app.ids["articles"]["Diet and MS: a careful look"]
    journalist = as_role("journalist")
    assert "Not read:" not in journalist.get(f"/queue/story/{story_id}").get_data(as_text=True)
    assert journalist.get(f"/api/v1/stories/{story_id}").get_json()["out_of_scope"] is None
    with app.extensions["hypewatch_db"].session() as session:
        save_analysis(session, session.get(Article, story_id), {"score": 0.0, "sentences": [], "criteria": [],
                                                                "model_version": "t", "out_of_scope": "not_english"})
    html = journalist.get(f"/queue/story/{story_id}").get_data(as_text=True)
    assert re.search(r'<p class="flash out-of-scope" role="status">Not read: the text is not in English\.', html)
    assert journalist.get(f"/api/v1/stories/{story_id}").get_json()["out_of_scope"] == "not_english"
    listed = journalist.get("/api/v1/stories").get_json()["stories"]
    assert {s["id"]: s["out_of_scope"] for s in listed}[story_id] == "not_english"
    row = next(r for r in journalist.get("/queue/").get_data(as_text=True).split('class="story-row"')[1:]
               if "Diet and MS" in r)
    assert re.search(r'<span class="not-read" title="Not read: the text is not in English\.[^"]*">not read: not in '
                     r'English</span>', row), row


def test_a_story_that_names_no_study_says_so(as_role, app):
    html = as_role("journalist").get(f"/queue/story/{app.ids['articles']['Diet and MS: a careful look']}")
    assert "The story names no journal, DOI or trial registration." in html.get_data(as_text=True)


def test_stories_naming_the_same_journal_within_days_in_words_alike_are_probably_on_the_same_study(app, as_role):
    """Most stories name a journal but give no DOI: another story naming that journal within three days, worded
    alike, is listed as probably on the same study; not one on another subject, from another week or journal."""
    from datetime import timedelta

    from storage.articles import save_analysis, store_article
    from storage.models import Article
    from tests.webapp.webapp_testdata import DAY
    cure = app.ids["articles"]["Stem cells cure MS, scientists say"]
    reworded = ("Twelve patients with multiple sclerosis were given stem cells in a small trial. Dr Ray, not part of "
                "the work, said that more trials are needed before the stem cells are offered.")
    ebola = ("A rapid test for Ebola gave results within fifteen minutes in a trial of patients in Guinea; more work "
             "is needed, experts said.")  # a few of the same words (similarity 0.17)
    stories = {"Reworded": (reworded, "Lancet", 1), "Ebola": (ebola, "Lancet", 1), "Later": (reworded, "Lancet", 9),
               "Elsewhere": (reworded, "Neurology", 1), "At the congress": (reworded, ("meeting", "ECTRIMS"), 2)}
    with app.extensions["hypewatch_db"].session() as session:
        save_analysis(session, session.get(Article, cure), {
            "score": 0.92, "sentences": [], "criteria": [], "model_version": "t",
            "references": [{"kind": "journal", "value": "Lancet"}, {"kind": "meeting", "value": "ECTRIMS"}]})
        ids = {}
        for title, (text, journal, days) in stories.items():
            story = store_article(session, {"url": f"https://x.example/{title}", "title": title, "text": text,
                                            "date": DAY + timedelta(days=days)})
            kind, value = journal if isinstance(journal, tuple) else ("journal", journal)
            save_analysis(session, story, {"score": 0.3, "sentences": [], "criteria": [], "model_version": "t",
                                           "references": [{"kind": kind, "value": value}]})
            ids[title] = story.id
    study = as_role("journalist").get(f"/queue/story/{cure}").get_data(as_text=True).split('id="study"')[1]
    probably = study.split("</section>")[0].split("Probably on this study")[1]
    assert re.findall(r'/queue/story/(\d+)">([^<]+)</a>', probably) == [  # the same meeting too
        (str(ids["At the congress"]), "At the congress"), (str(ids["Reworded"]), "Reworded")]
    api = as_role("journalist").get(f"/api/v1/stories/{cure}").get_json()
    assert [s["title"] for s in api["probably_same_study"]] == ["At the congress", "Reworded"]
    assert api["same_study"] == []


def test_the_queue_lists_every_story_citing_a_study_however_it_is_given_on_both_databases(app_any_db):
    from werkzeug.datastructures import MultiDict

    from webapp.stories import QueueFilters
    cure, _, _ = cite(app_any_db, {"Stem cells cure MS, scientists say": [("doi", "10.1000/ms")],
                                   "Diet and MS: a careful look": [("doi", "10.1000/ms")],
                                   "MS patients helped by stem cell trial": [("journal", "Lancet")]})
    client = log_in(app_any_db.test_client(), app_any_db, "journalist")
    citing = ["Stem cells cure MS, scientists say", "Diet and MS: a careful look"]
    for given in ("doi:10.1000/ms", "10.1000/MS", "https://doi.org/10.1000/ms", "read it: doi 10.1000/ms."):
        assert titles(client.get("/queue/", query_string={"study": given, "status": "any"}).text) == citing, given
    assert titles(client.get("/queue/?study=Lancet&status=any").text) == ["MS patients helped by stem cell trial"]
    assert titles(client.get("/queue/?study=doi:10.1000/other&status=any").text) == []
    page = client.get("/queue/?study=10.1000/MS").text
    assert 'name="study" value="doi:10.1000/ms"' in page  # as the filter read it
    filters = QueueFilters.from_args(MultiDict({"study": "NCT01234567"}))
    assert filters.describe() == "citing Trial registration NCT01234567"
    assert filters.watch_query() == "study=trial%3ANCT01234567"  # a study can be watched: new stories citing it
    assert QueueFilters.from_args(MultiDict({"study": "  "})).study == ""
    story = client.get(f"/queue/story/{cure}").text.split('id="study"')[1].split("</section>")[0]
    assert 'href="/queue/?study=doi%3A10.1000%2Fms&amp;status=any"' in story
