"""Click commands `check`, `train` and `evaluate` (registered in the main `hypewatch` group).

Also runnable on their own: `python -m classifier check story.txt`.
"""
from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path

import click

from . import score_word
from .scope import MESSAGES as SCOPE_MESSAGES
from .studies import KIND_NAMES, reference_url

class InputError(click.ClickException):
    exit_code = 2


def _model_dir(model_dir):
    if model_dir:
        return Path(model_dir)
    from .analyser import default_model_dir

    return default_model_dir()


def _load(model_dir):
    from . import load_analyser
    from .dataset import DataError
    from .model import TrainingError

    try:
        return load_analyser(_model_dir(model_dir))
    except (TrainingError, DataError, OSError) as exc:
        raise click.ClickException(f"cannot load or train the model: {exc}") from None


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def decode_text(data: bytes, source: str) -> str:
    """A text file's bytes as text: UTF-16 with its BOM, UTF-8 (with or without a BOM), else
    Windows-1252, as a text saved on Windows often is (its curly quotes are not UTF-8). What the
    crawler takes for binary (a PDF's or an image's magic bytes, control bytes) is no text."""
    from crawler.extraction import looks_binary

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise InputError(f"{source} looks like a binary file (a PDF, an image, a word processor's file?), "
                         "not text: save the story as plain text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_source(source: str | None) -> tuple[str, str | None, list[str]]:
    """Return (text, title, the page's links to its study) for '-'/None (stdin), a URL, an HTML file or a text
    file."""
    if source in (None, "-"):
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        return (decode_text(data, "the standard input") if isinstance(data, bytes) else data), None, []
    path = Path(source)
    if _is_url(source) or (path.suffix.lower() in (".html", ".htm") or source.lower().endswith((".html.gz", ".htm.gz"))):
        if not _is_url(source) and not path.is_file():
            raise InputError(f"no such file: {source}")
        try:
            from crawler.extraction import extract_source
        except ImportError as exc:
            raise InputError(f"cannot read {source}: the extractor is not available ({exc})") from None
        try:
            doc = extract_source(str(source))
        except Exception as exc:  # network errors, unreadable pages …
            raise InputError(f"cannot extract the article from {source}: {getattr(exc, 'explanation', exc)}") from None
        if not doc or not (doc.get("text") or "").strip():
            raise InputError(f"no article text found in {source}")
        return doc["text"], doc.get("title") or None, doc.get("cited_links") or []
    if not path.exists():
        raise InputError(f"no such file: {source}")
    if path.is_dir():
        raise InputError(f"{source} is a directory, not a text file")
    try:
        return decode_text(path.read_bytes(), source), None, []
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None


def format_human(result: dict) -> str:
    lines = []
    score = result["score"]
    sents = result["sentences"]
    flagged = [(i, s) for i, s in enumerate(sents) if s["labels"]]
    lines.append(f"Story score: {score:.2f} ({score_word(score)})  [model {result['model_version']}]")
    lines.append(f"Flagged sentences: {len(flagged)} of {len(sents)}")
    if result.get("out_of_scope"):
        lines.append(SCOPE_MESSAGES[result["out_of_scope"]])
    for i, s in flagged:
        where = "headline" if s["headline"] else f"#{i}"
        lines.append(f"  [{where}] {s['text']}")
        for lab in s["labels"]:
            trig = ", ".join(s["triggers"].get(lab, [])) or "-"
            lines.append(f"      {lab:<13} {s['scores'][lab]:.2f}  triggers: {trig}")
        lines.append(f"      strength: {s['strength']}")
    lines.append("Criteria:")
    mark = {"satisfied": "ok ", "not_satisfied": "NO ", "not_applicable": "n/a"}
    for c in result["criteria"]:
        ev = f" (sentences {', '.join(map(str, c['evidence']))})" if c["evidence"] else ""
        lines.append(f"  [{mark[c['status']]}] {c['name']}: {c['reason']}{ev}")
    lines.append("The study:" if result.get("references") else "The study: not named (no journal, DOI or trial)")
    for reference in result.get("references", []):
        url = reference_url(reference["kind"], reference["value"])
        lines.append(f"  {KIND_NAMES[reference['kind']]}: {reference['value']}" + (f"  <{url}>" if url else ""))
    return "\n".join(lines)


def _jsonl(analyser_loader, stream, out) -> int:
    analyser = None
    n_err = 0
    for lineno, line in enumerate(iter(stream.readline, ""), start=1):
        if not line.strip():
            continue
        rid = None
        try:
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"line {lineno}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"line {lineno}: expected a JSON object with \"id\" and \"text\"")
            rid = obj.get("id")
            text, title = obj.get("text"), obj.get("title")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"line {lineno}: \"text\" must be a non-empty string")
            if title is not None and not isinstance(title, str):
                raise ValueError(f"line {lineno}: \"title\" must be a string")
            if analyser is None:
                analyser = analyser_loader()
            record = {"id": rid, **analyser.analyse(text, title=title)}
        except ValueError as exc:
            n_err += 1
            record = {"id": rid, "error": str(exc)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return n_err


@click.command("check")
@click.argument("source", required=False, default="-", metavar="[FILE|URL|-]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="human-readable report or one JSON object")
@click.option("--jsonl", is_flag=True, help='read {"id", "text"[, "title"]} lines, write one result line each')
@click.option("--title", default=None, help="headline of the story, if not part of the text")
@click.option("--read-anyway", is_flag=True,
              help="read the text even if it does not look like English health news (not read by default)")
@click.option("--model-dir", type=click.Path(file_okay=False), default=None, help="default: $HYPEWATCH_HOME/models")
def check(source, fmt, jsonl, title, read_anyway, model_dir):
    """Flag overstated claims in a story read from FILE, URL or stdin."""
    if jsonl:
        stream = sys.stdin
        if source not in (None, "-"):
            try:
                stream = open(source, encoding="utf-8", errors="replace")
            except OSError as exc:
                raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
        n_err = _jsonl(lambda: _load(model_dir), stream, sys.stdout)
        if n_err:
            click.echo(f"{n_err} line(s) could not be analysed (see their \"error\")", err=True)
        return
    text, found_title, links = read_source(source)
    if not text.strip():
        raise InputError("empty text: nothing to check")
    analyser = _load(model_dir)
    result = analyser.analyse(text, title=title or found_title, links=links, read_anyway=read_anyway)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(format_human(result))


def _print_report(rep: dict, heading: str) -> None:
    from . import LABELS

    click.echo(heading)
    click.echo(f"  {'label':<14}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}")
    for lab in LABELS:
        r = rep[lab]
        click.echo(f"  {lab:<14}{r['precision']:>10.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}{r['support']:>9d}")
    click.echo(f"  {'macro F1':<14}{'':>10}{'':>8}{rep['macro_f1']:>8.3f}")
    if rep.get("strength"):
        s = rep["strength"]
        click.echo(f"  strength: macro-F1 {s['macro_f1']:.3f}, accuracy {s['accuracy']:.3f} on {s['support']} sentences")


@click.command("train")
@click.option("--extra", "extra_files", multiple=True, type=click.Path(dir_okay=False),
              help="TSV of editor-approved examples (text, labels, strength); repeatable")
@click.option("--no-annotations", is_flag=True,
              help="leave out the editor-approved annotations stored in the database")
@click.option("--model-dir", type=click.Path(file_okay=False), default=None, help="default: $HYPEWATCH_HOME/models")
def train_cmd(extra_files, no_annotations, model_dir):
    """(Re)train the claim classifier on the corpus and the editor-approved annotations."""
    from .dataset import DataError, read_tsv
    from .model import TrainingError, train

    extra = []
    try:
        for f in extra_files:
            if not Path(f).is_file():
                raise InputError(f"no such file: {f}")
            extra += read_tsv(Path(f))
        if not no_annotations:
            from hypewatch.pipeline import approved_examples
            from storage import open_database
            from hypewatch.config import load_config
            extra += approved_examples(open_database(load_config().database_url))
        card = train(_model_dir(model_dir), extra)
    except (DataError, TrainingError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"model {card['model_version']} saved in {_model_dir(model_dir)}")
    click.echo(f"trained on {card['n_examples']} sentences ({card['n_corpus_examples']} corpus, "
               f"{card['n_extra_examples']} editor-approved; {card['n_strength_only_examples']} of them "
               f"for claim strength only) in {card['train_seconds']} s with scikit-learn {card['sklearn_version']}")
    if card.get("cross_validation"):
        _print_report(card["cross_validation"], f"{card['cross_validation']['folds']}-fold cross-validation:")


train = train_cmd  # the command object is named `train` for registration


@click.command("evaluate")
@click.option("--file", "files", multiple=True, type=click.Path(dir_okay=False),
              help="labelled TSV (text, labels, strength) to score the saved model on; repeatable")
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2, 20))
@click.option("--no-cv", is_flag=True, help="skip cross-validation on the corpus")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--model-dir", type=click.Path(file_okay=False), default=None, help="default: $HYPEWATCH_HOME/models")
def evaluate(files, folds, no_cv, fmt, model_dir):
    """Per-label precision/recall/F1: cross-validated on the corpus and on labelled files."""
    from .dataset import DataError, load_corpus, read_tsv
    from .model import cross_validate, label_report

    out = {}
    try:
        labelled = {}
        for f in files:
            if not Path(f).is_file():
                raise InputError(f"no such file: {f}")
            labelled[f] = read_tsv(Path(f))
            if not labelled[f]:
                raise InputError(f"{f}: no labelled rows")
        if not no_cv:
            corpus = load_corpus()
            if len(corpus) < 2 * folds:
                raise click.ClickException("the corpus is too small to cross-validate")
            out["cross_validation"] = cross_validate(corpus, folds=folds, n_jobs=2)
        if labelled:
            analyser = _load(model_dir)
            for f, rows in labelled.items():
                probs, strengths, _ = analyser.classify([r.text for r in rows])
                out[f] = label_report(rows, probs, strengths)
    except DataError as exc:
        raise InputError(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(out, indent=2))
        return
    for name, rep in out.items():
        head = f"{folds}-fold cross-validation on the corpus:" if name == "cross_validation" else f"{name}:"
        _print_report(rep, head)


@click.group()
def main():
    """Hypewatch claim classifier."""


main.add_command(check)
main.add_command(train_cmd)
main.add_command(evaluate)


commands = [check, train_cmd, evaluate]
