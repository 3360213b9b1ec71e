"""Extraction: article text and metadata from raw bytes, whatever the encoding claims."""
import gzip
from datetime import datetime

import pytest

from crawler.extraction import ExtractionError, decode_html, extract_html, extract_source
from tests.crawler.loopback_site import BOT_CHECK, FILLER, STEM, article_html

PARAGRAPHS = [STEM.format(n=40), FILLER]


def test_fields_from_a_news_page():
    raw = article_html("Stem cells in MS", PARAGRAPHS, canonical="https://news.example.com/ms-story?utm_source=x").encode()
    page = extract_html(raw, "https://news.example.com/ms-story?utm_source=tw", "text/html; charset=utf-8")
    assert page["url"] == "https://news.example.com/ms-story"
    assert page["title"] == "Stem cells in MS"
    assert page["author"] == "Jane Roe"
    assert page["date"] == datetime(2024, 3, 5)
    assert page["sitename"] == "Test Health News"
    assert page["language"] == "en"
    assert "trial of 40 patients" in page["text"]
    assert "Buy cheap pills" not in page["text"]  # comments excluded
    assert "Copyright" not in page["text"]


def test_date_is_capped_at_crawl_time():
    raw = article_html("Stem cells in MS", PARAGRAPHS, date="2031-01-01").encode()
    page = extract_html(raw, "https://x.example/a", now=datetime(2026, 1, 1))
    assert page["date"] is None or page["date"] <= datetime(2026, 1, 1)


@pytest.mark.parametrize("encoding, declared_http, declared_meta", [
    ("windows-1252", None, "windows-1252"),   # declared in <meta> only
    ("windows-1252", "utf-8", "utf-8"),       # declared wrongly as UTF-8 everywhere
    ("shift_jis", "windows-1252", "windows-1252"),  # Japanese bytes declared as Latin
    ("utf-8", "iso-8859-1", "iso-8859-1"),    # UTF-8 declared as Latin-1
])
def test_text_is_decoded_despite_wrong_or_missing_charsets(encoding, declared_http, declared_meta):
    special = "幹細胞の研究と多発性硬化症" if encoding == "shift_jis" else "Müller’s café – naïve"
    raw = article_html("Stem cells", [special + " " + PARAGRAPHS[0], special + " " + FILLER],
                       charset=declared_meta, lang="ja" if encoding == "shift_jis" else "en").encode(encoding)
    content_type = f"text/html; charset={declared_http}" if declared_http else "text/html"
    page = extract_html(raw, "https://x.example/a", content_type)
    assert special in page["text"]


@pytest.mark.parametrize("raw, content_type, reason", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html", "binary_content"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + bytes(200), "text/html", "binary_content"),
    (b"", "text/html", "empty_page"),
    (b"   \n  ", "text/html", "empty_page"),
    (b"%PDF-1.7", "application/pdf", "not_html"),
    (b"<html><body><p>Hi</p></body></html>", "text/html", "no_article_text"),
    (b"<<<<<>>>><div<<p>>\x00\x00", "text/html", "no_article_text"),
])
def test_pages_without_an_article_are_refused_with_a_reason(raw, content_type, reason):
    with pytest.raises(ExtractionError) as caught:
        extract_html(raw, "https://x.example/a", content_type)
    assert caught.value.reason == reason


def test_a_bot_check_served_instead_of_the_story_is_refused_as_blocked():
    with pytest.raises(ExtractionError) as caught:
        extract_html(BOT_CHECK, "https://x.example/a", "text/html")
    assert caught.value.reason == "blocked_page" and "Are you a robot" in str(caught.value)


def test_a_story_about_bot_checks_is_still_a_story():
    quote = "The page asked readers: are you a robot? Please enable JavaScript."
    story = article_html("Stem cell clinics and their websites", [quote, *(STEM.format(n=n) for n in range(40, 48))])
    page = extract_html(story.encode(), "https://x.example/a", "text/html")
    assert "are you a robot?" in page["text"]


def test_extract_source_reads_plain_and_gzipped_files(tmp_path):
    html = article_html("Stem cells in MS", PARAGRAPHS).encode()
    (tmp_path / "a.html").write_bytes(html)
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(html))
    assert extract_source(str(tmp_path / "a.html")) == extract_source(str(tmp_path / "a.html.gz"))


def test_extract_source_fetches_urls(news_site):
    page = extract_source(news_site.url + "/news/3")
    assert page["url"] == news_site.url + "/news/3"
    assert "trial of 3 patients" in page["text"]


def test_extract_source_errors(tmp_path, news_site):
    with pytest.raises(ExtractionError, match="no such file"):
        extract_source(str(tmp_path / "missing.html"))
    with pytest.raises(ExtractionError, match="HTTP 404"):
        extract_source(news_site.url + "/nowhere")
    with pytest.raises(ExtractionError, match="not_html"):
        extract_source(news_site.url + "/robots.txt" + "?x")


def test_utf8_page_with_a_stray_byte_of_another_encoding_stays_utf8():
    special = "Müller’s café – naïve"
    raw = article_html("Stem cells", [f"{special} {special} {PARAGRAPHS[0]}", FILLER]).encode()
    raw = raw.replace(b"<footer>", b"<p>Photo: M\xe4scot</p><footer>")  # one Windows-1252 byte
    page = extract_html(raw, "https://x.example/a", "text/html; charset=utf-8")
    assert special in page["text"]
    assert "Mäscot" in decode_html(raw)


def test_text_is_in_composed_unicode():
    raw = article_html("Stem cells", ["Cafe\u0301 " + PARAGRAPHS[0], FILLER]).encode()
    assert "Caf\u00e9 " in extract_html(raw, "https://x.example/a")["text"]


def _page(body: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stem cells</title></head>
<body><header><p>Your favourite health site since 1999, with news every day of the week.</p></header>
{body}<footer>Copyright Test Health News</footer></body></html>""".encode()


def test_lead_in_the_article_header_is_kept_and_the_site_header_is_not():
    lead = "Stem cell transplants may slow multiple sclerosis, a five-year trial suggests."
    raw = _page(f"<article><header><h1>Stem cells</h1><p>{lead}</p></header>"
                f"<p>{PARAGRAPHS[0]}</p><p>{FILLER}</p></article>")
    text = extract_html(raw, "https://x.example/a")["text"]
    assert lead in text
    assert "favourite health site" not in text


def test_paragraph_pointing_to_another_article_is_dropped():
    raw = _page(f"<article><h1>Stem cells</h1><p>{PARAGRAPHS[0]}</p>"
                "<p>Read more: <a href='/b'>Why most new drug trials for multiple sclerosis fail</a></p>"
                "<p>The study, reported in <a href='/j'>a neurology journal</a>, was funded by two charities. "
                f"{FILLER}</p></article>")
    text = extract_html(raw, "https://x.example/a")["text"]
    assert "Why most new drug trials" not in text
    assert "reported in a neurology journal, was funded" in text


@pytest.mark.parametrize("precision_chars, recall_runs", [
    (150, True),     # too short to keep
    (400, True),     # under a tenth of the page's text: a caption or teaser, not the article
    (2000, False),   # a fair share of the page
])
def test_recall_runs_when_precision_misses_the_article(monkeypatch, precision_chars, recall_runs):
    from crawler import extraction
    calls = []

    def fake_text(tree, url, **mode):
        calls.append(mode)
        return "p" * precision_chars if mode.get("favor_precision") else "r " * 1500

    monkeypatch.setattr(extraction, "_trafilatura_text", fake_text)
    raw = article_html("Stem cells", [FILLER] * 30).encode()  # about 6,000 characters of text
    text = extract_html(raw, "https://x.example/a")["text"]
    assert calls[0] == {"favor_precision": True}
    assert (calls[1:] == [{"favor_recall": True}]) is recall_runs
    assert text.startswith("r") is recall_runs


def test_author_named_only_in_the_markup():
    raw = _page(f"<article><h1>Stem cells</h1><p class='byline'>Jane Roe</p>"
                f"<p>{PARAGRAPHS[0]}</p><p>{FILLER}</p></article>")
    page = extract_html(raw, "https://x.example/a")
    assert page["author"] == "Jane Roe"
    assert "Jane Roe" not in page["text"]


@pytest.mark.parametrize("name_markup", ["<span class='author'>Ann Lee</span>",
                                         "<a rel='author' href='/staff/ann-lee'>Ann Lee</a>",
                                         "<span class='byline__name'>Ann Lee</span>"])
def test_an_author_named_inside_a_sentence_stays_in_the_text(name_markup):
    """trafilatura drops author and byline elements; one inside a sentence left "by , Press Officer"."""
    raw = _page(f"<article><h1>Stem cells</h1><p>Published 6 November 2026 by {name_markup}, Press Officer.</p>"
                f"<p>{PARAGRAPHS[0]}</p><p>{FILLER}</p></article>")
    page = extract_html(raw, "https://x.example/a")
    assert "by Ann Lee, Press Officer" in page["text"]
    assert page["author"] == "Ann Lee"  # the markup is given back for the author search


def test_the_links_a_story_cites_to_its_study_are_kept():
    cited = (f"{STEM.format(n=40)} The results were published in "
             '<a href="https://www.nejm.org/doi/full/10.1056/NEJMoa2001017?query=featured">the journal</a>; the trial is '
             '<a href="https://clinicaltrials.gov/study/NCT01234567">registered</a> and '
             '<a href="/2024/03/05/earlier-story">we covered it before</a>, as did '
             '<a href="https://www.nytimes.com/2024/03/05/health/ms.html">others</a> '
             '(<a href="https://www.nejm.org/doi/full/10.1056/NEJMoa2001017?query=featured">again</a>).')
    raw = article_html("Stem cells in MS", [cited, FILLER]).replace(
        "</article>", '</article><aside><a href="https://doi.org/10.1000/sidebar">Most read</a></aside>').replace(
        '<a href="/about">', '<a href="https://www.nature.com/articles/s41586-menu">').encode()
    page = extract_html(raw, "https://news.example.com/ms-story")
    # in the page's order, each once; not the menu's or the sidebar's, not links to news
    assert page["cited_links"] == ["https://www.nejm.org/doi/full/10.1056/NEJMoa2001017?query=featured",
                                   "https://clinicaltrials.gov/study/NCT01234567"]
    assert extract_html(article_html("Stem cells in MS", PARAGRAPHS).encode(), None)["cited_links"] == []
