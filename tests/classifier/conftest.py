"""One trained model per test session, in a temporary directory."""
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_4e579d9715812c04.txt"


def shared_file(path: Path) -> Path:
    """A file under ../shared: skipped when absent, except on CI where it must exist."""
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing (CI=true)")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_text():
    return shared_file(SEED).read_text(encoding="utf-8")
