"""Every e-mail Hypewatch sends: the digest (one issue, or a week of them) and the subscription
confirmation; to the desk, an account address's confirmation, a forgotten password's reset link and the
notices of work given to someone or of their annotations reviewed.

Each has a plain-text and an HTML part (multipart/alternative). Digest mails carry the
RFC 8058 one-click unsubscribe headers and the same link in the body.
"""
from __future__ import annotations

import uuid
from typing import Callable
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from digest.issue import LABEL_REASONS, TOPICS

_templates = Environment(loader=PackageLoader("digest", "templates"), undefined=StrictUndefined,
                         autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
_templates.globals.update(topics=TOPICS, label_reasons=LABEL_REASONS)


def sender() -> str:
    """The From address (HYPEWATCH_MAIL_FROM)."""
    from hypewatch.config import load_config
    return load_config().mail_from


def new_message_id() -> str:
    """A Message-ID fixed when a delivery is planned, so every attempt sends the same one."""
    return f"<digest.{uuid.uuid4().hex}@{_domain()}>"


def _domain() -> str:
    return parseaddr(sender())[1].rpartition("@")[2] or "hypewatch.localhost"


def _message(subject: str, to: str, template: str, **context) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender()
    message["To"] = to
    message["Date"] = formatdate(usegmt=True)
    message.set_content(_templates.get_template(f"mail/{template}.txt").render(**context))
    message.add_alternative(_templates.get_template(f"mail/{template}.html").render(**context), subtype="html")
    return message


def digest_subject(issues: list[dict]) -> str:
    if len(issues) == 1:
        return issues[0]["title"]
    return f"Hypewatch weekly digest, {issues[0]['date']} to {issues[-1]['date']}"


def digest_message(*, to: str, issues: list[dict], message_id: str, unsubscribe_url: str,
                   issue_urls: list[str], archive_url: str, verdict_url: Callable[[int], str]) -> EmailMessage:
    """`issues` are issue contents already cut to the subscriber's topics, oldest first; `verdict_url`
    gives a published verdict's address."""
    message = _message(digest_subject(issues), to, "digest", issues=list(zip(issues, issue_urls)),
                       unsubscribe_url=unsubscribe_url, archive_url=archive_url, verdict_url=verdict_url)
    message["Message-ID"] = message_id
    message["List-Id"] = "Hypewatch digest <digest.hypewatch>"
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return message


def confirmation_message(*, to: str, confirm_url: str, topics: list[str], frequency: str) -> EmailMessage:
    message = _message("Confirm your Hypewatch digest subscription", to, "confirm",
                       confirm_url=confirm_url, chosen=topics, frequency=frequency)
    message["Message-ID"] = make_msgid(idstring="confirm", domain=_domain())
    return message


def _account_message(subject: str, to: str, template: str, **context) -> EmailMessage:
    message = _message(subject, to, template, **context)
    message["Message-ID"] = make_msgid(idstring=template, domain=_domain())
    return message


def address_message(*, to: str, name: str, confirm_url: str) -> EmailMessage:
    return _account_message("Confirm your e-mail address for Hypewatch", to, "address", name=name,
                            confirm_url=confirm_url)


def reset_message(*, to: str, name: str, reset_url: str) -> EmailMessage:
    return _account_message("Reset your Hypewatch password", to, "reset", name=name, reset_url=reset_url)


def invite_message(*, to: str, name: str, invited_by: str, link: str, site: str) -> EmailMessage:
    return _account_message("Choose your Hypewatch password", to, "invite", name=name, invited_by=invited_by,
                            link=link, site=site)


def notices_subject(assigned: list, reviewed: list, waiting: dict | None = None, found: list = (),
                    overdue: list = ()) -> str:
    def counted(count: int, one: str, many: str, after: str) -> list[str]:
        return [f"{count} {one if count == 1 else many} {after}"] if count else []
    parts = counted(len(assigned), "story", "stories", "given to you")
    for status in ("rejected", "approved"):
        parts += counted(sum(1 for r in reviewed if r["status"] == status), "annotation", "annotations", status)
    parts += counted(waiting["count"] if waiting else 0, "annotation", "annotations", "to review")
    parts += counted(sum(search["count"] for search in found), "new story", "new stories", "for your searches")
    parts += counted(len(overdue), "correction", "corrections", "unanswered for a week")
    return "Hypewatch: " + ", ".join(parts)


def notices_message(*, to: str, name: str, assigned: list[dict], reviewed: list[dict], waiting: dict | None,
                    found: list[dict], overdue: list[dict], account_url: str, quiet_url: str) -> EmailMessage:
    """`assigned`: {"title", "url", "by"}; `reviewed`: {"status", "sentence", "title", "url", "by", "reason"};
    `waiting`: {"count", "url", "items": {"sentence", "title", "by"}} or None; `found`: per watched search
    {"name", "url", "count", "stories": {"title", "url", "outlet", "score"}}; `overdue`: {"title", "url", "contact",
    "asked"}."""
    message = _account_message(notices_subject(assigned, reviewed, waiting, found, overdue), to, "notices", name=name,
                               assigned=assigned, reviewed=reviewed, waiting=waiting, found=found, overdue=overdue,
                               account_url=account_url, quiet_url=quiet_url)
    message["List-Unsubscribe"] = f"<{quiet_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return message
