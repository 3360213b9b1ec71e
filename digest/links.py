"""The addresses mails link to and the signed tokens in them: the digest's, and an account's.

The web blueprint mounts at URL_PREFIX and mails link to the same paths under
config.base_url, so both are built from here. Tokens are signed with the app's secret key
(itsdangerous): a confirmation token carries the whole request (address, topics,
frequency) so nothing is stored before the address is confirmed; an unsubscribe token
names the subscriber and never expires, because old mails must keep working. An account's
address is likewise stored only when its link is followed; a password-reset token carries
a digest of the password it replaces, so it works once and only for an hour (an admin's
invitation to choose a password, for a week).
"""
from __future__ import annotations

from datetime import date, timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

URL_PREFIX = "/digest"
CONFIRM_MAX_AGE = timedelta(days=7)
ADDRESS_MAX_AGE = timedelta(days=2)
RESET_MAX_AGE = timedelta(hours=1)
INVITE_MAX_AGE = timedelta(days=7)  # an admin's link to choose a password: a new account's, or for someone locked out


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


def address_path(token: str) -> str:
    """Where an account's owner confirms a new e-mail address (webapp.auth)."""
    return f"/auth/email/{token}"


def reset_path(token: str) -> str:
    """Where a forgotten password is replaced (webapp.recovery)."""
    return f"/auth/reset/{token}"


def welcome_path(token: str) -> str:
    """Where someone an admin sent a link chooses their password (webapp.recovery)."""
    return f"/auth/welcome/{token}"


def story_path(article_id: int) -> str:
    """A story's page in the review queue (webapp.queue)."""
    return f"/queue/story/{int(article_id)}"


def absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def _serializer(secret_key: str, purpose: str) -> URLSafeTimedSerializer:
    if not secret_key:
        raise TokenError("no secret key: set HYPEWATCH_SECRET_KEY (mail links are signed with it)")
    return URLSafeTimedSerializer(secret_key, salt=f"hypewatch.digest.{purpose}")


def confirm_token(secret_key: str, email: str, topics: list[str], frequency: str) -> str:
    return _serializer(secret_key, "confirm").dumps({"email": email, "topics": topics, "frequency": frequency})


def _read(secret_key: str, purpose: str, token: str, max_age: timedelta, expired: str, invalid: str):
    try:
        return _serializer(secret_key, purpose).loads(token, max_age=max_age.total_seconds())
    except SignatureExpired:
        raise TokenError(expired) from None
    except BadSignature:
        raise TokenError(invalid) from None


def read_confirm_token(secret_key: str, token: str) -> dict:
    return _read(secret_key, "confirm", token, CONFIRM_MAX_AGE,
                 "this confirmation link has expired; please subscribe again",
                 "this confirmation link is not valid")


def _read_pair(secret_key: str, purpose: str, token: str, max_age: timedelta, expired: str) -> tuple[int, str]:
    """An (account id, text) pair from a signed link."""
    value = _read(secret_key, purpose, token, max_age, expired, "this link is not valid")
    try:
        user_id, text = value
        return int(user_id), str(text)
    except (ValueError, TypeError):
        raise TokenError("this link is not valid") from None


def address_token(secret_key: str, user_id: int, email: str) -> str:
    return _serializer(secret_key, "address").dumps([user_id, email])


def read_address_token(secret_key: str, token: str) -> tuple[int, str]:
    return _read_pair(secret_key, "address", token, ADDRESS_MAX_AGE,
                      "this link has expired; give the address on your account page again")


def reset_token(secret_key: str, user_id: int, password_stamp: str) -> str:
    return _serializer(secret_key, "reset").dumps([user_id, password_stamp])


def read_reset_token(secret_key: str, token: str) -> tuple[int, str]:
    return _read_pair(secret_key, "reset", token, RESET_MAX_AGE,
                      "this link has expired (it works for an hour); ask for a new one")


def invite_token(secret_key: str, user_id: int, password_stamp: str) -> str:
    return _serializer(secret_key, "invite").dumps([user_id, password_stamp])


def read_invite_token(secret_key: str, token: str) -> tuple[int, str]:
    return _read_pair(secret_key, "invite", token, INVITE_MAX_AGE,
                      "this link has expired (it works for 7 days); ask an admin for a new one")


def unsubscribe_token(secret_key: str, subscriber_id: int, email: str) -> str:
    return _serializer(secret_key, "unsubscribe").dumps([subscriber_id, email])


def quiet_path(token: str) -> str:
    """Where a notices mail's "stop these mails" link leads (webapp.auth)."""
    return f"/auth/quiet/{token}"


def quiet_token(secret_key: str, user_id: int, email: str) -> str:
    """Never expires, like an unsubscribe link: an old notices mail must still stop them."""
    return _serializer(secret_key, "quiet").dumps([user_id, email])


def read_quiet_token(secret_key: str, token: str) -> tuple[int, str]:
    return _read_lasting(secret_key, "quiet", token, "this link is not valid")


def _read_lasting(secret_key: str, purpose: str, token: str, invalid: str) -> tuple[int, str]:
    """An (id, address) pair from a link that never expires."""
    try:
        owner_id, email = _serializer(secret_key, purpose).loads(token)
    except (BadSignature, ValueError, TypeError):
        raise TokenError(invalid) from None
    return int(owner_id), str(email)


def read_unsubscribe_token(secret_key: str, token: str) -> tuple[int, str]:
    return _read_lasting(secret_key, "unsubscribe", token, "this unsubscribe link is not valid")
