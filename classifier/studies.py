"""Which study a story reports: the paper's DOI, a trial's registration number, a PubMed id, a link to the
paper, and the journal it names. Read from the story's words and from the links it cites (crawler.extraction
keeps the links to scholarly sites), so that a journalist can open the study itself and see every story
that reported it (webapp.stories.same_study).

A reference is {"kind", "value"}: `value` is normalised so that two stories citing one paper share it (a DOI
lower-cased, a trial number upper-cased, a journal by its usual name)."""
from __future__ import annotations

import functools
import math
import re
from urllib.parse import quote, unquote, urlsplit

MAX_REFERENCES = 20
MAX_VALUE = 500  # characters, as storage.models.StudyReference keeps them
# the kinds that name one paper or one trial: two stories sharing one of these report the same study
STUDY_KINDS = ("doi", "trial", "pubmed", "paper")
KIND_NAMES = {"journal": "Journal", "doi": "DOI", "trial": "Trial registration", "pubmed": "PubMed",
              "paper": "The paper", "meeting": "Presented at", "unreviewed": "Not peer-reviewed"}
# the kinds that say where a study came out, without naming the paper: stories naming the same one within days, in
# words alike, are probably on the same study (webapp.stories.probably_same_paper)
VENUE_KINDS = ("journal", "meeting")
NAMING_KINDS = VENUE_KINDS + STUDY_KINDS  # a story naming one of these names the study it reports

_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"'<>]+")
_DOI_TAIL = re.compile(r"(?:[.,;:]|/(?:full|abstract|pdf|epdf|fulltext|meta)|\.(?:full|pdf|abstract|short)"
                       r"(?:\.pdf)?)+$", re.I)
_PREPRINT_VERSION = re.compile(r"^(10\.1101/.+?)v\d+$")  # bioRxiv's and medRxiv's "v2"
_TRIAL = re.compile(r"\b(?:NCT\s?\d{8}|ISRCTN\s?\d{8}|ACTRN\d{14}|ChiCTR-?(?:[A-Z]{2,4}-)?\d{8,10}|DRKS\d{8}"
                    r"|CTRI/\d{4}/\d{2,3}/\d{6}|EudraCT(?:\s+(?:number|no\.?|#))?:?\s+\d{4}-\d{6}-\d{2})\b", re.I)
_TRIAL_MARKS = ("nct", "isrctn", "actrn", "chictr", "drks", "ctri/", "eudract")
_PUBMED = re.compile(r"\bPMID:?\s*(\d{5,9})\b")

# Where a paper's link names it: the DOI in the path or query, or an id the publisher's pages use.
_PUBMED_LINK = re.compile(r"^(?:pubmed\.ncbi\.nlm\.nih\.gov/|(?:www\.)?ncbi\.nlm\.nih\.gov/pubmed/)(\d{5,9})\b")
_NATURE_LINK = re.compile(r"^(?:www\.)?nature\.com/articles/([a-z][\w.-]+)$", re.I)
_ELSEVIER_PII = re.compile(r"/PII(S\d{4}-\d{3}[\dX]\(\d{2}\)\d{5}-[\dX])", re.I)  # The Lancet's and Cell's pages
_BMJ_LINK = re.compile(r"^(?:www\.)?bmj\.com/content/\d+/(bmj\.[\w.]+?)(?:\.full|\.long)?$", re.I)
_TRIAL_LINK = re.compile(r"^(?:www\.)?(?:clinicaltrials\.gov/(?:ct2/show/|study/)|isrctn\.com/|anzctr\.org\.au/)")
# Hosts whose article pages are papers even when their address names no DOI.
PAPER_HOST_NAMES = (
    "jamanetwork.com", "sciencedirect.com", "academic.oup.com", "journals.lww.com", "mdpi.com", "jneurosci.org",
    "ncbi.nlm.nih.gov", "europepmc.org", "biorxiv.org", "medrxiv.org", "nejm.org", "thelancet.com", "cell.com",
    "bmj.com", "nature.com", "science.org", "pnas.org", "plos.org", "springer.com", "wiley.com", "tandfonline.com",
    "frontiersin.org", "ahajournals.org", "cochranelibrary.com", "annals.org", "acpjournals.org", "neurology.org",
    "doi.org", "karger.com", "sagepub.com", "aacrjournals.org", "ashpublications.org", "diabetesjournals.org",
    "jci.org", "elifesciences.org")
PAPER_HOSTS = re.compile(r"(?:^|\.)(?:" + "|".join(map(re.escape, PAPER_HOST_NAMES)) + ")$", re.I)
_HOST_SET = frozenset(PAPER_HOST_NAMES)
_ID_HINTS = ("10.", "pubmed", "clinicaltrials", "isrctn", "anzctr")
_PAPER_PATH = re.compile(r"/(?:articles?|content|doi|fulltext|full|abs|pii|pmc|fullarticle|science/article)/", re.I)


# The journal: named after the words that say where a paper came out ("published Monday in the journal
# Stroke", "in the March issue of Pediatrics", "a study in JAMA Internal Medicine").
_WORD = r"[A-Z][\w'’&]*(?:-[\w'’&]+)*"
_NAME = (rf"{_WORD}(?:[ \t]+(?:(?:of|and|for|&)[ \t]+(?:the[ \t]+)?|in[ \t]+(?=[A-Z]))?"
         rf"(?:{_WORD}|\d{{1,2}}(?=[\s,.;]|$)))*")
_VERB = r"(?:published|appears?|appeared|appearing|reported|described|detailed|presented|outlined|online|publish)"
_NOUN = r"(?:study|studies|paper|research|findings|results|article|letter|review|editorial|analysis|trial|report)"
_A_VERB = re.compile(rf"\b{_VERB}\b")
_ISSUE = r"(?:(?:[\w.]+\s+){0,4}(?:issue|edition)\s+of\s+(?:the\s+)?)"
_JOURNAL_WORD = r"(?:(?:peer[- ]reviewed|medical|scientific|online|british|american|academic)\s+)*journal,?\s+"
_FRAME = re.compile(
    rf"\b(?P<frame>{_VERB}|{_NOUN})\b(?:\s+[\w.,-]+){{0,4}}?\s+in\s+(?:the\s+)?(?P<issue>{_ISSUE})?"
    rf"(?P<journal>{_JOURNAL_WORD})?(?P<name>{_NAME})")
_NAMED_JOURNAL = re.compile(rf"\bjournal,?\s+(?P<name>{_NAME})")
# Names that are journals wherever they follow such words ("a study in JAMA"), and their usual forms.
KNOWN_JOURNALS = {
    "nejm": "New England Journal of Medicine", "new england journal of medicine": "New England Journal of Medicine",
    "the new england journal of medicine": "New England Journal of Medicine",
    "journal of the american medical association": "JAMA", "british medical journal": "BMJ",
    "proceedings of the national academy of sciences": "PNAS", "plos one": "PLOS ONE",
}
KNOWN_FAMILIES = re.compile(r"^(?:Lancet|JAMA|BMJ|Nature|Science|Cell|PLOS|PLoS|PNAS|NEJM|Cochrane|CMAJ|JACC|JNCI|JCI"
                            r"|AJCN|Anesthesiology|Nutrients|Vaccine"
                            r"|Annals|Archives|Proceedings|Frontiers|Journal|eLife|Neuron|Brain|Gut|Thorax|Pediatrics"
                            r"|Circulation|Neurology|Diabetologia|Radiology|Menopause|Obesity|Stroke|Blood|Cancer"
                            r"|Hepatology|Gastroenterology|Diabetes|Hypertension|Rheumatology|Sleep|Addiction|Heart"
                            r"|Chest|Epidemiology|Allergy|Ophthalmology|Urology|Dermatology|Psychological Medicine)\b")
# The start of a name that is a journal's and nothing else's, after "and" too.
_MASTHEADS = re.compile(r"^(?:Lancet|JAMA|BMJ|Nature|Science|Cell|PLOS|PLoS|PNAS|NEJM|CMAJ|JACC|JNCI|Annals|Archives"
                        r"|Proceedings|Journal)\b")
# Single common words that name a journal only after "published in" or "the journal", not after "a study in"
# ("a study in Cancer patients").
_WORD_JOURNALS = re.compile(r"^(?:Brain|Gut|Heart|Chest|Sleep|Blood|Cancer|Stroke|Obesity|Diabetes|Hypertension"
                            r"|Addiction|Allergy|Menopause)$")
_JOURNAL_WORDS = re.compile(r"\b(?:Journal|Annals|Archives|Proceedings|Reviews?|Reports|Letters|Medicine|Research"
                            r"|Bulletin|Transactions|Communications|Advances|Epidemiology|Pediatrics|Paediatrics"
                            r"|Oncology|Neurology|Cardiology|Psychiatry|Gastroenterology|Hepatology|Neuroscience"
                            r"|Endocrinology|Metabolism|Nutrition|Pharmacology|Therapeutics|Psychology|Surgery"
                            r"|Rheumatology|Immunology|Dermatology|Urology|Ophthalmology|Geriatrics|Gerontology"
                            r"|Sciences?|Biology|Health|Lancet|JAMA|BMJ|PLOS|PLoS)\b")
_NOT_JOURNALS = re.compile(r"\b(?:Times|Post|News|Today|Tribune|Guardian|Telegraph|Herald|Daily|Weekly|Magazine"
                           r"|Gazette|Globe|Chronicle|Express|Mail|Reuters|Press|Radio|TV|Television|Network"
                           r"|Congress|Conference|Meeting|Sessions|Symposium|University|Institute|Hospital|School"
                           r"|College|Center|Centre|Departments?|Foundation|Society|Association|Study|Trial|Initiative"
                           r"|Program|Programme|Survey)\b")
_DATE_WORDS = (r"Online|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan\.?|January|Feb\.?|February"
               r"|March|April|May|June|July|Aug\.?|August|Sept?\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?"
               r"|December|\d{1,2}")
_LEADING = re.compile(rf"^(?:(?:The|in|{_DATE_WORDS})\s+)+")
_IN_NAMES = {"Frontiers", "Trends", "Advances", "Lasers", "Computers", "Progress", "Topics", "Therapy"}
_NEWSPAPERS = re.compile(r"\b(?:Wall Street Journal|Journal Sentinel|Journal-Constitution|Providence Journal"
                         r"|Journal Star|Journal Times|Business Journal)\b")
_OWNER = re.compile(r"^(?:[A-Z][\w&-]*\s+){1,4}?(?:Society|Association|Academy|College)['’]s\s+(?=[A-Z])")
_TRAILING = re.compile(rf"(?:\s+(?:on|in|and|of|for|the|&|{_DATE_WORDS}))+$")


# Results presented at a meeting, and work not yet peer-reviewed: where the evidence stands.
_MEETING_WORDS = r"(?:meeting|congress|conference|sessions|symposium|summit|convention|forum)s?"
_MEETING = re.compile(
    r"\b(?:presented|presenting|presents?|present(?:ed)?\s+(?:the|their|his|her|its)\s+(?:results|findings|data|study"
    r"|research|work))\b[^.;]{0,80}?\b(?:at|during)\s+(?P<where>(?:the\s+|an?\s+)?[^.;]{0,100}?\b" + _MEETING_WORDS
    + r"\b(?:\s+of\s+(?:the\s+)?(?-i:" + _NAME + r"))?)", re.I)
_MEETING_WHEN = re.compile(r"^(?:(?:the|an?|this|last|next|recent|latest)\s+|(?:week|month|year)['’]s\s+)+", re.I)
_MEETING_PLACE = re.compile(r"\s+in\s+(?:[A-Z][\w.]*\s*)+$")  # "… in San Diego", "… in April"
_PRESS_EVENT = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing|event)|\bbriefing\b", re.I)
_PREPRINT = re.compile(r"\bpre-?print\b(?:[^.;]{0,40}?\b(?P<server>medRxiv|bioRxiv|arXiv|Research Square|SSRN)\b)?"
                       r"|\b(?P<alone>medRxiv|bioRxiv)\b", re.I)
_NOT_YET_PUBLISHED = re.compile(
    r"\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?been\s+(?P<what>published|peer[- ]reviewed)"
    r"|\bnot\s+yet\s+(?:been\s+)?(?:published|peer[- ]reviewed)\s+in\s+an?\s+(?:peer[- ]reviewed\s+)?journal"
    r"|\b(?:yet\s+to\s+be|before\s+(?:being|it\s+is))\s+(?:published|peer[- ]reviewed)"
    r"|\bpreliminary\s+until\s+(?:\w+\s+){0,3}?published", re.I)
# "… has not been published" says it of the research only after a word for it ("the drug's price has not been
# published" does not)
_RESEARCH_BEFORE = re.compile(r"\b(?:study|studies|results|findings|data|research|paper|work|trial|abstract|it|they)"
                              r"\s+(?:\S+\s+){0,12}$", re.I)  # read on the 120 characters before the words


def study_references(text: str, links=()) -> list[dict]:
    """The references in a story's text and in the links it cites: DOIs, trial numbers, PubMed ids, links to
    papers, journals, each once, in the order found, at most MAX_REFERENCES."""
    found: dict[tuple[str, str], None] = {}
    for link in links or ():
        for reference in references_in_link(link):
            found.setdefault((reference["kind"], reference["value"]), None)
    for reference in references_in_text(text or ""):
        found.setdefault((reference["kind"], reference["value"]), None)
    return [{"kind": kind, "value": value} for kind, value in found if len(value) <= MAX_VALUE][:MAX_REFERENCES]


def references_in_text(text: str) -> list[dict]:
    """DOIs, trial numbers, PubMed ids, journals, meetings, and whether the text says the work is not yet
    peer-reviewed, in that order."""
    references = []
    if "10." in text:  # each regular expression only where its mark is: most stories have none
        references += [{"kind": "doi", "value": doi} for doi in map(_clean_doi, _DOI.findall(text)) if doi]
    lower = text.lower()
    if any(mark in lower for mark in _TRIAL_MARKS):
        references += [{"kind": "trial", "value": _trial_number(m.group())} for m in _TRIAL.finditer(text)]
    if "PMID" in text:
        references += [{"kind": "pubmed", "value": m.group(1)} for m in _PUBMED.finditer(text)]
    references += [{"kind": "journal", "value": name} for name in journals_named(text)]
    if "present" in lower:
        references += [{"kind": "meeting", "value": name} for name in _meetings(text)]
    if unreviewed := _unreviewed(text, lower, references):
        references.append({"kind": "unreviewed", "value": unreviewed})
    return references


def _meetings(text: str) -> list[str]:
    """The meetings a text says results were presented at ("presented Thursday at the American Society of
    Clinical Oncology's breast cancer symposium"), each once; not a press conference."""
    names: dict[str, None] = {}
    for match in _MEETING.finditer(text):
        where = " ".join(match.group("where").split())
        if _PRESS_EVENT.search(where) or (where.endswith("s") and where.islower()):
            continue  # a press conference; "presented at meetings", the boilerplate of a story on any
        names.setdefault(_MEETING_PLACE.sub("", _MEETING_WHEN.sub("", where))[:120], None)
    return list(names)


def _unreviewed(text: str, lower: str, references: list[dict]) -> str | None:
    """What the text says of work not yet peer-reviewed: a preprint (by its server, or a bioRxiv or medRxiv DOI),
    or results not yet published in a journal; None when it says neither."""
    if any(r["kind"] == "doi" and r["value"].startswith("10.1101/") for r in references):
        return "a preprint on bioRxiv or medRxiv"
    if ("print" in lower or "rxiv" in lower) and (match := _PREPRINT.search(text)):
        server = match.group("server") or match.group("alone")
        return f"a preprint on {server}" if server else "a preprint"
    for word in ("published", "peer"):  # read around each of these words only: most stories say "published"
        at = lower.find(word)
        while at != -1:
            window = text[max(0, at - 120):at + 80]
            for match in _NOT_YET_PUBLISHED.finditer(window):
                if match.group("what") != "published" or _RESEARCH_BEFORE.search(window[:match.start()]):
                    return "not yet published in a peer-reviewed journal"
            at = lower.find(word, at + 1)
    return None


def journals_named(text: str) -> list[str]:
    """The journals a text says a paper came out in, by their usual names, each once."""
    names: dict[str, None] = {}
    for match in _FRAME.finditer(text):
        said_journal = bool(match.group("journal"))
        after_verb = said_journal or bool(match.group("issue")) or bool(_A_VERB.search(match.group(0)))
        for raw in _journals_joined(match.group("name")):
            if name := _journal_name(raw, said_journal=said_journal, after_verb=after_verb):
                names.setdefault(name, None)
    for match in _NAMED_JOURNAL.finditer(text):
        if name := _journal_name(match.group("name"), said_journal=True, after_verb=True):
            names.setdefault(name, None)
    return list(names)


def _journals_joined(name: str) -> list[str]:
    """Two journals joined by "and" ("in the New England Journal of Medicine and Science Translational Medicine")
    apart; a journal with "and" in its name ("Journal of Drugs and Dermatology") whole."""
    first, _, second = name.rpartition(" and ")
    if first and (_MASTHEADS.match(second) or second.lower() in KNOWN_JOURNALS) and _JOURNAL_WORDS.search(first):
        return [*_journals_joined(first), second]
    return [name]


def _journal_name(raw: str, *, said_journal: bool, after_verb: bool) -> str | None:
    name = _LEADING.sub("", _TRAILING.sub("", raw.strip(" .,:;'’"))).strip(" .,:;'’")
    if (m := re.match(r"(\w+) in (.+)", name)) and m.group(1) not in _IN_NAMES:
        name = m.group(2)  # "January in Nature Medicine"
    name = _OWNER.sub("", name)  # "the Endocrine Society's Journal of …"
    known = KNOWN_JOURNALS.get(name.lower())
    if known:
        return known
    if len(name) < 3 or len(name) > 120 or _NEWSPAPERS.search(name) or (
            _NOT_JOURNALS.search(name) and not re.search(r"\bJournal\b", name)):
        return None
    if _WORD_JOURNALS.match(name):
        return name if after_verb else None
    if said_journal and name[0].isupper():
        return name
    if KNOWN_FAMILIES.match(name) or (_JOURNAL_WORDS.search(name) and " " in name):
        return name
    return None


def study_key(text: str) -> tuple[str, str] | None:
    """The study a person means by what they typed or a link gave: "doi:10.1056/…" or "journal:Lancet" as the
    app writes them, or a DOI, a trial number, a PubMed id or a paper's address as found anywhere, else the
    name of a journal; None for nothing."""
    text = " ".join(text.split())[:MAX_VALUE]
    kind, colon, value = text.partition(":")
    if colon and kind in KIND_NAMES and value.strip():
        return kind, value.strip()
    found = [r for r in references_in_link(text) + references_in_text(text) if r["kind"] != "journal"]
    if found:
        return found[0]["kind"], found[0]["value"]
    return ("journal", KNOWN_JOURNALS.get(text.lower(), text)) if text else None


def may_name_a_paper(href: str) -> bool:
    """A quick first look at a link (a page has hundreds): False for every link references_in_link finds nothing
    in, and True for few others."""
    if any(hint in href for hint in _ID_HINTS):
        return True
    host = href.partition("://")[2].partition("/")[0].lower()
    parts = host.split(".")
    return any(".".join(parts[k:]) in _HOST_SET for k in range(len(parts) - 1))


def references_in_link(url: str) -> list[dict]:
    """What a cited link names: a trial number, a PubMed id or a DOI where the address holds one, else the
    address itself as a link to a paper (publishers' article pages only)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return []
    host = parts.hostname.lower()
    where = host + parts.path.rstrip("/")
    if _TRIAL_LINK.match(where):
        return [{"kind": "trial", "value": _trial_number(m.group())} for m in _TRIAL.finditer(unquote(url))][:1]
    if m := _PUBMED_LINK.match(where):
        return [{"kind": "pubmed", "value": m.group(1)}]
    doi = _doi_of_link(host, where, unquote(parts.path + "?" + parts.query))
    if doi:
        return [{"kind": "doi", "value": doi}]
    if PAPER_HOSTS.search(host) and _PAPER_PATH.search(parts.path):
        return [{"kind": "paper", "value": f"https://{where}"}]
    return []


def _doi_of_link(host: str, where: str, path_and_query: str) -> str | None:
    if m := _DOI.search(path_and_query):
        return _clean_doi(m.group().split("?")[0].split("&")[0])
    if m := _NATURE_LINK.match(where):
        return _clean_doi(f"10.1038/{m.group(1)}")
    if (m := _ELSEVIER_PII.search(path_and_query)) and re.search(r"(?:^|\.)(?:thelancet|cell)\.com$", host):
        return _clean_doi(f"10.1016/{m.group(1)}")
    if m := _BMJ_LINK.match(where):
        return _clean_doi(f"10.1136/{m.group(1)}")
    return None


def _clean_doi(doi: str) -> str | None:
    """A DOI as found, without the sentence's punctuation, a bracket it did not open, the publisher's page
    suffix ("/full", ".pdf") or a preprint's version ("v2"), lower-cased (DOIs ignore case)."""
    doi = _DOI_TAIL.sub("", doi.strip())
    while doi and doi[-1] in ")]" and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = _DOI_TAIL.sub("", doi[:-1])
    doi = _PREPRINT_VERSION.sub(r"\1", doi)
    return doi.lower() if doi.partition("/")[2] else None


def _trial_number(found: str) -> str:
    found = re.sub(r"^EudraCT(?:\s+(?:number|no\.?|#))?:?\s+", "EudraCT ", found, flags=re.I)
    return found if found.startswith("EudraCT") else re.sub(r"\s+", "", found).upper().replace("CHICTR", "ChiCTR")


def reference_url(kind: str, value: str) -> str | None:
    """Where a reference can be read: the DOI's resolver, the trial's registry, PubMed, the paper's page."""
    if kind == "doi":
        return "https://doi.org/" + quote(value, safe="/()._-;:")
    if kind == "pubmed":
        return f"https://pubmed.ncbi.nlm.nih.gov/{value}/"
    if kind == "paper" and value.startswith("https://"):
        return value
    if kind == "trial":
        if value.startswith("NCT"):
            return f"https://clinicaltrials.gov/study/{value}"
        if value.startswith("ISRCTN"):
            return f"https://www.isrctn.com/{value}"
        if value.startswith("EudraCT"):
            return "https://www.clinicaltrialsregister.eu/ctr-search/search?query=" + quote(value.split()[-1])
    return None


# Two stories that name the same journal within a few days report the same paper when their words are alike: TF-IDF
# cosine, each word by its first six letters, weighed by how rare it is in the project's own corpus (a few thousand
# sentences on every topic, so "study" and "researchers" weigh little and "aspirin" much). Chosen by reading the 50
# pairs of FakeHealth stories that name one journal within three days, headline and text: one paper's 0.28–0.52, two
# papers' 0.13–0.33, and 0.61 for two press releases of one publisher, alike in their boilerplate.
SAME_PAPER_SIMILARITY = 0.28
SAME_PAPER_DAYS = 3
_STEM = re.compile(r"[a-z]{3,}")


@functools.cache
def _rarity() -> tuple[dict[str, float], float]:
    """Each word stem's inverse document frequency over the corpus's sentences, and that of a stem it lacks."""
    from .dataset import load_corpus
    sentences = load_corpus()
    counts: dict[str, int] = {}
    for example in sentences:
        for stem in {word[:6] for word in _STEM.findall(example.text.lower())}:
            counts[stem] = counts.get(stem, 0) + 1
    total = len(sentences) + 1
    return {stem: math.log(total / (n + 1)) for stem, n in counts.items()}, math.log(total)


def wording(text: str, title: str | None = None) -> dict[str, float]:
    """A story's words (its headline's too) as a unit TF-IDF vector (for worded_alike)."""
    rarity, unseen = _rarity()
    counts: dict[str, int] = {}
    for word in _STEM.findall(f"{title or ''}\n{text}".lower()):
        counts[word[:6]] = counts.get(word[:6], 0) + 1
    vector = {stem: (1 + math.log(n)) * rarity.get(stem, unseen) for stem, n in counts.items()}
    norm = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
    return {stem: weight / norm for stem, weight in vector.items()}


def worded_alike(a: dict[str, float], b: dict[str, float]) -> bool:
    """Whether two stories' wordings are alike enough to report one paper, when they name its venue alike."""
    return wording_similarity(a, b) >= SAME_PAPER_SIMILARITY


def wording_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(weight * b.get(stem, 0.0) for stem, weight in a.items())
