"""The steps that connect the packages: classify stored stories, gather training examples."""
from __future__ import annotations

import logging
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hypewatch.config import load_config
from storage import Database
from storage.articles import save_analysis, unclassified
from storage.models import Annotation, Article, Sentence, User

log = logging.getLogger(__name__)


class AnalysisFailed(RuntimeError):
    """Some stories could not be analysed; the others were. The next run tries them again."""

    def __init__(self, done: int, failed: list[int]):
        super().__init__(f"classified {done} stories; {len(failed)} could not be analysed "
                         f"(story ids {', '.join(map(str, failed[:20]))}{', …' if len(failed) > 20 else ''}); "
                         "the log has each error")
        self.done, self.failed = done, failed


def load_analyser():
    import classifier
    return classifier.load_analyser(load_config().model_dir)


def ensure_model() -> None:
    """Train the configured model if it is missing or stale, so that the processes that use it
    next (a crawl's workers) only load it."""
    import classifier
    classifier.ensure_model(load_config().model_dir)


def classify_pending(db: Database, analyser=None, *, batch: int = 200,
                     progress: Callable[[int], None] | None = None) -> int:
    """Classify every story not yet classified by the current model and analyser rules
    (classifier.analyser.RULES_VERSION); returns how many.

    The model is loaded only when some story needs it: the scheduler runs this every few
    minutes, and the crawl has usually classified everything already. A story whose analysis
    fails is logged and left for the next run, so that it cannot hold up the others nor hide
    its copies from the queue (crawler.duplicates.hand_over_clusters); the run then ends in
    AnalysisFailed."""
    from classifier.analyser import analysis_version
    from classifier.model import read_card

    done, failed = 0, []
    while True:
        with db.session() as session:
            card = None if analyser else read_card(load_config().model_dir)
            if analyser:
                version = analyser.model_version
            else:
                version = card and analysis_version(card.get("model_version", "?"))
            articles = unclassified(session, model_version=version, limit=batch, skip=failed)
            if not articles:
                break
            if analyser is None:
                analyser = load_analyser()  # trains it first if it is missing or stale
                if analyser.model_version != version:
                    continue  # a new model: look again for what it has not classified
            # the whole batch analysed before anything is written: on SQLite the first write takes the
            # database's one write lock until the session ends, and the web app's writes wait for it
            analysed = []
            for article in articles:
                try:
                    analysed.append((article, analyser.analyse(article.text, title=article.title, links=article.cited_links)))
                except Exception:
                    log.exception("story %s could not be analysed", article.id)
                    failed.append(article.id)
            for article, result in analysed:
                try:
                    with session.begin_nested():
                        save_analysis(session, article, result)
                except Exception:
                    log.exception("story %s could not be stored", article.id)
                    failed.append(article.id)
                else:
                    done += 1
        if progress:
            progress(done)
    if failed:
        from crawler.duplicates import hand_over_clusters
        with db.session() as session:
            hand_over_clusters(session, failed)
        raise AnalysisFailed(done, failed)
    return done


def classify_leftovers(db: Database, warn: Callable[[str], None]) -> int:
    """classify_pending for commands that go on after it (a crawl, the demo): stories the
    analyser fails on are passed to `warn`, not raised; returns how many were classified."""
    try:
        return classify_pending(db)
    except AnalysisFailed as exc:
        warn(f"warning: {exc}")
        return exc.done


def store_given_page(session: Session, page: dict, analyser, *, fetched_url: str,
                     added_by: User | None = None) -> tuple[Article, bool]:
    """A page someone gave by its address (the check page's "Add to the queue", the API, `hypewatch
    add`), stored and classified as the crawl stores a page, whatever its topic: joined to the copies
    of its story, its addresses settled so that no crawl fetches it again, in the audit trail as added
    by `added_by` (None: at the command line); a page the classifier fails on is stored unclassified, for
    the classification job. Returns (the story, True), or (the story stored under its address already,
    False)."""
    from crawler.store import save_page
    from crawler.topics import topic_relevance
    from webapp.workflow import record

    stored = select(Article).where(Article.url == page["url"])
    known = session.scalar(stored)
    if known is not None:
        return known, False
    try:
        analysis = analyser.analyse(page["text"], title=page.get("title"), links=page.get("cited_links"))
    except Exception:  # stored all the same, unclassified: the classification job tries it again
        log.exception("the classifier failed on %s; stored unclassified", page["url"])
        analysis = None
    topic_score, topic_terms = topic_relevance(page.get("title"), page["text"])
    article = save_page(session, {**page, "topic_score": topic_score, "topic_terms": topic_terms},
                        source=None, fetched_url=fetched_url)
    if article is None:  # the crawl, or a colleague, stored it a moment ago
        return session.scalar(stored), False
    if analysis is not None:
        save_analysis(session, article, analysis)
    record(session, added_by, "add", "article", article.id, article.id, None,
           {"url": article.url, "given_url": fetched_url})
    return article, True


def approved_examples(db: Database) -> list[tuple[str, list[str], str | None]]:
    """Editor-approved annotations as training examples: (sentence, labels it deserves, strength)."""
    with db.session() as session:
        rows = session.execute(
            select(Sentence.text, Annotation.verdict, Annotation.labels, Sentence.labels, Sentence.strength)
            .join(Annotation, Annotation.sentence_id == Sentence.id)
            .where(Annotation.status == "approved")
            .order_by(Annotation.reviewed_at, Annotation.id))
        examples = {}
        for text, verdict, labels, model_labels, strength in rows:
            # "agree" confirms the model's labels; otherwise the annotation's labels are the truth.
            # A later approved verdict on the same sentence replaces an earlier one.
            examples[text] = (text, list(model_labels if verdict == "agree" and not labels else labels), strength)
        return list(examples.values())


def retrain(db: Database) -> dict:
    """Train the model from the corpus plus editor-approved annotations; returns the model card."""
    import classifier
    return classifier.train(load_config().model_dir, extra_examples=approved_examples(db))
