"""Settings read from the environment, with the defaults a fresh checkout needs.

Every knob is an environment variable so that the CLI, the web app, the
scheduler and the crawler's own process all see the same configuration.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
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
    extra: dict = field(default_factory=dict)

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
    )
