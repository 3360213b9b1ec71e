"""Story criteria and the story score, on stories written for the tests."""
import pytest

from classifier.criteria import NAMES

GOOD = """Drug lowers blood pressure in trial

In a randomised controlled trial of 480 adults, 12 out of 240 people taking the pill had a stroke within two years, compared with 24 out of 240 on placebo.
Side effects included dizziness in 9% of patients and kidney problems in 2%, and two people died during the study.
The pill costs about $40 a month and is covered by most insurers.
It has not yet been approved by the FDA, and the company expects a decision next year.
Dr. Ana Ruiz, a cardiologist who was not involved in the study, said the effect was modest.
The study was funded by the drug's maker.
Existing treatments such as ACE inhibitors work for most patients, she added.
The drug builds on earlier research into the same hormone pathway.
"""

HYPED = """Miracle supplement halves heart attack risk

A new supplement cut the risk of heart attacks by 50%, the company said in a press release.
It is the first supplement of its kind.
Book your free consultation today and order a starter kit now!
"""

NOT_HEALTH = "The city council met on Tuesday to discuss parking charges.\n\nThe vote was postponed until March.\n"


def crit(analyser, text):
    return {c["id"]: c for c in analyser.analyse(text)["criteria"]}


def test_all_criteria_present(analyser):
    r = analyser.analyse(GOOD)
    ids = [c["id"] for c in r["criteria"]]
    assert ids == list(NAMES)
    assert ids == ["costs", "benefits_quantified", "harms", "evidence_quality", "independent_sources", "alternatives",
                   "availability", "novelty", "press_release", "commercial_interest"]
    for c in r["criteria"]:
        assert c["status"] in ("satisfied", "not_satisfied", "not_applicable")
        assert c["reason"] and "\n" not in c["reason"]
        assert all(0 <= i < len(r["sentences"]) for i in c["evidence"])


def test_good_story_satisfies_criteria(analyser):
    c = crit(analyser, GOOD)
    for cid in NAMES:
        assert c[cid]["status"] == "satisfied", (cid, c[cid])
    assert c["costs"]["evidence"] and c["harms"]["evidence"]


def test_hyped_story_fails_criteria(analyser):
    r = analyser.analyse(HYPED)
    c = {x["id"]: x for x in r["criteria"]}
    assert c["benefits_quantified"]["status"] == "not_satisfied"
    assert "relative" in c["benefits_quantified"]["reason"]
    assert c["press_release"]["status"] == "not_satisfied"
    assert c["commercial_interest"]["status"] == "not_satisfied"
    assert 3 in c["commercial_interest"]["evidence"]  # the call to action
    assert c["harms"]["status"] == "not_satisfied"
    assert c["costs"]["status"] == "not_satisfied"
    assert c["novelty"]["status"] == "not_satisfied"


def test_not_health_story_is_not_applicable(analyser):
    c = crit(analyser, NOT_HEALTH)
    for cid in ("costs", "harms", "alternatives", "availability", "benefits_quantified"):
        assert c[cid]["status"] == "not_applicable", cid


def test_animal_study_fails_evidence_quality(analyser):
    story = ("A drug that cleared amyloid plaques in mice could soon help millions of people with Alzheimer's. "
             "The researchers treated 20 mice for six weeks.")
    c = crit(analyser, story)
    assert c["evidence_quality"]["status"] == "not_satisfied"


def test_story_score_orders_stories(analyser):
    good = analyser.analyse(GOOD)["score"]
    hyped = analyser.analyse(HYPED)["score"]
    assert 0.0 <= good < hyped <= 1.0
    assert good < 0.3 and hyped > 0.5


def test_headline_weighs_more(analyser):
    body = "The council published its annual report on Monday."
    claim = "Scientists hail a game-changing cure for baldness"
    as_headline = analyser.analyse(f"{claim}\n\n{body}")
    as_body = analyser.analyse(f"Annual report published\n\n{body} {claim}.")
    assert as_headline["sentences"][0]["headline"] and as_headline["sentences"][0]["labels"]
    assert as_headline["score"] > as_body["score"]


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_story_criteria(analyser, text):
    r = analyser.analyse(text)
    assert all(c["status"] == "not_applicable" for c in r["criteria"])


DENIES_HARMS = """Clinic says new stem cell shot restores mobility

More than 130,000 people in the UK live with multiple sclerosis.
The clinic's doctor said the treatment is 100% safe because it uses the patient's own cells, so there are no side effects at all.
Patients pay 25,000 pounds for the injection.
"""


def test_denying_harms_or_counting_the_sick_is_not_reporting(analyser):
    """"No side effects" and "100% safe" deny harms rather than explain them; how many people have a
    disease is not a benefit in absolute numbers."""
    c = crit(analyser, DENIES_HARMS)
    assert c["harms"]["status"] == "not_satisfied" and "denied" in c["harms"]["reason"]
    assert c["harms"]["evidence"] == [2]
    assert c["benefits_quantified"]["status"] == "not_satisfied"


@pytest.mark.parametrize("sentence, reason", [
    # risk factors, a risk the treatment did not raise, and "harmless" denied are no denial of harms
    ("Most of the women had no known risk factors for the disease.", "no harms"),
    ("The pill can be taken for years without increasing the risk of stroke, the study found.", "no harms"),
    ("The extra scans are not harmless, the radiologist warned.", "in passing"),
    ("This practice isn't totally harmless.", "in passing"),
    ("The patch is not completely risk free, the dermatologist said.", "in passing"),
    ("The implant isn't entirely safe for people with pacemakers.", "in passing"),
    ("Its maker calls the patch completely risk-free.", "denied"),
    # a risk found no higher, "risk" as a verb, an adverse correlation, what is benign
    ("Those who drank five cups a day had no higher risk of stroke than those who drank none.", "no harms"),
    ("The scan can tell cancers from harmless lumps such as cysts.", "no harms"),
    ("The blood test tells the baby's sex without having to risk a miscarriage.", "no harms"),
    ("The study found no adverse correlation between the pill and alcohol.", "no harms"),
    # and still a denial: no serious adverse side effects
    ("There were no reported serious adverse side effects, the company said.", "denied"),
    ("There were no serious side effects, but more research is needed, the company said.", "denied"),
    # ... and a verb's negation
    ("Patients didn't suffer from side effects, she noted.", "denied"),
    ("The pills do not produce adverse side-effects at a low dose.", "denied"),
    # ... and the vague words denied: a downside, discomfort, harm a treatment is not causing
    ("There's no downside to it, he says.", "denied"),
    ("No discomfort at all; it's easier than getting a tattoo, she said.", "denied"),
    ("If it's not causing any harm, then why do we have to wait for a trial?", "denied"),
    # risks named after "including", a risk "for" a harm, a test's false positives and overtreatment, all in passing
    ("Laser treatments come with risks, including eye damage.", "in passing"),
    ("The pill can increase the risk for internal bleeding, so ask a doctor first.", "in passing"),
    ("Some patients get false positives and unnecessary biopsies, doctors say.", "in passing"),
    ("The scan may lead to overtreatment of harmless lesions.", "in passing"),
    # a treatment's risks named as such
    ("Go over the risks of the procedure with your doctor first.", "in passing"),
    # "more" with nothing compared, or the idiom
    ("Some worry the pill may do more harm than good, an expert said.", "in passing"),
    ("Patients had more side effects, which the makers are studying.", "in passing"),
    ("Regulators concluded that the risks of the medication outweighed its benefits.", "in passing"),
    ("There are risks that come with a weekend warrior exercise schedule.", "in passing"),
    # ... not people at risk, including some
    ("The scan is underused in people at increased fracture risk, including women over 65.", "no harms"),
])
def test_what_is_no_denial_of_harms(analyser, sentence, reason):
    c = crit(analyser, TRIAL + sentence + "\n")["harms"]
    assert c["status"] == "not_satisfied" and reason in c["reason"], c


@pytest.mark.parametrize("sentence", [
    "Side effects included flu-like symptoms and confusion, and there were three treatment-related deaths.",
    "The most common side effects were headache and nausea after the injection.",
    "Complications from the cooling blanket are very rare, doctors say.",
    "The pill caused fewer side effects than the older drug.",
    "Patients on the pill suffered significantly more deaths from infections than those on placebo.",
    # serious harms denied beside milder ones named
    "Although some volunteers experienced redness at the site of the patch, there were no serious side effects.",
    "No significant side effects were reported during the trial, other than some arm soreness.",
    "But serious side effects were more common among those on the higher dose.",
    "After the shot, 12 percent had flu-like symptoms such as fever and headaches for a day.",
    # a list of harms, how serious with its last item
    "Side effects can include redness of the skin, swelling and skin breakdown severe enough to delay surgery.",
    # a test's false positives
    "About 10 percent of the patients had a false-positive result that led to another scan.",
])
def test_a_harm_told_by_how_often_or_how_serious_is_described(analyser, sentence):
    c = crit(analyser, TRIAL + sentence + "\n")["harms"]
    assert c["status"] == "satisfied", c


@pytest.mark.parametrize("sentence", [
    # the frequency word belongs to something else in the sentence
    "The clinic treats a few hundred patients a year, and some report side effects.",
    "Some side effects can appear long after the treatment, and a severe winter delayed the follow-up visits.",
    # a study's caveats, weak muscles and a vulnerable population are no harms at all
    "There are some important caveats, however.",
    "Many older people get weak muscles and fall.",
    "The pill is meant for vulnerable, nutrient-deficient populations.",
])
def test_what_does_not_tell_how_often_or_how_serious_a_harm_is(analyser, sentence):
    c = crit(analyser, TRIAL.replace("by half", "sharply") + sentence + "\n")["harms"]
    assert c["status"] == "not_satisfied", c
    if "side effects" not in sentence:
        assert c["reason"] == "no harms or side effects are mentioned", c


@pytest.mark.parametrize("sentence, status, reason", [
    # a change in the outcome's own units is an absolute benefit
    ("People who took the pill lost an average of 7.5 pounds.", "satisfied", "absolute"),
    ("Blood pressure fell by 10 points in the treated group.", "satisfied", "absolute"),
    ("Those on the drug lived a median of 26 months, four months longer than those on chemotherapy.", "satisfied",
     "absolute"),
    ("Patients on the pill had 2.5 fewer migraine days a month than those on placebo.", "satisfied", "absolute"),
    ("Migraine days fell from 12 a month to 6.", "satisfied", "absolute"),
    ("The results were striking: volunteers lost an average of 17.5 pounds in 22 weeks.", "satisfied", "absolute"),
    # ... and weight lost as a share of one's own
    ("Those on the pill lost an average of 7 percent of their body weight in a year.", "satisfied", "absolute"),
    ("Dieters on both plans: •Lost an average of 11% of their starting weight after one year.", "satisfied",
     "absolute"),
    ("Volunteers on the pill lose 10% to 15% of their initial body weight.", "satisfied", "absolute"),
    ("The harness takes up to 80 percent of their body weight off their joints.", "not_satisfied", "never quantified"),
    # a change by a share of itself is relative
    ("The pill cut migraine days by 40 percent.", "not_satisfied", "relative"),
    ("The pill slowed cognitive decline by 27 per cent over 18 months.", "not_satisfied", "relative"),
    ("Survival rates more than double with the new pill, doctors say.", "not_satisfied", "relative"),
    ("The rate of relief was nearly double that among women on placebo.", "not_satisfied", "relative"),
    ("Coffee drinkers were a third less likely to have MS than those who never drank it.", "not_satisfied", "relative"),
    ("Those on the pill were half as likely to have a migraine.", "not_satisfied", "relative"),
    # who gets the disease more often is no relative benefit
    ("Women are around three times more likely than men to have migraines.", "not_satisfied", "never quantified"),
    ("Women on the pill were 20 percent less likely than women on placebo to have migraines.", "not_satisfied", "relative"),
    # "double" as a noun's, and a count's growth, are no relative benefit
    ("She chose a double mastectomy after the scan.", "not_satisfied", "never quantified"),
    ("The trial was double blind, so neither side knew who got the pill.", "not_satisfied", "never quantified"),
    ("The number of migraine patients is set to more than double by 2035.", "not_satisfied", "never quantified"),
    ("Sales of migraine pills have doubled in two years, analysts say.", "not_satisfied", "never quantified"),
    # a change compared with a change is relative, and a share with a harm is no benefit
    ("The pill led to a 70 percent reduction in attacks, compared with a 35 percent decline on placebo.",
     "not_satisfied", "only in relative terms"),
    ("About 3% of the patients experienced no appetite afterward, the maker said.", "not_satisfied", "never quantified"),
    # a follow-up, a time in the past, one person's story
    ("The patients were followed for 12 months.", "not_satisfied", "never quantified"),
    ("Five years earlier, doctors had drilled six holes in her skull.", "not_satisfied", "never quantified"),
    ("The pill improved heart function for at least three months.", "not_satisfied", "never quantified"),
    # "one day" as "some day", after "added" as a reporting verb, is no time gained ("lived one day longer" is)
    ("Dr. Shah added that the pill could one day complement existing drugs.", "not_satisfied", "never quantified"),
    ("Those on the pill lived one day longer than those on placebo.", "satisfied", "absolute"),
    ("On the pill, she says, she lost 50 pounds.", "not_satisfied", "never quantified"),
    # how often a harm came, the arms people were assigned to, and a disease's toll or reach are no benefit ...
    ("The only side effect that happened more often on the pill than on placebo was nausea: 1.1% vs. 0.2%.",
     "not_satisfied", "never quantified"),
    ("The pill raised the rate of bleeding from 0.7 to 1 per 1,000 people per year.", "not_satisfied", "never quantified"),
    ("The 871 patients were randomly assigned to 1 of 4 treatments.", "not_satisfied", "never quantified"),
    ("About 610,000 Americans die of migraine each year, accounting for 1 in 40 deaths.", "not_satisfied",
     "never quantified"),
    ("Migraine afflicts close to 1 in 10 American adults.", "not_satisfied", "never quantified"),
    # ... unless a benefit is counted beside the harm
    ("Bleeding rose by about 1 in 1,000 per year, while the decreased risk of stroke is 3 per 1,000 per year.",
     "satisfied", "absolute"),
    ("In the trial, 85 percent of the patients had relief, with no reported side effects.", "satisfied", "absolute"),
    # a share of the patients helped, however it is worded
    ("In all, 94 percent of the participants said the pill was beneficial.", "satisfied", "absolute"),
    ("In a survey, 94% of patients report improvements in sleep after the pill.", "satisfied", "absolute"),
    ("The pill reduced migraine days by at least half in 30 percent of patients.", "satisfied", "absolute"),
    ("After six months, 43% of participants in the pill group were experiencing a reduction in attacks.", "satisfied",
     "absolute"),
])
def test_benefits_in_the_outcomes_own_units(analyser, sentence, status, reason):
    c = crit(analyser, "New pill eases migraine\n\nIn a randomised trial, the new pill is a breakthrough, doctors say.\n"
             + sentence + "\n")["benefits_quantified"]
    assert c["status"] == status and reason in c["reason"], c


@pytest.mark.parametrize("sentence", ["Half of the 300 volunteers got the pill and half got placebos.",
                                      "The review pooled 17 cohorts with 40,000 adults in all.",
                                      "The evidence comes from case reports of 12 adults treated at one clinic."])
def test_a_design_named_in_the_plural_is_a_design(analyser, sentence):
    c = crit(analyser, "New pill eases migraine\n\nThe new pill eased migraine. " + sentence + "\n")["evidence_quality"]
    assert c["status"] == "satisfied", c


@pytest.mark.parametrize("sentence, status", [
    # who was counted, in the words studies use for them
    ("In the randomised trial, researchers studied 45 teens aged 11 to 14.", "satisfied"),
    ("The randomised trial enrolled 58 breast cancer survivors with hot flashes.", "satisfied"),
    ("The case-control study compared 66 athletes with concussions to 169 controls.", "satisfied"),
    # a type, a stage or a phase is no count
    ("In a phase 1 clinical trial in patients with tumours, the pill was safe.", "not_satisfied"),
    ("The randomised trial was in type 2 diabetics.", "not_satisfied"),
])
def test_the_size_of_a_study_is_its_people_counted(analyser, sentence, status):
    c = crit(analyser, "New pill eases migraine\n\nThe new pill eased migraine. " + sentence + "\n")["evidence_quality"]
    assert c["status"] == status, c


def test_absolute_benefit_in_patients_counts(analyser):
    c = crit(analyser, "Trial of new MS drug\n\nIn the trial, 14 patients who took the drug improved, against 6 on placebo.\n")
    assert c["benefits_quantified"]["status"] == "satisfied"


def test_not_without_complications_describes_harms(analyser):
    c = crit(analyser, "Nerve procedure eases back pain\n\n"
                       "The procedure was not without complications, which affected 5 of the 40 patients.\n")
    assert c["harms"]["status"] == "satisfied"


def test_deaths_a_treatment_prevents_are_its_benefit_not_its_harm(analyser):
    c = crit(analyser, "Statins cut heart deaths\n\n"
                       "In the trial, patients taking the statin had 20% fewer deaths from heart disease.\n"
                       "The drug could also help delay death from stroke, the authors said.\n")
    assert c["harms"]["status"] == "not_satisfied" and c["harms"]["evidence"] == [], c["harms"]


@pytest.mark.parametrize("text", [
    "Daily aspirin and cancer deaths\n\nPeople who took aspirin every day for five years were less likely to die "
    "of cancer, the review found.\n",
    "Nerve stimulator approved for cluster headaches\n\nThe stimulator is held against the neck for two minutes.\n",
    "Probiotics for constipation in children\n\nChildren given probiotics had more bowel movements, the study found.\n",
    # ... or names its kind in the plural only
    "Meditation apps and stress\n\nAdults who used meditation apps for eight weeks reported less stress.\n",
    "Yearly lung screenings for smokers\n\nSmokers offered yearly screenings were more likely to live ten years.\n",
    # ... or is a product a story names by its kind alone
    "Zinc lozenges and colds\n\nAdults who sucked zinc lozenges got over their colds two days sooner.\n",
    "A condom for women\n\nThe internal condom is worn inside the vagina, the study's authors explained.\n",
    "B vitamins and memory\n\nOlder adults taking high doses of B vitamins forgot fewer words a year later.\n",
])
def test_a_treatment_named_without_a_word_for_its_kind_is_a_treatment(analyser, text):
    """A story of aspirin, a stimulator or probiotics may never say "drug", "device" or "treatment";
    the checklist still applies to it."""
    assert crit(analyser, text)["costs"]["status"] == "not_satisfied"


def test_a_press_officers_field_is_no_treatment(analyser):
    c = crit(analyser, "Sitting and blood sugar\n\nPublished by Laura Bennett, Press Officer (Science and Medicine).\n"
                       "After an hour of sitting, insulin levels rose in the volunteers.\n")
    assert c["costs"]["status"] == "not_applicable", c["costs"]


@pytest.mark.parametrize("source", [
    "The study was published in the New England Journal of Medicine.",
    "Dr. Ann Lee, a professor of medicine at the University of Leeds, led the work.",
    "The findings appear in JAMA Internal Medicine.",
    "The paper, from researchers at Penn Medicine, appears on Monday.",
])
def test_medicine_as_a_field_or_a_name_is_no_treatment(analyser, source):
    """A story of a habit linked to a disease names no treatment, test or product, whatever journal or school it
    cites: what a treatment costs, its alternatives and its approval do not apply."""
    c = crit(analyser, "Tea drinkers and glaucoma\n\nPeople who drank hot tea every day were less likely to have "
                       "glaucoma, a survey of 1,678 adults found.\n" + source + "\n")
    for cid in ("costs", "alternatives", "availability"):
        assert c[cid]["status"] == "not_applicable", (cid, c[cid])


def test_what_a_food_contains_is_no_treatment(analyser):
    c = crit(analyser, "Seaweed in bread\n\nSeaweed is rich in fibre, minerals and vitamins, the bakers say.\n")
    assert c["costs"]["status"] == "not_applicable", c["costs"]


def test_a_hormone_measured_is_no_treatment(analyser):
    c = crit(analyser, "Sitting and blood sugar\n\nAfter an hour of sitting, insulin levels rose in the volunteers.\n")
    assert c["costs"]["status"] == "not_applicable", c["costs"]


def test_complications_a_treatment_prevents_are_its_benefit_not_its_harm(analyser):
    c = crit(analyser, "Early surgery for diabetes\n\n"
                       "In the trial, 40 of 60 patients given the surgery were off insulin after a year.\n"
                       "Surgery early on may help prevent serious complications such as kidney failure.\n")
    assert c["harms"]["status"] == "not_satisfied" and c["harms"]["evidence"] == [], c["harms"]
    fewer = crit(analyser, "Wrist access for heart stents\n\n"
                           "Patients treated through the wrist had fewer serious complications than through the groin.\n")
    assert fewer["harms"]["status"] == "satisfied", fewer["harms"]


@pytest.mark.parametrize("sentence", [
    "Postpartum depression is the most common complication of childbirth, affecting one in seven mothers.",
    "Heart attacks and strokes are serious complications of diabetes.",
    "The pill could lower the chances of severe diabetes complications, such as kidney failure.",
    "The spray helped children suffering from severe upper-respiratory infections sleep.",
    "Many people with diabetes face serious diabetic eye complications such as macular oedema.",
    "Patients on the pill saw a 27 percent reduction in the risk for further cardiac complications.",
    "The nurses gave her morphine to help her cope with the severe side effects of chemotherapy.",
    "The agency approved a treatment for a serious side effect caused by an older Parkinson's drug.",
    "A surprising (but welcome) side effect of the pill was serious weight loss.",
    "People with concussion often experience symptoms that include severe headache, dizziness and fatigue.",
    # a germ's infections
    "MRSA causes serious skin infections in two of every hundred athletes.",
    "The team used an adenovirus, a common virus known to cause mild respiratory infections.",
])
def test_a_diseases_own_complications_are_no_harm_of_the_treatment(analyser, sentence):
    c = crit(analyser, "New pill tested\n\nIn the trial, 40 of 60 patients given the pill improved.\n" + sentence + "\n")
    assert c["harms"]["status"] == "not_satisfied" and c["harms"]["evidence"] == [], c["harms"]


def test_complications_a_treatment_raises_are_still_harms(analyser):
    c = crit(analyser, "Weight-loss surgery may lower some pregnancy complications, raise others\n\n"
                       "Surgery before pregnancy raised the odds of a small baby from 2 percent to 4 percent.\n")
    assert c["harms"]["evidence"] == [0], c["harms"]  # the headline names them


def test_deaths_and_infections_a_treatment_causes_are_harms(analyser):
    c = crit(analyser, "New implant tested\n\n"
                       "Two patients died after the operation, and 5 had infections caused by the implant.\n")
    assert c["harms"]["status"] == "satisfied", c["harms"]


def test_germs_made_resistant_by_the_treatment_are_a_harm(analyser):
    c = crit(analyser, "New pill tested\n\nIn the trial, 40 of 60 patients given the pill improved.\n"
                       "Taking the pill often could drive the bacteria that cause the infections to develop resistance "
                       "to the drug, one expert warned.\n")
    assert c["harms"]["evidence"] == [2], c["harms"]


@pytest.mark.parametrize("text", [
    "Chili peppers and long life\n\nAn observational study followed 16,000 Americans for 20 years.\n",
    "Chili peppers and long life\n\nThe survey found that people who ate chili peppers lived longer.\n"
    "Because the study is observational, it cannot prove that the peppers caused the longer lives.\n",
    # the work still to do, as a limit
    "New pill for gout\n\nIn a randomized trial the pill eased gout.\nFurther trials are required to confirm its benefit.\n",
    # a design described rather than named
    "Aspirin and cancer deaths\n\nThe researchers looked at data from over 86,000 nurses over 32 years. "
    "Those who took aspirin regularly were 7% less likely to die of cancer than those who did not.\n",
    # charts and claims read, a comparison group on another treatment, arms named by their number
    "Surgery and psoriasis\n\nThe team reviewed the medical charts of 9,073 weight-loss surgery patients.\n",
    "Surgery and diabetes drugs\n\nAn analysis of insurance claims for 2,200 people who had the surgery found most stopped their pills.\n",
    "Surgery and readmissions\n\nThe team analyzed Medicare claims data on 12,000 patients who had the surgery.\n",
    # two arms by halves
    "Walking and mobility\n\nResearchers took 1,600 older adults. Half of the participants got a health education "
    "program, while the other group was told to walk daily.\n",
    # a review named by what it pooled
    "Probiotics and diarrhoea\n\nA Cochrane review of 63 studies with more than 8,000 participants found that probiotics "
    "shorten diarrhoea.\n",
    "Aspirin and cancer\n\nThe finding stems from a fresh analysis of eight studies involving more than 25,500 patients.\n",
    "New pill for melanoma\n\nThe study included 900 patients.\nA year later, 71 percent on the pill were alive, "
    "compared with 61 percent of those treated with the older drug.\n",
    "Back pain\n\nIn the study, 320 adults with back pain received one of three approaches over 12 weeks.\n",
    # data tapped, people interviewed
    "Bone drugs and fractures\n\nThe team tapped into data on more than 205,000 women who had taken the bone drugs.\n",
    "Chest pain and stress\n\nThe researchers interviewed 200 patients who were undergoing angiography.\n",
    # the count spelled out
    "Male pill\n\nIn a month-long trial, eighty-three men took various doses of the pill or a placebo.\n",
    "Beer and blood pressure\n\nTwo hundred seventy-seven men were randomly assigned to beer or water.\n",
    # arms by who was assigned or what each took, a head-to-head test; the method told by what people were asked
    # to do, by what was compared in whom, or by the other group
    "Eggs and hunger\n\nThey recruited 20 volunteers and assigned them to a week of either eggs or cereal.\n",
    "Pomegranate and PSA\n\nThe 92 men took either one capsule of the extract or three capsules daily.\n",
    "New blood thinner\n\nThe study tested it against warfarin in 14,264 people with atrial fibrillation.\n",
    "Water treadmill\n\nResearchers asked 21 patients who had had a stroke to undergo two treadmill tests.\n",
    "HPV test\n\nThe researchers compared HPV testing alone with HPV testing plus a Pap smear in 94,370 women.\n",
    "Virus for brain tumours\n\nThe team treated 61 patients. After three years, 21 percent of them were alive, "
    "compared with 4 percent of the other group.\n",
    # a review's size, the studies it pooled, and the review told by what was done
    "Back braces\n\nBraces ease pain for a while, according to an analysis of 28 studies.\n",
    "PCSK9 drugs\n\nResearchers analyzed 24 randomized control trials of the new drugs.\n",
    "Colic and tea\n\nThe investigators analyzed the findings of 40 studies published since 1990.\n",
    "Sitting and health\n\nIn the new research, experts combed through 13 papers with data on sitting time.\n",
    "Robot surgery\n\nThe team looked at 68 studies of robot-assisted surgery to find its downsides.\n",
    # a limit said as what the study was not built for
    "Coffee and strokes\n\nThe survey linked coffee to fewer strokes. The study is not designed to show cause and "
    "effect.\n",
    # people named as youngsters or interns
    "Ear infections\n\nThe randomized study included 520 youngsters with ear infections.\n",
    "Insomnia\n\nOne hundred soldiers with chronic insomnia were recruited for the randomized trial.\n",
    # an experiment as the design
    "Sleep and sugar\n\nResearchers conducted a sleep experiment with 19 healthy young men.\n",
    "Light and driving\n\nThe researchers did a series of three experiments with 19 adults.\n",
])
def test_a_study_described_with_its_size_or_its_limits_explains_the_evidence(analyser, text):
    assert crit(analyser, text)["evidence_quality"]["status"] == "satisfied"


@pytest.mark.parametrize("sentence", [
    "After the surgery, 40 patients were starting to experiment with recipes again.",
    "We cannot treat these 40 children as part of a medical experiment, a parent said.",
    # people asked to take part, not to do what the study tested
    "The clinic has asked 100 more patients to take part.",
])
def test_experiment_as_a_verb_or_people_asked_to_join_name_no_design(analyser, sentence):
    c = crit(analyser, "New pill for autism\n\nThe pill helps children with autism, its maker says.\n" + sentence + "\n")
    assert c["evidence_quality"]["reason"] == "the number of people is given but not the kind of study", c["evidence_quality"]


@pytest.mark.parametrize("sentence, size", [
    ("In the trial, 109 well-treated patients with heart failure got the cells.", True),
    ("Researchers randomly assigned half of 263 healthy Swedish full-term newborns to later clamping.", True),
    # a share, an age, a date are no sizes
    ("In the trial, about 40 percent of women were over 65.", False),
    ("Sept. 8, 2010 -- People in the trial who took the pill slept better.", False),
    # a year before people is no size, nor is a number the comma ends; a quantity word makes it a count
    ("The trial, which ran from 2001 to 2011 on patients with insomnia, found the pill helped.", False),
    ("A 2007 trial found that women who took the pill slept better.", False),
    ("The pill, which the trial tested in 2016, works for people who wake at night.", False),
    ("In the trial of more than 2000 patients, the pill helped.", True),
    # a count written as statisticians and wire services write it
    ("The randomized trial (n=47) showed that the pill helped.", True),
    ("The 254-patient trial tested the pill against a placebo.", True),
    ("Its 14-member panel reviewed the trial.", False),
    # a drug's two trials are no review's size; a review's many studies are
    ("The pill was successful in 2 new trials, its maker said.", False),
    ("A review of the trials included data from 64 clinical trials of sleeping pills.", True),
    # people described before, and two kinds joined
    ("The researchers studied the pill in 116 of these women who had trouble sleeping.", True),
    ("The trial enrolled 53,000 current or former smokers who slept badly.", True),
    # how many have the disease or are treated for it in a year, not how many were studied
    ("In the trial, the pill helped. About 700 new cases of insomnia are diagnosed each year in the United States.", False),
    ("In the trial, the pill helped. Insomnia, which afflicts 30,000 people in the U.S., has few cures.", False),
    ("The pill helped in the trial. Insomnia affects some 2,000 men and women in Sweden every year.", False),
    ("The trial of the pill enrolled 1,095 patients in the United States and abroad.", True),
    ("The pill helped in the trial. The 30,000 patients in the U.S. with the disease have few options.", False),
    # a diagnostic test's size is the samples it was tried on
    ("In the trial, researchers tested the kit on 771 patient samples.", True),
])
def test_the_number_of_people_studied_with_words_between(analyser, sentence, size):
    c = crit(analyser, "New pill for sleep\n\n" + sentence + "\n")["evidence_quality"]
    assert (c["reason"] == "the study design and its size are described") == size, c


def test_a_count_of_people_without_a_design_says_so(analyser):
    text = ("New pill for back pain\n\nIn 300 patients, the new pill cut back pain by half within a month, "
            "the company said.\n")
    c = crit(analyser, text)["evidence_quality"]
    assert c["status"] == "not_satisfied"
    assert c["reason"] == "the number of people is given but not the kind of study"


@pytest.mark.parametrize("text", [
    "Chili peppers and long life\n\nThe survey found that people who ate chili peppers lived longer.\n"
    "Many older people have physical limitations, the doctors said.\n",
    "New drug for anxiety\n\nFinding the right drug was a matter of trial and error, the patient said.\n"
    "Despite these preliminary findings, no test exists.\n",
    # a specimen's sample is no study's
    "New drug for anxiety\n\nA survey found the drug eased anxiety.\nDoctors took a small sample of her own fat tissue.\n",
])
def test_limits_of_a_person_or_trial_and_error_are_not_the_evidence(analyser, text):
    assert crit(analyser, text)["evidence_quality"]["status"] == "not_satisfied"


@pytest.mark.parametrize("quote", [
    "said Dr. Lee, a cardiologist who wasn’t involved in the study",
    "said Dr. Lee, who isn't affiliated with the company",
    "said Dr. Lee, who did not participate in the research",
    "said Dr. Lee, who was not part of the trial",
    "said Dr. Lee, an outside researcher who studies blood pressure in Ohio",
])
def test_an_expert_not_involved_is_an_independent_source_however_it_is_typed(analyser, quote):
    c = crit(analyser, f"Pill lowers blood pressure\n\nThe pill lowered blood pressure in 400 adults, {quote}.\n")
    assert c["independent_sources"]["status"] == "satisfied", c["independent_sources"]


def test_a_limit_with_a_typographic_apostrophe_is_a_limit(analyser):
    c = crit(analyser, "Chili peppers and long life\n\nThe survey found that people who ate chili peppers lived longer.\n"
                       "The study can’t prove that the peppers caused it.\n")
    assert c["evidence_quality"]["status"] == "satisfied"


@pytest.mark.parametrize("sentence", [
    "Cheese was not associated with the risk of heart disease.",
    "The sponsors did not participate in the design of the study.",
    "The content of the website is not part of this press release.",
])
def test_a_finding_or_a_disclaimer_is_no_independent_source(analyser, sentence):
    c = crit(analyser, f"Cheese and the heart\n\nA survey of 4,000 adults looked at cheese. {sentence}\n")
    assert c["independent_sources"]["status"] == "not_satisfied", c["independent_sources"]


@pytest.mark.parametrize("sentence", [
    "Migraines stopped in 30% of the patients on the drug, compared to 18% on placebo.",
    "Of those on the drug, 12 percent had a stroke, compared with the placebo group, where 20 percent did.",
    "After six weeks, 36 percent of the patients taking the drug with their usual antidepressant showed improvement, "
    "compared to just 18 percent on placebo.",
    "38.2% of those in the drug group reported a reduction in how severe their attacks were, compared with only 11.8%.",
])
def test_two_rates_side_by_side_quantify_the_benefit(analyser, sentence):
    c = crit(analyser, f"Migraine drug works\n\nIn a trial of 400 adults, the drug helped. {sentence}\n")
    assert c["benefits_quantified"]["status"] == "satisfied", c["benefits_quantified"]


@pytest.mark.parametrize("sentence", [
    "It was the first trial to compare the two diets for a full year, though smaller trials have found similar results.",
    "Several studies have found that dark chocolate can lower blood pressure.",
    "Some studies have suggested it might, but not all.",
])
def test_what_several_smaller_or_some_studies_found_places_the_work(analyser, sentence):
    text = "Fasting for weight loss\n\nIn a trial of 139 adults, fasting helped them lose weight. " + sentence + "\n"
    assert crit(analyser, text)["novelty"]["status"] == "satisfied", crit(analyser, text)["novelty"]


@pytest.mark.parametrize("sentence,status", [
    # another treatment is an alternative ...
    ("Within a month, 4.1 percent of stent patients had a stroke, compared with 2.3 percent of the surgery patients.",
     "satisfied"),
    ("Fewer patients on the new pill had low blood sugar compared to those being treated with glimepiride.", "satisfied"),
    # two treatments set side by side
    ("A randomized trial compared the two approaches in 400 heart patients.", "satisfied"),
    ("There was less pain two days after the new procedure than with the standard-length surgery.", "satisfied"),
    ("The trial compared the two groups for a year.", "not_satisfied"),
    # a diet is a treatment too
    ("The fasting plan worked no better than ordinary calorie counting.", "satisfied"),
    ("The avocado diet lowered LDL cholesterol more, compared with the other two diets.", "satisfied"),
    # ... a placebo, a baseline or people who took nothing is not
    ("Patients on the new pill had fewer migraines compared with the placebo group.", "not_satisfied"),
    ("Those who took the new pill daily lived longer compared with those who did not take it.", "not_satisfied"),
    ("Blood pressure after the new pill was lower compared to baseline values.", "not_satisfied"),
])
def test_alternatives_are_other_treatments_not_placebo_or_nothing(analyser, sentence, status):
    text = "New pill for heart patients\n\n" + sentence + "\n"
    assert crit(analyser, text)["alternatives"]["status"] == status


def test_the_furniture_of_news_pages_is_no_call_to_buy(analyser):
    """Newsletter boxes, "Learn more about Mayo Clinic", a press-room registration and a free
    quitline sell nothing; a hospital that publishes research is no seller."""
    text = ("Mayo researchers find a blood thinner safe for clots\n\n"
            "Mayo Clinic researchers say the pill cured clots in 90 percent of the 300 patients, a major breakthrough.\n"
            "In order to ensure the best possible care, patients were seen every week.\n"
            "Health Newsletter: Get the latest health news. Sign Up Now for free.\n"
            "Reporters can register online here for the free press room.\n"
            "Smokers can call the free quitline today.\n"
            "Learn more about Mayo Clinic.\n")
    c = crit(analyser, text)["commercial_interest"]
    assert c["status"] == "satisfied", c


@pytest.mark.parametrize("sentence", [
    "Book your free consultation with our team today.",
    "Call us now for a free assessment at the clinic.",
    "Learn more about our stem cell treatments.",
    "Treatment packages start from 24,900 euros. Do not wait until it is too late.",
    "Buy our organic knee supplement today at www.kneehealth.example.",
])
def test_a_call_to_book_or_buy_is_commercial_interest(analyser, sentence):
    c = crit(analyser, "Stem cells for knee pain\n\nThe injections ease knee pain, patients say.\n" + sentence + "\n")
    assert c["commercial_interest"]["status"] == "not_satisfied", c["commercial_interest"]


def test_the_demo_clinic_page_is_commercial(analyser):
    """The sample site's clinic page, as the crawler extracts it (its booking box is dropped as
    boilerplate): its prices, finance plans and hurry still name a seller and a call to act."""
    from crawler.extraction import extract_source
    from hypewatch.demo import SITE_DIR

    page = extract_source(str(SITE_DIR / "renova-clinic" / "blog" / "stem-cell-therapy-for-ms.html"))
    checklist = {x["id"]: x for x in analyser.analyse(page["text"], title=page["title"])["criteria"]}
    c = checklist["commercial_interest"]
    assert c["status"] == "not_satisfied" and "call to action" in c["reason"], c
    # its own survey and its count of patients treated explain no evidence; "years of trials" to wait for and a
    # "small sample of your own fat tissue" neither place the work nor size a study
    assert checklist["evidence_quality"]["status"] == "not_satisfied", checklist["evidence_quality"]
    assert checklist["novelty"]["status"] == "not_satisfied", checklist["novelty"]


# What each on-topic story of the demo site was written to show (hypewatch.demo): the careful reports meet what they
# report, the overstated ones fail what they leave out. A change that moves one of these moves what a new user sees first.
DEMO_CHECKLISTS = {
    "/wire/2026/11/03/stem-cell-transplant-ms-trial.html": dict.fromkeys(
        ("costs", "benefits_quantified", "harms", "evidence_quality", "independent_sources", "alternatives",
         "availability", "novelty", "press_release", "commercial_interest"), "satisfied"),
    "/ledger/science/2026/11/17/mesenchymal-stem-cells-progressive-ms.html": dict.fromkeys(
        ("costs", "benefits_quantified", "harms", "evidence_quality", "independent_sources", "availability", "novelty",
         "press_release", "commercial_interest"), "satisfied"),
    "/dailybuzz/health/stem-cell-miracle-reverses-ms.html": dict.fromkeys(
        ("benefits_quantified", "harms", "evidence_quality", "independent_sources", "novelty"), "not_satisfied"),
    "/renova-clinic/blog/stem-cell-therapy-for-ms.html": dict.fromkeys(
        ("harms", "evidence_quality", "independent_sources", "novelty", "press_release", "commercial_interest"),
        "not_satisfied"),
    "/courier/2026/11/20/coffee-protects-against-ms.html": dict.fromkeys(
        ("benefits_quantified", "harms", "independent_sources"), "not_satisfied"),
    "/eastmoor-university/news/2026/11/myelin-repair-mice.html": {
        "benefits_quantified": "not_satisfied", "harms": "not_satisfied", "independent_sources": "not_satisfied",
        "press_release": "not_applicable"},
}


@pytest.mark.parametrize("path", DEMO_CHECKLISTS)
def test_the_demo_stories_checklists_show_what_each_was_written_to_show(analyser, path):
    from crawler.extraction import extract_source
    from hypewatch.demo import SITE_DIR

    page = extract_source(str(SITE_DIR / path.lstrip("/")))
    checklist = {c["id"]: c["status"] for c in analyser.analyse(page["text"], title=page["title"])["criteria"]}
    assert {cid: checklist[cid] for cid in DEMO_CHECKLISTS[path]} == DEMO_CHECKLISTS[path]


@pytest.mark.parametrize("figures", ["Our internal patient survey of 300 patients shows that 94% improved.",
                                     "Trials of such cells are under way. Since 2019 we have treated more than 300 patients."])
def test_a_sellers_own_figures_on_its_page_are_no_study(analyser, figures):
    seller = "Stem cells for knee pain\n\nThe injections ease knee pain.\n" + figures + "\nBook your consultation today.\n"
    assert crit(analyser, seller)["evidence_quality"]["status"] == "not_satisfied"
    news = "Stem cells for knee pain\n\nThe injections ease knee pain.\nA survey of 300 patients found that 94% improved.\n"
    assert crit(analyser, news)["evidence_quality"]["status"] == "satisfied"


def test_a_seller_whose_only_figures_are_its_own_is_told_so(analyser):
    """The deciding sentences are the seller's figures, not a passing "years of trials", which names no study."""
    seller = ("Stem cells for knee pain\n\nThe injections ease knee pain. While others wait for years of trials, our "
              "patients walk today.\nOur internal patient survey shows that 94% of patients report improvements.\n"
              "Book your consultation today.\n")
    verdict = analyser.analyse(seller)
    evidence = {c["id"]: c for c in verdict["criteria"]}["evidence_quality"]
    assert evidence["status"] == "not_satisfied"
    assert "seller's own" in evidence["reason"]
    assert [verdict["sentences"][i]["text"] for i in evidence["evidence"]] == [
        "Our internal patient survey shows that 94% of patients report improvements."]


@pytest.mark.parametrize("sentence,status", [
    ("Flexible finance plans are available for every patient.", "not_satisfied"),
    ("Payment options are available.", "not_satisfied"),
    ("We are one of the first clinics in Europe to offer this treatment.", "satisfied"),
    ("The test can be used by doctors to offer patients screening.", "not_satisfied"),
])
def test_availability_is_the_treatments_not_a_way_to_pay_for_it(analyser, sentence, status):
    text = "Stem cells for knee pain\n\nThe injections ease knee pain in 40 patients. " + sentence + "\n"
    assert crit(analyser, text)["availability"]["status"] == status


@pytest.mark.parametrize("sentence,status", [
    ("\"It gives a more real-world picture,\" he tells WebMD.", "satisfied"),
    ("\"The results were encouraging,\" Dr. Lee said in a telephone interview.", "satisfied"),
    ("\"This is all very new,\" Dr. Lee wrote in an email.", "satisfied"),
    ("\"This tells us the pill works,\" Dr. Lee said.", "not_satisfied"),
    # someone in the story told something, not the reporter told
    ("Half the volunteers were told to keep to their usual diet.", "not_satisfied"),
    ("\"Patients are often told that nothing can be done,\" Dr. Lee said.", "not_satisfied"),
    ("\"Patients are often told that nothing can be done,\" Dr. Lee told Reuters.", "satisfied"),
    ("In an email, Dr. Lee said she often prescribes the pill to older patients.", "satisfied"),
    ("\"It works fast,\" said Dr. Lee, a cardiologist at Northfield Hospital in Ohio, in an email.", "satisfied"),
])
def test_the_reporters_own_interviews_go_beyond_a_press_release(analyser, sentence, status):
    text = "Pill lowers blood pressure\n\nThe new pill lowered blood pressure in 400 adults. " + sentence + "\n"
    assert crit(analyser, text)["press_release"]["status"] == status


@pytest.mark.parametrize("marker,shown", [
    ("BOSTON, May 2, 2026 /PRNewswire/ -- Acme Corp. reported the results today.", "/PRNewswire/"),
    ("Newswise — HOUSTON — Doctors at Riverside Health reported the results today.", "Newswise"),
    ("Media contact: Ann Lee, 555-0100", "Media contact"),
    ("###", "###"),
    ("About Riverside Health Partners\n\nRiverside Health Partners is a network of 12 hospitals.", "About Riverside"),
])
def test_a_press_release_itself_is_not_judged_on_going_beyond_one(analyser, marker, shown):
    """HealthNewsReview asks the news whether it goes beyond a press release; its criteria for the
    releases themselves leave that out. A text with a release's own marks (a wire's dateline, a contact
    line, "###", the end matter) gets it as not applicable, with the mark as the evidence, even where it
    quotes its people as news would."""
    text = ("Pill lowers blood pressure\n\nThe new pill lowered blood pressure in 400 adults. "
            '"This is all very new," Dr. Lee said in a telephone interview.\n\n' + marker + "\n")
    r = analyser.analyse(text)
    c = {c["id"]: c for c in r["criteria"]}["press_release"]
    assert c["status"] == "not_applicable" and "press release itself" in c["reason"], c
    assert shown in r["sentences"][c["evidence"][0]]["text"]


@pytest.mark.parametrize("source_line", [
    "Story Source: Materials provided by University of Leeds. Note: Content may be edited for style and length.",
    "Story Source:\n\nMaterials provided by University of Leeds.",
    "More information: Ann Lee et al. Pill and migraine, Cephalalgia (2026).\n\nProvided by University of Leeds",
])
def test_a_republished_release_relies_on_a_press_release(analyser, source_line):
    """ScienceDaily and MedicalXpress, both in the crawl's sources, republish releases and say whose at the end."""
    text = ("Pill lowers blood pressure\n\nThe new pill lowered blood pressure in 400 adults, "
            'said Dr. Lee, who led the study.\n\n' + source_line + "\n")
    r = analyser.analyse(text)
    c = {c["id"]: c for c in r["criteria"]}["press_release"]
    assert c["status"] == "not_satisfied" and "relies on a press release" in c["reason"], c
    assert "rovided by University of Leeds" in r["sentences"][c["evidence"][0]]["text"]


@pytest.mark.parametrize("mention", [
    "The findings were first reported by EurekAlert, the science news service.",
    "Karen Teber, a media relations specialist in Madison, was surprised by the result.",
    "The study was released early after an embargo break.",
])
def test_a_story_that_mentions_a_newsroom_is_still_news(analyser, mention):
    text = "Pill lowers blood pressure\n\nThe new pill lowered blood pressure in 400 adults. " + mention + "\n"
    assert crit(analyser, text)["press_release"]["status"] == "not_satisfied"


TRIAL = "New pill eases migraine\n\nIn a randomised trial of 300 patients, the pill cut migraine days by half.\n"


@pytest.mark.parametrize("cid, sentence", [
    # availability: of the paper, an expert or the evidence; an experimental group; a trial launched; "nice"
    ("availability", "The full study is available on the For The Media website."),
    # (a measure in wide use is no treatment's standing)
    ("availability", "The team scored the children on the most widely used migraine questionnaires."),
    # (nor use in the past, another treatment's or a method's)
    ("availability", "Surgery should treat migraine the way that heart surgery was widely used for angina."),
    ("availability", "A copy of the abstract is available at http://www.example.org and below."),
    ("availability", "Dr. Lee is available to comment on the findings."),
    ("availability", "Available from: http://www. example. org/ guidelines. pdf ."),
    ("availability", "Her slides are available to view after the meeting."),
    ("availability", "Abstracts and disclosures are available from press@example.org."),
    ("availability", "A downloadable photo of Dr. Lee is available here."),
    ("availability", "The trial was approved through the Northfield Institutional Review Board."),
    ("availability", "The panel weighed the best available evidence."),
    ("availability", "The experimental group took the pill every morning for 12 weeks."),
    ("availability", "Her team has now launched a larger trial of the pill."),
    ("availability", "The prime minister launches £75m drive against migraine."),
    ("availability", "It would be nice to have a simple blood test, she said."),
    # ... of data, funds or a TV series
    ("availability", "Long-term survival data were not yet available."),
    ("availability", "Comprehensive statistics aren't available for children."),
    ("availability", "If more funding becomes available, the team will run a larger trial."),
    ("availability", "The study was paid through funds available from a federal programme."),
    ("availability", "The entire series is available now on the channel's apps."),
    # ... prescribing as what doctors did in a study or do with other treatments
    ("availability", "She prescribed tests to find the cause of the shaking."),
    ("availability", "The researchers tracked every prescription the children were given."),
    ("availability", "Usual care meant taking whatever blood pressure medicine their doctor prescribed."),
    # ... a person's licence
    ("availability", "She began seeing a licensed clinical psychologist last September."),
    ("availability", "They were all afraid of losing their medical license."),
    ("availability", "The association promotes fair and consistent licensing of massage therapists in all states."),
    ("availability", "Children everywhere deserve the best medical and nutritional treatments available."),
    # ... the regulator as a source of advice or information
    ("availability", "The U.S. FDA has more on migraine medicines."),
    ("availability", "The FDA recommends that patients and doctors discuss the risks together."),
    ("availability", "Current guidelines from the FDA warn against eating too much tuna."),
    # costs: weights, rates, the study's funding, skin "covered by" a rash
    ("costs", "People who took the pill lost an average of 7.5 pounds."),
    ("costs", "Migraine days fell from 12 per month to 6."),
    ("costs", "The study was paid for by the National Institutes of Health."),
    ("costs", "At least 60 percent of her body was covered by a rash."),
    # an idiom, an agency's name, data bought
    ("costs", "Some soreness is just the price you pay for fewer migraines."),
    ("costs", "The figures come from the Healthcare Cost and Utilization Project."),
    ("costs", "For that, the data sets are proprietary and expensive, the researchers said."),
    ("costs", "Shares of Acme Inc, a company that owns most of the pill's maker, were little changed at $3.07."),
    ("costs", "A charity launched a 50 million pound ($80 million) research project on migraine."),
    # ... the disease's toll on the economy, research money, a company's sales and shares, a subscription
    ("costs", "Migraine is estimated to cost the UK economy more than £2bn per year."),
    ("costs", "The institute is backed by more than $40 million in funding."),
    ("costs", "Sales of the pill reached $1.2 billion last year, and the maker's shares were up 3.7 percent to $45.55."),
    ("costs", "Subscribe to the Daily Health from $1 per week"),
    ("costs", "Faster relief often comes at the cost of more side effects."),
    ("costs", "Approval would give the pill entry into an estimated $1.3 billion U.S. market."),
    ("costs", "Sales of migraine remedies in the United States hit $136 million in the past 12 months."),
    ("costs", "Revenues from drug companies and health insurance providers are listed on the society's website."),
    ("costs", "These factors include the impact of competitive products and pricing."),
    ("costs", "The study drew on data from 146 million people with employer-based health insurance."),
    ("costs", "Migraine is among the most prevalent and expensive health conditions."),
    ("costs", "The effect was similar across subgroups of age, income, and insurance."),
    ("costs", "They controlled for smoking, other drug use, access to health insurance and other factors."),
    ("costs", "The agency is expected to provide $17 million to fund a major study of the test."),
    ("costs", "He has spent over $2 million in federal and university research funds developing it."),
    ("costs", "The college boasts a portfolio of nearly $82 million in funded research."),
    ("costs", "The benefits to memory afforded by the diet were not limited to older people."),
    # independent sources: a study's control group, a press office's offer of an outside expert
    ("independent_sources", "The control group, those not involved in the walking programme, lost brain volume."),
    ("independent_sources", "To schedule an interview with Dr. Lee or an outside expert, contact the press office."),
    ("independent_sources", "Measuring the costs of the pill was not part of this study, Dr. Lee said."),
    ("independent_sources", "More could be gained by reaching women like those who did not take part in the study."),
    ("independent_sources", "Inflammation is often not involved, the authors found."),
    # benefits in absolute terms: how many people have the disease is no benefit
    ("benefits_quantified", "Migraine affects 1 in 7 adults worldwide."),
    ("benefits_quantified", "About 1 in 11 people in Britain suffer from migraine at some point."),
    ("benefits_quantified", "Migraine is common, affecting 101.6 of 1,000 American adults."),
    ("benefits_quantified", "It's estimated that about 1 in every 100 people in the UK has migraine."),
    ("benefits_quantified", "The agency estimates that 1 in 110 children in the United States have an autism spectrum disorder."),
    ("benefits_quantified", "The volunteers joined at age 60 in 2004 and were followed for a decade."),
    ("benefits_quantified", "The pill was given to 20 of the 35 people with the rarer kind of migraine."),
    ("benefits_quantified", "It is for patients trying to lose those last ten pounds."),
    ("benefits_quantified", "Photo: AP Image 1 of 5 Caption Close"),
    # ... nor what a study found about how many have it or are treated
    ("benefits_quantified", "The researchers found that 28 percent of adults get migraines."),
    ("benefits_quantified", "Only 13 percent of doctors found that 9 percent of patients were misdiagnosed."),
    # ... nor a result hoped for, a disease's reach in words, or how many got each treatment
    ("benefits_quantified", "The maker is looking to show relief in four out of every 10 patients, compared with two out of 10 on placebo."),
    ("benefits_quantified", "Nine out of 10 migraines are set off by a trigger, the society says."),
    ("benefits_quantified", "In all, 543 patients got the pill versus 229 who got injections."),
    # groups set side by side by who they are, not by their treatment; a test's "accuracy" alone
    ("benefits_quantified", "White men more commonly reported migraine (69%) than Black men (43%)."),
    ("benefits_quantified", "The new scan was 85 percent accurate in spotting migraine in 300 patients."),
    # a rate supposed or hoped for, a survey's response rate
    ("benefits_quantified", "If the success rate is around 40 percent, the pill fails more often than it works."),
    ("benefits_quantified", "The possibility of a 50 percent cure rate would be a big step, she said."),
    ("benefits_quantified", "The survey of 731 migraine patients had a 96 percent response rate."),
    ("benefits_quantified", "Still, the absolute risks for patients with high scores were lower than expected."),
    # alternatives: "instead of" about anything but a treatment, conventional wisdom, an institute's name,
    # a comparison with people who took nothing
    ("alternatives", "Instead of shrinking with age, the memory centre grew."),
    ("alternatives", "Conventional wisdom says only people with symptoms should be tested."),
    ("alternatives", "Funding came from the National Center for Complementary and Alternative Medicine."),
    ("alternatives", "Cupping, a popular form of alternative medicine, leaves round bruises."),
    # the news as one more option, a combination, "not just another"
    ("alternatives", "Patients with migraine may soon have another treatment option, the maker says."),
    ("alternatives", "The pill might one day be combined with another drug for harder cases."),
    ("alternatives", "This is not just another drug that eases pain, its maker says."),
    # novelty: time words about the disease or the people, not earlier research or use
    ("novelty", "The virus can lie dormant for decades in the spine."),
    ("novelty", "Migraine can go undiagnosed for years in children."),
    ("novelty", "Last winter was the deadliest flu season in four decades."),
    ("novelty", "Dr. Lee said he had received no consulting fees from drug makers since 2015."),
    ("novelty", "Since the operation, \"I feel like I did 30 years ago,\" she said."),
    ("novelty", "About two decades ago, the dancer started to struggle with her own back."),
    ("novelty", "For decades, she struggled with migraines that no pill could stop."),
    ("novelty", "The 49-year-old was diagnosed with migraine about 12 years ago."),
    # ... a trend since a year, a span after an event
    ("novelty", "The cost of migraine care has increased more than 20 percent since 2012."),
    ("novelty", "Migraine has been implicated in over 5,000 deaths since 2000."),
    ("novelty", "About one in five adults has migraine, a rate that has remained unchanged since 2004."),
    ("novelty", "Patients may have to deal with these side effects for decades after treatment."),
    ("novelty", "The attacks do not begin to ease for years after quitting coffee."),
    ("novelty", "While mainstream medicine waits for years of trials, our patients get better today."),
    ("novelty", "A year is a short time in a disease that usually progresses over decades."),
    ("alternatives", "The pill, an existing diabetes medication, cut migraine days."),
    ("alternatives", "The headband is already used in hundreds of sleep clinics."),
    ("alternatives", "The molecule is already used in other treatments for children."),
    ("alternatives", "Migraine days fell by four compared with people who didn't take part."),
    ("alternatives", "The results of 30 patients were compared with tests on healthy volunteers."),
    # "versus" what is no treatment
    ("alternatives", "Side effects were rare among those on placebo versus the active drug."),
    ("alternatives", "Patients may react differently versus taking a placebo pill."),
    ("alternatives", "Doctors always weigh benefit versus risk with any therapy."),
    ("alternatives", "Agreement between neurologists vs radiation oncologists rose."),
    ("alternatives", "Relief came in 40 percent vs. 20 percent of patients."),
    # the treatment itself as the standard to be, a standard changed, combinations, and what is unlike a disease
    ("alternatives", "In time the pill will become the standard of care, its maker says."),
    ("alternatives", "Doctors could incorporate the pill into the standard of care for teenagers."),
    ("alternatives", "Earlier trials resulted in no changes to the standard of care."),
    ("alternatives", "The pill can be used in combination with traditional painkillers and rest."),
    ("alternatives", "Traditional guidelines say the pill should be taken at the first sign of an attack."),
    ("alternatives", "Unlike epilepsy, migraine strikes women three times as often as men."),
    ("alternatives", "The scans were compared with those of cognitively normal people."),
    ("alternatives", "In the traditional method, called fire cupping, a flame heats the cup."),
    ("alternatives", "Unlike drugs, the pills are not regulated by the FDA."),
    ("alternatives", "The spray is classed as a medical device rather than a drug."),
    ("alternatives", "Hospitals now make the operation seem more like a birth than major surgery."),
    ("alternatives", "Patients were randomly assigned to either the pill or a placebo pill."),
    ("alternatives", "Patients said they felt much better than before the procedure."),
    ("alternatives", "Street versions often contain other harmful drugs, experts say."),
    ("alternatives", "In all, 18 percent were pain-free, compared with 9 percent of those using an inactive placebo."),
    # "instead of" a placebo, or of doing what is no treatment
    ("alternatives", "Most patients who got the pill instead of a placebo said the pain waned."),
    ("alternatives", "The control rats got placebo treatment, saline injections instead of the pill."),
    ("alternatives", "Instead of just telling patients to rest, doctors may be able to offer the pill."),
    ("alternatives", "The body stores those calories instead of burning them, the pill's makers say."),
    # the treatment's own standing, not another treatment
    ("alternatives", "The pill is already approved for epilepsy in Europe."),
    ("alternatives", "A spray version is already available in Germany."),
    ("alternatives", "The study used a stimulation device already approved for hard-to-treat epilepsy."),
    # other treatments taken with it, adjusted for, interacting, or still to be found
    ("alternatives", "In time the pill may be given with other migraine drugs."),
    ("alternatives", "It would be used alongside talk therapy and possibly other medications."),
    ("alternatives", "The researchers adjusted for factors that could affect migraine, such as smoking and the use of other medications."),
    ("alternatives", "Like any drug, the pill can interact with other medications."),
    ("alternatives", "The finding could help scientists find other drugs that block the same receptor."),
    # the standard or current kind as what the pill is added to, the study's measure, or the study itself; the
    # company's own tests; guidelines and doses
    ("alternatives", "Patients got the pill or a placebo in addition to their current migraine medications."),
    ("alternatives", "The device can give acceptable relief in addition to conventional migraine care."),
    ("alternatives", "The pill could easily be coupled with current migraine treatments to enhance them."),
    ("alternatives", "Pain was measured by how often patients woke at night, a standard test."),
    ("alternatives", "Scores on a standard test measuring memory and attention improved."),
    ("alternatives", "In the current analysis of treatment after six hours, researchers found fewer attacks."),
    ("alternatives", "The firm faces risks in getting paid for its existing tests."),
    ("alternatives", "The data are not strong enough to change current screening recommendations."),
    ("alternatives", "A standard aspirin dose of 325 milligrams may work as well."),
    # the press release's own reporting: participants asked in the study are no interview
    ("press_release", "Every week the patients were asked about their pain, the researchers said."),
    # novelty: a likeness in chemistry is no earlier work
    ("novelty", "The chemists attached molecules similar to addictive drugs to a larger protein."),
    ("novelty", "Experts say the pill could be widely used for migraine one day."),
    ("novelty", "The pill should be more widely used for migraine, the authors say."),
    # "past" as a preposition, what was not published before, a ratio in line with other treatments'
    ("novelty", "Nobody knows if the relief lasts past the six-month study period."),
    ("novelty", "The results of the migraine trial were not previously published."),
    ("novelty", "Its cost per year of life gained is consistent with other widely used heart treatments."),
])
def test_criterion_wording_in_another_sense_does_not_count(analyser, cid, sentence):
    """Each criterion's words used of something other than the treatment leave it unsatisfied."""
    c = crit(analyser, TRIAL + sentence + "\n")
    assert c[cid]["status"] == "not_satisfied", c[cid]


@pytest.mark.parametrize("cid, sentence", [
    ("availability", "Doses as high as 10,000 IU are available online and at many stores."),
    ("availability", "The headband is an FDA-approved device."),
    ("availability", "The headband has been approved by the FDA and is available here and in Canada."),
    ("availability", "The pill is available at pharmacies without a prescription."),
    ("availability", "The headband has been cleared by the U.S. Food and Drug Administration."),
    ("availability", "The pill is sold in the U.S. as Migrazen."),
    ("availability", "The headband hit the U.S. market in February."),
    ("availability", "The pill is a cheap, readily-available treatment."),
    ("availability", "The pill is available on the NHS."),
    ("availability", "The pill is a prescription medicine for adults with migraine."),
    ("availability", "The pill is typically prescribed after two other drugs have failed."),
    ("availability", "Patients will need a prescription to buy the pill."),
    ("availability", "The experimental pill is given once a day."),
    ("availability", "NICE recommends the pill for adults who get migraines often."),
    ("availability", "The National Institute for Health and Care Excellence recommends the pill for adults."),
    ("availability", "The company plans to launch the pill in Europe next year."),
    # use that is established, and who offers it
    ("availability", "They're widely used in Europe and Australia, where the pill is cheap."),
    ("availability", "A small but growing number of hospitals offer the pill to teenagers."),
    # larger trials still needed, how far it is from people, a company's plan to sell it
    ("availability", "The studies were small, and larger trials are necessary to confirm any benefit."),
    ("availability", "The pill has not yet been tested in people."),
    ("availability", "We're talking years before we test it in humans, she said."),
    ("availability", "One of the authors cofounded a company that plans to market it commercially."),
    ("availability", "The maker hopes to bring the pill to market in the next 12 to 24 months."),
    ("availability", "About 17% of hospitals in the U.S. now offer the pill to teenagers."),
    ("harms", "Three of the 150 patients on the pill developed serious infections, and one died."),
    ("harms", "In the trial there were 3 deaths from the infusion, which caused 12 serious infections."),
    ("harms", "Taking the pill raises the risk of stomach bleeding to about one patient in 1,000 a year."),
    ("harms", "About 20 percent of patients experience a mild headache after the first dose."),
    ("harms", "The injection carries a 2 percent risk of blood clots in the legs."),
    ("costs", "Patients pay about 2,000 pounds for a course of the pill."),
    ("costs", "The pill is covered by Medicare."),
    ("costs", "After three months of the $88-a-month pill, her migraines had stopped."),
    ("costs", "Medicare covers 72 sessions of the programme."),
    ("costs", "The clinic also offers MigraPal, a free app for phones."),
    ("costs", "Her insurer paid for three months of the pill."),
    ("costs", "The pill is inexpensive and easy to take."),
    ("costs", "Doctors say the pill is cost-effective compared with injections."),
    ("costs", "Such a pill, possibly costing thousands of dollars a year, may not be viable."),
    ("costs", "The pill is a relatively low-cost, low-risk treatment, she said."),
    ("press_release", "The maker, in an emailed statement, said it would apply for a licence next year."),
    ("press_release", "Asked whether the effect was large enough to matter, Dr. Ruiz said it was."),
    ("benefits_quantified", "After a year, 3 percent of those on the pill had suffered a stroke, compared with 5 percent on placebo."),
    # a share of the patients helped, or of the cases a test found, is an absolute number
    ("benefits_quantified", "In the trial, 83 percent of patients went into remission."),
    ("benefits_quantified", "So far 5 out of 6 patients given the pill have been free of seizures."),
    ("benefits_quantified", "The pill worked in 20 of the 35 people it was given to."),
    ("benefits_quantified", "Overall, 46 percent of the women had a 30-percent or greater reduction in their pain."),
    ("benefits_quantified", "The test detected 64 percent of the tumours larger than one centimetre."),
    ("benefits_quantified", "Migraine was spotted in 59% of patients by the new scan."),
    ("benefits_quantified", "The pill reduced attacks in 24.4 percent of patients with chronic migraine."),
    ("benefits_quantified", "More than 50 percent of those who took the pill experienced meaningful improvements."),
    ("benefits_quantified", "Over 90 percent of patients who finished the course had no symptoms a year later."),
    ("benefits_quantified", "Overall, 55 percent of the patients reported improvements in their headaches."),
    ("benefits_quantified", "In the trial, 68 percent of patients experienced fewer attacks after a month."),
    ("benefits_quantified", "More than 93 percent of 901 respondents reported their pain dropped by half."),
    ("benefits_quantified", "Some 90 percent of patients have gotten lasting relief from the pill."),
    ("benefits_quantified", "After 26 weeks, 97 percent of subjects saw positive results."),
    ("benefits_quantified", "About 80 percent of participants continued to show clinically significant decreases in pain."),
    ("benefits_quantified", "After a year, 95 percent of the patients maintained their vision."),
    ("benefits_quantified", "In the trial, 40 percent of patients had significant improvements in their symptoms."),
    ("benefits_quantified", "Of those on the pill, 30 percent of patients achieved complete responses."),
    ("benefits_quantified", "Overall, 13.0 percent of patients on the pill had a heart attack or a stroke in the three years, against 14.9 percent of those on placebo."),
    # ... and two groups side by side in counts, in words or in the outcome's own units
    ("benefits_quantified", "Migraine-free survival was 83.9 percent in those on the pill compared with 82.2 in those on placebo."),
    ("benefits_quantified", "In all, 20 people on the pill had a stroke or died, compared with 32 in the placebo group."),
    ("benefits_quantified", "The researchers observed 36 strokes in the group taking the pill, compared to 64 in the placebo group."),
    ("benefits_quantified", "About six out of every 1,000 people on the pill had a stroke each year, compared to 13 of every 1,000 on placebo."),
    ("benefits_quantified", "Attacks did not return for 21 months, on average, compared to 5.5 months for those on placebo."),
    ("benefits_quantified", "Fewer women on the pill had attacks (0.58 percent) than women receiving a placebo (4.22 percent)."),
    ("benefits_quantified", "The scan's hit rate was 48 percent, far higher than the 24 percent of the usual checks."),
    ("benefits_quantified", "Migraine was successfully treated in nearly 42 percent of patients on the pill."),
    # a change named as a noun with its amount, a share free of the disease
    ("benefits_quantified", "Those on the pill had an average blood pressure reduction of 6 mmHg."),
    ("benefits_quantified", "Of the 80 patients treated, 81 percent were pain free a year later."),
    # the new value first, a mean before the old value, an absolute risk with a word between
    ("benefits_quantified", "The pill boosted median migraine-free survival to 11 months, up from 5.7 months."),
    ("benefits_quantified", "Attack counts fell from an average of 7.4 before the first dose to 6.2 after a year."),
    ("benefits_quantified", "The pill reduced the absolute stroke risk from 6.8 a year per 1,000 people to 5.8."),
    # the treatment's success as a rate
    ("benefits_quantified", "The pill showed a 75 percent overall response rate in the trial."),
    ("benefits_quantified", "The clearance rate was 68% for patients treated with the cream."),
    # a test's sensitivity and specificity
    ("benefits_quantified", "The blood test had a sensitivity of 82% and a specificity of 91%."),
    ("benefits_quantified", "The scan told migraine from stroke with 92 percent sensitivity."),
    ("benefits_quantified", "Those on the pill spent less time in hospital: 3.3 days compared with 4 days."),
    ("benefits_quantified", "Patients on the pill reported lower pain scores: on average, 5.4 versus 6.1 on a scale from 0 to 10."),
    ("benefits_quantified", "Patients on the pill had a lower yearly attack rate of 0.21 compared to 0.26 for those on placebo."),
    # a distance in its units, and a difference in events per so many people
    ("benefits_quantified", "Those on the pill walked an average of 21 meters farther after 48 weeks."),
    ("benefits_quantified", "The pill meant 46 fewer strokes per 1,000 people over five years."),
    # a group's rate of the outcome with its size, or how often it happened
    ("benefits_quantified", "The rate for 413 volunteers given placebo pills was 7.7 percent."),
    ("benefits_quantified", "The 504 patients on the pill developed a migraine 3.4 percent of the time."),
    # each group's count with its share in brackets, and a mean before the old share
    ("benefits_quantified", "There were 812 strokes (32.2 percent) among patients on placebo and 709 strokes (28.1 percent) "
                            "among those on the pill."),
    ("benefits_quantified", "Those on the pill saw a drop in attack days from an average of 5.4 percent to 1.1 percent."),
    # the outcome's own units in minutes or seconds, the first in words
    ("benefits_quantified", "Attacks lasted an average of just over three minutes on the pill, compared with just over 30 "
                            "seconds before."),
    ("alternatives", "The panel said women need mammograms only every two years instead of every year."),
    ("alternatives", "Patients may take the pill instead of daily injections."),
    # another drug named beside it
    ("alternatives", "Of those on the pill 86 percent were free of attacks, against 46 percent of those given another migraine drug."),
    ("alternatives", "Both the pill and another drug, topiramate, are approved to prevent migraine."),
    # a way of living as the comparison
    ("alternatives", "Patients on the pill lost more weight than those receiving lifestyle intervention alone."),
    ("alternatives", "Doctors could try the pill instead of putting patients on antidepressants."),
    ("alternatives", "Patients with migraine could choose walking instead of running to stay fit."),
    ("alternatives", "Patients would get IVs of a balanced fluid instead of the usual saline."),
    ("alternatives", "It outperformed all other migraine drugs in both efficacy and tolerability."),
    ("alternatives", "The pill was more effective than sublingual therapy in the same patients."),
    ("alternatives", "The pill works differently than existing anti-migraine medications."),
    ("alternatives", "Drugs already used for migraine often fail in these patients."),
    ("alternatives", "The aim is not to replace the medications that are already available, she said."),
    ("alternatives", "He says the pill works better than the cheaper, already available TENS units."),
    ("alternatives", "Pill vs. injections: which works better for migraine?"),
    ("alternatives", "The team weighed the cost of the pill versus daily injections."),
    # the standard of care, traditional treatments, and what the pill is unlike
    ("alternatives", "The current standard of care is a daily injection of a beta blocker."),
    ("alternatives", "The pill has fewer side effects than many traditional migraine treatments."),
    ("alternatives", "Unlike older migraine drugs, which narrow blood vessels, the pill blocks a receptor."),
    ("alternatives", "Relief lasted longer when compared to a traditional \"open\" operation."),
    # (the wording matched as whole words took the plurals it had missed)
    ("alternatives", "The pill is for patients who do not respond to standard treatments."),
    # "rather than" another treatment, what patients would "instead" get, current medications
    ("alternatives", "They are referred for supportive care rather than surgery."),
    ("alternatives", "Women took the pill for 10 years rather than the usual five."),
    ("alternatives", "Those who do not get the pill may instead get a more invasive procedure."),
    ("alternatives", "Current medications such as triptans do a decent job for most patients."),
    # the usual or older kind, two treatments as arms, any comparative with another treatment
    ("alternatives", "The usual treatment is surgery followed by years of a hormone-blocking drug."),
    ("alternatives", "It has not yet been shown to be safer than older metal implants."),
    ("alternatives", "Patients were randomly assigned to either gastric bypass surgery or a longer procedure."),
    ("alternatives", "Generic versions could make it less pricey than new asthma drugs."),
    # the current, standard or existing kind, words between
    ("alternatives", "The standard drug treatment for stubborn migraine is a triptan."),
    ("alternatives", "The company said its pill had beaten current methods in preventing attacks."),
    ("alternatives", "Current surgical procedures need a night in hospital."),
    ("alternatives", "Doctors often advise a nerve block as the \"gold standard\" treatment."),
    ("alternatives", "It worked in patients not well controlled by existing medicines."),
    ("alternatives", "Other surgical approaches to migraine come with serious side effects."),
    ("alternatives", "The other imaging test doctors recommend is an ultrasound of the neck."),
    ("novelty", "Other teams are testing similar approaches in cluster headache."),
    ("independent_sources", "Several independent researchers said the results were promising."),
    # novelty: what earlier work found, what the treatment is already approved for, what it resembles
    ("novelty", "Prior research has shown that the same molecule eases cluster headaches."),
    ("novelty", "The pill is already approved for epilepsy in Europe."),
    ("novelty", "The drug had already shown some benefit in two smaller trials."),
    ("novelty", "The effect was similar to that seen in trials of older migraine drugs."),
    ("novelty", "The device is similar to the TENS devices sold for back pain."),
    ("novelty", "The pill, a drug commonly used to prevent bleeding in surgery, cut migraine days."),
    ("novelty", "Beta blockers are used to treat high blood pressure."),
    ("novelty", "The pill has been sold for decades in Europe."),
    ("novelty", "The headband has been available in Europe since 2011."),
    ("novelty", "The pill has been used for years after surgery to prevent migraine."),
    ("novelty", "She has studied the method since she first tried it 15 years ago in rats."),
    ("novelty", "It is gentler than the injections currently used for migraine."),
    ("novelty", "The findings are similar to a batch of studies that tested other migraine drugs."),
    ("novelty", "There have been other products that use light to ease migraine."),
    # earlier work with words between, what was shown before, evidence added to, findings in line with others
    ("novelty", "A previous King's College London study also found that the molecule eases pain."),
    ("novelty", "The same team had previously shown that the pill lowers blood pressure."),
    ("novelty", "This study adds to the growing body of evidence on the pill, an expert said."),
    ("novelty", "The results are in line with other studies of migraine drugs."),
    ("novelty", "The review confirms the findings of another review in 2004."),
    ("novelty", "For decades, researchers have searched for a pill that stops migraine."),
    ("novelty", "The device was developed years ago at a university lab."),
    # earlier reports, the research of a past span, what was long known, early adopters, sales elsewhere
    ("novelty", "Previous reports have observed the same drop in migraine days with the pill."),
    ("novelty", "And research conducted over the past decade suggests the pill works."),
    ("novelty", "The pill blocks an enzyme that has long been known to set off migraine."),
    ("novelty", "Dr. Lee was an early adopter of the method and has used it for 20 years."),
    ("novelty", "The pill, already sold in Europe, could reach American pharmacies next year."),
    ("novelty", "The pill, sold by many private clinics as a migraine cure, was tested in a trial."),
    # what other work or other treatments did
    ("novelty", "Other studies have shown similar results, especially in children."),
    ("novelty", "Other migraine vaccines have proved ineffective in people."),
    ("novelty", "There are reasons to think the pill may succeed where other drugs have failed."),
])
def test_criterion_wording_about_the_treatment_counts(analyser, cid, sentence):
    c = crit(analyser, TRIAL + sentence + "\n")
    assert c[cid]["status"] == "satisfied", c[cid]
    assert c[cid]["evidence"] == [2]


def test_the_disease_deaths_and_symptoms_are_not_the_treatments_harms(analyser):
    """Deaths, infections and symptoms of the disease the treatment is for are no harms of the
    treatment: a story that names only those has described none."""
    story = TRIAL + ("Migraine is the second leading cause of disability worldwide, and severe attacks bring nausea and dizziness.\n"
                     "In 2013, migraine-related falls were behind 1,200 deaths in the United States.\n"
                     "Her headaches, which had kept her in bed for 12 days a month, are almost gone.\n")
    c = crit(analyser, story)
    assert c["harms"]["status"] == "not_satisfied", c["harms"]
    assert c["harms"]["reason"] == "no harms or side effects are mentioned"


def test_the_side_effects_of_the_treatments_it_would_replace_are_not_its_harms(analyser):
    """"The side effects of current migraine treatments can be traumatic" and a patient who "dealt with the side
    effects of chemotherapy" describe other treatments' harms, not the new one's."""
    story = TRIAL + ("The side effects of current migraine treatments can be extremely traumatic, she said.\n"
                     "The side effects of traditional treatment were not worth it to me.\n"
                     "The pill helped him deal with the side effects of chemotherapy.\n")
    c = crit(analyser, story)
    assert c["harms"]["reason"] == "no harms or side effects are mentioned", c["harms"]


def test_the_toll_of_the_disease_is_no_harm_of_the_treatment(analyser):
    """Deaths counted for the disease ("cause about 1,700 deaths a year", "the majority of skin cancer
    deaths", "28,000 died of it") or as a trial's endpoint ("died from prostate cancer") are not what
    the treatment does to people."""
    story = TRIAL + ("Migraine strokes cause about 1,700 deaths a year, according to the society.\n"
                     "Last year 176,000 people were diagnosed and 28,000 died of it.\n"
                     "By 10 years, 10% of the men on placebo had died from heart disease, against 4% on the pill.\n"
                     "Severe migraines cause the majority of headache deaths in young adults.\n")
    c = crit(analyser, story)
    assert c["harms"]["reason"] == "no harms or side effects are mentioned", c["harms"]


def test_the_risk_of_dying_a_study_counts_is_no_harm(analyser):
    """"The leading causes of death" and "the risk of death was 30 percent lower" are the disease and
    the outcome the study counts, not harms of the treatment."""
    story = TRIAL + ("Heart disease is among the leading causes of death worldwide.\n"
                     "In the trial, the risk of death was 30 percent lower in those who took the pill.\n")
    c = crit(analyser, story)
    assert c["harms"]["reason"] == "no harms or side effects are mentioned", c["harms"]


@pytest.mark.parametrize("sentence, independent", [
    ("Commenting on the study, Dr. Ana Ruiz, a cardiologist at Leeds General Infirmary, said the effect was modest.", True),
    ("Experts commenting on the findings said they would need to be confirmed in larger trials.", True),
    ("Dr. Ruiz, who has no ties to the company, said the effect was modest.", True),
    ("Dr. Ruiz, who is not on the panel, welcomed the advice.", True),
    ("Commenting on the results, lead author Dr. Ana Ruiz said the pill worked.", False),
    ("Commenting on the study, she said the pill worked better than expected.", False),
    ("The pill also helped people who are not on the waiting list.", False),
    ("In an accompanying editorial, Dr. Ana Ruiz of Leeds wrote that the effect was modest.", True),
    ("Dr. Ruiz, who wrote a commentary on the study, said the effect was modest.", True),
    ("An editorial accompanying the study called the results striking.", True),
    ("The journal publishes trials, reviews and editorials.", False),
    ("Video commentary from the researchers is available online.", False),
    ("The editorial board approved the paper in May.", False),
])
def test_how_news_introduces_an_outside_expert(analyser, sentence, independent):
    c = crit(analyser, TRIAL + sentence + "\n")
    assert (c["independent_sources"]["status"] == "satisfied") == independent, c["independent_sources"]


# a story about a treatment, with a flag: what commercial interest is judged on
FLAGGED_PILL_STORY = "New pill halts migraines\n\nThe new pill is a breakthrough that halts migraines, doctors say.\n"


@pytest.mark.parametrize("sentence", [
    "The trial of Amgen Inc's drug was paid for by the company.",
    "Patients were seen at a pain clinic in Ohio every two weeks.",
    "Prescriptions were taken from electronic pharmacy records.",
    "The only other option is a transplant with cord blood, if it was saved at birth.",
    "She could shop in the grocery store again within a year.",
    "The device is manufactured by Dignitana Inc. of Lund, Sweden.",
    "Spark Therapeutics Inc., the maker of the pill, announced Wednesday in a statement that it had cut the price.",
    "On Monday, Horizon Pharma announced that it would raise the price of the pill.",
])
def test_a_company_clinic_or_shop_a_story_mentions_is_no_seller(analyser, sentence):
    """Commercial interest is a story published by or for a seller; news names companies, clinics
    and shops all the time."""
    c = crit(analyser, FLAGGED_PILL_STORY + sentence + "\n")["commercial_interest"]
    assert c["status"] == "satisfied", c


@pytest.mark.parametrize("sentence", [
    "Nucleix Ltd., a leading cancer detection company, announced today positive results from its study.",
    "Allergan plc (NYSE: AGN), headquartered in Dublin, is a global pharmaceutical company.",
    "Evolve BioSystems, Inc. is a privately-held microbiome company.",
    "About NeuroVision Imaging LLC",
    "This press release contains forward-looking statements.",
    "Store your baby's cord blood with Cells4Life.",
    # a company named by its trade or called one, announcing as releases do, and the wire's issuer line
    "GenomeDx Biosciences today announced that its pill halts migraines.",
    "Kaleo, a privately-held pharmaceutical company, today announced that its pill halts migraines.",
    "Chrono Therapeutics, a pioneer in digital drug therapy, today announced results for its pill.",
    "SOURCE Arthrokinex, LLC",
])
def test_a_companys_own_release_or_a_bank_is_commercial(analyser, sentence):
    c = crit(analyser, FLAGGED_PILL_STORY + sentence + "\n")["commercial_interest"]
    assert c["status"] == "not_satisfied", c


def test_a_companys_own_release_is_commercial_even_when_it_claims_nothing(analyser):
    """Who publishes decides commercial interest, not whether the release overstates anything."""
    text = ("Renalis reports trial of its kidney pill\n\n"
            "Renalis Inc. (NASDAQ: RNLS) today announced that its pill slowed kidney decline by 12 percent "
            "in a randomised trial of 400 patients.\n")
    r = analyser.analyse(text)
    assert not any(s["labels"] for s in r["sentences"]), r["sentences"]
    c = {x["id"]: x for x in r["criteria"]}["commercial_interest"]
    assert c["status"] == "not_satisfied" and c["evidence"] == [1], c


# an institution's prices and history, in the end matter of a press release and in the body of a story
_INSTITUTION = ("Northfield Hospital has offered heart care at affordable prices since 1948, building on "
                "decades of earlier research into heart disease.")
_RELEASE_BODY = ("Northfield doctors report a faster heart scan\n\n"
                 "A new heart scan found blocked arteries in 20 minutes in a trial of 300 patients, doctors at "
                 "Northfield Hospital said today.\n\n")


def test_an_institutions_prices_and_history_in_a_releases_end_matter_are_no_cost_or_context(analyser):
    c = crit(analyser, _RELEASE_BODY + "About Northfield Hospital\n\n" + _INSTITUTION + "\n")
    assert c["costs"]["status"] == "not_satisfied", c["costs"]
    assert c["novelty"]["status"] == "not_satisfied", c["novelty"]


def test_the_same_prices_and_history_in_the_body_still_count(analyser):
    c = crit(analyser, _RELEASE_BODY + _INSTITUTION + "\n")
    assert c["costs"]["status"] == "satisfied", c["costs"]
    assert c["novelty"]["status"] == "satisfied", c["novelty"]


@pytest.mark.parametrize("sentence", [
    "Northfield Health is a $2.4 billion health system with 12 hospitals.",
    "The team read the heart scans covered by Medicare Part D between 2012 and 2016.",
])
def test_an_institutions_size_or_the_records_a_study_read_are_no_cost(analyser, sentence):
    c = crit(analyser, _RELEASE_BODY + sentence + "\n")
    assert c["costs"]["status"] == "not_satisfied", c["costs"]


@pytest.mark.parametrize("text,animal", [
    ("She spends an hour a day walking dogs in the woods.", False),
    ("He wanted to be at home with his dog.", False),
    ("Gentle poses like wall dog and chair twist came first.", False),
    ("The gene therapy was given to 12 dogs with the bleeding disorder.", True),
    ("The dogs in the study lived two years longer.", True),
])
def test_a_pet_dog_is_no_animal_study(text, animal):
    from classifier.criteria import story_design

    assert story_design([text])["animal"] is animal


def test_a_story_with_a_pet_dog_does_not_name_a_study(analyser):
    c = crit(analyser, "Yoga eases back pain\n\nIn the study, 320 adults with back pain took weekly yoga classes.\n"
                       "Classes began with gentle poses like wall dog and chair twist.\n")["evidence_quality"]
    assert "study is named" not in c["reason"], c


def test_a_sentence_is_evidence_once_however_many_labels_it_carries(analyser):
    """"Could eradicate the disease" is a cure and "revolutionary" a hype flag of one sentence: the benefits
    criterion, which names the cure and hype claims as its evidence, names that sentence once."""
    text = ("Wonder jab could wipe out breast cancer\n\nA revolutionary vaccine could eradicate breast cancer within ten "
            "years, scientists claimed last night.\n")
    result = analyser.analyse(text)
    both = [i for i, s in enumerate(result["sentences"]) if {"cure", "hype"} <= set(s["labels"])]
    assert both, [s["labels"] for s in result["sentences"]]
    for c in result["criteria"]:
        assert len(c["evidence"]) == len(set(c["evidence"])), c
    assert both[0] in {c["id"]: c for c in result["criteria"]}["benefits_quantified"]["evidence"]
