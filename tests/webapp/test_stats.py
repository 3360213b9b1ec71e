"""The stats page: charts, the model's precision as judged by editors, and kappa."""
from __future__ import annotations

import re

import pytest

from storage.models import Annotation, Sentence, User, utcnow
from webapp.stats import cohen_kappa
from tests.webapp.webapp_testdata import PASSWORD, STORIES, password_hash


def test_cohen_kappa_matches_the_textbook():
    # 2x2 example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(["x", "y"], ["x", "y"]) == pytest.approx(1.0)
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # undefined: no variation at all
    assert cohen_kappa([], []) is None
    sklearn = pytest.importorskip("sklearn.metrics")
    assert cohen_kappa(a, b) == pytest.approx(sklearn.cohen_kappa_score(a, b))


def test_stats_page_shows_charts_precision_and_kappa_per_pair_and_label(app, as_role):
    database = app.extensions["hypewatch_db"]
    with database.session() as session:
        second = User(name="second", role="journalist", password_hash=password_hash(PASSWORD))
        session.add(second)
        session.flush()
        sentences = session.query(Sentence).order_by(Sentence.id).all()
        flagged = [s for s in sentences if s.labels]  # cure; novelty+hype; extrapolation
        votes = {  # sentence -> (first journalist, second journalist)
            0: (("agree", ["cure"]), ("agree", ["cure"])),
            1: (("disagree", ["hype"]), ("agree", ["novelty", "hype"])),
            2: (("agree", ["extrapolation"]), ("disagree", [])),
        }
        for index, (mine, theirs) in votes.items():
            for user_id, (verdict, labels) in ((app.ids["users"]["journalist"], mine), (second.id, theirs)):
                session.add(Annotation(sentence_id=flagged[index].id, article_id=flagged[index].article_id,
                                       user_id=user_id, verdict=verdict, labels=labels,
                                       status="approved" if user_id == second.id else "pending",
                                       reviewed_at=utcnow()))
    html = as_role("editor").get("/review/stats").get_data(as_text=True)
    assert html.count('<svg class="chart"') == 5  # the fill's story that ran twice gives the last
    # a bar's tooltip: the cure sentence on its publication day
    assert f"{STORIES[0]['date'].date().isoformat()} cure: 1" in html
    assert "example: " in html  # the by-source chart
    # precision from the approved (second journalist's) verdicts: cure kept, novelty kept, hype kept,
    # extrapolation dropped
    precision = re.search(r'<table class="precision">(.*?)</table>', html, re.S).group(1)
    rows = dict(re.findall(r"<tr><td>(\w+)</td><td class=\"num\">\d+</td><td class=\"num\">\d+</td>\s*<td class=\"num\">([^<]+)</td>", precision))
    assert rows == {"cure": "100%", "novelty": "100%", "hype": "100%", "causal": "—",
                    "extrapolation": "0%", "certainty": "—"}
    pair = re.search(r'<tr class="pair"><td>journalist · second</td><td class="num">3</td>(.*?)</tr>', html, re.S)
    cells = re.findall(r'<td class="num">([^<]+)</td>', pair.group(1))
    # verdict: (a,a) (d,a) (a,d) -> kappa -0.5; cure: all agree with variation -> 1.0;
    # novelty: only the second -> 0.0
    assert cells[0] == "-0.50" and cells[1] == "1.00" and cells[2] == "0.00"


def test_stats_page_counts_each_persons_annotations_by_status(app, as_role):
    editor = as_role("editor")
    assert "Nobody has annotated a claim yet" in editor.get("/review/stats").get_data(as_text=True)
    ids = app.ids["users"]
    with app.extensions["hypewatch_db"].session() as session:
        sentences = session.query(Sentence).order_by(Sentence.id).limit(6).all()
        for sentence, (user, status) in zip(sentences, [("journalist", "approved")] * 3 + [
                ("journalist", "rejected"), ("journalist", "pending"), ("admin", "pending")], strict=True):
            session.add(Annotation(sentence_id=sentence.id, article_id=sentence.article_id, user_id=ids[user],
                                   verdict="agree", labels=[], status=status))
    html = editor.get("/review/stats").get_data(as_text=True)
    table = re.search(r'<table class="people">.*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    rows = [re.findall(r"<td[^>]*>([^<]*)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
    # the busiest first; "approved" is the share of those reviewed, none reviewed for the admin
    assert rows == [["journalist", "1", "3", "1", "75%"], ["admin", "1", "0", "0", "—"]]


def test_flags_per_day_splits_the_same_flags_by_label_and_by_source(app):
    from storage.articles import save_analysis, store_article
    from tests.webapp.webapp_testdata import analysis
    from webapp.stats import flags_per_day
    with app.extensions["hypewatch_db"].session() as session:  # an undated story counts on its fetch day
        text = "A miracle pill reverses ageing."
        undated = store_article(session, {"url": "https://undated.example/1", "title": "Undated", "text": text},
                                source="undated")
        save_analysis(session, undated, analysis(text, {0: (["hype", "cure"], {})}, score=0.9))
        for k, sitename in enumerate(("Ad Hoc Daily", None)):  # crawled from a feed named on the command line
            adhoc = store_article(session, {"url": f"https://adhoc.example/{k}", "title": "Ad hoc", "text": text,
                                            "sitename": sitename})
            save_analysis(session, adhoc, analysis(text, {0: (["hype"], {})}, score=0.9))
    with app.extensions["hypewatch_db"].session() as session:
        flags = flags_per_day(session, days=30)
        flagged = sum(len(s.labels) for s in session.query(Sentence))
    assert len(flags.days) == 30 and flags.days[-1] == utcnow().date().isoformat()
    per_day_by_label = [sum(day) for day in zip(*flags.by_label.values())]
    per_day_by_source = [sum(day) for day in zip(*flags.by_source.values())]
    assert per_day_by_label == per_day_by_source and sum(per_day_by_label) == flagged
    assert flags.by_source["undated"][-1] == 2 and flags.by_label["hype"][-1] == 3
    assert flags.by_source["Ad Hoc Daily"][-1] == 1 and flags.by_source["unknown"][-1] == 1  # the outlet stands in
    assert list(flags.by_label) == [label for label in ("cure", "novelty", "hype", "causal", "extrapolation",
                                                          "certainty") if label in flags.by_label]


def test_flag_counts_are_reused_for_a_few_minutes_and_say_when_they_were_counted(app, as_role):
    """At 100,000s of stories the counts cost about a second; they change only as crawls come in."""
    from storage.articles import save_analysis, store_article
    from tests.webapp.webapp_testdata import analysis

    def hype_today(html):
        return re.search(rf"{utcnow().date().isoformat()} hype: (\d+)", html)

    editor = as_role("editor")
    before = editor.get("/review/stats").get_data(as_text=True)
    assert "Flag counts and outlets as of " in before and "counted again after 300 seconds" in before
    with app.extensions["hypewatch_db"].session() as session:
        text = "A miracle pill reverses ageing."
        story = store_article(session, {"url": "https://new.example/1", "title": "New", "text": text})
        save_analysis(session, story, analysis(text, {0: (["hype"], {})}, score=0.9))
    assert hype_today(editor.get("/review/stats").get_data(as_text=True)) is None  # counted before it came
    app.config["STATS_MAX_AGE"] = 0
    assert hype_today(editor.get("/review/stats").get_data(as_text=True)).group(1) == "1"


def test_review_progress_counts_each_story_once_by_status_as_the_desk_works(app, as_role):
    """Stories per day by status, read afresh on every view (unlike the flag counts): a story
    marked done shows at once. The copy of the first story elsewhere is not counted."""
    editor = as_role("editor")
    first_day, third_day = (STORIES[i]["date"].date().isoformat() for i in (0, 2))

    def progress(html):
        chart = html.split("<h2>Review progress</h2>")[1].split("</svg>")[0]
        return sorted(re.findall(r"(\d{4}-\d\d-\d\d) ([a-z ]+): (\d+)", chart))
    assert progress(editor.get("/review/stats").get_data(as_text=True)) == [
        (first_day, "new", "1"), (third_day, "new", "1")]
    editor.post(f"/queue/story/{app.ids['articles']['Diet and MS: a careful look']}/status", data={"action": "done"})
    editor.post(f"/queue/story/{app.ids['articles']['Stem cells cure MS, scientists say']}/status",
                data={"action": "in_review"})
    assert progress(editor.get("/review/stats").get_data(as_text=True)) == [
        (first_day, "in review", "1"), (third_day, "done", "1")]


def test_outlet_records_count_each_outlets_stories_flags_and_checklist(db):
    """Every copy an outlet ran in the window counts for it; a criterion's share is of the stories it
    applies to. Run on SQLite and PostgreSQL (the shares are read from bits in SQL)."""
    from datetime import timedelta

    from storage.articles import save_analysis, store_article
    from tests.samples import PAGE, RESULT
    from webapp.stats import outlet_records
    unflagged = dict(RESULT, sentences=[dict(s, labels=[]) for s in RESULT["sentences"]])
    stories = [  # (source, sitename, days ago, result)
        ("wire", "Wire", 1, dict(RESULT, score=0.9, criteria=[{"id": "harms", "status": "satisfied"},
                                                               {"id": "costs", "status": "not_satisfied"}])),
        ("wire", "Wire", 2, dict(unflagged, score=0.3, criteria=[{"id": "harms", "status": "not_satisfied"},
                                                                  {"id": "costs", "status": "not_applicable"}])),
        ("wire", "Wire", 3, dict(RESULT, score=0.6, criteria=None)),
        ("wire", "Wire", 60, dict(RESULT, score=1.0)),  # before the window
        (None, "Site Daily", 1, dict(RESULT, score=0.5)),  # from a feed named on the command line
        (None, None, 1, None),  # not classified yet
    ]
    with db.session() as session:
        for n, (source, sitename, days_ago, result) in enumerate(stories):
            story = store_article(session, dict(PAGE, url=f"{PAGE['url']}/{n}", sitename=sitename,
                                                date=utcnow() - timedelta(days=days_ago)), source=source)
            if result:
                save_analysis(session, story, result)
    with db.session() as session:
        records = outlet_records(session, days=30)
    assert [(r.name, r.source, r.stories, r.flagged) for r in records] == [
        ("wire", "wire", 3, 2), ("Site Daily", None, 1, 1)]
    wire = records[0]
    assert wire.mean_score == pytest.approx(0.6)
    assert wire.checklist["harms"] == (1, 2) and wire.share("harms") == 0.5
    assert wire.checklist["costs"] == (0, 1) and wire.share("costs") == 0.0
    assert wire.checklist["novelty"] == (0, 0) and wire.share("novelty") is None


def test_stats_page_shows_each_outlet_against_the_checklist_with_a_link_to_its_report_card(app, as_role):
    html = as_role("editor").get("/review/stats").get_data(as_text=True)
    table = re.search(r'<table class="outlets">(.*?)</table>', html, re.S).group(1)
    heads = re.findall(r'by=(\w+)"(?: title="([^"]+)")?>([^<]+)</a>', table)  # each heading sorts by its column
    assert [key for key, _, _ in heads[:3]] == ["stories", "flagged", "score"]
    assert heads[3] == ("costs", "Discusses the costs", "Costs") and len(heads) == 13
    rows = {re.sub(r"<[^>]+>", "", row.split("</td>")[0]).strip(): row
            for row in re.findall(r"<tr><td>(.*?)</tr>", table, re.S)}
    assert set(rows) == {"example", "other"}
    assert 'href="/outlets/example?days=30"' in rows["example"]
    cells = re.findall(r'<td class="num[^"]*"(?: title="([^"]*)")?>([^<]+)</td>', rows["example"])
    # two stories, one flagged; the checklist of the first only: evidence not met, independent sources met
    assert [text for _, text in cells[:3]] == ["2", "50%", "0.49"]  # (0.92 + 0.05) / 2
    checklist = dict(zip([short for _, _, short in heads[3:]], cells[3:]))
    assert checklist["Evidence"] == ("0 of 1 stories", "0%") and checklist["Sources"] == ("1 of 1 stories", "100%")
    assert checklist["Costs"] == ("applies to none of its stories", "—")
    assert 'class="num heat-0" title="0 of 1 stories"' in rows["example"]
    assert 'class="num heat-4" title="1 of 1 stories"' in rows["example"]
    assert "Every outlet in the" in html  # two outlets, all shown


def test_the_outlets_csv_has_every_outlet_with_the_counts_and_no_formula_from_the_web(app, as_role):
    import csv
    import io

    from storage.articles import save_analysis, store_article
    from tests.webapp.webapp_testdata import analysis
    text = "A miracle pill reverses ageing."
    with app.extensions["hypewatch_db"].session() as session:  # an outlet named by a page that wants to run a formula
        story = store_article(session, {"url": "https://formula.example/1", "title": "F", "text": text,
                                        "sitename": '=HYPERLINK("https://evil.example","x")'})
        save_analysis(session, story, analysis(text, {0: (["hype"], {})}, score=0.9, criteria=[
            {"id": "harms", "status": "not_satisfied"}]))
    response = as_role("editor").get("/review/stats/outlets.csv?days=30")
    assert response.headers["Content-Disposition"] == "attachment; filename=hypewatch-outlets-30-days.csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    by_name = {row["outlet"]: row for row in rows}
    assert set(by_name) == {"example", "other", '\'=HYPERLINK("https://evil.example","x")'}
    example = by_name["example"]
    assert (example["source"], example["stories"], example["flagged"]) == ("example", "2", "1")
    assert (example["evidence_quality_met"], example["evidence_quality_applies"]) == ("0", "1")
    assert (example["independent_sources_met"], example["independent_sources_applies"]) == ("1", "1")
    assert by_name['\'=HYPERLINK("https://evil.example","x")']["harms_applies"] == "1"
    assert as_role("journalist").get("/review/stats/outlets.csv").status_code == 403


def test_outlets_are_ranked_worst_first_by_the_column_asked_for(app, as_role):
    from webapp.stats import OutletRecord, rank_outlets

    def outlet(name, stories, flagged, score, harms):  # harms: (met, applies)
        return OutletRecord(name, None, stories, flagged, score, {"harms": harms, "costs": (0, 0)})
    records = [outlet("Busy", 10, 2, 0.2, (8, 10)), outlet("Hype Daily", 5, 5, 0.9, (0, 5)),
               outlet("Careful", 4, 0, 0.1, (4, 4)), outlet("One-off", 1, 1, 1.0, (0, 1))]

    def names(by):
        return [r.name for r in rank_outlets(records, by)]
    assert names("stories") == ["Busy", "Hype Daily", "Careful", "One-off"]
    assert names("flagged") == ["Hype Daily", "Busy", "Careful", "One-off"]  # one story says little: last
    assert names("score") == ["Hype Daily", "Busy", "Careful", "One-off"]
    assert names("harms") == ["Hype Daily", "Busy", "Careful", "One-off"]  # the fewest stories meeting it first
    assert names("costs") == ["Busy", "Hype Daily", "Careful", "One-off"]  # applies to none: by stories
    editor = as_role("editor")
    page = editor.get("/review/stats?days=30&by=evidence_quality").get_data(as_text=True)
    assert '<th class="num" aria-sort="descending"><a href="/review/stats?days=30&amp;by=evidence_quality"' in page
    assert editor.get("/review/stats?by=nonsense").status_code == 200  # an unknown order: the busiest first


def test_an_empty_window_says_how_far_back_the_newest_story_is_and_links_there(app, as_role):
    """A quiet desk, or an old demo: "Nothing to plot yet" alone would read as if nothing were stored.
    The test's newest story was published eight days ago, so nine days reach it (counted from today, since a run
    that starts before midnight and reaches this test after it finds that story nine days old)."""
    age = (utcnow().date() - max(story["date"] for story in STORIES).date()).days
    assert age in (8, 9)
    editor = as_role("editor")
    html = editor.get("/review/stats?days=3").get_data(as_text=True)
    assert f"No classified story of the last 3 days. The newest is {age} days old:" in html
    assert f'<a href="/review/stats?days={age + 1}">show the last {age + 1} days</a>' in html
    reached = editor.get(f"/review/stats?days={age + 1}").get_data(as_text=True)
    assert "No classified story of the last" not in reached and '<table class="outlets">' in reached


def _syndicated(session, url, source, days_ago, text, flags, cluster=None):
    from datetime import timedelta

    from storage.articles import save_analysis, store_article
    from tests.webapp.webapp_testdata import analysis
    story = store_article(session, {"url": url, "text": text, "title": url, "date": utcnow() - timedelta(days=days_ago)},
                          source=source)
    save_analysis(session, story, analysis(text, flags, score=0.5))
    story.cluster_id = cluster.id if cluster is not None else story.id
    return story


RELEASE = "Stem cells halted MS in 20 patients. It is a breakthrough, the team said. The trial was small."
HYPE = {1: (["hype"], {"hype": ["breakthrough"]})}


def test_each_later_version_s_claims_are_kept_added_or_dropped_against_the_first(db):
    """Run on SQLite and PostgreSQL."""
    from hypewatch.additions import compare_stored_versions
    from webapp.stats import syndication
    with db.session() as session:
        release = _syndicated(session, "https://wire.example/r", "wire", 3, RELEASE, HYPE)
        tabloid = _syndicated(session, "https://tabloid.example/a", "tabloid", 2,
                              "Stem cells cured MS in 20 patients. It is a breakthrough, the team said. "
                              "A miracle for millions.",
                              {0: (["cure"], {"cure": ["cured"]}), **HYPE, 2: (["hype"], {"hype": ["miracle"]})},
                              cluster=release)
        _syndicated(session, "https://careful.example/b", "careful", 1,
                    "Stem cells halted MS in 20 patients. The team called it a step forward.", {}, cluster=release)
        _syndicated(session, "https://alone.example/c", "alone", 1, "A miracle cure.", {0: (["cure"], {})})
        old = _syndicated(session, "https://wire.example/old", "wire", 90, RELEASE, {})  # before the window
        _syndicated(session, "https://tabloid.example/old", "tabloid", 89, RELEASE, HYPE, cluster=old)
        earlier = _syndicated(session, "https://wire.example/earlier", "wire", 40, RELEASE, HYPE)  # before it too,
        _syndicated(session, "https://echo.example/e", "echo", 5, RELEASE, HYPE, cluster=earlier)  # but its copy is not
        release_id, tabloid_id = release.id, tabloid.id
    compare_stored_versions(db)
    with db.session() as session:
        found = syndication(session, days=30)
    assert [(o.name, o.copies, o.kept, o.added, o.dropped, o.most) for o in found.outlets] == [
        ("tabloid", 1, 1, 2, 0, (2, release_id, tabloid_id)),  # a rewording flagged, a sentence added
        ("careful", 1, 0, 0, 1, None),  # the breakthrough toned down
        ("echo", 1, 1, 0, 0, None)]  # the breakthrough kept from a release older than the window
    assert found.by_label == {"cure": (0, 1), "hype": (2, 1)}
    assert (found.kept, found.added, found.compared) == (2, 2, 3)


def test_the_stats_page_says_who_adds_the_overstatement_and_links_the_worst_copy(app, as_role):
    from hypewatch.additions import compare_stored_versions
    with app.extensions["hypewatch_db"].session() as session:
        release = _syndicated(session, "https://wire.example/r", "wire", 3, RELEASE, HYPE)
        tabloid = _syndicated(session, "https://tabloid.example/a", "tabloid", 2, RELEASE + " A miracle <b>cure</b>.",
                              {**HYPE, 3: (["cure", "hype"], {})}, cluster=release)
        ids = release.id, tabloid.id
    compare_stored_versions(app.extensions["hypewatch_db"])
    html = as_role("editor").get("/review/stats").get_data(as_text=True)
    section = html.split("<h2>Who adds the overstatement</h2>", 1)[1].split("<h2>", 1)[0]
    rows = re.findall(r'<tr><td><a href="/outlets/[^"]+">([^<]+)</a></td><td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td>'
                      r'\s*<td class="num">(\d+)</td>', section)
    assert ("tabloid", "1", "1", "2", "0") in rows
    assert f'href="/queue/story/{ids[0]}/compare/{ids[1]}">compare\n        (2 added)</a>' in section
    assert "were added by the" in section and '<svg class="chart"' in section
    assert '(2 later\n  versions, compared every 15 minutes' in section and 'href="/queue/?adds=1">those adding claims' in section
