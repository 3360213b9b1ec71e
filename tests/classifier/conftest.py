"""One trained model per test session, in a temporary directory."""
from pathlib import Path

import pytest

from tests.conftest import need

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_4e579d9715812c04.txt"


def shared_file(path: Path) -> Path:
    """A file under ../shared: skipped when absent, except on CI where it must exist."""
    need(path.exists(), f"{path} is absent (the project's shared evaluation data)")
    return path


@pytest.fixture(scope="session")
def seed_text():
    return shared_file(SEED).read_text(encoding="utf-8")
