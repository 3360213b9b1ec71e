"""Which of many families of wording occur in a sentence, each starting at a word start: fast.

The checklist (criteria.py) asks of every sentence which of about twenty large regular expressions
("families": costs, harms, study sizes …) match somewhere in it, starting at a word start. Tried at
every word start, Python's engine walks every alternative of every family there, and that was a
quarter of the time a story took. Here each family is cut into its alternatives (an alternation at
its start spread over what follows: "\\b(?:costs?|price[sd]?) of" gives "\\bcosts? of" and
"\\bprice[sd]? of"), and each alternative is filed under the first three characters any match of
it can begin with ("cos", "pri"). At a word start only the alternatives filed under the next three
characters of the text are tried.

The index is read off the patterns' parse trees (Python's own `re._parser`). Whatever it cannot
index is searched for in the whole sentence as before, so the answer is always what searching for
each family on its own gives (tests/classifier/test_scan.py holds it to that):
- an alternative that can begin with too many different three characters ("\\w+n't"), or with
  nothing at all;
- at a word start whose next characters hold one outside the alphabet the index was built for (an
  accented letter, which a class such as "\\w" matches unlisted), every alternative filed under the
  characters before it is tried as well;
- a family whose tree the index does not understand is searched for whole.
"""
from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as c

WORD_START = r"(?=\S)(?<![\w-])"
_WORD_STARTS = re.compile(r"(?<![\w-])\S")
KEY = 3  # characters a match is filed under
_MAX_KEYS = 4_000  # an alternative that can begin in more ways than this is searched for everywhere
_MAX_ALTERNATIVES = 2_000  # per family
_FEW_FIRSTS = 3  # an alternative that can begin with more characters is compiled once for them all
# the characters the index lists for classes ("\w", "[^,]"); a character a pattern names is listed too
ALPHABET = frozenset([chr(i) for i in range(32, 127)] + list("\t\n\xa0’‘“”—–…£€°·×•"))
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


class _Unindexable(Exception):
    pass


class FamilyScanner:
    """`families`: name -> pattern source, in the order results are wanted (a family with capturing
    groups or scoped flags is searched for whole; global flags such as "(?i)" are not allowed)."""

    def __init__(self, families: dict[str, str]):
        self.names = list(families)
        self.sources = dict(families)
        self._everywhere = []  # (name, literals one of which a match holds, or (), pattern searched for)
        # alternatives compiled together: one pattern per family and first character (a pattern per
        # key would make thousands, for no faster a scan), and one per family for the alternatives
        # that can begin with many characters ("\d+ percent"), rather than a copy in each
        groups: dict[tuple[str, str], list] = {}
        index: dict[str, set] = {}  # key -> the groups holding an alternative filed under it
        states = {}
        for name, source in families.items():
            try:
                tree = _parser.parse(source)
                if tree.state.groups > 1:
                    raise _Unindexable("capturing groups")
                states[name] = tree.state
                alternatives = _spread(list(tree))
            except (_Unindexable, re.error, TypeError, ValueError, AttributeError):
                self._everywhere.append((name, (), re.compile(WORD_START + "(?:" + source + ")")))
                continue
            for items in alternatives:
                try:
                    keys = _starts(items, KEY)
                    if "" in keys:
                        raise _Unindexable("may match nothing")
                except (_Unindexable, TypeError, ValueError, AttributeError):
                    self._everywhere.append((name, _literals(items), _compile(
                        states[name], [_parser.parse(WORD_START).data + items])))
                    continue
                firsts = {key[0] for key in keys}
                wide = len(firsts) > _FEW_FIRSTS
                for first in ("",) if wide else firsts:
                    groups.setdefault((name, first), []).append(items)
                for key in keys:
                    index.setdefault(key, set()).add((name, "" if wide else key[0]))
        # a key shorter than KEY is a whole match: filed also under every KEY-character key it begins
        ends = {key: held for key, held in index.items() if len(key) < KEY}
        for short, held in ends.items():
            for more in _extensions(short, KEY - len(short)):
                index.setdefault(more, set()).update(held)
        compiled = {group: (group[0], _compile(states[group[0]], alts)) for group, alts in groups.items()}
        self._index = {key: tuple(compiled[g] for g in held) for key, held in index.items()}
        # for a key with a character outside ALPHABET (which a class such as \w may match unlisted):
        # every pattern filed under a key that begins with the characters before it
        by_prefix: dict[str, set] = {}
        for key, held in index.items():
            for k in range(len(key)):
                by_prefix.setdefault(key[:k], set()).update(held)
        self._by_prefix = {prefix: tuple(compiled[g] for g in held) for prefix, held in by_prefix.items()}

    def families(self, text: str) -> set[str]:
        """Names of the families with a match starting at a word start of `text`."""
        found = {name for name, literals, rx in self._everywhere
                 if (not literals or any(lit in text for lit in literals)) and rx.search(text)}
        index, known = self._index, ALPHABET.issuperset(text)
        for m in _WORD_STARTS.finditer(text):
            p = m.start()
            key = text[p:p + KEY]
            if len(key) == KEY:
                plan = index.get(key, ())
            else:  # the text's last characters: only a whole match as short as they are (filed under itself)
                plan = index.get(key[:1], ()) + index.get(key[:2], ())
            if not (known or ALPHABET.issuperset(key)):
                plan += self._by_prefix.get(key[:next(k for k, ch in enumerate(key) if ch not in ALPHABET)], ())
            for name, rx in plan:
                if name not in found and rx.match(text, p):
                    found.add(name)
        return found


def _extensions(prefix: str, n: int) -> list[str]:
    out = [prefix]
    for _ in range(n):
        out = [s + ch for s in out for ch in ALPHABET]
    return out


def _literals(items: list) -> tuple[str, ...]:
    """Strings one of which any match of `items` contains (the longest that can be read off its
    top level), or () if none: a cheap test before searching a sentence for it."""
    best, run = (), ""
    for op, av in items + [(None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if len(run) > min(map(len, best), default=0):
            best = (run,)
        run = ""
        if op is c.BRANCH:
            heads = [_head(list(alt)) for alt in av[1]]
            if all(heads) and min(map(len, heads)) > min(map(len, best), default=0):
                best = tuple(heads)
    return best if min(map(len, best), default=0) >= 3 else ()


def _head(items: list) -> str:
    """The literal characters a match of `items` must begin with."""
    out = ""
    for op, av in items:
        if op is not c.LITERAL:
            break
        out += chr(av)
    return out


def _compile(state, alternatives: list[list]) -> re.Pattern:
    """A pattern from parse-tree items: one alternative, or several as one alternation."""
    items = alternatives[0] if len(alternatives) == 1 else [(c.BRANCH, (None, [_parser.SubPattern(state, a) for a in alternatives]))]
    return _compiler.compile(_parser.SubPattern(state, items))


def _spread(items: list) -> list[list]:
    """The alternatives of a sequence of parse-tree items: an alternation (or a non-capturing group)
    at its start, after any zero-width items, is spread over the rest."""
    out, todo = [], [items]
    while todo:
        items = todo.pop()
        i = 0
        while i < len(items) and items[i][0] in _ZERO_WIDTH:
            i += 1
        if i < len(items) and len(out) + len(todo) < _MAX_ALTERNATIVES:
            op, av = items[i]
            if op is c.BRANCH:
                todo.extend(items[:i] + list(alt) + items[i + 1:] for alt in reversed(av[1]))
                continue
            if op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
                todo.append(items[:i] + list(av[3]) + items[i + 1:])
                continue
        out.append(items)
    return out


_chars_cache: dict[str, frozenset] = {}


def _chars(op, av) -> frozenset:
    """The characters that one single-character item matches: those it names, and those of ALPHABET."""
    ident = repr((op, av))
    hit = _chars_cache.get(ident)
    if hit is None:
        one = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]))
        named = [chr(av)] if op is c.LITERAL else [chr(a) for o, a in av if o is c.LITERAL] if op is c.IN else []
        hit = _chars_cache[ident] = frozenset(ch for ch in list(ALPHABET) + named if one.match(ch))
    return hit


def _starts(items: list, k: int) -> set[str]:
    """Every string of up to k characters that a match of `items` can begin with (a shorter one
    is a whole match). Zero-width items are passed over: a superset, which is all an index needs."""
    if k <= 0 or not items:
        return {""}
    out, tails = set(), {}
    for head in _item_starts(*items[0], k):
        if len(head) >= k:
            out.add(head[:k])
        else:
            need = k - len(head)
            if need not in tails:
                tails[need] = _starts(items[1:], need)
            out.update(head + tail for tail in tails[need])
        if len(out) > _MAX_KEYS:
            raise _Unindexable("too many starts")
    return out


def _item_starts(op, av, k: int) -> set[str]:
    if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
        return set(_chars(op, av))
    if op is c.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _starts(list(alt), k)
        return out
    if op is c.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unindexable("flags")
        return _starts(list(av[3]), k)
    if op is c.ATOMIC_GROUP:
        return _starts(list(av), k)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        sub = list(sub)
        copies, out, n, tails = {""}, ({""} if low == 0 else set()), 0, {}
        while n < high:
            n += 1
            more = set()
            for s in copies:
                need = k - len(s)
                if need > 0 and need not in tails:
                    tails[need] = _starts(sub, need)
                more.update([s] if need <= 0 else (s + t for t in tails[need]))
                if len(more) > _MAX_KEYS:
                    raise _Unindexable("too many starts")
            settled = more == copies or all(len(s) >= k for s in more)
            copies = more
            if n >= low or settled:
                out |= copies
            if settled:
                break
        return out
    if op in _ZERO_WIDTH:
        return {""}
    raise _Unindexable(str(op))
