"""Article text and metadata from raw HTML bytes: the one code path for the crawler and the CLI."""
from __future__ import annotations

import gzip
import re
import unicodedata
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from crawler.urls import canonical_url, is_http_url

MAX_PAGE_BYTES = 8 * 1024 * 1024
MIN_TEXT_CHARS = 200
MULTIBYTE_PER_STRAY_BYTE = 10  # a UTF-8 page holds at most about one undecodable byte per ten multibyte characters
# Precision text shorter than this and under this share of the page's text has missed the
# article (it found a caption or a teaser): recall mode tries again.
SHORT_TEXT_CHARS = 3000
MISSED_PAGE_SHARE = 0.1
FETCH_TIMEOUT = 20
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")

# Leading bytes of formats that are never HTML, whatever the server claims.
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF", b"BZh", b"7z\xbc\xaf")
MULTIBYTE_ENCODINGS = {"shiftjis", "cp932", "shiftjis2004", "shiftjisx0213", "eucjp", "iso2022jp", "gb2312",
                       "gbk", "gb18030", "big5", "big5hkscs", "cp950", "euckr", "cp949", "johab", "utf16",
                       "utf32", "utf8", "hz", "iso2022kr"}
LANGUAGE_NAMES = {"ja": "Japanese", "ko": "Korean", "zh": "Chinese", "ru": "Russian", "uk": "Ukrainian",
                  "el": "Greek", "he": "Hebrew", "ar": "Arabic", "th": "Thai", "tr": "Turkish"}
# A bot check or a wall served in place of the article, with status 200: "Are you a robot? … Please make
# sure your browser supports JavaScript and cookies", "Checking your browser before accessing". Short
# pages only: an article may quote such words. Not settled (see crawler.pipelines): the site may let
# the crawler in on a later run.
CHALLENGE_PAGE = re.compile(
    r"are you a (?:robot|human)|verify (?:that )?you are (?:a )?human|prove (?:that )?you(?:['’]re| are) (?:not a robot|human)"
    r"|checking your browser|browser supports javascript and cookies|(?:enable|turn on) (?:javascript|cookies)"
    r"|access (?:to this page )?(?:has been )?denied|unusual traffic from your|attention required", re.I)
MAX_CHALLENGE_CHARS = 1000
_STRAY_BYTE = re.compile("[\udc80-\udcff]")  # what errors="surrogateescape" makes of an undecodable byte
# A short paragraph that is a label and one link ("Read more: <a>…</a>") points to another page.
CROSS_LINK_XPATH = ("//p[count(.//a) = 1][string-length(normalize-space(.)) < 200]"
                    "[string-length(normalize-space(.//a)) < string-length(normalize-space(.))]"
                    "[string-length(normalize-space(.//a)) * 3 >= string-length(normalize-space(.)) * 2]")
_META_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?", re.I)


# what a reason means to the person who gave the page (`hypewatch check` / `extract`, Check a text),
# who knows which page it was; the other reasons' details say it in words already
EXPLANATIONS = {
    "unreachable": "the site could not be reached ({detail})",
    "http_error": "the site answered {detail}",
    "too_large": "the page is {detail}",
    "not_html": "it is not a web page but {detail}",
    "empty_page": "the page is empty",
    "no_article_text": "no article text was found on it, only {detail} outside menus and page furniture",
    "blocked_page": "the site showed a check for robots (\"{detail}\") instead of the article",
    "unparsable_html": "its HTML could not be read ({detail})",
}


class ExtractionError(ValueError):
    """A page yields no article; `reason` is the short key counted in crawl reports."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason, detail)  # both in args, so it survives pickling from a worker process
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason

    @property
    def explanation(self) -> str:
        """The reason in words, for people rather than crawl reports."""
        return EXPLANATIONS.get(self.reason, "{detail}").format(detail=self.detail or self.reason.replace("_", " "))


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def looks_binary(raw: bytes) -> bool:
    head = raw[:1024]
    if head.startswith(BINARY_MAGIC):
        return True
    # Text pages have almost no control bytes; binary formats are full of them.
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return len(head) > 0 and controls / len(head) > 0.1


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Text of a page: BOM, then HTTP charset, then <meta> charset, then detection.

    A declared charset is only trusted when the bytes decode cleanly with it: servers
    and templates often declare one encoding and send another.
    """
    from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom
    bom_encoding, bom = read_bom(raw)
    if bom_encoding:
        return raw[len(bom):].decode(bom_encoding, errors="replace")
    declared = [http_content_type_encoding(content_type), html_body_declared_encoding(raw[:4096])]
    for encoding in filter(None, declared):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # latin-1 and its relatives decode anything: only believe them when the
        # bytes are not UTF-8 multibyte text, the commonest mislabelling.
        if encoding.replace("-", "").lower() in ("latin1", "iso88591", "cp1252", "windows1252", "ascii"):
            return _utf8_text(raw) or text
        return text
    text = _utf8_text(raw)
    if text is not None:
        return text
    from charset_normalizer import from_bytes
    matches = list(from_bytes(raw[:200_000]))
    # Short CJK samples decode cleanly in several encodings: the page's declared language decides.
    language = LANGUAGE_NAMES.get(_language(raw) or "")
    best = next((m for m in matches if language and m.language == language), matches[0] if matches else None)
    guess = best.encoding if best else "cp1252"
    if guess.replace("_", "").lower() not in MULTIBYTE_ENCODINGS:
        # Mostly-ASCII Western pages fool detectors into DOS code pages; Windows-1252 is
        # by far the likeliest single-byte encoding on the web.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return raw.decode(guess, errors="replace")


def _utf8_text(raw: bytes) -> str | None:
    """The bytes as UTF-8 text, or None when they are in another encoding.

    Pages pieced together from several sources are often UTF-8 but for a few stray bytes of
    another encoding: when valid multibyte characters far outnumber the strays, the page is
    UTF-8 and each stray byte is read as Windows-1252. (Text in a single-byte encoding has
    almost no valid UTF-8 multibyte sequences, so it never passes.)
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="surrogateescape")
    strays = len(_STRAY_BYTE.findall(text))
    # each valid multibyte character is one character for two to four bytes
    if len(raw) - len(text) < MULTIBYTE_PER_STRAY_BYTE * strays:
        return None
    return _STRAY_BYTE.sub(lambda stray: bytes([ord(stray.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


def _language(raw: bytes) -> str | None:
    match = _META_LANG.search(raw[:20_000])
    return match.group(1).decode("ascii").lower() if match else None


def _page_url(found: str | None, given: str | None) -> str | None:
    """The page's own canonical URL when it names a real article address, else the fetched one."""
    if is_http_url(found) and urlsplit(found).path not in ("", "/"):
        return canonical_url(found)
    return canonical_url(given) if is_http_url(given) else given


def _date(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    return min(parsed, now)


def _metadata(tree, url: str | None, now: datetime) -> dict:
    """Title, author, canonical URL, date and site name.

    trafilatura's extract_metadata also computes categories, tags, licence and host name,
    which we do not keep and which cost as much as the rest: this runs only the steps we
    need, in its order, with its own helpers. The author is the one the page declares
    (meta tags, JSON-LD); _markup_author looks for one in the text later.
    """
    from htmldate import find_date
    from trafilatura import metadata as tm
    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader trips on broken JSON-LD
        pass
    title = meta.title or tm.extract_title(tree)
    page_url = meta.url or tm.extract_url(tree, url)
    date = find_date(tree, url=page_url, original_date=True, extensive_search=False,
                     max_date=now.strftime("%Y-%m-%d"))
    sitename = (meta.sitename or tm.extract_sitename(tree) or "").lstrip("@") or None
    return {"title": title, "author": meta.author, "url": page_url, "date": date, "sitename": sitename}


def _markup_author(tree) -> str | None:
    """trafilatura's extract_author without its copy of the whole tree: it prunes the tree
    in place, so it runs last, once the text is out."""
    from trafilatura import metadata as tm
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS
    author = tm.extract_metainfo(prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS, len_limit=120)
    return tm.normalize_authors(None, author) if author else None


def _main_text(tree, url: str | None) -> str:
    """Precision first (boilerplate costs more than a missed line); recall when that missed the article."""
    _drop_code(tree)
    _keep_article_headers(tree)
    unmarked = _unmark_inline_names(tree)
    try:
        text = _trafilatura_text(tree, url, favor_precision=True)
        if len(text) < MIN_TEXT_CHARS or (len(text) < SHORT_TEXT_CHARS
                                          and len(text) < MISSED_PAGE_SHARE * _page_text_length(tree)):
            text = max(text, _trafilatura_text(tree, url, favor_recall=True), key=len)
    finally:
        for element, attributes in unmarked:  # _markup_author looks for them later
            element.attrib.update(attributes)
    return unicodedata.normalize("NFC", text)


_NAME_MARK = re.compile(r"author|byline", re.IGNORECASE)
_INLINE_TAGS = ("span", "a", "em", "strong", "b", "i", "cite")


def _unmark_inline_names(tree) -> list[tuple]:
    """trafilatura drops every element whose class, id or rel names an author or a byline. A
    byline block should go, but a name inside a sentence leaves a hole ("Published 6 November
    2026 by , Press Officer"): such inline names lose those attributes while the text is
    extracted. Returns (element, attributes taken) to give back."""
    unmarked = []
    for element in tree.iter(*_INLINE_TAGS):
        marks = {key: value for key in ("class", "id", "rel", "itemprop")
                 if (value := element.get(key)) and _NAME_MARK.search(value)}
        parent = element.getparent()
        if not marks or parent is None:
            continue
        name = " ".join(element.text_content().split())
        if len(" ".join(parent.text_content().split())) <= len(name) + 3:
            continue  # the name is all its block holds: a byline, which trafilatura rightly drops
        for key in marks:
            del element.attrib[key]
        unmarked.append((element, marks))
    return unmarked


def _trafilatura_text(tree, url: str | None, **mode) -> str:
    import trafilatura
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, prune_xpath=CROSS_LINK_XPATH,
                                           **mode)
    return (document.text or "").strip() if document is not None else ""


def _drop_code(tree) -> None:
    """Scripts (but JSON-LD, which trafilatura reads), styles and inline SVG go: every trafilatura
    run copies the tree and walks it several times before dropping them itself."""
    from lxml import etree
    etree.strip_elements(tree, "style", "svg", with_tail=False)
    for script in [s for s in tree.iter("script") if s.get("type") != "application/ld+json"]:
        script.drop_tree()


def _keep_article_headers(tree) -> None:
    """Headers inside the article become plain blocks: they hold its lead (or all of it), and
    trafilatura's precision mode drops every <header>. The page's own header stays one."""
    for header in list(tree.iter("header")):
        if next(header.iterancestors("article", "main"), None) is not None:
            header.tag = "div"


def _page_text_length(tree) -> int:
    """Characters of visible text in the page body, white space collapsed."""
    body = tree.find("body")
    if body is None:
        return 0
    hidden = sum(len(" ".join((element.text or "").split()))
                 for element in body.iter("script", "style", "noscript", "template"))
    return int(body.xpath("string-length(normalize-space(.))")) - hidden


_FURNITURE = ("nav", "header", "footer", "aside")
MAX_CITED_LINKS = 20


def _cited_links(tree, base: str | None) -> list[str]:
    """The page's links to papers, trial registries and DOIs (classifier.studies), outside its menus,
    header, footer and sidebars, each once, in page order."""
    from urllib.parse import urljoin

    from classifier.studies import may_name_a_paper, references_in_link
    links: dict[str, None] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not may_name_a_paper(href) or href.startswith(("mailto:", "javascript:")) or len(href) > 2048:
            continue
        if next(anchor.iterancestors(*_FURNITURE), None) is not None:
            continue
        try:
            href = urljoin(base or "", href)
        except ValueError:
            continue
        if references_in_link(href):
            links.setdefault(href, None)
            if len(links) == MAX_CITED_LINKS:
                break
    return list(links)


def extract_html(raw: bytes, url: str | None, content_type: str | None = None,
                 *, now: datetime | None = None, is_stored: Callable[[str], bool] | None = None) -> dict:
    """The article in a page: url, title, author, date, sitename, language, text, and the links it cites
    to the study it reports (cited_links).

    Raises ExtractionError with a reason key for pages that hold no article. `is_stored`
    tells whether a canonical URL is stored already: such a page (a copy under another
    address) raises "duplicate_url" before the costly text extraction.
    """
    from trafilatura.utils import load_html

    media_type = _media_type(content_type)
    if media_type and media_type not in HTML_TYPES:
        raise ExtractionError("not_html", media_type)
    if not raw or not raw.strip():
        raise ExtractionError("empty_page")
    if looks_binary(raw):
        raise ExtractionError("binary_content", media_type or "the bytes are not text (a PDF, an image?)")
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    try:
        tree = load_html(decode_html(raw, content_type))
        if tree is None:
            raise ExtractionError("no_article_text", "0 characters")  # no HTML at all: no text either
        meta = _metadata(tree, url, now)  # reads the tree, changes nothing
        page_url = _page_url(meta["url"], url)
        if is_stored is not None and page_url and is_stored(page_url):
            raise ExtractionError("duplicate_url", page_url)
        text = _main_text(tree, url)  # changes the tree: metadata first
        if len(text) < MAX_CHALLENGE_CHARS and (m := CHALLENGE_PAGE.search(f"{meta['title'] or ''}\n{text}")):
            raise ExtractionError("blocked_page", m.group(0))
        if len(text) < MIN_TEXT_CHARS:
            raise ExtractionError("no_article_text", f"{len(text)} characters")
        cited_links = _cited_links(tree, page_url or url)  # before _markup_author prunes the tree
        author = meta["author"] or _markup_author(tree)  # prunes the tree: last
    except ExtractionError:
        raise
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise ExtractionError("unparsable_html", f"{type(exc).__name__}: {exc}") from None
    return {
        "url": page_url,
        "title": meta["title"],
        "author": author,
        "date": _date(meta["date"], now),
        "sitename": meta["sitename"],
        "language": _language(raw),
        "text": text,
        "cited_links": cited_links,
    }


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise ExtractionError("missing_file", f"no such file: {path}")
    with path.open("rb") as handle:
        raw = handle.read(MAX_PAGE_BYTES + 1)
    if raw[:2] == b"\x1f\x8b":
        with gzip.open(path, "rb") as handle:
            raw = handle.read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        raise ExtractionError("too_large", f"over {MAX_PAGE_BYTES:,} bytes")
    return raw


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES,
          public_only: bool = False) -> tuple[bytes, str | None, str]:
    """One page over HTTP: (body, content type, final URL), decompressed and size-capped.
    `public_only`: for an address someone else typed, refuse any that is not on the public
    internet (crawler.public_address), redirects included."""
    from crawler.public_address import NotPublicAddress, public_opener
    from hypewatch.config import load_config
    from crawler.settings import user_agent
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(load_config().user_agent_contact),
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip",
    })
    open_url = public_opener().open if public_only else urllib.request.urlopen
    try:
        with open_url(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
            final_url = response.geturl()
            gzipped = response.headers.get("Content-Encoding", "").lower() == "gzip"
    except urllib.error.HTTPError as exc:
        raise ExtractionError("http_error", f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, NotPublicAddress):
            raise ExtractionError("not_public", str(reason)) from None
        raise ExtractionError("unreachable", str(reason)) from None
    if len(body) > max_bytes:
        raise ExtractionError("too_large", f"over {max_bytes:,} bytes")
    if gzipped:
        body = _gunzip_capped(body, max_bytes)
    return body, content_type, final_url


def _gunzip_capped(body: bytes, max_bytes: int) -> bytes:
    import zlib
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise ExtractionError("bad_encoding", f"broken gzip body: {exc}") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise ExtractionError("too_large", f"decompresses to over {max_bytes} bytes")
    return out


def extract_source(path_or_url: str, *, public_only: bool = False, timeout: float = FETCH_TIMEOUT,
                   max_bytes: int = MAX_PAGE_BYTES) -> dict:
    """Extract a local file (.html or .html.gz) or a web page, exactly as the crawler would
    (`public_only`, `timeout`, `max_bytes`: as `fetch` takes them)."""
    if is_http_url(path_or_url):
        raw, content_type, final_url = fetch(path_or_url, public_only=public_only, timeout=timeout, max_bytes=max_bytes)
        return extract_html(raw, final_url, content_type)
    return extract_html(_read_file(Path(path_or_url)), None, None)
