"""Check a text: a story, a press release or a draft pasted in (or a web page's address), flagged
as the crawler's stories are (the claims with their trigger words, the reporting checklist, the
score) and not stored; and a page the crawl does not reach added to the queue by its address.

Staff only: each check costs the server the analysis (about 16 ms a 1,000-word story). The
analyser is the saved model, loaded at the first check and again after a retraining replaced it;
a web request never trains one (the classification job or `hypewatch train` does). A page is
fetched from public internet addresses only (crawler.public_address; HYPEWATCH_CHECK_PRIVATE_ADDRESSES
lets an intranet deployment, and the tests, read others), in at most FETCH_SECONDS, at most PAGE_BYTES."""
from __future__ import annotations

import threading
from collections import namedtuple
from pathlib import Path

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from storage.models import utcnow
from webapp.auth import STAFF, role_required
from webapp.db import get_session
from webapp.matches import claim_matches
from webapp.queue import StorySentence
from webapp.stories import SAME_STUDY_SHOWN, probably_same_paper, same_study
from webapp.views import segments

bp = Blueprint("check", __name__, url_prefix="/check")

MAX_CHARS = 100_000  # about 15,000 words; the analysis is linear in the length
FETCH_SECONDS = 10
PAGE_BYTES = 2 * 1024 * 1024  # extraction holds a web server thread: no crawler-sized pages here
_loading = threading.Lock()

# A sentence of the result in the shape the story page's fragments read (its position as its id),
# and whether it is the headline given apart from the text.
CheckedSentence = namedtuple("CheckedSentence", StorySentence._fields + ("headline",))


class CheckError(Exception):
    """A text that cannot be checked, with the HTTP status and the message for the user."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def current_analyser():
    """The saved model's analyser, reloaded when the saved model changes (a retraining)."""
    from classifier.analyser import Analyser
    from classifier.model import BUNDLE, TrainingError, load_bundle

    model_dir = Path(current_app.config["MODEL_DIR"])
    try:
        stamp = (model_dir / BUNDLE).stat().st_mtime_ns
    except OSError:
        raise CheckError(503, "The model is not trained yet: it is trained by the first classification run "
                              "or by `hypewatch train`. Try again in a minute.") from None
    cached = current_app.extensions.get("hypewatch_analyser")
    if cached is None or cached[0] != stamp:
        with _loading:  # one thread loads it; the others wait for it rather than load it again
            cached = current_app.extensions.get("hypewatch_analyser")
            if cached is None or cached[0] != stamp:
                try:
                    analyser = Analyser(load_bundle(model_dir, retrain=False), model_dir)
                except TrainingError as exc:
                    raise CheckError(503, f"The model needs retraining ({exc}); the next classification run "
                                          "or `hypewatch train` does it. Try again in a minute.") from None
                cached = current_app.extensions["hypewatch_analyser"] = (stamp, analyser)
    return cached[1]


def read_page(url: str) -> tuple[str, str | None, list[str]]:
    """The article text, title and links to its study of the page at `url`, as the crawler would extract them."""
    page = fetch_page(url)
    return page["text"], page.get("title"), page.get("cited_links") or []


def fetch_page(url: str) -> dict:
    """The page at `url` as the crawler would extract it (crawler.extraction.extract_html's fields)."""
    from crawler.extraction import ExtractionError, extract_source
    from crawler.urls import is_http_url

    url = url.strip()
    if not is_http_url(url):
        raise CheckError(400, "The address must start with http:// or https://.")
    try:
        page = extract_source(url, public_only=not current_app.config["CHECK_PRIVATE_ADDRESSES"],
                              timeout=FETCH_SECONDS, max_bytes=PAGE_BYTES)
    except ExtractionError as exc:
        raise CheckError(502 if exc.reason in ("unreachable", "http_error") else 400,
                         f"No article could be read from that address: {exc.explanation}.") from None
    if not (page.get("text") or "").strip():
        raise CheckError(400, "No article text was found at that address.")
    return page


def add_page(url: str, *, assign: bool) -> tuple[int, bool]:
    """Store the page at `url` as a story in the queue (hypewatch.pipeline.store_given_page), in the
    audit trail as added by the user, given to them if `assign`; (its id, whether it is new)."""
    from crawler.urls import canonical_url
    from hypewatch.pipeline import store_given_page
    from webapp.workflow import set_story_status

    page = fetch_page(url)
    db = get_session()
    story, added = store_given_page(db, page, current_analyser(), fetched_url=canonical_url(url.strip()),
                                    added_by=g.user)
    if added and assign:
        set_story_status(db, g.user, story, assignee=g.user)
    db.commit()
    return story.id, added


def check_text(text: str | None, title: str | None = None, *, what: str = "text", links=None,
               read_anyway: bool = False) -> dict:
    """The classifier's result for a pasted text, as `hypewatch check --format json` prints it (`what`
    names the text in an error: "text", "source"; `links`: a fetched page's links to its study; `read_anyway`:
    read it even if it does not look like English health news)."""
    text = text or ""
    if not text.strip():
        raise CheckError(400, "There is no text to check: paste a story, a press release or a draft, "
                              "or give a web page's address.")
    if len(text) > MAX_CHARS:
        raise CheckError(413, f"The {what} has {len(text):,} characters; a check takes at most {MAX_CHARS:,}. "
                              "Check it in parts.")
    return current_analyser().analyse(text, title=(title or "").strip() or None, links=links, read_anyway=read_anyway)


def stored_copies(text: str) -> list:
    """The stored stories this text is a copy of (the page crawled already, or the press release
    behind it), closest first, with what the page lists of each."""
    from sqlalchemy import select

    from crawler.duplicates import near_copies
    from storage.models import Article

    db = get_session()
    ids = near_copies(db, text)
    if not ids:
        return []
    rows = {row.id: row for row in db.execute(select(Article.id, Article.title, Article.sitename, Article.source,
                                                          Article.published).where(Article.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


@bp.route("/", methods=("GET", "POST"))
@role_required(*STAFF)
def index():
    text, title, source = request.form.get("text", ""), request.form.get("title", ""), request.form.get("source", "")
    url = request.form.get("url", "") if request.method == "POST" else request.args.get("url", "")  # the bookmarklet's
    result, source_result, error, status, fetched = None, None, None, 200, False
    if request.method == "POST":
        try:
            links = None
            if url.strip() and not text.strip():  # the page's text goes in the box, to see what was read
                text, found_title, links = read_page(url)
                title, fetched = title or found_title or "", True
            read_anyway = request.form.get("read_anyway") == "1"
            result = check_text(text, title, links=links, read_anyway=read_anyway)
            if source.strip():
                source_result = check_text(source, what="source", read_anyway=read_anyway)
        except CheckError as exc:
            error, status = exc.message, exc.status
    return _page(text, title, url, source, result=result, source_result=source_result, error=error,
                 addable=fetched), status


@bp.route("/add", methods=("POST",))
@role_required(*STAFF)
def add():
    """"Add to the queue": the page at the address is fetched again, stored and classified; its story opens."""
    url = request.form.get("url", "")
    try:
        story_id, added = add_page(url, assign=request.form.get("assign") == "me")
    except CheckError as exc:
        return _page("", "", url, "", error=exc.message), exc.status
    flash("The page is in the queue now." if added else "That page was in the queue already: here it is.")
    return redirect(url_for("queue.story", article_id=story_id))


def _sentences(result: dict) -> list[CheckedSentence]:
    return [CheckedSentence(position, position, s["start"], s["end"], s["text"], s["labels"], s["score"],
                            s["triggers"], s["strength"], s["headline"])
            for position, s in enumerate(result["sentences"])]


def _page(text: str, title: str, url: str, source: str, *, result: dict | None = None,
          source_result: dict | None = None, error: str | None = None, addable: bool = False) -> str:
    from hypewatch.versions import compare_versions
    context = {"text": text, "title": title, "url": url, "source": source, "error": error, "max_chars": MAX_CHARS,
               "addable": addable}
    if result is not None:
        sentences = _sentences(result)
        if source_result is not None:
            context["against_source"] = compare_versions(_sentences(source_result), sentences)
        references = [(r["kind"], r["value"]) for r in result.get("references", ())]
        on_study = same_study(get_session(), references)
        context.update(result=result, pieces=segments(text, sentences), stored=stored_copies(text),
                       references=references, same_study=on_study, shown_on_study=SAME_STUDY_SHOWN,
                       same_paper=probably_same_paper(get_session(), title, text, utcnow(), references,
                                                      shown=[o.id for o in on_study]),
                       claims=[s for s in sentences if s.labels],
                       matches=claim_matches(get_session(), [(s.id, s.text) for s in sentences if s.labels], stored=False,
                                             story=text),
                       headline=next((s for s in sentences if s.headline and s.start < 0), None),
                       by_position={s.position: s for s in sentences})
    return render_template("check/index.html", **context)
