"""Every label and every kind of hard negative, on sentences written for the tests (not in the corpus)."""
import re

import pytest

import classifier
from tests.hangs import fails_if_hung

POSITIVE = {
    "cure": [
        "Doctors say the new injection has cured patients of sickle cell disease for good.",
        "A man paralysed in a diving accident walks again after a nerve transplant.",
        "Advanced melanoma has been wiped out in a dozen patients given the vaccine.",
        # a disease said to be gone in plain words, as testimonials put it
        "Three years after the transplant, her MS is gone.",
        "Within weeks, his arthritis had disappeared, his wife said.",
        "A little while after she took the pills, her hay fever disappeared.",
        '"Doctor, I no longer have lupus," she wrote in her diary.',
        "The lupus simply vanished, and it has not come back.",
        "The treatment wiped out his leukaemia within a month.",
        "Four years after the vaccine trial, Mara is still cancer-free.",
        # a kicker before a colon ("This isn't hype:") is no denial of what follows
        "This isn’t hype: doctors in Oslo just reversed severe lupus using stem cells",
        "Believe it or not: a daily pill reverses type 2 diabetes",
    ],
    "novelty": [
        "Surgeons carried out a world-first operation to replace a windpipe grown from the patient's own tissue.",
        "Nothing like this eye implant has ever been attempted before anywhere.",
        "It is the first treatment of its kind to target the virus inside the brain.",
        "The new gel is the only treatment approved for the condition in Europe.",
        # a claim padded with its speaker's titles reads weaker than the claim alone
        '"This is the first study to show that a nasal spray can halt migraine attacks in children," said lead '
        "author Maria Gonzalez, a paediatric neurologist and associate professor of neurology at the Riverside "
        "University Medical Center in Oregon, who presented the results at the annual meeting of the society.",
        '"Nobody has ever managed to regrow cartilage in a human knee before," says Tomas Lindqvist, head of the '
        "orthopaedic surgery department at the Northern Lakes University Hospital and chair of the national joint "
        "registry committee.",
    ],
    "hype": [
        "Scientists are calling the new malaria jab a game-changer.",
        "This astonishing discovery is the holy grail of ageing research.",
        "A revolutionary nasal spray is set to transform the lives of migraine sufferers.",
        # a denial of one claim before "but" is no denial of the next
        '"It is not a cure, but it is a huge breakthrough for families," said the nurse who ran the clinic at the hospital.',
    ],
    "causal": [
        "Drinking green tea prevents strokes, according to a survey of 10,000 adults.",
        "Owning a cat protects you against heart attacks, an observational study of pet owners found.",
        "Eating walnuts boosts your memory, according to questionnaires filled in by 2,000 pensioners.",
    ],
    "extrapolation": [
        "A compound that regrew hair in mice offers new hope to millions of balding men.",
        "Because the molecule killed leukaemia cells in a petri dish, patients could soon have a new treatment.",
        "Rats given the drug lived longer, suggesting the pill could extend human lifespan.",
        "In the lab, the compound could shrink tumours, raising hopes for patients with bowel cancer.",
    ],
    "certainty": [
        "The clinic says its infusion is guaranteed to work and carries absolutely no risk.",
        "This herbal tea has been scientifically proven to stop colds, no doubt about it.",
        "The new test is 100% accurate at spotting bowel cancer.",
    ],
}

HARD_NEGATIVES = {
    "negation": [
        "The researchers stressed that the drug is not a cure for diabetes.",
        "None of the patients in the study were cured.",
        # a denial in a short quote, which read alone (without its speaker's titles) looked like a claim
        '"Nothing works 100% for every single patient," says Dr. Maria Olsen, an allergist and associate professor '
        "at the University of Bergen Health Sciences Center in Norway.",
    ],
    "hedge": [
        "The antibody may slow memory loss in some people with early Alzheimer's disease.",
        "It is too early to say whether the tablet will help patients with arthritis.",
    ],
    "rejecting_attribution": [
        "Independent experts warned against describing the small trial as a breakthrough.",
        "Other scientists dismissed claims that the supplement is a miracle.",
        'Independent experts warned against calling the drug "the first real treatment for the disease in fifty '
        'years," the report said.',
    ],
    "other_sense": [
        "The first participant received the study drug in March 2021.",
        "The blood samples were stored in a freezer at the hospital laboratory.",
    ],
    "plain_numbers": [
        "The trial enrolled 412 adults aged between 50 and 75.",
        "About 7% of participants reported mild headaches during the first month.",
    ],
    # cue words in the senses real reporting uses them most (found reading flags on real news)
    "cue_word_in_another_sense": [
        "Persuading GPs to use the new checklist has proven harder than the health board hoped.",
        "If proven safe, the nasal vaccine could be given to toddlers from next year.",
        "To prove that the drops slow short-sightedness, the makers must run a three-year trial.",
        "The gel was first approved in 2012 for cold sores and later for shingles.",
        "Surgery is offered with intent to cure when the cancer is confined to the bladder.",
        "In fact, most people who carry the bacterium never fall ill.",
        "Walking is the only exercise she still enjoys, she said.",
        "The rats were given the supplement in their drinking water for a month.",
    ],
    # a disease gone only in hope, for a while, on a way, or in a count of a study's patients
    "disease_gone_hoped_temporary_or_counted": [
        "She hopes her MS will be gone one day.",
        "The lupus vanished, then came back a year later.",
        "Within six months, her arthritis had gone from severe to mild.",
        "The tumours disappeared in nine of the 37 patients (24 percent).",
        "Scaly patches of psoriasis cleared up in twice as many patients on the cream as on the placebo.",
        "Patients will be followed for five years to ensure they remain cancer-free.",
        "After three years, 70 percent of the women were still cancer-free.",
    ],
    # a cure word of something that is no disease, or of a cure not reached or only aimed at
    "cure_word_of_no_disease_or_not_reached": [
        "Rising rents have wiped out the savings of many young nurses.",
        "High-dose chemotherapy wipes out the patient's own blood cells before the transplant.",
        "The infection wiped out half of his hearing in one ear.",
        "The anticoagulant effect was quickly reversed with vitamin K in every patient.",
        "Failure to achieve remission after two courses counted as a treatment failure.",
        "The aim is to achieve a cure within eight weeks of starting the tablets.",
    ],
    # "100%" of what a product is made of, not of how well it works
    "share_of_a_product": [
        "A glass of 100% orange juice counts as one of your five a day, the guidance says.",
        "The drink is made from 100 percent pure apple juice with nothing added.",
    ],
    # a lab as a team or as the place a sample is sent, not as where a result was found
    "lab_as_team_or_place": [
        "Researchers in the lab of Maria Lopez wanted to find out whether the spice might protect people's hearts too.",
        "Patients mail a finger-prick blood sample to a central laboratory, which could make the test useful in "
        "rural clinics.",
    ],
    # "the only" of a treatment the story sets its news against, not of its news
    "only_of_an_existing_treatment": [
        "Right now, lithium is the only drug approved for this kind of bipolar disorder in teenagers.",
        "Currently, surgery is the only treatment approved for the condition in Europe.",
        "The new gel was tested against tamoxifen, which is the only drug licensed for this use in the UK.",
        "Researchers compared the new tablet, which is taken once a day, with the only approved injection for the "
        "disease, interferon.",
    ],
    # extrapolation needs animal, cell or lab work to carry to people
    "no_animal_or_lab_work_named": [
        "A capsule of live yeast could help stimulate the immune system and ward off colds, says a nutrition professor.",
    ],
    # an observational design reported as such: the causal model alone scores these above 0.8,
    # the claim-strength reading (correlational, none) keeps them unflagged
    "association_reported": [
        "Regular sauna users were less likely to develop dementia over 20 years of follow-up, the cohort study found.",
        "For the analysis, the team used questionnaires from 12,000 nurses who reported how often they ate nuts.",
    ],
}


def norm(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def test_test_sentences_are_not_in_the_corpus():
    from classifier.dataset import load_corpus

    corpus = {norm(e.text) for e in load_corpus()}
    mine = [s for v in POSITIVE.values() for s in v] + [s for v in HARD_NEGATIVES.values() for s in v]
    leaked = [s for s in mine if norm(s) in corpus]
    assert not leaked


def test_labels_constant():
    assert classifier.LABELS == ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")


@pytest.mark.parametrize("label,text", [(lab, t) for lab, ts in POSITIVE.items() for t in ts])
def test_positive(analyser, label, text):
    r = analyser.analyse(text)
    (s,) = r["sentences"]
    assert label in s["labels"], s["scores"]
    assert s["triggers"][label], "a flag must name the words that drove it"
    for w in s["triggers"][label]:
        assert w in text
    assert 0.0 <= s["score"] <= 1.0 and s["score"] >= s["scores"][label] - 1e-9


@pytest.mark.parametrize("kind,text", [(k, t) for k, ts in HARD_NEGATIVES.items() for t in ts])
def test_hard_negative(analyser, kind, text):
    r = analyser.analyse(text)
    (s,) = r["sentences"]
    assert s["labels"] == [], (kind, s["scores"])
    assert s["triggers"] == {}


def test_triggers_name_the_cue_words(analyser):
    s = analyser.analyse("Scientists are calling the new malaria jab a game-changer.")["sentences"][0]
    assert any("game" in w.lower() for w in s["triggers"]["hype"])


@pytest.mark.parametrize("text,index,label,words", [
    # causal language: the causal verbs, not the people, the numbers or "the researchers said"
    ("A survey of 2,000 adults found that people who drink green tea every day were less likely to develop "
     "dementia. Green tea protects people against dementia, the researchers said, and cuts their risk by 30 percent.",
     1, "causal", ["protects", "cuts their risk"]),
    # a claim without a cue word: its construction, not the speaker's department
    ('"This is great science," says Dr. Ann Lee, chairman of the department of urology at the Cleveland Clinic.',
     0, "hype", ["great science"]),
    ('"This is a very important discovery for patients," said Dr. Mark Stone, an associate professor in Denver.',
     0, "hype", ["important discovery"]),
    # a first: the words that make it one
    ("The trial is the first to show that the drug slows memory loss in people with early Alzheimer's disease.",
     0, "novelty", ["first to show"]),
])
def test_triggers_are_the_claims_words(analyser, text, index, label, words):
    s = analyser.analyse(text)["sentences"][index]
    assert label in s["labels"], s["scores"]
    assert s["triggers"][label] == words


def test_trigger_phrases_are_kept_to_the_claim():
    """Of the phrases the model leaned on, only those that hold a claim's words stay, grown to hold
    all of them (up to five words); with none, the claim's own words are named."""
    from classifier.features import trigger_words
    text = "Older people who eat fish may be boosting their brain health, data show."
    at = lambda w: (text.index(w), text.index(w) + len(w))
    attribution = [(*at("people"), 3.0), (*at("boosting"), 2.0), (*at("data"), 1.0)]
    assert trigger_words(text, attribution) == ["people", "boosting", "data"]
    assert trigger_words(text, attribution, claim=[at("boosting")]) == ["boosting"]
    assert trigger_words(text, attribution, claim=[at("be boosting")]) == ["be boosting"]
    assert trigger_words(text, attribution, claim=[at("Older people who eat fish may be")]) == ["people"]
    assert trigger_words(text, attribution[2:], claim=[at("brain health"), at("fish")]) == ["fish", "brain health"]


QUOTED_CLAIMS = [
    "After her third infusion, she told reporters her arthritis was gone for good, he said.",
    "“We are 100% sure this works,” his doctor told him in 2019.",
    "Lisa said her MS was reversed within 18 months of the transplant, she told us.",
    "“It is a miracle,” she said, her voice breaking.",
    # the speaker's title and affiliation are not the claim
    "“This is huge,” said Regina Vidaver, executive director of the National Lung Cancer Partnership.",
    "“This is truly a game-changing piece of science,” said the chief medical officer of the Research Foundation.",
    "“This is cutting-edge medical technology,” said the head of the institute.",
]


@pytest.mark.parametrize("text", QUOTED_CLAIMS)
def test_triggers_are_never_pronouns_reporting_verbs_or_numbers(analyser, text):
    """Claims come in quotes; the words that explain a flag are the claim's, not "she said" or
    "executive director of the … Partnership"."""
    from classifier.features import NOT_TRIGGERS, STOPWORDS
    (s,) = analyser.analyse(text)["sentences"]
    assert s["labels"], s["scores"]
    words = [w.lower() for phrase in s["triggers"].values() for w in re.findall(r"[\w'’]+", " ".join(phrase))]
    # (stopwords may join two trigger words into a phrase: "gone for good")
    assert words and not set(words) & (NOT_TRIGGERS - STOPWORDS), s["triggers"]
    assert all(any(c.isalpha() for c in w) or w == "100" for w in words), s["triggers"]
    assert not {"director", "partnership", "chief", "medical", "officer", "research", "foundation", "technology",
                "institute", "science"} & set(words), s["triggers"]


@pytest.mark.parametrize("text", ["By Jenny Goodwin", "By Maria Okonkwo and Tom Reyes", "Photo by Sam Lee"])
def test_bylines_are_never_flagged(analyser, text):
    assert analyser.analyse(text)["sentences"][0]["labels"] == []


@pytest.mark.parametrize("prefix", ["Related: ", "READ MORE: ", "Watch: ", "See also: ", "JUST WATCHED ", "Source: ",
                                    "Citation: ", "Journal reference: ", "Article: "])
def test_links_to_other_stories_are_never_flagged(analyser, prefix):
    """A news page lists other stories' headlines ("Related: ..."), a copy names its source ("Source: ...") and a
    release its paper ("Citation: ..."): they are not claims of this story."""
    headline = "Seaweed pill cures diabetes in a groundbreaking world first"
    (claim,) = analyser.analyse(headline)["sentences"]
    assert claim["labels"], claim["scores"]
    (link,) = analyser.analyse(prefix + headline)["sentences"]
    assert link["labels"] == [], link["scores"]


def test_a_pointer_to_more_information_is_never_flagged(analyser):
    """A release's closing pointer praises the institution in the words of hype; it points
    elsewhere and claims nothing about the news."""
    (claim,) = analyser.analyse("Our groundbreaking stroke care is life-changing.")["sentences"]
    assert "hype" in claim["labels"], claim["scores"]
    (link,) = analyser.analyse("For more information about our groundbreaking, life-changing stroke care, "
                               "visit the hospital's website.")["sentences"]
    assert link["labels"] == [], link["scores"]


@pytest.mark.parametrize("text", ["First of two parts", "Second in a series", "Depression",
                                  "Acme Labs…Turning Discovery Into Health®", "After the procedure:"])
def test_page_furniture_is_never_flagged(analyser, text):
    """Series markers, one-word headings and taglines state nothing; the model alone flags these
    (novelty at 0.83, cure at 0.58, hype at 0.6: "First", "Depression", "Discovery")."""
    (s,) = analyser.analyse(text)["sentences"]
    assert s["labels"] == [], s["scores"]


@pytest.mark.parametrize("text", [
    "Private contributions are essential for enabling our scientists to pursue the research that leads to "
    "important medical breakthroughs.",
    "The Acme Institute is the world's first research organization devoted to ageing.",
    "The purpose of this meeting is to share the latest breakthroughs in research in eye disease, and to contribute to "
    "cutting-edge clinical research.",
    "Groundbreaking Research The university is a world leader in focused ultrasound research.",
])
def test_an_institution_speaking_of_itself_is_never_flagged(analyser, text):
    """Its mission, its appeal for money, its meeting's purpose and its standing, in the words of hype and novelty, say
    nothing of the news; they come with a release's end matter, often without its heading."""
    (s,) = analyser.analyse(text)["sentences"]
    assert s["labels"] == [], s["scores"]


def test_short_headings_with_a_cue_word_are_still_read():
    from classifier.analyser import is_furniture
    from classifier.features import cue_matches

    assert not is_furniture("Miracle cure", cue_matches("Miracle cure"))
    assert is_furniture("Depression", cue_matches("Depression"))
    for text, furniture in [("Acme Labs…Turning Discovery Into Health®", True), ("Wondrex® reverses arthritis™", False),
                            ("What the patients said:", True), ("Cured at last:", False)]:
        assert is_furniture(text, cue_matches(text)) is furniture


@pytest.mark.parametrize("text", ["By " + "Abc" * 40 + " !", "By " + "Ab" * 3000, "Photo by " + "Xy-" * 50 + "?"])
def test_a_long_word_after_by_is_read_in_linear_time(analyser, text):
    """Web text reaches the byline pattern: one long word after "By" once took the crawl
    exponential time (seconds at 24 characters, years at 120). The work takes microseconds."""
    with fails_if_hung(30, "the byline pattern backtracks without end"):
        assert analyser.analyse(text)["sentences"]


@pytest.mark.parametrize("text", ["1.2.3.4." * 20000, "Stem cells may cure multiple sclerosis in mice " * 2500,
                                  "Breakthrough miracle cure proven first " * 4000])
def test_pathological_pages_take_time_in_proportion_to_their_length(analyser, text):
    """A page's unpunctuated table once made the checklist's number patterns quadratic (minutes
    for this 160 kB), and trigger words were quadratic in a sentence's cue words."""
    with fails_if_hung(60, "analysis is superlinear in the text's length"):
        assert analyser.analyse(text)["sentences"]


def test_trigger_words_of_a_cue_are_the_tokens_its_matches_overlap():
    from classifier.features import _overlapping
    tokens = [(0, 4, "Stem"), (5, 10, "cells"), (11, 16, "cured"), (17, 19, "MS")]
    assert _overlapping(tokens, [(11, 16)]) == [2]
    assert _overlapping(tokens, [(3, 6), (18, 30)]) == [0, 1, 3]
    assert _overlapping(tokens, [(16, 17)]) == [] and _overlapping(tokens, []) == []
    assert _overlapping(tokens, [(0, 30), (5, 6)]) == [0, 1, 2, 3]


def test_a_title_case_headline_starting_with_by_is_still_read(analyser):
    (s,) = analyser.analyse("By Fixing Faulty Genes, Doctors Cure Sickle Cell Disease")["sentences"]
    assert "cure" in s["labels"]


def test_several_labels_on_one_sentence(analyser):
    s = analyser.analyse("This revolutionary baldness pill is 100% guaranteed to work.")["sentences"][0]
    assert {"hype", "certainty"} <= set(s["labels"])


@pytest.mark.parametrize("text,strength", [
    ("Drinking coffee is associated with a lower risk of liver cancer.", "correlational"),
    ("Drinking coffee might lower the risk of liver cancer.", "conditional"),
    ("Drinking coffee lowers the risk of liver cancer.", "causal"),
    ("The study recruited 300 coffee drinkers in Leeds.", "none"),
    # a trial's result in numbers is still causal wording, and "at reduced risk" an association
    # (the corpus's findings.tsv; before it, these read "none" and "causal")
    ("In the randomised trial, the injection cut hospital stays by two days.", "causal"),
    ("Older adults who gardened were at reduced risk of dementia in the cohort.", "correlational"),
])
def test_strength(analyser, text, strength):
    assert analyser.analyse(text)["sentences"][0]["strength"] == strength


def test_causal_story_rule(analyser):
    """Causal wording in a story about a survey is flagged, and names the cue."""
    story = ("Researchers surveyed 5,000 office workers about their habits. "
             "Standing desks reduce back pain, the researchers concluded.")
    r = analyser.analyse(story)
    assert "causal" in r["sentences"][1]["labels"]
    assert "reduce" in r["sentences"][1]["triggers"]["causal"]
    # the same wording in a randomised trial is not flagged by the rule
    trial = ("In a randomised controlled trial, 5,000 office workers were given standing desks or placebo chairs. "
             "Standing desks reduce back pain, the researchers concluded.")
    assert "causal" not in analyser.analyse(trial)["sentences"][1]["labels"]


def test_a_trial_that_speaks_of_those_who_took_the_drug_is_still_a_trial(analyser):
    """"Those who" and "people who" describe any study's people; only a named design ("a survey",
    "linked to") makes a trial's story part observational."""
    claim = "Tai chi significantly improves the symptoms of fibromyalgia, a study released Wednesday suggests."
    trial = analyser.analyse("In a randomised trial, 66 patients did tai chi or stretching classes. " + claim +
                             " Those who did tai chi also slept better than people who stretched.")
    assert "causal" not in trial["sentences"][1]["labels"], trial["sentences"][1]


def test_in_a_story_of_a_trial_and_a_survey_only_a_sentence_naming_the_survey_is_flagged(analyser):
    """The story's own study is the trial; the survey it also reports is named where its finding is
    stated. A causal sentence that names no observational design states the trial's result."""
    claim = "Tai chi significantly improves the symptoms of fibromyalgia, a study released Wednesday suggests."
    s = analyser.analyse("In a randomised trial, 66 patients did tai chi or stretching classes. " + claim +
                         " An earlier survey of 5,000 pensioners found that tai chi prevents falls.")["sentences"]
    assert "causal" not in s[1]["labels"], s[1]
    assert "causal" in s[2]["labels"], s[2]


def test_a_story_must_name_an_observational_design_for_a_causal_flag(analyser):
    """"People who" describes any study's people, so a story whose only observational wording it
    is names no design, and its causal conclusion is not flagged; the same story that names its
    questionnaires is. A story that names no design at all loses the model's own causal flag; a
    sentence checked alone keeps it, having no story around it to name one."""
    people = "People who did the stretches every day reported less pain after a year. "
    claim = "Daily stretching prevents knee pain, the researchers concluded."
    taught = analyser.analyse("Doctors at a Boston clinic taught 120 patients with knee pain a set of stretches. "
                              + people + claim)["sentences"]
    assert "causal" not in taught[2]["labels"], taught[2]
    asked = analyser.analyse("Researchers asked 1,200 patients with knee pain to fill in questionnaires about "
                             "their habits. " + people + claim)["sentences"]
    assert "causal" in asked[2]["labels"], asked[2]

    yoga = "Daily yoga eases anxiety and improves sleep in soldiers, a study of 70 troops found."
    (alone,) = analyser.analyse(yoga)["sentences"]
    assert "causal" in alone["labels"], alone["scores"]
    story = analyser.analyse("A study published this month looked at 70 soldiers at a base in Texas. " + yoga)
    assert "causal" not in story["sentences"][1]["labels"], story["sentences"][1]
    one_line = analyser.analyse("People who stretch every day have less knee pain, and daily stretching "
                                "prevents knee pain, the researchers concluded.")["sentences"]
    assert "causal" in one_line[0]["labels"], one_line[0]


def test_in_a_story_of_a_trial_and_a_survey_the_trial_sentence_states_its_result(analyser):
    story = ("A survey of 3,000 adults linked tai chi to better sleep. "
             "Data from the randomised trial showed that tai chi significantly improves the symptoms of fibromyalgia.")
    (survey, trial) = analyser.analyse(story)["sentences"]
    assert "causal" not in trial["labels"], trial
    from classifier.criteria import names_observational_design
    from classifier.features import cue_matches

    assert not names_observational_design(trial["text"], cue_matches(trial["text"]))
    assert names_observational_design(survey["text"], cue_matches(survey["text"]))


def test_causal_story_rule_in_a_survey_that_calls_for_trials(analyser):
    """"Larger randomised trials are needed" says what the survey is not; the rule still applies."""
    story = ("Researchers surveyed 5,000 office workers about their habits. "
             "Standing desks reduce back pain, the researchers concluded. "
             "Larger randomised controlled trials are needed to confirm the finding.")
    assert "causal" in analyser.analyse(story)["sentences"][1]["labels"]


@pytest.mark.parametrize("text", [
    "Before a compound is given to people, it is tested in petri dishes and on rats and dogs.",
    "The researchers first tested 60 plant compounds on mouse and human cell lines.",
    "To test this, the team ran a series of experiments on pigs and rats.",
])
def test_describing_animal_or_dish_work_is_not_extrapolating(analyser, text):
    """Extrapolation is a result stated as a benefit; these claim nothing (strength none), though
    the model alone scores them 0.50-0.83."""
    (s,) = analyser.analyse(text)["sentences"]
    assert s["strength"] == "none" and "extrapolation" not in s["labels"], s["scores"]
    assert "extrapolation" in analyser.analyse("Green tea extract strengthens bones, a study in mice shows.")[
        "sentences"][0]["labels"]


def test_causal_wording_on_a_trial_is_how_its_results_are_stated(analyser):
    """The sentence alone is flagged (its design unknown); in a trial's story it is not; in a
    survey's story it is."""
    claim = "Tai chi significantly improves the symptoms of fibromyalgia, a study released Wednesday suggests."
    alone = analyser.analyse(claim)["sentences"][0]
    assert "causal" in alone["labels"], alone["scores"]
    trial = analyser.analyse("In a randomised trial, 66 patients did tai chi or stretching classes. " + claim)
    assert "causal" not in trial["sentences"][1]["labels"]
    survey = analyser.analyse("Researchers surveyed 600 people about their exercise habits. " + claim)
    assert "causal" in survey["sentences"][1]["labels"]


@pytest.mark.parametrize("text", [
    "Heart attacks kill 600,000 people a year, according to the American Heart Association.",
    "The results were presented at the Association of British Neurologists meeting in May.",
    "\"The pills work,\" said Dr Lee, an associate professor of medicine at Leeds.",
    "(Associated Press) The clinic opened on Monday.",
    "\"It works,\" said Emma Childs, a research associate at the University of Chicago.",
    "\"It works,\" said Amit Khera, MD, Associate Chair of Cardiology.",
    "The society is the world's leading medical association for lung doctors.",
    "The gel reduced the itching and its associated sleep loss.",
    "Dr Daisy Fancourt, Research Associate at the Centre for Performance Science, led the work.",
    "Association for Cancer Research meeting in Washington.",
    "\"It looks natural,\" said Dr Ana Ruiz, an associate instructor of dermatology.",
    "During the test, the EEG records how the brain responds to each sound.",
])
def test_an_association_or_an_associate_by_name_is_no_observational_design(text):
    from classifier.features import cue_matches

    assert "observational" not in cue_matches(text)


@pytest.mark.parametrize("text", [
    "Study Finds Association Between Coffee and MS",
    "The association between sleep and memory was strongest in women.",
    "Diabetes was associated with a higher risk, the American Heart Association said.",
])
def test_an_association_found_is_still_one(text):
    from classifier.features import cue_matches

    assert "observational" in cue_matches(text)


@pytest.mark.parametrize("text", [
    "The costs associated with the new scanner fell by half within two years.",
    "Side effects associated with the drug include nausea and dizziness.",
    "Surgeons remove the trigger sites linked to the patient's headaches.",
    "The study found that the formula lowered the antibodies associated with type 1 diabetes.",
    "The study found that triglycerides, a type of fat tied to heart disease, fell by a third.",
    "Source: National Bureau of Statistics, 2016, National Health Survey: first results.",
    "A small study shows that the new antibody reduces the plaques in the brain associated with the disease.",
])
def test_a_property_associated_with_something_names_no_observational_design(text):
    from classifier.criteria import names_observational_design
    from classifier.features import cue_matches

    assert not names_observational_design(text, cue_matches(text))


@pytest.mark.parametrize("text", [
    "The study found that plaques in the brain were associated with memory loss.",
    "The survey found that coffee drinkers in the cohort had fewer relapses.",
])
def test_a_relation_the_study_found_still_names_an_observational_design(text):
    from classifier.criteria import names_observational_design
    from classifier.features import cue_matches

    assert names_observational_design(text, cue_matches(text))


def test_a_device_story_that_mentions_costs_associated_with_care_has_no_causal_flag(analyser):
    device = ("A new headband sends mild pulses to the nerves of the forehead. "
              "Wearing it every night reduces migraine attacks, the makers reported. ")
    story = analyser.analyse(device + "The costs associated with migraine care are high.")["sentences"]
    assert [s["labels"] for s in story] == [[], [], []]
    surveyed = analyser.analyse(device + "The makers surveyed 900 people who bought the headband.")["sentences"]
    assert "causal" in surveyed[1]["labels"], surveyed[1]


@pytest.mark.parametrize("text", [
    "Patients with poorly controlled diabetes were included.",
    "Uncontrolled blood pressure raises the risk of stroke.",
    "Larger randomised controlled trials are needed to confirm the finding.",
    "More trials are still needed, the authors said.",
])
def test_a_disease_under_control_or_a_trial_called_for_is_no_trial(text):
    from classifier.features import cue_matches

    assert "trial" not in cue_matches(text)


def test_a_trial_run_is_still_one():
    from classifier.features import cue_matches

    assert "trial" in cue_matches("In a randomised controlled trial, 60 patients took the pill.")
    assert "trial" in cue_matches("Clinical trials of the drug are under way.")


def test_quoting_the_american_heart_association_does_not_make_a_trial_observational(analyser):
    claim = "Tai chi significantly improves the symptoms of fibromyalgia, a study released Wednesday suggests."
    story = analyser.analyse("In a randomised trial, 66 patients did tai chi or stretching classes. " + claim +
                             " Exercise is good for the heart, according to the American Heart Association.")
    assert "causal" not in story["sentences"][1]["labels"], story["sentences"][1]


def test_a_trial_described_without_the_word_trial_is_one(analyser):
    """"Randomly assigned", "the control group": the design is a trial, though "those who" reads
    as an observational cue, and the causal rule once flagged its conclusion."""
    story = ("Sixty older adults were randomly assigned to a weekly dance class or to their usual routine. "
             "Those who danced had fewer falls over the year. "
             "Weekly dance classes cut the risk of falls in older people, the researchers concluded.")
    assert "causal" not in analyser.analyse(story)["sentences"][2]["labels"]
    from classifier.criteria import story_design

    assert story_design(["Patients in the control group got a sham injection."])["trial"]
    assert story_design(["The device lowered deaths by a third, a multiyear clinical study found."])["trial"]
    assert not story_design(["Those who danced had fewer falls."])["trial"]
    assert story_design(["The team randomly assigned 201 adults to meditation or a health class."])["trial"]
    assert story_design(["Patients given the drug did better than those given dummy pills."])["trial"]
    assert not story_design(["In this records study, treatments weren't randomly assigned."])["trial"]


def test_causal_story_rule_leaves_animal_experiments_alone(analyser):
    """Causal wording is how an experiment's result is stated, in rats as in a trial ("data from"
    made this story look observational); one earlier study in mice does not make a survey one."""
    rats = ("Researchers gave 40 rats with arthritis an extract of scorpion venom. "
            "The treated rats were compared with untreated rats, and data from both groups were analysed. "
            "The venom component reduces joint swelling, the researchers concluded.")
    assert "causal" not in analyser.analyse(rats)["sentences"][2]["labels"]
    survey = ("Researchers surveyed 5,000 office workers about their habits. "
              "In an earlier study, mice on standing wheels ran more. "
              "Standing desks reduce back pain, the researchers concluded.")
    assert "causal" in analyser.analyse(survey)["sentences"][2]["labels"]


def test_causal_story_rule_in_a_records_study_that_cites_work_in_mice(analyser):
    """The records are the story's own data: its causal headline is flagged; the sentences
    about the earlier mouse work state that work's results and are not."""
    story = ("Kidney patients on the pill show less memory loss\n\n"
             "The team analysed data from the medical records of 2,600 kidney patients. "
             "Those who took the pill were compared with national data from other adults. "
             "People who took the pill had fewer diagnoses of memory loss, the researchers reported. "
             "In mice, the pill restored memory, the team showed earlier. "
             "Mice given the pill also lived longer.")
    s = analyser.analyse(story, title="Kidney pill protects against memory loss")["sentences"]
    assert "causal" in s[0]["labels"], s[0]["scores"]
    assert all("causal" not in x["labels"] for x in s if "mice" in x["text"].lower())


@pytest.mark.parametrize("survey,spared,plain", [
    # a change measured after an intervention reports an uncontrolled experiment's result
    ("Researchers surveyed 2,000 adults about their diets and blood pressure.",
     "After six weeks of the programme, cutting salt lowered the volunteers' blood pressure, the study found.",
     "Cutting salt lowered blood pressure, the study found."),
    # a device's effect is tested in trials, not surveys
    ("Researchers surveyed 3,000 adults with migraine about their habits.",
     "A new headband device reduces migraine attacks, the study found.",
     "Drinking water reduces migraine attacks, the study found."),
    # what earlier work found is background, not the story's own association
    ("Researchers surveyed 5,000 office workers about how long they sit each day.",
     "Previous studies have found that standing desks lower back pain in office workers.",
     "Taking short walks lowers back pain, the survey found."),
    ("The team analysed the health records of 40,000 nurses.",
     "Vitamin D has been shown to help keep bones strong in older women, the researchers noted.",
     "Drinking tea strengthens bones, the records study found."),
    # a need or an aim: what is still to be shown
    ("Researchers surveyed 4,000 adults about their walking and their blood pressure.",
     "Larger studies are now needed to confirm that brisk walking lowers blood pressure, the study authors said.",
     "Brisk walking lowers blood pressure, the survey found."),
    ("The team analysed the health records of 12,000 pregnant women.",
     "The researchers want to add to this survey to establish, through randomised trials, that the vitamin prevents "
     "early births.",
     "Taking the vitamin prevents early births, the records study found."),
    # a fact or a mechanism a researcher explains, with no study, data or finding named
    ("Researchers surveyed 3,000 adults about their exercise habits.",
     "Regular exercise strengthens the heart muscle and lowers blood pressure, the researchers say.",
     "Cycling to work lowers the risk of heart disease, the survey found."),
])
def test_causal_story_rule_leaves_uncontrolled_device_and_background_results_alone(analyser, survey, spared, plain):
    """In a story that names a survey, its causal wording is flagged, but not a result measured
    after an intervention, a device's effect, what earlier work found, a need or an aim, or a fact
    that names no study."""
    _, s_spared, s_plain = analyser.analyse(" ".join((survey, spared, plain)))["sentences"]
    assert "causal" not in s_spared["labels"]
    assert "causal" in s_plain["labels"]


@pytest.mark.parametrize("pattern,text,matches", [
    # what earlier work found: background, not the story's own association
    ("BACKGROUND", "Research has shown that fish oil lowers the risk of an irregular heartbeat.", True),
    ("BACKGROUND", "There have been several very large studies showing that walking lowers blood pressure.", True),
    ("BACKGROUND", "A previous study by the same group found that the pill cut migraines.", True),
    ("BACKGROUND", "The same team has previously found a link between gum disease and arthritis.", True),
    ("BACKGROUND", "Research over the last three decades has demonstrated that treating diabetes prevents strokes.", True),
    ("BACKGROUND", "The new study found that drinking coffee lowers the risk of gout.", False),
    ("BACKGROUND", "Other patients in the survey reported less pain after yoga.", False),
    # a sentence reporting a result names the study, its data or its finders
    ("NAMES_A_STUDY", "Eating oily fish cuts the risk of stroke, the records study found.", True),
    ("NAMES_A_STUDY", "In this analysis, eating nuts lowered the risk of gout.", True),
    ("NAMES_A_STUDY", "A large waistline doubles the risk of polyps, according to Korean researchers.", True),
    ("NAMES_A_STUDY", "Wearing it every night reduces migraine attacks, the makers reported.", True),
    ("NAMES_A_STUDY", "Caffeine blocks this pathway in the brain, the researchers say.", False),
    ("NAMES_A_STUDY", "Flavonoids are substances found in plant foods that help prevent damage to cells.", False),
    ("NAMES_A_STUDY", "Tests that have been found to cut deaths from bowel cancer are free.", False),
    # a need or an aim, not a finding
    ("AIM_OR_NEED", "Observational studies are needed to confirm the safety of the drug in pregnancy.", True),
    ("AIM_OR_NEED", "They want to add to this study to establish, through trials, that fish improves sleep.", True),
    ("AIM_OR_NEED", "Further trials are warranted to explore treatments that improve outcomes after the surgery.", True),
    ("AIM_OR_NEED", "The study confirms that fish improves sleep, and more work is planned.", False),
    # a dose-response stated as a correlation
    ("CORRELATIVE", "The more walnuts the men ate, the lower their risk of gout.", True),
    ("CORRELATIVE", "The higher the dose, the better the patients slept.", True),
    ("CORRELATIVE", "Walnuts lower the risk of gout, and more is better.", False),
    # an observational design described rather than named
    ("OBSERVATIONAL_WORDING", "The researchers tracked nearly 2,500 women for six years.", True),
    ("OBSERVATIONAL_WORDING", "The team looked at data from over 80,000 nurses.", True),
    ("OBSERVATIONAL_WORDING", "Walkers lived longer than those who did not walk.", True),
    ("OBSERVATIONAL_WORDING", "Coffee drinkers had 39% lower odds of mouth cancer.", True),
    ("OBSERVATIONAL_WORDING", "The women took part in the Nurses' Health Study.", True),
    ("OBSERVATIONAL_WORDING", "Those who ate the most walnuts were 20% less likely to have a stroke.", True),
    ("OBSERVATIONAL_WORDING", "Teens in the top fifth of fibre intake had fewer colds.", True),
    ("OBSERVATIONAL_WORDING", "People with the highest levels of vitamin K in their blood lived longer.", True),
    ("OBSERVATIONAL_WORDING", "Regular nut-eaters were less likely to have gallstones.", True),
    ("OBSERVATIONAL_WORDING", "The trial followed participants for about three years.", False),
    ("OBSERVATIONAL_WORDING", "At the highest level of stimulation, most patients reported less pain.", False),
    ("OBSERVATIONAL_WORDING", "A new scan is increasing the odds of finding tumours early.", False),
    ("OBSERVATIONAL_WORDING", "said a professor of epidemiology at the university.", False),
    ("OBSERVATIONAL_WORDING", "The team reviewed the medical charts of 9,073 surgery patients.", True),
    ("OBSERVATIONAL_WORDING", "An analysis of insurance claims for 2,200 people found the same.", True),
    ("OBSERVATIONAL_WORDING", "They implanted the device in 67 people and followed them for 18 months.", False),
    # data, records or a database named otherwise, people interviewed
    ("OBSERVATIONAL_WORDING", "The new study tapped into data from more than 20,000 children.", True),
    ("OBSERVATIONAL_WORDING", "Now, using data on more than 113,000 individuals, researchers studied aspirin.", True),
    ("OBSERVATIONAL_WORDING", "Using national data, the researchers found the rate nearly doubled.", True),
    ("OBSERVATIONAL_WORDING", "The co-authors analyzed an enormous trove of data on over 66,000 men and women.", True),
    ("OBSERVATIONAL_WORDING", "For the study, the team looked at information from more than 76,000 patients.", True),
    ("OBSERVATIONAL_WORDING", "The researchers based their conclusion on a database of 2,315 Finnish men.", True),
    ("OBSERVATIONAL_WORDING", "The researchers interviewed 200 patients who were undergoing angiography.", True),
    ("OBSERVATIONAL_WORDING", "In a separate paper using data from the same study, he found fewer cancer deaths.", False),
    ("OBSERVATIONAL_WORDING", "A computer compares these to a database of 10,000 archived images.", False),
    ("OBSERVATIONAL_WORDING", "The agency approves drugs using clinical trial data.", False),
    # a trial described rather than named
    ("TRIAL_WORDING", "After a year, 71 percent were alive, compared with 61 percent of those treated with Yervoy.", True),
    ("TRIAL_WORDING", "In the study, 320 adults with back pain received one of three approaches.", True),
    ("TRIAL_WORDING", "Those who got 30 minutes of activity a day were compared to those who got less.", False),
    # arms by who was assigned, by what each took, by the other half; a head-to-head test
    ("TRIAL_WORDING", "They assigned 43 children to the acupuncture group for eight weeks.", True),
    ("TRIAL_WORDING", "After the biopsy, the women were assigned at random to have more nodes removed.", True),
    ("TRIAL_WORDING", "The men took either one capsule of the extract or three capsules daily.", True),
    ("TRIAL_WORDING", "They asked 20 volunteers to drink a milkshake that either contained the fibre, or did not.", True),
    ("TRIAL_WORDING", "The other half of dieters followed a low-fat diet of 1,200 calories a day.", True),
    ("TRIAL_WORDING", "The study tested it against warfarin in 14,264 people.", True),
    # ... not what people chose, which records compare as well, nor a group compared in a registry
    ("TRIAL_WORDING", "Patients who took statins before either open or keyhole repair did better.", False),
    ("TRIAL_WORDING", "Only 2 percent of the women developed diabetes, compared to 7 percent of the other group.", False),
])
def test_the_causal_story_rules_patterns(pattern, text, matches):
    from classifier import criteria

    # (the design wordings are matched in lower-cased sentences, the others ignore case)
    assert bool(getattr(criteria, pattern).search(text.lower())) == matches


def test_a_relation_stated_as_a_fact_names_no_observational_design(analyser):
    """"Night sweats are linked to falling hormone levels" states a fact, not what this story's
    study found: the story of an experiment it sits in gets no association to overstate.
    "Linked" in a sentence that reports a finding still names one."""
    from classifier.criteria import names_observational_design
    from classifier.features import cue_matches

    story = ("Night sweats are linked to falling hormone levels in midlife. "
             "Researchers gave 60 women five weekly sessions of guided relaxation. "
             "The sessions reduced night sweats by half, the study found.")
    s = analyser.analyse(story, title="Relaxation sessions ease night sweats")["sentences"]
    assert all("causal" not in x["labels"] for x in s), [(x["text"], x["labels"]) for x in s]
    fact, finding = "Night sweats are linked to falling hormone levels.", "Night sweats are linked to coffee, the survey found."
    assert not names_observational_design(fact, cue_matches(fact))
    assert names_observational_design(fact, cue_matches(fact), headline=True)
    assert names_observational_design(finding, cue_matches(finding))


def test_a_link_found_by_earlier_work_or_a_named_questionnaire_makes_no_story_observational(analyser):
    """A treatment study whose story mentions the link earlier studies found, and measures its
    outcome with a questionnaire named for it, reports results of the treatment, not an association;
    a story that groups people by how much they ate reports one, whatever earlier work found."""
    treated = ("Previous studies have found a link between gum disease and knee pain. "
               "Researchers treated the gums of 40 men with knee pain. "
               "Their scores on the Knee Pain Impact Questionnaire improved within two months, the study found.")
    s = analyser.analyse(treated, title="Treating gum disease eases knee pain")["sentences"]
    assert all("causal" not in x["labels"] for x in s), [(x["text"], x["labels"]) for x in s]
    grouped = ("Other studies have found a link between walnuts and heart health. "
               "Those who ate the most walnuts were 20% less likely to have a stroke, the study found.")
    s = analyser.analyse(grouped, title="Walnuts cut the risk of stroke")["sentences"]
    assert "causal" in s[0]["labels"], [(x["text"], x["labels"]) for x in s]


def test_the_more_the_lower_states_an_association_as_one(analyser):
    """"The more walnuts they ate, the lower their risk" is how an association should be put; the
    same cohort's "eating walnuts cuts the risk" is causal wording for it."""
    story = ("Researchers surveyed 30,000 men about their diets. "
             "The more walnuts the men ate, the lower their risk of gout, the study found. "
             "Eating walnuts cuts the risk of gout, the researchers concluded.")
    s = analyser.analyse(story, title="Walnuts and gout")["sentences"]
    assert "causal" not in s[2]["labels"] and "causal" in s[3]["labels"], [(x["text"], x["labels"]) for x in s]


def test_a_cohort_described_without_its_name_is_observational(analyser):
    """"Tracked 3,400 men … than those who did not" is a cohort, though the story never says
    "cohort": its causal headline and finding overstate an association."""
    story = ("Researchers tracked 3,400 men for ten years. "
             "Men who ate a handful of nuts each day had fewer heart attacks than those who did not. "
             "Eating nuts cuts the risk of a heart attack by a quarter, the study found.")
    s = analyser.analyse(story, title="A handful of nuts a day protects the heart")["sentences"]
    assert "causal" in s[0]["labels"] and "causal" in s[3]["labels"], [(x["text"], x["labels"]) for x in s]


def test_a_causal_claim_the_studys_author_makes_for_an_association_is_flagged(analyser):
    """The researchers speaking for their survey overstate it as the study would: "Coffee protects the
    brain, the lead author said" names no study, but who speaks is the study."""
    story = ("People who drank four cups of coffee a day were a third less likely to develop multiple sclerosis, "
             "according to a survey of 6,000 Swedes. Coffee protects the brain from the disease, the lead author said. "
             "The researchers did not say who funded the work.")
    s = analyser.analyse(story)["sentences"]
    assert "causal" in s[1]["labels"] and s[1]["triggers"]["causal"] == ["protects"], s[1]
    # an outside expert's general statement is not the study speaking
    other = story.replace("the lead author said", "said Dr Ray, a neurologist in Leeds")
    assert "causal" not in analyser.analyse(other)["sentences"][1]["labels"]
    # and in a trial, causal wording states its results
    trial = ("In a randomised trial of 400 patients, those given the drug had fewer relapses than those given a placebo. "
             "The drug protects the brain from the disease, the lead author said.")
    assert "causal" not in analyser.analyse(trial)["sentences"][1]["labels"]


def test_causal_story_rule_rests_on_verbs_not_nouns(analyser):
    """"Protectors" and "treatment" share their stems with causal verbs; as nouns they claim
    nothing, and the rule once flagged "Chest Protectors Guard Against Deadly Blows"."""
    from classifier.analyser import causal_verbs

    story = ("Researchers surveyed 5,000 office workers about their habits. "
             "Back protectors guard against injuries, the study found.")
    assert "causal" not in analyser.analyse(story)["sentences"][1]["labels"]
    assert causal_verbs("Back protectors and early treatment lower the risk") == ["lower"]


def test_the_headline_of_a_story_of_people_is_no_extrapolation(analyser):
    """The model reads "may ease" in a headline as a dish or mouse result carried to people; with no
    animal, cell or lab work in the headline or the story, there is none to carry."""
    body = ("In a trial of 120 adults, those given the tea extract for eight weeks reported less anxiety than those "
            "given a placebo. The researchers plan a larger study.")
    headline = analyser.analyse(body, title="Study Shows Tea Extract May Ease Anxiety")["sentences"][0]
    assert headline["headline"] and "extrapolation" not in headline["labels"], headline["scores"]


@pytest.mark.parametrize("text,verbs", [
    ("Results showed that 10% of the cohort died during follow-up.", []),
    ("The simpler operation shows good results.", []),
    ("New article highlights benefits of meditation for memory", []),
    ("A blood test detects elevated risk for dementia.", []),
    ("Smoking results in lung damage.", ["results", "damage"]),
    ("Older women benefit from walking, and walking benefits their hearts.", ["benefit", "benefits"]),
    ("Stress elevated their blood pressure.", ["elevated"]),
    ("The rate of dementia in the group was significantly lower than in the population.", []),
    ("Statins lower cholesterol, and the risk is lower still with exercise.", ["lower"]),
    # a change with no object says what happened, not what caused it; a passive has a cause behind it
    ("Patients left the study because their pain decreased.", []),
    ("Blood pressure and cholesterol all improved, especially among those who lost the most weight.", []),
    ("Survival increased by 46% among nut eaters.", []),
    ("Twenty years of records show that outcomes have clearly improved for patients having the surgery.", []),
    ("The risk was reduced by a third, and walking improved their mood.", ["reduced", "improved"]),
    ("Her migraines improved with the new pill.", ["improved"]),
    # a compound's end is no verb
    ("Patients who took cholesterol-lowering pills had fewer complications.", []),
    ("Mood-boosting walks and pain-relieving creams reduce stress.", ["reduce"]),
    ("People who ate nuts--a source of good fats--lowered their risk.", ["lowered"]),
    # a fight against a measure, not a disease
    ("People fighting the vaccine out of their own biases are making things worse.", []),
    ("The new drug fights the vaccine-resistant strain.", ["fights"]),
    # a cause, a lead author and lead in the water are nouns; "lead to" and "causes" are verbs
    ("Breast cancer remains a major cause of death, said lead author Jane Ray.", []),
    ("Lead poisoning and lead exposure in old pipes harm children.", ["harm"]),
    ("Smoking causes cancer and can lead to early death.", ["causes", "lead"]),
    # a participle after a preposition describes: "the search for improved screening"
    ("There is reason to search for improved screening methods.", []),
    ("The scans improved screening, and were linked to reduced deaths.", ["improved"]),
    # ... or after a verb of showing: "display reduced brain size"
    ("Babies born early showed reduced brain volume at term.", []),
    # a study "led by" someone, a "nerve block", are no causes
    ("The study, led by doctors in Leeds, found that aspirin lowers the risk.", ["lowers"]),
    ("Patients given nerve blocks went home sooner, and the drug blocks pain signals.", ["blocks"]),
    ("Smoking led to cancer.", ["led"]),
])
def test_causal_verbs_are_told_from_nouns_and_adjectives_by_the_words_beside_them(text, verbs):
    from classifier.analyser import causal_verbs

    assert causal_verbs(text) == verbs


@pytest.mark.parametrize("text,verbs", [
    # a trend states no effect
    ("The share of keyhole operations increased from 24.8 percent in 2000 to 84.3 percent in 2013.", []),
    ("Infections in the ward decreased from about 12% to 4%.", []),
    ("The drug reduced blood pressure from 150 to 130.", ["reduced"]),
    # nor a change in how much a treatment is used
    ("Doctors' enthusiasm for the scans has led to an explosion in their use.", []),
    ("The new guidance led to a sharp drop in antibiotic prescriptions.", []),
    ("The scans led to a sharp drop in deaths.", ["led"]),
    # nor a hypothesis
    ("Doctors would discuss it, because if it works to protect against the disease, it could help.", ["help"]),
    ("If you eat fish twice a week and walk daily, you cut your risk of stroke.", ["cut"]),
    # nor what an illness does, in the clause that names it
    ("The gene fails in Wiskott-Aldrich syndrome, a rare disorder that leads to prolonged bleeding from small cuts.", []),
    ("Statins also helped patients with artery disease, a condition which often causes blockages in the legs.", ["helped"]),
    ("Patients with the disease, which causes fatigue, said the drug reduced their fatigue.", ["reduced"]),
    ("The trial tested a drug that reduces the risk of stroke.", ["reduces"]),
    # nor "control" as the noun of what is kept in check
    ("94% of patients report improvements in energy, balance, bladder control or walking.", []),
    ("It improved glycemic control in 40 adults.", ["improved"]),
    ("The drug helps control blood sugar, and metformin controls it too.", ["helps", "control", "controls"]),
])
def test_causal_verbs_leave_out_trends_hypotheses_and_what_defines_an_illness(text, verbs):
    from classifier.analyser import causal_verbs

    assert causal_verbs(text) == verbs


@pytest.mark.parametrize("text,verbs", [
    ("Beta-blockers used by musicians, athletes, students to enhance performance", []),
    ("Few studies have tested the usefulness of zinc lozenges to reduce the length of colds.", []),
    ("Records were examined to determine how their tea drinking affected their chances of a stroke.", []),
    ("The team set out to find out whether the diet prevents migraine.", []),
    ("Zinc lozenges used early reduce the length of colds.", ["reduce"]),
    ("The drug was shown to reduce relapses.", ["reduce"]),
])
def test_a_causal_verb_stating_a_purpose_or_an_aim_is_no_claim(text, verbs):
    from classifier.analyser import causal_verbs

    assert causal_verbs(text) == verbs


@pytest.mark.parametrize("claim", [
    "The survey found that 65% said that the cream worked better than the one their doctor prescribed.",
    "The survey showed that more women than men reported a fear of the dentist.",
    "Beta-blockers are used by musicians, athletes and students to enhance performance.",
])
def test_a_sentence_without_causal_language_gets_no_causal_flag(analyser, claim):
    """A design and a finding are not causal language: the model alone scores such sentences causal."""
    story = analyser.analyse("Researchers surveyed 900 adults about their health. " + claim)
    assert "causal" not in story["sentences"][1]["labels"], story["sentences"][1]["scores"]


def test_a_survey_story_whose_results_showed_a_count_has_no_causal_flag(analyser):
    story = ("Researchers followed 2,000 coffee drinkers in a cohort study. "
             "Results showed that around 10% of the cohort died during the follow-up period.")
    assert "causal" not in analyser.analyse(story)["sentences"][1]["labels"]


def test_a_headline_repeated_at_the_top_of_the_text_is_read_once(analyser):
    title = "Miracle pill cures diabetes"
    r = analyser.analyse(title + "\n\nThe company tested it on 12 volunteers.", title=title)
    assert [s["text"] for s in r["sentences"]] == [title, "The company tested it on 12 volunteers."]
    assert r["sentences"][0]["headline"] and r["sentences"][0]["labels"]
    # without a title, the first line is the headline, as before
    r = analyser.analyse(title + "\n\nThe company tested it on 12 volunteers.")
    assert [s["headline"] for s in r["sentences"]] == [True, False]


INSTITUTION = "The Northfield Institute is a pioneer of groundbreaking research and the world's first hospital devoted to kidney disease."


def release(end_heading: str) -> str:
    return ("Drug X slows kidney decline in a trial\n\n"
            "In a randomised trial of 400 patients, drug X slowed the decline of kidney function by 30 percent.\n\n"
            f"{end_heading}\n\n{INSTITUTION}\n")


@pytest.mark.parametrize("end_heading", ["###", "-ends-", "Notes to editors", "About the Northfield Institute",
                                         "ABOUT NORTHFIELD KIDNEY CENTER", "Forward-Looking Statements"])
def test_a_press_release_end_matter_is_never_flagged(analyser, end_heading):
    """What follows "###" or "About <organisation>" describes the institutions, not the story's findings."""
    (about,) = [s for s in analyser.analyse(release(end_heading))["sentences"] if s["text"] == INSTITUTION]
    assert about["labels"] == [], about["scores"]


def test_an_about_heading_glued_to_its_paragraph_still_starts_the_end_matter(analyser):
    """Extractors sometimes lose the line break: "About the Northfield InstituteThe Northfield …"."""
    glued = release("###").replace("###\n\n", "About the Northfield Institute")
    (about,) = [s for s in analyser.analyse(glued)["sentences"] if "groundbreaking research" in s["text"]]
    assert about["text"].startswith("About the Northfield InstituteThe") and about["labels"] == [], about


def test_an_about_heading_glued_after_the_organisations_full_name_still_starts_the_end_matter(analyser):
    """... with words after the organisation's: "About Northfield College of MedicineLocated on the campus …"."""
    glued = release("###").replace("###\n\n", "About Northfield College of Medicine").replace(
        "The Northfield Institute is", "Located in Northfield, the college is")
    (about,) = [s for s in analyser.analyse(glued)["sentences"] if "groundbreaking research" in s["text"]]
    assert about["labels"] == [], about


def test_an_about_heading_glued_to_both_paragraphs_still_starts_the_end_matter(analyser):
    """... and the one before: "… by 30 percent. About NKI Kidney CenterNKI, one of …"."""
    glued = release("###").replace("\n\n###\n\n", " About NKI Kidney Center").replace(
        "The Northfield Institute is", "NKI, the Northfield Institute, is")
    (about,) = [s for s in analyser.analyse(glued)["sentences"] if "groundbreaking research" in s["text"]]
    assert about["labels"] == [], about


@pytest.mark.parametrize("company", [
    "Renalis is committed to groundbreaking medicines, the world's first devoted to kidney disease.",
    "Renalis, Inc. is a pioneer of groundbreaking research and the world's first kidney company.",
    "Renalis (NASDAQ: RNLS) is a revolutionary biotech, the world's first devoted to kidney disease.",
    "Founded in 1990, Renalis is a pioneer of groundbreaking research, the world's first of its kind.",
])
def test_an_about_heading_over_a_company_starts_the_end_matter(analyser, company):
    """"About Amgen" has no organisation's word; the paragraph under it says it is a company."""
    text = release("About Renalis").replace(INSTITUTION, company)
    (about,) = [s for s in analyser.analyse(text)["sentences"] if s["text"] == company]
    assert about["labels"] == [], about["scores"]


@pytest.mark.parametrize("heading", ["About the study", "About Renalor®", "Results"])
def test_what_a_release_says_of_its_study_or_product_is_still_read(analyser, heading):
    (about,) = [s for s in analyser.analyse(release(heading))["sentences"] if s["text"] == INSTITUTION]
    assert {"hype", "novelty"} <= set(about["labels"]), about["scores"]


def test_result_is_json_serialisable(analyser):
    import json

    r = analyser.analyse("A miracle pill cures ageing in mice.\n\nIt is proven.", title="Wonder drug")
    back = json.loads(json.dumps(r))
    assert back == r
    assert set(r) == {"score", "sentences", "criteria", "references", "out_of_scope", "model_version"}
    assert isinstance(r["score"], float) and 0.0 <= r["score"] <= 1.0
    for s in r["sentences"]:
        assert set(s["scores"]) == set(classifier.LABELS)
        assert s["strength"] in classifier.STRENGTHS


def test_the_study_a_story_reports_from_its_words_and_its_links(analyser):
    r = analyser.analyse("The trial (NCT01234567) was published Monday in the journal Neurology.",
                         links=["https://doi.org/10.1212/WNL.0000000000012345", "https://example.org/about"])
    assert r["references"] == [{"kind": "doi", "value": "10.1212/wnl.0000000000012345"},
                               {"kind": "trial", "value": "NCT01234567"}, {"kind": "journal", "value": "Neurology"}]
    assert analyser.analyse("")["references"] == []


def test_empty_text(analyser):
    r = analyser.analyse("")
    assert r["sentences"] == [] and r["score"] == 0.0


def test_the_cue_scan_shortcut_finds_every_cue_of_the_corpus():
    """The cue scan starts with "\\b" to skip positions inside words, which holds only while every
    cue begins with a letter or a digit: on the whole corpus it finds what the plain scan finds."""
    import re

    from classifier import features
    from classifier.dataset import load_corpus

    plain = re.compile(features._ANY.pattern.removeprefix(r"\b"))
    assert plain.pattern != features._ANY.pattern
    for e in load_corpus():
        low = e.text.lower()
        assert [m.span(1) for m in features._ANY.finditer(low)] == [m.span(1) for m in plain.finditer(low)], e.text


def test_a_dateline_does_not_weaken_a_ledes_claim(analyser):
    """A wire's dateline ("MONDAY, March 2, 2026 (HealthDay News) -- ") pads the lede, the
    sentence that carries a story's main claim; the claim scores as it would alone."""
    claim = "A stem cell jab looks like a major breakthrough for people with heart failure, doctors say."
    (alone,) = analyser.analyse(claim)["sentences"]
    (lede,) = analyser.analyse("MONDAY, March 2, 2026 (HealthDay News) -- " + claim)["sentences"]
    assert "hype" in lede["labels"] and lede["scores"]["hype"] >= alone["scores"]["hype"], (lede["scores"], alone["scores"])


def test_what_a_denial_before_but_leaves_unclaimed_stays_unflagged(analyser):
    (s,) = analyser.analyse('"It is not a cure, but it may help some families," said the nurse who ran the clinic.')["sentences"]
    assert not s["labels"], s["scores"]
