"""The `notices` job at scale: one run over a desk whose people all have addresses, notices and watched searches.

Fills a database as bench/web.py does (100,000 stories by default), then gives PEOPLE people an address, every
notice and WATCHES watched searches each (labels, words, an outlet), makes NEW stories classified in the last
minutes, gives some to each person and reviews some of their annotations. It times the run (mail to a local SMTP
server that keeps nothing) against a yardstick measured in the same run: the first page of the review queue for each
of those searches, which is what the people would load to see the same news themselves. Prints figures; asserts
nothing.

    python bench/notices.py [--stories 100000] [--people 20] [--watches 5] [--new 200] [--rounds 3]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

SEARCHES = ["label=cure", "label=hype", "label=novelty", "q=stem+cells", "q=mice", "q=breakthrough",
            "source=news3", "label=causal&q=trial", "label=extrapolation", "q=nerve+damage"]


class Discard:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"


def prepare(db, people: int, watches: int, new: int, rng: random.Random) -> list[tuple[int, str]]:
    """The desk, the new stories and what happened to people; returns each (person, watched query)."""
    from sqlalchemy import select, update

    from storage.models import Annotation, Article, User, Watch, utcnow
    from webapp.workflow import set_story_status
    now = utcnow()
    with db.session() as session:
        editor = session.scalar(select(User).where(User.name == "editor"))
        desk = [User(name=f"watcher{i}", role="journalist", password_hash="x", email=f"watcher{i}@example.org",
                     notices=["assigned", "rejected", "approved", "overdue", "watches"]) for i in range(people)]
        session.add_all(desk)
        session.flush()
        pairs = [(person.id, query) for person in desk for query in rng.sample(SEARCHES, watches)]
        session.add_all(Watch(user_id=person_id, query=query) for person_id, query in pairs)
        top = session.scalar(select(Article.id).order_by(Article.id.desc()).limit(1))
        fresh = rng.sample(range(1, top + 1), new)
        session.execute(update(Article).where(Article.id.in_(fresh)).values(classified_at=now - timedelta(minutes=2)))
        for person in desk:
            for story_id in rng.sample(fresh, 3):
                set_story_status(session, editor, session.get(Article, story_id), assignee=person)
        reviewed = session.scalars(select(Annotation.id).where(Annotation.status == "pending").limit(people * 5)).all()
        session.execute(update(Annotation).where(Annotation.id.in_(reviewed)).values(
            status="rejected", reviewed_by_id=editor.id, reviewed_at=now - timedelta(minutes=1), reject_reason="bench"))
    return pairs


def reset_watermarks(db, since) -> None:
    from sqlalchemy import update

    from storage.models import User
    with db.session() as session:
        session.execute(update(User).where(User.name.like("watcher%")).values(notified_until=since))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--watches", type=int, default=5)
    parser.add_argument("--new", type=int, default=200, help="stories classified in the last minutes")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each; the best is kept")
    args = parser.parse_args()

    from aiosmtpd.controller import Controller
    from urllib.parse import parse_qsl
    from werkzeug.datastructures import MultiDict

    import hypewatch.notices
    from storage import open_database
    from storage.models import utcnow
    from web import fill
    from webapp.stories import QueueFilters, queue_page

    with tempfile.TemporaryDirectory(prefix="hypewatch-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        fill(url, args.stories)
        db = open_database(url)
        pairs = prepare(db, args.people, args.watches, args.new, random.Random(3))
        class LoopbackController(Controller):
            def _trigger_server(self):  # learn the port the OS picked before connecting to it
                self.port = self.server.sockets[0].getsockname()[1]
                super()._trigger_server()
        smtp = LoopbackController(Discard(), hostname="127.0.0.1", port=0)
        smtp.start()
        port = smtp.port
        os.environ.update(HYPEWATCH_HOME=tmp, HYPEWATCH_SMTP_URL=f"smtp://127.0.0.1:{port}", HYPEWATCH_SECRET_KEY="bench")
        from hypewatch.config import load_config
        config = load_config()
        hypewatch.notices.SETTLE = timedelta(0)
        since = utcnow() - timedelta(minutes=5)

        run_times, page_times, result = [], [], None
        for _ in range(args.rounds):
            reset_watermarks(db, since)
            started = time.perf_counter()
            result = hypewatch.notices.send_notices(db, config)
            run_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            with db.session() as session:
                for person_id, query in pairs:
                    queue_page(session, QueueFilters.from_args(MultiDict(parse_qsl(query))), user_id=person_id,
                               page_size=25)
            page_times.append(time.perf_counter() - started)
        smtp.stop()
        run, pages = min(run_times), min(page_times)
        print(f"{args.people} people, {args.watches} watched searches each, {args.new} new stories, "
              f"{args.stories:,} stories: {result}")
        print(f"notices run   {run * 1000:8.1f} ms  ({run / args.people * 1000:.1f} ms a person, a mail each)")
        print(f"queue pages   {pages * 1000:8.1f} ms  ({len(pairs)} first pages of the same searches: the yardstick)")
        print(f"ratio run / yardstick: {run / pages:.2f}")
        db.dispose()


if __name__ == "__main__":
    main()
