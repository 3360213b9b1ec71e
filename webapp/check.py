"""Check a text: a story, a press release or a draft pasted in, flagged as the crawler's stories
are (the claims with their trigger words, the reporting checklist, the score) and not stored.

Staff only: each check costs the server the analysis (about 16 ms a 1,000-word story). The
analyser is the saved model, loaded at the first check and again after a retraining replaced it;
a web request never trains one (the classification job or `hypewatch train` does)."""
from __future__ import annotations

import threading
from collections import namedtuple
from pathlib import Path

from flask import Blueprint, current_app, render_template, request

from webapp.auth import STAFF, role_required
from webapp.views import segments

bp = Blueprint("check", __name__, url_prefix="/check")

MAX_CHARS = 100_000  # about 15,000 words; the analysis is linear in the length
_loading = threading.Lock()

# A sentence of the result in the shape the story page's fragments read (its position as its id).
CheckedSentence = namedtuple("CheckedSentence", "id position start end text labels score triggers strength headline")


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


def check_text(text: str | None, title: str | None = None) -> dict:
    """The classifier's result for a pasted text, as `hypewatch check --format json` prints it."""
    text = text or ""
    if not text.strip():
        raise CheckError(400, "There is no text to check: paste a story, a press release or a draft.")
    if len(text) > MAX_CHARS:
        raise CheckError(413, f"The text has {len(text):,} characters; a check takes at most {MAX_CHARS:,}. "
                              "Check it in parts.")
    return current_analyser().analyse(text, title=(title or "").strip() or None)


@bp.route("/", methods=("GET", "POST"))
@role_required(*STAFF)
def index():
    text, title = request.form.get("text", ""), request.form.get("title", "")
    result, error, status = None, None, 200
    if request.method == "POST":
        try:
            result = check_text(text, title)
        except CheckError as exc:
            error, status = exc.message, exc.status
    context = {"text": text, "title": title, "error": error, "max_chars": MAX_CHARS}
    if result is not None:
        sentences = [CheckedSentence(position, position, s["start"], s["end"], s["text"], s["labels"], s["score"],
                                     s["triggers"], s["strength"], s["headline"])
                     for position, s in enumerate(result["sentences"])]
        context.update(result=result, pieces=segments(text, sentences),
                       claims=[s for s in sentences if s.labels],
                       headline=next((s for s in sentences if s.headline and s.start < 0), None),
                       by_position={s.position: s for s in sentences})
    return render_template("check/index.html", **context), status
