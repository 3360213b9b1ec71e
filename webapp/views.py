"""What every template may use: safe links, dates, the label names, the highlighted text."""
from __future__ import annotations

import functools
import re
from datetime import datetime
from urllib.parse import urlsplit

from flask import Flask, current_app, g, request, url_for
from markupsafe import Markup, escape

from classifier import CRITERION_SHORT, LABELS, score_word  # the classifier owns these; re-exported for the app
from classifier.scope import MESSAGES as SCOPE_MESSAGES
from classifier.studies import STUDY_KINDS

LABEL_NAMES = {
    "cure": "Promises a cure",
    "novelty": "Oversells novelty",
    "hype": "Hype words",
    "causal": "Causation from correlation",
    "extrapolation": "Extrapolates (mice, cells, small trials)",
    "certainty": "Overstated certainty",
}


def safe_href(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else None: stored URLs come from the web and a
    `javascript:` or `data:` link must never become clickable."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def outlink(url: str | None, text: str | None = None) -> Markup:
    """A link out to a story's page, opened in a new tab without a referrer; a URL that is not
    http(s) is shown as plain text."""
    href = safe_href(url)
    label = escape(text or url or "")
    if href:
        return Markup(f'<a href="{escape(href)}" rel="noopener noreferrer nofollow" target="_blank">{label}</a>')
    return Markup(f'<span class="url">{label}</span>')


def format_date(value: datetime | None, fmt: str = "%Y-%m-%d") -> str:
    return value.strftime(fmt) if value else ""


def segments(text: str, sentences) -> list[tuple[str, object | None]]:
    """The story text cut into (piece, sentence) pairs; sentence is None between sentences.
    Offsets outside the text or overlapping an earlier sentence are skipped."""
    pieces: list[tuple[str, object | None]] = []
    cursor = 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        start, end = max(sentence.start, cursor), min(sentence.end, len(text))
        if start >= end:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], sentence))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], None))
    return pieces


def fixed_url(endpoint: str, **values) -> str:
    """url_for for a URL made of constants only (an endpoint without per-request values),
    built once per script root: url_for costs ~25 us, and a page asks for several."""
    cache = current_app.extensions.setdefault("hypewatch_fixed_urls", {})
    key = (request.script_root, endpoint, tuple(sorted(values.items())))
    url = cache.get(key)
    if url is None:
        url = cache[key] = url_for(endpoint, **values)
    return url


def id_url_prefix(endpoint: str, key: str) -> str:
    """The URL of `endpoint` without its trailing integer id (`key`), so that a page listing
    many rows builds one URL and appends each id instead of calling url_for per row."""
    url = fixed_url(endpoint, **{key: 0})
    if not url.endswith("/0"):
        raise ValueError(f"{endpoint} does not end with its <int:{key}>")
    return url[:-1]


# The endpoints the layout links to on every page (none takes an argument).
LAYOUT_ENDPOINTS = ("index", "public.index", "digest.archive", "queue.index", "review.index",
                    "review.stats", "admin.users", "admin.sources", "jobs_admin.index", "check.index",
                    "queue.my_annotations", "corrections.index", "outlets.index", "studies.index", "auth.account",
                    "auth.logout", "auth.login")


def layout_urls() -> dict[str, str]:
    """The layout's links (none changes while the app runs), built once per script root."""
    cache = current_app.extensions.setdefault("hypewatch_layout_urls", {})
    urls = cache.get(request.script_root)
    if urls is None:
        urls = {endpoint: fixed_url(endpoint) for endpoint in LAYOUT_ENDPOINTS}
        urls["style"] = fixed_url("static", filename="style.css")
        cache[request.script_root] = urls
    return urls


def site_nav() -> Markup:
    """The layout's site links for the current user's role (_nav.html), rendered once per role
    and script root: on every page they cost as much as a dozen rows of the queue."""
    role = g.user.role if g.get("user") is not None else None
    cache = current_app.extensions.setdefault("hypewatch_site_nav", {})
    html = cache.get((request.script_root, role))
    if html is None:
        html = Markup(current_app.jinja_env.get_template("_nav.html").render(role=role, nav=layout_urls()))
        cache[(request.script_root, role)] = html
    return html


def label_chips(labels, titles: bool = True) -> Markup:
    """One chip per label, named in its title unless `titles` is false (built in Python: the
    story page and the approval queue show dozens)."""
    try:
        return _label_chips(tuple(labels or ()), titles)
    except TypeError:  # an unhashable value in stored JSON: build it uncached
        return _label_chips.__wrapped__(tuple(labels or ()), titles)


@functools.lru_cache(maxsize=512)
def _label_chips(labels: tuple, titles: bool) -> Markup:
    return Markup("".join(
        f'<span class="label label-{escape(label)}"'
        + (f' title="{escape(LABEL_NAMES.get(label, label))}">' if titles else ">")
        + f'{escape(label)}</span>' for label in labels))


@functools.lru_cache(maxsize=128)
def _label_checkboxes(checked: frozenset) -> Markup:
    return Markup("\n        ".join(
        f'<label class="check"><input type="checkbox" name="labels" value="{escape(label)}" '
        f'{"checked" if label in checked else ""}> {escape(label)}</label>' for label in LABELS))


def label_checkboxes(checked=()) -> Markup:
    """A checkbox per label, ticked for those in `checked`: every claim's form has six."""
    return _label_checkboxes(frozenset(label for label in checked or () if label in LABELS))


def highlight_triggers(sentence) -> Markup:
    """The sentence's text, escaped, with its trigger words in <strong class="trigger">."""
    return Markup("".join(f'<strong class="trigger">{escape(part)}</strong>' if hit else escape(part)
                          for part, hit in trigger_pieces(sentence.text, sentence.triggers)))


def select_options(values, selected: str, names: dict[str, str] | None = None) -> Markup:
    """A filter's <option>s, `selected` marked: the queue's source list has dozens."""
    return _select_options(tuple(values), selected, tuple(names.items()) if names else ())


@functools.lru_cache(maxsize=256)
def _select_options(values: tuple, selected: str, names: tuple) -> Markup:
    named = dict(names)
    return Markup("".join(
        f'<option value="{escape(value)}" {"selected" if value == selected else ""}>'
        f'{escape(named.get(value, value))}</option>' for value in values))


def init_app(app: Flask) -> None:
    from webapp import auth, fragments
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.globals.update(LABELS=LABELS, STUDY_KINDS=STUDY_KINDS, SCOPE_MESSAGES=SCOPE_MESSAGES, id_url_prefix=id_url_prefix,
                                 layout_urls=layout_urls, site_nav=site_nav, fixed_url=fixed_url, outlink=outlink,
                                 csrf_token=auth.csrf_token, label_chips=label_chips,
                                 label_checkboxes=label_checkboxes, select_options=select_options,
                                 queue_rows=fragments.queue_rows, approval_items=fragments.approval_items,
                                 own_annotation_rows=fragments.own_annotation_rows,
                                 story_text=fragments.story_text, claim_items=fragments.claim_items,
                                 verdict_matches=fragments.verdict_matches,
                                 sentence_options=fragments.sentence_options, highlight_triggers=highlight_triggers,
                                 score_word=score_word,
                                 checklist_items=fragments.checklist_items,
                                 status_buttons=fragments.status_buttons, story_links=fragments.story_links,
                                 study_items=fragments.study_items)

    @app.context_processor
    def current_user():
        # csrf_token again here: Flask-WTF puts its own in every template's context
        return {"current_user": g.get("user"), "csrf_token": auth.csrf_token}


@functools.lru_cache(maxsize=1024)
def _trigger_pattern(words: tuple[str, ...]) -> re.Pattern:
    """One regex per set of trigger words (few distinct sets: the classifier's vocabulary); a
    phrase ("is gone", "gone for good") matches across the line breaks of the extracted text."""
    return re.compile("|".join(r"\b" + r"\s+".join(map(re.escape, w.split())) + r"\b" for w in words),
                      re.IGNORECASE)


def trigger_pieces(text: str, triggers: dict | None) -> list[tuple[str, bool]]:
    """The sentence cut into (piece, is_trigger_word) pairs, for highlighting the words that
    made the classifier fire."""
    words = sorted({w for ws in (triggers or {}).values() for w in ws if w and w.strip()},
                   key=len, reverse=True)
    if not words:
        return [(text, False)]
    pattern = _trigger_pattern(tuple(words))
    pieces, cursor = [], 0
    for match in pattern.finditer(text):
        if match.start() > cursor:
            pieces.append((text[cursor:match.start()], False))
        pieces.append((match.group(0), True))
        cursor = match.end()
    if cursor < len(text):
        pieces.append((text[cursor:], False))
    return pieces
