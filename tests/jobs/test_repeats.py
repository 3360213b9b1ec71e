"""The `repeats` job: the stored stories that repeat a claim the desk has published a verdict on, found
once and kept up to date as stories are classified and verdicts published (hypewatch.repeats)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

import hypewatch.repeats
import jobs
from storage.models import ClaimRepeat, Sentence, utcnow
from webapp.matches import VerdictIndex

CLAIM = "Stem cells cure multiple sclerosis."


def repeats(db) -> set[tuple[int, int]]:
    """(story id, annotation id) of every repeat found."""
    with db.session() as session:
        return set(session.execute(select(ClaimRepeat.article_id, ClaimRepeat.annotation_id)).all())


def repeated_sentences(db) -> set[int]:
    with db.session() as session:
        return set(session.scalars(select(ClaimRepeat.sentence_id)))


def marked(db) -> set[int]:
    """The stories marked as repeating a checked claim (the queue's partial index walks them)."""
    from storage.models import Article
    with db.session() as session:
        return set(session.scalars(select(Article.id).where(Article.repeating.is_not(None))))


def verdict_id(db, story_id) -> int:
    from storage.models import Annotation
    with db.session() as session:
        return session.scalar(select(Annotation.id).where(Annotation.article_id == story_id))


def killed_at_batch(monkeypatch, n: int):
    """The job's runs, one story a batch, die as they match their n-th batch; returns what revives them."""
    monkeypatch.setattr(hypewatch.repeats, "STORIES_A_BATCH", 1)
    real_matches, calls = VerdictIndex.matches, []

    def dies(self, texts, **kwargs):
        calls.append(texts)
        if len(calls) == n:
            raise RuntimeError("the process was killed")
        return real_matches(self, texts, **kwargs)
    monkeypatch.setattr(VerdictIndex, "matches", dies)
    return lambda: monkeypatch.setattr(VerdictIndex, "matches", real_matches)


def run() -> dict:
    result = jobs.run_job("repeats")
    assert result["outcome"] == "ok", result["error"]
    return result["counts"]


def test_stories_repeating_a_checked_claim_are_found_and_nothing_else(config, jobs_db, newsroom):
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"]), ("The trial had 20 patients.", [])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    reworded = newsroom.story("Reworded", [("Stem cells can cure MS, doctors say.", ["cure"])])
    denied = newsroom.story("Denied", [("Stem cells do not cure multiple sclerosis.", ["cure"])])
    other = newsroom.story("Other claim", [("Coffee cures migraine.", ["cure"])])
    newsroom.story("Not flagged", [(CLAIM, [])])  # the classifier saw no claim in it: not gone over
    counts = run()
    assert counts["full"] is True and counts["sentences"] == 4 and counts["repeats"] == 1
    assert repeats(jobs_db) == {(reworded, verdict_id(jobs_db, checked))}  # not its own sentence, nor the others
    assert marked(jobs_db) == {reworded}
    assert denied and other


def test_a_claim_made_with_an_abbreviation_its_story_defines_repeats_one_in_full_words_and_back(config, jobs_db, newsroom):
    full = "Olfactory ensheathing cell transplants restore walking in paralysed patients."
    short = "OEC transplants restore walking in paralysed patients, the team reported."
    defines = "Surgeons grafted olfactory ensheathing cells (OECs) into the injured spinal cord."
    checked = newsroom.story("In full", [(full, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    abbreviated = newsroom.story("Abbreviated", [(defines, []), (short, ["cure"])])
    undefined = newsroom.story("Never defined", [(short, ["cure"])])  # its story never says what "OEC" is
    run()
    assert repeats(jobs_db) == {(abbreviated, verdict_id(jobs_db, checked))} and undefined
    # and a verdict on the abbreviated claim finds the claim in full words
    newsroom.verdict(abbreviated, 1, "agree", ["cure"])
    again = newsroom.story("In full again", [(full, ["cure"])])
    run()
    assert (again, verdict_id(jobs_db, abbreviated)) in repeats(jobs_db)


def test_later_runs_go_over_new_stories_only_until_the_verdicts_change(config, jobs_db, newsroom):
    an_hour_ago = utcnow() - timedelta(hours=1)
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])], classified_at=an_hour_ago)
    newsroom.verdict(checked, 0, "agree", ["cure"])
    first = newsroom.story("First repeat", [("Stem cells cure MS.", ["cure"])], classified_at=an_hour_ago)
    assert run()["full"] is True
    second = newsroom.story("Second repeat", [("Stem cells have cured multiple sclerosis.", ["cure"])])
    counts = run()
    assert counts["full"] is False and counts["sentences"] == 1  # the new story alone (and the last OVERLAP's)
    assert {story for story, _ in repeats(jobs_db)} == {first, second}
    # a new verdict changes every match's weights: every flagged sentence again
    coffee = newsroom.story("Coffee", [("Coffee protects against MS, a survey found.", ["causal"])])
    newsroom.verdict(coffee, 0, "agree", ["causal"])
    again = newsroom.story("Coffee again", [("Coffee prevents multiple sclerosis.", ["causal"])])
    counts = run()
    assert counts["full"] is True and counts["sentences"] == 5
    assert repeats(jobs_db) == {(first, verdict_id(jobs_db, checked)), (second, verdict_id(jobs_db, checked)),
                                (again, verdict_id(jobs_db, coffee))}


def test_a_story_classified_again_without_the_claim_loses_its_repeat(config, jobs_db, newsroom):
    from storage.articles import save_analysis
    from storage.models import Article
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    repeat = newsroom.story("Repeat", [("Stem cells cure MS.", ["cure"])])
    run()
    assert {story for story, _ in repeats(jobs_db)} == {repeat}
    with jobs_db.session() as session:  # a new model no longer flags it
        article = session.get(Article, repeat)
        save_analysis(session, article, {"score": 0.1, "model_version": "test 2", "sentences": [
            {"text": "Stem cells cure MS.", "start": 0, "end": 19, "labels": [], "score": 0.1}]})
        article.classified_at = utcnow()
    assert marked(jobs_db) == {repeat}
    assert run()["full"] is False
    assert repeats(jobs_db) == set() and marked(jobs_db) == set()


def test_a_run_killed_half_way_leaves_its_work_to_the_next(config, jobs_db, newsroom, monkeypatch):
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    stories = {newsroom.story(f"Repeat {n}", [("Stem cells cure MS.", ["cure"])]) for n in range(3)}
    revive = killed_at_batch(monkeypatch, 3)
    assert jobs.run_job("repeats")["outcome"] == "failed"
    assert len(repeats(jobs_db)) == 1  # the batches before it were kept, one story short
    assert marked(jobs_db) == {story for story, _ in repeats(jobs_db)}
    revive()
    counts = run()
    assert counts["full"] is True  # no run went well before: all of it again
    assert {story for story, _ in repeats(jobs_db)} == stories == marked(jobs_db)


def test_a_full_run_killed_half_way_leaves_the_repeats_it_had_not_reached_in_place(config, jobs_db, newsroom,
                                                                                    monkeypatch):
    """A full run brings each batch of stories up to date in turn: the queue never sees repeats vanish while a
    run is going over them again, and the similarities it finds moved are written again."""
    from sqlalchemy import update
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    stories = {newsroom.story(f"Repeat {n}", [("Stem cells cure MS.", ["cure"])]) for n in range(3)}
    run()
    found = repeats(jobs_db)
    assert {story for story, _ in found} == stories
    with jobs_db.session() as session:  # as if found when the verdicts weighed the words otherwise
        session.execute(update(ClaimRepeat).values(similarity=0.1))
    coffee = newsroom.story("Coffee", [("Coffee protects against MS, a survey found.", ["causal"])])
    newsroom.verdict(coffee, 0, "agree", ["causal"])  # the verdicts change: the next run goes over everything
    revive = killed_at_batch(monkeypatch, 2)
    assert jobs.run_job("repeats")["outcome"] == "failed"
    assert repeats(jobs_db) == found and marked(jobs_db) == stories  # nothing removed ahead of the run
    revive()
    assert run()["full"] is True and repeats(jobs_db) == found
    with jobs_db.session() as session:
        assert min(session.scalars(select(ClaimRepeat.similarity))) >= 0.6


def test_a_withdrawn_verdict_takes_its_repeats_with_it(config, jobs_db, newsroom):
    from storage.models import Annotation
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    newsroom.story("Repeat", [("Stem cells cure MS.", ["cure"])])
    run()
    assert repeats(jobs_db)
    with jobs_db.session() as session:
        session.get(Annotation, verdict_id(jobs_db, checked)).status = "rejected"
    counts = run()
    assert counts["full"] is True and counts["verdicts"] == 0 and repeats(jobs_db) == set() == marked(jobs_db)
    with jobs_db.session() as session:
        assert session.scalar(select(Sentence.id).where(Sentence.article_id == checked))


def test_a_withdrawn_verdicts_repeats_go_and_the_other_verdicts_stay(config, jobs_db, newsroom, monkeypatch):
    from storage.models import Annotation
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    coffee = newsroom.story("Coffee", [("Coffee protects against MS, a survey found.", ["causal"])])
    newsroom.verdict(coffee, 0, "agree", ["causal"])
    both = newsroom.story("Both claims", [("Stem cells cure MS.", ["cure"]), ("Stem cells have cured MS.", ["cure"]),
                                          ("Coffee prevents multiple sclerosis.", ["causal"])])
    run()
    assert len(repeats(jobs_db)) == 2 and len(repeated_sentences(jobs_db)) == 3
    with jobs_db.session() as session:
        session.get(Annotation, verdict_id(jobs_db, checked)).status = "rejected"
    monkeypatch.setattr(hypewatch.repeats, "GONE_A_STATEMENT", 1)  # its two repeats, one statement each
    assert run()["full"] is True
    assert repeats(jobs_db) == {(both, verdict_id(jobs_db, coffee))} and marked(jobs_db) == {both}


def test_a_story_deleted_while_the_job_runs_is_left_out_and_the_rest_is_stored(config, jobs_db, newsroom, monkeypatch):
    from storage.models import Article
    checked = newsroom.story("Cure claimed", [(CLAIM, ["cure"])])
    newsroom.verdict(checked, 0, "agree", ["cure"])
    gone, kept = (newsroom.story(f"Repeat {n}", [("Stem cells cure MS.", ["cure"])]) for n in range(2))
    real_matches = VerdictIndex.matches

    def delete_a_story_first(self, texts, **kwargs):
        found = real_matches(self, texts, **kwargs)
        with jobs_db.session() as session:  # as a clean-up or a new crawl of it would, between read and write
            session.delete(session.get(Article, gone))
        return found
    monkeypatch.setattr(VerdictIndex, "matches", delete_a_story_first)
    counts = run()
    assert counts["repeats"] == 1  # found two, stored what still exists
    assert repeats(jobs_db) == {(kept, verdict_id(jobs_db, checked))} and marked(jobs_db) == {kept}
