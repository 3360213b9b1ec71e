"""Files the app hands out for reports (CSV, JSON lines): streamed, and safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator

from flask import Response, stream_with_context


def download(lines: Iterable[str], mimetype: str, filename: str) -> Response:
    """Streamed, so a long audit trail is never held in memory whole."""
    return Response(stream_with_context(lines), mimetype=mimetype,
                    headers={"Content-Disposition": f"attachment; filename={filename}"})


def spreadsheet_safe(text: str) -> str:
    """A cell from the open web (an outlet's name, a claim) that a spreadsheet shows as text, never runs as a
    formula: one starting with =, +, -, @ or a control character gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_lines(header: list[str], rows: Iterable[Iterable]) -> Iterator[str]:
    """The CSV text of `header` and `rows`, a line at a time, every text cell spreadsheet-safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row])
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()
