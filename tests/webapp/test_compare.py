"""Two versions of one story side by side: what each kept, reworded, left out or added, and the
claims one makes that the other does not."""
from __future__ import annotations

import re
from collections import namedtuple

from storage.articles import save_analysis, store_article
from tests.webapp.webapp_testdata import analysis, log_in
from hypewatch.versions import align, claim_differences, folded, word_changes

S = namedtuple("S", "text labels headline", defaults=((), False))

RELEASE = ("Researchers treated 24 patients with multiple sclerosis using stem cells. "
           "Most patients had fewer relapses after two years. "
           "The treatment carries serious risks, including infection. "
           "The team will now run a larger trial. "
           "The study was funded by the national research council. "
           "Patients were followed at three hospitals.")
COPY = ("Researchers treated 24 patients with multiple sclerosis using stem cells. "
        "Most patients were cured of the disease after two years. "
        "It is a miracle <b>breakthrough</b> for millions. "
        "The treatment carries serious risks, including infection. "
        "The study was funded by the national research council. "
        "Patients were followed at three hospitals.")


def test_sentences_alike_word_for_word_pair_up_and_the_rest_keep_their_places():
    left = [S("Stem cells were given to 24 patients."), S("Most had fewer relapses."), S("A larger trial follows."),
            S("It was funded by the council.")]
    right = [S("Stem cells were given to 24 patients!"), S("It is a miracle."),
             S("Most of them had fewer relapses."), S("it was funded by the Council.")]
    rows = align(left, right)
    assert [(row.kind, row.left and row.left.text, row.right and row.right.text) for row in rows] == [
        ("same", left[0].text, right[0].text),  # punctuation and case aside
        ("right", None, "It is a miracle."),
        ("reworded", "Most had fewer relapses.", "Most of them had fewer relapses."),
        ("left", "A larger trial follows.", None),
        ("same", left[3].text, right[3].text),
    ]


def test_a_rewording_pairs_with_the_most_alike_sentence_not_the_first_one_alike_enough():
    left = [S("The drug cut relapses by half in the trial.")]
    right = [S("The drug cut relapses, a trial found."), S("The drug cut relapses by half in the small trial.")]
    rows = align(left, right)
    assert [row.kind for row in rows] == ["right", "reworded"] and rows[1].right is right[1]


def test_the_words_changed_are_marked_and_each_side_reads_as_it_was_written():
    before, after = "Most patients had fewer relapses.", "Most patients were cured of MS, for good."
    left, right = word_changes(before, after)
    assert "".join(text for text, _ in left) == before and "".join(text for text, _ in right) == after
    assert [text for text, changed in left if changed] == ["had fewer relapses"]
    assert [text for text, changed in right if changed] == ["were cured of MS", "for good"]
    assert all(not changed for text, changed in left + right if not re.search(r"\w", text))  # no lone punctuation


def test_claims_count_as_one_side_s_only_where_the_other_side_lacks_the_label():
    rows = align([S("MS reversed.", ("cure",)), S("The trial was small."), S("A breakthrough, experts say.", ("hype",))],
                 [S("MS reversed.", ("cure",)), S("The trial was small, a miracle.", ("hype",)),
                  S("A breakthrough, experts say.", ("hype", "novelty"))])
    assert claim_differences(rows) == [("cure", 0, 1, 0), ("novelty", 0, 0, 1), ("hype", 0, 1, 1)]


def test_runs_of_unflagged_sentences_alike_are_folded_into_their_number():
    same = [S(f"Sentence {n}.") for n in range(4)]
    rows = align(same + [S("MS cured.", ("cure",))] + same[:1], same + [S("MS cured.", ("cure",))] + same[:1])
    assert [row if isinstance(row, int) else row.kind for row in folded(rows)] == [4, "same", "same"]


def _two_versions(app, left_text=RELEASE, right_text=COPY):
    with app.extensions["hypewatch_db"].session() as session:
        release = store_article(session, {"url": "https://wire.example/release", "title": "Stem cell trial results",
                                          "text": left_text, "sitename": "Wire"})
        save_analysis(session, release, analysis(left_text, {}, score=0.1))
        copy = store_article(session, {"url": "https://tabloid.example/ms-cured", "title": "<i>MS cured</i>",
                                       "text": right_text, "sitename": "Tabloid <script>"})
        save_analysis(session, copy, analysis(right_text, {1: (["cure"], {"cure": ["cured"]}),
                                                           2: (["hype"], {"hype": ["miracle", "breakthrough"]})},
                                              score=0.9))
        release.cluster_id = copy.cluster_id = release.id
        return release.id, copy.id


def test_the_page_shows_the_claims_the_copy_added_and_the_words_it_changed(app):
    release, copy = _two_versions(app)
    client = log_in(app.test_client(), app, "journalist")
    page = client.get(f"/queue/story/{release}/compare/{copy}").get_data(as_text=True)
    claims = re.search(r'<table class="compare-claims">.*?</table>', page, re.S).group(0)
    rows = re.findall(r'<tr><th scope="row">.*?label-(\w+).*?</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>', claims, re.S)
    assert rows == [("cure", "0", "0", "1"), ("hype", "0", "0", "1")]  # both came with the copy, none with the release
    assert "4 sentences word for word the same, 1 reworded." in page
    assert "<del>had fewer relapses</del>" in page and "<ins>were cured of the disease</ins>" in page
    assert page.count("(not in this version)") == 2  # the larger trial left out; the miracle added
    assert "It is a miracle &lt;b&gt;breakthrough&lt;/b&gt; for millions." in page and "<b>breakthrough" not in page
    assert "&lt;i&gt;MS cured&lt;/i&gt;" in page and "Tabloid &lt;script&gt;" in page
    assert "… 2 sentences word for word the same …" in page  # the funding and the hospitals, folded


def test_the_story_page_links_each_other_version_to_its_comparison(app):
    release, copy = _two_versions(app)
    client = log_in(app.test_client(), app, "journalist")
    page = client.get(f"/queue/story/{release}").get_data(as_text=True)
    assert f'href="/queue/story/{release}/compare/{copy}"' in page


def test_the_earlier_version_is_always_on_the_left(app):
    release, copy = _two_versions(app)  # the release stored first: the earlier, as neither is dated
    client = log_in(app.test_client(), app, "journalist")
    assert client.get(f"/queue/story/{copy}/compare/{release}").headers["Location"] == \
        f"/queue/story/{release}/compare/{copy}"
    assert client.get(f"/queue/story/{release}/compare/{copy}").status_code == 200


def test_a_story_compared_with_itself_or_with_none_is_no_comparison(app):
    release, copy = _two_versions(app)
    client = log_in(app.test_client(), app, "journalist")
    assert client.get(f"/queue/story/{release}/compare/{release}").headers["Location"].endswith(f"/queue/story/{release}")
    assert client.get(f"/queue/story/{release}/compare/99999").status_code == 404
    assert log_in(app.test_client(), app, "subscriber").get(f"/queue/story/{release}/compare/{copy}").status_code == 403


def test_the_api_gives_the_comparison_the_page_shows(app):
    release, copy = _two_versions(app)
    client = log_in(app.test_client(), app, "journalist")
    data = client.get(f"/api/v1/stories/{release}/compare/{copy}").get_json()
    assert (data["left"]["id"], data["right"]["id"], data["analysed"]) == (release, copy, True)
    assert data["claims"] == [{"label": "cure", "left_only": 0, "both": 0, "right_only": 1},
                              {"label": "hype", "left_only": 0, "both": 0, "right_only": 1}]
    assert (data["kept"], data["reworded"]) == (4, 1)
    assert [row["kind"] for row in data["sentences"]] == ["same", "reworded", "right", "same", "left", "same", "same"]
    added = data["sentences"][2]["right"]
    assert added["labels"] == ["hype"] and added["text"] == "It is a miracle <b>breakthrough</b> for millions."
    assert client.get(f"/api/v1/stories/{release}/compare/99999").status_code == 404


def test_a_claim_counts_as_added_to_its_source_only_where_the_source_s_counterpart_lacks_its_flag():
    from types import SimpleNamespace as N

    from hypewatch.versions import added_to
    source = N(sentences=[N(id=1, text="MS reversed in mice.", labels=["cure"]), N(id=2, text="The team was pleased.", labels=[])])
    story = N(sentences=[N(id=11, text="MS reversed in mice!", labels=["cure"]),  # the release's own claim
                         N(id=12, text="The team was pleased, a breakthrough.", labels=["hype"]),  # flagged in rewording
                         N(id=13, text="A miracle for millions.", labels=["hype"]),  # new
                         N(id=14, text="Mice were used.", labels=[])])
    assert added_to(source, story) == {12, 13}


def test_the_queue_lists_the_later_versions_that_add_claims_to_their_source_once_compared(app):
    """The `additions` job sets each later version against the first (hypewatch.additions); "Adds claims to its
    source" then lists the copies whose outlet added flagged claims, each saying how many."""
    from hypewatch.additions import compare_stored_versions
    from tests.webapp.test_api import new_token
    release, copy = _two_versions(app)
    client = log_in(app.test_client(), app, "journalist")
    patients = app.ids["articles"]["MS patients helped by stem cell trial"]  # the fill's copy adds the mice
    assert re.findall(r'class="story-link" href="/queue/story/(\d+)"', client.get("/queue/?adds=1").get_data(as_text=True)) \
        == [str(patients)]  # the new copy not compared yet
    compare_stored_versions(app.extensions["hypewatch_db"])
    queue = client.get("/queue/?adds=1").get_data(as_text=True)
    assert re.findall(r'class="story-link" href="/queue/story/(\d+)"', queue) == [str(copy), str(patients)]
    assert f'<a class="adds" href="/queue/story/{copy}#same-story">adds 2 claims to its source</a>' in queue
    assert f'<a class="adds" href="/queue/story/{patients}#same-story">adds 1 claim to its source</a>' in queue
    assert 'name="adds" value="1" checked' in queue and f'/queue/story/{release}"' not in queue
    page = client.get(f"/queue/story/{copy}").get_data(as_text=True)  # where the row's note leads
    line = page.split('<p class="adds">', 1)[1].split("</p>", 1)[0]
    assert "makes <strong>2</strong> flagged\n          claims that the story's first version" in line
    assert f'<a href="/queue/story/{release}">Stem cell trial results</a>' in line and "(Wire)" in line
    assert f'href="/queue/story/{release}/compare/{copy}">compare them</a>' in line
    first = client.get(f"/queue/story/{release}").get_data(as_text=True)
    assert '<p class="adds">' not in first  # the first version adds nothing; its list says which copy does
    assert re.search(rf'href="/queue/story/{release}/compare/{copy}"[^>]*>compare</a> <span class="adds">adds 2 claims</span></li>',
                     first)
    api = app.test_client().get("/api/v1/stories?adds=1",
                                headers={"Authorization": f"Bearer {new_token(app, 'journalist')}"}).get_json()
    assert [(s["id"], s["adds_claims"]) for s in api["stories"]] == [(copy, 2), (patients, 1)]
