"""Claims checked before: a claim like one the desk published a verdict on leads to that verdict, on
the story page and on "Check a text"."""
from __future__ import annotations

import re

from storage.articles import save_analysis, store_article
from storage.models import Annotation, Sentence, User
from tests.webapp.webapp_testdata import PASSWORD, analysis, log_in, password_hash
from webapp.matches import SIMILAR, Verdict, VerdictIndex

CURE = "Stem cells cure MS, scientists say"  # its first sentence: "Stem cells cure multiple sclerosis."


def test_a_reworded_claim_matches_its_verdict_and_an_unrelated_one_does_not():
    index = VerdictIndex([
        Verdict(1, 10, "Stem cells cure multiple sclerosis.", ("cure",), "Example News"),
        Verdict(2, 20, "Coffee protects against multiple sclerosis, a survey of nurses found.", ("causal",), ""),
        Verdict(3, 30, "The trial enrolled twelve patients in Sheffield.", (), "Other Daily"),
    ])
    reworded, same, other, topic, tense, inserted, denied = index.matches([
        "Stem cells can cure multiple sclerosis, doctors say.", "Stem cells cure multiple sclerosis.",
        "A new drug for migraine was approved in Europe.", "Multiple sclerosis is a disease of the nerves.",
        "Coffee protected against multiple sclerosis in nurses.",
        "Drinking coffee protects against multiple sclerosis, a new survey of nurses found.",
        "Coffee does not protect against multiple sclerosis, a survey of nurses found."])
    [match] = reworded
    assert match.verdict.id == 1 and SIMILAR <= match.similarity < 1
    assert [m.verdict.id for m in tense] == [2]  # "protected" and "protects" are one word to it
    assert [m.verdict.id for m in inserted] == [2]  # words put in ("drinking", "new") do not break it apart
    assert denied == []  # a claim's denial shares every other word with it
    assert same[0].similarity > 0.99 and other == [] and topic == []  # a topic shared is not a claim
    assert index.matches(["Stem cells cure multiple sclerosis."], besides=[10]) == [[]]  # its own verdict: on its page
    assert VerdictIndex([]).matches(["Stem cells cure multiple sclerosis."]) == [[]]


def test_a_verdict_from_the_web_is_shown_as_text(app):
    from webapp.fragments import verdict_matches
    from webapp.matches import Match
    with app.test_request_context():
        html = verdict_matches([Match(Verdict(7, 70, "<script>x()</script> cures MS", ("cure",), "<b>Outlet</b>"), 0.9)],
                               "Checked before:")
    assert "<script>" not in html and "<b>" not in html
    assert "“&lt;script&gt;x()&lt;/script&gt; cures MS” <span class=\"meta\">(&lt;b&gt;Outlet&lt;/b&gt; · 90 % alike)" in html


def _approve_on_the_cure_claim(app, as_role) -> int:
    """A journalist's verdict on CURE's first sentence, approved by an editor through the pages."""
    with app.extensions["hypewatch_db"].session() as session:
        sentence_id = session.query(Sentence.id).filter_by(article_id=app.ids["articles"][CURE], position=0).scalar()
    journalist, editor = as_role("journalist"), as_role("editor")
    journalist.post(f"/queue/story/{app.ids['articles'][CURE]}/annotate",
                    data={"sentence_id": sentence_id, "verdict": "agree", "labels": ["cure"]})
    page = editor.get("/review/").get_data(as_text=True)
    annotation_id, version = re.search(r'action="/review/annotation/(\d+)".*?name="version" value="(\d+)"', page, re.S).groups()
    assert editor.post(f"/review/annotation/{annotation_id}", data={"decision": "approve", "version": version}).status_code == 302
    return int(annotation_id)


def _third_outlets_story(app, text: str, *, title: str = "A third outlet", sitename: str = "Third Outlet",
                         url: str = "https://third.example/cure", published=None) -> int:
    """Another outlet's story whose first sentence the classifier flags as a cure claim."""
    with app.extensions["hypewatch_db"].session() as session:
        story = store_article(session, {"url": url, "title": title, "text": text, "sitename": sitename,
                                        "date": published})
        save_analysis(session, story, analysis(text, {0: (["cure"], {"cure": ["cure"]})}, score=0.7))
        return story.id


def test_a_story_repeating_a_claim_with_a_published_verdict_links_to_it_at_once(app, as_role):
    story_id = _third_outlets_story(app, "Stem cells can cure multiple sclerosis, researchers say. "
                                         "The clinic charges 20,000 euros.", sitename="Third <Outlet>")
    journalist = as_role("journalist")
    assert "Checked before" not in journalist.get(f"/queue/story/{story_id}").get_data(as_text=True)  # none published yet
    verdict_id = _approve_on_the_cure_claim(app, as_role)
    page = journalist.get(f"/queue/story/{story_id}").get_data(as_text=True)  # the index was built before: forgotten
    checked = page.split('class="checked-before"')[1].split("</div>")[0]
    assert f'<a href="/verdicts/{verdict_id}">Overstated: cure</a>: “Stem cells cure multiple sclerosis.”' in checked
    assert "(Example News · 100 % alike)" in checked  # "can" and "researchers say" carry no claim
    assert page.count('class="checked-before"') == 1  # the clinic's price matches nothing
    own = journalist.get(f"/queue/story/{app.ids['articles'][CURE]}").get_data(as_text=True)
    assert "Checked before" not in own  # the verdict is this sentence's own, shown as its annotation


def test_a_claim_made_with_an_abbreviation_its_story_defines_links_to_the_verdict_in_full_words(app, as_role):
    text = "Doctors injected neural stem cells (NSCs) into the spine. NSCs cure multiple sclerosis, researchers say."
    with app.extensions["hypewatch_db"].session() as session:
        story = store_article(session, {"url": "https://third.example/mscs", "title": "MSCs", "text": text,
                                        "sitename": "Third Outlet"})
        save_analysis(session, story, analysis(text, {1: (["cure"], {"cure": ["cure"]})}, score=0.7))
        story_id = story.id
    verdict_id = _approve_on_the_cure_claim(app, as_role)
    page = as_role("journalist").get(f"/queue/story/{story_id}").get_data(as_text=True)
    checked = page.split('class="checked-before"')[1].split("</div>")[0]
    assert f'<a href="/verdicts/{verdict_id}">Overstated: cure</a>: “Stem cells cure multiple sclerosis.”' in checked
    assert "NSCs cure multiple sclerosis" in page  # the story's own words are shown as it wrote them

def test_a_pasted_text_repeating_a_claim_with_a_published_verdict_links_to_it(checker):
    def as_role(role):
        return log_in(checker.test_client(), checker, role)
    verdict_id = _approve_on_the_cure_claim(checker, as_role)
    page = as_role("journalist").post("/check/", data={
        "text": "Stem cells cure multiple sclerosis, scientists say. The miracle treatment is a breakthrough."
    }).get_data(as_text=True)
    assert f'<a href="/verdicts/{verdict_id}">Overstated: cure</a>' in page


THIRD = "Stem cells can cure multiple sclerosis, researchers say."


def _annotate_the_third_outlets_claim(app, as_role) -> int:
    """Another outlet's story with CURE's claim reworded, its claim annotated by a journalist (pending)."""
    story_id = _third_outlets_story(app, THIRD)
    with app.extensions["hypewatch_db"].session() as session:
        sentence_id = session.query(Sentence.id).filter_by(article_id=story_id).scalar()
    as_role("journalist").post(f"/queue/story/{story_id}/annotate", data={"sentence_id": sentence_id, "verdict": "agree",
                                                                          "labels": ["cure"]})
    return story_id


def test_the_approval_queue_shows_the_verdicts_published_on_claims_like_each_one(app, as_role):
    """An editor keeps the desk's verdicts consistent: the earlier verdict stands under the new claim."""
    first = _approve_on_the_cure_claim(app, as_role)
    _annotate_the_third_outlets_claim(app, as_role)
    page = as_role("editor").get("/review/").get_data(as_text=True)
    pending = page.split('class="claim pending"')[1]
    assert f"<blockquote class=\"sentence\">{THIRD}</blockquote>" in pending
    assert (f'Published on claims like it:</p><ul><li><a href="/verdicts/{first}">Overstated: cure</a>: '
            f'“Stem cells cure multiple sclerosis.”') in pending


def test_the_approval_queue_reads_the_abbreviations_each_pending_claims_story_defines(app, as_role):
    first = _approve_on_the_cure_claim(app, as_role)
    text = "Doctors injected neural stem cells (NSCs) into the spine. NSCs cure multiple sclerosis, researchers say."
    story_id = _third_outlets_story(app, text, url="https://third.example/nscs")
    other_id = _third_outlets_story(app, "NSCs cure multiple sclerosis, a clinic says.", url="https://fourth.example/nscs")
    journalist = as_role("journalist")
    with app.extensions["hypewatch_db"].session() as session:
        for story, position in ((story_id, 1), (other_id, 0)):
            sentence_id = session.query(Sentence.id).filter_by(article_id=story, position=position).scalar()
            journalist.post(f"/queue/story/{story}/annotate",
                            data={"sentence_id": sentence_id, "verdict": "agree", "labels": ["cure"]})
    page = as_role("editor").get("/review/").get_data(as_text=True)
    defined, undefined = page.split('class="claim pending"')[1:3]
    assert "NSCs cure multiple sclerosis, researchers say." in defined
    assert f'<a href="/verdicts/{first}">Overstated: cure</a>' in defined  # its story says what NSCs are
    assert "Published on claims like it" not in undefined  # this one's does not: "NSCs" stays unknown


def test_a_public_verdict_page_lists_the_verdicts_on_claims_like_it(app, as_role, client):
    """Readers see the desk's other verdicts on the claim (another outlet's copy of it), not the page's own."""
    first = _approve_on_the_cure_claim(app, as_role)
    assert "Our verdicts on claims like this one" not in client.get(f"/verdicts/{first}").get_data(as_text=True)
    _annotate_the_third_outlets_claim(app, as_role)
    editor = as_role("editor")
    page = editor.get("/review/").get_data(as_text=True)
    second, version = re.search(r'action="/review/annotation/(\d+)".*?name="version" value="(\d+)"', page, re.S).groups()
    editor.post(f"/review/annotation/{second}", data={"decision": "approve", "version": version})
    page = client.get(f"/verdicts/{first}").get_data(as_text=True)  # anyone may read it
    related = page.split("Our verdicts on claims like this one:")[1].split("</div>")[0]
    assert f'<a href="/verdicts/{second}">Overstated: cure</a>: “{THIRD}” <span class="meta">(Third Outlet · 100 % alike)' in related
    assert f'href="/verdicts/{first}"' not in related


def test_a_journalist_gives_a_repeated_claim_the_published_verdict_in_one_click(app, as_role):
    first = _approve_on_the_cure_claim(app, as_role)
    story_id = _annotate_the_third_outlets_claim(app, as_role)  # by the journalist; another journalist now:
    with app.extensions["hypewatch_db"].session() as session:
        user = User(name="second", role="journalist", password_hash=password_hash(PASSWORD))
        session.add(user)
        session.flush()
        app.ids["users"]["second"] = user.id
    second = log_in(app.test_client(), app, "second")
    page = second.get(f"/queue/story/{story_id}").get_data(as_text=True)
    form = re.search(r'<form method="post" action="([^"]+)" class="same-verdict">(.*?)</form>', page, re.S)
    fields = re.findall(r'name="(\w+)" value="([^"]*)"', form.group(2))
    assert ("verdict", "agree") in fields and ("labels", "cure") in fields  # the model said cure, as the verdict did
    assert ("note", f"As the published verdict /verdicts/{first}.") in fields
    assert second.post(form.group(1), data=dict(fields)).status_code == 302
    with app.extensions["hypewatch_db"].session() as session:
        mine = session.query(Annotation).filter_by(user_id=app.ids["users"]["second"]).one()
        assert (mine.verdict, mine.labels, mine.status) == ("agree", ["cure"], "pending")
        assert mine.note == f"As the published verdict /verdicts/{first}."


def test_the_queue_lists_the_stories_that_repeat_a_checked_claim_and_the_verdicts_story_names_them(
        app_any_db, as_role_any_db):
    """Once the `repeats` job has gone over the stories, a journalist finds every story repeating a claim
    the desk has checked ("Repeats a checked claim"), and the checked story lists where its claims recur."""
    from hypewatch.repeats import find_repeats
    app, as_role = app_any_db, as_role_any_db
    _approve_on_the_cure_claim(app, as_role)
    repeat_id = _third_outlets_story(app, THIRD, title="A <third> outlet")
    journalist = as_role("journalist")
    assert "checked before</a>" not in journalist.get("/queue/?status=any").get_data(as_text=True)  # not gone over yet
    assert find_repeats(app.extensions["hypewatch_db"])["repeats"] == 1
    queue = journalist.get("/queue/?repeats=1&status=any").get_data(as_text=True)
    assert f'href="/queue/story/{repeat_id}">A &lt;third&gt; outlet</a>' in queue
    assert f'<a class="repeats" href="/queue/story/{repeat_id}#claims">1 claim checked before</a>' in queue
    assert queue.count('class="story-row"') == 1  # the checked story itself repeats nothing
    assert 'name="repeats" value="1" checked' in queue
    checked = journalist.get(f"/queue/story/{app.ids['articles'][CURE]}").get_data(as_text=True)
    repeated = checked.split('id="repeated"')[1].split("</section>")[0]
    assert "“Stem cells cure multiple sclerosis.”" in repeated and "repeated in 1 story" in repeated
    assert f'<a href="/queue/story/{repeat_id}">A &lt;third&gt; outlet</a>' in repeated
    assert 'id="repeated"' not in journalist.get(f"/queue/story/{repeat_id}").get_data(as_text=True)
    from tests.webapp.test_api import new_token
    api = app.test_client().get("/api/v1/stories?repeats=1",
                                headers={"Authorization": f"Bearer {new_token(app, 'journalist')}"}).get_json()
    assert [(s["id"], s["repeats"]) for s in api["stories"]] == [(repeat_id, 1)]


def test_the_header_reminds_the_desk_of_open_stories_repeating_a_checked_claim(app_any_db, as_role_any_db, monkeypatch):
    """Counted when a session starts and every few minutes, and afresh by the queue view it links to; a story
    marked done is off the count."""
    from hypewatch.repeats import find_repeats
    from webapp import workflow
    app, as_role = app_any_db, as_role_any_db
    _approve_on_the_cure_claim(app, as_role)
    first = _third_outlets_story(app, THIRD, url="https://1.example/cure")
    assert 'class="reminder repeats"' not in as_role("journalist").get("/queue/").get_data(as_text=True)
    find_repeats(app.extensions["hypewatch_db"])
    journalist, editor = as_role("journalist"), as_role("editor")
    reminder = '<a class="reminder repeats" href="/queue/?repeats=1">1 story repeats a checked claim</a>'
    assert reminder in journalist.get("/queue/").get_data(as_text=True)
    assert reminder in editor.get("/review/").get_data(as_text=True)
    second = _third_outlets_story(app, THIRD, url="https://2.example/cure")
    find_repeats(app.extensions["hypewatch_db"])
    assert reminder in journalist.get("/queue/").get_data(as_text=True)  # until the next count ...
    queue = journalist.get("/queue/?repeats=1").get_data(as_text=True)  # ... which its own view makes at once
    assert queue.count('class="story-row"') == 2 and "2 stories repeat a checked claim</a>" in queue
    monkeypatch.setattr(workflow, "COUNT_CAP", 1)  # counted no further than just past it
    assert "more than 1 stories repeat a checked claim</a>" in as_role("journalist").get("/queue/").get_data(as_text=True)
    monkeypatch.undo()
    journalist.post(f"/queue/story/{first}/status", data={"action": "done"})
    assert "1 story repeats a checked claim</a>" in journalist.get("/queue/?repeats=1").get_data(as_text=True)
    journalist.post(f"/queue/story/{second}/status", data={"action": "done"})
    assert 'class="reminder repeats"' not in journalist.get("/queue/?repeats=1").get_data(as_text=True)


def test_the_stats_page_ranks_the_checked_claims_that_keep_coming_back(app_any_db, as_role_any_db):
    """Editors see which published verdicts the stories of the chosen days repeat most, from how many outlets."""
    from datetime import timedelta

    from hypewatch.repeats import find_repeats
    from storage.models import utcnow
    app, as_role = app_any_db, as_role_any_db
    verdict_id = _approve_on_the_cure_claim(app, as_role)
    for n, outlet in enumerate(("Third Outlet", "Fourth Outlet", "Fourth Outlet")):
        _third_outlets_story(app, THIRD, url=f"https://{n}.example/cure", sitename=outlet, published=utcnow())
    _third_outlets_story(app, THIRD, url="https://old.example/cure", published=utcnow() - timedelta(days=400))
    find_repeats(app.extensions["hypewatch_db"])
    page = as_role("editor").get("/review/stats?days=30").get_data(as_text=True)
    table = page.split('<table class="repeated">')[1].split("</table>")[0]
    row = table.split("<tr><td>")[1]
    assert f'href="/queue/story/{app.ids["articles"][CURE]}#repeated">“Stem cells cure multiple sclerosis.”</a>' in row
    assert f'<a href="/verdicts/{verdict_id}">Overstated: cure</a>' in row
    cells = re.findall(r'<td class="num">(\d+)</td>', row)
    assert cells == ["3", "2"]  # three stories of these days (not the old one), from two outlets


def test_a_journalist_gives_every_repeat_of_a_checked_claim_the_published_verdict_in_one_click(app, as_role):
    """From the checked story's page, one click annotates each repeated claim as the published verdict (pending,
    for an editor); a claim the journalist had annotated keeps the journalist's own annotation."""
    from hypewatch.repeats import find_repeats
    verdict_id = _approve_on_the_cure_claim(app, as_role)
    first = _third_outlets_story(app, THIRD, url="https://1.example/cure")
    second = _third_outlets_story(app, "Stem cells have cured multiple sclerosis, doctors say.", url="https://2.example/cure")
    find_repeats(app.extensions["hypewatch_db"])
    journalist = as_role("journalist")
    with app.extensions["hypewatch_db"].session() as session:
        second_sentence = session.query(Sentence.id).filter_by(article_id=second).scalar()
    journalist.post(f"/queue/story/{second}/annotate", data={"sentence_id": second_sentence, "verdict": "disagree",
                                                              "labels": ["hype"], "note": "My own reading."})
    page = journalist.get(f"/queue/story/{app.ids['articles'][CURE]}").get_data(as_text=True)
    action = f"/queue/verdict/{verdict_id}/repeats"
    assert f'<form method="post" action="{action}"' in page.split('id="repeated"')[1]
    done = journalist.post(action, follow_redirects=True).get_data(as_text=True)
    assert "1 repeated claim annotated as the published verdict, each waiting for an editor; 1 you had annotated " \
           "already kept as you left them." in done
    with app.extensions["hypewatch_db"].session() as session:
        mine = {a.article_id: a for a in session.query(Annotation).filter_by(user_id=app.ids["users"]["journalist"])
                if a.article_id in (first, second)}
    assert (mine[first].verdict, mine[first].labels, mine[first].status) == ("agree", ["cure"], "pending")
    assert mine[first].note == f"As the published verdict /verdicts/{verdict_id}."
    assert (mine[second].labels, mine[second].note) == (["hype"], "My own reading.")
    assert as_role("journalist").post("/queue/verdict/999999/repeats").status_code == 404


def test_a_public_verdict_lists_the_stories_that_repeat_its_claim_and_marks_them_up_as_appearances(app, as_role, client):
    """Readers see where the checked claim came back; search engines get each story as an appearance of the
    claim (schema.org ClaimReview). A story's address that is not http(s) is neither linked nor marked up."""
    import json

    from hypewatch.repeats import find_repeats
    verdict_id = _approve_on_the_cure_claim(app, as_role)
    _third_outlets_story(app, THIRD, title="A <third> outlet", url="https://third.example/cure")
    _third_outlets_story(app, "Stem cells cure MS.", title="Fourth", url="javascript:alert(1)", sitename="Fourth")
    find_repeats(app.extensions["hypewatch_db"])
    page = client.get(f"/verdicts/{verdict_id}").get_data(as_text=True)
    elsewhere = page.split('<section class="elsewhere">')[1].split("</section>")[0]
    assert "(2 stories):" in elsewhere
    assert ('<a href="https://third.example/cure" rel="noopener noreferrer nofollow" target="_blank">A &lt;third&gt; '
            'outlet</a> <span class="meta">Third Outlet') in elsewhere
    assert '<span class="url">Fourth</span>' in elsewhere and 'href="javascript' not in page
    review = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    appearances = review["itemReviewed"]["appearance"]
    assert [a.get("url") for a in appearances] == ["https://news.example/stem-cell-cure", None,
                                                   "https://third.example/cure"]
