"""Outside experts a story quotes without saying they were not involved (`classifier.experts`)."""
import pytest

from classifier.experts import outside_experts, reads_as_release

STUDY = [
    "Daily pill eases migraines, trial finds",
    "A daily pill cut migraine days by a third in a trial of 600 adults, researchers at Riverside University reported.",
    "The trial was led by Dr. Maria Lopez and funded by the National Headache Fund.",
]


@pytest.mark.parametrize("quote", [
    '"It is a modest gain, but a real one," said Dr. Jennifer Wu, a neurologist at Lenox Hill Hospital in New York City.',
    "Patients should not stop their current drugs yet, says Anjan Chatterjee, a neurologist at the University of "
    "Pennsylvania.",
    "Dr. Harold Moss, chief of headache medicine at Boston Medical Center, said the results were encouraging.",
    # what the speech verb opens is what they said, not who they are
    "Dr. Harold Moss, a neurologist at Boston Medical Center, said the study is well done but needs to be replicated.",
    # "one of the" describing the institution, not the speaker's part in the work
    "Patients want joints that last, said Dr. Harold Moss, surgeon in chief at Lakeside Hospital in Boston, one of the "
    "nation's top orthopedic centers.",
    # a society's or a charity's officers speak for the field
    "The study is well done and important, said Dr. Len Lichtenfeld, deputy chief medical officer of the American "
    "Cancer Society.",
    # the title alone as the role
    '"It is a modest gain," said Dr. Jennifer Wu of Lenox Hill Hospital in New York City.',
    "Even younger patients should weigh the harms, says Prof. Lisa Schwartz of Dartmouth Medical School.",
    # the role before the name, "according to", and what they described
    "Most doctors who prescribe it are not specialists, epidemiologist Hannah Knudsen of the University of Kentucky "
    "told reporters.",
    "Patients should not stop their current drugs yet, according to Dr. Jennifer Wu, a neurologist at Lenox Hill Hospital.",
    'Dr. Jennifer Wu, a neurologist at Lenox Hill Hospital, described the study results as "promising," but added a '
    'note of caution.',
    # ... or what they called or praised it
    'Dr. Harold Moss, chief of headache medicine at Boston Medical Center in Boston, Mass., called the new research '
    '"innovative and exciting."',
    "Dr. Harold Moss, a professor of medicine at Boston College, praised the study as a careful one.",
    'The work was described as "outstanding" by Dr. Harold Moss, director of the headache program at Boston Medical Center.',
    # "researcher at" in the role is who they are, not the study's researchers; an OB-GYN is an expert
    "Dr. Valerie Rice, a women's health researcher at the Morehouse School of Medicine, told ABC News that one in eight "
    "women will get migraine.",
    '"This is such a common issue," says Dr. Geeta Sharma, an OB-GYN at Weill Cornell Medical Center.',
    # roles made of a field and a trade
    'Scientists do not know yet, says Dr. Praveen Mummaneni, a neurosurgeon at the University of California.',
    '"What their report shows is a sustained effect," says Erlick Pereira, a neuroscientist at the University of Oxford.',
    '"The pill is an elegant idea," said Robert Gaunt, a bioengineer at the University of Pittsburgh.',
    # the institution before the role
    '"Many drugs work in the lab but not in the field," says John Clark, a University of Massachusetts professor of '
    'veterinary and animal sciences.',
    '"We now have two studies," American Cancer Society Director of Prostate and Colorectal Cancers Durado Brooks, MD, '
    'tells WebMD.',
    'Responding to the research, Yale Child Study Center director Fred Volkmar told WebMD: "The question remains."',
    '"There is a need for other treatments," says North American Menopause Society (NAMS) Executive Director Margery '
    'Gass, MD.',
    "Dr. Prem Chattoo, a New York based gastroenterologist, told FoxNews.com that the balloon is swallowed.",
    # a suffix after the name; introduced by what they run
    '"We do not know the complication rates," says Anthony Malizia Jr., MD, director of the Malizia Clinic in Atlanta.',
    '"There should be guidelines," says Dr. Geoffrey Sher, who heads the Sher Institutes for Reproductive Medicine.',
    '"Only one test can both find and remove a polyp," said Dr. Arun Swaminath, who directs the inflammatory bowel '
    'disease program at Lenox Hill Hospital in New York City.',
    # ... without the comma, an acronym after the institution, an abbreviation within it, and a title for the role
    "Dr. Carol Lee who chairs the American College of Radiology's Breast Imaging Commission said the trial was small.",
    "Still, Peter Weissberg, medical director at the British Heart Foundation (BHF) health charity, said the idea should "
    "not be taken too literally.",
    '"The effect sizes are not given," Professor Mary Fewtrell, assistant officer for health promotion at the U.K.-based '
    'Royal College of Paediatrics and Child Health, told Newsweek.',
    "The evidence favours the drops, said Dr. Harold Nelson, an allergist at National Jewish Health in Denver.",
    # a clinician's expertise in treating a disease
    '"The drops are worth a try," said Dr. Harold Nelson, who treats patients with allergies at National Jewish Health.',
])
def test_an_expert_named_with_a_role_and_an_institution_of_their_own_is_an_outside_voice(quote):
    assert outside_experts(STUDY + [quote]) == [len(STUDY)]


@pytest.mark.parametrize("quote", [
    # the work's own people, by their role or their words
    '"The effect held in every subgroup," said Dr. Paul Ames, a professor at Lakeside College, who worked on the study.',
    '"The effect held in every subgroup," said lead author Dr. Paul Ames, a professor at Lakeside College.',
    '"We found that the pill works within a week," said Dr. Paul Ames, a professor at Lakeside College.',
    "Dr. Paul Ames, a cardiologist at Lakeside College who has advised the manufacturer, said the pill is safe.",
    '"The effect held," said Paul Ames, one of the researchers and a professor at Lakeside College.',
    '"The effect held," says study head Paul Ames, MD, professor of neurology at Lakeside College.',
    '"The tumours shrank," said study chair Dr. Paul Ames, a breast cancer specialist at Lakeside College.',
    '"It could end the disease," said Dr. Paul Ames, an expert at Lakeside College and an adviser to Acme Diagnostics.',
    '"It is nothing short of dramatic," said Dr. Paul Ames, an oncologist at Lakeside College, who is involved in running '
    'a larger follow-up study.',
    '"Fish is good for babies," said Dr. Paul Ames, a panel member involved in the advice and director of nutrition at '
    'Lakeside College.',
    # ... who developed or invented it, or where it was developed, however long the institution's name
    '"We need technology," said Dr. Paul Ames of the University of Lakeside, Hill School of Medicine, who helped develop '
    'the pill.',
    '"No one has measured what we measured," says Lange of the scan he and Dr. Paul Ames from Lakeside College developed.',
    "The pill could replace injections, says Paul Ames, the neurologist at Lakeside College who invented the pill.",
    '"We had patients who avoided hospital," said Dr. Paul Ames, a psychiatrist who pioneered the treatment in Nashville.',
    '"The pill works," said Dr. Paul Ames, a professor at Lakeside College, where the pill was developed.',
    '"Our analysis showed a benefit in older patients," said Dr. Paul Ames of Lakeside College.',
    '"We can keep them in treatment longer," said lead researcher Dr. Paul Ames of Lakeside College.',
    "People should ask their doctor first, according to Dr. Paul Ames, a professor of medicine at Lakeside College and a "
    "member of the task force.",
    # ("called" that names something is no speech)
    "Dr. Paul Ames of Lakeside College looked at data from 5,035 women in a long-running study called the Bone Study.",
    # the study's institution, named for the study elsewhere in the story
    '"This is good news," said Dr. Paul Ames, a professor of neurology at Riverside University.',
    # ... as the host of a unit, or by its head
    '"It is a modest gain," said Dr. Jennifer Wu, director of the Headache Laboratory at Riverside University.',
    '"We lack information," said Dr. Stanley Ip, an assistant professor at Riverside University Medical Center.',
    # a voice quoted from a release or a statement speaks for its issuer
    '"Relief was immediate," Dr. Paul Ames, director of the Pain Center at Lakeside Hospital, said in a hospital '
    'news release.',
    '"These results will change care," Dr. Paul Ames, director of the National Headache Institute, said in a statement.',
    # a company's people, and people who are no experts
    '"Sales will start in May," said Jane Roe, a director at Acme Pharmaceuticals.',
    '"Sales will start in May," said Dr. Jane Roe, vice president of medical affairs at Acme.',
    '"Most patients kept benefiting," said Dr. Jane Roe, Acme\'s head of development for Migrex and Painex.',
    "Acme hopes to sell the pill in Europe next year, says Acme spokesman Charlie Mayr.",
    "Sales rose 11% over five years, according to Chicago-based market researcher SymphonyIRI Group.",
    '"It changed my life," said Kelly Hayes, a mother of two from Chicago.',
    # the doctor who gave the story's patient the treatment
    'Dr. Viktor Hale, who treated Sarah at a private clinic in Cyprus, called the results "an incredible breakthrough".',
    '"She walked out smiling," said Dr. Viktor Hale, who operated on her at the Lakeside Spine Center.',
    # what they run is the research itself, or its funder; an institution read as a name
    '"One patient improved for a while," said Dr. Paul Ames, who heads the research at Lakeside College.',
    '"If this works, it is fantastic," said Dr. Paul Ames, who directs outside research at the Lakeside Institute, part '
    'of the Lakeside Health Network, which paid for the research.',
    '"These results are the best yet," said Paul Ames of Harvard Medical School, who directs the Neurostatistics '
    'Laboratory at Lakeside Hospital.',
])
def test_the_works_own_people_and_people_without_expertise_are_no_outside_voice(quote):
    assert outside_experts(STUDY + [quote]) == []


def test_an_institution_named_only_in_a_pointer_for_readers_is_not_the_studys():
    quote = "The pill calms the nerve that sets off attacks, said Bruce Bebo, director of research at the Migraine Trust."
    pointer = "Learn more about migraine treatments from the Migraine Trust."
    assert outside_experts(STUDY + [quote, pointer]) == [len(STUDY)]


def test_an_institution_named_only_as_a_meetings_host_is_not_the_studys():
    meeting = "The results were presented at the Migraine Trust International Symposium in London."
    quote = "Many patients felt drowsy on the pill, noted Keith Fargo, director of scientific programs at the Migraine Trust."
    assert outside_experts(STUDY + [meeting, quote]) == [len(STUDY) + 1]


@pytest.mark.parametrize("meeting", [
    "The results will be presented at the Migraine Trust's annual Headache Research Symposium in London.",
    # (the institution's name cut where its owner's "'s" ends)
    "The results will be presented at the American Society of Clinical Oncology's annual Breast Cancer Symposium.",
])
def test_a_meeting_named_by_its_subject_is_still_its_hosts(meeting):
    quote = ("Speaking to reporters, Dr. Jennifer Obel, chair of the American Society of Clinical Oncology's communications "
             "committee, said the pill was a modest step.") if "Oncology" in meeting else (
            "Many patients felt drowsy on the pill, noted Keith Fargo, director of scientific programs at the Migraine Trust.")
    assert outside_experts(STUDY + [meeting, quote]) == [len(STUDY) + 1]


@pytest.mark.parametrize("cited", [
    "Currently the American Migraine Society advises that adults try two drugs before a third.",
    "About 12 percent of adults have migraine, according to the American Migraine Society.",
    "Only a third of patients get the American Migraine Society's recommended treatment.",
])
def test_an_institution_cited_for_its_advice_or_figures_is_not_the_studys(cited):
    quote = "The trial was small, noted Dr. Len Lichtenfeld, deputy chief medical officer of the American Migraine Society."
    assert outside_experts(STUDY + [cited, quote]) == [len(STUDY) + 1]


def test_an_institution_that_ran_the_work_still_ties_its_officers_to_it():
    ran = "The American Migraine Society ran the trial at ten of its clinics."
    quote = "The trial was small, noted Dr. Len Lichtenfeld, deputy chief medical officer of the American Migraine Society."
    assert outside_experts(STUDY + [ran, quote]) == []


def test_a_consequence_that_leads_somewhere_does_not_tie_a_name_to_the_work():
    quote = '"It is a modest gain," said Dr. Jennifer Wu, a neurologist at Lenox Hill Hospital.'
    later = '"Several things lead to a migraine," Wu said, and stress led to most attacks she sees.'
    assert outside_experts(STUDY + [quote, later]) == [len(STUDY)]


def test_a_name_tied_to_the_work_elsewhere_is_no_outside_voice():
    quote = '"It is a modest gain," said Dr. Maria Lopez, a neurologist at Lenox Hill Hospital.'
    assert outside_experts(STUDY + [quote]) == []  # "The trial was led by Dr. Maria Lopez"


@pytest.mark.parametrize("elsewhere", [
    '"The nerve may misfire when the body is stressed," Wu said in a journal news release.',
    "Dr. Wu, who also heads a research group at Lenox Hill, is leading a larger trial of the pill.",
])
def test_a_name_quoted_from_a_release_or_leading_a_trial_elsewhere_is_no_outside_voice(elsewhere):
    quote = '"It is a modest gain," said Dr. Jennifer Wu, a researcher at Lenox Hill Hospital in New York City.'
    assert outside_experts(STUDY + [quote, elsewhere]) == []


def test_what_an_expert_emailed_the_reporter_is_still_an_outside_voice():
    quote = ("Jane Roe, clinical nurse specialist at the Migraine Trust, says in an emailed statement: \"Evidence is needed "
             "to show the pill's benefits.\"")
    assert outside_experts(STUDY + [quote]) == [len(STUDY)]


@pytest.mark.parametrize("marker", ["###", "About Riverside Health Partners", "Media contact: Ann Lee, 555-0100",
                                    "BOSTON, May 2, 2026 /PRNewswire/ -- Acme Corp. reported results today."])
def test_a_press_release_quotes_its_own_people(marker):
    """A release introduces its own spokespeople and scientists the same way news introduces an
    outside expert, so a text that reads as a release gets none from here."""
    quote = '"It is a modest gain," said Dr. Jennifer Wu, a neurologist at Lenox Hill Hospital in New York City.'
    texts = STUDY + [quote, marker]
    assert reads_as_release(texts) and outside_experts(texts) == []


def test_news_does_not_read_as_a_release():
    assert not reads_as_release(STUDY + ["About a third of the volunteers dropped out.", "Source: CDC survey, 2024"])
