"""The digest's public addresses and the signed tokens in them.

The web blueprint mounts at URL_PREFIX and mails link to the same paths under
config.base_url, so both are built from here. Tokens are signed with the app's secret key
(itsdangerous): a confirmation token carries the whole request (address, topics,
frequency) so nothing is stored before the address is confirmed; an unsubscribe token
names the subscriber and never expires, because old mails must keep working.
"""
from __future__ import annotations

from datetime import date, timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

URL_PREFIX = "/digest"
CONFIRM_MAX_AGE = timedelta(days=7)


class TokenError(Exception):
    """A link that was altered, expired, or signed with another key."""


def secret_key(config) -> str:
    """The key the web app signs with, so links in mails sent by the scheduler work on the site."""
    return config.signing_key()


def verdict_path(annotation_id: int) -> str:
    """A published verdict's public page (webapp.public)."""
    return f"/verdicts/{int(annotation_id)}"


def issue_path(day: date | str) -> str:
    return f"{URL_PREFIX}/{day}"


def unsubscribe_path(token: str) -> str:
    return f"{URL_PREFIX}/unsubscribe/{token}"


def confirm_path(token: str) -> str:
    return f"{URL_PREFIX}/confirm/{token}"


def absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def _serializer(secret_key: str, purpose: str) -> URLSafeTimedSerializer:
    if not secret_key:
        raise TokenError("no secret key: set HYPEWATCH_SECRET_KEY (mail links are signed with it)")
    return URLSafeTimedSerializer(secret_key, salt=f"hypewatch.digest.{purpose}")


def confirm_token(secret_key: str, email: str, topics: list[str], frequency: str) -> str:
    return _serializer(secret_key, "confirm").dumps({"email": email, "topics": topics, "frequency": frequency})


def read_confirm_token(secret_key: str, token: str) -> dict:
    try:
        return _serializer(secret_key, "confirm").loads(token, max_age=CONFIRM_MAX_AGE.total_seconds())
    except SignatureExpired:
        raise TokenError("this confirmation link has expired; please subscribe again") from None
    except BadSignature:
        raise TokenError("this confirmation link is not valid") from None


def unsubscribe_token(secret_key: str, subscriber_id: int, email: str) -> str:
    return _serializer(secret_key, "unsubscribe").dumps([subscriber_id, email])


def read_unsubscribe_token(secret_key: str, token: str) -> tuple[int, str]:
    try:
        subscriber_id, email = _serializer(secret_key, "unsubscribe").loads(token)
    except (BadSignature, ValueError, TypeError):
        raise TokenError("this unsubscribe link is not valid") from None
    return int(subscriber_id), str(email)
