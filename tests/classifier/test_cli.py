import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from classifier.cli import check, evaluate, train

REPO = Path(__file__).resolve().parents[2]

STORY = ("Wonder pill hailed as a cure for baldness\n\n"
         "A new pill regrew hair in every man who took it, its maker said. "
         "The company says the treatment is guaranteed to work.\n")


def run(cmd, args, stdin=None):
    return CliRunner().invoke(cmd, args, input=stdin, catch_exceptions=False)


def test_check_json_stdin(model_dir):
    res = run(check, ["--format", "json", "--model-dir", str(model_dir)], STORY)
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)  # exactly one JSON object
    assert set(obj) == {"score", "sentences", "criteria", "references", "out_of_scope", "model_version"}
    assert obj["references"] == []  # the story names no study
    assert obj["out_of_scope"] is None  # an English story about health: read
    assert obj["sentences"][0]["headline"] is True
    for s in obj["sentences"]:
        assert STORY[s["start"]:s["end"]] == s["text"]
        assert set(s) == {"text", "start", "end", "labels", "score", "scores", "triggers", "strength", "headline"}
    assert any(s["labels"] for s in obj["sentences"])


def test_check_human_file(model_dir, tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY, encoding="utf-8")
    res = run(check, [str(f), "--model-dir", str(model_dir)])
    assert res.exit_code == 0
    assert "Story score" in res.stdout and "Criteria" in res.stdout and "triggers:" in res.stdout
    assert "The study: not named (no journal, DOI or trial)" in res.stdout


def test_check_says_why_it_did_not_read_a_text_in_another_language(model_dir):
    french = ("Le nouveau traitement est une révolution pour les patients, selon le médecin, mais les essais sont "
              "encore petits et le prix reste inconnu pour le moment. ") * 2
    res = run(check, ["--model-dir", str(model_dir)], french)
    assert res.exit_code == 0, res.output
    assert "Flagged sentences: 0 of 2\nNot read: the text is not in English." in res.stdout
    assert "  [n/a] Discusses the costs: not read: the text is not in English" in res.stdout
    anyway = run(check, ["--read-anyway", "--format", "json", "--model-dir", str(model_dir)], french)
    assert json.loads(anyway.stdout)["out_of_scope"] is None


def test_check_names_the_study_a_page_cites_by_its_link(model_dir):
    from hypewatch.demo import SITE_DIR
    page = SITE_DIR / "renova-clinic/blog/stem-cell-therapy-for-ms.html"  # "researchers showed", linked to the paper
    res = run(check, [str(page), "--model-dir", str(model_dir)])
    assert res.exit_code == 0, res.output
    assert "The study:\n  DOI: 10.5555/glia.2026.0117  <https://doi.org/10.5555/glia.2026.0117>" in res.stdout


def test_check_jsonl(model_dir):
    lines = [json.dumps({"id": 7, "text": STORY}), "{broken", json.dumps({"id": "b", "text": ""}),
             json.dumps(["not", "an", "object"]), json.dumps({"id": "t", "text": "It works.", "title": "A miracle cure"})]
    res = run(check, ["--jsonl", "--model-dir", str(model_dir)], "\n".join(lines) + "\n")
    assert res.exit_code == 0
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o["id"] for o in out] == [7, None, "b", None, "t"]
    assert "score" in out[0] and "error" not in out[0]
    assert "error" in out[1] and "line 2" in out[1]["error"]
    assert "error" in out[2] and "error" in out[3]
    assert out[4]["sentences"][0]["headline"] and out[4]["sentences"][0]["start"] == -1


@pytest.mark.parametrize("args,stdin,msg", [
    (["/nonexistent/story.txt"], None, "no such file"),
    ([], "   \n", "empty text"),
    (["--format", "json"], "", "empty text"),
])
def test_check_bad_input(model_dir, args, stdin, msg):
    res = CliRunner().invoke(check, args + ["--model-dir", str(model_dir)], input=stdin)
    assert res.exit_code != 0
    assert msg in res.stderr
    assert "Traceback" not in res.output and res.exception is None or isinstance(res.exception, SystemExit)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x00\x01\x02 stream", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_check_refuses_a_binary_file_instead_of_reading_noise(model_dir, tmp_path, data):
    story = tmp_path / "story.pdf"
    story.write_bytes(data)
    res = CliRunner().invoke(check, [str(story), "--model-dir", str(model_dir)])
    assert res.exit_code == 2
    assert "looks like a binary file" in res.stderr and "Story score" not in res.output


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_check_reads_a_text_file_saved_in_another_encoding(model_dir, tmp_path, encoding):
    story = tmp_path / "story.txt"
    story.write_bytes("Doctors call it a “miracle cure” for gout.\n".encode(encoding))
    res = run(check, [str(story), "--format", "json", "--model-dir", str(model_dir)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["sentences"][0]["text"] == "Doctors call it a “miracle cure” for gout."


def test_check_reads_html_through_the_crawlers_extraction(model_dir):
    from hypewatch.demo import OVERSTATED, SITE_DIR
    page = SITE_DIR / OVERSTATED[0].lstrip("/")
    res = run(check, [str(page), "--format", "json", "--model-dir", str(model_dir)])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    headline = obj["sentences"][0]
    assert headline["headline"] and headline["text"] == "Stem Cell Miracle Reverses MS in Weeks"
    assert {"cure", "hype"} <= set(headline["labels"])
    assert "cookie" not in " ".join(s["text"].lower() for s in obj["sentences"])  # page furniture dropped


def test_check_an_unreachable_url_is_a_clear_error(model_dir):
    res = run(check, ["http://127.0.0.1:1/story.html", "--model-dir", str(model_dir)])
    assert res.exit_code != 0 and "the site could not be reached" in res.output and "Traceback" not in res.output


def test_jsonl_subprocess_streams(model_dir):
    """One process, many lines, flushed one at a time."""
    p = subprocess.Popen([sys.executable, "-m", "classifier", "check", "--jsonl", "--model-dir", str(model_dir)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    for i in range(3):
        p.stdin.write(json.dumps({"id": i, "text": "This is a revolutionary treatment."}) + "\n")
        p.stdin.flush()
        line = p.stdout.readline()  # answered before the next line is sent
        assert json.loads(line)["id"] == i
    p.stdin.close()
    assert p.wait(timeout=120) == 0


def test_train_and_evaluate_commands(model_dir, tmp_path):
    labelled = tmp_path / "labelled.tsv"
    labelled.write_text("text\tlabels\tstrength\nA miraculous breakthrough for gout.\thype\tnone\n"
                        "The trial enrolled 64 adults.\t\tnone\n", encoding="utf-8")
    res = run(evaluate, ["--no-cv", "--file", str(labelled), "--model-dir", str(model_dir)])
    assert res.exit_code == 0, res.output
    assert "hype" in res.stdout and "F1" in res.stdout
    bad = tmp_path / "bad.tsv"
    bad.write_text("text\tlabels\tstrength\nSome text\tnot_a_label\tnone\n", encoding="utf-8")
    res = CliRunner().invoke(evaluate, ["--no-cv", "--file", str(bad), "--model-dir", str(model_dir)])
    assert res.exit_code != 0 and "unknown label" in res.stderr
    res = CliRunner().invoke(train, ["--extra", str(tmp_path / "missing.tsv"), "--model-dir", str(tmp_path / "m")])
    assert res.exit_code != 0 and "no such file" in res.stderr
