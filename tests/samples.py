"""Hand-made stories and classifier results that tests store without running the model."""
from datetime import datetime, timedelta

PAGE = {"url": "https://news.example/ms-cure", "title": "MS reversed", "text": "MS reversed. It is a miracle."}
RESULT = {
    "score": 0.8, "model_version": "test",
    "criteria": [{"id": "harms", "status": "not_satisfied"}],
    "sentences": [
        {"text": "MS reversed.", "start": 0, "end": 12, "labels": ["cure"], "score": 0.9,
         "scores": {"cure": 0.9}, "triggers": {"cure": ["reversed"]}, "strength": "causal", "headline": True},
        {"text": "It is a miracle.", "start": 13, "end": 29, "labels": ["hype"], "score": 0.7,
         "scores": {"hype": 0.7}, "triggers": {"hype": ["miracle"]}, "strength": "none"},
    ],
}


def fill_queue_for_plans(db, stories: int = 3000, done_above: float = 1.0) -> None:
    """Stories enough for the query planners to prefer an index, with the planners' statistics:
    scores and dates rising with the id, every tenth undated, three statuses (every story done
    above the score `done_above`), copies in threes."""
    from sqlalchemy import insert

    from storage.models import Article
    with db.session() as session:
        session.execute(insert(Article), [
            {"url": f"https://news.example/{i}", "text": "x", "content_hash": f"{i:064x}", "score": i / stories,
             "published": None if i % 10 == 0 else datetime(2026, 1, 1) + timedelta(minutes=i),
             "status": "done" if i / stories > done_above else ("new", "done", "in_review")[i % 4 % 3],
             "cluster_id": i - (i - 1) % 3}
            for i in range(1, stories + 1)])
    if db.engine.dialect.name == "sqlite":
        db.refresh_statistics()
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE articles")
