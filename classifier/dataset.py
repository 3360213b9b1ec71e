"""Reading the labelled sentences (the corpus TSV files and labelled files given by users)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, NamedTuple

from . import LABELS, STRENGTHS

PACKAGE_CORPUS = Path(__file__).resolve().parent / "corpus"
HEADER = ["text", "labels", "strength"]


class Example(NamedTuple):
    text: str
    labels: tuple[str, ...] | None  # None: a row that grades claim strength only (labels column "-")
    strength: str | None


class DataError(ValueError):
    pass


def corpus_dir() -> Path:
    """The corpus shipped in the package; HYPEWATCH_CORPUS_DIR overrides it (development only)."""
    override = os.environ.get("HYPEWATCH_CORPUS_DIR", "").strip()
    return Path(override) if override else PACKAGE_CORPUS


def corpus_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or corpus_dir()).glob("*.tsv"))


def read_tsv(path: Path) -> list[Example]:
    """Read one `text<TAB>labels<TAB>strength` file; raise DataError naming the bad line. A labels
    column of "-" marks a row that grades claim strength only: no claim label was judged."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from exc
    lines = raw.splitlines()
    if not lines or lines[0].strip().split("\t") != HEADER:
        raise DataError(f"{path}: first line must be the header 'text<TAB>labels<TAB>strength'")
    out = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise DataError(f"{path}:{n}: expected 3 tab-separated columns, found {len(cols)}")
        text, labels, strength = cols[0].strip(), cols[1].split(), cols[2].strip()
        if labels == ["-"]:
            if strength not in STRENGTHS:
                raise DataError(f"{path}:{n}: a row without claim labels ('-') needs a strength")
            if text:
                out.append(Example(text, None, strength))
            continue
        bad = [lab for lab in labels if lab not in LABELS]
        if bad:
            raise DataError(f"{path}:{n}: unknown label(s) {' '.join(bad)}")
        if strength and strength not in STRENGTHS:
            raise DataError(f"{path}:{n}: unknown strength {strength!r}")
        if text:
            out.append(Example(text, tuple(labels), strength or None))
    return out


def load_corpus(directory: Path | None = None) -> list[Example]:
    files = corpus_files(directory)
    rows = []
    for f in files:
        rows.extend(read_tsv(f))
    return rows


def corpus_hash(directory: Path | None = None) -> str:
    h = hashlib.sha256()
    for f in corpus_files(directory):
        h.update(f.name.encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def normalise_extra(extra: Iterable) -> list[Example]:
    """Editor-approved annotations: (text, labels, strength|None) tuples; labels None (a "-" row of
    a file given with `hypewatch train --extra`) grades strength only."""
    out = []
    for item in extra or ():
        text, labels, strength = item
        if labels is None and strength is None:
            raise DataError(f"extra example {text[:40]!r}: a row without claim labels needs a strength")
        labels = None if labels is None else tuple(labels)
        bad = [lab for lab in labels or () if lab not in LABELS]
        if bad:
            raise DataError(f"extra example {text[:40]!r}: unknown label(s) {bad}")
        if strength is not None and strength not in STRENGTHS:
            raise DataError(f"extra example {text[:40]!r}: unknown strength {strength!r}")
        if text and text.strip():
            out.append(Example(text.strip(), labels, strength))
    return out
