"""The repeated parts of the busiest pages, built in Python: review queue rows, approval queue
items, the story page's text and claims, and a user's own annotations.

The same markup as template loops, at a fraction of the cost: Jinja spends ~15 us per queue row
on attribute lookups and escaping, which made these loops the largest part of each page.
Every value that comes from the web (titles, outlets, names, notes, sentences) goes through
`escape`; ids and numbers are formatted as numbers.
"""
from __future__ import annotations

import functools
from urllib.parse import urlencode

from flask import current_app, url_for
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from classifier.scope import MESSAGES as SCOPE_MESSAGES, SHORT as SCOPE_SHORT
from classifier.studies import KIND_NAMES, reference_url
from storage.models import STORY_STATUSES
from webapp.stories import label_counts
from webapp.verdicts import rating_of
from webapp.views import format_date, highlight_triggers, id_url_prefix, label_checkboxes, label_chips, outlink
from webapp.workflow import as_published, published_note


@functools.lru_cache(maxsize=1024)
def count_chips(text: str | None) -> str:
    """One chip per label with its sentence count, from a queue row's "label:count,…"."""
    return "".join(f'<span class="label label-{escape(label)}" title="{count} sentence(s)">{escape(label)}</span>'
                   for label, count in label_counts(text))


@functools.lru_cache(maxsize=64)
def status_chip(status: str) -> str:
    return f'<span class="status status-{escape(status)}">{escape(status.replace("_", " "))}</span>'


def queue_rows(rows) -> Markup:
    """The review queue's <tr>s; unassigned stories get an "Assign to me" button for the
    page's one #assign form, every story a box to tick for the #bulk form, a story run by
    other outlets too says how many copies there are, one repeating claims with a published verdict how
    many, and a later version adding claims to the first version of its story how many."""
    story_prefix = id_url_prefix("queue.story", "article_id")
    return Markup("".join(_queue_row(row, story_prefix) for row in rows))


@functools.lru_cache(maxsize=4096)
def _queue_row(row, story_prefix: str) -> str:
    """One row's HTML, memoised on the row's values: the top of the queue is read over and over,
    and any change to a story (score, status, assignee, labels) is a new key."""
    url = f"{story_prefix}{int(row.id)}"
    if row.assignee:
        who, action = f'<div class="meta">{escape(row.assignee)}</div>', ""
    else:
        who, action = "", (f'<button form="assign" formaction="{url}/status" name="action" value="assign" '
                           'class="small">Assign to me</button>')
    return (f'<tr class="story-row" tabindex="-1"><td class="num">{row.score:.2f}</td>'
            f'<td><a class="story-link" href="{url}">{escape(row.title or "(untitled)")}</a>'
            f'<div class="meta">{escape(row.sitename or row.source or "")} {format_date(row.published)}'
            f'{_copies_note(row.copies, row.copies_adding, url)}{_repeats_note(row.repeats, url)}{_adds_note(row.adds, url)}'
            f'{_not_read_note(row.out_of_scope)}</div></td>'
            f'<td class="num flagged">{int(row.flagged)}</td><td>{count_chips(row.label_counts)}</td>'
            f'<td>{status_chip(row.status)}{who}</td><td>{action}<label class="check tick"><input type="checkbox" '
            f'name="selected" value="{int(row.id)}" form="bulk"> tick</label></td></tr>\n')


def _copies_note(copies: int, adding: int, story_url: str) -> str:
    """The row's note of a story's copies (" · 2 more copies elsewhere, 1 adding claims"), linked to the story
    page's list."""
    if not copies:
        return ""
    return (f' · <a class="copies" href="{story_url}#same-story">'
            f'{copies} more {"copy" if copies == 1 else "copies"} elsewhere'
            f'{f", {adding} adding claims" if adding else ""}</a>')


def _not_read_note(out_of_scope: str | None) -> str:
    """The row's note of a story the classifier did not read (classifier.scope), which explains its score of 0."""
    if not out_of_scope:
        return ""
    return f' · <span class="not-read" title="{escape(SCOPE_MESSAGES[out_of_scope])}">not read: {SCOPE_SHORT[out_of_scope]}</span>'


def _repeats_note(repeats: int, story_url: str) -> str:
    """The row's note of the claims it repeats that the desk has published a verdict on (hypewatch.repeats)."""
    if not repeats:
        return ""
    return (f' · <a class="repeats" href="{story_url}#claims">'
            f'{repeats} {"claim" if repeats == 1 else "claims"} checked before</a>')


def _adds_note(adds: int | None, story_url: str) -> str:
    """The row's note of the claims this version adds to the first version of its story (hypewatch.additions)."""
    if not adds:
        return ""
    return (f' · <a class="adds" href="{story_url}#same-story">'
            f'adds {adds} {"claim" if adds == 1 else "claims"} to its source</a>')


def rejection(status: str, reason: str | None) -> str:
    """An annotation's last rejection, as its status makes it read: the reason it stands rejected,
    or the one a revision answers (pending again); nothing once approved or never rejected."""
    if not reason or status not in ("rejected", "pending"):
        return ""
    said = "Rejected" if status == "rejected" else "Revised after a rejection"
    return f'<span class="reject-reason">{said}: {escape(reason)}</span>'


def approval_items(annotations, csrf_token: str, query: str = "", editor: str = "", matches: dict | None = None) -> Markup:
    """The approval queue's annotations, each with its approve / reject / edit form and a
    checkbox for the page's one #bulk form; `query` ("?person=…") brings the editor back to the
    queue as filtered. The `editor`'s own annotations have no form: another editor reviews them.
    Under each claim, the verdicts published on claims like it (`matches`, webapp.matches)."""
    decide_prefix = id_url_prefix("review.decide", "annotation_id")
    story_prefix = id_url_prefix("queue.story", "article_id")
    verdict_prefix = id_url_prefix("public.verdict", "annotation_id")
    matches = matches or {}
    return Markup("".join(
        _approval_item((a.id, a.version, a.verdict, tuple(a.labels or ()), a.note, a.reject_reason, a.article_id,
                        a.sentence_id, a.sentence, tuple(a.model_labels or ()), a.title, a.sitename or a.source, a.user),
                       csrf_token, query, decide_prefix, story_prefix, a.user == editor,
                       verdict_matches(matches[a.sentence_id], "Published on claims like it:", verdict_prefix)
                       if a.sentence_id in matches else "")
        for a in annotations))


@functools.lru_cache(maxsize=2048)
def _approval_item(values: tuple, csrf_token: str, query: str, decide_prefix: str, story_prefix: str,
                   mine: bool = False, published: str = "") -> str:
    """One annotation's HTML, memoised on its values (the queue's JSON lists as tuples) and the
    editor's form token: an editor reloads the same page of the queue as they work through it."""
    (annotation_id, version, verdict, labels, note, reject_reason, article_id, sentence_id, sentence, model_labels,
     title, outlet, user) = values
    decide_url = f"{decide_prefix}{int(annotation_id)}{escape(query)}"
    hidden = (f'<input type="hidden" name="csrf_token" value="{escape(csrf_token)}">'
              f'<input type="hidden" name="version" value="{int(version)}">')
    note = f' — <span class="note-text">{escape(note)}</span>' if note else ""
    if mine:
        select_box = ""
        decide = '<p class="meta yours">Yours: another editor reviews it.</p>'
    else:
        select_box = (f'<label class="check"><input type="checkbox" name="selected" '
                      f'value="{int(annotation_id)}:{int(version)}" form="bulk"> select</label>\n')
        decide = (
            # two forms, so that Enter in the reason rejects (a form's Enter presses its first button)
            f'<div class="decide"><form method="post" action="{decide_url}">{hidden}'
            '<button name="decision" value="approve" class="act-agree approve">Approve</button></form>'
            f'<form method="post" action="{decide_url}" class="row">{hidden}'
            '<label>Reason to reject <input name="reason" required maxlength="2000"></label>'
            '<button name="decision" value="reject" class="danger">Reject</button></form>'
            f'<a href="{decide_url}">Edit and approve…</a></div>')
    return (
        f'<div class="claim pending" id="annotation-{int(annotation_id)}">\n'
        f'{select_box}'
        f'<blockquote class="sentence">{escape(sentence)}</blockquote>\n'
        f'<p class="meta">In <a href="{story_prefix}{int(article_id)}#claim-{int(sentence_id)}">'
        f'{escape(title or "(untitled)")}</a> · {escape(outlet or "")}</p>\n'
        f'<p>Model: {label_chips(model_labels, titles=False) or "no label"}'
        f' · <strong>{escape(user)}</strong> {escape(verdict)}s: '
        f'{label_chips(labels, titles=False) or "no label"}{note}</p>\n'
        f'{rejection("pending", reject_reason)}{published}'
        f'{decide}\n</div>\n')


def own_annotation_rows(annotations) -> Markup:
    """"My annotations": one <tr> per annotation, linked to its claim on the story page, with the
    editor's reason when it was rejected."""
    env = current_app.jinja_env
    story_prefix = id_url_prefix("queue.story", "article_id")
    html = []
    for a in annotations:
        note = f'<div class="note-text">{escape(do_truncate(env, a.note, 300))}</div>' if a.note else ""
        reviewer = (f'<div class="meta">by {escape(a.reviewer)} {format_date(a.reviewed_at)}</div>'
                    if a.reviewer else "")
        html.append(
            f'<tr class="story-row" tabindex="-1"><td><a class="story-link" '
            f'href="{story_prefix}{int(a.article_id)}#claim-{int(a.sentence_id)}">{escape(do_truncate(env, a.sentence, 220))}</a>'
            f'<div class="meta">{escape(a.title or "(untitled)")} · {escape(a.sitename or a.source or "")} · model: '
            f'{label_chips(a.model_labels) or "no label"}</div></td>'
            f'<td>{escape(a.verdict)}s {label_chips(a.labels)}{note}</td>'
            f'<td>{status_chip(a.status)}{reviewer}{rejection(a.status, a.reject_reason)}</td></tr>\n')
    return Markup("".join(html))


@functools.lru_cache(maxsize=64)
def status_buttons(status: str, assigned_to_me: bool) -> Markup:
    """The story's "Assign to me" (or "Unassign"), "Mark done, next story" and "Mark <status>" buttons."""
    assign = ('<button name="action" value="unassign" class="small">Unassign</button>' if assigned_to_me
              else '<button name="action" value="assign" class="small">Assign to me</button>')
    done_next = ('<button name="action" value="done_next" class="small">Mark done, next story →</button>'
                 if status != "done" else "")
    return Markup(assign + done_next + "".join(
        f'<button name="action" value="{escape(s)}" class="small secondary">Mark {escape(s.replace("_", " "))}</button>'
        for s in STORY_STATUSES if s != status))


def story_links(stories, compare_from: int | None = None) -> Markup:
    """<li> links to other stories (the same story run by other outlets), with outlet and date, with
    `compare_from` (a story's id) a link comparing that story with each, for a later version of the story that
    adds claims to its first version how many, and for a story listed with its flag count (`flagged_count`) that."""
    story_prefix = id_url_prefix("queue.story", "article_id")
    compare_prefix = f"{story_prefix}{int(compare_from)}/compare/" if compare_from is not None else None
    return Markup("".join(
        f'<li><a href="{story_prefix}{int(s.id)}">{escape(s.title or "(untitled)")}</a> '
        f'<span class="meta">{escape(s.sitename or s.source or "")} {format_date(s.published)}'
        f'{_flagged(getattr(s, "flagged_count", None))}</span>'
        + (f' <a class="small" href="{compare_prefix}{int(s.id)}" aria-label="Compare this story with '
           f'{escape(s.sitename or s.source or "that")}&#39;s version">compare</a>' if compare_prefix else "")
        + _adds_claims(getattr(s, "adds_claims", None)) + '</li>'
        for s in stories))


def study_items(references, *, queue_links: bool = True) -> Markup:
    """<li> per reference to the study a story reports ((kind, value) pairs: classifier.studies), each linked to
    where it can be read and, for the desk (`queue_links`), to the review queue's stories citing it."""
    items = []
    queue = url_for("queue.index")
    for kind, value in references:
        href = reference_url(kind, value)
        every = f"{queue}?{urlencode({'study': f'{kind}:{value}', 'status': 'any'})}"
        items.append(f"<li>{escape(KIND_NAMES.get(kind, kind))}: {outlink(href, value) if href else escape(value)}"
                     + (f' <a class="small" href="{escape(every)}" title="Every stored story that '
                        f'{"names this journal" if kind == "journal" else "cites it"}, in the review queue">all '
                        'stories</a>' if queue_links else "") + "</li>")
    return Markup("".join(items))


def _flagged(count: int | None) -> str:
    """How many of a story's sentences are flagged, beside its link (stories on the same study: which overstates)."""
    if count is None:
        return ""
    return f' · {int(count)} flagged {"sentence" if count == 1 else "sentences"}'


def _adds_claims(adds: int | None) -> str:
    """What a later version adds to the first version of its story (hypewatch.additions), beside its link."""
    return f' <span class="adds">adds {int(adds)} {"claim" if adds == 1 else "claims"}</span>' if adds else ""


def story_text(pieces) -> Markup:
    """The story's text with each flagged sentence marked, its trigger words in bold and a link
    to its claim below."""
    html, plain = [], []  # runs of unflagged text are escaped in one go
    for piece, sentence in pieces:
        if sentence is not None and sentence.labels:
            if plain:
                html.append(escape("".join(plain)))
                plain = []
            sid = int(sentence.id)
            html.append(f'<mark class="flag" id="s-{sid}" title="{escape(", ".join(sentence.labels))}">'
                        f'{highlight_triggers(sentence)}</mark><sup class="flag-labels"><a href="#claim-{sid}">'
                        f'{escape(" · ".join(sentence.labels))}</a></sup>')
        else:
            plain.append(piece)
    if plain:
        html.append(escape("".join(plain)))
    return Markup("".join(html))


def _triggers(triggers: dict | None) -> str:
    return _trigger_words(tuple((label, tuple(words)) for label, words in (triggers or {}).items() if words))


@functools.lru_cache(maxsize=2048)
def _trigger_words(triggers: tuple) -> str:
    """"label: word, word" per flagged label; the classifier's trigger vocabulary is small."""
    return "".join(f' <span class="meta">{escape(label)}: '
                   + ", ".join(f'<em class="trigger">{escape(w)}</em>' for w in words) + "</span>"
                   for label, words in triggers)


def _annotation(a, verdict_prefix: str) -> str:
    note = f' — <span class="note-text">{escape(a.note)}</span>' if a.note else ""
    reason = rejection(a.status, a.reject_reason)
    public = f' <a href="{verdict_prefix}{int(a.id)}">public verdict</a>' if a.status == "approved" else ""
    return (f'<p class="annotation annotation-{escape(a.status)}"><strong>{escape(a.user_name)}</strong> '
            f'{escape(a.verdict)}s {label_chips(a.labels)}{note} '
            f'<span class="status status-{escape(a.status)}">{escape(a.status)}</span>{reason}{public}</p>')


def _same_verdict_form(sentence, mine, verdict, action: str, token: str, verdict_prefix: str) -> str:
    """One click annotates the claim as the desk's verdict on the claim most like it did (its labels,
    a note naming it); it waits for an editor as any annotation does."""
    labels = verdict.overstated
    agrees = as_published(sentence.labels, labels)  # with the model, as the form's buttons
    version = f'<input type="hidden" name="version" value="{int(mine.version)}">' if mine else ""
    return (f'<form method="post" action="{action}" class="same-verdict">'
            f'<input type="hidden" name="csrf_token" value="{token}">'
            f'<input type="hidden" name="sentence_id" value="{int(sentence.id)}">{version}'
            f'<input type="hidden" name="verdict" value="{agrees}">'
            + "".join(f'<input type="hidden" name="labels" value="{escape(label)}">' for label in labels) +
            f'<input type="hidden" name="note" value="{escape(published_note(f"{verdict_prefix}{int(verdict.id)}"))}">'
            f'<button type="submit" class="small secondary">Same verdict as the first</button></form>')


def _annotation_form(sentence, mine, action: str, token: str) -> str:
    """Agree / disagree with the model on one sentence; `mine` is the user's own annotation, if any."""
    version = f'<input type="hidden" name="version" value="{int(mine.version)}">' if mine else ""
    checked = mine.labels if mine else sentence.labels
    note = escape(mine.note) if mine and mine.note else ""
    return (f'<form method="post" action="{action}" class="annotate">'
            f'<input type="hidden" name="csrf_token" value="{token}">'
            f'<input type="hidden" name="sentence_id" value="{int(sentence.id)}">{version}'
            f'<fieldset class="labels"><legend>Labels it deserves</legend>{label_checkboxes(checked)}</fieldset>'
            f'<label class="note">Note <textarea name="note" rows="2" maxlength="4000">{note}</textarea></label>'
            '<div class="buttons"><button name="verdict" value="agree" class="act-agree">Agree <kbd>a</kbd></button>'
            '<button name="verdict" value="disagree" class="act-disagree">Disagree <kbd>d</kbd></button></div>'
            '</form>')


def claim_items(claims, by_sentence: dict, mine: dict, annotate_url: str | None, csrf_token: str,
                matches: dict | None = None) -> Markup:
    """Each claim of the story page: the sentence, what the model said and why, the verdicts published
    on claims like it (`matches`, webapp.matches), everyone's annotations, and the user's form unless
    their annotation is approved already (no forms without an `annotate_url`: a checked text is not
    stored, so there is nothing to annotate)."""
    verdict_prefix = id_url_prefix("public.verdict", "annotation_id")
    action, token = escape(annotate_url or ""), escape(csrf_token)
    html = []
    for s in claims:
        sid = int(s.id)
        own = mine.get(sid)
        notes = "".join(_annotation(a, verdict_prefix) for a in by_sentence.get(sid, ()))
        if matches and sid in matches:
            notes = verdict_matches(matches[sid], "Checked before, on a claim like it:", verdict_prefix) + notes
        form = (_annotation_form(s, own, action, token)
                if annotate_url and (own is None or own.status != "approved") else "")
        if form and matches and sid in matches:
            form = _same_verdict_form(s, own, matches[sid][0].verdict, action, token, verdict_prefix) + form
        strength = f' · claim strength {escape(s.strength)}' if s.strength else ""
        html.append(
            f'<div class="claim" id="claim-{sid}" tabindex="-1" data-sentence="{sid}">'
            f'<blockquote class="sentence">{escape(s.text)}</blockquote>'
            f'<p class="model">Model: {label_chips(s.labels) or "no label"}{_triggers(s.triggers)}'
            f' <span class="meta">score {s.score or 0:.2f}{strength}</span></p>{notes}{form}</div>\n')
    return Markup("".join(html))


def verdict_matches(matches, heading: str, verdict_prefix: str | None = None) -> Markup:
    """The verdicts published on claims like this one (webapp.matches), each linked to its public page
    (`verdict_prefix`: id_url_prefix's, where a page lists many)."""
    return Markup(_verdict_matches(tuple(matches), heading,
                                   verdict_prefix or id_url_prefix("public.verdict", "annotation_id")))


@functools.lru_cache(maxsize=4096)
def _verdict_matches(matches: tuple, heading: str, verdict_prefix: str) -> str:
    """Memoised: the approval queue and the story pages show the same claims' matches view after view."""
    items = "".join(_match_item(m.verdict, round(m.similarity * 100), verdict_prefix) for m in matches)
    return f'<div class="checked-before"><p class="meta">{escape(heading)}</p><ul>{items}</ul></div>'


def _match_item(verdict, percent: int, verdict_prefix: str) -> str:
    """A verdict as a line of a claim's matches."""
    outlet = escape(verdict.outlet) + " · " if verdict.outlet else ""
    return (f'<li><a href="{verdict_prefix}{int(verdict.id)}">{escape(rating_of(verdict.overstated)[0])}</a>: '
            f'“{escape(verdict.claim)}” <span class="meta">({outlet}{percent} % alike)</span></li>')


def sentence_options(sentences, width: int = 110) -> Markup:
    """An <option> per sentence ("3. The study…", cut as the `truncate` filter does), for
    flagging a sentence the model missed."""
    env = current_app.jinja_env
    return Markup("".join(f'<option value="{int(s.id)}">{int(s.position) + 1}. '
                          f'{escape(do_truncate(env, s.text, width))}</option>' for s in sentences))


CHECK_MARKS = {"satisfied": "✔", "not_satisfied": "✘", "not_applicable": "–"}


def checklist_items(criteria, by_position: dict, width: int = 160) -> Markup:
    """The reporting checklist: each criterion's verdict, reason, and the sentences that decided
    it (`by_position`: sentence position -> sentence)."""
    env = current_app.jinja_env
    html = []
    for c in criteria:
        evidence = "".join(f'<blockquote class="evidence">{escape(do_truncate(env, by_position[p].text, width))}</blockquote>'
                           for p in c.get("evidence") or () if p in by_position)
        review = c.get("review")
        html.append(f'{_criterion_head(c.get("status") or "", c.get("name") or "", "" if review else c.get("reason") or "")}'
                    f'{_review(review, c.get("reason") or "") if review else ""}{evidence}</li>\n')
    return Markup("".join(html))


def _review(review: dict, reason: str) -> str:
    """Who set a criterion's verdict over the classifier's and why; then what the classifier said."""
    machine = str(review.get("machine_status") or "").replace("_", " ")
    note = f': {escape(review["note"])}' if review.get("note") else ""
    reason = f": {escape(reason)}" if reason else ""
    return (f'<div class="review">Set by {escape(review.get("by") or "?")}{note}</div>'
            f'<div class="meta">The classifier said {escape(machine)}{reason}</div>')


@functools.lru_cache(maxsize=512)
def _criterion_head(status: str, name: str, reason: str) -> str:
    """A criterion's verdict, name and reason: a few dozen combinations recur in every story."""
    reason = f'<div class="meta">{escape(reason)}</div>' if reason else ""
    return (f'<li class="criterion criterion-{escape(status)}"><span class="mark">{CHECK_MARKS.get(status, "·")}</span> '
            f'<strong>{escape(name)}</strong> <span class="meta">{escape(status.replace("_", " "))}</span>{reason}')
