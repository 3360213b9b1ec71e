"""The JSON API (v1): stories, sentences and verdicts to read; annotations to write."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
