"""Every regular expression the project compiles at import time reads untrusted web text: none
may backtrack without end on adversarial input (a byline pattern once took seconds on a
24-character word, and would have taken years on a longer one)."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from classifier.scan import FamilyScanner
from tests.hangs import fails_if_hung

PACKAGES = ("classifier", "crawler", "digest", "hypewatch", "storage", "webapp")
# Repeated units that make ambiguous patterns try every way of splitting them, before a tail that fails.
UNITS = ("Abc", "a", "a ", "1.", ", ", "by ", "not ", "mice ", "a-", "<a>")
TAILS = ("", "!", " x")


def compiled_patterns() -> dict[str, re.Pattern]:
    modules = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        modules.append(package)
        modules += [importlib.import_module(info.name) for info in pkgutil.walk_packages(package.__path__, name + ".")
                    if not info.name.endswith("__main__")]
    patterns = {}
    for module in modules:
        for attribute, value in vars(module).items():
            for where, found in _patterns_in(value, f"{module.__name__}.{attribute}"):
                patterns[where] = found
    return patterns


def _patterns_in(value, where: str):
    """A pattern, or the patterns held in a dict, list or tuple (two levels: cue families), or the
    families of wording a scanner looks for (the checklist's)."""
    if isinstance(value, FamilyScanner):
        for name, source in value.sources.items():
            yield f"{where}[{name!r}]", re.compile(source)
    elif isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield where, value
    elif isinstance(value, (dict, list, tuple)) and where.count("[") < 2:
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _patterns_in(item, f"{where}[{key!r}]")


PATTERNS = compiled_patterns()


def test_the_project_patterns_are_found():
    assert "classifier.analyser.CREDIT_LINE" in PATTERNS and len(PATTERNS) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_backtracks_without_end(name):
    pattern = PATTERNS[name]
    with fails_if_hung(20, f"{name} backtracks without end"):  # milliseconds for a linear pattern
        for unit in UNITS:
            for head in ("", "By "):
                for tail in TAILS:
                    text = head + unit * 400 + tail
                    pattern.search(text)
                    pattern.fullmatch(text)
