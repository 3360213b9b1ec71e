"""The benchmarks still run: a bench that crashes measures nothing. Figures are printed, never asserted."""
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_bench(*args):
    return subprocess.run([sys.executable, str(REPO / "bench" / "claims.py"), *args],
                          capture_output=True, text=True, timeout=600, cwd=REPO)


def test_the_classifier_speed_bench_prints_both_rows_beside_the_yardstick():
    done = run_bench("speed")
    assert done.returncode == 0, done.stderr
    for row in ("sentences/s  hypewatch", "sentences/s  TF-IDF + LR", "ms per 1,000-word story  hypewatch",
                "ms per 1,000-word story  TF-IDF + LR"):
        assert re.search(re.escape(row) + r".*\s\d+(\.\d+)?\s+\d+(\.\d+)?$", done.stdout, re.M), row


def test_an_unknown_section_is_refused_with_the_list_of_sections():
    done = run_bench("speeed")
    assert done.returncode == 2
    assert "unknown section(s): speeed" in done.stderr and "speed" in done.stderr
