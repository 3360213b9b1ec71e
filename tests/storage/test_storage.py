"""The storage layer: schema upgrades, one row per URL, safe concurrent writers."""
import multiprocessing
import os

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm.exc import StaleDataError

from storage import Database, DatabaseError, open_database
from storage.articles import article_record, known_urls, save_analysis, store_article
from storage.models import Annotation, Article, ArticleLabel, Sentence, StudyReference, User, utcnow
from tests.samples import fill_queue_for_plans
from storage.users import UserError, add_user, authenticate
from tests.samples import PAGE, RESULT


def _alembic(db):
    from alembic.config import Config

    from storage.db import MIGRATIONS
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = db.engine
    return cfg


def downgrade(db, revision: str) -> None:
    """Take the schema back to `revision`, as a database made by an older release would be."""
    from alembic import command
    command.downgrade(_alembic(db), revision)


def upgrade(db, revision: str) -> None:
    from alembic import command
    command.upgrade(_alembic(db), revision)


def test_upgrade_creates_every_table_and_is_idempotent(db):
    first = db.revision()
    assert first is not None
    assert db.upgrade() == first
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 0


def test_the_migrations_build_the_schema_the_models_declare(db):
    """Every table, column and index of storage.models comes from a migration (the full-text
    search index, made by raw SQL in its migration, is the one thing the models do not declare)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from storage.models import Base
    def ours(name, type_, _parents):  # not the tables of APScheduler's job store, say
        return type_ != "table" or name in Base.metadata.tables

    def for_this_database(item, _name, _type, reflected, _compared):  # an index declared for one dialect only
        only = getattr(item, "_ddl_if", None)
        return reflected or only is None or only.dialect == db.engine.dialect.name
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours, "include_object": for_this_database})
        differences = compare_metadata(context, Base.metadata)
    assert [d for d in differences if "search" not in str(d[1])] == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url):
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 10000


def test_sqlite_keeps_a_page_cache_that_holds_more_than_a_few_queue_pages(sqlite_url):
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA cache_size")).scalar() <= -32 * 1024  # negative: KiB, not pages


def test_a_url_is_stored_once(db):
    with db.session() as session:
        assert store_article(session, PAGE) is not None
    with db.session() as session:
        assert store_article(session, dict(PAGE, text="other text")) is None
        assert known_urls(session, [PAGE["url"], "https://other.example/"]) == {PAGE["url"]}
        assert session.scalar(select(func.count()).select_from(Article)) == 1


def test_a_story_stored_in_a_session_that_fails_is_not_stored(db):
    """store_article writes inside a savepoint; the session's rollback takes it back on SQLite as on
    PostgreSQL (Python's sqlite3 opened no transaction before a SAVEPOINT, and releasing it committed)."""
    with pytest.raises(RuntimeError):
        with db.session() as session:
            assert store_article(session, PAGE) is not None
            raise RuntimeError("the crawl was stopped")
    with db.session() as session:
        assert session.scalar(select(func.count(Article.id))) == 0
    with db.session() as session:  # and a session that ends well keeps it
        store_article(session, PAGE)
    with db.session() as session:
        assert session.scalar(select(func.count(Article.id))) == 1


def test_analysis_replaces_sentences_and_label_counts(db):
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, RESULT)
        save_analysis(session, article, RESULT)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Sentence)) == 2
        labels = {row.label: row.count for row in session.scalars(select(ArticleLabel))}
        assert labels == {"cure": 1, "hype": 1}
        assert session.scalar(select(Article.flagged_count)) == 2
        record = article_record(session.scalar(select(Article)))
    assert record["score"] == 0.8
    assert [s["labels"] for s in record["sentences"]] == [["cure"], ["hype"]]
    assert PAGE["text"][record["sentences"][1]["start"]:record["sentences"][1]["end"]] == "It is a miracle."


def test_analysis_replaces_the_study_references(db):
    lancet = [{"kind": "doi", "value": "10.1016/x"}, {"kind": "journal", "value": "Lancet"}]
    with db.session() as session:
        article = store_article(session, dict(PAGE, cited_links=["https://doi.org/10.1016/x"]))
        save_analysis(session, article, dict(RESULT, references=lancet))
        save_analysis(session, article, dict(RESULT, references=lancet[::-1]))
    with db.session() as session:
        assert session.scalar(select(Article.cited_links)) == ["https://doi.org/10.1016/x"]
        rows = session.execute(select(StudyReference.kind, StudyReference.value).order_by(StudyReference.position))
        assert rows.all() == [("journal", "Lancet"), ("doi", "10.1016/x")]
        save_analysis(session, session.scalar(select(Article)), RESULT)  # a result that names no study
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StudyReference)) == 0


def test_analysis_keeps_why_a_story_was_not_read(db):
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, dict(RESULT, out_of_scope="not_english"))
    with db.session() as session:
        assert session.scalar(select(Article.out_of_scope)) == "not_english"
        assert article_record(session.scalar(select(Article)))["out_of_scope"] == "not_english"
        save_analysis(session, session.scalar(select(Article)), RESULT)  # read again, in scope this time
    with db.session() as session:
        assert session.scalar(select(Article.out_of_scope)) is None


def _annotated_story(session):
    """The sample story, classified, with a journalist's approved verdict on its second sentence."""
    user = add_user(session, "ann", "journalist", "a long enough password")
    article = store_article(session, PAGE)
    save_analysis(session, article, RESULT)
    second = session.scalar(select(Sentence).where(Sentence.position == 1))
    session.add(Annotation(sentence_id=second.id, article_id=article.id, user_id=user.id, verdict="disagree",
                           labels=[], note="A quote, not a claim.", status="approved"))
    session.flush()
    return article, second.id


def test_classifying_a_story_again_keeps_its_annotations(db):
    """A new model or new analyser rules classify every story again: the sentences get their new
    labels in place, so the journalists' annotations and the published verdicts on them stay."""
    with db.session() as session:
        article, sentence_id = _annotated_story(session)
        again = dict(RESULT, model_version="test-2", sentences=[
            dict(RESULT["sentences"][0], labels=[]), dict(RESULT["sentences"][1], labels=["hype", "certainty"])])
        save_analysis(session, article, again)
    with db.session() as session:
        annotation = session.scalar(select(Annotation))
        assert annotation.sentence_id == sentence_id and annotation.note == "A quote, not a claim."
        assert annotation.sentence.labels == ["hype", "certainty"] and annotation.sentence.text == "It is a miracle."
        assert [s.position for s in session.scalars(select(Sentence).order_by(Sentence.position))] == [0, 1]


def test_a_new_split_moves_annotations_to_the_sentence_that_holds_their_claim(db):
    """Rules that cut the story differently (here the first sentence in two, which shifts the
    others' positions) keep a sentence that starts and ends where it did; an annotated sentence
    that no longer exists hands its annotation to the new sentence that overlaps it most, and the
    audit trail says so."""
    from storage.models import AuditEvent
    text = PAGE["text"]
    with db.session() as session:
        article, sentence_id = _annotated_story(session)
        first = session.scalar(select(Sentence).where(Sentence.position == 0))
        user_id = session.scalar(select(User.id))
        session.add(Annotation(sentence_id=first.id, article_id=article.id, user_id=user_id, verdict="agree",
                               labels=["cure"], status="pending"))
        session.flush()
        split = dict(RESULT, model_version="rules-2", sentences=[
            {"text": "MS", "start": 0, "end": 2, "labels": [], "score": 0.1},
            {"text": "reversed.", "start": 3, "end": 12, "labels": ["cure"], "score": 0.9},
            dict(RESULT["sentences"][1])])
        save_analysis(session, article, split)
    with db.session() as session:
        sentences = list(session.scalars(select(Sentence).order_by(Sentence.position)))
        assert [(s.position, text[s.start:s.end]) for s in sentences] == [(0, "MS"), (1, "reversed."), (2, "It is a miracle.")]
        by_labels = {tuple(a.labels): a for a in session.scalars(select(Annotation))}
        assert by_labels[()].sentence_id == sentence_id  # kept where it was: same start and end
        assert by_labels[("cure",)].sentence.text == "reversed." and by_labels[("cure",)].version == 2
        [moved] = session.scalars(select(AuditEvent).where(AuditEvent.action == "move"))
        assert moved.before["text"] == "MS reversed." and moved.after["text"] == "reversed."
        assert session.scalar(select(func.count()).select_from(Sentence)) == 3


def test_a_split_that_joins_two_sentences_keeps_one_annotation_per_person(db):
    """One person annotated both sentences; a new split makes them one sentence: their approved
    annotation stays on it, the pending one goes into the audit trail as a `merge` with its
    content, and another person's annotation on either moves as usual."""
    from storage.models import AuditEvent
    with db.session() as session:
        article, second_id = _annotated_story(session)  # ann's approved verdict on the second sentence
        ann, bo = session.scalar(select(User)), add_user(session, "bo", "journalist", "another long password")
        first_id = session.scalar(select(Sentence.id).where(Sentence.position == 0))
        session.add_all([Annotation(sentence_id=first_id, article_id=article.id, user_id=ann.id, verdict="agree",
                                    labels=["cure"], note="Reversed, says who?", status="pending"),
                         Annotation(sentence_id=first_id, article_id=article.id, user_id=bo.id, verdict="agree",
                                    labels=["cure"], status="pending")])
        session.flush()
        joined = dict(RESULT, model_version="rules-2", sentences=[
            {"text": PAGE["text"], "start": 0, "end": 29, "labels": ["cure", "hype"], "score": 0.9}])
        save_analysis(session, article, joined)
    with db.session() as session:
        [sentence] = session.scalars(select(Sentence))
        annotations = {a.user.name: a for a in session.scalars(select(Annotation))}
        assert set(annotations) == {"ann", "bo"}
        assert annotations["ann"].status == "approved" and annotations["ann"].note == "A quote, not a claim."
        assert {a.sentence_id for a in annotations.values()} == {sentence.id}
        [merge] = session.scalars(select(AuditEvent).where(AuditEvent.action == "merge"))
        assert merge.before["note"] == "Reversed, says who?" and merge.before["text"] == "MS reversed."
        assert merge.after == {"merged_into": annotations["ann"].id, "sentence_id": sentence.id, "text": PAGE["text"]}
        moved = session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "move")).all()
        assert sorted(moved) == sorted(a.id for a in annotations.values())


def test_one_person_cannot_hold_two_annotations_of_a_sentence(db):
    from sqlalchemy.exc import IntegrityError
    with db.session() as session:
        article, sentence_id = _annotated_story(session)
        user_id = session.scalar(select(User.id))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Annotation(sentence_id=sentence_id, article_id=article.id, user_id=user_id,
                               verdict="agree", labels=["hype"]))


def test_the_upgrade_to_one_annotation_per_person_keeps_the_approved_one(db):
    """A database from before the unique index may hold one person's two annotations of a
    sentence (a double click): the approved one stays, the other is kept in the audit trail."""
    from storage.models import AuditEvent
    with db.session() as session:
        article, sentence_id = _annotated_story(session)
        approved_id, user_id = session.scalar(select(Annotation.id)), session.scalar(select(User.id))
    downgrade(db, "0110")
    with db.engine.begin() as conn:
        conn.execute(Annotation.__table__.insert().values(
            sentence_id=sentence_id, article_id=article.id, user_id=user_id, verdict="agree", labels=["hype"],
            note="the later click", status="pending", version=1, updated_at=utcnow(), created_at=utcnow()))
    db.upgrade()
    with db.session() as session:
        assert session.scalars(select(Annotation.id)).all() == [approved_id]
        [merge] = session.scalars(select(AuditEvent).where(AuditEvent.action == "merge"))
        assert merge.before["note"] == "the later click" and merge.after["merged_into"] == approved_id


def test_a_headline_of_two_sentences_is_matched_in_order(db):
    """Headline sentences have no offsets in the text (-1, -1): they are matched in their order."""
    headline = [{"text": "Cure found?", "start": -1, "end": -1, "labels": ["cure"], "score": 0.9, "headline": True},
                {"text": "Experts doubt it.", "start": -1, "end": -1, "labels": [], "score": 0.1, "headline": True}]
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, dict(RESULT, sentences=headline + RESULT["sentences"]))
        first_ids = [s.id for s in session.scalars(select(Sentence).order_by(Sentence.position))]
        save_analysis(session, article, dict(RESULT, sentences=headline[:1] + RESULT["sentences"]))
    with db.session() as session:
        rows = [(s.id, s.position, s.text) for s in session.scalars(select(Sentence).order_by(Sentence.position))]
    assert rows == [(first_ids[0], 0, "Cure found?"), (first_ids[2], 1, "MS reversed."), (first_ids[3], 2, "It is a miracle.")]


def test_a_result_without_sentences_leaves_the_annotated_ones(db):
    with db.session() as session:
        article, sentence_id = _annotated_story(session)
        save_analysis(session, article, dict(RESULT, sentences=[]))
    with db.session() as session:
        assert [(s.id, s.position) for s in session.scalars(select(Sentence))] == [(sentence_id, 1)]
        assert session.scalar(select(Annotation.sentence_id)) == sentence_id


def test_the_flagged_count_migration_backfills_stored_stories(db):
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, dict(RESULT, sentences=[
            dict(RESULT["sentences"][0], labels=[]), RESULT["sentences"][1]]))
    downgrade(db, "0031")
    upgrade(db, "0040")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT flagged_count FROM articles")).scalar() == 1


def test_deleting_a_story_deletes_its_sentences(db):
    with db.session() as session:
        save_analysis(session, store_article(session, PAGE), RESULT)
    with db.session() as session:
        session.delete(session.scalar(select(Article)))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Sentence)) == 0


def test_two_editors_cannot_overwrite_each_other(db):
    with db.session() as session:
        article = store_article(session, PAGE)
        save_analysis(session, article, RESULT)
        user = add_user(session, "jo", "journalist", "correct horse")
        annotation = Annotation(sentence_id=article.sentences[0].id, article_id=article.id,
                                user_id=user.id, verdict="agree", labels=["cure"])
        session.add(annotation)
    first, second = db.sessions(), db.sessions()
    mine = first.get(Annotation, annotation.id)
    theirs = second.get(Annotation, annotation.id)
    mine.status = "approved"
    first.commit()
    theirs.status = "rejected"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close(), second.close()
    with db.session() as session:
        assert session.get(Annotation, annotation.id).status == "approved"


def test_passwords_are_hashed_and_checked(db):
    with db.session() as session:
        user = add_user(session, "ed", "editor", "long enough")
        assert "long enough" not in user.password_hash
    with db.session() as session:
        assert authenticate(session, "ed", "long enough").role == "editor"
        assert authenticate(session, "ed", "wrong password") is None
        with pytest.raises(UserError, match="exists"):
            add_user(session, "ed", "editor", "long enough")
        with pytest.raises(UserError, match="role"):
            add_user(session, "x", "owner", "long enough")


def _write_many(url: str, start: int) -> None:
    db = Database(url)
    for i in range(start, start + 40):
        with db.session() as session:
            store_article(session, {"url": f"https://news.example/{i % 60}", "text": f"story {i}"})


def test_concurrent_writers_wait_instead_of_failing(database_url):
    open_database(database_url).dispose()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_write_many, args=(database_url, n * 20)) for n in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    db = Database(database_url)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 60


def test_a_connection_the_server_closed_is_not_handed_out_again(postgres_url):
    """PostgreSQL restarted, or ended a session: the next request gets a fresh connection, not
    an error (the pooled connection's socket is checked, without a round trip)."""
    import time

    from sqlalchemy import create_engine
    db = open_database(postgres_url)
    with db.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
        for _ in range(100):  # the server ends it a moment later
            if not conn.execute(text("SELECT 1 FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}).first():
                break
            time.sleep(0.05)
    admin.dispose()
    time.sleep(0.1)
    with db.session() as session:
        assert session.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    db.dispose()


def test_postgresql_connections_over_tcp_probe_an_idle_link_and_give_up_on_a_dead_one(postgres_url):
    """A firewall that drops an idle connection without closing it: the kernel's keepalive probes
    find it (a minute idle, three probes ten seconds apart) and a query sent into it fails after
    30 s. The settings are read back from the socket; the database URL can override them."""
    import socket

    def tcp_options(url):
        db = open_database(url)
        with db.engine.connect() as conn:
            raw = socket.socket(fileno=os.dup(conn.connection.dbapi_connection.fileno()))
            try:
                return (raw.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                        raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                        raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                        raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                        raw.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT))
            finally:
                raw.close()  # the duplicate only
                db.dispose()
    assert "@127.0.0.1" in postgres_url  # over TCP, not the local socket
    assert tcp_options(postgres_url) == (1, 60, 10, 3, 30_000)
    assert tcp_options(postgres_url + "?keepalives_idle=300")[1] == 300


def test_postgresql_connections_never_jit_compile_a_query(postgres_url):
    """The app's queries take a millisecond; JIT compiling one takes 10-100 ms (storage.db.POSTGRES_OPTIONS).
    The database URL can still ask for it."""
    from sqlalchemy import text

    def jit(url):
        db = open_database(url)
        try:
            with db.engine.connect() as conn:
                return conn.execute(text("SHOW jit")).scalar()
        finally:
            db.dispose()
    assert jit(postgres_url) == "off"
    assert jit(postgres_url + "?options=-c%20jit%3Don") == "on"


def test_a_database_that_does_not_connect_is_a_clear_error():
    with pytest.raises(DatabaseError, match="cannot connect"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("no such url")


def test_a_sqlite_without_json_functions_is_a_clear_error(sqlite_url):
    # Pages build JSON in SQL (storage.nested). An old SQLite without JSON1 is simulated by
    # replacing json_object with a function that fails, as the missing one would.
    from sqlalchemy import event

    def missing(*args):
        raise RuntimeError("no such function")
    db = Database(sqlite_url)
    event.listen(db.engine, "connect", lambda conn, _record: conn.create_function("json_object", -1, missing))
    with pytest.raises(DatabaseError, match="no JSON functions; Hypewatch needs SQLite 3.38"):
        db.check()
    Database(sqlite_url).check()  # the real one has them


def test_with_statistics_the_queue_walks_its_order_index_or_the_assigned_stories(sqlite_url):
    """Unfiltered, the queue walks the index of each cluster's first story in its order. Without
    statistics SQLite reads a status-filtered queue through the status index and sorts every story
    of that status; with them it walks the queue's order and stops at the page's end. The "Mine"
    filter finds a journalist's few stories through the index of assigned ones."""
    from sqlalchemy import insert
    db = open_database(sqlite_url)
    with db.session() as session:
        session.execute(insert(User), [{"name": "ann", "role": "journalist", "password_hash": "x"}])
        session.execute(insert(Article), [
            {"url": f"https://news.example/{i}", "text": "x", "content_hash": f"{i:064x}", "score": i / 3000,
             "status": ("new", "done", "in_review")[i % 4 % 3], "cluster_id": i - (i - 1) % 3,  # copies in threes
             "assignee_id": 1 if i % 500 == 0 else None} for i in range(1, 3001)])

    def plan(condition):  # the page's stories, as webapp.stories asks for them
        page = ("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE score IS NOT NULL AND " + condition +
                " ORDER BY score DESC, id DESC LIMIT 21")
        with db.engine.connect() as conn:
            return " ".join(row[3] for row in conn.exec_driver_sql(page))
    assert "ix_articles_status" in plan("status = 'new'")
    assert db.refresh_statistics() is True
    assert "ix_articles_first_copies" in plan("(cluster_id IS NULL OR cluster_id = id)")
    assert "ix_articles_status" not in plan("status = 'new'") and "ix_articles_score" in plan("status = 'new'")
    assert "ix_articles_assignee_id" in plan("assignee_id = 1")


def test_the_queue_newest_first_walks_an_index_filtered_or_not(database_url):
    """The queue's "newest first" order (webapp.stories.ORDERS), undated stories last, comes from an
    index in both databases, for each cluster's first story and for a filtered queue: the page's
    end stops the walk instead of a sort of every story that matches."""
    db = open_database(database_url)
    sqlite = database_url.startswith("sqlite")
    fill_queue_for_plans(db)
    for condition in ("(cluster_id IS NULL OR cluster_id = id)", "status = 'new'"):
        query = ("SELECT id FROM articles WHERE score IS NOT NULL AND " + condition +
                 " ORDER BY published DESC NULLS LAST, id DESC LIMIT 21")
        with db.engine.connect() as conn:
            plan = " ".join(str(row[-1] if sqlite else row[0])
                            for row in conn.exec_driver_sql(("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + query))
        assert "ix_articles_" in plan and "TEMP B-TREE" not in plan and "Sort" not in plan, plan
    # one index over every story's date serves both the order and the date ranges: on PostgreSQL the
    # plain one went when the ordered one came
    from sqlalchemy import inspect
    dated = [i["name"] for i in inspect(db.engine).get_indexes("articles")
             if i["column_names"][:1] == ["published"] and i.get("dialect_options", {}).get(
                 "postgresql_where") is None and i.get("dialect_options", {}).get("sqlite_where") is None]
    assert dated == (["ix_articles_published"] if sqlite else ["ix_articles_newest"])


def test_a_users_annotations_are_read_in_their_order_without_sorting(database_url):
    """"My annotations" (webapp.workflow.own_annotations) pages through one user's annotations,
    the latest change first, all or by status: the index gives that order, so a user with
    thousands of annotations costs a page, not a sort of them all."""
    db = open_database(database_url)
    sqlite = database_url.startswith("sqlite")
    for condition in ("user_id = 1", "user_id = 1 AND status = 'rejected'"):
        query = (f"SELECT id FROM annotations WHERE {condition} ORDER BY updated_at DESC, id DESC LIMIT 21")
        with db.engine.connect() as conn:
            if not sqlite:
                conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: ask whether the index serves
            plan = " ".join(str(row[-1] if sqlite else row[0])
                            for row in conn.exec_driver_sql(("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + query))
        assert "ix_annotations_user_" in plan and "TEMP B-TREE" not in plan and "Sort" not in plan, plan


def test_upgrading_a_filled_sqlite_database_gives_its_new_indexes_statistics(sqlite_url):
    from sqlalchemy import insert

    db = open_database(sqlite_url)
    with db.session() as session:
        session.execute(insert(Article), [{"url": f"https://news.example/{i}", "text": "x", "content_hash": f"{i:064x}",
                                           "score": i / 100} for i in range(1, 101)])
    downgrade(db, "0060")  # before the index of first copies

    def analysed_indexes():
        with db.engine.connect() as conn:
            if not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
                return set()
            return {row[0] for row in conn.exec_driver_sql("SELECT idx FROM sqlite_stat1")}
    assert "ix_articles_first_copies" not in analysed_indexes()
    db.upgrade()
    assert "ix_articles_first_copies" in analysed_indexes()


def test_a_stories_checklist_is_kept_as_bits_of_the_criteria_met_and_judged(db):
    """The stats page counts criteria per outlet from two integers, not from every story's JSON."""
    from classifier.criteria import NAMES
    from storage.models import CHECKLIST_BITS, checklist_bits
    assert sorted(CHECKLIST_BITS) == sorted(NAMES)  # a new criterion needs its bit
    criteria = [{"id": "costs", "status": "not_satisfied"}, {"id": "harms", "status": "satisfied"},
                {"id": "alternatives", "status": "not_applicable"}, {"id": "commercial_interest", "status": "satisfied"}]
    assert checklist_bits(criteria) == (0b1000000100, 0b1000000101)
    assert checklist_bits(None) == checklist_bits([{"id": "no such criterion", "status": "satisfied"}]) == (0, 0)
    with db.session() as session:
        save_analysis(session, store_article(session, PAGE), dict(RESULT, criteria=criteria))
    with db.session() as session:
        assert session.execute(select(Article.criteria_met, Article.criteria_judged)).one() == (
            0b1000000100, 0b1000000101)


def test_the_checklist_bits_migration_backfills_stored_stories(db):
    with db.session() as session:
        for n, criteria in enumerate(([{"id": "harms", "status": "satisfied"}, {"id": "costs", "status": "not_satisfied"}],
                                      None)):
            save_analysis(session, store_article(session, dict(PAGE, url=f"{PAGE['url']}?{n}")),
                          dict(RESULT, criteria=criteria))
    downgrade(db, "0114")
    upgrade(db, "0115")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT criteria_met, criteria_judged FROM articles ORDER BY id")).all() == [
            (0b100, 0b101), (0, 0)]


def test_the_repeating_stories_migration_marks_the_stories_with_repeats_found(db):
    from storage.models import ClaimRepeat
    with db.session() as session:
        stories = [store_article(session, dict(PAGE, url=f"{PAGE['url']}?{n}")) for n in range(2)]
        for story in stories:
            save_analysis(session, story, RESULT)
        session.flush()
        user = User(name="ann", role="journalist", password_hash="x")
        session.add(user)
        session.flush()
        first, second = ([s.id for s in story.sentences] for story in stories)
        verdict = Annotation(sentence_id=first[0], article_id=stories[0].id, user_id=user.id, verdict="agree",
                             labels=["cure"], status="approved")
        session.add(verdict)
        session.flush()
        session.add(ClaimRepeat(sentence_id=second[0], annotation_id=verdict.id, article_id=stories[1].id, similarity=0.9))
        ids = [s.id for s in stories]
    downgrade(db, "0116")
    upgrade(db, "0117")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM articles WHERE repeating IS NOT NULL")).scalars().all() == [ids[1]]
