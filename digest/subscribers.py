"""Subscribing with double opt-in, and unsubscribing.

Nothing is stored when the form is sent: the confirmation link carries the signed request,
and following it creates (or updates) the subscriber. So a stranger typing someone's
address in the form can neither subscribe them nor change their topics.
"""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from digest import links
from digest.issue import TOPICS, DigestError
from digest.mail import confirmation_message, sender
from digest.smtp import send_one
from storage.models import FREQUENCIES, Subscriber, utcnow

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def normalise_email(value: str) -> str:
    email = (value or "").strip()
    if len(email) > 254 or not _EMAIL.match(email):
        raise DigestError(f"not an e-mail address: {value!r}")
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def clean_topics(topics) -> list[str]:
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise DigestError(f"unknown topic {unknown[0]!r}; topics are {', '.join(TOPICS)}")
    return sorted(set(topics))


def clean_frequency(frequency: str) -> str:
    if frequency not in FREQUENCIES:
        raise DigestError(f"frequency must be one of {', '.join(FREQUENCIES)}")
    return frequency


def request_subscription(*, secret_key: str, smtp_url: str, base_url: str, email: str,
                         topics, frequency: str) -> str:
    """Mail a confirmation link for this request; returns the normalised address."""
    email = normalise_email(email)
    topics, frequency = clean_topics(topics), clean_frequency(frequency)
    token = links.confirm_token(secret_key, email, topics, frequency)
    message = confirmation_message(to=email, confirm_url=links.absolute(base_url, links.confirm_path(token)),
                                   topics=topics, frequency=frequency)
    send_one(smtp_url, message, email, sender())
    return email


def confirm(session: Session, request: dict) -> Subscriber:
    """Create the subscriber of a confirmed request, or renew one with the new settings."""
    email = normalise_email(request["email"])
    subscriber = session.scalar(select(Subscriber).where(Subscriber.email == email))
    if subscriber is None:
        subscriber = Subscriber(email=email)
        session.add(subscriber)
    subscriber.topics = clean_topics(request.get("topics") or [])
    subscriber.frequency = clean_frequency(request.get("frequency") or "daily")
    subscriber.status, subscriber.confirmed_at, subscriber.unsubscribed_at = "confirmed", utcnow(), None
    session.flush()
    return subscriber


def unsubscribe(session: Session, subscriber_id: int, email: str) -> Subscriber | None:
    """End a subscription named by an unsubscribe token; None if there is no such subscriber."""
    subscriber = session.get(Subscriber, subscriber_id)
    if subscriber is None or subscriber.email != email:
        return None
    if subscriber.status != "unsubscribed":
        subscriber.status, subscriber.unsubscribed_at = "unsubscribed", utcnow()
    return subscriber
