"""Claims checked before (webapp/matches.py): how well a claim finds the verdict published on the same
claim, and how rarely another claim's. Prints figures, asserts nothing.

    .venv/bin/python bench/matches.py            # every section but repeats, and repeats
    .venv/bin/python bench/matches.py pairs insciout
    .venv/bin/python bench/matches.py repeats --database-url postgresql+psycopg://postgres@127.0.0.1/bench

- pairs       hand-written claims, each with rewordings a second outlet might print (should match) and
              other claims on its topic, its denial and its opposite (should not), every claim an
              indexed verdict: the cosine of each rewording with its own claim and the highest of each
              other claim with any, beside a plain TF-IDF (scikit-learn's, English stop words) in the
              same run; how many match at SIMILAR.
- held_out    the same for claims written after the word tables in webapp/wording.py were settled on
              PAIRS (never to be used to change them).
- background  both sets against the project corpus's sentences as verdicts besides the claims (thousands
              of other claims, many on the same diseases): the verdicts matched that are not the sentence's
              own claim (read them: the corpus holds some of the same claims in other words).
- insciout    ../shared's InSciOut pairs (a press release's conclusion and its paper's): each release
              conclusion against every paper conclusion as a verdict; how often its own paper's comes first,
              the mean reciprocal rank, the median cosine with its own. A looser paraphrase than a copy
              rewritten by another outlet (the release restates the finding in its own words), so few reach
              SIMILAR; it measures the ranking, not the threshold. Read only: nothing was fitted to it (its
              pairs were read once, to see why a denial word differs between two versions of one finding).
- abbreviations  the abbreviations FakeHealth's stories and releases (../shared, read only) define as they go
              ("… stem cell transplantation (aHSCT)", webapp.wording.defined_abbreviations): how many texts
              define one, how many definitions, a random sample of them to read (are the words the right
              ones?), and the time per text beside a plain regular expression's search for brackets.
- repeats     the `repeats` job on 20,000 stories (hypewatch.repeats), full and incremental, beside the
              same matching in memory; on a temporary SQLite file, or an empty database given.
- speed       the index of 5,000 verdicts built, and the corpus's sentences matched against it (each afresh,
              one at a time, as pages ask), beside the plain TF-IDF's fit, and its transform and sparse
              product of the whole batch, in the same run; the best of three runs each.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.timing import best_of  # noqa: E402
INSCIOUT = REPO.parent / "shared" / "data" / "claims" / "wright2021-insciout"
FAKEHEALTH = REPO.parent / "shared" / "data" / "news" / "fakehealth"

# (verdict's claim, rewordings of it, other claims that must not be taken for it)
PAIRS = [
    ("Coffee protects against MS, a survey of nurses found.",
     ["Coffee protects against multiple sclerosis.", "Drinking coffee may protect women from MS.",
      "Coffee drinking could prevent multiple sclerosis, according to a nurses' survey.",
      "Drinking coffee could keep multiple sclerosis away."],
     ["Coffee does not protect against MS, a survey of nurses found.", "Coffee raises the risk of MS.",
      "Tea protects against heart disease, a survey found."]),
    ("Stem cells cure multiple sclerosis.",
     ["Stem cell transplants can cure MS.", "Stem cells have cured multiple sclerosis, doctors say.",
      "A cure for MS: stem cells."],
     ["Stem cells reverse paralysis after spinal cord injury.", "Multiple sclerosis is a disease of the nerves.",
      "Stem cells do not cure multiple sclerosis."]),
    ("A glass of red wine a day lowers the risk of heart disease.",
     ["Red wine cuts heart disease risk, study finds.", "One glass of red wine daily reduces your chance of heart disease.",
      "Drinking a glass of red wine each day lowers heart disease risk."],
     ["A glass of red wine a day raises the risk of breast cancer.", "Red wine raises the risk of heart disease.",
      "Heart disease is the leading cause of death."]),
    ("The new drug slows memory loss in Alzheimer's disease.",
     ["A new medication slows the memory loss of Alzheimer's.", "New Alzheimer's drug slows memory decline."],
     ["The new drug speeds memory loss in mice.", "Alzheimer's disease affects millions of people.",
      "The drug failed to slow memory loss in Alzheimer's disease."]),
    ("Eating blueberries prevents type 2 diabetes.",
     ["Blueberries prevent T2D.", "Blueberries can ward off type 2 diabetes.",
      "Eating blueberries protects you from type 2 diabetes."],
     ["Eating blueberries improves memory.", "Type 2 diabetes rates are rising.",
      "Eating red meat raises the risk of type 2 diabetes."]),
    ("The vaccine is 100 per cent effective against HPV.",
     ["HPV vaccine 100% effective, trial shows.", "The jab is 100 per cent effective against human papillomavirus."],
     ["The flu vaccine is 60 per cent effective.", "HPV causes most cervical cancers."]),
    ("Tumours shrank in mice given the experimental drug.",
     ["The experimental drug shrank tumors in mice.", "Mice given the experimental medication saw their tumours shrink."],
     ["Tumours grew in mice given the experimental drug.", "The drug will be tested in people next year."]),
    ("Walking 10,000 steps a day halves the risk of dementia.",
     ["10,000 steps a day can halve dementia risk.", "Walking 10,000 steps daily cuts the risk of dementia in half."],
     ["Walking 4,000 steps a day lowers blood pressure.", "Dementia cases will double by 2050."]),
    ("Vitamin D supplements are linked to fewer colds.",
     ["Vitamin D supplements associated with fewer colds.", "Taking vitamin D is tied to fewer colds, researchers say."],
     ["Vitamin D supplements cause kidney stones.", "Colds are caused by viruses."]),
    ("Fasting reverses type 1 diabetes in mice.",
     ["Fasting reversed T1D in mice, study finds.", "In mice, fasting reversed type 1 diabetes."],
     ["Fasting reverses type 2 diabetes in people.", "Fasting is risky for people with type 1 diabetes."]),
    ("Screen time causes ADHD in children.",
     ["Screen time causes attention deficit hyperactivity disorder in kids.", "Too much screen time gives children ADHD."],
     ["Screen time is linked to poor sleep in children.", "ADHD is diagnosed more often in boys."]),
    ("Air pollution raises the risk of dementia.",
     ["Air pollution increases dementia risk.", "Dirty air boosts the chance of dementia, study says."],
     ["Air pollution raises the risk of asthma.", "Clean air lowers the risk of dementia."]),
]

# Written after the word tables in webapp/wording.py were settled on PAIRS, and never used to change them:
# how the tables do on claims they were not made for.
HELD_OUT = [
    ("Intermittent fasting helps people lose more weight than calorie counting.",
     ["People lose more weight with intermittent fasting than by counting calories.",
      "Intermittent fasting beats calorie counting for weight loss."],
     ["Intermittent fasting helps mice live longer.", "Calorie counting apps are popular with dieters."]),
    ("Statins cut the risk of dying from bowel cancer by a third.",
     ["Statins reduce bowel cancer deaths by a third.", "Taking statins lowers the risk of death from colorectal cancer by 33%."],
     ["Statins raise the risk of diabetes.", "Bowel cancer deaths are falling."]),
    ("A daily aspirin prevents heart attacks in healthy older people.",
     ["Daily aspirin protects healthy older adults from heart attacks.",
      "Healthy older people who take aspirin every day avoid heart attacks."],
     ["A daily aspirin does not prevent heart attacks in healthy older people.",
      "A daily aspirin raises the risk of bleeding in older people."]),
    ("Gene therapy restores sight in blind patients.",
     ["Blind patients regain their sight after gene therapy.", "Gene therapy gives blind people their sight back."],
     ["Gene therapy restores hearing in deaf mice.", "Blindness affects 40 million people worldwide."]),
    ("Eating chocolate improves memory in older adults.",
     ["Chocolate boosts memory in older people, study says.", "Older adults who eat chocolate have better memories."],
     ["Eating chocolate raises blood pressure in older adults.", "Memory declines with age."]),
    ("The new blood test detects cancer years before symptoms appear.",
     ["A new blood test can spot cancer years before symptoms.", "Blood test finds cancer years before symptoms show."],
     ["The new blood test detects Alzheimer's years before symptoms appear.", "Cancer symptoms are often missed."]),
    ("Yoga eases lower back pain as well as physiotherapy.",
     ["Yoga is as good as physiotherapy for lower back pain.", "For lower back pain, yoga works as well as physio."],
     ["Yoga eases anxiety.", "Physiotherapy is free on the NHS."]),
    ("Antibiotics cure appendicitis without surgery.",
     ["Appendicitis can be cured with antibiotics instead of surgery.", "Antibiotics treat appendicitis as well as an operation."],
     ["Antibiotics do not cure viral infections.", "Surgery for appendicitis takes an hour."]),
]


def cases(pairs=PAIRS):
    """(sentence, its own claim's index or None, kind) for every rewording and other claim."""
    for i, (_, rewordings, others) in enumerate(pairs):
        yield from ((text, i, "rewording") for text in rewordings)
        yield from ((text, None, "other") for text in others)


def plain_tfidf(claims):
    from sklearn.feature_extraction.text import TfidfVectorizer
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(claims)
    matrix = vectorizer.transform(claims)
    return lambda texts: (vectorizer.transform(texts) @ matrix.T).toarray()


def ours(claims):
    """Cosines and stances as the web app computes them (webapp.matches.VerdictIndex)."""
    from webapp.matches import Verdict, VerdictIndex
    from webapp.wording import different, stance, terms
    index = VerdictIndex([Verdict(i, i, claim, (), "") for i, claim in enumerate(claims)])
    order = [vs[0].id for vs in index.claims]  # the index keeps distinct claims in first-seen order

    def scores(texts):
        import numpy as np
        rows = []
        for text in texts:
            counted = terms(text)
            s = index._similarities(counted)
            its = stance(text)
            s = np.where([different(st, its) for st in index.stances], 0.0, s)
            full = np.zeros(len(claims))
            full[order] = s
            rows.append(full)
        return np.array(rows)
    return scores


def pairs(background: list[str] = (), written=PAIRS):
    from webapp.matches import SIMILAR
    claims = [claim for claim, _, _ in written]
    verdicts = claims + [b for b in background if b not in claims]
    texts = list(cases(written))
    print(f"{len(written)} claims, {sum(k == 'rewording' for *_, k in texts)} rewordings, "
          f"{sum(k == 'other' for *_, k in texts)} other claims; {len(verdicts) - len(claims)} background verdicts; "
          f"SIMILAR {SIMILAR}")
    for name, build in (("plain TF-IDF", plain_tfidf), ("webapp.matches", ours)):
        scores = build(verdicts)([t for t, _, _ in texts])
        own = [row[i] for row, (_, i, kind) in zip(scores, texts) if kind == "rewording"]
        other = [max(row[:len(claims)]) for row, (_, _, kind) in zip(scores, texts) if kind == "other"]
        wrong = sum(int((row >= SIMILAR).sum()) - (i is not None and row[i] >= SIMILAR)
                    for row, (_, i, _) in zip(scores, texts))
        print(f"  {name:<15} rewordings: {sum(s >= SIMILAR for s in own)}/{len(own)} matched, "
              f"cosine {min(own):.2f}–{max(own):.2f} (median {statistics.median(own):.2f}); "
              f"other claims: {sum(s >= SIMILAR for s in other)}/{len(other)} matched a claim, "
              f"highest {min(other):.2f}–{max(other):.2f}; other verdicts matched, all sentences: {wrong}")
        if name == "webapp.matches":
            missed = [t for (t, i, k), row in zip(texts, scores) if k == "rewording" and row[i] < SIMILAR]
            taken = [t for (t, _, k), row in zip(texts, scores) if k == "other" and max(row[:len(claims)]) >= SIMILAR]
            for t in missed:
                print(f"    missed: {t}")
            for t in taken:
                print(f"    taken for a claim: {t}")


def held_out():
    pairs(written=HELD_OUT)


def background():
    from classifier.dataset import load_corpus
    sentences = sorted({e.text for e in load_corpus()})
    pairs(sentences)
    pairs(sentences, written=HELD_OUT)


def insciout():
    import numpy as np
    if not INSCIOUT.exists():
        print(f"skipped: {INSCIOUT} is absent")
        return
    rows = [json.loads(line) for name in ("insciout_train.jsonl", "insciout_test.jsonl")
            for line in (INSCIOUT / name).read_text().splitlines() if line.strip()]
    papers = list(dict.fromkeys(r["abstract_conclusion"] for r in rows))
    own = [papers.index(r["abstract_conclusion"]) for r in rows]
    print(f"{len(rows)} release conclusions against {len(papers)} paper conclusions")
    for name, build in (("plain TF-IDF", plain_tfidf), ("webapp.matches", ours)):
        scores = build(papers)([r["press_release_conclusion"] for r in rows])
        ranks = [1 + int((row > row[i]).sum()) for row, i in zip(scores, own)]
        print(f"  {name:<15} own paper first {sum(r == 1 for r in ranks) / len(rows):.3f}, "
              f"MRR {statistics.mean(1 / r for r in ranks):.3f}, "
              f"median cosine with its own {statistics.median(row[i] for row, i in zip(scores, own)):.3f}, "
              f"another paper's at SIMILAR or more {sum((np.delete(row, i) >= 0.6).any() for row, i in zip(scores, own))}")


def abbreviations(sample: int = 30):
    import random
    import re

    from webapp.wording import defined_abbreviations
    if not FAKEHEALTH.exists():
        print(f"skipped: {FAKEHEALTH} is absent")
        return
    texts = [json.loads(path.read_text(encoding="utf-8")).get("text") or ""
             for folder in ("HealthStory", "HealthRelease") for path in sorted((FAKEHEALTH / folder).glob("*.json"))]
    defined = [defined_abbreviations(text) for text in texts]
    found = [pair for each in defined for pair in each.items()]
    defining = sum(map(bool, defined))
    print(f"{len(texts):,} texts, {defining:,} defining an abbreviation, {len(found):,} definitions; "
          f"a random {sample} of them:")
    for short, long in random.Random(11).sample(found, min(sample, len(found))):
        print(f"  {short:<10} {long}")
    brackets = re.compile(r"\(([^()]{1,12})\)")
    ours = best_of(3, lambda: [defined_abbreviations(t) for t in texts]) / len(texts)
    plain = best_of(3, lambda: [brackets.findall(t) for t in texts]) / len(texts)
    print(f"  {ours * 1e6:.0f} us a text ({ours / plain:.1f} × a plain search for brackets, {plain * 1e6:.0f} us; "
          f"{statistics.mean(map(len, texts)):,.0f} characters on average)")


def speed():
    from classifier.dataset import load_corpus
    from webapp.matches import Verdict, VerdictIndex
    sentences = sorted({e.text for e in load_corpus()})
    verdicts = sentences[:5000]

    def build_ours():
        return VerdictIndex([Verdict(i, i, claim, (), "") for i, claim in enumerate(verdicts)])
    builds = {"plain TF-IDF": lambda: plain_tfidf(verdicts), "webapp.matches": build_ours}
    plain, index = plain_tfidf(verdicts), build_ours()

    def match_ours():
        index._alike.clear()  # each sentence scored afresh, as the first page that shows it
        return [index._most_alike(q) for q in sentences]
    runs = {"plain TF-IDF": lambda: plain(sentences), "webapp.matches": match_ours}
    yardsticks = {}
    for name in runs:
        built = best_of(3, builds[name])
        rate = len(sentences) / best_of(3, runs[name])
        yardsticks.setdefault("built", built)
        yardsticks.setdefault("rate", rate)
        print(f"  {name:<15} index of {len(verdicts):,} verdicts built in {built:.2f} s "
              f"({built / yardsticks['built']:.1f} × plain TF-IDF's); {rate:,.0f} sentences/s matched "
              f"({rate / yardsticks['rate']:.2f} of plain TF-IDF's, which scores a batch at once)")


def repeats(stories: int = 20_000, verdicts: int = 2_000, new: int = 1_000, database_url: str | None = None):
    """The `repeats` job (hypewatch.repeats) on stories made of the corpus's sentences (10 each, its labels
    as the flags), `verdicts` of their flagged sentences published: a full run, then an incremental one
    over `new` stories classified since, and a full one again once a verdict is withdrawn; beside matching the same sentences in memory (no database) in the
    same run. A stress test: each of the corpus's 5,362 sentences stands in about 37 stories, so most flagged
    sentences repeat a verdict word for word."""
    import random
    import tempfile
    from datetime import datetime, timedelta

    from sqlalchemy import func, insert, select

    from classifier.dataset import load_corpus
    from hypewatch.repeats import find_repeats
    from storage import open_database
    from storage.models import Annotation, Article, ClaimRepeat, JobRun, Sentence, User, utcnow
    from webapp.matches import VerdictIndex, read_verdicts

    random.seed(11)
    corpus = [(e.text, list(e.labels or ())) for e in load_corpus()]
    folder = tempfile.TemporaryDirectory()
    db = open_database(database_url or f"sqlite:///{folder.name}/repeats.db")
    long_ago = utcnow() - timedelta(days=1)

    def add(first: int, count: int, classified_at: datetime):
        articles, sentences = [], []
        for article_id in range(first, first + count):
            picked = random.sample(corpus, 10)
            articles.append({"id": article_id, "url": f"https://news.example/{article_id}", "title": picked[0][0],
                             "text": " ".join(t for t, _ in picked), "content_hash": f"{article_id:064x}",
                             "score": 0.5, "classified_at": classified_at, "fetched_at": classified_at,
                             "flagged_count": sum(bool(labels) for _, labels in picked), "status": "new"})
            sentences += [{"id": article_id * 10 + k, "article_id": article_id, "position": k, "start": 0, "end": 1,
                           "text": text, "labels": labels} for k, (text, labels) in enumerate(picked)]
        with db.engine.begin() as conn:
            conn.execute(insert(Article.__table__), articles)
            conn.execute(insert(Sentence.__table__), sentences)

    add(1, stories, long_ago)
    with db.engine.begin() as conn:
        conn.execute(insert(User.__table__), [{"id": 1, "name": "editor", "role": "editor", "password_hash": "x"}])
        flagged = [(sid, aid) for sid, aid, labels in conn.execute(
            select(Sentence.id, Sentence.article_id, Sentence.labels).order_by(Sentence.id)) if labels]
        conn.execute(insert(Annotation.__table__), [
            {"sentence_id": sid, "article_id": aid, "user_id": 1, "verdict": "agree", "labels": ["hype"],
             "status": "approved", "version": 1} for sid, aid in random.sample(flagged, verdicts)])
    db.refresh_statistics()

    def run() -> tuple[dict, float]:
        start = time.perf_counter()
        counts = find_repeats(db)
        elapsed = time.perf_counter() - start
        with db.session() as session:  # as jobs.run_job records it: the next run reads it
            session.add(JobRun(name="repeats", outcome="ok", counts=counts, finished_at=utcnow()))
        return counts, elapsed

    full, full_s = run()
    with db.session() as session:
        index = VerdictIndex(read_verdicts(session))
        texts = [t for t, labels in session.execute(select(Sentence.text, Sentence.labels)) if labels]
    start = time.perf_counter()
    index.matches(texts)
    memory_s = time.perf_counter() - start
    add(stories + 1, new, utcnow())  # classified since the last run
    incremental, incremental_s = run()
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(ClaimRepeat))
        withdrawn = session.scalar(select(Annotation).order_by(Annotation.id).limit(1))
        withdrawn.status = "rejected"  # the verdicts change: every story again, most keeping their mark
    again, again_s = run()
    print(f"  {stories:,} stories, {full['sentences']:,} flagged sentences, {verdicts:,} verdicts "
          f"({db.engine.dialect.name}):")
    print(f"  full run        {full_s:.1f} s, {full['sentences'] / full_s:,.0f} sentences/s, {full['repeats']:,} repeats "
          f"({full['sentences'] / full_s / (len(texts) / memory_s):.2f} of matching them in memory, "
          f"{len(texts) / memory_s:,.0f} /s)")
    print(f"  incremental     {incremental_s:.2f} s for {new:,} new stories ({incremental['sentences']:,} flagged "
          f"sentences, {incremental['repeats']:,} repeats); {stored:,} repeats stored")
    print(f"  full again      {again_s:.1f} s once a verdict is withdrawn ({again['sentences']:,} flagged sentences, "
          f"{again['repeats']:,} repeats)")
    db.dispose()
    folder.cleanup()


SECTIONS = {"pairs": pairs, "held_out": held_out, "background": background, "insciout": insciout,
            "abbreviations": abbreviations, "speed": speed, "repeats": repeats}

if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sections", nargs="*", help=f"any of {', '.join(SECTIONS)}; all when none is named")
    parser.add_argument("--database-url", help="repeats: an empty database to fill (default: a temporary SQLite file)")
    parser.add_argument("--stories", type=int, default=20_000, help="repeats: how many stories (default 20,000)")
    args = parser.parse_args()
    if set(args.sections) - set(SECTIONS):
        parser.error(f"no section {', '.join(sorted(set(args.sections) - set(SECTIONS)))}")
    for section in args.sections or SECTIONS:
        print(f"== {section}")
        if section == "repeats":
            repeats(args.stories, verdicts=max(1, args.stories // 10), new=max(1, args.stories // 20),
                    database_url=args.database_url)
        else:
            SECTIONS[section]()
