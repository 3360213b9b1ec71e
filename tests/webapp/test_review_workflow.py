"""Journalists annotate, editors approve or reject, and every change lands in the audit trail."""
from __future__ import annotations

import csv
import io
import json
import re

from storage.models import Annotation, AuditEvent, Sentence
from tests.webapp.webapp_testdata import STORIES, log_in

STORY = "Stem cells cure MS, scientists say"


def sentences_of(app, title=STORY) -> list[int]:
    with app.extensions["hypewatch_db"].session() as session:
        return [s.id for s in session.query(Sentence).filter_by(article_id=app.ids["articles"][title])
                .order_by(Sentence.position)]


def annotation(app, annotation_id) -> Annotation:
    with app.extensions["hypewatch_db"].session() as session:
        found = session.get(Annotation, annotation_id)
        session.expunge(found)
        return found


def annotate(client, app, sentence_id, verdict="agree", labels=(), note="", title=STORY):
    return client.post(f"/queue/story/{app.ids['articles'][title]}/annotate",
                       data={"sentence_id": sentence_id, "verdict": verdict, "labels": list(labels), "note": note})


def add_annotations(app, statuses: list[str]) -> None:
    """One journalist's annotations, noted "note 0.", "note 1." …, with these statuses, each of a
    copy of the story's first sentence (a person annotates a sentence once)."""
    with app.extensions["hypewatch_db"].session() as session:
        first = session.query(Sentence).filter_by(article_id=app.ids["articles"][STORY], position=0).one()
        copies = [Sentence(article_id=first.article_id, position=1000 + k, start=first.start, end=first.end,
                           text=first.text, labels=first.labels) for k in range(len(statuses))]
        session.add_all(copies)
        session.flush()
        session.add_all(Annotation(sentence_id=sentence.id, article_id=sentence.article_id,
                                   user_id=app.ids["users"]["journalist"], verdict="agree", note=f"note {k}.",
                                   status=status, reject_reason="no" if status == "rejected" else None)
                        for k, (sentence, status) in enumerate(zip(copies, statuses)))
        session.commit()


def pending_ids(app) -> list[tuple[int, int]]:
    with app.extensions["hypewatch_db"].session() as session:
        return [(a.id, a.version) for a in session.query(Annotation).filter_by(status="pending").order_by(Annotation.id)]


def test_journalist_agrees_disagrees_and_flags_a_missed_sentence(app, as_role):
    journalist = as_role("journalist")
    cure, hype, trial, _ = sentences_of(app)
    assert annotate(journalist, app, cure, "agree").status_code == 302
    assert annotate(journalist, app, hype, "disagree", labels=["hype"], note="Only 'changes everything' is hype").status_code == 302
    assert annotate(journalist, app, trial, "disagree", labels=["extrapolation"], note="Missed").status_code == 302
    with app.extensions["hypewatch_db"].session() as session:
        rows = {a.sentence_id: a for a in session.query(Annotation)}
        assert rows[cure].labels == ["cure"]  # agreeing keeps the model's labels
        assert (rows[hype].verdict, rows[hype].labels) == ("disagree", ["hype"])
        assert rows[trial].labels == ["extrapolation"] and all(a.status == "pending" for a in rows.values())
    html = journalist.get(f"/queue/story/{app.ids['articles'][STORY]}").get_data(as_text=True)
    assert "Only &#39;changes everything&#39; is hype" in html  # shown on the story page, escaped
    assert html.count("create annotation") == 3  # and in its history


def test_unknown_label_or_verdict_is_a_clear_400(app, as_role):
    cure = sentences_of(app)[0]
    response = annotate(as_role("journalist"), app, cure, "agree", labels=["miracle"])
    assert response.status_code == 400 and b"unknown label" in response.data
    assert annotate(as_role("journalist"), app, cure, "maybe").status_code == 400


def test_editor_approves_rejects_with_a_reason_and_edits(app, as_role):
    journalist, editor = as_role("journalist"), as_role("editor")
    cure, hype, trial, _ = sentences_of(app)
    annotate(journalist, app, cure, "agree")
    annotate(journalist, app, hype, "agree")
    annotate(journalist, app, trial, "disagree", labels=["causal", "certainty"])
    (a1, v1), (a2, v2), (a3, v3) = pending_ids(app)
    assert b"Annotations waiting for approval" in editor.get("/review/").data
    assert editor.post(f"/review/annotation/{a1}", data={"decision": "approve", "version": v1}).status_code == 302
    response = editor.post(f"/review/annotation/{a2}", data={"decision": "reject", "version": v2, "reason": ""})
    assert response.status_code == 400  # a rejection needs a reason
    assert editor.post(f"/review/annotation/{a2}", data={"decision": "reject", "version": v2,
                                                         "reason": "Not hype in context"}).status_code == 302
    page = editor.get(f"/review/annotation/{a3}").text
    assert "Save and approve" in page and page.count('name="labels"') == 6
    ticked = re.findall(r'name="labels" value="(\w+)" checked', page)
    assert ticked == ["causal", "certainty"]  # the annotation's labels, ready to edit
    assert editor.post(f"/review/annotation/{a3}", data={"decision": "edit", "version": v3, "verdict": "disagree",
                                                         "labels": ["certainty"], "note": "Edited"}).status_code == 302
    first, second, third = annotation(app, a1), annotation(app, a2), annotation(app, a3)
    assert first.status == "approved" and first.reviewed_by_id == app.ids["users"]["editor"]
    assert (second.status, second.reject_reason) == ("rejected", "Not hype in context")
    assert (third.status, third.verdict, third.labels, third.note) == ("approved", "disagree", ["certainty"], "Edited")


def test_second_editor_gets_a_conflict_and_nothing_is_overwritten(app, as_role):
    annotate(as_role("journalist"), app, sentences_of(app)[0], "agree")
    [(annotation_id, version)] = pending_ids(app)
    first, second = as_role("editor"), as_role("admin")
    # both opened the approval queue and saw the same version
    assert first.post(f"/review/annotation/{annotation_id}", data={"decision": "approve", "version": version}).status_code == 302
    response = second.post(f"/review/annotation/{annotation_id}",
                           data={"decision": "reject", "version": version, "reason": "too late"})
    assert response.status_code == 409
    assert b"editor already approved this annotation; nothing was overwritten" in response.data
    kept = annotation(app, annotation_id)
    assert (kept.status, kept.reviewed_by_id, kept.reject_reason) == ("approved", app.ids["users"]["editor"], None)


def test_an_editor_never_approves_their_own_annotation(app, as_role):
    editor = as_role("editor")
    annotate(editor, app, sentences_of(app)[0], "agree")
    [(annotation_id, version)] = pending_ids(app)
    # the queue shows it without a form: nothing to press but to be refused
    item = re.search(rf'<div class="claim pending" id="annotation-{annotation_id}">.*?\n</div>',
                     editor.get("/review/").get_data(as_text=True), re.S).group(0)
    assert "Yours: another editor reviews it." in item and "<form" not in item and 'name="selected"' not in item
    assert "Approve</button>" in as_role("admin").get("/review/").get_data(as_text=True)
    response = editor.post(f"/review/annotation/{annotation_id}", data={"decision": "approve", "version": version})
    assert response.status_code == 400 and b"another editor reviews it" in response.data
    page = editor.post("/review/bulk", data={"selected": [f"{annotation_id}:{version}"]}, follow_redirects=True)
    assert b"Skipped your own annotations" in page.data
    assert annotation(app, annotation_id).status == "pending"
    assert as_role("admin").post(f"/review/annotation/{annotation_id}",
                                 data={"decision": "approve", "version": version}).status_code == 302
    assert annotation(app, annotation_id).reviewed_by_id == app.ids["users"]["admin"]


def test_stale_write_is_caught_by_the_version_lock(app_any_db):
    """Two sessions read version 1; the second UPDATE finds no row at that version (both backends)."""
    app = app_any_db
    from storage.models import User
    from webapp import workflow
    database = app.extensions["hypewatch_db"]
    with database.session() as session:
        a = Annotation(sentence_id=sentences_of(app)[0], article_id=app.ids["articles"][STORY],
                       user_id=app.ids["users"]["journalist"], verdict="agree", labels=["cure"], status="pending")
        session.add(a)
    one, two = database.sessions(), database.sessions()
    first, second = one.get(Annotation, a.id), two.get(Annotation, a.id)
    workflow.review(one, one.get(User, app.ids["users"]["editor"]), first, version=1, decision="approve")
    one.commit()
    try:
        workflow.review(two, two.get(User, app.ids["users"]["admin"]), second, version=1,
                        decision="reject", reason="x")
    except workflow.Conflict:
        two.rollback()
    else:
        raise AssertionError("the stale update went through")
    finally:
        one.close(), two.close()
    assert annotation(app, a.id).status == "approved"


def test_a_double_click_on_save_makes_one_annotation(app_any_db):
    """Both requests find no annotation of the sentence; the first one's insert lands just before
    the second one's: the second saves its values into that annotation (both backends)."""
    app = app_any_db
    from sqlalchemy import event, func, select

    from storage.models import User
    from webapp import workflow
    database = app.extensions["hypewatch_db"]
    sentence_id, user_id = sentences_of(app)[0], app.ids["users"]["journalist"]
    second, landed = database.sessions(), []

    def first_request_lands(*_):
        if landed:
            return
        landed.append(True)
        with database.session() as first:
            workflow.annotate(first, first.get(User, user_id), first.get(Sentence, sentence_id), verdict="agree")
    event.listen(second, "before_flush", first_request_lands)
    try:
        workflow.annotate(second, second.get(User, user_id), second.get(Sentence, sentence_id),
                          verdict="disagree", labels=[], note="the second click")
        second.commit()
    finally:
        second.close()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Annotation)) == 1
        saved = session.scalar(select(Annotation))
        assert (saved.verdict, saved.note, saved.version) == ("disagree", "the second click", 2)
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["create", "update"]


def test_bulk_approve_skips_what_someone_else_changed(app, as_role):
    journalist, editor = as_role("journalist"), as_role("editor")
    for sentence in sentences_of(app)[:3]:
        annotate(journalist, app, sentence, "agree")
    (a1, v1), (a2, v2), (a3, v3) = pending_ids(app)
    as_role("admin").post(f"/review/annotation/{a2}", data={"decision": "reject", "version": v2, "reason": "no"})
    response = editor.post("/review/bulk", data={"selected": [f"{a1}:{v1}", f"{a2}:{v2}", f"{a3}:{v3}"]},
                           follow_redirects=True)
    assert b"Approved 2 annotations." in response.data and f"first: {a2}.".encode() in response.data
    assert [annotation(app, i).status for i in (a1, a2, a3)] == ["approved", "rejected", "approved"]


def test_journalist_cannot_change_a_published_verdict(app, as_role):
    journalist = as_role("journalist")
    cure = sentences_of(app)[0]
    annotate(journalist, app, cure, "agree")
    [(annotation_id, version)] = pending_ids(app)
    as_role("editor").post(f"/review/annotation/{annotation_id}", data={"decision": "approve", "version": version})
    response = annotate(journalist, app, cure, "disagree", labels=[])
    assert response.status_code == 409
    assert annotation(app, annotation_id).verdict == "agree"


def test_audit_trail_records_who_when_before_after_and_exports(app, as_role):
    journalist, editor = as_role("journalist"), as_role("editor")
    cure = sentences_of(app)[0]
    annotate(journalist, app, cure, "agree")
    annotate(journalist, app, cure, "disagree", labels=["hype"], note="changed my mind")
    [(annotation_id, version)] = pending_ids(app)
    editor.post(f"/review/annotation/{annotation_id}", data={"decision": "approve", "version": version})
    with app.extensions["hypewatch_db"].session() as session:
        events = session.query(AuditEvent).filter_by(entity="annotation").order_by(AuditEvent.id).all()
        assert [e.action for e in events] == ["create", "update", "approve"]
        assert events[1].before["verdict"] == "agree" and events[1].after["verdict"] == "disagree"
        assert events[2].before["status"] == "pending" and events[2].after["status"] == "approved"
        assert events[2].user_id == app.ids["users"]["editor"] and events[2].at is not None
    rows = list(csv.DictReader(io.StringIO(editor.get("/review/audit.csv").get_data(as_text=True))))
    assert [(r["user"], r["action"]) for r in rows if r["entity"] == "annotation"] == [
        ("journalist", "create"), ("journalist", "update"), ("editor", "approve")]
    assert json.loads(rows[-1]["after"])["status"] == "approved"
    lines = editor.get(f"/review/audit.jsonl?article={app.ids['articles'][STORY]}").get_data(as_text=True).splitlines()
    assert [json.loads(line)["action"] for line in lines] == ["create", "update", "approve"]


def test_queue_filters_pagination_and_assign_to_me(app, as_role):
    journalist = as_role("journalist")
    def titles(query):
        html = journalist.get("/queue/" + query).get_data(as_text=True)
        return re.findall(r'class="story-link"[^>]*>([^<]+)<', html)
    assert titles("?source=other") == ["MS patients helped by stem cell trial"]
    assert titles("?q=DIET") == ["Diet and MS: a careful look"]
    second_day = STORIES[1]["date"].date().isoformat()
    assert titles(f"?since={second_day}&until={second_day}") == ["MS patients helped by stem cell trial"]
    assert titles("?label=cure") == [STORY]
    assert titles("?label=miracle") == titles("")  # an unknown label is no filter
    assert journalist.get("/queue/?page=99999999999").status_code == 200  # capped, not a huge OFFSET
    story_id = app.ids["articles"][STORY]
    assert journalist.post(f"/queue/story/{story_id}/status", data={"action": "assign"}).status_code == 302
    assert titles("?mine=1") == [STORY] and titles("?status=in_review") == [STORY, "MS patients helped by stem cell trial"]
    page = journalist.get(f"/queue/story/{story_id}").get_data(as_text=True)
    assert "assigned to journalist" in page and 'value="unassign"' in page and 'value="assign"' not in page
    journalist.post(f"/queue/story/{story_id}/status", data={"action": "done"})
    assert titles("?status=done") == [STORY, "MS patients helped by stem cell trial"]  # its copy elsewhere too
    assert titles("?status=new") == ["Diet and MS: a careful look"]
    assert titles("") == ["Diet and MS: a careful look"]  # done: the story and its copy leave the default view
    app.config["QUEUE_PAGE_SIZE"] = 1
    page_one, page_two, page_three = titles("?status=any"), titles("?status=any&page=2"), titles("?status=any&page=3")
    assert len(page_one) == 1 and len(page_two) == 1 and page_three == [] and page_one != page_two
    assert re.search(r'rel="next" href="[^"]*status=any', journalist.get("/queue/?status=any").get_data(as_text=True))


def test_approval_queue_pages_through_pending_annotations_oldest_first_on_both_databases(app_any_db):
    # Each page is its own statement, OFFSET and LIMIT written into the SQL (webapp.review.pending_page)
    add_annotations(app_any_db, ["approved" if k == 3 else "pending" for k in range(25)])
    pending = [a for a, _ in pending_ids(app_any_db)]
    editor = log_in(app_any_db.test_client(), app_any_db, "editor")

    def shown(page):
        html = editor.get(f"/review/?page={page}").get_data(as_text=True)
        return [int(i) for i in re.findall(r'id="annotation-(\d+)"', html)], "page=%d" % (page + 1) in html

    assert shown(1) == (pending[:20], True)
    assert shown(2) == (pending[20:], False)  # 24 pending: the approved one is not in the queue
    assert shown(3) == ([], False)


def test_the_approval_queue_shows_one_persons_annotations_and_stays_filtered_after_a_decision(app, as_role):
    journalist, admin, editor = as_role("journalist"), as_role("admin"), as_role("editor")
    cure, hype, trial, _ = sentences_of(app)
    annotate(journalist, app, cure, "agree")
    annotate(journalist, app, hype, "agree")
    annotate(admin, app, trial, "agree", note="the admin's")
    (a1, v1), (a2, v2), (a3, _) = pending_ids(app)

    def shown(query):
        html = editor.get(f"/review/{query}").get_data(as_text=True)
        return [int(i) for i in re.findall(r'id="annotation-(\d+)"', html)], html
    assert shown("")[0] == [a1, a2, a3]
    ids, html = shown("?person=journalist")
    assert ids == [a1, a2] and f'action="/review/annotation/{a1}?person=journalist"' in html
    assert 'action="/review/bulk?person=journalist"' in html
    assert shown("?person=nobody")[0] == [a1, a2, a3]  # an unknown name filters nothing
    # deciding, one by one or in bulk, leads back to the filtered queue
    response = editor.post(f"/review/annotation/{a1}?person=journalist", data={"decision": "approve", "version": v1})
    assert response.headers["Location"].endswith("/review/?person=journalist")
    response = editor.post("/review/bulk?person=journalist", data={"selected": [f"{a2}:{v2}"]})
    assert response.headers["Location"].endswith("/review/?person=journalist")
    ids, html = shown("?person=journalist")
    assert ids == [] and "Nothing waits for approval from journalist" in html and shown("")[0] == [a3]
    assert "Approve the ticked annotations" not in html and "Approve the ticked annotations" in shown("")[1]


def my_annotations(client, query="") -> tuple[list[tuple[str, str]], str]:
    """The "My annotations" page: (claim link, status) per row, and the page's HTML."""
    html = client.get(f"/queue/annotations{query}").get_data(as_text=True)
    rows = re.findall(r'<a class="story-link" href="([^"]+)">.*?<span class="status status-(\w+)">', html, re.S)
    return rows, html


def test_journalists_see_their_own_annotations_and_why_an_editor_rejected_one(app, as_role):
    journalist, editor, other = as_role("journalist"), as_role("editor"), as_role("admin")
    cure, hype, trial, _ = sentences_of(app)
    story = app.ids["articles"][STORY]
    annotate(journalist, app, cure, "agree")
    annotate(journalist, app, hype, "disagree", labels=["hype"], note="Only <b>part</b> is hype")
    annotate(other, app, trial, "agree", note="someone else's")
    (a1, v1), (a2, v2), _ = pending_ids(app)
    editor.post(f"/review/annotation/{a1}", data={"decision": "approve", "version": v1})
    editor.post(f"/review/annotation/{a2}", data={"decision": "reject", "version": v2,
                                                  "reason": "<i>Both</i> words are hype"})
    rows, html = my_annotations(journalist)
    # the reviewed ones, the latest review first; each links to its claim on the story page
    assert rows == [(f"/queue/story/{story}#claim-{hype}", "rejected"), (f"/queue/story/{story}#claim-{cure}", "approved")]
    assert "someone else" not in html and "Rejected (1)" in html  # what asks for attention is counted
    assert "&lt;i&gt;Both&lt;/i&gt; words are hype" in html and "<i>Both" not in html  # the reason, escaped
    assert "Only &lt;b&gt;part&lt;/b&gt; is hype" in html and "by editor" in html
    assert my_annotations(journalist, "?status=rejected")[0] == [(f"/queue/story/{story}#claim-{hype}", "rejected")]
    rows, html = my_annotations(journalist, "?status=pending")
    assert rows == [] and "No pending annotations" in html and "Rejected (1)" in html  # counted on an empty page too
    # revising the rejected annotation sends it back to the editors: it is pending again, on top, and
    # the editors see what it answers
    annotate(journalist, app, hype, "disagree", labels=["hype"], note="Both words, agreed")
    assert my_annotations(journalist, "?status=pending")[0] == [(f"/queue/story/{story}#claim-{hype}", "pending")]
    answered = "Revised after a rejection: &lt;i&gt;Both&lt;/i&gt; words are hype"
    assert "Rejected (0)" in my_annotations(journalist)[1] and answered in my_annotations(journalist)[1]
    assert answered in editor.get("/review/").get_data(as_text=True)
    assert answered in journalist.get(f"/queue/story/{story}").get_data(as_text=True)
    editor.post(f"/review/annotation/{a2}", data={"decision": "approve", "version": annotation(app, a2).version})
    assert "a rejection" not in my_annotations(journalist)[1]  # approved: the old reason is history


def test_the_header_reminds_a_journalist_of_rejected_annotations(app, as_role):
    journalist, editor = as_role("journalist"), as_role("editor")
    hype = sentences_of(app)[1]
    annotate(journalist, app, hype, "disagree", labels=["hype"])
    [(a, v)] = pending_ids(app)
    assert "rejected</a>" not in journalist.get("/queue/").get_data(as_text=True)
    editor.post(f"/review/annotation/{a}", data={"decision": "reject", "version": v, "reason": "It is hype."})
    # counted when a session starts and every few minutes, not on every page
    later = as_role("journalist")
    assert '<a class="reminder" href="/queue/annotations?status=rejected">1 rejected</a>' in later.get("/queue/").get_data(as_text=True)
    annotate(later, app, hype, "disagree", labels=["hype"], note="Revised.")
    assert "1 rejected" in later.get("/queue/").get_data(as_text=True)  # until the next count ...
    later.get("/queue/annotations")  # ... which "My annotations" makes at once
    assert 'class="reminder"' not in later.get("/queue/").get_data(as_text=True)


def test_editors_see_how_many_annotations_wait_for_them(app, as_role, monkeypatch):
    """The approval queue counts what waits (everyone's or one person's); the header reminds an
    editor of it, counted when the session starts and again on the approval queue."""
    from webapp import review, workflow
    journalist, admin = as_role("journalist"), as_role("admin")
    cure, hype, trial = sentences_of(app)[:3]
    annotate(journalist, app, cure, "agree")
    annotate(journalist, app, hype, "agree")
    annotate(admin, app, trial, "agree")
    editor = as_role("editor")
    html = editor.get("/review/").get_data(as_text=True)
    assert '<strong class="waiting-count">3 waiting</strong>' in html
    assert '<a class="reminder waiting" href="/review/">3 to approve</a>' in html
    assert "2 waiting from journalist" in editor.get("/review/?person=journalist").get_data(as_text=True)
    assert "to approve" not in journalist.get("/queue/").get_data(as_text=True)
    # the admin's own annotation waits for another editor: the admin has two to approve
    html = admin.get("/review/").get_data(as_text=True)
    assert "3 waiting" in html and '<a class="reminder waiting" href="/review/">2 to approve</a>' in html
    [(a, v), *_] = pending_ids(app)
    editor.post(f"/review/annotation/{a}", data={"decision": "approve", "version": v})
    assert "2 to approve" in editor.get("/review/").get_data(as_text=True)
    for statement in (workflow.waiting_statement, review.pending_page):
        statement.cache_clear()  # their SQL holds the cap
    monkeypatch.setattr(workflow, "COUNT_CAP", 1)
    try:
        assert "more than 1 waiting" in editor.get("/review/").get_data(as_text=True)
    finally:
        monkeypatch.undo()
        for statement in (workflow.waiting_statement, review.pending_page):
            statement.cache_clear()
    for decision in pending_ids(app):
        editor.post(f"/review/annotation/{decision[0]}", data={"decision": "approve", "version": decision[1]})
    html = editor.get("/review/").get_data(as_text=True)
    assert "0 waiting" in html and "to approve" not in html


def test_my_annotations_pages_through_on_both_databases(app_any_db):
    add_annotations(app_any_db, ["rejected" if k % 2 else "pending" for k in range(23)])
    journalist = log_in(app_any_db.test_client(), app_any_db, "journalist")

    def notes(query):
        return re.findall(r"note (\d+)\.", my_annotations(journalist, query)[1])
    html, second_html = my_annotations(journalist)[1], my_annotations(journalist, "?page=2")[1]
    # all written at once: the newest first by id
    assert notes("") == [str(k) for k in range(22, 2, -1)] and notes("?page=2") == ["2", "1", "0"]
    assert 'rel="next"' in html and 'rel="next"' not in second_html and 'rel="prev"' in second_html
    assert len(my_annotations(journalist, "?status=rejected")[0]) == 11
    assert "Rejected (11)" in html
