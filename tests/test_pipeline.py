"""The glue between the packages: classifying stored stories, learning from editors."""
from datetime import timedelta

import pytest
from click.testing import CliRunner

from hypewatch.cli import main
from hypewatch.pipeline import approved_examples, classify_pending
from storage import open_database
from storage.articles import save_analysis, store_article
from storage.models import Annotation, Article, utcnow
from storage.users import add_user
from tests.samples import PAGE, RESULT


def _story_with_annotations(db, *annotations):
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, RESULT)
        for k, (position, verdict, labels, status, minutes) in enumerate(annotations):
            user = add_user(session, f"journalist{k}", "journalist", "correct horse")  # one annotation per person and sentence
            session.add(Annotation(sentence_id=article.sentences[position].id, article_id=article.id,
                                   user_id=user.id, verdict=verdict, labels=labels, status=status,
                                   reviewed_at=utcnow() + timedelta(minutes=minutes)))


class Flaky:
    """The real analyser, but failing on any text that says "poison" until mended."""
    broken = True

    def __init__(self, analyser):
        self.analyser, self.model_version = analyser, analyser.model_version

    def analyse(self, text, title=None, links=None):
        if self.broken and "poison" in text:
            raise ValueError("a bug the text reveals")
        return self.analyser.analyse(text, title=title)


def test_classify_pending_classifies_each_story_once_per_model(db, analyser):
    with db.session() as session:
        store_article(session, {"url": "https://a.example/1", "title": "Miracle cure for MS",
                                "text": "A new drug cures multiple sclerosis. It is a miracle."})
    assert classify_pending(db, analyser) == 1
    assert classify_pending(db, analyser) == 0
    with db.session() as session:
        article = session.query(Article).one()
        assert article.model_version == analyser.model_version
        assert article.sentences[0].headline and "cure" in article.sentences[0].labels


def test_others_can_write_while_the_classifier_analyses(sqlite_url, analyser):
    """SQLite has one write lock, held from a session's first write to its end: the web app's writes
    (an annotation, a story marked done) must not wait while a batch of stories is analysed."""
    import sqlite3
    db = open_database(sqlite_url)
    with db.session() as session:
        for i in range(3):
            store_article(session, {"url": f"https://a.example/{i}", "title": "Miracle cure", "text": f"A drug cures MS. {i}"})

    class Watched:
        model_version, locked = analyser.model_version, []

        def analyse(self, text, title=None, links=None):
            other = sqlite3.connect(db.engine.url.database, timeout=0)  # as another process, not waiting
            try:
                other.execute("BEGIN IMMEDIATE")
                other.rollback()
                self.locked.append(False)
            except sqlite3.OperationalError:
                self.locked.append(True)
            finally:
                other.close()
            return analyser.analyse(text, title=title)
    watched = Watched()
    assert classify_pending(db, watched) == 3
    assert watched.locked == [False, False, False]
    db.dispose()


def test_a_story_the_analyser_fails_on_holds_up_no_other_and_is_tried_again(db, analyser, caplog):
    from hypewatch.pipeline import AnalysisFailed

    flaky = Flaky(analyser)
    with db.session() as session:
        ids = [store_article(session, {"url": f"https://a.example/{i}", "title": "Miracle cure",
                                       "text": f"A drug cures MS. {'poison ' if i == 2 else ''}Story {i}."}).id
               for i in range(5)]
    with pytest.raises(AnalysisFailed) as failure:
        classify_pending(db, flaky, batch=2)
    assert failure.value.done == 4 and failure.value.failed == [ids[2]]
    assert f"story ids {ids[2]}" in str(failure.value) and "a bug the text reveals" in caplog.text
    flaky.broken = False  # fixed: the next run picks it up
    assert classify_pending(db, flaky) == 1 and classify_pending(db, flaky) == 0


def test_a_first_copy_the_analyser_fails_on_hands_its_cluster_to_the_next_so_the_queue_lists_the_story(db, analyser):
    """The unfiltered queue lists a syndicated story once, by its cluster's first story, and
    lists only analysed stories."""
    from sqlalchemy import update

    from hypewatch.pipeline import AnalysisFailed
    from webapp.stories import QueueFilters, queue_page

    flaky = Flaky(analyser)
    with db.session() as session:
        first, *copies = [store_article(session, {
            "url": f"https://outlet{i}.example/story", "title": "Miracle cure for MS",
            "text": f"A new drug cures multiple sclerosis.{' poison' if i == 0 else ''} Outlet {i}."}).id
            for i in range(3)]
        session.execute(update(Article).values(cluster_id=first))

    def queue():
        with db.session() as session:
            return [(row.id, row.copies) for row in queue_page(session, QueueFilters(), user_id=None, page_size=20).rows]
    with pytest.raises(AnalysisFailed):
        classify_pending(db, flaky)
    assert queue() == [(copies[0], 2)]
    flaky.broken = False  # fixed: the first story is analysed, and stays a copy
    assert classify_pending(db, flaky) == 1
    assert queue() == [(copies[0], 2)]
    with db.session() as session:
        assert {a.cluster_id for a in session.query(Article)} == {copies[0]}


def test_classify_pending_loads_the_configured_model_only_when_a_story_needs_it(db, model_dir, tmp_path,
                                                                                monkeypatch):
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(tmp_path / "no-model-yet"))
    assert classify_pending(db) == 0
    assert not (tmp_path / "no-model-yet").exists()  # nothing to classify: nothing trained or loaded
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
    with db.session() as session:
        store_article(session, {"url": "https://a.example/2", "title": "Breakthrough",
                                "text": "A breakthrough drug cures multiple sclerosis."})
    assert classify_pending(db) == 1 and classify_pending(db) == 0


def test_new_analyser_rules_analyse_stored_stories_again(db, model_dir, monkeypatch):
    """Trigger words, sentence rules and criteria live in code beside the model: when they change
    (RULES_VERSION), stories analysed before are analysed again, without retraining."""
    import classifier.analyser
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
    with db.session() as session:
        store_article(session, {"url": "https://a.example/3", "title": "Miracle cure",
                                "text": "A new drug cures multiple sclerosis."})
    assert classify_pending(db) == 1 and classify_pending(db) == 0
    monkeypatch.setattr(classifier.analyser, "RULES_VERSION", classifier.analyser.RULES_VERSION + 1)
    assert classify_pending(db) == 1 and classify_pending(db) == 0
    with db.session() as session:
        assert session.query(Article).one().model_version.endswith(f".r{classifier.analyser.RULES_VERSION}")


def test_stories_analysed_again_keep_their_annotations_and_verdicts(db, model_dir, monkeypatch):
    """A retrained model or new rules analyse every story again; the journalists' annotations and
    the verdicts editors published from them must come through it (they were deleted with the old
    sentences until 2026-12-06)."""
    import classifier.analyser
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
    with db.session() as session:
        store_article(session, {"url": "https://a.example/4", "title": "Miracle cure",
                                "text": "A new drug cures multiple sclerosis. Doctors are amazed."})
    assert classify_pending(db) == 1
    with db.session() as session:
        article = session.query(Article).one()
        user = add_user(session, "jo", "journalist", "correct horse")
        [claim] = [s for s in article.sentences if s.text.startswith("A new drug")]
        session.add(Annotation(sentence_id=claim.id, article_id=article.id, user_id=user.id,
                               verdict="agree", labels=["cure"], note="Mouse data only.", status="approved",
                               reviewed_at=utcnow()))
    monkeypatch.setattr(classifier.analyser, "RULES_VERSION", classifier.analyser.RULES_VERSION + 1)
    assert classify_pending(db) == 1
    with db.session() as session:
        annotation = session.query(Annotation).one()
        assert (annotation.note, annotation.sentence.text) == ("Mouse data only.", "A new drug cures multiple sclerosis.")
    assert [text for text, _, _ in approved_examples(db)] == ["A new drug cures multiple sclerosis."]


def test_a_page_given_by_hand_is_stored_once_with_its_copies_and_settled_for_the_crawl(db, analyser):
    """store_given_page, under "Add to the queue" and the API, on both backends."""
    from crawler.store import is_seen
    from hypewatch.pipeline import store_given_page
    page = {**PAGE, "text": PAGE["text"] * 3}  # long enough to be recognised as a copy
    with db.session() as session:
        crawled = store_article(session, {**page, "url": "https://wire.example/release"})
        from crawler.duplicates import assign_cluster
        assign_cluster(session, crawled)
        crawled_id = crawled.id
    with db.session() as session:
        story, added = store_given_page(session, {**page, "url": "https://outlet.example/story"}, analyser,
                                        fetched_url="https://outlet.example/s?id=1")
        assert added and story.classified_at is not None and story.cluster_id == crawled_id
        story_id = story.id
    with db.session() as session:
        again, added = store_given_page(session, {**page, "url": "https://outlet.example/story"}, None,
                                        fetched_url="https://outlet.example/story")
        assert (again.id, added) == (story_id, False)  # not analysed again (there is no analyser to)
        assert session.query(Article).count() == 2
        connection = session.connection()
        assert is_seen(connection, "https://outlet.example/s?id=1") and is_seen(connection, "https://outlet.example/story")


def test_a_page_given_by_hand_that_the_classifier_fails_on_is_stored_unclassified_for_the_next_run(db, analyser):
    from hypewatch.pipeline import store_given_page
    flaky = Flaky(analyser)
    with db.session() as session:
        story, added = store_given_page(session, {**PAGE, "text": "A poison pill cures MS."}, flaky,
                                        fetched_url=PAGE["url"])
        assert added and story.classified_at is None
    flaky.broken = False
    assert classify_pending(db, flaky) == 1


def test_approved_annotations_become_training_examples(db):
    _story_with_annotations(
        db,
        (0, "agree", [], "approved", 0),            # agrees with the model's labels
        (1, "disagree", [], "approved", 0),         # not hype after all
        (1, "agree", ["hype"], "pending", 5),       # not approved: not training data
    )
    examples = dict((text, (labels, strength)) for text, labels, strength in approved_examples(db))
    assert examples == {"MS reversed.": (["cure"], "causal"), "It is a miracle.": ([], "none")}


def test_a_later_verdict_on_a_sentence_replaces_an_earlier_one(db):
    _story_with_annotations(db, (1, "disagree", [], "approved", 0), (1, "agree", ["hype"], "approved", 5))
    assert approved_examples(db) == [("It is a miracle.", ["hype"], "none")]


def test_hypewatch_train_counts_the_approved_annotations(sqlite_url, tmp_path, monkeypatch):
    # Training takes a while: once, on SQLite (the query above runs on both backends).
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HYPEWATCH_DATABASE_URL", sqlite_url)
    _story_with_annotations(open_database(sqlite_url), (0, "agree", ["cure"], "approved", 0))
    result = CliRunner().invoke(main, ["train", "--model-dir", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    assert "1 editor-approved" in result.output
