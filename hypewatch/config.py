"""Settings read from the environment, with the defaults a fresh checkout needs.

Every knob is an environment variable so that the CLI, the web app, the
scheduler and the crawler's own process all see the same configuration.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


@dataclass(frozen=True)
class Config:
    home: Path
    database_url: str
    sources_file: Path
    user_agent_contact: str
    secret_key: str | None
    smtp_url: str
    base_url: str
    digest_time: str
    timezone: str
    digest_weekday: str = "mon"
    digest_stories: int = 10
    mail_from: str = "Hypewatch <digest@hypewatch.localhost>"
    keep_days: int = 90
    proxy_hops: int = 0
    check_private_addresses: bool = False
    backup_dir: Path | None = None  # the scheduler backs the database up there each night, if set
    backup_keep: int = 7
    alert_webhook: str | None = None  # the desk's chat, for the `alerts` job (hypewatch.alerts)
    alert_score: float = 0.8

    def signing_key(self) -> str:
        """HYPEWATCH_SECRET_KEY, else a random key kept in HYPEWATCH_HOME (made on first use),
        so the web app's sessions and the links mailed by the scheduler agree and survive restarts."""
        if self.secret_key:
            return self.secret_key
        path = self.home / "secret_key"
        if not path.exists():
            self.home.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it a moment ago
                pass
            else:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(secrets.token_hex(32))
        return path.read_text(encoding="utf-8").strip()

    @property
    def model_dir(self) -> Path:
        override = os.environ.get("HYPEWATCH_MODEL_DIR", "").strip()
        return Path(override) if override else self.home / "models"


def load_config() -> Config:
    home = Path(_env("HYPEWATCH_HOME", "var")).resolve()
    default_db = f"sqlite:///{home / 'hypewatch.db'}"
    default_sources = Path(__file__).resolve().parent.parent / "crawler" / "sources.toml"
    return Config(
        home=home,
        database_url=_env("HYPEWATCH_DATABASE_URL", default_db),
        sources_file=Path(_env("HYPEWATCH_SOURCES", str(default_sources))),
        user_agent_contact=_env("HYPEWATCH_CONTACT_URL", "https://github.com/hypewatch/hypewatch"),
        secret_key=os.environ.get("HYPEWATCH_SECRET_KEY") or None,
        smtp_url=_env("HYPEWATCH_SMTP_URL", "smtp://127.0.0.1:25"),
        base_url=_env("HYPEWATCH_BASE_URL", "http://127.0.0.1:5000"),
        digest_time=_env("HYPEWATCH_DIGEST_TIME", "07:00"),
        timezone=_env("HYPEWATCH_TIMEZONE", "UTC"),
        digest_weekday=_env("HYPEWATCH_DIGEST_WEEKDAY", "mon").lower()[:3],
        digest_stories=int(_env("HYPEWATCH_DIGEST_STORIES", "10")),
        mail_from=_env("HYPEWATCH_MAIL_FROM", "Hypewatch <digest@hypewatch.localhost>"),
        keep_days=int(_env("HYPEWATCH_KEEP_DAYS", "90")),
        proxy_hops=int(_env("HYPEWATCH_PROXY_HOPS", "0")),
        check_private_addresses=_env("HYPEWATCH_CHECK_PRIVATE_ADDRESSES", "0").lower() in ("1", "true", "yes"),
        backup_dir=Path(os.environ["HYPEWATCH_BACKUP_DIR"].strip()) if os.environ.get("HYPEWATCH_BACKUP_DIR", "").strip()
        else None,
        backup_keep=int(_env("HYPEWATCH_BACKUP_KEEP", "7")),
        alert_webhook=os.environ.get("HYPEWATCH_ALERT_WEBHOOK", "").strip() or None,
        alert_score=float(_env("HYPEWATCH_ALERT_SCORE", "0.8")),
    )
