"""The training corpus: its TSVs are exactly what `build_corpus.py` makes of `src/`, and they
pass `check_corpus.py`'s format rules and minimum counts."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "classifier" / "corpus"
TSVS = sorted(p.name for p in CORPUS.glob("*.tsv"))


def run(script, *args):
    return subprocess.run([sys.executable, str(CORPUS / script), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """The corpus built afresh from a copy of src/, into a temporary directory."""
    out = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS / "src", out / "src")
    done = run("build_corpus.py", "--src", out / "src", "--out", out)
    assert done.returncode == 0, done.stderr
    return out


def test_the_corpus_has_its_nine_files():
    assert TSVS == ["causal.tsv", "certainty.tsv", "cure.tsv", "extrapolation.tsv", "findings.tsv",
                    "hard_negatives.tsv", "hype.tsv", "neutral.tsv", "novelty.tsv"]


def test_findings_grade_strength_only_and_adding_one_moves_no_other_file(tmp_path):
    """findings.tsv rows carry "-" for labels; a new finding changes findings.tsv alone (the other
    files' generated rows are drawn before it)."""
    from classifier.dataset import read_tsv

    rows = read_tsv(CORPUS / "findings.tsv")
    assert rows and all(r.labels is None and r.strength in ("causal", "conditional", "correlational") for r in rows)
    shutil.copytree(CORPUS / "src", tmp_path / "src")
    with open(tmp_path / "src" / "findings.txt", "a", encoding="utf-8") as f:
        f.write("c|Giving the new syrup cut night-time coughing in the children of the trial by half.\n")
    done = run("build_corpus.py", "--src", tmp_path / "src", "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    for name in TSVS:
        same = (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes()
        assert same == (name != "findings.tsv"), name


def test_a_row_without_labels_needs_a_strength(tmp_path):
    from classifier.dataset import DataError, read_tsv

    bad = tmp_path / "bad.tsv"
    bad.write_text("text\tlabels\tstrength\nThe pill cut strokes.\t-\t\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.tsv:2: .*needs a strength"):
        read_tsv(bad)


@pytest.mark.parametrize("name", TSVS)
def test_committed_tsv_is_what_the_sources_build(rebuilt, name):
    assert (rebuilt / name).read_bytes() == (CORPUS / name).read_bytes(), \
        f"{name} differs from a rebuild of src/: run classifier/corpus/build_corpus.py and commit the result"


def test_provenance_is_what_the_sources_build(rebuilt):
    assert (rebuilt / "src" / "provenance.tsv").read_bytes() == (CORPUS / "src" / "provenance.tsv").read_bytes()


def test_committed_corpus_passes_its_checks():
    done = run("check_corpus.py")
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.rstrip().endswith("OK")


def test_a_malformed_source_line_names_its_file_and_line(tmp_path):
    shutil.copytree(CORPUS / "src", tmp_path / "src")
    with open(tmp_path / "src" / "cure.txt", "a", encoding="utf-8") as f:
        f.write("cu|x|The drug cured everyone.\n")
    done = run("build_corpus.py", "--src", tmp_path / "src", "--out", tmp_path)
    assert done.returncode != 0
    assert "cure.txt:" in done.stderr and "bad strength 'x'" in done.stderr
    assert not (tmp_path / "cure.tsv").exists()  # nothing half-written
