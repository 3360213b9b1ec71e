"""Sending mail over SMTP, with failures sorted into retry-later and give-up.

config.smtp_url: smtp://host:port (plain), smtp://host:port?starttls=1, smtps://host:port
(TLS from the start); user:password@ before the host logs in.
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

TIMEOUT = 30


class MailError(Exception):
    """A message was not accepted; retry later."""


class PermanentMailError(MailError):
    """The server refused the message for good (a 5xx reply): do not retry."""


class ServerUnavailable(MailError):
    """No usable connection to the server (down, dropped, login refused): stop this run."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    tls: bool
    starttls: bool
    username: str | None
    password: str | None


def parse_smtp_url(url: str) -> SmtpSettings:
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ValueError(f"not an SMTP URL: {url!r} (use smtp://host:port or smtps://user:pass@host:port)")
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 25)
    except ValueError:
        raise ValueError(f"bad port in SMTP URL {url!r}") from None
    query = parse_qs(parts.query)
    return SmtpSettings(
        host=parts.hostname, port=port, tls=parts.scheme == "smtps",
        starttls=query.get("starttls", ["0"])[0].lower() in ("1", "true", "yes"),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None)


def _reply_error(code: int, text, what: str) -> MailError:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    message = f"{what}: {code} {text}".strip()
    return PermanentMailError(message) if 500 <= code < 600 else MailError(message)


class Mailer:
    """One SMTP connection, opened on the first message and re-opened after an error."""

    def __init__(self, smtp_url: str):
        self.settings = parse_smtp_url(smtp_url)
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> "Mailer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.tls:
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
                if s.starttls:
                    smtp.starttls(context=ssl.create_default_context())
            if s.username:
                smtp.login(s.username, s.password or "")
        except (OSError, smtplib.SMTPException) as exc:
            raise ServerUnavailable(f"cannot use the SMTP server {s.host}:{s.port}: {exc}") from None
        return smtp

    def send(self, message: EmailMessage, recipient: str, sender: str) -> None:
        """Hand one message to the server; returns only once it has accepted it."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            self._smtp.send_message(message, from_addr=parseaddr(sender)[1], to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            self.close()
            code, text = exc.recipients.get(recipient, (451, "refused"))
            raise _reply_error(code, text, f"recipient {recipient} refused") from None
        except smtplib.SMTPDataError as exc:
            self.close()
            raise _reply_error(exc.smtp_code, exc.smtp_error, "message refused") from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPServerDisconnected, OSError,
                smtplib.SMTPException) as exc:
            self.close()
            raise ServerUnavailable(f"SMTP server {self.settings.host}:{self.settings.port}: {exc}") from None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def send_one(smtp_url: str, message: EmailMessage, recipient: str, sender: str) -> None:
    """One message on a connection of its own (a confirmation or a reset link, sent while someone waits)."""
    with Mailer(smtp_url) as mailer:
        mailer.send(message, recipient, sender)
