"""The sources file (TOML): which feeds, sitemaps and listing pages to crawl, and how."""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import tomli_w

from crawler.urls import is_http_url

KINDS = ("feed", "sitemap", "listing")


class SourcesError(ValueError):
    """The sources file or a new entry is invalid; the message says where."""


@dataclass
class Source:
    name: str
    kind: str
    urls: list[str]
    link_pattern: str | None = None
    topic_filter: bool = True
    interval_minutes: int = 60
    enabled: bool = True

    def validate(self) -> "Source":
        if not re.fullmatch(r"[\w.-]{1,120}", self.name or ""):
            raise SourcesError(f"source name {self.name!r}: use letters, digits, '.', '-' or '_'")
        if self.kind not in KINDS:
            raise SourcesError(f"source {self.name}: kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if not self.urls or not all(is_http_url(u) for u in self.urls):
            raise SourcesError(f"source {self.name}: needs one or more http(s) URLs")
        if self.kind == "listing" and not self.link_pattern:
            raise SourcesError(f"source {self.name}: a listing needs a link_pattern")
        if self.link_pattern:
            try:
                re.compile(self.link_pattern)
            except re.error as exc:
                raise SourcesError(f"source {self.name}: bad link_pattern: {exc}") from None
        if int(self.interval_minutes) < 1:
            raise SourcesError(f"source {self.name}: interval_minutes must be at least 1")
        return self


@dataclass
class SourceList:
    path: Path
    sources: list[Source] = field(default_factory=list)

    def get(self, name: str) -> Source | None:
        return next((s for s in self.sources if s.name == name), None)

    def add(self, source: Source) -> None:
        if self.get(source.name):
            raise SourcesError(f"a source named {source.name} exists already")
        self.sources.append(source.validate())

    def set_enabled(self, name: str, enabled: bool) -> Source:
        source = self.get(name)
        if source is None:
            raise SourcesError(f"no source named {name}")
        source.enabled = enabled
        return source

    def save(self) -> None:
        entries = [{k: v for k, v in asdict(s).items() if v is not None} for s in self.sources]
        tmp = self.path.with_suffix(".tmp")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(tomli_w.dumps({"source": entries}).encode("utf-8"))
        tmp.replace(self.path)  # a crash mid-write never leaves half a file


def load_sources(path: Path) -> SourceList:
    if not path.exists():
        return SourceList(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    sources = []
    for entry in data.get("source", []):
        try:
            sources.append(Source(**entry).validate())
        except TypeError as exc:
            raise SourcesError(f"{path}: bad source entry {entry.get('name', '?')}: {exc}") from None
    return SourceList(path, sources)
