"""Building the digest of one day and choosing what of it each subscriber gets.

An issue holds the editor-approved verdicts of the day, the stories their outlets corrected that
day at the desk's request, and the most overstated stories classified that day, each with its flagged sentences, a one-line reason and its reporting
checklist in a line, and a sentence that
repeats a claim with a published verdict links to it. It is stored
once (DigestIssue.content) so that the web page, the feed and every e-mail show the same.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from classifier import CRITERION_SHORT
from classifier.studies import KIND_NAMES, STUDY_KINDS, reference_url
from storage.models import Annotation, Article, ClaimRepeat, Correction, DigestIssue, Sentence, utcnow

TOPICS = {"stem-cells": "Stem cells", "ms": "Multiple sclerosis"}
_TOPIC_PHRASES = {
    "stem-cells": ("stem cell", "stem-cell", "pluripotent", "ipsc", "mesenchymal", "hsct"),
    "ms": ("multiple sclerosis", "demyelinat", "relapsing-remitting", "ocrelizumab"),
}
_MS_ABBREVIATION = re.compile(r"\bMS\b")
LABEL_REASONS = {
    "cure": "promises a cure",
    "novelty": "sells it as a breakthrough",
    "hype": "uses hyped wording",
    "causal": "claims cause from association",
    "extrapolation": "extrapolates from cells or animals to patients",
    "certainty": "sounds more certain than the evidence",
}
SENTENCES_PER_STORY = 3


class DigestError(Exception):
    """Something about the digest a user can act on."""


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DigestError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def local_today(tz: str) -> date:
    """Today's date where the digest's days end (the configured time zone)."""
    return datetime.now(ZoneInfo(tz)).date()


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    """The day as a naive-UTC [start, end) range, the day's edges being midnight in `tz`."""
    zone = ZoneInfo(tz)
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return (start.astimezone(timezone.utc).replace(tzinfo=None),
            end.astimezone(timezone.utc).replace(tzinfo=None))


def topics_of(article: Article) -> list[str]:
    """Which subscriber topics a story is about, from the crawler's topic terms and the text."""
    text = " ".join([*(article.topic_terms or []), article.title or "", (article.text or "")[:5000]])
    lowered = text.lower()
    found = [topic for topic, phrases in _TOPIC_PHRASES.items() if any(p in lowered for p in phrases)]
    if "ms" not in found and _MS_ABBREVIATION.search(text):
        found.append("ms")
    return sorted(found)


def _label_reason(labels: list[str]) -> str:
    return ", ".join(LABEL_REASONS.get(label, label) for label in labels)


def story_reason(flagged: list[Sentence]) -> str:
    counts: dict[str, int] = {}
    for sentence in flagged:
        for label in sentence.labels:
            counts[label] = counts.get(label, 0) + 1
    ranked = sorted(counts, key=lambda label: (-counts[label], label))
    parts = [f"{LABEL_REASONS.get(label, label)} ({counts[label]}×)" if counts[label] > 1
             else LABEL_REASONS.get(label, label) for label in ranked[:3]]
    noun = "sentence" if len(flagged) == 1 else "sentences"
    return f"{len(flagged)} flagged {noun}: " + "; ".join(parts)


def checklist_summary(criteria: list | None) -> str | None:
    """The story's reporting checklist in a line: how many of the criteria that apply to it it meets,
    and which it misses, in the checklist's order (a journalist's correction counts as the verdict)."""
    judged = [c for c in criteria or () if c.get("status") in ("satisfied", "not_satisfied")]
    if not judged:
        return None
    missed = [CRITERION_SHORT.get(c.get("id"), c.get("name") or "?") for c in judged if c["status"] == "not_satisfied"]
    return (f"Reporting checklist: {len(judged) - len(missed)} of {len(judged)} met"
            + (f"; not met: {', '.join(missed)}" if missed else ""))


def verdict_reason(annotation: Annotation, sentence: Sentence) -> str:
    if annotation.verdict == "agree":
        reason = "An editor confirmed it " + (_label_reason(annotation.labels or sentence.labels) or "overstates")
    else:
        reason = "An editor cleared it: the flag (" + (", ".join(sentence.labels) or "none") + ") was wrong"
    if annotation.note:
        reason += f" — {annotation.note}"
    return " ".join(reason.split())


def rating_of(labels) -> tuple[str, int]:
    """A published verdict's rating, (name, value on 1..5): a sentence keeping labels after review
    overstates the evidence."""
    if labels:
        return "Overstated: " + ", ".join(labels), 1
    return "Not overstated", 5


def _checked_before(session: Session, sentence_ids: list[int]) -> dict[int, dict]:
    """For the sentences that repeat a claim with a published verdict (hypewatch.repeats), the most
    alike verdict: {"verdict_id", "rating"}."""
    if not sentence_ids:
        return {}
    rows = session.execute(select(ClaimRepeat.sentence_id, Annotation.id, Annotation.labels)
                           .join(Annotation, Annotation.id == ClaimRepeat.annotation_id)
                           .where(ClaimRepeat.sentence_id.in_(sentence_ids), Annotation.status == "approved")
                           .order_by(ClaimRepeat.similarity.desc(), Annotation.id.desc()))
    checked: dict[int, dict] = {}
    for sentence_id, verdict_id, labels in rows:
        checked.setdefault(sentence_id, {"verdict_id": verdict_id, "rating": rating_of(labels)[0]})
    return checked


def _web_url(url: str) -> str | None:
    """Only http(s) links go into pages and mails (never javascript: or data: URLs)."""
    return url if url.lower().startswith(("http://", "https://")) else None


def origin_line(session: Session, article: Article, flagged: list[Sentence]) -> str | None:
    """Where a story's flagged sentences came from, when the crawl filed an earlier version with it (a
    press release, another outlet's copy): how many that version does not make (hypewatch.versions)."""
    from hypewatch.versions import added_to, first_version
    source = first_version(session, article)
    if source is None or not flagged:
        return None
    added = added_to(source, article)
    own = sum(sentence.id in added for sentence in flagged)
    name = source.sitename or source.source or "an earlier version"
    if own == 0:
        return f"Its flagged sentences come from the earlier version it draws on ({name})."
    if own == len(flagged):
        return f"The earlier version it draws on ({name}) makes none of its flagged claims: the outlet added them."
    return f"{own} of its {len(flagged)} flagged sentences are not in the earlier version it draws on ({name})."


def study_line(article: Article) -> tuple[str | None, str | None]:
    """The study the story reports, in a line ("The study: Lancet, DOI 10.1016/…"), and where to read it, for a
    reader who wants the paper (classifier.studies); (None, None) when it names none."""
    first = {}
    for reference in article.references:
        first.setdefault(reference.kind, reference.value)
    identifiers = [(r.kind, r.value) for r in article.references if r.kind in STUDY_KINDS]
    named = ([first["journal"]] if "journal" in first else [f"presented at {first['meeting']}"] if "meeting" in first
             else []) + [f"{KIND_NAMES[kind]} {value}" for kind, value in identifiers[:1]]
    named += [f"not peer-reviewed ({first['unreviewed']})"] if "unreviewed" in first else []
    if not named:
        return None, None
    return "The study: " + ", ".join(named), reference_url(*identifiers[0]) if identifiers else None


def _story_fields(article: Article) -> dict:
    return {"article_id": article.id, "title": article.title or article.url, "url": _web_url(article.url),
            "source": article.sitename or article.source, "topics": topics_of(article)}


def _by_score(session: Session, start: datetime, end: datetime, *, batch: int):
    """The stories classified in [start, end), highest score first, read `batch` at a time (most
    issues need one batch; copies of one story and stories without a flag can need more)."""
    query = (select(Article).where(Article.classified_at >= start, Article.classified_at < end,
                                   Article.score.is_not(None))
             .options(selectinload(Article.sentences)).order_by(Article.score.desc(), Article.id))
    offset = 0
    while True:
        rows = session.scalars(query.offset(offset).limit(batch)).all()
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


def issue_content(session: Session, day: date, tz: str, *, stories: int) -> dict:
    start, end = day_bounds(day, tz)
    verdicts: dict[int, dict] = {}  # one item a story, its verdicts in the order they were approved
    rows = session.scalars(
        select(Annotation).where(Annotation.status == "approved", Annotation.reviewed_at >= start,
                                 Annotation.reviewed_at < end)
        .options(selectinload(Annotation.sentence), selectinload(Annotation.article))
        .order_by(Annotation.reviewed_at, Annotation.id))
    for annotation in rows:
        sentence = annotation.sentence
        item = verdicts.setdefault(annotation.article_id, {**_story_fields(annotation.article), "sentences": []})
        item["sentences"].append({"text": sentence.text, "labels": list(annotation.labels or sentence.labels),
                                  "reason": verdict_reason(annotation, sentence), "verdict_id": annotation.id})
    top, clusters_in = [], set()
    for article in _by_score(session, start, end, batch=stories * 3):
        flagged = sorted((s for s in article.sentences if s.labels), key=lambda s: (-s.score, s.position))
        cluster = article.cluster_id or -article.id
        if not flagged or cluster in clusters_in:  # syndicated copies: the highest-scoring one only
            continue
        clusters_in.add(cluster)
        shown = sorted(flagged[:SENTENCES_PER_STORY], key=lambda s: s.position)
        top.append({**_story_fields(article), "score": round(float(article.score), 3),
                    "reason": story_reason(flagged), "checklist": checklist_summary(article.criteria),
                    "origin": origin_line(session, article, flagged),
                    **dict(zip(("study", "study_url"), study_line(article))),
                    "sentences": [{"text": s.text, "labels": list(s.labels), "sentence_id": s.id} for s in shown]})
        if len(top) == stories:
            break
    checked = _checked_before(session, [s["sentence_id"] for item in top for s in item["sentences"]])
    for item in top:
        for sentence in item["sentences"]:
            if sentence["sentence_id"] in checked:
                sentence["checked"] = checked[sentence["sentence_id"]]
            del sentence["sentence_id"]
    corrected = session.execute(
        select(Correction.outcome_url, Article).join(Article, Article.id == Correction.article_id)
        .where(Correction.status == "corrected", Correction.answered_at >= start, Correction.answered_at < end)
        .order_by(Correction.answered_at, Correction.id))
    return {"date": day.isoformat(), "title": f"Hypewatch digest, {day:%-d %B %Y}",
            "verdicts": list(verdicts.values()), "stories": top,
            "corrections": [{**_story_fields(article), "corrected_url": _web_url(outcome or "")}
                            for outcome, article in corrected]}


def build_issue(session: Session, day: date, tz: str, *, rebuild: bool = False) -> DigestIssue:
    """The stored issue of `day`, built now if there is none (or rebuilt when asked)."""
    issue = session.scalar(select(DigestIssue).where(DigestIssue.date == day))
    if issue is not None and not rebuild:
        return issue
    from hypewatch.config import load_config
    content = issue_content(session, day, tz, stories=load_config().digest_stories)
    if issue is None:
        issue = DigestIssue(date=day, built_at=utcnow(), content=content)
        savepoint = session.begin_nested()
        session.add(issue)
        try:
            savepoint.commit()
        except IntegrityError:  # another process built it a moment ago
            savepoint.rollback()
            return session.scalar(select(DigestIssue).where(DigestIssue.date == day))
    else:
        issue.content, issue.built_at = content, utcnow()
    return issue


def for_topics(content: dict, topics: list[str]) -> dict:
    """The part of an issue about the given topics (all of it when `topics` is empty)."""
    if not topics:
        return content
    wanted = set(topics)
    keep = lambda items: [item for item in items if wanted & set(item.get("topics", ()))]  # noqa: E731
    return {**content, "verdicts": keep(content["verdicts"]), "stories": keep(content["stories"]),
            "corrections": keep(content.get("corrections", ()))}


def verdict_count(content: dict) -> int:
    """How many verdicts an issue holds (an item holds a story's; issues stored before they were
    grouped by story hold one an item)."""
    return sum(len(item["sentences"]) for item in content["verdicts"])


def is_empty(content: dict) -> bool:
    return not content["verdicts"] and not content["stories"] and not content.get("corrections")
