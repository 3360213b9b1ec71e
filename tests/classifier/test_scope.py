"""What Hypewatch reads: English text about health. Other languages and other subjects are not flagged, and the
analyser says why."""
import pytest

from classifier.criteria import NAMES
from classifier.scope import (MESSAGES, MIN_WORDS_TO_JUDGE, NOT_ENGLISH, NOT_HEALTH, health_word_count, is_english,
                              not_english, out_of_scope)
from crawler.topics import TOPIC_TERMS

GERMAN = (
    "Die neue Klinik am Stadtrand wurde am Montag eröffnet, und der Bürgermeister sprach von einer Revolution für die "
    "Region. Nach Angaben der Betreiber ist das Haus mit den modernsten Geräten ausgestattet, die es derzeit gibt. "
    "Kritiker sagen aber, dass die Kosten für den Bau viel zu hoch waren und dass das Personal noch nicht vollständig "
    "ist. Die Stadt hat für das Projekt mehr als zwanzig Millionen Euro ausgegeben. Ob sich diese Investition lohnt, "
    "wird sich erst in einigen Jahren zeigen, sagte eine Sprecherin der Opposition. Die ersten Patienten werden im "
    "Frühjahr erwartet, wenn auch die Notaufnahme fertig ist. Bis dahin bleiben die Wege für viele Menschen auf dem "
    "Land lang, und die Wartezeiten sind in den anderen Häusern der Umgebung oft sehr lang. Der Landrat will nun mit "
    "den Krankenkassen über weitere Mittel sprechen, damit auch eine Station für Kinder gebaut werden kann. Die "
    "Gespräche sollen noch in diesem Jahr beginnen, und eine Entscheidung wird für den Sommer erwartet."
)
SPORTS = (
    "The home side defeated their rivals 3-1 on Saturday in a remarkable game that ended a run of four straight "
    "losses. It was an amazing afternoon for the young striker, who scored twice before the break and set up the "
    "third late on. For the first time this season the team kept the ball for long spells, and the crowd of 40,000 "
    "roared every pass. The coach said after the game that the win was the most important step toward the play-offs "
    "and praised the stunning goal that opened the scoring. The visitors had beaten the league leaders a week "
    "earlier and arrived full of confidence, but they never found their rhythm. Their captain was booked in the "
    "first half and replaced at the interval. The defeat leaves them fifth in the table, two points behind the "
    "places that lead to the cup. Both teams play again on Wednesday, the home side away in the north and the "
    "visitors at home against the side that won the title last spring. Tickets for both games are on sale from "
    "the clubs' offices and online, and the police expect a quiet evening in both towns."
)
HEALTH = (
    "A stem cell transplant reversed severe multiple sclerosis in a small group of patients, doctors said on "
    "Monday, calling the result an incredible breakthrough. The treatment wiped out the immune cells that attack "
    "the nerves and rebuilt the immune system from the patients' own stem cells. Of the 20 patients in the study, "
    "14 had no new symptoms after two years, the researchers reported in a medical journal. Outside experts urged "
    "caution: the study had no control group, the treatment carries a risk of serious infection, and two patients "
    "were admitted to hospital with fevers. The procedure costs about 40,000 dollars and is offered in only a few "
    "clinics. Larger trials comparing it with the best drugs for the disease are under way in three countries, "
    "and their results are expected in four years. Patients who want the treatment should talk to their doctor "
    "about the risks, the neurologist who led the study said. The charity that funded the work said it would "
    "pay for a second study in people with progressive forms of the disease, where the drugs help little."
)


@pytest.mark.parametrize("sentence", [
    "Die digitale Revolution wird die Gesellschaft erst einmal negativ verändern, sagt er.",
    "On peut prendre une cure de probiotiques pendant quatre mois, conseille le naturopathe dans son cabinet.",
    "El ministro dijo que la nueva clínica es un avance extraordinario para los pacientes de la región.",
    "这种新药被称为治疗癌症的重大突破，专家表示需要更多研究。",
])
def test_a_sentence_in_another_language_is_not_english(sentence):
    assert not is_english(sentence)


@pytest.mark.parametrize("sentence", [
    "Stem cells cure MS.",
    "James Van Der Beek said the Los Angeles clinic was the first of its kind, according to Smith et al.",
    "Des Moines doctors say the El Paso trial of the drug was a game-changer for the disease.",
    "It's a breakthrough.",
])
def test_english_sentences_with_names_from_other_languages_are_english(sentence):
    assert is_english(sentence)


def test_the_sentences_of_a_text_in_other_languages_are_picked_out():
    sentences = ["Stem cells reversed MS in the trial, doctors said.",
                 "Die digitale Revolution wird die Gesellschaft erst einmal negativ verändern, sagt er.",
                 "这种新药被称为治疗癌症的重大突破，专家表示需要更多研究。"]
    assert not_english(sentences) == [False, True, True]
    assert not_english(sentences[:1] * 3) == [False, False, False]


def test_a_long_text_in_another_language_is_not_read():
    assert out_of_scope("Neue Klinik eröffnet", GERMAN) == NOT_ENGLISH


def test_a_long_english_text_about_something_else_is_not_read():
    assert len(SPORTS.split()) >= MIN_WORDS_TO_JUDGE
    assert out_of_scope("Home side ends losing run", SPORTS) == NOT_HEALTH


def test_a_health_story_is_read():
    assert out_of_scope("Stem cells reverse MS", HEALTH) is None


def test_a_story_about_skin_and_babies_is_about_health_though_it_names_no_disease():
    # health news about the body, babies, alcohol or tobacco names few diseases: it must still be read
    story = (
        "A new cream made from oat milk kept babies' skin soft through the winter, its makers say. The company "
        "gave the cream to 60 infants in three nurseries in Leeds and asked parents to rub it on their arms and "
        "cheeks twice a day for a month. Parents of most of the infants said the dry patches faded within a week, "
        "and none reported red eyes or a rash. The makers, a family firm that has sold soap in the north of England "
        "for forty years, now plan to put the cream on sale in chemists from March at eight pounds a tube. An "
        "outside expert said the test was small and had no group of infants who were given a plain cream, so it "
        "cannot show that the oat milk made the difference. She said parents should keep baths short, avoid "
        "scented soap and keep the house free of tobacco smoke, which dries the skin, and that alcohol-based "
        "wipes should not be used on babies at all. The firm says it will publish its results next year."
    )
    assert len(story.split()) >= MIN_WORDS_TO_JUDGE
    assert out_of_scope("Oat cream keeps babies' skin soft, makers say", story) is None


def test_a_short_text_is_read_whatever_its_subject():
    # a sentence or two pasted into "Check a text": a claim needs no context to be one
    assert out_of_scope(None, SPORTS[:400]) is None


def test_every_crawler_topic_term_counts_as_health():
    # a story the crawler keeps for its topic is never dropped here for not being about health
    for term in TOPIC_TERMS:
        assert health_word_count(term) >= 1, term


def test_a_text_not_in_english_is_not_flagged_and_says_why(analyser):
    result = analyser.analyse(GERMAN, title="Neue Klinik: eine Revolution für die Region")
    assert result["out_of_scope"] == NOT_ENGLISH
    assert not any(s["labels"] for s in result["sentences"])
    assert result["score"] == 0
    assert [c["id"] for c in result["criteria"]] == list(NAMES)
    assert {c["status"] for c in result["criteria"]} == {"not_applicable"}
    assert {c["reason"] for c in result["criteria"]} == {"not read: the text is not in English"}


def test_a_text_read_anyway_is_read_whatever_its_language(analyser):
    sentence = "Die Therapie ist eine Revolution, sagt er, und sie wird die Medizin für immer verändern."
    assert analyser.analyse(sentence)["sentences"][0]["labels"] == []
    assert analyser.analyse(sentence, read_anyway=True)["sentences"][0]["labels"] == ["hype"]  # "Revolution"
    assert analyser.analyse(GERMAN, read_anyway=True)["out_of_scope"] is None
    assert {c["status"] for c in analyser.analyse(GERMAN, read_anyway=True)["criteria"]} != {"not_applicable"}


def test_a_text_about_something_else_is_not_flagged(analyser):
    result = analyser.analyse(SPORTS, title="Stunning goal ends losing run")
    assert result["out_of_scope"] == NOT_HEALTH
    assert not any(s["labels"] for s in result["sentences"])
    assert MESSAGES[NOT_HEALTH].startswith("Not read")


def test_a_health_story_is_flagged_and_a_sentence_in_another_language_in_it_is_not(analyser):
    quoted = "Der Arzt sagte, die Therapie sei eine Revolution und ein Durchbruch für die Medizin."
    result = analyser.analyse(HEALTH + " " + quoted, title="Stem cells reverse severe MS")
    assert result["out_of_scope"] is None
    flagged = {s["text"]: s["labels"] for s in result["sentences"] if s["labels"]}
    assert any("breakthrough" in text for text in flagged), flagged
    assert quoted not in flagged
    assert {c["status"] for c in result["criteria"]} != {"not_applicable"}
