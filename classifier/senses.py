"""Cue words used in a sense that states no claim: "has proven harder than expected", "if proven
safe", "to prove that", "in fact", "there is definitely a need", "help find a cure for", "the only
difference", "a tingling sensation", "incredibly difficult", "healthy, disease-free volunteers",
"weeks to heal", "deaths from all causes", "a leading cause of injury", "whether it really cured
the condition", "for the first time in 14 years", "in vitro fertilisation", "a final Hail Mary".

The model learns the claim senses of these words from the corpus, but a word as common as
"proven" or "the only" pulls its label up in every sense; real reporting uses them far more
often in these plain senses than in claims. A flag whose every cue of its own label is one of
these is dropped (the analyser's rule; flags that rest on other words are left alone).

Novelty is the one label whose claims mostly stand on no cue word at all: "the first study to
show", "nobody has done this before". "First", "before" and "only" are too common to be cues, so
a novelty flag without a cue word stands only if one of those constructions is there, not an
ordinal ("the first problem we have", "first approved in 2017"). Hype and cure flags without a
cue word likewise need a construction of their own ("a huge leap forward", "the tumours
disappeared"), not talk around the story ("a teachable moment", "to say goodbye").

An animal result reported for the animals ("cocoa extract prevents weight gain in mice") is no
extrapolation; it becomes one when people are named, the result is dressed up or projected, or a
general claim rests on the animal work ("X reverses ageing, a study in mice shows").

Five constructions here add a flag instead: a disease said to be gone in plain words ("The MS is
gone.", "she remains cancer-free", `disease_gone`), a cure claim the model does not learn from word
n-grams; a cure said to be within reach ("could cure diseases such as cancer", `says_it_could_cure`),
which the model scores under its threshold when the hedge is strong; a study, a
treatment or a team said to be the first to do something ("the study is the first to show",
`claims_a_first`), the commonest novelty claim in real releases, which the model scores low
because the corpus holds far more ordinal "first"s than claims of this form; and the news called
a breakthrough, a miracle, a game changer or a cure outright ("It is definitely a breakthrough", "It
was a game changer", "It is a cure.", "the results were dramatic", `calls_it_hype`, `calls_it_a_cure`),
which the model scores under its threshold when the words around the noun are those of plain reporting
("it was", "represents", "definitely").
"""
from __future__ import annotations

import re

from .criteria import AIM_QUESTION
from .features import CUES

LABELS = ("certainty", "novelty", "cure", "hype", "causal", "extrapolation")  # the labels that have plain senses below

# The clause a cue word stands in, up to the cue: the text since the last punctuation mark.
_CLAUSE_START = re.compile(r".*[,;:.!?()\u2014\u2013\"“”]")
# a clause that makes what follows a condition or an open question ("if a trial now under way
# proves successful", "whether the procedure really cured the condition"), or denies it
# ("nobody has ever been cured", "I do not think we can say that our study proves")
_CONDITION = re.compile(r"\b(?:if|whether|until|unless|perhaps|assuming|provided\s+that|as\s+long\s+as)\b")
_OPEN_QUESTION = re.compile(r"\bwhether\b")  # for a cure, "if" is too often a real claim: "if caught early, it can be cured"
# (some feeds drop the apostrophe: "Gastric bypass surgery helps diabetes but doesn t cure it")
_DENIAL = re.compile(r"\b(?:not|never|nobody|no\s+one|cannot|rarely|seldom|[a-z]+n['’]t"
                     r"|(?:doesn|don|isn|aren|wasn|weren|didn|can|won|hasn|haven|hadn|wouldn|couldn|shouldn)\s+t)\b")
# "prove" and its forms stating a requirement or a hope: "must prove to the regulator", "may
# prove useful", "can potentially prove valuable", "may ultimately prove"
_PROVE_HYPOTHETICAL = re.compile(
    r"\b(?:to|may|might|could|would|must|can|will|should)\s+(?:(?:\w+ly|one\s+day|someday|also|even|still|yet)\s+)?$")
# ... or turning out to be hard, or merely promising: "has proven harder to treat", "proved
# popular", "early data have proved promising"
_PROVE_TURNED_OUT = re.compile(
    r"^\s+(?:to\s+be\s+)?(?:(?:far|much|more|less|very|quite|surprisingly|extremely)\s+){0,2}"
    r"(?:tough|tougher|hard|harder|difficult|challenging|elusive|popular|costly|controversial|tricky|trickier"
    r"|complicated|problematic|disappointing|frustrating|impossible|unpopular|slow|slower|expensive|divisive"
    r"|promising|fruitful|worthwhile|valuable|invaluable|useful|helpful|successful|fatal|deadly|lethal|futile|wrong"
    r"|ineffective|ineffectual|unsafe|inconclusive|insufficient|inadequate|unreliable|unsuccessful|disappointing"
    r"|of\s+(?:some|little|great|real|no)\s+(?:use|value|help)"
    r"|a\s+(?:challenge|problem|struggle|hurdle|headache)"
    # a result measured against another: "the cap proved to have 66 percent lower error rates than the
    # headband", "proved as effective at improving blood flow for patients with diabetes as those without"
    r"|to\s+have\s+(?:an?\s+|about\s+|nearly\s+|roughly\s+)?\d[\d.,]*|(?:just\s+|equally\s+)?as\s+[\w-]+\s+(?:[^.;]{0,60}?\s)?as)\b")
# "fact" in "in fact", "the fact that" and "despite that fact" is a turn of phrase
_FACT_PHRASE = re.compile(r"\b(?:in|the|that|this|one|another|further|key|important|interesting|simple|sobering|basic"
                          r"|surprising)\s+$")
_FACT_NOUN = re.compile(r"^\s*(?:sheets?|boxe?s?|of\s+life|-?check\w*)\b")  # "a CDC fact sheet", "a fact of life"
# a share that is a range's end or a recovery, not a promise: "from 87 percent to 100 percent",
# "her memory is back to 100 percent"
# "100 percent of the daily value", "100% of the tissue", "100 percent compliance", "100%
# pomegranate juice": a share or a count, not an efficacy
_SHARE_OF = re.compile(r"^\s+(?:of|compliance|adherence|attendance|participation|funded|owned|natural|organic|recyclable"
                       r"|pure|(?:[\w-]+\s+)?juices?)\b")
# a test's measured performance, a number like any other: "with 100 percent accuracy", "a sensitivity of 100%"
_TEST_MEASURE_AFTER = re.compile(r"^\s+(?:accuracy|sensitivity|specificity|concordance|agreement)\b")
_TEST_MEASURE_BEFORE = re.compile(r"\b(?:accuracy|sensitivity|specificity|concordance|agreement)\s+(?:of|was|were|is|reached)\s+$")
# ... and a study's measured rate: "a 100 percent cure rate of HCV in organ recipients", "the effect was 100
# percent reversed in all 18 patients" (but "100 percent effective" is a claim)
_MEASURED_RATE_AFTER = re.compile(
    r"^\s+(?:cure|success|response|survival|remission|clearance|completion|recovery)\s+rates?\b"
    r"|^\s+(?:[\w-]+\s+){0,2}in\s+all\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")
_PERCENT_RANGE = re.compile(r"(?:(?:\d|percent|per\s*cent|%)\s+to|\bback\s+to|\bbetween\s+\d+\s*(?:%|percent)?\s+and)\s+$")
# "settled" of a dispute, a home or a life: "settled out of court", "settled in Ohio", "before it is settled"
_SETTLED_OTHER = re.compile(r"^\s+(?:in|into|out|back|down|on|for|with)\b")
_SETTLED_PENDING = re.compile(r"\b(?:before|until|once|when|whether|not|yet|would)\b[^.;]{0,40}$")
# "cure" as an aim: "to help find a cure for", "the search for a cure", "treated with intent to cure"
_CURE_AIM = re.compile(
    r"(?:(?:\b(?:to|help|helps|helped|helping|hope\s+to|hoping\s+to|hopes\s+to|trying\s+to|race\s+to)\s+|[—–-]\s*)find"
    r"|\b(?:finding|search(?:ing)?\s+for|hunt(?:ing)?\s+for|quest\s+for"
    r"|look(?:ing)?\s+for|wait(?:ing)?\s+for|money\s+for|funds?\s+for|funding\s+for|long(?:s|ed|ing)?\s+for"
    r"|pray(?:s|ed|ing)?\s+for|chances?\s+(?:of|at)|hope\s+of|possibility\s+of)"
    r")\s+(?:a\s+|the\s+)?(?:(?:natural|real|true|possible|permanent|lasting)\s+)?"
    r"(?:(?:treatments?|therap(?:y|ies)|vaccines?)\s+(?:or|and)\s+(?:a\s+)?)?$"  # "finding a treatment or cure for ALS"
    r"|\b(?:intent|intention|aim|goal)\s+(?:to|of)\s+$"
    # a cure still to come: "Once we have a cure for hair loss", "until scientists find a cure"
    r"|\b(?:once|when|until|if)\s+(?:we|they|you|there\s+is|scientists|researchers|doctors)\s+(?:have|has|find|finds|get"
    r"|develop|develops)\s+(?:a\s+|the\s+)?$"
    r"|\b(?:aim|goal|objective)s?\s+(?:is|are|was|were)\s+to\s+(?:achieve|reach|find|develop|deliver)\s+(?:a\s+|the\s+)?$"
    r"|\b(?:aimed|aiming)\s+at\s+(?:trying\s+to\s+)?$"
    r"|\bwhat\s+it\s+(?:will|would)\s+take\s+to\s+$"
    # a purpose clause: "Dr. Narod argues that to achieve a cure, rather than simply delay progression, …"
    r"|(?:^|[,;:]\s*|\bthat\s+|\bin\s+order\s+)to\s+(?:achieve|reach)\s+(?:a\s+|the\s+)?$"
    # a mission: "ASN has been leading the fight to prevent, treat, and cure kidney diseases"
    r"|\b(?:fight|battle|mission|efforts?|campaign|commitment|committed|dedicated|devoted)\s+to\s+(?:[\w-]+,?\s+){0,4}?$")
# a name: "Susan G. Komen for the Cure", "the Race for the Cure"
_NAMED_FOR_THE_CURE = re.compile(
    r"\b(?:komen|race|run|walk|ride|cycle|climb|swim|relay|coalition|alliance|partnership|fund|foundation)\s+for\s+the\s+$")
# curing as food is made: "cured meats", "Ham, cured, roasted"
_CURED_FOOD_BEFORE = re.compile(r"\b(?:hams?|bacon|pork|beef|salmon|fish|meats?|sausages?|salami),?\s+$")
_CURED_FOOD_AFTER = re.compile(r"^\s*(?:,\s*)?(?:meats?|hams?|bacon|pork|beef|salmon|fish|sausages?|salami"
                               r"|and\s+(?:smoked|processed|salted))\b")
# a method tried out as one: "He's also testing the same method as a cure for sickle cell disease"
_TRIED_AS_A_CURE = re.compile(
    r"\b(?:test(?:s|ed|ing)?|tri(?:es|ed)|trying|study(?:ing)?|studied|evaluat\w+)\b[^.;]{0,60}?\bas\s+(?:a\s+)?(?:possible\s+"
    r"|potential\s+)?$")
# a cure talked of, not claimed: "Everyone talks about curing a disease — cure CF, cure these other diseases."
_CURE_TALKED_OF = re.compile(r"\b(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke)\s+about\b[^.;]{0,60}$")
# cures as a mission: "to develop new treatments and cures", "translating research into new cures"
_CURE_MISSION = re.compile(
    r"\b(?:develop\w*|deliver\w*|discover\w*|into|towards?|for)\s+(?:new\s+|better\s+|future\s+)?"
    r"(?:(?:treatments|therapies)\s+and\s+)?$")
# "disease-free" or "free of cancer" describing who took part: "healthy, disease-free men", "free of
# cancer at the start of the study"
_FREE_OF = ("free of", "disease-free", "disease free", "cancer-free", "cancer free")
_PARTICIPANTS_BEFORE = re.compile(r"\bhealthy\s*,?\s+$")
_PARTICIPANTS_AFTER = re.compile(
    r"^\s+(?:(?:disease|cancer|heart\s+disease|diabetes|dementia)\s+)?(?:men|women|people|adults|children|volunteers"
    r"|participants|controls|subjects|survivors|at\s+(?:the\s+)?(?:start|outset|beginning)|at\s+baseline|at\s+enrol\w*"
    r"|when\s+(?:they|the\s+study|the\s+trial))\b")
# healing of a wound or a cut, and the time it takes: "takes weeks to heal", "heals the incision"
# ... or what the body needs to heal: "the nutrients they need to heal", "cells try to heal themselves",
# "while the chest skin heals"
_HEAL_TIME = re.compile(
    r"\b(?:weeks|days|months|hours|years|time|longer|slowly|slower|need|needs|needed|try|tries|tried|trying)\s+to\s+$"
    r"|\b(?:after|before|until|once)\s+(?:[\w'’-]+\s+){0,4}(?:has|have|had)\s+$"  # "after the rash has healed"
    r"|\b(?:wounds?|cuts?|incisions?|scars?|fractures?|bones?|burns?|skin)\s+$")
# what a device or a procedure is built to do, not a disease reversed: "designed to dissolve and thereby
# restore the blood vessel's natural flexibility", "a pacemaker is used to restore normal coordinated
# heart beats", "allowing the coronary artery to restore its normal shape"
_RESTORE_MECHANISM = re.compile(
    r"\b(?:(?:designed|used|meant|intended|engineered)\s+to(?:\s+\w+\s+and)?|thereby|allowing\s+(?:[\w'-]+\s+){1,4}?to)\s+$")
# what a procedure or the body restores that is no disease undone ("retrieval of the clot … restored blood flow to
# the brain", "an enzyme that helps restore telomeres"), or a restoration needed ("patients who need their long-term
# hearing restored")
_RESTORED_OTHER = re.compile(
    r"^\s+(?:(?:normal|the|its|their|his|her)\s+)?(?:blood\s+(?:flow|supply|vessels?)|circulation|telomeres?|sinus\s+rhythm"
    r"|balance|order|trust|confidence|power|funding|access|services?"
    # ... or a part of the body rebuilt: "a new method to restore skull after brain surgery"
    r"|skulls?|cranium|breasts?|teeth|smiles?|noses?|faces?|appearance)\b")
_RESTORE_NEEDED = re.compile(r"\bneed(?:s|ed)?\s+(?:their|his|her|its|the)\s+(?:[\w-]+\s+){0,3}$")
# a reversal or a cure someone tries for: "trying to reverse the scar tissue", "to find a treatment that
# actually reverses heart injury", "parents looking for an over-the-counter medicine to cure a child's cough"
_REVERSE_AIM = re.compile(
    r"\b(?:try|tries|tried|trying|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|striv(?:e|es|ing)|attempt(?:s|ed|ing)?)"
    r"\s+to\s+(?:\w+\s+)?$"
    r"|\b(?:find|finding|develop|developing|(?:search|look)(?:ing)?\s+for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:that|to)\s+"
    r"(?:actually\s+|really\s+|can\s+|could\s+|would\s+|might\s+)?$"
    # a step on the way: "It's not a cure, but it's a first step towards restoring brain function"
    r"|\bsteps?\s+(?:towards?|to)\s+$")
# a reversal missed: "it is often given too late to reverse the permanent damage"; or one that needs an early start:
# "to assess caries early enough to reverse or halt progression"
_TOO_LATE = re.compile(r"\b(?:too\s+late|(?:early|soon)\s+enough)\s+to\s+(?:[\w-]+\s+)?$")
# the established options a story mentions: "Dr. Kmiec said there are chemotherapies that have helped patients achieve
# remission or at least live longer", "The last remaining drugs to cure this sexually transmitted infection are showing
# signs they may only have a few more years of usefulness left"
_OPTION_NOUNS = (r"(?:drugs|antibiotics|chemotherap(?:y|ies)|treatments|therapies|medicines|medications|options|procedures"
                 r"|surgeries)")
_OPTIONS_THERE_ARE = re.compile(
    r"\bthere\s+(?:are|is)\s+(?:already\s+|other\s+|existing\s+|some\s+|many\s+|several\s+)*(?:[\w-]+\s+)?"
    + _OPTION_NOUNS + r"\s+(?:that|which)\b[^.;]{0,60}$"
    # (one of them named as the subject: "a traditional hair transplant to restore his hairline", "The current treatment
    # for chronic HCV -- intravenously administered peg-interferon and ribavirin -- cures about half of people")
    r"|\b(?:existing|current|remaining|available|standard|older|conventional|traditional|usual)\s+(?:[\w-]+\s+)?"
    r"(?:" + _OPTION_NOUNS + r"|treatment|therapy|drug|medicine|medication|procedure|surgery|transplant)"
    r"(?:\s+(?:that\s+|which\s+)?(?:to|can|could|that|which)\s+"
    r"|\s+for\s+(?:[\w'’-]+\s+){1,4}?(?:--[^.;]{0,80}--\s+|\([^)]{0,80}\)\s+)?)$")
# "in the end" is a turn of phrase: "so that in the end the cancer will be gone"
_IN_THE_END = re.compile(r"\bin\s+the\s+$")
_HEAL_WOUND = re.compile(r"^\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:wounds?|cuts?|incisions?|scars?|fractures?|bones?|burns?|skin)\b")
# "disease-free survival": a trial's end point, whatever its value; "free of charge"
_FREE_ENDPOINT = re.compile(r"^\s+(?:survival|interval)\b")
_FREE_OF_CHARGE = re.compile(r"^\s+(?:charge|cost)\b")
# "the reverse is true", "reversed the upward trend in deaths", "works to reverse a so-called epigenetic change": the
# word, or a molecule's state, not a disease undone
_REVERSE_NOUN = re.compile(r"\b(?:the|in)\s+$")
_REVERSE_ADJECTIVE = re.compile(
    r"^['’\"”]?\s+(?:form|side|order|direction|effect|transcriptase|transcription|engineering|osmosis|mortgage|gear"
    r"|psychology|causa\w+|(?:total\s+)?shoulder|cholesterol\s+transport)\b")
_REVERSIBLE_OTHER = (r"(?:trends?|direction|decisions?|polic(?:y|ies)|practices?|order|ruling|patterns?|roles?|sequence|advice"
                     r"|recommendations?|guidance|stance|course|weight\s+gains?|(?:growth\s+)?signals?|methylation"
                     r"|epigenetic\s+changes?)")
_REVERSED_OTHER = re.compile(
    r"^\s+(?:(?:the|a|an|its|their|this|that|his|her|our)\s+)?(?:[\w'’-]+\s+){0,3}" + _REVERSIBLE_OTHER + r"\b")
# ... or before it: "the genetically altered T cells had their growth signals reversed"
_REVERSED_OTHER_BEFORE = re.compile(r"\b" + _REVERSIBLE_OTHER + r"\s+(?:(?:was|were|is|are|be|been|being|had\s+been"
                                    r"|have\s+been|has\s+been)\s+)?$")
# a reversal or a cure as what a field hopes for: "Reversing withering hippocampi by encouraging the growth of new
# neurons is seen as a holy grail in Alzheimer's research"
_SEEN_AS_GOAL = re.compile(
    r"^[^.;:]{0,160}?\b(?:is|are|was|has\s+(?:long\s+)?been|remains?)\s+(?:(?:seen|regarded|considered|viewed)\s+as\s+)?"
    r"(?:a|the|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:holy\s+grails?|goals?|dreams?|aims?|ambitions?)\b")
# an antidote undoing a drug, not a disease: "idarucizumab reverses the effects of dabigatran",
# "reversal of opioid effects", "naloxone, temporarily reversing the breathing problems of an overdose"
_DRUG_EFFECTS = (r"\b(?:anticoagula\w*|blood[- ]thin\w*|opioids?(?!\s+(?:addiction|use|dependen\w+|abuse))|dabigatran"
                 r"|warfarin|heparin|sedati\w+|an(?:a)?esthe\w+|respiratory\s+depression|overdos\w*)\b")
_DRUG_EFFECT = re.compile(r"^[^.;]{0,90}?" + _DRUG_EFFECTS)
# ... named before it: "dabigatran's blood-thinning effect was 100 percent reversed"
_DRUG_EFFECT_BEFORE = re.compile(_DRUG_EFFECTS + r"[^.;]{0,40}$")
# a procedure that can be undone: "minimally invasive surgery which can be completely reversed"
_PROCEDURE_UNDONE = re.compile(
    r"\b(?:surgery|procedure|operation|vasectomy|sterili[sz]ation|implant|device|ligation)\s+(?:which\s+|that\s+)?"
    r"(?:can|could|may|might|is|are)\s+(?:be\s+)?(?:(?:completely|fully|easily|simply|later)\s+)?$")
# a side effect or a change undone when its cause stops: "irritation, which is often temporary and
# reverses within four weeks", "kidney problems that reversed when they stopped the drug", "changes
# completely reversed when the mice start eating"; or a benefit fading: "the weight loss began to reverse"
_TEMPORARY = re.compile(r"\b(?:temporar(?:y|ily)|transient(?:ly)?|short-lived|briefly)\b[^.;]{0,30}$")
_UNDONE_WHEN_STOPPED = re.compile(
    r"^\s+(?:(?:completely|fully|quickly|rapidly|spontaneously)\s+)?(?:when|once|after)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:stop\w*|discontinu\w*|withdr[ae]w\w*|start\w*\s+eating|resum\w+)")
_BENEFIT_FADED = re.compile(
    r"\b(?:weight\s+loss|improvements?|gains?|benefits?|effects?|response)\s+(?:had\s+|has\s+)?"
    r"(?:began|begun|begins|started|starts)\s+to\s+$")
# "incurable" describing a disease ("a fatal and incurable deterioration of the brain"), unless
# the disease is said to be incurable no longer: "once incurable", "long considered incurable"
_NO_LONGER_INCURABLE = re.compile(
    r"\b(?:once|previously|formerly|considered|thought|deemed|believed|regarded|until\s+now|hitherto)\b[^,;.]{0,30}$")
# "cancers found at a curable stage"
_CURABLE_STAGE = re.compile(r"^\s+stages?\b")
# curability as a clinical category: "six of the eight cancers were considered potentially curable"
_CURABLE_CATEGORY = re.compile(r"\b(?:potentially|considered|deemed|classed\s+as|less|more|most|least|highly)\s+$")
# a cure or remission rate is a measured share: "a 98.6 percent cure rate with SBRT", "remission rates
# four times higher than in the sham group"
_CURE_RATE = re.compile(r"^[\s-]+rates?\b")
# ... and the share an established treatment, described in passing, cures: "Intensive chemotherapy, which cures up to
# 90 percent of children with the most common type of leukemia, hadn't kept her cancer from coming back" (but "the
# shorter course of radiotherapy cures 94 percent of the men treated" is the news's claim)
_CURE_SHARE_AFTER = re.compile(r"^\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+"
                               r"|around\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\b")
_WHICH_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+)?$")
# wiping out something that is no disease: "the asteroid that wiped out the dinosaurs", "wiping out
# any extra time they might have gained", "wiping out a chunk of the vision", "chemotherapy that
# wipes out the patient's faulty blood cells"
_WIPED_OUT_OTHER = re.compile(
    r"^\s+(?:(?:the|a|an|any|all|their|his|her|its|those|these|much|most|some)\s+)*(?:[\w'’-]+\s+){0,5}?"
    r"(?:dinosaurs|species|populations?|time|gains?|benefits?|savings|progress|chunk|part|vision|sight|hearing|memor(?:y|ies)"
    r"|(?<!cancer\s)(?<!tumor\s)(?<!tumour\s)(?<!leukemia\s)(?<!infected\s)(?<!cancerous\s)(?<!malignant\s)cells"
    r"|bone\s+marrow|immune\s+systems?|jobs|villages|communities|families|generations?|crops|herds|forests|data|records"
    # ... people (a plague that "wiped out nearly one-third of Europe's population"), money ("wipe out every penny")
    r"|people|lives|men|women|children|residents|inhabitants|millions|thousands|pennies|penny|money|fortunes?|wealth"
    r"|profits?|earnings|debts?|deficits?|leads?)\b")
# the diseases a story says are gone, cured or defeated
_DISEASE_NAMES = (
    r"(?:ms|multiple\s+sclerosis|cancer|tumou?rs?|diabetes|arthritis|lupus|psoriasis|eczema|asthma"
    r"|crohn['’]s(?:\s+disease)?|parkinson['’]s|alzheimer['’]s|leuka?emia|lymphoma|myeloma|epilepsy|seizures"
    r"|migraines?|tinnitus|disease|illness|colitis|hepatitis(?:\s+c)?|hiv|depression|blindness|paralysis"
    r"|deafness|endometriosis|fibromyalgia|gout|sickle\s+cell(?:\s+disease)?|hay\s+fever|allerg(?:y|ies)|tremors?|acne"
    r"|rosacea|insomnia|ptsd|addiction|alopecia|baldness|apnea|apnoea|bed-?wetting|snoring|obesity|infertility"
    r"|incontinence|dementia|autism|glaucoma|cataracts?|scoliosis)")
# "defeat" and "vanquish" of no disease: an election, a match, a bill ("voters handed Trump an unambiguous defeat")
_DEFEATED_DISEASE = re.compile(
    r"\b(?:" + _DISEASE_NAMES + r"(?:s|es)?|infections?|virus(?:es)?|bacteria|superbugs?|pathogens?|germs?|malaria"
    r"|tuberculosis|tb|polio|aids|covid(?:-19)?|pandemic|epidemic|conditions?|symptoms?)\b")
# remission not reached: "failure to achieve complete remission within 60 days"
_REMISSION_NOT_REACHED = re.compile(
    r"\b(?:fail(?:s|ed|ure)?|unable)\s+to\s+(?:achieve|reach|attain|enter|go\s+into)\s+(?:a\s+)?(?:(?:complete|full|partial)\s+)?$")
# eliminating a disease as an aim: "trying to find methods to completely eliminate cervical
# cancer", "the dream is to eradicate colon cancer altogether"
_ELIMINATION_AIM = re.compile(
    r"\b(?:try(?:ing)?|tries|tried|aim(?:s|ed|ing)?|goal\s+is|dream\s+is|hope[sd]?|hoping|want(?:s|ed)?|working"
    r"|strive[sd]?|striving|seek(?:s|ing)?|ambition\s+is|mission\s+is"
    # ... or a chance someone has: "creates an opportunity to eradicate TB", "a campaign to eliminate measles"
    r"|opportunity|chance|efforts?|campaign|drive|push|quest|bid)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:(?:completely|fully|finally|one\s+day|eventually)\s+)?$"
    # ... or what a trial sets out to find: "Recruiting for Clinical Trial to Determine Therapies for Eradication of
    # Multiple Myeloma"
    r"|\b(?:recruit\w*|trials?|stud(?:y|ies))\b[^.;]{0,40}?\bto\s+(?:determine|test|find|identify|explore|evaluate)\b[^.;]{0,40}$")
# eliminating something from a diet, a form or a ward: "eliminated soy from the children's diets",
# "recommend eliminating foods high in IgG"; or a chore: "eliminate the need for biopsies"
_ELIMINATE_FROM = re.compile(
    r"^\s+(?:(?:[\w'’-]+\s+){1,4}from\s+(?:[\w'’-]+\s+){0,2}(?:diets?|menus?|meals?|food|homes?|wards?)"
    r"|(?:(?:certain|some|all|most|these|those)\s+)?(?:foods?|dairy|gluten|sugars?|meat|wheat|carbs|carbohydrates|salt|alcohol)"
    r"|(?:the\s+)?(?:need|needs|necessity|hassle|paperwork)"
    r")\b")
# ... or anything else that is not a disease: "eliminate most side effects", "eliminating unnecessary
# CT scans", "the elimination of clotting-factor infusions", "eliminated the vast majority of
# candidate genes", "an elimination diet", "eliminated these peaks and dips in blood sugar", "eliminate
# airborne flu viruses", "eliminate all of these issues"
_ELIMINATE_OTHER = re.compile(
    r"^\s+(?:of\s+)?(?:(?:the|all|most|many|some|these|those|unnecessary|needless|(?:the\s+)?vast\s+majority\s+of)\s+)*"
    r"(?:[\w'’-]+\s+){0,2}(?:risks?|side[- ]effects|scans|tests|infusions|injections|visits|costs|waste|genes"
    r"|candidates|steps|fats?|calories|delays|diets?|(?:immune\s+)?responses?|issues|problems|peaks|incidents|spreading"
    r"|airborne|dead|problem|issue|tariffs|taxes|fees|jobs|positions|functions|responsibilities|frustration|clutter"
    r"|subsidies|programs?|programmes?|funding|regulations|rules|barriers|bottlenecks"
    # a candidate ruled out: "this study eliminates the previously suggested marker ApoD as a predictor"
    r"|markers?|predictors?|hypothes[ie]s|possibilit(?:y|ies)|explanations?|suspects?)\b"
    r"|^\s+(?:[\w'’-]+\s+){0,5}?dead\s+(?:[\w-]+\s+)?(?:cells|tissue)\b"  # "seven pounds worth of dead cancer cells"
    # side effects listed by organ: "eliminating cardiac, pulmonary, gastrointestinal and reproductive side effects"
    r"|^\s+(?:[\w'’-]+,\s+){1,5}(?:[\w'’-]+\s+)?(?:and|or)\s+[\w'’-]+\s+side[- ]effects\b"
    # a trial's endpoint, the cancer cells a sensitive test still finds: "a proven record of eliminating minimal residual
    # disease", "to confirm elimination of minimal residual disease"
    r"|^\s+(?:of\s+)?(?:(?:minimal|measurable)\s+residual\s+disease|mrd)\b")
# ... its eradication said the other way round: "the achievement of minimal residual disease eradication"
_RESIDUAL_DISEASE_BEFORE = re.compile(r"\b(?:(?:minimal|measurable)\s+residual\s+disease|mrd)(?:\s*\(mrd\))?\s+$")
# eradication as a procedure's measured end point, or the name of a regimen: "long term success rates for eradication of
# Barrett's esophagus after endoluminal therapies", "endoscopic surveillance after successful eradication is required",
# "H. pylori eradication therapy"
_ERADICATION_MEASURED = re.compile(r"\b(?:success(?:ful)?|complete|rates?\s+(?:of|for)|achiev\w+)\s+(?:[\w-]+\s+)?$")
_ERADICATION_THERAPY = re.compile(r"^\s+(?:therap(?:y|ies)|rates?|regimens?|treatments?)\b")
# a cure as what a field still seeks: "A cure for Alzheimer's disease (AD), a condition marked by … decline that
# affects more than 5.4 million Americans, is the holy grail in disease research", "a cure remains the goal"
_CURE_SOUGHT = re.compile(
    r"^(?:[^.;]|\.(?=\d)){0,160}?\b(?:is|remains|has\s+(?:long\s+)?been|would\s+be)\s+(?:still\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:holy\s+grail|goal|dream|aim|hope|priority|quest)\b")
_A_CURE_OPENS = re.compile(r"^\W*(?:(?:finding|developing|discovering)\s+)?(?:a|the)\s+(?:[\w-]+\s+)?$")
# a cure someone only believed in: "I thought I was cured", "he believed he had been healed"
_BELIEVED_CURED = re.compile(
    r"\b(?:thought|believed|assumed|imagined)\s+(?:that\s+)?(?:i|he|she|they|we|it)\s+(?:was|were|had\s+been|'d\s+been)\s+$")
# ... or only hoped for, or a belief of the past: "One of these hoped-for implications is a way to reverse or cure the
# lung damage", "The hope is that the therapies will eradicate the disease", "Doctors hope a new … treatment may now keep
# her in remission", "In decades past, there was a belief that surgery could … eradicate the cancer" (but hope offered is
# news: "The trial offers hope for a cancer long considered incurable")
_CURE_HOPED_OR_BELIEVED = re.compile(
    r"\b(?:hope[sd]?(?!\s+(?:for|of|in|to\s+(?:patients|people|families|those|many|millions))\b)|hoping|hoped[- ]for"
    r"|(?:there\s+(?:was|were)|it\s+was)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:belief|notion|idea)\s+that)\b[^.;]{0,100}$")
# remission as a phase of a relapsing disease: "periods of remission get shorter"
# ... or as the disease's own course: "patients … experienced remission without special treatments", "spontaneous remission"
_UNTREATED_AFTER = re.compile(
    r"^[^.;]{0,30}?\bwithout\s+(?:any\s+|special\s+|further\s+|specific\s+)?(?:treatments?|therap(?:y|ies)|medications?"
    r"|drugs|interventions?)\b")
_SPONTANEOUS = re.compile(r"\bspontaneous(?:ly)?\s+(?:complete\s+|partial\s+)?$")
_REMISSION_PHASE = re.compile(r"\b(?:periods?|phases?|spells?|stretches?|bouts?|cycles?)\s+of\s+$")
# remission or freedom from a disease counted as a trial's result, a share of a group or against a
# comparison: "three-fourths meeting the criteria for full remission", "almost 9 out of 10 patients
# were alive and cancer free", "remission in significantly more patients, compared with placebo"
_SHARE_BEFORE = re.compile(
    r"(?:%|\b(?:percent|per\s?cent|majority|half|(?:one|two|three)[- ](?:thirds?|quarters?|fourths?|fifths?)"
    r"|\d+\s+(?:out\s+)?of\s+(?:the\s+|every\s+)?\d+|fewer\s+than|more\s+than)\b)[^.;]{0,80}$")
_COMPARED_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:compared\s+(?:with|to)|than|versus|vs)\b")
# remission as what a study measured, not what it found: "tracked outcomes including weight loss,
# diabetes remission and liver fat"
_REMISSION_MEASURED = re.compile(
    r"\b(?:track(?:s|ed|ing)?|measur(?:e|es|ed|ing)|assess(?:es|ed|ing)?|record(?:s|ed|ing)?|outcomes?|endpoints?)"
    r"\s+(?:\w+\s+){0,2}?(?:including|such\s+as|like|of)\b[^.;]{0,60}$")
# a certainty adverb conceding a point: "although the test certainly has its uses, ..."
_CONCEDING = re.compile(r"\b(?:although|though|while|whilst|granted)\b[^,;.]{0,60}$")
_CONCEDED = re.compile(r"^\s+(?:has|have|had)\s+(?:its|their|some)\s+(?:advantages|merits|place|uses|fans|benefits|appeal)\b")
# ... or opening a sentence that turns on "but": "Certainly weight loss by any means improves type 2
# diabetes, but there is something else going on"
_SENTENCE_OPENING = re.compile(r"^\W*$")
_BUT_AFTER = re.compile(r"^[^.;]{0,120}?,\s*but\b")
# the consequence of a condition: "If we could find a simple test, … would certainly give parents
# peace of mind", "If a drug was developed …, chemotherapy could be used with no risk of …"
_CONSEQUENCE = re.compile(r"\b(?:would|could|(?:is|are)\s+going\s+to)\s+(?:[\w-]+\s+){0,6}$")
# ... of an unreal one, for hype (which a real condition only hedges: "if this is reproducible, it could be
# a phenomenal finding" is hype): "If there were something on the market that could help him …, that would be
# amazing", "If we could do that in people, this is going to be amazing"
_IF_UNREAL = re.compile(r"\bif\s+(?:[\w'’-]+\s+){0,3}?(?:were|could|existed|did)\b")
# how far back in a long sentence the hype senses look for their condition or subject
_HYPE_LOOK_BACK = 300


def _in_consequence(condition: re.Pattern, preceding: str) -> bool:
    """True if the word after `preceding` (the sentence up to it, lower-cased) follows a modal that answers
    `condition` earlier on: "If we could find a simple test, that would certainly …"."""
    return bool(_CONSEQUENCE.search(preceding[-40:]) and condition.search(preceding))
# "cause" naming a cause of death or of a condition in general: "deaths from all causes",
# "a leading cause of injury", "the exact cause is unknown"
_CAUSE_CATEGORY = re.compile(
    r"\b(?:all|any|other|natural|unknown|unrelated|leading|main|major|biggest|commonest|common|underlying|root|exact"
    r"|primary|chief|second|third|obvious|likely|possible)[\s-]+$")
# what a germ or a mutation is known to cause: "the virus that causes hepatitis C"
_KNOWN_AGENT = re.compile(
    r"\b(?:virus(?:es)?|bacteri(?:um|a)|bugs?|germs?|parasites?|fung(?:us|i)|mutations?|microbes?|pathogens?|strains?"
    r"|prions?|toxins?|infections?)\s+(?:that|which)\s+(?:(?:can|may|often|usually|commonly)\s+)?$")
# an effect named as the purpose of a use, not reported as a finding: "a blood thinner used to
# prevent stroke", "use other protection such as condoms to prevent pregnancy"
_PURPOSE = re.compile(
    r"\b(?:used|use|uses|using|prescribed|approved|taken|given|designed|indicated|recommended|needed|required|meant)"
    r"\s+(?:(?!(?:is|are|was|were|be|been|can|could|will|would|may|might|enough|helps?|seems?|appears?)\b)[\w-]+\s+)"
    r"{0,5}?to\s+$")
# a journal's name: "published in the journal Preventing Chronic Disease"
_JOURNAL_NAME = re.compile(r"\bjournal\s+(?:of\s+)?(?:[\w-]+\s+){0,3}$")
# a lower risk that a group has, not one that something brings about: "men who eat tomatoes may have
# a lower risk of stroke", "people who eat fish may be at lower risk" (association wording)
_AT_RISK = re.compile(
    r"\b(?:have|has|had|having|be\s+at|are\s+at|is\s+at|was\s+at|were\s+at|face|faces|faced|carry|carries)\s+"
    r"(?:an?\s+)?(?:(?:slightly|significantly|much|far|substantially|somewhat|\d+\s*(?:%|percent))\s+)?$")
# a hype word denied: "CDC to doctors: pill no magic bullet", "it is not yet the breakthrough
# clinicians hoped for" (but "not just a breakthrough" is hype)
_HYPE_DENIED = re.compile(
    r"\b(?:no|not|never|nor|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:(?:yet|quite|exactly|really)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?!(?:only|just|merely|simply)\b)[\w-]+\s+)?$")
# a breakthrough or a miracle hoped for, not announced: "parents are hoping for a breakthrough",
# "patients waiting for a miracle"
_HYPE_AWAITED = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wait(?:s|ed|ing)?|look(?:s|ed|ing)?|search(?:es|ed|ing)?|pray(?:s|ed|ing)?"
    r"|long(?:s|ed|ing)?|need(?:s|ed)?)\s+for\s+(?:a|an|the|another)\s+(?:[\w-]+\s+)?$"
    # ... or one still to be found: "we will always need replacements, unless we find some ... breakthrough"
    r"|\b(?:unless|until|if|once)\s+(?:we|they|scientists|researchers|doctors|someone|somebody)\s+(?:can\s+)?"
    r"(?:find|finds|make|makes|achieve|achieves)\s+(?:a|an|the|some|another)\s+(?:[\w.…-]+\s+){0,2}$")
# ... or hoped for in a clause that says so: "the researchers hope that the drug "could likewise help … – making it a 'game
# changer'", "Jongen is hopeful that smaller and cheaper machines will be the game changer" (not hope offered: "could offer
# hope, and it's clear that … they've had a life-changing impact")
_HYPE_HOPED_THAT = re.compile(r"\b(?:hopes?|hoped|hoping|hopeful)\s+that\b[^.;]{0,160}$")
# a hype word naming what is still sought: "The Holy Grail is to have a non-toxic therapy", "the game
# changer would be something that really improves the pain permanently"
# the hype word as what the news is not: "felt more like a cool piece of science fiction than a
# breakthrough", "an incremental step rather than a breakthrough", "less a miracle than hard work" (but
# "more than a breakthrough", "nothing less than a miracle" and "more powerful than wonder drug
# tamoxifen" raise it)
def _looks_back(low: str, start: int, reach: int = 100) -> bool:
    """True if the sentence looks back in time ("In the '50s and '60s", "five years ago") within `reach`
    characters before `start` (a run-on text's look-back much earlier says nothing of this word)."""
    return any(m.end() >= start - reach for m in _LOOKING_BACK.finditer(low[:start]))


# earlier work praised, not the news: "A groundbreaking study in 1996 proved …", "the groundbreaking 2014 study on
# 3D mammography", "since a landmark study a decade ago" (and a hype word after a look back: _LOOKING_BACK)
_EARLIER_WORK_AFTER = re.compile(
    r"^\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|papers?|work|research|experiments?)\s+"
    r"(?:in\s+(?:19|20)\d\d|(?:a|one|two|three|four|five|ten|\d+|several|many)\s+(?:years?|decades?)\s+ago|of\s+(?:19|20)\d\d)\b"
    r"|^\s+(?:19|20)\d\d\s+(?:stud(?:y|ies)|trials?|papers?)\b")
_RATHER_THAN = re.compile(
    r"(?:\brather\s+than\s+(?:an?\s+)?|\bmore\s+(?!than\b)[^.;]{1,80}?\bthan\s+an?\s+"
    r"|(?<!nothing\s)(?<!no\s)\bless\s+(?!than\b)(?:of\s+)?(?:an?\s+)?)(?:[\w'’-]+\s+)?[\"“'‘]?$")
# ... with its speaker set in: 'The "real game-changer," he says, will be when one of the therapies succeeds'
_THE_BEFORE = re.compile(r"(?:^|\bthe\s+)(?:[\"“‘']?(?:real|true|next|ultimate|biggest)\s+)?[\"“‘']?$")
_HYPE_DEFINED = re.compile(
    r"^[\"”’']?,?[\"”’']?\s+(?:(?:he|she|they)\s+(?:says|said|adds|added|thinks|believes),\s+)?(?:here\s+|for\s+\w+\s+)?"
    r"(?:is|would\s+be|will\s+be|remains)\s+(?:still\s+)?(?:to\s+\w|something\b|when\b"
    r"|one\s+that\b|finding\b|developing\b|for\s+(?:[\w'’-]+\s+){1,4}to\s+\w)")
# ... or, for the holy grail, named by its subject: "Finding biological markers for depression has been the holy
# grail of biological psychiatry", "A cure for Alzheimer's disease … is the holy grail in disease research", "The
# search for … is a 'Holy Grail'", "A genetic test would be 'the Holy Grail'", "the quest for the holy grail"
_GRAIL_SOUGHT = re.compile(
    r"(?:(?:^|[,;:“\"(]\s*|\b(?:because|that|and|but)\s+)(?!(?:accord|dur|includ|regard|concern|be|bring)ing\b)"
    r"(?![a-z]*thing\b)(?:[a-z]+ing|(?:a|the)\s+(?:cure|search|quest|hunt|goal|ability|dream))\b(?:[^.;:]|\.\d){0,160}?"
    r"\b(?:is|are|was|ha(?:s|ve)\s+(?:long\s+|always\s+)?been|remains?|(?:is|are)\s+seen\s+as)"
    r"|\bwould\s+be|\b(?:quest|search|hunt|looking)\s+for)"
    r"\s+(?:(?:really|kind\s+of|sort\s+of|still|long|something\s+of|like)\s+)*\W*(?:the|a)?\s*\W*$")
# progress over the years, the field's history rather than the news: "Over the past decade there have been
# dramatic improvements in breast reconstruction", "the technology has improved dramatically over the last decade"
_OVER_THE_YEARS = re.compile(
    r"\b(?:over|in|during|across)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|ten|twenty|\d+)\s+)?"
    r"(?:decades?|years|century)\b|\bin\s+recent\s+(?:years|decades)\b")
# (unless the sentence is about the news: "This therapy and another … have revolutionized the treatment of
# blood cancers in the past few years")
_THE_NEWS_FIRST = re.compile(r"^\W*(?:this|these|our|the\s+new)\b")
# the regulator's "breakthrough therapy" designation, a fast track, not a verdict ("the Food and
# Drug Administration deemed it a “breakthrough therapy” — setting it on a fast track", "as part of
# its Breakthrough Devices Program")
_BREAKTHROUGH_STATUS = re.compile(
    r"^\s*(?:therap(?:y|ies)|devices?)?\s*(?:\([^()]{0,60}\)\s*)?[\"”']?,?\s*(?:designations?|status|programs?|programmes?"
    r"|pathways?)\b")
_DESIGNATED = re.compile(
    r"\b(?:designat\w+|(?:fda|administration|regulators?|agency)\s+(?:deemed|named|granted|gave|called)(?:\s+it)?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:as\s+)?(?:a\s+)?[\"“']?$")
# "breakthrough" as the clinical term for a disease getting past a treatment: "virological breakthrough (VBT) is common
# in patients receiving nucleoside analogs", "breakthrough infections", "breakthrough pain"
_BREAKTHROUGH_CLINICAL_BEFORE = re.compile(r"\b(?:virolog\w*|viral|serolog\w*|vaccine|immunolog\w*|clinical\s+and)\s+$")
_BREAKTHROUGH_CLINICAL_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,20}\)\s*)?(?:infections?|cases?|pain|bleeding|seizures?|disease|h(?:a)?emorrhages?|vir(?:a)?emia|covid"
    r"|symptoms?|episodes?|attacks?)\b")
# a hype word for progress a sentence sets against a problem: "despite remarkable progress in cardiac surgery, the number
# of major complications … remains high"
_DESPITE_BEFORE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:the\s+|a\s+|recent\s+|some\s+)?$")
_PROGRESS_AFTER = re.compile(r"^\s+(?:progress|advances?|advancements?|improvements?|gains|strides|developments)\b")
# "dramatically" of a fault: "an invasive heart test … is being dramatically overused", "dramatically underdiagnosed"
_FAULT_AFTER = re.compile(r"^\s+(?:over|under|mis)[a-z]{4,}")
# a hype word for a harm or a trend: "a remarkable burden of deaths", "overdoses have risen dramatically"
_HYPE_FOR_HARM = re.compile(
    r"^\s+(?:burden|toll|number|numbers|rise|increase|cost|costs|rates?|efficiency|shifts?|swings?"
    r"|(?:medical\s+)?emergenc(?:y|ies))\b")
# "remarkable" as "marked", of what a paper observed: "showed a remarkable interaction with nutritional status",
# "indicative of a remarkable angiogenesis"
_OBSERVATION_AFTER = re.compile(
    r"^\s+(?:interactions?|similarit(?:y|ies)|heterogeneity|variabilit(?:y|ies)|variations?|diversity|conservation"
    r"|overlap|correlations?|concordance|consistency|resemblance|specificity|plasticity|expression|accumulation"
    r"|infiltration|enrichment|(?:up|down)-?regulation|[a-z]+genesis|[a-z]+osis)\b")
# the words for a treatment or a test that the hype senses below set apart from an illness or a field
_TREATMENT_NOUNS = r"devices?|drugs?|treatments?|therap(?:y|ies)|surgery|procedures?|pills?|vaccines?|tests?"
# an illness that changes a life, not a treatment: "when you have an episode, it is one of the most life-changing and
# life-re-evaluating events" (not "for patients who had a stroke, the device is life-changing")
_LIFE_CHANGING_ILLNESS = re.compile(
    r"\b(?:episodes?|attacks?|diagnos[ie]s|illness(?:es)?|strokes?|injur(?:y|ies)|accidents?|seizures?|relapses?)\b"
    r"(?:(?!\b(?:" + _TREATMENT_NOUNS + r"|implants?|care)\b)"
    r"[^.;]){0,60}$")
# ... or named after it: "Type 2 diabetes is a life-changing condition that progresses over time"
_LIFE_CHANGING_ILLNESS_AFTER = re.compile(
    r"^\s+(?:and\s+[\w-]+\s+)?(?:conditions?|illness(?:es)?|diseases?|disorders?|diagnos[ie]s|injur(?:y|ies)"
    r"|episodes?|attacks?|strokes?|accidents?)\b")
_TREND_VERB = re.compile(
    r"\b(?:risen|rose|rise|rises|rising|increased|increasing|increases|grown|grew|growing|climbed|climbs|climbing"
    r"|fallen|fell|falling|drop|dropped|drops|dropping|declined|declining|soared|soaring|changed|changing|increase|grow"
    r"|fall|decline|change|vary|varies|varied|varying)\s+$")
# "dramatic" as a degree in a comparison: "more dramatic decreases in IL-6 than the group on standard
# therapy", "the greater the adherence, the more dramatic the reduction" (but "the most dramatic" can rank
# the news above all else)
_MORE_OR_LESS = re.compile(r"\b(?:more|less)\s+$")
# hype words for a feeling, a legal landmark or a hard task: "a tingling sensation", "the landmark
# ruling", "incredibly difficult to treat"
_SENSATION_OF = re.compile(r"^\s+of\b")  # "a sensation of deja vu"
_SENSATION_HYPE = re.compile(r"\b(?:a|an|overnight|internet|media|viral|global|caused\s+a|created\s+a)\s+$")
# "landmark" as the standing epithet of a famous old study: "the landmark Women's Health Initiative"
_LANDMARK_PLAIN = re.compile(
    r"^(?:\s+(?:book|books|case|cases|ruling|decision|law|legislation|lawsuit|settlement|building|speech|court|points?"
    r"|(?:\w+['’]s\s+)?health\s+(?:initiative|study)|framingham|whitehall)\b"
    # ... or a point of the body an image or a surgeon goes by: "older age, a landmark, and larger lesion size"
    r"|\s*,\s+and\b|\s+(?:anatom\w*|bony|structures?|vessels?)\b)")
_DIFFICULTY = re.compile(
    r"^\s+(?:\w+ly\s+)?(?:difficult|hard|complex|complicated|common|frustrating|painful|expensive|costly|slow|busy|tough"
    r"|challenging|stressful|tedious|time-consuming|variable|heterogeneous|rare|similar"
    r"|discouraged|discouraging|disappointed|disappointing|sad|upset|worried|worrying|concerned|angry|dangerous"
    r"|unlucky|lucky|brave|generous|grateful|thankful|proud|kind|patient|resilient|diverse|deadly|popular|contagious"
    r"|infectious|resistant|hardy|adaptable|susceptible|vulnerable|prone"
    # a link that is known, not the news: "we know already the incredibly strong link between endometrial cancer and obesity"
    r"|strong\s+(?:links?|associations?|correlations?|connections?|relationships?)"
    # the study's quality, not the treatment's: "the study is extraordinarily well done"
    r"|well[- ](?:done|designed|conducted|run|executed|powered|written))\b")
# ... or what matters, when it is neither the news nor a treatment: "the blood supply in the brain is incredibly
# important", "Understanding the link between prostate cancer and DNA repair mutations is incredibly important"
# (not "This discovery is incredibly important", "The pill is incredibly important for patients")
_IMPORTANT = re.compile(r"^\s+important\b")
_OTHER_THING_IS = re.compile(
    r"^(?:(?!\b(?:this|these|our|new|finding|findings|study|discovery|result|results|trial|paper|work|advance"
    r"|step|research|" + _TREATMENT_NOUNS + r"|approach|technique|method|program)\b).)*"
    r"(?<!\bit )(?<!\bthat )(?<!\bwhich )\b(?:is|are|was|were|remains?)\s+$")
# an era of history, a game or a fight won outside medicine: "the tools of the digital revolution", "Dance Dance
# Revolution" (a video game), "The drug industry's triumph over the DEA" (but "a treatment revolution", "a triumph over
# cancer")
_HISTORIC_REVOLUTION = re.compile(
    r"\b(?:digital|industrial|sexual|french|american|russian|cultural|information|computer|internet|agricultural"
    r"|green|social|political|counter-?cultural|dance)(?:\s*,\s*an?)?\s+$")  # "they made it countercultural, a revolution"
_TRIUMPH_OVER_OTHER = re.compile(
    r"^\s+over\s+(?:the\s+|its\s+|their\s+)?(?:dea|fda|regulators?|critics|opponents|rivals?|lawmakers|congress"
    r"|government|industry|competitors?|odds|adversity|sceptics|skeptics)\b")
# "hail" in a last attempt or an origin: "in a final Hail Mary", "the method hails from Mexico"
_HAIL_MARY = re.compile(r"^\s+mary\b")
_HAILS_FROM = re.compile(r"^\s+from\b")
# a person or a field hailed, not the news: "parents have hailed him as a hero", "ALL … is often hailed as one
# of the "success stories" of modern cancer treatment"
_HAILED_OTHER = re.compile(
    r"^\s+(?:him|her|them)\b|^\s+as\s+(?:a\s+|an\s+)?(?:heroe?s?|saviou?rs?|pioneers?|one\s+of\s+the\s+(?:[\w\"“'-]+\s+){0,3}"
    r"[\"“']?success)")
# praise for a person, a job or an experience, not for a result: "a remarkable woman", "such an
# amazing job", "the most amazing and grace-filled experience", "I just feel amazing"
_PRAISE_NOUN = re.compile(
    r"^(?:\s+and\s+[\w-]+|\s*,\s*[\w-]+)?"  # "amazing and grace-filled", "extraordinary, decades-long"
    r"\s+(?:wom[ae]n|m[ae]n|persons?|people|girls?|boys?|kids?|child(?:ren)?|famil(?:y|ies)|mothers?"
    r"|fathers?|mom|dad|wife|husband|friends?|staff|nurses?|volunteers?|job|experiences?|journey|gifts?|fruits?|foods?"
    r"|places?|views?|clarity|accomplishment|support|spirit|courage|innovators?|leaders?|mentors?|colleagues?|teams?"
    r"|years?|decades?|careers?|li(?:fe|ves)"  # "2017 was a remarkable year for science"
    r"|collaborations?|partnerships?|efforts?"  # "an extraordinary, decades-long collaboration among scientists"
    # ... or for what is no treatment: "the brain is an amazing organ", "stunning photos", "an amazing game"
    r"|organs?|creatures?|animals?|photos?|photographs?|images?|pictures?|scenery|sights?|games?|performances?|songs?"
    r"|music|stay|hotels?|locations?|resorts?|discipline|opportunit(?:y|ies))\b")
# (or named twice: "it felt fantastic, absolutely amazing")
_FEELING = re.compile(r"\b(?:feel|feels|felt|feeling|looks?|looked|sounds?|sounded)\s+"
                      r"(?:(?:so|just|really|truly|pretty|absolutely)\s+)*"
                      r"(?:[\w-]+,\s+(?:(?:so|just|really|truly|pretty|absolutely)\s+)*)?$")
_PRAISE_WORDS = ("amazing", "incredible", "remarkable", "extraordinary", "stunning", "phenomenal", "astonishing")
# ... or amazement at how many: "There are so many snake oil salesmen out there, it's just incredible."
_SO_MANY = re.compile(r"\bso\s+(?:many|much)\b[^.;]{0,80},\s*(?:it|that)(?:['’]s|\s+is)\s+(?:just\s+|simply\s+|really\s+)?$")
# "for the first time in 14 years", "the first drug ... since 1998": a first since some time, not
# ever; "for the first time in John Brown's two-decade quest": a first in someone's life
_FIRST_SINCE = re.compile(
    r"^(?:[^,;.]{0,80}\bsince\b|\s+in\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred"
    r"|several|many|nearly|almost|over|more\s+than)\s+)*(?:years|decades|months|weeks|generations|centuries|year|decade|century)"
    r"|\s+in\s+(?:my|his|her|their|your|(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:life|lives|career|quest"
    r"|search|struggle|battle|fight|journey|practice|marriage|childhood|memory|experience)\b)")
# a first in someone's life: "when she saw her results for the first time" (not "we show for the
# first time that ...": researchers say "we")
_PERSONAL = re.compile(r"\b(?:i|he|she|you|my|her|his|him|me)\b")
_THAT = re.compile(r"^\s*,?\s*that\b")
# a first in the story of a field: "since the first device was approved in 1999"
_FIRST_IN_HISTORY = re.compile(r"\bsince\s+$")
# novelty stated without a cue word (see the module's docstring)
# ... nor a person's first: "the first time she's been able to write her name in ages"
_NOT_BEFORE_TO = r"(?!(?:of|that|which|who|whom|and|or|is|was|are|were|i|you|he|she|we|they)\b)"
_INFINITIVE = r"to\s+(?!(?:the|a|an|this|that|these|those|their|his|her|its|our|my|your|\d+)\b)\w"  # not "to the fund"
_NOT_BEFORE_NOUN = r"(?!(?:of|that|which|who|whom|in|on|at|for|with|from|by|and|or|is|was|are|were)\b)"
_FIRST_NOUNS = (r"stud(?:y|ies)|trials?|reports?|review|analys[ie]s|data|evidence|drugs?|treatments?|therap(?:y|ies)"
                r"|tests?|devices?|vaccines?|approval|inhibitors?|agents?|procedures?|techniques?|systems?|products?"
                r"|medications?|implant\w*|operations?|surger(?:y|ies)|transplants?|methods?|tools?|compounds?|models?"
                r"|maps?|wearables?|confirmations?|discover(?:y|ies)|examples?|instances?|cases?|demonstrations?")
_NOVELTY_CONSTRUCTION = re.compile(
    r"^first\s+(?!,)"  # a headline that opens with it: "First Biosynthetic Corneas Implanted"
    r"|\bfirst[- ]in[- ](?:class|human|man)\b|\bfirst\s+and\s+only\b|\bfirst\b[^,.;:]{0,40}\bof\s+its\s+kind\b"
    r"|\bfirst\s+in\s+(?:the\s+)?[\w.]+\s+to\s+\w|\bfirst\s+in\s+which\b"  # "the first in Asia to implant"
    r"|\bfirst\s+(?:" + _NOT_BEFORE_TO + r"[\w()/’'-]+\s+){0,5}?(?:" + _INFINITIVE + r"|in\s+the\s+(?:world|nation|country|us|u\.s\.)(?!\w))"
    r"|\bfirst\s+(?:" + _NOT_BEFORE_NOUN + r"[\w(),/’'-]+\s+){0,3}?(?:fda[- ])?(?:" + _FIRST_NOUNS + r")\b"
    r"|\bfirst\s+(?:" + _NOT_BEFORE_NOUN + r"[\w’'-]+\s+){1,3}?(?:that|which)\s+(?:can\s+|will\s+)?\w+s\b"  # "the first wearable that tracks"
    r"|\bfirst\s+time\b(?!\s+(?:i|you|he|she|we|they|my|her|his)\b|\s+(?:i|you|he|she|we|they)['’])"
    r"|\ba\s+first\s*(?:[:,.!]|$|for\b)|\b(?:historic|medical|global|world|scientific|surgical|national|industry)\s+first\b"
    r"|\bnever[- ]before\b|\b(?:never|nobody|no\s+one|nothing)\b[^.;]{0,60}\bbefore\b|\bever\b[^.;]{0,40}\bbefore\b"
    r"|\bunlike\s+anything\b|\bunparalleled\b|\b(?:nothing|anything)\s+(?:else\s+)?like\s+(?:it|this|these|that)\b"
    r"|\bnever\s+has\b|\bhistory\s+(?:is|was|has\s+been)\s+made\b|\bsole\b|(?:world|nation|country|europe|america)['’]s\s+only\b")
# an animal or a dish that is no study's subject: "in vitro fertilisation", "reading to a dog"
_IVF = re.compile(r"^\s+(?:fertili[sz]\w*|maturation)")
# a lab as a team or a place, not as where the result was found: "Shi's lab has developed a
# vaccine", "researchers in the lab of Jun Wu", "the laboratory director", "sending a blood sample
# to a laboratory"
_LAB_OWNED = re.compile(r"['’]s\s+$")
_LAB_AS_TEAM = re.compile(r"^\s+(?:of\s+(?!(?:mice|rats|animals|cells)\b)|directors?|head|chief|managers?|technicians?|staff|members?)\b")
_LAB_SENT_TO = re.compile(
    r"\b(?:send\w*|sent|ship\w*|mail\w*|taken|analy[sz]ed|processed|tested)\b[^.;]{0,40}\b(?:to|at|in|by)\s+(?:a|the)\s+"
    r"(?:(?:central|clinical|hospital|local|commercial|diagnostic|specialist|pathology)\s+)?$")
# the lab as where a product is made or where a clinic's samples go, and the test tube as where the treated patients'
# own cells were tested: "working on lab-grown treatment that could help hundreds of thousands of people",
# "Corneas made in the lab", "the safest laboratory approach for physicians to use", "patients who got Provenge were
# more likely to mount immune-cell responses … in the test tube"
_LAB_MADE_BEFORE = re.compile(r"\b(?:made|grown|engineered|created|built|produced|manufactured|developed)\s+$")
_CLINICAL_LAB_AFTER = re.compile(
    r"^\s+(?:approach|tests?|testing|values|medicine|work-?up)\s+(?:for|to\s+use|used\s+by|in)\s+(?:physicians|doctors"
    r"|clinicians|hospitals?|the\s+(?:emergency|clinic|hospital))\b")
_TREATED_PATIENTS = re.compile(
    r"\b(?:patients|people|participants|volunteers|men|women)\s+who\s+(?:got|received|took|were\s+given)\b")
# worms as the treatment, not as the animals tested: "Could worms in your gut cure your allergies?",
# "intestinal worms could possibly reverse these problems"
_WORM_THERAPY = re.compile(
    r"\b(?:gut|intestinal|parasitic|hook|whip|pig\s+whip)\s*worms?\b"
    r"|\bworms?\s+in\s+(?:your|the|his|her|their)\s+(?:gut|intestines?|bowel)"
    r"|\b(?:these|the)\s+worms?\s+(?:cure|treat|help|reverse)")
# a caution that animal results may not carry over: "rarely end up working in humans", "hold
# true in mice, then fail in people"
_NOT_TRANSLATED = re.compile(
    r"\b(?:fail\w*|rarely|seldom|not\s+(?:always|necessarily|yet\s+known|known)|(?:do|does|did)\s*n[o'’]t"
    r"|may\s+not|might\s+not|won['’]t|unclear|unknown|remains?\s+to\s+be\s+seen)\b[^.;]{0,60}"
    r"\b(?:people|humans?|patients|men|women|children)\b")
# the result found in people as well: "her research in both animals and humans shows", "ingested by lab
# animals and in some cases people", "demonstrated in both animal studies and a prospective human
# clinical study", "improved symptoms in individuals with Down syndrome, and in mice"
_ANIMALS = r"(?:" + CUES["animal"] + r")"
_PEOPLE_TOO = re.compile(
    r"\b" + _ANIMALS + r"\s+(?:and|as\s+well\s+as)\s+(?:in\s+)?(?:(?:some|many|a\s+few)\s+cases\s+(?:in\s+)?)?"
    r"(?:humans|people|patients|volunteers)\b"
    r"|\banimal\s+(?:studies|models|experiments|research|testing|work)\s+and\s+(?:in\s+)?(?:an?\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:human|clinical)\s+(?:stud(?:y|ies)|trials?)\b"
    r"|\b(?:humans|people|patients|individuals|volunteers)\b[^.;]{0,60},\s+and\s+(?:also\s+)?(?:in|on)\s+(?:[\w-]+\s+)?"
    + _ANIMALS + r"\b"
    # ... and people counted beside the animals: "evidence from lab animals like these and more than 300 human
    # brain-injury patients suggests"
    r"|\b" + _ANIMALS + r"(?:\s+[\w-]+){0,3}?\s+and\s+(?:(?:more\s+than|over|nearly|about|some)\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:humans?|people|patients|volunteers|participants|adults|children)\b"
    # ... or the animal work as the earlier step to a first in people: "we showed that probiotic treatment improves
    # … memory in diabetic rats, but this is the first time that … has been shown to benefit cognition in … humans"
    r"|\b" + _ANIMALS + r"\b[^.;]{0,60},\s+but\s+this\s+is\s+the\s+first\s+(?:time|study|trial)\b[^.;]{0,100}?"
    r"\b(?:humans|people|patients|volunteers)\b")
# how the animal work was done, not what it means: "To test whether gut bacteria might influence
# the cancer, the researchers housed normal and AIM2-deficient mice together", "developed a mouse
# model to test if DBS could curb overeating"
_METHOD = re.compile(AIM_QUESTION)
# a question claims nothing: "How long could he wait after a mouse had developed the disease?"
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")


def asks(text: str) -> bool:
    """True if `text` is a question ("So he started to wonder: Could these worms cure his alopecia?")."""
    return bool(_QUESTION.search(text))
# A result reported for the animals it was found in is no extrapolation: "intermittent fasting
# reduced anxiety in mice", "the abilities of old mice", "Ginger-fed mice had lower IgE". Only
# people named ("offering hope for humans", "could help patients") or a general claim resting on
# an animal study ("Marijuana reverses brain ageing, a study in mice has shown") make it one.
_PEOPLE_NAMED = (
    r"people|patients?(?!-derived)|(?<!non-)(?<!non\s)humans?(?!\s+(?:[\w-]+\s+){0,2}(?:cells?|tissues?|organoids?|gscs|donors?"
    r"|genetics|genes?|dna|samples?)\b)|men|women|children|kids|adults|infants|babies|sufferers|millions|persons?"
    r"|individuals|hope\w*|promis\w+|treatments?\s+for|therap(?:y|ies)\s+for|cure\s+for|one\s+day|someday|eventually"
    r"|pav\w+\s+the\s+way|lead\s+to|future|clinic\w*")
_FOR_PEOPLE = re.compile(r"\b(?:" + _PEOPLE_NAMED + r"|us|you|your|we|our)\b")
# ... where a method's "we" is the researchers: "we wanted to know whether blocking it could reverse the damage"
_METHOD_FOR_PEOPLE = re.compile(r"\b(?:" + _PEOPLE_NAMED + r")\b")
_EVIDENCE_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies)|experiments?|research|tests?|trials?|work|models?|testing|findings?|results?|data|evidence)\s+"
    r"(?:(?:done|conducted|carried\s+out|performed)\s+)?(?:in|on|of|with|using)\s+(?:[\w-]+\s+){0,2}$")
_EVIDENCE_AFTER = re.compile(
    r"^\s+(?:(?:and\s+)?[\w-]+\s+){0,2}?(?:stud(?:y|ies)|experiments?|research|models?|tests?|testing|work|data|trials?"
    r"|show|shows|showed|shown|suggest\w*|reveal\w*|indicate\w*|demonstrat\w*)\b")
# ... for a claim about health, not about the biology found ("studies in mice suggest that the
# enzyme is a double-edged sword", "in a study of mice, black tea altered energy metabolism")
_HEALTH_EFFECT = re.compile(
    r"\b(?:effective|safe|safer|cur(?:e|es|ed|ing)|heal\w*|help\w*|benefi\w+|improv\w+|prevent\w*|protect\w*|reduc\w+"
    r"|lower\w*|cuts?|stop(?:s|ped)?|revers\w+|eliminat\w+|treat\w*|reliev\w+|slow\w*|halt\w*|delay\w*|restor\w+"
    r"|boost\w*|fight\w*|kill\w*|shrink\w*|regrow\w*|regenerat\w+|extend\w*|eas(?:e|es|ed|ing)|block(?:s|ed|ing)?"
    r"|ward\w*\s+off|strengthen\w*|sharpen\w*|lengthen\w*|liv\w+\s+longer|burn\w*|lift\w*|repair\w*"
    r"|rejuvenat\w*|fix\w*|sooth\w*|calm\w*|eradicat\w*|combat\w*|counteract\w*)\b")
# the animal in a clause of its own after the claim: "vitamin D slows MS, in mice with a version of it"
# (not after an aside: "cinnamaldehyde, the oil in cinnamon, appeared to protect mice")
_AFTERTHOUGHT = re.compile(r",\s*(?:(?:at\s+least|but\s+only|only|so\s+far)\s+)?(?:in|on|among|for)\s+(?:[\w-]+\s+){0,2}$")
# ... nor a result dressed up or carried forward: "breakthrough", "cures", "exercise in a pill",
# "so eat a punnet a day", "the secret of long life", "a study finds after giving caffeine to mice"
# (not "first" as in "first fed the compound to rats", nor "after" as in "regrow brain tissue after
# stroke"); for "could become a drug", see `_projected`
_PROJECTED = re.compile(
    r"\b(?:breakthrough\w*|revolution\w*|miracle\w*|cur(?:e|es|ed|ing)|revers\w+"
    r"|secret|good\s+news|obsolete|transform\w*|pills?|first(?!\s+\w+ed\b)(?!\s+of\s+(?:a|several|many|two|three|four)\b)"
    r"|prove[sdn]?|after\s+\w+ing)\b|\s[-–—]\s(?!and\b)"  # (a dash before "and" goes on with the report)
    r"|,\s*so\s+(?:eat|drink|take|try|get|grab|stock|go|add|swap|start|keep|reach|enjoy|load|have|do|don['’]t|you|maybe"
    r"|perhaps)\b"
    r"|,\s*(?:a\s+|the\s+)?(?:new\s+|recent\s+)?(?:stud(?:y|ies)|research|scientists|researchers)\s+"
    r"(?:shows?|finds?|suggests?|says?|reports?|claims?)\b")
# the animals a result is reported in, or the ones given the treatment ("injected into brain-injured
# mice", "protect mice against obesity", "giving mice bitter substances")
_RESULT_IN = re.compile(r"\b(?:(?:in|into|of|on|to|from|for)\s+(?:[\w-]+\s+){0,2}"
                        r"|(?:protect\w*|treat(?:s|ed|ing)?|fed|feed(?:s|ing)?|gave|giv(?:e|es|en|ing)|inject(?:s|ed|ing)?"
                        r"|expos(?:e|es|ed|ing)|bred|dos(?:e|es|ed|ing))\s+(?:the\s+|these\s+|some\s+)?(?:[\w-]+\s+)?"
                        # the animals as the subject of their result: "However, only the mice that drank the tea had …"
                        r"|(?:^|[,;:]\s*|\b(?:but|and|however|yet|while|whereas)\s+)(?:only\s+)?(?:the|these|those)\s+(?:[\w-]+\s+)?"
                        # ... or of what a result shows: "Results of those tests show lab rats that received the cells:"
                        r"|\b(?:show(?:s|ed)?|found|finds?|reveal(?:s|ed)?)\s+(?:that\s+)?(?:(?:the|these|those)\s+)?(?:[\w-]+\s+)?)$")
_COORDINATED = re.compile(r"\b(?:" + CUES["animal"] + r")\s+(?:and|or)\s+(?:[\w-]+\s+)?$")
_PET = re.compile(r"\b(?:a|the|their|his|her|your|my|our|family|pet|therapy|guide|service|own|owning|walk(?:s|ing|ed)?)\s+$")
# dogs as the detector, not the patient: "Dogs Sniff Out Lung Cancer in Humans", "sniffer dogs"
_DETECTOR_DOG_BEFORE = re.compile(r"\b(?:sniffer|trained|detection|scent)\s+$")
_DETECTOR_DOG_AFTER = re.compile(r"^\s+(?:(?:can|could|were|are|was|is|may)\s+)?(?:(?:able|trained)\s+to\s+)?(?:sniff|smell|detect)\w*")
# "preclinical" for a stage of a disease in people: "those with preclinical Alzheimer's"
_PRECLINICAL_STAGE = re.compile(r"^\s+(?:alzheimer\w*|dementia|disease|stages?|atherosclerosis|cognitive|symptoms?|phase\s+of)")
# an adverb of certainty in a sentence that claims no effect: "there is definitely a need for",
# "colonoscopy certainly has its advantages" (but "it definitely works" is a claim)
_SURE_ADVERBS = ("certainly", "definitely", "undeniably", "irrefutably")
# sure of the speaker's own wish or plan, not of a result: "I definitely want them to find a cure",
# "he would definitely discuss ibuprofen", "it certainly is worth exploring"
# sure that something is needed, not that something works: "there is definitely a high unmet need"
_SURE_OF_A_NEED = re.compile(
    r"^\s+(?:an?\s+)?(?:(?:high|great|real|big|urgent|clear|growing|pressing|huge|strong)\s+)?(?:unmet\s+)?"
    r"(?:need|demand|gap|appetite|interest|market|role|place)\b")
_SURE_OF_ONESELF = re.compile(
    r"^\s+(?:(?:is|be|are)\s+)?(?:want|wants|hope|hopes|think|thinks|believe|believes|need|needs|agree|agrees"
    r"|recommend|discuss|explore|consider|worth|deserves?|warrants?"
    r"|(?:be\s+)?(?:explored|considered|discussed|recommended|investigated|studied|pursued|looked\s+at))\b")
# the established options a story sets its news beside, not its news: "there are proven ways to
# help prevent colorectal cancer", "other proven ways", "deploying proven HIV prevention methods"
# (but "clinically proven" and "scientifically proven" sell, and "the only treatment proven to …"
# is as often the news as the background); and what other work proved: "statins have also been
# proven to decrease the risk" (earlier studies named before it: _EARLIER_STUDIES_BEFORE)
_PROVEN_ESTABLISHED = re.compile(
    r"(?:\bthere\s+(?:are|is)\s+(?:(?:other|some|many|several|already)\s+)?|\b(?:other|some|existing|established|standard"
    r"|deploying|using)\s+|\bha(?:s|ve)\s+(?:also|already)\s+been\s+)$")
# ... or a fact the story states in passing about something other than its news: "Mammography
# screenings, which are proven to reduce breast cancer mortality, are not always able to …", "the
# APOE-e4 gene – which is proven to increase Alzheimer's risk" (but "which is clinically proven" sells);
# or the yardstick it sets the news beside: "the best proven way to recover", "among the most proven
# drugs", "sorafenib, the only other drug with proven clinical benefit", "mammography is still the only
# test that has been proven to …"; or other options named beside the news ("It combines many elements of two other
# popular nutrition plans which have been proven to benefit heart health")
_PROVEN_BACKGROUND = re.compile(
    r"(?:[,\u2013\u2014-]\s*|\b(?:other|existing|established|standard)\s+(?:[\w-]+\s+){0,4}?)(?:which|that)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+$"
    # ... or named as a kind ("Intensive lifestyle programs and some medications have been proven to prevent or delay type
    # 2 diabetes")
    r"|\b(?:some|other|existing|several|many|certain)\s+(?:[\w-]+\s+)?" + _OPTION_NOUNS
    + r"\s+(?:have|has|had)\s+(?:also\s+)?been\s+$"
    r"|\b(?:best|most)\s+$"
    r"|\bthe\s+only\s+other\s+(?:[\w-]+\s+){0,2}(?:with\s+)?$"
    r"|\b(?:still|remains?|long\s+been)\s+the\s+only\s+(?:[\w-]+\s+){0,2}(?:(?:that|which)\s+)?"
    r"(?:(?:has|have|had|is|are)\s+)?(?:been\s+)?$")
# ... and earlier studies' findings anywhere in the clause before the word: "Past studies have proven that
# stents …", "Several previous studies have shown conclusively that lifestyle changes … can block progression"
# ... or a body of evidence: "The results of dozens of scientific studies into the effects of smoking on the lungs are
# conclusive"
_EARLIER_STUDIES_BEFORE = re.compile(
    r"\b(?:past|previous|prior|earlier|older|several|numerous|many|other)\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|research|trials?"
    r"|work)\b[^.;:]{0,40}$"
    r"|\b(?:dozens|hundreds|scores|thousands|decades|years)\s+of\s+(?:[\w-]+\s+)?(?:stud(?:y|ies)|research|trials?)\b"
    r"[^.;:]{0,80}$")
# what nobody disputes: "Use of angioplasty and stents in patients suffering a heart attack is proven to save lives and
# there is little disagreement about their use in that setting"
_UNDISPUTED_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:little|no)\s+(?:disagreement|debate|controversy|dispute)\b")
# a diagnosis, not a claim: "Results from blood tests, a bone marrow biopsy and spinal tap proved
# Landon no longer had leukemia" (but "the new blood test is proven to find cancer early" sells the test)
_DIAGNOSTIC_SUBJECT = re.compile(
    r"\b(?:blood\s+tests?|biops(?:y|ies)|scans?|x-rays?|mri|spinal\s+taps?|ultrasounds?|screenings?|autops(?:y|ies))\b"
    r"[^.;]{0,40}$")
# ... or a risk a test rules out for a patient: "the H-FABP level alone makes it possible to confirm that there is no risk of
# trauma in one third of patients"
_RULED_OUT_BEFORE = re.compile(r"\b(?:confirm|rule\s+out|establish|determine|tell)\w*\s+(?:that\s+)?(?:there\s+(?:is|was)\s+)?$")
_DIAGNOSIS = re.compile(r"^\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:no\s+longer|still|was|were|had|has|is|did)\b")
# "more in-depth studies are necessary to be conclusive"
_NEEDED_TO_BE = re.compile(r"\b(?:needed|necessary|required)\s+to\s+be\s+$")
# proven before the news: "The efficacy of the drug has been proven previously", "proven in earlier trials"
_PROVEN_EARLIER_AFTER = re.compile(
    r"^\s+(?:previously|before|already|in\s+(?:earlier|previous|past|prior|other|several|many|numerous)\s+)")
# how far the evidence goes, not a claim: "faith in vitamin D has far outpaced what the scientific evidence proves"
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# a proof others believe in, set against doubt ("some people convinced that vitamin D does nothing and
# others who believe it's already proved to work"), or one only "sort of" made ("It sort of proves to
# people that if you really believe in a drug you should never give up")
_PROOF_BELIEVED_OR_LOOSE = re.compile(
    r"\b(?:some|others|many|people|those|who)\s+(?:[\w-]+\s+){0,2}?(?:believe|think|insist|claim|are\s+convinced)\s+"
    r"(?:that\s+)?(?:[\w'’]+\s+){0,2}?(?:already\s+)?(?:been\s+)?$"
    r"|\b(?:sort|kind)\s+of\s+$")
# a sure thing that does not exist: "A perfect sleeping pill — … with no side effects — is still a dream"
_STILL_A_DREAM = re.compile(
    r"^[^.;]{0,140}?\b(?:is|remains)\s+(?:still\s+|only\s+|just\s+)?(?:a\s+)?(?:distant\s+)?(?:dream|fantasy|myth|pipe\s+dream)\b")
# a study's method made sure of something: "it guaranteed that all samples were treated the same way"
_GUARANTEED_METHOD = re.compile(
    r"^\s+that\s+(?:all|every|each|the)\s+(?:[\w-]+\s+)?(?:samples?|specimens?|participants?|patients?|subjects?"
    r"|volunteers?|groups?|tests?|measurements?)\s+(?:were|was|received|got|had)\b")
# "little to no side effects", "few or no side effects"
_LITTLE_OR_NO = re.compile(r"\b(?:little|few|minimal|minor)\s+(?:to|or)\s+$")
# ... or what a study did not find: "No risk of preterm birth in mothers treated with ECT during pregnancy was detected"
_NOT_DETECTED_AFTER = re.compile(
    r"^[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been)\s+(?:detected|found|observed|seen|identified|noted|reported)\b")
# a share hedged: "about 100 percent effective", "nearly 100% accurate"
_NEARLY = re.compile(r"\b(?:about|around|roughly|nearly|almost|approximately|close\s+to|up\s+to|virtually)\s+$")
# "conclusive evidence is rarely found in a single study"
_SELDOM_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:is|are|was|were|remains?)\s+(?:rarely|seldom|never|not|still\s+lacking|lacking)\b")
# sure of a hedge: "There certainly seems to be a benefit", "it definitely could help"
_HEDGE_AFTER = re.compile(r"^\s+(?:seems?|seemed|appears?|appeared|looks?|looked|may|might|could|suggests?)\b")
# "definitely no evidence", "certainly not a cure-all"
_DENIED_AFTER = re.compile(r"^\s+(?:there\s+(?:is|are|was|were)\s+)?(?:not|no|never|nothing|none)\b")
# sure of an impression, not of an effect: "the results are certainly impressive and warrant
# further investigation"
_IMPRESSION = re.compile(
    r"^\s+(?:(?:very|most|quite|an?)\s+)?(?:impressive|interesting|intriguing|encouraging|exciting|promising|important"
    r"|welcome|noteworthy|remarkable|worth\w*|notable|reassuring|good\s+news|a\s+step)\b"
    # ... or of a topic worth attention: "definitely a very pertinent topic", "definitely an area to watch"
    r"|^\s+an?\s+(?:(?:very|really|most|quite)\s+)?(?:[\w-]+\s+)?(?:topic|question|issue|subject|area|avenue|possibility"
    r"|direction)\b")
# "no doubt" as a sentence adverb: "the findings will no doubt fuel the debate", "you no doubt remember"
_NO_DOUBT_ADVERB = re.compile(r"\b(?:will|would|can|could|may|might|must|shall|should|you|we|they|he|she|i)\s+$")
_EFFECT = re.compile(
    r"\b(?:works?|worked|working|effective|efficacious|safe|safer|cur(?:e|es|ed|ing)|heals?|healed|helps?|helped"
    r"|benefits?|improv\w+|prevent\w*|protect\w*|reduc\w+|lower\w*|cut|cuts|stops?|stopped|revers\w+"
    r"|eliminat\w+|caus\w+|treat\w*|results?|firmer|better|relie\w+)\b")
# "the only" for the landscape a story is set in, not for its news: as the subject of its clause
# ("The only treatment is a bone-marrow transplant", "Today, the only reliable test is a CT
# scan"), for what has long been so ("condoms have remained the only options for men", "has
# traditionally been the only approved drug"), or for what the news is compared with ("fewer side
# effects than Lupron, the only drug that shrinks fibroids")
_ONLY_AS_SUBJECT = re.compile(
    r"\s*(?:(?:and|but|so|yet|today|now|so\s+far|currently|right\s+now|for\s+now|by\s+comparison|in\s+fact|however)"
    r"\s*,?\s*)?"
    # ... with its speaker set in: "So far, Freedman noted, the only hot-flash treatment that has consistently worked …"
    r"(?:(?:dr\.\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:said|says|noted|notes|added|adds|explained|explains)\s*,\s*)?")
# ... the subject that a copula identifies ("is a transplant", "was fluoxetine", "came out last month"),
# not a headline's claim ("The only drug that stops Alzheimer's is now approved", "The only clinic
# in the country to offer it is in Sheffield")
_IDENTIFIED = re.compile(
    r"(?![^.;]*\bin\s+the\s+(?:world|country|nation|us|u\.s\.|uk|market)\b)[^.;]{0,120}?(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:is|are|was|were|came"
    r"|comes|remains?|had|have|has)\s+(?!(?:now|currently|available|approved|licensed|in|on|being|set|expected|about|finally|here)\b)\w")
_STATUS_QUO = re.compile(r"\b(?:remain(?:s|ed)?|traditionally|long\s+been|has\s+been|have\s+been|had\s+been|so\s+far"
                         r"|to\s+date|until\s+now|still|right\s+now)\b")
_COMPARED_WITH = re.compile(
    r"(?:\b(?:than|against|versus|vs\.?)|\bcompar\w+\b[^.;]{0,80}?\b(?:to|with))\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*,\s*)?$")
# ... or for an existing treatment the story describes in passing: "right now, HRT is the only
# treatment approved for hot flashes", "docetaxel, which is the only treatment approved by NICE"
_ONLY_EXISTING = re.compile(
    r"(?:\b(?:which|who)\s+(?:is|was|are|were|remains?)\s+(?:also\s+)?"
    r"|^\W*(?:(?:and|but)\s+)?(?:right\s+now|for\s+now|currently|at\s+present|at\s+the\s+moment|so\s+far|to\s+date"
    r"|until\s+now)\s*,?\s+[^,;]{0,60})$")
# "the only" + a plain noun: "the only difference", "the only option within 100 miles"
_ONLY_PLAIN = re.compile(
    r"^\s+(?:\w+\s+)?(?:difference|differences|thing|things|change|changes|argument|option|options|problem"
    r"|question|time|way|reason|downside|exception|person|people|place|places|one\s+who|ones\s+who|exercise"
    r"|choice|side\s+effect|complaint|catch|condition|requirement|criterion|caveat|drawback|barrier|other|group|groups"
    r"|path|route)\b"
    # ... a fact about a disease ("the only form of bacterial meningitis that triggers epidemics")
    r"|^\s+(?:forms?|types?|kinds?|strains?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:meningitis|cancers?|tumou?rs?|diseases?|infections?"
    r"|virus(?:es)?|bacteri\w*|flu|influenza|diabetes|dementia|arthritis|leuka?emias?|lymphomas?|hepatitis)\b")
# ... or all a patient is given: "Radiation is the only treatment the patient receives."
_ONLY_RECEIVED = re.compile(
    r"^\s+(?:that\s+)?(?:the\s+|a\s+|this\s+|his\s+|her\s+|their\s+)?(?:patients?|he|she|they|people|women|men|children"
    r"|person)\s+(?:[\w-]+\s+)?(?:receives?|received|gets?|got|takes?|took|needs?|needed)\b")
# a first in a patient's life: "those undergoing surgery for the first time", "screened for the
# first time"; a first line of treatment: "when begun as the first treatment"
_FIRST_EXPERIENCE = re.compile(
    r"\b(?:(?:treated|diagnosed|screened|tested|admitted|hospitali[sz]ed)(?:\s+(?:with|for)\s+[\w-]+(?:\s+[\w-]+)?)?|pregnant"
    # ("patients get a defibrillator, either for the first time or as replacements")
    r"|(?:undergo(?:ing|es)?|get(?:s|ting)?|got|having|going\s+to(?:\s+the)?|visiting|seeing)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+)?[\w-]+(?:\s*,?\s+either)?"
    r"|(?:receiv(?:e|es|ed|ing)|taking|took|starting|started|trying|tried)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+$")
# "the first one or two hours of exercise": a count, not a first
_ONE_OR_TWO = re.compile(r"^\s+or\s+(?:two|three|2|3)\b")
# "for the first time I didn't feel any itch": the speaker's own first
_PERSON_AFTER = re.compile(r"^\s+(?:i|he|she|you|my|her|his)\b(?!\s+said)")
# the first of several named in the sentence: "the second patient recovered after the first treatment"
_SERIES = re.compile(r"\b(?:second|third|fourth|subsequent|next|all\s+(?:two|three|four|five|six))\b")
_FIRST_LINE = re.compile(r"\bas\s+$")
# what is usually first or alone, not what is new: "a CT scan is usually the first test to diagnose
# stroke", "the woman is usually the first, and often the only one, to be examined"
_HABITUAL = re.compile(r"\b(?:usually|typically|often|always|generally|normally|routinely|traditionally)\s+(?:the\s+)?$")
# the first of a series, not of its kind: "the first treatment is the most painful"
_FIRST_OF_SERIES = re.compile(
    r"^\s+(?:(?:is|was|are|were)\s+(?:(?:usually|often|always|typically|generally)\s+)?(?:the\s+)?(?:most|least|hardest"
    r"|worst|easiest|toughest|best|biggest|longest|shortest)\b|(?:is|was|are|were)\s+(?:usually|often|always|typically"
    r"|generally)\b)")
# someone's own first ("he boarded his first-ever plane"), or a first the story looks back on
# ("Five years earlier, doctors running the first-ever gene therapy trial ...")
_OWN_FIRST = re.compile(r"\b(?:my|his|her|your|their|its)\s+$")
# a time gone by: "back in", "in the 1980s", "in 1999"
_PAST_DATE = r"back\s+in|in\s+the\s+(?:(?:early|mid|late)[-\s]?)?['’]?(?:19\d0|\d0)['’]?s|in\s+19\d\d"
_LOOKING_BACK = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|many|few)\s+(?:years?|decades?)"
    r"\s+(?:earlier|ago|before)|" + _PAST_DATE +
    # an earlier study named by its year: "A 1997 study of healthy physicians … was the first to show"
    r"|a\s+(?:19|20)\d\d\s+(?:stud(?:y|ies)|trials?|papers?|reports?|analys[ie]s|reviews?|surveys?)"
    # ... a law of a year, an approval of a year: "the landmark 2009 law … that, for the first time, empowered the
    # FDA", "Idarucizumab was approved by the U.S. Food and Drug Administration in October 2015 as the first medicine"
    r"|\b(?:the|a)\s+(?:[\w-]+\s+)?(?:19|20)\d\d\s+(?:law|act|ruling|legislation)"
    r"|\b(?:approved|cleared|licensed|launched|introduced)\s+(?:[^;]{0,70}?\s)?in\s+(?:(?:jan\w*|feb\w*|march|april|may"
    r"|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\s+)?(?:19|20)\d\d\s+as"
    # a sentence that opens on a date or on "since": "In December 2007, Hitachi was the first company …",
    # "Since Marbán's team completed the world's first cardiac stem cell infusion in 2009, …"
    r"|^\W*(?:in|by)\s+(?:(?:early|late|mid|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\s+)?"
    r"20\d\d(?=\s*,)|^\W*since\s+(?!(?:(?:early|late|mid|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\s+)?\d)\w+)\b(?![^.;]*\b(?:now|today|this\s+(?:week|month|year))\b)")
# "the only" for a regulator's standing, which is a matter of record ("Prozac is the only
# antidepressant approved by the FDA for children", "the only FDA-approved treatment for hot
# flashes"), for a place smaller than a country ("the only proton centre in Maryland", "the only
# Chicago-area surgeon"), or for one more fact about a thing ("it's also the only treatment …")
_ONLY_APPROVED = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:fda|u\.s\.|government)[- ](?:approved|cleared|licensed)\b"
    r"|(?:approved|cleared|licensed|authori[sz]ed)\s+(?:(?:now|currently|so\s+far|to\s+date)\s+)?(?:by|for|to|in)\b"
    r"|with\s+(?:fda\s+|regulatory\s+)?approval\b)")
_US_STATES = (
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho"
    r"|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
    r"|mississippi|missouri|montana|nebraska|nevada|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york"
    r"|north\s+carolina|north\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina"
    r"|south\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\s+virginia|wisconsin|wyoming")
_ONLY_LOCAL = re.compile(
    r"^\s+(?:[\w.-]+\s+)?[\w.]+-area\b"
    r"|^[^.;]{0,80}?\bin\s+(?:(?:the\s+)?(?:state|region|area|city|county|province)\b|(?:" + _US_STATES + r")\b)"
    # ... or a facility named for what it serves in a place: "the only health care facility in the Gaza Strip set up to
    # give care to pediatric cancer patients" (but "the only hospital in the world to offer it" is a claim)
    r"|^\s+(?:[\w'’-]+\s+){0,3}?(?:institutions?|facilit(?:y|ies)|hospitals?|clinics?|cent(?:er|re)s?|providers?|pharmac(?:y|ies)"
    r"|units?|schools?)\b(?![^.;]{0,80}\b(?:in|of)\s+(?:the\s+(?:world|country|nation|u\.?s\.?|united\s+states|west|uk)"
    r"|america|europe|britain|england|canada|australia|china|india|japan|germany|france)\b)[^.;]{0,80}?\bin\s+[a-z]")
# (but the news's own standing is its novelty: "The new gel is the only treatment approved in Europe")
_NEWS_BEFORE = re.compile(r"\b(?:new|newly|experimental|novel)\b")
_ALSO_BEFORE = re.compile(r"\b(?:is|are|was|were|['’]s)\s+also\s+$")
# the only one the writer found: "the only one I found that was backed by studies"
_ONLY_I_FOUND = re.compile(r"^\s+(?:that\s+)?(?:i|we)\s+(?:found|know|saw|tried|could\s+find|came\s+across)\b")
# "pioneer" of a person or a company, not of the news: "one of the pioneers of the procedure", "a
# biotechnology pioneer since 1980" (but "Hospital pioneers new technique" is the news)
_PIONEER_PERSON_AFTER = re.compile(r"^(?:\s+(?:of|in|since|who|behind|at|and)\b|\s*[,.;)])")
_PIONEER_PERSON_BEFORE = re.compile(r"\b(?:a|an|the|one\s+of\s+the|among\s+the|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}$")
_PIONEER_VERB_AFTER = re.compile(r"^\s+(?:a|an|the|new|novel|this|its|their|use|way|[\w-]+ing)\b")
# "never seen" of a harm: "has never seen a challenge like this to our resilience"
_NEVER_SEEN_HARM = re.compile(
    r"^\s+(?:(?:a|an|such\s+an?|so\s+many|this)\s+)?(?:[\w-]+\s+)?(?:challenges?|crisis|crises|problems?|outbreaks?"
    r"|epidemics?|surges?|shortages?|spikes?|declines?|tolls?|waves?|cuts|losses|deaths|cases\s+like)\b")
# "unprecedented" of a harm or a hardship, not of the news: "a state of unprecedented, near-total collapse", "unprecedented
# heat waves" (but "unprecedented response rates" is a claim)
_UNPRECEDENTED_HARM = re.compile(
    r"^[\s,]+(?:(?:and|or|near-total|total|human|economic|global|public)[\s,]+){0,3}(?:collapse|crisis|crises|suffering"
    r"|heat(?:\s*waves?)?|storms?|wildfires?|fires|floods?|flooding|droughts?|damage|destruction|devastation|violence"
    r"|attacks?|assault|pressure|strain|shortages?|demand|losses|deaths|death\s+toll|challenges?|disruption|uncertainty"
    r"|times|hardship|wind\s+storms?)\b")
# ... or of a person: "they'd never seen a white person before"
_NEVER_SEEN_PERSON = re.compile(
    r"^\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:person|man|woman|child|baby|doctor|nurse|foreigner|stranger|westerner|tourist)\b")
# "unique" of a trait, not of a treatment: "the unique mutations of each tumour", "a unique type of fat"
_UNIQUE_TRAIT = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:abilit(?:y|ies)|types?|sets?|mutations?|biology|features?|properties|characteristics"
    r"|combination|formulation|position|expertise|dependence|needs?|challenges?|mix|blend|structure|shapes?"
    r"|patterns?|profiles?|identifiers?|signatures?|to\s+(?:each|every|any|the|this|that|their|his|her))\b")


# a claim the sentence rejects or holds at arm's length before stating it: "it would also be wrong
# to portray marijuana as completely safe", "patients should not go into this thinking they will
# have a 99 percent cure rate", "what it claims are the fruit's scientifically proven benefits",
# "my fear is that every family is going to think the poliovirus is the cure", "researchers have
# so far failed to find a treatment that reverses it"
_REJECTING = re.compile(
    r"\b(?:wrong|misleading|premature|irresponsible|a\s+mistake|unfair|dangerous)\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:portray|call|describe|say|claim|present|label|think|suggest|promise|tout|advertise)\b"
    r"|\bshould(?:n['’]t|\s+not)\s+(?:be\s+)?(?:\w+\s+){0,4}?(?:think|thinking|expect|expecting|assume|believe|promise)\b"
    r"|\b(?:what|which)\s+(?:it|they|he|she|the\s+\w+)\s+(?:claims?|calls?)\b"
    r"|\b(?:fear|worry|concern)\s+is\s+that\b[^.;]{0,120}?\b(?:think|believe|assume|see)\b"
    # a label held back: "I would hesitate to assign too much potential groundbreaking science", "cautioned
    # against calling it a cure"
    r"|\b(?:hesitat\w*|hesitant|reluctant|wary|caution\w*|warn\w*)\s+(?:to|about|of|against)\s+"
    r"(?:\w+\s+){0,2}?(?:assign|attach|call|calling|describ\w+|label\w*|hyp\w+)\b"
    r"|\b(?:failed|yet|struggled)\s+to\s+(?:find|develop|produce|discover|come\s+up\s+with)\b"
    # ... or refused: "I don't want to call it a magic bullet, because that would oversell", "I wouldn't call it a cure"
    r"|\b(?:do\s+not|don['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|not\s+going\s+to"
    r"|never|refuse[sd]?\s+to)\s+(?:(?:want|like|dare)\s+to\s+)?(?:call|label|describe)\b"
    # claims the story reports as dubious: "making many unsupported claims about seeming miracle cures",
    # "the Internet is rife with claims that dolphins can … heal", "based on the claims of doctors who say"
    r"|\b(?:unsupported|unproven|unfounded|dubious|questionable|bogus|false|outlandish|exaggerated|extravagant)\s+claims?\b"
    r"|\brife\s+with\s+(?:\w+\s+)?claims?\b|\bbased\s+on\s+the\s+claims?\s+of\b"
    # beliefs the story sets itself against: "despite popular notions about the miracle cures lying in
    # the Amazon", "the myth that stem cells can cure anything"
    r"|\bdespite\s+(?:\w+\s+){0,2}?(?:notions?|beliefs?|talk|hype|myths?)\s+(?:about|of|that)\b"
    r"|\bmyths?\s+(?:about|of|that)\b"
    r"|\b(?:misreported|debunked|discredited|retracted)\s+(?:\w+\s+){0,2}?(?:stud(?:y|ies)|claims?|research|papers?)\b"
    # ... or calls mistaken, or sets a study against: "patients are frequently mistaken in their beliefs that chemotherapy
    # can cure their disease", "a misconception that …", "casts further doubt that vitamin D prevents …", "the findings
    # challenge evidence from earlier observational studies which suggest that …"
    r"|\b(?:mistaken|wrong|misguided|misinformed)\s+(?:in\s+(?:their|his|her|the|a)\s+)?(?:beliefs?|assumptions?|thinking)\s+that\b"
    r"|\b(?:wrongly|mistakenly|falsely|erroneously)\s+(?:believ\w+|think\w*|thought|assum\w+)\b|\bmisconceptions?\s+(?:that|about)\b"
    r"|\bcast(?:s|ing)?\s+(?:\w+\s+){0,2}?doubts?\s+(?:on|over|about|that)\b"
    r"|\b(?:challeng|contradict|refut|disprov|undermin)\w*\s+(?:\w+\s+){0,2}?(?:evidence|idea|notion|belief|claims?|assumption"
    r"|view|findings|hypothesis)\b"
    # doubt: "a hard time seeing that … they have proven it", "sceptical that the drug cured anyone"
    # (but "there is no doubt that it works" is sure, and "It's hard to believe, but the tumour is gone" amazed)
    r"|\b(?:hard|difficult)\s+time\s+(?:seeing|believing)\b|\b(?:find|finds|found)\s+it\s+(?:hard|difficult)\s+to\s+"
    r"(?:see|believe)\b"
    r"|(?<!no\s)(?<!little\s)(?<!without\s)(?<!any\s)\b(?:doubts?|doubtful|sceptical|skeptical|unconvinced)\s+"
    r"(?:that|whether|about)\b")
_REJECTABLE = ("certainty", "cure", "hype", "extrapolation", "causal")
# what earlier work found, told as background: "A previous study led by Professor Taylor, published in 2011, showed that
# diabetes could be reversed", "Previous experiments in animals showed that …", "Earlier studies have found that … protects
# against diabetes" (not past a contrast: "Previous studies have shown …, but this was the first to find …")
_NOT_PAST_A_CONTRAST = r"(?![^;]*\b(?:but|however|yet|whereas|while|now|this\s+(?:is|was|study|trial|research|work))\b)"
_EARLIER_WORK_OPENING = re.compile(
    r"^\W*(?:in\s+)?(?:(?:a|an|the)\s+)?(?:previous|earlier|prior|past|older)\s+(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|research"
    r"|work|experiments?|trials?|findings|reports?|analys[ie]s)\b" + _NOT_PAST_A_CONTRAST)
# ... or what work had already shown, or what studies have shown or unpublished ones suggested, wherever the cue
# stands: "Research in mice had already shown that the tuberculosis vaccine called BCG prevents T cells from destroying
# insulin-secreting cells", "Studies in mice have shown that boosting the levels of this cell metabolite … can produce
# multiple health benefits", "Unpublished studies in mice suggested that a kidney cancer drug might stop …"
_EARLIER_WORK_STATED = re.compile(
    r"(?:\bhad\s+already\s+(?:been\s+)?(?:shown|found|demonstrated|proven|proved|established|reported|suggested)\b"
    r"|^\W*(?:(?:other|some|several|many|numerous|animal|lab(?:oratory)?|mouse|rodent)\s+)*(?:studies|experiments)\s+"
    r"(?:(?:in|on|with)\s+(?:[\w-]+\s+){0,2}?)?(?:have|had)\s+(?:also\s+)?(?:shown|found|suggested|demonstrated)\b"
    r"|^\W*unpublished\s+(?:studies|experiments|data|research)\b)" + _NOT_PAST_A_CONTRAST)


# a quote that closes on the cue word is no part of what follows it: "“nearly universally eliminated” the need for …"
_CLOSING_QUOTE = re.compile(r"^[\"'”’»]+(?=\s)")


def plain_sense(label: str, low: str, start: int, end: int) -> bool:
    """True if the cue `low[start:end]` of `label` (in the lower-cased sentence) states no claim."""
    word, before, after = low[start:end], low[max(0, start - 40):start], _CLOSING_QUOTE.sub("", low[end:end + 60])
    clause = _CLAUSE_START.sub("", low[max(0, start - 120):start])
    if label in _REJECTABLE and _REJECTING.search(low[max(0, start - 160):start]):
        return True
    if _EARLIER_WORK_OPENING.match(low, 0, start) or _EARLIER_WORK_STATED.search(low):
        return True
    if label == "certainty":
        if _STILL_A_DREAM.match(low[end:end + 160]):
            return True
        if word.startswith("prov"):
            return bool(_PROVE_HYPOTHETICAL.search(before) or _PROVE_TURNED_OUT.match(low[end:end + 120])
                        or _CONDITION.search(clause) or _DENIAL.search(clause)
                        or word == "proven" and _PROVEN_ESTABLISHED.search(before)
                        or _PROVEN_BACKGROUND.search(low[max(0, start - 80):start])
                        or _EARLIER_STUDIES_BEFORE.search(clause) or _PROVEN_EARLIER_AFTER.match(after)
                        or _UNDISPUTED_AFTER.match(low[end:end + 120])
                        or _WHAT_BEFORE.search(before) or _DIAGNOSTIC_SUBJECT.search(clause) and _DIAGNOSIS.match(after)
                        or _PROOF_BELIEVED_OR_LOOSE.search(before))
        if word == "fact":
            return bool(_FACT_PHRASE.search(before) or _FACT_NOUN.match(after))
        if word.startswith("100"):
            return bool(_PERCENT_RANGE.search(before) or _SHARE_OF.match(after) or _NEARLY.search(before)
                        or _TEST_MEASURE_AFTER.match(after) or _TEST_MEASURE_BEFORE.search(before)
                        or _MEASURED_RATE_AFTER.match(after))
        if word in _SURE_ADVERBS:
            return not _EFFECT.search(low) or bool(_CONCEDING.search(before) or _CONCEDED.match(after)
                                                   or _DENIED_AFTER.match(after) or _SURE_OF_ONESELF.match(after)
                                                   or _HEDGE_AFTER.match(after)
                                                   or _IMPRESSION.match(after) or _SURE_OF_A_NEED.match(after)
                                                   or _DENIAL.search(clause)
                                                   or _SENTENCE_OPENING.match(low[:start])
                                                   and _BUT_AFTER.match(low[end:end + 160])
                                                   or _in_consequence(_CONDITION, low[:start]))
        if word.startswith(("no risk", "no side")):
            return bool(_LITTLE_OR_NO.search(before) or _in_consequence(_CONDITION, low[:start])
                        or _NOT_DETECTED_AFTER.match(low[end:end + 120])
                        or _RULED_OUT_BEFORE.search(before))
        if word.startswith("conclusive"):
            return bool(_SELDOM_AFTER.match(after) or _EARLIER_STUDIES_BEFORE.search(clause)
                        or _NEEDED_TO_BE.search(before))
        if word == "no doubt":
            return not _EFFECT.search(low) or bool(_NO_DOUBT_ADVERB.search(before))
        if word.startswith("guarantee"):
            return not _EFFECT.search(low) or bool(_GUARANTEED_METHOD.match(after))
        if word == "settled":
            return bool(_SETTLED_OTHER.match(after) or _SETTLED_PENDING.search(before))
    elif label == "cure":
        if (_OPEN_QUESTION.search(clause) or _DENIAL.search(clause) or _BELIEVED_CURED.search(before)
                or _TOO_LATE.search(before) or _CURE_HOPED_OR_BELIEVED.search(low[max(0, start - 100):start])
                or _OPTIONS_THERE_ARE.search(low[max(0, start - 120):start])):
            return True
        if word.startswith("end"):
            return bool(_IN_THE_END.search(before))
        if word == "cure" and (_A_CURE_OPENS.match(low[:start]) and _CURE_SOUGHT.match(low[end:])
                               or _NAMED_FOR_THE_CURE.search(before)):
            return True
        if word == "cured" and (_CURED_FOOD_BEFORE.search(before) or _CURED_FOOD_AFTER.match(after)):
            return True
        if word in ("cure", "cures", "curing"):
            return bool(_CURE_AIM.search(before) or word == "cures" and _CURE_MISSION.search(before)
                        or _CURE_TALKED_OF.search(low[max(0, start - 80):start])
                        or _REVERSE_AIM.search(low[max(0, start - 80):start])
                        or word == "cure" and (_CURE_RATE.match(after) or _TRIED_AS_A_CURE.search(clause))
                        or _CURE_SHARE_AFTER.match(after) and _WHICH_BEFORE.search(before))
        if (word == "remission" or word in _FREE_OF) and (_SHARE_BEFORE.search(clause) or _COMPARED_AFTER.match(after)):
            return True
        if word == "remission":
            return bool(_REMISSION_PHASE.search(before) or _UNTREATED_AFTER.match(after) or _SPONTANEOUS.search(before) or _REMISSION_MEASURED.search(low[max(0, start - 100):start])
                        or _REMISSION_NOT_REACHED.search(before) or _CURE_RATE.match(after))
        if word.startswith(("wipe", "wiping")):
            other = _WIPED_OUT_OTHER.match(after)  # (the tumours "in four children" are still the disease)
            return bool(other) and not _DEFEATED_DISEASE.search(other.group(0))
        if word.startswith(("defeat", "vanquish")):
            return not _DEFEATED_DISEASE.search(low)
        if word in _FREE_OF:
            return bool(_PARTICIPANTS_BEFORE.search(before) or _PARTICIPANTS_AFTER.match(after)
                        or _FREE_ENDPOINT.match(after) or _FREE_OF_CHARGE.match(after))
        # a reversal counted in a study's patients: "Of the 24 patients, 70 percent saw the progression of their disease
        # halted or reversed", "in 17 of 30 advanced cancer patients, pembrolizumab stopped or reversed the progression",
        # "40 percent of participants experienced some lasting reversal of symptoms"
        if word in ("reversed", "reverses", "reversal") and _SHARE_BEFORE.search(low[max(0, start - 120):start]):
            return True
        if word.startswith("revers") and (_REVERSE_AIM.search(before) or _RESTORE_MECHANISM.search(before)
                                          or _DRUG_EFFECT.match(after) or _DRUG_EFFECT_BEFORE.search(before)
                                          or _PROCEDURE_UNDONE.search(before) or _TEMPORARY.search(before)
                                          or _UNDONE_WHEN_STOPPED.match(after) or _BENEFIT_FADED.search(before)):
            return True
        if word == "reverse":
            return bool(_REVERSE_NOUN.search(before) or _REVERSE_ADJECTIVE.match(after) or _REVERSED_OTHER.match(after))
        if word == "incurable":
            return not _NO_LONGER_INCURABLE.search(before)
        if word == "reversing" and _SENTENCE_OPENING.match(low[:start]) and _SEEN_AS_GOAL.match(low[end:end + 200]):
            return True
        if word in ("reversed", "reversing", "reverses"):
            return bool(_REVERSED_OTHER.match(after) or word == "reversed" and _REVERSED_OTHER_BEFORE.search(before))
        if word == "curable":
            return bool(_CURABLE_STAGE.match(after) or _CURABLE_CATEGORY.search(before))
        if word.startswith("heal"):
            return bool(_HEAL_TIME.search(before) or _HEAL_WOUND.match(after))
        if word.startswith("restor"):
            return bool(_RESTORE_MECHANISM.search(before) or _RESTORED_OTHER.match(after) or _RESTORE_NEEDED.search(before)
                        or _REVERSE_AIM.search(before))
        if word.startswith(("eliminat", "eradicat")) and (_ELIMINATION_AIM.search(before)
                                                        or _RESIDUAL_DISEASE_BEFORE.search(before)):
            return True
        if word.startswith("eradication") and (_ERADICATION_MEASURED.search(before) or _ERADICATION_THERAPY.match(after)):
            return True
        if word.startswith("eliminat"):
            return bool(_ELIMINATE_FROM.match(after) or _ELIMINATE_OTHER.match(after))
    elif label == "causal":
        if _JOURNAL_NAME.search(before) or _PURPOSE.search(before):
            return True
        if word.startswith("caus") and _KNOWN_AGENT.search(before):
            return True
        if word in ("cause", "causes"):
            return bool(_CAUSE_CATEGORY.search(before))
        if word.startswith(("lower", "reduc")):
            return bool(_AT_RISK.search(before))
    elif label == "hype":
        if (_HYPE_DENIED.search(before) or _HYPE_AWAITED.search(before)
                or _HYPE_HOPED_THAT.search(low[max(0, start - 200):start])
                or _RATHER_THAN.search(low[max(0, start - 120):start])
                or _looks_back(low, start) or _EARLIER_WORK_AFTER.match(low[end:end + 80])
                or _in_consequence(_IF_UNREAL, low[max(0, start - _HYPE_LOOK_BACK):start])
                or _OVER_THE_YEARS.search(low) and not _THE_NEWS_FIRST.match(low)):
            return True
        if _THE_BEFORE.search(before) and _HYPE_DEFINED.match(after):
            return True
        if word == "holy grail":
            return bool(_GRAIL_SOUGHT.search(low[max(0, start - _HYPE_LOOK_BACK):start]))
        if _DESPITE_BEFORE.search(before) and _PROGRESS_AFTER.match(after):
            return True
        if word.startswith("breakthrough"):
            return bool(_BREAKTHROUGH_STATUS.match(after) or _DESIGNATED.search(before)
                        or _BREAKTHROUGH_CLINICAL_BEFORE.search(before) or _BREAKTHROUGH_CLINICAL_AFTER.match(after))
        if word in _PRAISE_WORDS and (_PRAISE_NOUN.match(after) or _FEELING.search(before)
                                      or _SO_MANY.search(low[max(0, start - 120):start])):
            return True
        if word in ("dramatic", "dramatically") and (_MORE_OR_LESS.search(before) or _FAULT_AFTER.match(after)):
            return True
        if word == "remarkable" and _OBSERVATION_AFTER.match(after):
            return True
        if word in ("remarkable", "stunning", "staggering", "astonishing", "extraordinary", "dramatic", "incredible"):
            return bool(_HYPE_FOR_HARM.match(after))
        if word in ("dramatically", "astonishingly"):
            return bool(_TREND_VERB.search(before))
        if word == "sensation":
            return bool(_SENSATION_OF.match(after)) or not _SENSATION_HYPE.search(before)
        if word == "landmark":
            return bool(_LANDMARK_PLAIN.match(after))
        if word in ("incredibly", "remarkably", "extraordinarily"):
            return bool(_DIFFICULTY.match(after) or _IMPORTANT.match(after) and _OTHER_THING_IS.match(low, 0, start))
        if word.startswith("hail"):
            return bool(_HAIL_MARY.match(after) or _HAILS_FROM.match(after) or _HAILED_OTHER.match(after))
        if word == "revolution":
            return bool(_HISTORIC_REVOLUTION.search(before))
        if word == "triumph":
            return bool(_TRIUMPH_OVER_OTHER.match(after))
        if word.startswith("life"):
            return bool(_LIFE_CHANGING_ILLNESS.search(low[max(0, start - 80):start]) or _LIFE_CHANGING_ILLNESS_AFTER.match(after))
    elif label == "novelty":
        if word == "novel" and _CONDITION.search(clause):  # "if we can use those as novel targets"
            return True
        if word.startswith("the only") and (
                _ONLY_AS_SUBJECT.fullmatch(low[:start]) and _IDENTIFIED.match(low[end:end + 160])
                or _STATUS_QUO.search(clause) or _COMPARED_WITH.search(low[max(0, start - 120):start])
                or _HABITUAL.search(before) or _ONLY_EXISTING.search(low[:start])):
            return True
        if word.startswith("the only") and (_ONLY_APPROVED.match(after) and not _NEWS_BEFORE.search(clause)
                                            or _ONLY_LOCAL.match(low[end:end + 120])
                                            or _ALSO_BEFORE.search(before)):
            return True
        if word.startswith("the only") and (_ONLY_I_FOUND.match(after) or _ONLY_RECEIVED.match(after)):
            return True
        if word == "the only":
            return bool(_ONLY_PLAIN.match(after))
        if word == "for the first time" and (_PERSONAL.search(clause) and not _THAT.match(after)
                                             or _FIRST_EXPERIENCE.search(before) or _PERSON_AFTER.match(after)):
            return True
        if word.startswith("the first ") and (_FIRST_LINE.search(before) or _HABITUAL.search(before)
                                              or _FIRST_OF_SERIES.match(after) or _SERIES.search(low)
                                              or word == "the first one" and _ONE_OR_TWO.match(after)):
            return True
        if word.startswith(("first", "for the first", "the first ", "world", "unprecedented")) and _LOOKING_BACK.search(low[:start]):
            return True
        if word.startswith("first") and _AMONG_THE.search(before):  # "one of the first of its kind": one of many
            return True
        if word.startswith(("first", "the first ", "for the first")) and (_EARLIER_FIRST.search(low[max(0, start - 160):start])
                                                                       or _payer_first(low, low.find("first", start, end))):
            return True
        if word in ("first-ever", "first ever"):
            return bool(_OWN_FIRST.search(before))
        if word in ("pioneer", "pioneers"):
            return bool(_PIONEER_PERSON_AFTER.match(after) or _PIONEER_PERSON_BEFORE.search(before)
                        and not _PIONEER_VERB_AFTER.match(after))
        if word == "never seen":
            return bool(_NEVER_SEEN_HARM.match(after) or _NEVER_SEEN_PERSON.match(after))
        if word.startswith("the first "):
            return bool(_FIRST_SINCE.match(after) or _FIRST_IN_HISTORY.search(before)
                        or _FIRST_SOUGHT.search(low[:start] + "the "))
        if word == "for the first time":
            return bool(_FIRST_SINCE.match(after) or _FIRST_IN_HISTORY.search(before))
        if word == "unique":
            return bool(_UNIQUE_TRAIT.match(after))
        if word == "unprecedented":
            return bool(_UNPRECEDENTED_HARM.match(after))
    elif label == "extrapolation":
        if _NOT_TRANSLATED.search(low) or _QUESTION.search(low) or _PEOPLE_TOO.search(low) or (
                _METHOD.search(low) and not _METHOD_FOR_PEOPLE.search(low)):
            return True
        if word == "in vitro" and _IVF.match(after) or word in ("dog", "dogs") and (
                _PET.search(before) or _DETECTOR_DOG_BEFORE.search(before) or _DETECTOR_DOG_AFTER.match(after)):
            return True
        if word in ("preclinical", "pre-clinical") and _PRECLINICAL_STAGE.match(after):
            return True
        if word in ("worm", "worms") and _WORM_THERAPY.search(low):
            return True
        if word.startswith(("lab", "in the lab")) and (
                _LAB_OWNED.search(before) or _LAB_AS_TEAM.match(after) or _LAB_SENT_TO.search(low[max(0, start - 80):start])
                or word in ("lab-grown", "lab grown") or _LAB_MADE_BEFORE.search(before) or _CLINICAL_LAB_AFTER.match(after)):
            return True
        if word.startswith(("test tube", "test-tube")) and _TREATED_PATIENTS.search(low):
            return True
        return _result_kept_to_animals(low, before, after, start)
    return False


# "could", "may": a result carried forward ("which stopped greying in mice, could restore colour to
# grey hair"), unless the animals come after it ("could delay the onset of Alzheimer's in rats"), it
# ends the sentence ("… in mice, and they showed it could.") or it is a date ("May 21")
_MODAL = re.compile(r"\b(?:could|may|might|would|will|can)\b(?!\s+\d)(?!\W*$)(?!\s+(?:not\s+)?(?:also\s+)?"
                    r"(?:be\s+(?:found|seen|observed|detected|activated|measured|switched|turned)|play\s+a\s+role"
                    r"|(?:help\s+)?explain|trigger)\b)")
_ANIMAL_WORD = re.compile(r"\b(?:" + CUES["animal"] + r")\b")


def _projected(low: str) -> bool:
    """True if the lower-cased sentence dresses up its result or carries it forward."""
    return bool(_PROJECTED.search(low)) or any(not _ANIMAL_WORD.search(low, m.end()) for m in _MODAL.finditer(low))


def _result_kept_to_animals(low: str, before: str, after: str, start: int) -> bool:
    """True if the animal or dish word `low[start:…]` bounds the result it reports ("reduced anxiety
    in mice", "ginger-fed mice had less IgE") in a sentence that says nothing of people; not if
    it is the evidence for a general claim ("X reverses ageing, a study in mice shows")."""
    if _FOR_PEOPLE.search(low) or _projected(low):
        return False
    if _EVIDENCE_BEFORE.search(before) or _EVIDENCE_AFTER.match(after):
        return not _HEALTH_EFFECT.search(low)
    if m := _COORDINATED.search(before):  # "protected mice and non-human primates": as the first animal
        first = start - len(before) + m.start()
        end = _ANIMAL_WORD.match(low, first).end()
        return _result_kept_to_animals(low, low[max(0, first - 40):first], low[end:end + 60], first)
    return bool(_RESULT_IN.search(before) and not _AFTERTHOUGHT.search(before)) or len(low[:start].split()) <= 2


# promise called boundless, which `calls_it_hype` takes as praise outright: "holds tremendous promise in treating …",
# "the new technology has enormous potential" (not "great promise", as often plain; nor a harm's: "enormous potential
# for abuse")
_BOUNDLESS_PROMISE = (
    r"(?:tremendous|enormous|immense|extraordinary|incredible|amazing|unlimited|limitless|boundless)\s+(?:promise|potential)"
    r"\b(?!\s+(?:for|of)\s+(?:abuse|misuse|harm|side\s+effects|errors?|confusion|bias|danger|damage|addiction|overdose"
    r"|fraud))")
# Hype and cure claims without a cue word: "a huge leap forward", "the biggest advance since
# statins", "this is very exciting"; "the tumours disappeared", "her pain was completely gone".
# What the model flags in these labels without a cue word or one of these is mostly talk around
# a story: "this is a teachable moment", "since the discovery of penicillin", "his marriage came
# undone", "they could say goodbye".
_HYPE_CONSTRUCTION = re.compile(
    r"\b(?:(?:leaps?|steps?|strides?|way)\s+forward|(?:biggest|major|huge|giant|big|significant|important|great"
    r"|enormous|tremendous)\s+(?:advance\w*|steps?|leaps?|strides?|deal|discovery|finding|achievement)"
    r"|excit\w+|wonderful|fantastic|thrill\w*|new\s+era|paradigm|huge|promising|great\s+(?:news|science)"
    r"|life[- ]?sav\w+\s+(?:discovery|drug|treatment|therapy|test)|hope\s+for\s+millions|miracul\w*"
    r"|wonder\b(?!\s+(?:how|why|what|if|whether|about|where|who|when))|eureka|new\s+dawn|sea\s+change|epoch\w*"
    r"|supercharg\w*|(?:penicillin|watershed|turning[- ]point|moonshot)\s+moment|watershed|turning\s+point)\b"
    r"|\b" + _BOUNDLESS_PROMISE)
_CURE_CONSTRUCTION = re.compile(
    r"\b(?:gone|disappear\w*|vanish\w*|resolv\w*|recover\w*|rub\w*\s+\w+\s+out|went\s+away|go(?:es)?\s+away"
    r"|clear(?:ed|s)?\s+up|clear(?:ed|s|ing)?\s+(?:all|every)|(?:symptom|seizure|pain|tumou?r)[- ]free"
    r"|no\s+longer\s+(?:needs?|has|have|had|suffer\w*)|(?:end|ends|ended|ending)\s+(?:the\s+)?need"
    r"|(?:back|returned?)\s+to\s+normal|normal\s+again|beaten|banish\w*|thing\s+of\s+the\s+past|regain\w*"
    r"|walk\w*\s+(?:out|away|unaided|without)|ditch\w*\s+(?:their|his|her)|freed?\s+(?:from|of)|melt\w*\s+away"
    r"|for\s+good|turn\w*\s+back|repair\w*|rebuil\w*|regrow\w*|beginning\s+of\s+the\s+end\s+(?:for|of)"
    r"|(?:spells?|spelled|spelt|signals?|signalled|signaled|marks?|marked)\s+the\s+end\s+(?:for|of)"
    r"|end(?:s|ed|ing)?\s+(?:(?:my|his|her|their|your|the)\s+)?(?:[\w'’-]+\s+)?(?:seizures|depression|pain|addiction"
    r"|symptoms|disease|illness|condition))\b")
# certainty without a cue word: "scientific proof that this can work", "clear evidence that it
# reduces", "very safe"; but not wanted or denied: "doctors want proof that it works", "there is no
# definitive proof", "none of the drugs works for everyone"
# a degree that admits no doubt: "100 percent accurate", "absolutely effective", "completely safe"
_DEGREE_WORDS = r"completely|totally|perfectly|absolutely|entirely"
_WHOLLY = (r"(?:100\s*(?:%|percent|per\s+cent)|" + _DEGREE_WORDS + r")\s+"
           r"(?:effective|safe|accurate|successful|reliable|harmless|risk[- ]free)")
_CERTAINTY_CONSTRUCTION = re.compile(
    r"\b(?:(?:clear|definitive|conclusive|scientific|hard|solid|irrefutable|undeniable|overwhelming)\s+(?:proof|evidence)"
    r"|proof\s+that|eliminates?\s+(?:the\s+)?risk|very\s+safe\w*|works?\s+(?:for\s+everyone|every\s+time)"
    r"|without\s+fail|for\s+sure|" + _WHOLLY
    + r"|zero\s+(?:risk|chance|side)|without\s+any\s+doubt|complete\s+protection|(?:are|is|am)\s+certain|certain\s+(?:that|to)"
    r"|full\s+stop|every\s+single|eliminat\w+[^.;]{0,40}\bcompletely|never\s+fails|no\s+false\s+alarms)\b")
# how something works, not that it does: "How this works.", "This barrier works to protect the brain
# from toxins", "works by lowering"
_HOW_IT_WORKS = re.compile(r"\bhow\s+(?:[\w'’-]+\s+){0,5}works?\b|\bworks?\s+(?:to|by|through|via)\b")
_WANTED_OR_DENIED = re.compile(r"\b(?:no|not|none|want\w*|need\w*|lack\w*|without)\b(?:\s+[\w-]+){0,4}\s*$")
_CONSTRUCTIONS = {"hype": _HYPE_CONSTRUCTION, "cure": _CURE_CONSTRUCTION, "certainty": _CERTAINTY_CONSTRUCTION}


# one of many, or the first of more to come ("The study is only the first clinical trial to test …, and it had a
# number of limitations")
_AMONG_THE = re.compile(r"\b(?:among|one\s+of|some\s+of|only|just|merely)\s+the\s+$")
# a first in time or in a sequence, not of its kind: "the first germs to colonize a newborn", "the
# first symptoms to appear", "the first few weeks to see"
_FIRST_IN_TIME = re.compile(
    r"first\s+(?:few\s+)?(?:germs|bacteria|microbes|signs?|symptoms?|teeth|tooth|words?|steps?|seconds|minutes|hours|days"
    r"|weeks|months|years|moments?|stages?|half|quarter|trimester|round|dose|line|thing|things|waves?|batch|cells?\s+to"
    r"\s+(?:form|appear|die)|(?:brain\s+)?(?:regions?|areas?|parts?|organs?)\s+to\s+(?:show|be\s+(?:hit|affected|damaged)"
    r"|suffer|degenerate|shrink|fail))\b")


def states_novelty(text: str) -> bool:
    """True if `text` has a novelty construction that the cue words leave out ("the first to")."""
    return any(_novelty_constructions(" ".join(text.lower().split()))) or bool(claims_a_first(text))


def _novelty_constructions(low: str):
    for m in _NOVELTY_CONSTRUCTION.finditer(low):
        if m.group(0).endswith("time") and _FIRST_SINCE.match(low[m.end():]):  # "the first time in years"
            continue
        if _AMONG_THE.search(low[:m.start()]):  # "among the first to bring home a box": one of many
            continue
        if _LOOKING_BACK.search(low[:m.start()]):  # "In March 2006, the company was the first to sell …": history
            continue
        if _FIRST_SOUGHT.search(low[:m.start()]) or _EARLIER_FIRST.search(low[:m.start()]):
            continue
        k = low.find("first", m.start(), m.end())
        if k >= 0 and (_FIRST_IN_TIME.match(low, k) or _HABITUAL.search(low[:k]) or _payer_first(low, k)
                       or _first_since(low, k)):
            continue
        yield m


def _first_since(low: str, k: int) -> bool:
    """True if the "first" at `low[k:]` is a first since some time, not ever ("the first weight loss device to be
    approved since 2007", "the first drug in 20 years")."""
    return bool(_FIRST_SINCE.match(low[k + len("first"):k + 125]))


def states_claim(label: str, text: str) -> bool:
    """True if `text` states a `label` claim by a construction that the cue words leave out."""
    if label == "novelty":
        return states_novelty(text)
    return any(_claim_constructions(label, " ".join(text.lower().split())))


_WORD_END = re.compile(r"[\w'’-]*")


def construction_spans(label: str, text: str) -> list[tuple[int, int]]:
    """Where `text` states a claim of `label` by a construction ("a huge leap forward", "her pain was
    completely gone", "clear evidence", "the first to show"), as (start, end) spans of `text`."""
    low = text.lower()
    if len(low) != len(text):  # (lower-casing moved the offsets)
        return []
    if label == "novelty":
        matches = _novelty_constructions(low)
    elif label in _CONSTRUCTIONS:
        matches = _claim_constructions(label, low)
    else:
        return []
    # whole words ("the first to s" -> "the first to show"), without the space or the comma a pattern ends on
    spans = [(m.start(), m.start() + len(m.group(0).rstrip(" \t\n,.:;!"))) for m in matches]
    return [(a, _WORD_END.match(low, b).end()) for a, b in spans if b > a]


# "huge" for a need or a burden, not for the news: "Unmet treatment needs in chronic migraine are huge", "a huge burden"
_NEED_NOUNS = r"(?:needs?|burden|problems?|costs?|gaps?|demand|tolls?|challenges?|risks?|losses|obstacles?|hurdles?)"
_HUGE_NEED_BEFORE = re.compile(r"\b" + _NEED_NOUNS + r"\b[^.;]{0,40}?\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?$")
_HUGE_NEED_AFTER = re.compile(r"^\s+(?:unmet\s+)?" + _NEED_NOUNS + r"\b")


def _claim_constructions(label: str, low: str):
    for m in _CONSTRUCTIONS[label].finditer(low):
        if label == "certainty" and (_WANTED_OR_DENIED.search(low[:m.start()]) or _SELDOM_AFTER.match(low[m.end():])):
            continue
        if label == "hype" and m.group(0) == "huge" and (
                _HUGE_NEED_BEFORE.search(low[max(0, m.start() - 80):m.start()])
                or _HUGE_NEED_AFTER.match(low[m.end():m.end() + 40])):
            continue
        yield m


# A disease said to be gone in plain words ("The MS is gone.", "her cancer was gone", "you no longer
# have cancer"): word n-grams do not read these as cure claims (the corpus rows tried for them
# taught the model the people around a testimonial instead; see classifier/NOTES.md), so a rule adds them.
# Not when hoped for, denied, conditional or temporary ("she hopes her MS will be gone", "the
# disease had gone on for years", "gone for a few months"), nor a study's measured result ("cancer
# disappeared in nine (24 percent)") or its people ("all were free of cancer at the start").
_DISEASE = r"(?:(?:his|her|my|their|the|your|our|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?" + _DISEASE_NAMES
_GONE = re.compile(  # (the disease or its symptoms: "her MS symptoms have disappeared")
    r"\b" + _DISEASE + r"(?:\s+symptoms)?\s+((?:is|was|has|had|have|are|were)\s+(?:now\s+|all\s+|completely\s+|totally\s+|simply\s+"
    r"|just\s+|entirely\s+|since\s+)?(?:been\s+)?(?:gone|disappeared|vanished|cleared(?:\s+up)?)"
    r"|(?:simply\s+|just\s+|completely\s+|quickly\s+|soon\s+|then\s+)?(?:disappeared|vanished|went\s+away|cleared\s+up"
    r"|melted\s+away))\b"
    r"(?!\s+(?:for\s+(?:a|an|several|two|three|some|the)\b|until|but|temporarily|briefly|on|from|through|into|up|down"
    r"|out|back|over|to|and\s+(?:then\s+)?(?:came|come)\s+back))")
_NO_LONGER = re.compile(
    r"\b((?:no\s+longer\s+(?:has|have|had|suffers?\s+from)|(?:is|am|i['’]m|she['’]s|he['’]s)\s+(?:now\s+)?free\s+of)"
    r"\s+(?:any\s+)?" + _DISEASE + r")\b"
    # "Landon is still cancer-free", "I'm now cancer-free", "she remains cancer-free"
    r"|\b((?:is|am|i['’]m|she['’]s|he['’]s|remains?|remained|stays?|stayed|has\s+been|have\s+been)\s+(?:now\s+|still\s+"
    r"|completely\s+|totally\s+)?(?:cancer|tumou?r|disease)[- ]free)\b")
# a disease said to be ending, as a headline or a quote puts it: "This is the beginning of the end for Alzheimer's",
# "a drug that spells the end of migraine" (not "the end of flu vaccination supply problems")
_ENDING = re.compile(
    r"\b((?:the\s+)?beginning\s+of\s+the\s+end\s+(?:for|of)\s+" + _DISEASE
    + r"|(?:spells?|spelled|spelt|signals?|signalled|signaled|marks?|marked)\s+the\s+end\s+(?:for|of)\s+" + _DISEASE
    + r"|the\s+end\s+of\s+" + _DISEASE + r"\s+as\s+we\s+know\s+it)\b(?!['’])")  # not "the end of the disease's neglect"
_GONE_DOUBTED = re.compile(
    r"\b(?:hope[sd]?|wish\w*|if|whether|until|may|might|could|would|will|not|never|\w+n['’]t|before|unless|ensur\w*"
    r"|want\w*|believed|thought)\b[^.;]{0,40}$")
_GONE_UNDONE = re.compile(  # "… and then came back", but not "… and has not come back"
    r"^[^.;]{0,40}?(?<!not\s)(?<!never\s)(?<!n't\s)(?<!n’t\s)\b(?:came\s+back|come\s+back|returned|relapsed"
    r"|for\s+now|temporarily)\b")
_MEASURED = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|\b(?:in|for|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s+(?:of|patients|people|participants|children|women|men|\()"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:them|those|the)|for\s+whom|patients|people)"
    r"|\b(?:twice|\w+\s+times)\s+as\s+(?:many|often)")
# a measurement counts for the clause it stands in: "94% report improvements, and many tell us their MS
# symptoms have completely disappeared" is a count and then a claim
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\b|\.\s")
_GONE_HINT = re.compile(r"gone|disappeared|vanished|away|cleared|longer|free\s+of|(?:cancer|tumou?r|disease)[- ]free"
                        r"|the\s+end\s+of|the\s+end\s+for")  # cheap: most sentences stop here


def _as_written(text: str, low: str, m: re.Match, group: int) -> str:
    """Group `group` of a match `m` on `low` (the lower-cased, space-normalised `text`) in the words
    as written, where lower-casing kept the length (else as matched)."""
    norm = " ".join(text.split())
    return norm[m.start(group):m.end(group)] if len(norm) == len(low) else m.group(group)


# A claim to be the first of a kind, in the form releases use most: "the study is the first to
# show", "this was the first randomized trial to explore", "is believed to be the first study of
# its kind", "the vaccine is the first to prevent", "shows for the first time". Not denied ("not
# the first study to report"), not one of many ("among the first to", "one of the first" do not
# take this form), not a person's first or a first in a series ("the first patient that he had
# treated", "the first day that they lifted him"), and not a first to notice, arrive or take part.
# what the first of several studies did first, not what no study did before: "The first study to finish was a big one in
# Europe", "the first study to date"
_FIRST_IN_A_SERIES = (r"date|be|finish|end|start|begin|complete|close|open|enrol|enroll|launch|run|conclude|wrap|get\s+under"
                      r"|come|go")
# words after "first" that make it a first in time or a person's first, not a kind's: "the first time", "the first
# patients in the study to receive"
_NOT_A_KIND = (r"time|step|one|of|in|to|day|days|week|month|year|patients?|authors?|person|people|participants?|volunteers?"
               r"|woman|women|man|men|child|children|nurses?|doctors?|states?")
# what a maker, a regulator or a headline names the first of its kind
_PRODUCT = (r"drug|vaccine|test|device|treatment|therapy|implant|pill|medicine|procedure|method|technique|tool|app"
            r"|transplant|operation|surgery")
_A_FIRST = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|becomes?|became|becoming|marks?|marked|represents?|as)|(?<=\w)'s)\s+"
    r"(?:(?:believed|thought|said|likely|claimed)\s+to\s+be\s+)?(?:also\s+|now\s+|probably\s+|likely\s+|really\s+"
    r"|definitely\s+)?(?:the|their|its|our)\s+(?:very\s+)?(first(?:[- ]ever)?\s+"
    r"(?:(?!(?:" + _NOT_A_KIND + r")\b)[\w-]+\s+){0,4}?"
    r"(?:of\s+its\s+kind\s*,?\s*|in\s+the\s+(?:world|nation|country|us|u\.s\.)\s*,?\s*"
    r"|in\s+(?:humans|people|patients|adults|children|women|men)\s+)?"
    r"(?:to\s+(?!(?:notice|arrive|admit|spot|say|ask|suggest|acknowledge|agree|concede|know|hear|see|feel|go|come"
    r"|leave|die|fall|get|respond|participate|take\s+part|join|sign|reach\s+the\s+market|be\s+(?:vaccinated|treated"
    r"|enrolled|diagnosed)|receive|undergo|try)\b)\w+|that\s+\w+|of\s+its\s+kind|in\s+the\s+(?:world|nation|country)\b))"
    r"|\b(for\s+(?:the\s+)?first\s+time)\b[^.;]{0,80}\b(?:shown|demonstrated|proven|proved|shows|show|demonstrates|proves"
    r"|found|finds|reveals?|revealed)\b"
    r"|\b(?:shown|demonstrated|proven|proved|shows|show|demonstrates|proves|found|finds|reveals?|revealed)\s+"
    r"(?:[\w-]+\s+){0,4}(for\s+(?:the\s+)?first\s+time)\b"
    # "marks the first time an antidepressant has achieved superiority", "the first time what is known as
    # neurostimulation has been used to treat heart failure" (not a person's first: "the first time she's been
    # able to", "the first time in my life that I've ever lost", nor a first in years)
    r"|(?:\b(?:is|was|marks?|marked|represents?|represented)|(?<=\w)'s|,)\s+(?:also\s+|now\s+|probably\s+|likely\s+"
    r"|really\s+|definitely\s+|believed\s+to\s+be\s+)?the\s+(first(?:[- ]ever)?\s+time)\s+"
    r"(?!in\s+(?:\w+\s+)?(?:years|decades|ages|a\s+(?:long\s+time|decade|generation))\b)(?:that\s+)?"
    r"(?:(?!(?:i|he|she|we|you|my|his|her|our|your|they|their|him|me|i've|i'd|i'm|she's|he's|we've|they've)\b)"
    r"[\w'-]+\s+){1,8}?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:ever\s+)?(?:used|shown|tested|done|given"
    r"|found|approved|compared|demonstrated|achieved|performed|implanted|reported|observed|identified|linked"
    r"|developed|successful)\b"
    # a study named the first of its kind by what follows it, wherever it stands: "contained in the first study comparing
    # the side-effects of the four main mood-stabilising drugs", "In the first study to consider the impact of gender …",
    # "The first large, population-based study to follow children with ADHD into adulthood shows", "The first global
    # study into pneumonia deaths …", "In the first controlled clinical trial of nicotinamide riboside", "the first clinical
    # trial investigating …" (not the first of a story's studies: "In the first study, …", "The first trial of the drug
    # failed", "the first study to finish")
    r"|\bthe\s+(first(?:[- ]ever)?\s+(?:(?!(?:" + _NOT_A_KIND + r")\b)[\w-]+,?\s+){0,4}?(?:study|trial|analysis|review"
    r"|investigation|survey|research)\s+(?:in\s+(?:humans|people|patients|adults|children|women|men)\s+)?"
    r"(?:to\s+(?!(?:" + _FIRST_IN_A_SERIES + r")\b)\w+(?:\s+at)?|into|of\s+its\s+kind|comparing|examining|showing|testing"
    r"|looking\s+at|linking|investigating|evaluating|assessing|exploring"
    r"|of\s+(?!(?:the|a|an|these|those|them|its|two|three|four|both|this\s+kind)\b)[\w-]+)\b)"
    # ... or a product or a use named the first of its kind by whoever made, cleared or reported it: "have developed the
    # first widely protective vaccine against chlamydia", "permitted marketing of the first blood test to evaluate mild
    # traumatic brain injury", "reported the first use of whole genome information for diagnosing critically ill
    # infants" (set beside a product's name it is mostly background, so not taken there: "Yervoy, the first checkpoint
    # drug", "Glybera, the first European-approved gene therapy, sparked pricing debates")
    r"|\b(?:developed|develops|develop|created|creates|invented|designed|built|unveiled|introduced|approved|cleared"
    r"|marketing\s+of|reported|reports|described|describes|announced|announces|performed|performs)\s+"
    r"the\s+(first(?:[- ]ever)?\s+(?:(?!(?:" + _NOT_A_KIND + r")\b)[\w-]+\s+){0,3}?"
    r"(?:" + _PRODUCT + r"|(?:use|application|demonstration)\s+of))\b"
    # ... or set beside the study it names: "according to this study--the first to evaluate cognitive impairment in
    # children", "The study, the first in a general population, has found"
    r"|\b(?:study|trial|analysis|review|research|paper|findings)\s*(?:,|--|—|–)\s*(the\s+first\s+(?:to\s+(?!(?:"
    + _FIRST_IN_A_SERIES + r")\b)\w+"
    r"|in\s+(?:a|the)\s+[\w-]+(?:\s+[\w-]+)?(?=\s*(?:,|--|—|–))))"
    # ... or the first evidence or proof of something: "discovered the first solid evidence that genetic variations …",
    # "provided the first direct biological evidence for", "offers first proof adults with haemophilia B benefit"
    r"|\bthe\s+(first(?:[- ]ever)?\s+(?:[\w-]+\s+){0,3}?(?:evidence|proof))\s+"
    r"(?:in\s+(?:man|humans|people|patients)\s+)?(?:that|for|of|linking|to|showing)\b"
    # (offered or provided, it is the news's own, whatever follows)
    r"|\b(?:offers?|offered|provides?|provided|gives?|gave)\s+(?:the\s+)?(first(?:[- ]ever)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:evidence|proof))\b")
_PAST_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:" + _PAST_DATE + r"|(?:\d+|several|many|two|three|four|five|ten)\s+(?:years|decades)"
                         r"\s+ago)\b")
_FIRST_DENIED = re.compile(r"(?:\b(?:not|never|no)\b|n't\b)[^.;]{0,12}$")  # "this isn't the first study to …"
# a first of the past: "Yervoy … had been the first immunotherapy to extend survival", "the Physician's Health
# Study, which was the first to demonstrate that aspirin prevents a first heart attack" (a famous cohort's old finding),
# or a researcher's record: "His lab was the first to identify the proteins", "A study she published in
# Photochemistry Reviews in 2011 was the first to demonstrate"
_EARLIER_FIRST = re.compile(
    r"(?:\bhad\s+been|\b(?:health\s+(?:study|initiative)|framingham|whitehall)\b[^.;]{0,100}?\bwas"
    r"|\b(?:his|her|their)\s+(?:lab|laboratory)\b[^.;]{0,60}?\b(?:was|were)"
    r"|\b(?:study|paper|report|trial)\s+(?:that\s+)?(?:he|she|they|we|i)\s+(?:\w+\s+)?(?:published|led|wrote|conducted|ran)\b"
    r"[^.;]{0,100}?\bwas)\s+(?:the\s+)?$")
# a payer's first, which is news of coverage, not of the treatment: "Medicare … agreed for the first time to pay
# for the GeneSight test", "the administrator of the program's New England region became the first to approve it"
# (after Medicare rejected coverage)
_FIRST_PAYS = re.compile(r"\s*(?:time\s+)?to\s+(pay|cover|reimburse|approve)\b")
_PAYER_BEFORE = re.compile(r"\b(?:medicare|medicaid|insurers?|insurance\s+compan(?:y|ies)|health\s+plans?|payers?)\b[^.;]*$")


def _payer_first(low: str, k: int) -> bool:
    """True if the "first" at `low[k:]` is a payer's first to pay for, cover or approve the treatment."""
    m = _FIRST_PAYS.match(low, k + len("first"))
    return bool(m) and (m.group(1) != "approve" or bool(_PAYER_BEFORE.search(low[max(0, k - 160):k])))


# a first still sought: "Kite Pharma is racing to get the first FDA approval", "Lilly hopes solanezumab
# becomes the first marketed treatment", "vying with a similar drug … to become the first medicine that works",
# "companies that have spent billions of dollars on efforts to come up with the first drug to treat the underlying cause"
_FIRST_SOUGHT = re.compile(
    r"\b(?:hopes?|hoped|hoping|racing|races|raced|vying|vies|vied|aims?|aimed|aiming|bids?|bidding|seeks?|seeking"
    r"|trying|tries|wants?|wanted|compet(?:e|es|ed|ing)|jockeying|scrambling|efforts?|attempts?|quest|race)\b[^.;]{0,80}?"
    r"\b(?:to\s+)?(?:become|becomes|get|win|earn|gain|secure|be|develop|create|find|make|produce|come\s+up\s+with)"
    r"\s+(?:the|its)\s+(?:very\s+)?$"
    # ... or only guessed at: "the drug may help …, perhaps becoming the first medicine to address autism's core symptoms"
    r"|\b(?:perhaps|possibly|potentially|could|may|might|would)\s+(?:\w+\s+)?becom(?:e|ing)\s+the\s+(?:very\s+)?$")


# ... or in words that say nothing else: "The new, first-of-its-kind study, led by …" (which the model scored 0.49),
# "this had never been done before" (the plain senses still drop a person's first or history)
_FIRST_OUTRIGHT = re.compile(
    r"\b(first[- ]of[- ]its[- ]kind|first\s+(?:[\w-]+\s+){1,3}?of\s+its\s+kind|world(?:'|\s)?s[- ]first|world[- ]first"
    r"|(?:had|has|have)\s+never\s+(?:before\s+)?been\s+(?:done"
    r"|tried|attempted|performed)(?:\s+before)?)\b")


def claims_a_first(text: str) -> list[str]:
    """The words that claim a first of its kind, if `text` does so in the form above (else [])."""
    low = " ".join(text.lower().replace("’", "'").split())
    if "first" not in low and "never" not in low:
        return []
    if m := _FIRST_OUTRIGHT.search(low):
        if not (_FIRST_DENIED.search(low[:m.start()]) or _LOOKING_BACK.search(low[:m.start()])
                or _AMONG_THE.search(low[:m.start()])):
            return [_as_written(text, low, m, 1)]
    if "first" not in low:
        return []
    for m in _A_FIRST.finditer(low):
        head = m.start(1) if m.group(1) else m.start()
        if _FIRST_DENIED.search(low[:head]) or _LOOKING_BACK.search(low[:head]) or _FIRST_SOUGHT.search(low[:head]) \
                or _EARLIER_FIRST.search(low[:head]) or _AMONG_THE.search(low[:low.find("first", head)]):
            continue
        k = low.find("first", head)
        # "the first brain region to show degeneration", a payer's first, a first since 2007, a first of the past named
        # after it ("who developed the first AAVs for gene therapy back in the 1980s")
        if _FIRST_IN_TIME.match(low, k) or _payer_first(low, k) or _first_since(low, k) \
                or _PAST_AFTER.match(low, m.end()):
            continue
        return [_as_written(text, low, m, next(k for k in range(1, _A_FIRST.groups + 1) if m.group(k)))]
    return []


# A headline that opens on its first: "First marijuana-derived drug approved, will target severe epilepsy", "First human
# clinical trial for nicotinamide riboside", "First detection of pregnancy protein in older people …" (not a first in
# time or in a series, a first of a person or of an outbreak: "First trimester abortions are just as safe …", "First
# results from …", "First Lady …", "First US case of Ebola …")
_HEADLINE_NOT_A_KIND = (_NOT_A_KIND + r"|trimesters?|line|nations?|lady|ladies|aid|responders?|timers?|degree|look|looks"
                        r"|impressions?|steps?|phase|stage|round|half|quarter|hand|class|base|place|things?|up|off|you|we|i"
                        r"|kiss|date|words?|birthday|babies|baby|pregnancy|period|dose|doses|wave|world|course|glance")
_HEADLINE_FIRST = re.compile(
    r"^\W*((?:the\s+)?(?:world'?s\s+)?first(?:[- ]ever)?(?:\s+|-)(?!(?:" + _HEADLINE_NOT_A_KIND + r")\b)"
    r"(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
# ... or names a product the first of its kind beside its name: "FDA … for TrueTear™, the First Intranasal
# Neurostimulating Device Proven to …" (in a story's body that is mostly background: "Yervoy, the first checkpoint drug")
_HEADLINE_APPOSITION = re.compile(
    r",\s+(the\s+(?:world'?s\s+)?first(?:[- ]ever)?\s+(?:(?!(?:" + _HEADLINE_NOT_A_KIND + r")\b)[\w-]+\s+){0,3}?"
    r"(?:" + _PRODUCT + r")s?)\b", re.IGNORECASE)


# ... or one of an outbreak or a time, at once or a few words on ("First trimester …", "First results …", "First US case of
# Ebola", "First UK deaths from …")
_OCCURRENCE_OR_TIME = re.compile(r"\b(?:cases?|deaths?|outbreaks?|results?|findings|data|signs?|patients?|people|symptoms?"
                                 r"|days?|weeks?|months?|years?|trimesters?)\b", re.IGNORECASE)


_TRAILING_SMALL_WORDS = frozenset("of for in to with on at from by a an the".split())


def headline_claims_a_first(headline: str) -> list[str]:
    """The words of a headline that opens on a claimed first (else [])."""
    headline = " ".join(headline.split())
    m = _HEADLINE_FIRST.match(headline)
    if not m:
        m = _HEADLINE_APPOSITION.search(headline)
        return [m.group(1)] if m else []
    if _OCCURRENCE_OR_TIME.search(m.group(1)):
        return []
    words = m.group(1).split()
    while words[-1].lower() in _TRAILING_SMALL_WORDS:  # "First detection of a" -> "First detection"
        words.pop()
    return [" ".join(words)]


# The news called a breakthrough, a miracle or a game changer (or a cure) outright: a copula or
# "represents", "marks", "hailed as", then at most four intensifiers or adjectives, then the noun; not
# after a negation, a hedge, a hope or a question in the same clause ("doesn't seem to be a
# breakthrough", "has the potential to be a breakthrough", "whether Algenist products are a
# breakthrough"), which the plain senses would drop anyway.
_HYPE_NOUN = (r"breakthrough|miracle(?:\s+(?:cure|drug|pill|treatment))?|game[- ]changer|holy\s+grail|wonder\s+drug"
              r"|magic\s+bullet|cure-all|panacea|quantum\s+leap")


def _called_outright(noun: str) -> re.Pattern:
    return re.compile(
        r"\b(?:is|was|are|were|'s|represents?|represented|marks?|marked|constitutes?|will\s+be|hailed\s+as|called\s+it)\s+"
        r"(?:,?\s*(?:truly|definitely|certainly|really|clearly|indeed|undoubtedly|simply|basically|nothing\s+short\s+of"
        r"|no\s+less\s+than|without\s+(?:a\s+)?doubt|a|an|the|real|major|huge|big|landmark|genuine|significant|important"
        r"|medical|scientific|true|double|remarkable|tremendous|enormous|historic|exciting|incredible|amazing|great"
        r"|definite|absolute|functional|complete|permanent|lasting)\s*,?\s+){0,4}(" + noun + r")\b")


# ... or the noun first: "The game changer for Molson was an experimental transplant" (not "would be");
# or a headline's kicker: "Cancer Breakthrough: Personalized Melanoma Vaccines 'Safe and Effective' …"
_CALLS_IT_HYPE = re.compile(_called_outright(_HYPE_NOUN).pattern + r"|(?:^|[,;:.!?\"“]\s*)(?:the|a)\s+(?:real\s+)?("
                            + _HYPE_NOUN + r")\s+(?:(?:for|in)\s+[\w' -]{1,40}?\s+)?(?:is|was)\b"
                            r"|^[\"“']?(?:[\w'-]+\s+){0,3}?(" + _HYPE_NOUN + r")[\"”']?\s*(?::|!|\s[—–-])\s"
                            # ... or the news named by it: "This scientific breakthrough has great promise", "Now, a
                            # groundbreaking study suggests …", "the landmark study, involving 2,500 men …, showed"
                            r"|\bth(?:is|ese)\s+(?:[\w-]+\s+){0,2}?(" + _HYPE_NOUN + r")s?\b(?!\s+(?:designation|therapy\s+designation))"
                            r"|(?:^[\"“']?|\b(?:a|the|this|new)\s+)(?:new\s+)?(groundbreaking|landmark)\s+(?:[\w-]+\s+){0,2}?"
                            # (an apposition may hold a number's comma: "involving 2,500 men"; what it studied may
                            # follow: "A landmark study of the Swedish population has given …"; or what happened in it:
                            # "describe a landmark study in which people with diabetes went into remission")
                            r"(?:study|trial|research|analysis)\s*(?:,(?:[^,;.]|(?<=\d),(?=\d)){0,80},\s*)?"
                            r"(?:(?:published|presented|released)\s+[^,.;]{0,60}?\s+"
                            r"|(?:of|in|among)\s+(?:(?!(?:19|20)\d\d\b)[^,.;]){1,50}?\s+)?"  # (not a study of the past: "in 1976")
                            r"(?:shows?|suggests?|finds?|found|showed|reveals?|revealed|demonstrates?|demonstrated"
                            r"|(?:has|have)\s+(?:given|shown|found|revealed)|gives|in\s+which)\b")
# "It is a cure.", "this is the cure for baldness" (not "a cure rate", "a cure-all", "cure-free")
_CALLS_IT_A_CURE = _called_outright(r"cure(?![- ](?:rate|all|free))")
# (a denial or a condition as elsewhere here, and hedges, beliefs and hopes)
_HYPE_DOUBTED = re.compile(
    _DENIAL.pattern + "|" + _CONDITION.pattern
    + r"|\b(?:no|nor|neither|none|nothing|hardly|hop\w*|wish\w*|potential|possibl\w+|could|might|may|would|should|can"
    r"|seems?|appears?|believes?|think|thinks|expect\w*|question|doubt\w*|claim\w*|call(?:ed|ing)?\s+it|touted|billed"
    # an aim: "The goal is a cure."
    r"|goals?|aims?|objectives?|targets?|dreams?|missions?|quests?|search|intent\w*|ambitions?|purpose)\b")


# an outside expert's independence, no denial of the claim: "cancer experts not involved with the research say it has
# tremendous promise"
_NOT_INVOLVED = re.compile(r"\bnot\s+(?:directly\s+)?(?:involved|affiliated|connected)\s+(?:in|with)\b")


def _outright(rx: re.Pattern, text: str, hedged: re.Pattern | None = None) -> list[str]:
    """The words of the first match of `rx` in `text` that no doubt, denial or hope in its clause takes back, nor
    `hedged` right before it ("nearly 100% accurate")."""
    low = " ".join(text.lower().replace("’", "'").split())
    for m in rx.finditer(low):
        group = next(k for k in range(1, rx.groups + 1) if m.group(k))
        clause = _NOT_INVOLVED.sub("", _CLAUSE_START.sub("", low[:m.start(group)]))
        if not _HYPE_DOUBTED.search(clause) and not (hedged and hedged.search(low, 0, m.start(group))):
            return [_as_written(text, low, m, group)]
    return []


# ... or a result praised outright: "Even so, the results were dramatic.", "For some of these cancers, the reduction in
# death was remarkable.", "the pattern wasn't subtle at all, it was stunning" (not side effects, a trend or a rate)
_RESULT_PRAISED = re.compile(
    r"\b(?<!side\s)(?<!adverse\s)(?:results?|effects?|responses?|reductions?|improvements?|outcomes?|findings?|benefits?"
    r"|gains?|recovery|pattern|difference)\b[^.;:!?]{0,40}?\b(?:is|was|are|were)\s+(?:(?:truly|really|quite|simply|just"
    r"|absolutely|pretty|very|so|nothing\s+short\s+of)\s+)?(remarkable|amazing|astonishing|astounding|stunning"
    r"|extraordinary|phenomenal|spectacular|incredible|dramatic|staggering)\b"
    r"|\bwas\s*n['’]?o?t\s+subtle\s+at\s+all,\s+it\s+was\s+(stunning|dramatic|remarkable|striking)\b")
# ... or its promise called boundless: "holds tremendous promise in treating …"
_PROMISE_PRAISED = re.compile(r"\b(" + _BOUNDLESS_PROMISE + ")")


# (cheap: most sentences have none of the words and stop here)
_HYPE_NOUN_HINT = re.compile(r"breakthrough|miracle|game[- ]?changer|holy\s+grail|wonder\s+drug|magic\s+bullet|cure-all"
                             r"|panacea|quantum\s+leap|groundbreaking|landmark")
_PRAISE_HINT = re.compile(r"remarkable|amazing|astonishing|astounding|stunning|extraordinary|phenomenal|spectacular"
                          r"|incredible|dramatic|staggering|striking")
_PROMISE_HINT = re.compile(r"promise|potential")


def calls_it_hype(text: str) -> list[str]:
    """The hype noun that `text` predicates of its subject outright, or the hype word it praises a result or a
    promise with, if it does (else [])."""
    low = text.lower()
    return (_HYPE_NOUN_HINT.search(low) and _outright(_CALLS_IT_HYPE, text)
            or _PRAISE_HINT.search(low) and _outright(_RESULT_PRAISED, text)
            or _PROMISE_HINT.search(low) and _outright(_PROMISE_PRAISED, text) or [])


def calls_it_a_cure(text: str) -> list[str]:
    """The word "cure", if `text` calls its subject a cure outright (else [])."""
    return _outright(_CALLS_IT_A_CURE, text) if "cure" in text.lower() else []


# Certainty in a degree that admits no doubt, which the model can miss when the sentence says little else: "It proved
# to be 100 percent accurate at detecting Alzheimer's disease", "Bisphosphonates are absolutely effective" (not hedged,
# denied or doubted: "nearly 100% accurate", "No diagnostic test is 100% accurate", "it isn't entirely reliable",
# "It would be wrong to portray marijuana as completely safe")
_WHOLLY_HINT = re.compile("100|" + _DEGREE_WORDS)  # (cheap: most sentences stop here)
_WHOLLY_EFFECTIVE = re.compile(r"\b(" + _WHOLLY + r")\b")


def states_certainty(text: str) -> list[str]:
    """The words, if `text` calls its subject wholly effective, safe or accurate outright (else [])."""
    return _outright(_WHOLLY_EFFECTIVE, text, hedged=_NEARLY) if _WHOLLY_HINT.search(text.lower()) else []


# A cure said to be within reach, the form hedged cure claims take in real news: "people with Type 2 diabetes who
# lose weight can reverse their condition", "embryonic stem cell research could cure diseases such as cancer",
# "some men who have previously been considered incurable can possibly be cured", "Tonsil Removal Might Cure
# Bedwetting" (the corpus labels "could cure" a cure claim; the model scores these under its threshold when the
# hedge is strong). Not a question, a condition or a denial ("whether it can reverse", "if we can control it, we
# may reverse the diabetes", "supplement makers aren't allowed to claim that their products can cure"), a share
# ("can cure about half of the cases"), a cure known for early disease ("Caught early, lung cancer can be cured
# surgically"), a study's aim ("will examine how successfully people can reverse their diabetes") or history
# ("could cure pernicious anemia led to the Nobel Prize in 1934", "Over the past 20 years, studies showed …").
_CURE_VERB_HEDGED = (r"\b(?:can|could|may|might|will|would)\s+(?:(?:possibly|potentially|eventually|one\s+day|someday|also"
                     r"|even|actually|really|help|help\s+to)\s+){0,2}")
_SUFFERERS = (r"(?:(?:a\s+lot\s+of|many|more|some|most|all|these|those|their|the)\s+)?(?:more\s+)?(?:[\w'’-]+\s+){0,2}?"
              r"(?:people|patients|children|kids|men|women|sufferers)\b")
_AILMENT = (_DISEASE + r"s?\b|(?:(?:his|her|my|their|the|your|our|its|this|that)\s+)?(?:[\w'’-]+\s+)?"
            r"(?:conditions?|disorders?|diseases?)\b|everything\b"
            # ... or the harm a disease does: "can reverse the buildup of deadly plaque in arteries", "reverse paralysis"
            r"|(?:the\s+)?(?:build-?up\s+of\s+(?:[\w-]+\s+){0,2}?plaques?|(?:nerve\s+|brain\s+|heart\s+|liver\s+)?damage"
            r"|scarring|paralysis|blindness|deafness|memory\s+loss|hair\s+loss|cognitive\s+decline|hardening\s+of)\b")
_COULD_CURE = re.compile(
    r"(?:" + _CURE_VERB_HEDGED + r"|\b(?:potentially|possibly)\s+|\bpossible\s+to\s+(?:\w+ly\s+)?)"
    r"(?:(cure|reverse|eradicate|eliminate|curing|reversing|eradicating)\s+(?:" + _SUFFERERS + "|" + _AILMENT + ")"
    r"|be\s+(?:\w+ly\s+)?(cured|reversed|eradicated|eliminated)\b"
    # ... or what the disease took, given back: "could restore walking in paralysed patients", "may restore sight to the blind"
    # (not "can restore mobility after a hip operation": what care gives back is no cure)
    r"|(restore|restoring)\s+(?:(?:their|his|her|the|some|full|normal)\s+)?(?:ability\s+to\s+walk|walking|sight|vision"
    r"|hearing|speech)\b)")
_SUFFERERS_BEFORE = re.compile(r"(?:" + _SUFFERERS + "|" + _AILMENT + r")[^.;]{0,60}$")
_COULD_CURE_DOUBTED = re.compile(
    r"\b(?:whether|if|unless|not|never|\w+n['’]t|cannot|allowed|claims?|claimed|believe|examin\w*|investigat\w*"
    r"|determin\w*|assess\w*|explor\w*)\b[^.;]{0,60}$")
_COULD_CURE_PLAIN = re.compile(
    r"\bearly\b|\bin\s+(?:18|19|20)\d\d\b|(?:\b(?:half|third|quarter|percent|cent)|%)\s+of\s+(?:the\s+|all\s+|those\s+)?"
    r"(?:[\w-]+\s+)?(?:patients|people|cases|children|men|women|participants)\b")
_COULD_CURE_HINT = re.compile(r"cur(?:e|ing)|revers|eradicat|eliminat|restor")  # cheap: most sentences stop here


def says_it_could_cure(text: str) -> list[str]:
    """The words that say a cure or a reversal is within reach, if `text` says so as a claim (else [])."""
    low = " ".join(text.lower().split())
    if not _COULD_CURE_HINT.search(low) or _COULD_CURE_PLAIN.search(low) \
            or _LOOKING_BACK.search(low) or _OVER_THE_YEARS.search(low):
        return []
    for m in _COULD_CURE.finditer(low):
        if _COULD_CURE_DOUBTED.search(low[max(0, m.start() - 80):m.start()]):
            continue
        if m.group(2) and not _SUFFERERS_BEFORE.search(low[max(0, m.start() - 80):m.start()]):
            continue  # a passive needs the sick or the disease as its subject ("the process can be reversed" is not)
        return [_as_written(text, low, m, 0)]
    return []


def _clause_around(low: str, start: int, end: int) -> str:
    before = [b.end() for b in _CLAUSE_BREAK.finditer(low, 0, start)]
    after = _CLAUSE_BREAK.search(low, end)
    return low[before[-1] if before else 0:after.start() if after else len(low)]


def disease_gone(text: str) -> list[str]:
    """The words that say a disease is gone, if `text` says so as a claim (else [])."""
    low = " ".join(text.lower().split())
    if not _GONE_HINT.search(low):
        return []
    for rx in (_GONE, _NO_LONGER, _ENDING):
        for m in rx.finditer(low):
            if _GONE_DOUBTED.search(low[max(0, m.start() - 60):m.start()]) or _GONE_UNDONE.match(low[m.end():]) \
                    or _MEASURED.search(_clause_around(low, m.start(), m.end())):
                continue
            return [_as_written(text, low, m, next(k for k in range(1, rx.groups + 1) if m.group(k)))]
    return []


# The model flags hype, cure and certainty claims with no cue word too ("Glaucoma beaten: the
# vaccine clears all signs of disease"); under this score such a flag needs a construction of the
# label. Out of fold on the corpus, the model alone (0.7) keeps 23 of the 33 hype, 77 of the 85
# cure and 41 of the 53 certainty claims without a cue word that it flags, and the constructions
# (written from the rest) keep them all; in the sixteen FakeHealth samples the two together drop
# 37 of the 82 such flags, nearly all of them talk around the story. At 0.7, six FakeHealth flags
# (0.71-0.84) still rested on the model alone, about one of them rightly ("Teen Feels 'Hopeful' After
# Experimental Stem Cell Procedure" was a cure, "The evidence is strongest for colorectal cancer" a
# certainty): at 0.85 none does.
SURE_WITHOUT_CUE = 0.85


def unfounded(label: str, text: str, cues: dict, score: float = 0.0) -> bool:
    """True if a flag of `label` on `text` rests on no claim: every cue word of the label is used in
    a plain sense, and (novelty) no novelty construction stands beside them either; or (hype, cure,
    certainty) there is no cue word, no construction of the label, and the model's `score` for it
    is under SURE_WITHOUT_CUE."""
    spans = cues.get(label, [])
    if label in _CONSTRUCTIONS and not spans:
        # (a question with no cue word asks rather than claims: "Would he emerge from his coma after the surgery?")
        mechanism = label == "certainty" and _HOW_IT_WORKS.search(text.lower())
        return (score < SURE_WITHOUT_CUE or bool(mechanism) or bool(_QUESTION.search(text.lower()))) \
            and not states_claim(label, text)
    plain = only_plain_senses(label, text, cues)
    if label != "novelty" or (spans and not plain):
        return plain
    low = text.lower()
    for s, e in spans:  # "the first systemic treatment for …, sorafenib being the only other"
        low = low[:s] + " " * (e - s) + low[e:]
    return not states_claim(label, low)


def only_plain_senses(label: str, text: str, cues: dict) -> bool:
    """True if `label` has cue words in `text` and every one of them is used in a plain sense."""
    spans = cues.get(label)
    if not spans:
        return False
    low = text.lower()
    return all(plain_sense(label, low, s, e) for s, e in spans)
