"""The story that started the project must be caught."""


def by_text(result, text):
    for s in result["sentences"]:
        if s["text"] == text:
            return s
    raise AssertionError(f"sentence not found: {text!r}")


def test_seed_flags(analyser, seed_text):
    r = analyser.analyse(seed_text)
    head = by_text(r, "Severe Multiple Sclerosis Reversed Using Stem Cells")
    assert head["headline"] is True
    assert "cure" in head["labels"]
    hype = by_text(r, "It is an incredible breakthrough in the treatment of this disease, "
                      "which has so far been considered incurable.")
    assert "hype" in hype["labels"]
    assert any("breakthrough" in w.lower() for w in hype["triggers"]["hype"])
    nov = by_text(r, "This experimental treatment using stem cells is the first of its kind.")
    assert "novelty" in nov["labels"]
    assert any("first" in w.lower() for w in nov["triggers"]["novelty"])
    crit = {c["id"]: c for c in r["criteria"]}
    for cid in ("harms", "benefits_quantified", "commercial_interest"):
        assert crit[cid]["status"] == "not_satisfied", crit[cid]
    cells4life = [i for i, s in enumerate(r["sentences"]) if s["text"].startswith(("Cells4Life", "{{cta"))]
    assert set(cells4life) & set(crit["commercial_interest"]["evidence"])
    assert r["score"] >= 0.6


def test_seed_offsets(analyser, seed_text):
    r = analyser.analyse(seed_text)
    for s in r["sentences"]:
        assert seed_text[s["start"]:s["end"]] == s["text"]


def test_seed_with_title(analyser, seed_text):
    r = analyser.analyse(seed_text, title="Severe Multiple Sclerosis Reversed Using Stem Cells")
    first = r["sentences"][0]
    assert first["headline"] and first["start"] == -1 and first["end"] == -1
    assert "cure" in first["labels"]
    assert sum(s["headline"] for s in r["sentences"]) == 1
