"""Two versions of one story compared (a press release and an outlet's copy, or two outlets'): the
sentences each kept word for word, reworded, left out or added, and the overstated claims one makes that
the other does not. Did the hype come with the release, or did the outlet add it? The compare page
(webapp.compare), the stats page's "Who adds the overstatement", the check of a draft against its source,
the correction letter and the digest all read them from here."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlalchemy import func, select

from classifier import LABELS
from storage.models import Article, Sentence

ALIKE = 0.5  # difflib's ratio of two sentences' words from which one is the other reworded
_WORD = re.compile(r"\w+")
_PIECE = re.compile(r"\w+|\W+")  # words and what lies between them, which together give the text back


@dataclass
class Row:
    """One line of the comparison: a sentence of each version, or of one only."""
    kind: str  # "same", "reworded", "left" (only in the left version) or "right"
    left: Sentence | None = None
    right: Sentence | None = None
    # a reworded sentence's text in pieces, each marked True where its words are not the other's
    left_pieces: list[tuple[str, bool]] = field(default_factory=list)
    right_pieces: list[tuple[str, bool]] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def align(left: list, right: list) -> list[Row]:
    """The two versions' sentences (anything with `.text`, in reading order) in one order: those
    alike word for word (case and punctuation aside) paired, and in each stretch between them each
    left sentence paired with the most alike right one still ahead (ALIKE or more) as reworded; the
    others alone, where they stand."""
    keys = [" ".join(_words(s.text)) for s in left], [" ".join(_words(s.text)) for s in right]
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, *keys, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [Row("same", left[i], right[j]) for i, j in zip(range(i1, i2), range(j1, j2))]
        else:
            rows += _pair(left[i1:i2], right[j1:j2])
    return rows


def _pair(lefts: list, rights: list) -> list[Row]:
    rows, ahead = [], 0
    right_words = [_words(r.text) for r in rights]
    for sentence in lefts:
        matcher, best, best_ratio = SequenceMatcher(None, autojunk=False), None, ALIKE
        matcher.set_seq2(_words(sentence.text))
        for k in range(ahead, len(rights)):
            matcher.set_seq1(right_words[k])
            if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio \
                    and (ratio := matcher.ratio()) >= best_ratio and (best is None or ratio > best_ratio):
                best, best_ratio = k, ratio
        if best is None:
            rows.append(Row("left", left=sentence))
            continue
        rows += [Row("right", right=r) for r in rights[ahead:best]]
        left_pieces, right_pieces = word_changes(sentence.text, rights[best].text)
        rows.append(Row("reworded", sentence, rights[best], left_pieces, right_pieces))
        ahead = best + 1
    return rows + [Row("right", right=r) for r in rights[ahead:]]


def word_changes(before: str, after: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Each text cut into runs, marked True where its words are not in the other (difflib's
    matching blocks over the lower-cased words); the runs of each give its text back."""
    pieces = _PIECE.findall(before), _PIECE.findall(after)
    keys = [[p.lower() if p[0].isalnum() or p[0] == "_" else " " for p in side] for side in pieces]
    changed = [[p[0].isalnum() or p[0] == "_" for p in side] for side in pieces]  # only words count as changed
    for block in SequenceMatcher(None, *keys, autojunk=False).get_matching_blocks():
        for n in range(block.size):
            changed[0][block.a + n] = changed[1][block.b + n] = False
    return _runs(pieces[0], changed[0]), _runs(pieces[1], changed[1])


def _runs(pieces: list[str], changed: list[bool]) -> list[tuple[str, bool]]:
    """Neighbouring pieces with the same mark as one run; a space between two changed words is changed."""
    runs: list[tuple[str, bool]] = []
    for i, (piece, mark) in enumerate(zip(pieces, changed)):
        if not mark and not piece[0].isalnum() and piece[0] != "_" and 0 < i < len(pieces) - 1 \
                and changed[i - 1] and changed[i + 1] and not piece.strip():
            mark = True
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + piece, mark)
        else:
            runs.append((piece, mark))
    return runs


def claim_differences(rows: list[Row]) -> list[tuple[str, int, int, int]]:
    """(label, flagged in the left version only, in both, in the right only) for each label either
    version flags: a sentence flagged on one side counts as "only" there when its counterpart in the
    other version (the same sentence or its rewording) does not carry that label, or there is none."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for row in rows:
        left = set(row.left.labels or []) if row.left is not None else set()
        right = set(row.right.labels or []) if row.right is not None else set()
        for label in left | right:
            counts.setdefault(label, [0, 0, 0])[0 if label not in right else 2 if label not in left else 1] += 1
    return [(label, *n) for label, n in counts.items() if any(n)]


def folded(rows: list[Row]) -> list[Row | int]:
    """The rows to show: runs of two or more unflagged sentences alike word for word folded into
    their number."""
    shown: list[Row | int] = []
    run: list[Row] = []
    for row in rows + [None]:
        if row is not None and row.kind == "same" and not row.left.labels and not row.right.labels:
            run.append(row)
            continue
        shown += [len(run)] if len(run) > 1 else run
        run = []
        if row is not None:
            shown.append(row)
    return shown


@dataclass
class Comparison:
    """Two versions compared."""
    rows: list[Row]                          # align(left, right)
    claims: list[tuple[str, int, int, int]]  # claim_differences(rows)
    kept: int                                # sentences alike word for word
    reworded: int

    @property
    def shown(self) -> list[Row | int]:
        return folded(self.rows)

    @property
    def added(self) -> int:
        """Flagged claims the right version makes that the left does not."""
        return sum(only_right for *_, only_right in self.claims)


def compare_versions(left: list, right: list) -> Comparison:
    rows = align(left, right)
    return Comparison(rows, claim_differences(rows), sum(row.kind == "same" for row in rows),
                      sum(row.kind == "reworded" for row in rows))


def version_order(article: Article) -> tuple:
    """Which of a story's versions came first: by publication, else fetch time, then id."""
    return article.published or article.fetched_at, article.id


def first_version(session, article: Article) -> Article | None:
    """The earliest other version of the story (its cluster's, by publication or else fetch time), if it came
    before this one: the press release or the copy this one most likely draws on."""
    if article.cluster_id is None:
        return None
    day = func.coalesce(Article.published, Article.fetched_at)
    first = session.scalar(select(Article).where(Article.cluster_id == article.cluster_id, Article.id != article.id)
                           .order_by(day, Article.id).limit(1))
    return first if first is not None and version_order(first) < version_order(article) else None


def added_to(source: Article, article: Article) -> set[int]:
    """The ids of the article's sentences flagged with a label that their counterpart in `source` (the same
    sentence or its rewording, as `align` pairs them) lacks, or that have none there."""
    return {row.right.id for row in align(list(source.sentences), list(article.sentences))
            if row.right is not None and set(row.right.labels or []) - set(row.left.labels or [] if row.left else [])}
