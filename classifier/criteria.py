"""Story criteria after HealthNewsReview.org's ten, plus commercial interest.

Rule-based and explainable: each criterion looks for wording in the story's
sentences and reports the sentences that decided it and a one-line reason.
Statuses: satisfied / not_satisfied / not_applicable.
"""
from __future__ import annotations

import re

from .experts import outside_experts
from .features import cue_matches
from .release import COMPANY_SUFFIX, COMPANY_TRADE, release_marks
from .scan import FamilyScanner


def _rx(pattern: str) -> str:
    """A criterion's wording, matched as whole words in lower-cased sentences."""
    return "(?:" + pattern + r")(?![\w-])"


def _words(pattern: str) -> re.Pattern:
    """A criterion's wording (`_rx`) compiled to find each of its words in a sentence on its own,
    for `_only_other_senses`."""
    return re.compile(r"(?<![\w-])" + pattern)


INTERVENTION = _rx(r"treatments?|therap(?:y|ies)|drugs?|(?<!science and )(?<!sciences and )medicines?|medications?|vaccines?|pills?|tablets?|jabs?|injections?"
                   r"|infusions?|surgery|surgical|procedures?|transplant\w*|implants?|devices?|tests?|screenings?|scans?"
                   r"|supplements?|diets?|stem cells?|gene therap\w+|antibod(?:y|ies)|chemotherapy|immunotherapy|apps?"
                   # treatments a story names without a word for their kind: "Daily Aspirin May Reduce Risk of Cancer
                   # Death", "Amarin fish oil capsule", "FDA Approves Vagus Nerve Stimulator"
                   r"|capsules?|aspirin|statins?|antidepressants?|antibiotics?|stents?|botox|probiotics?"
                   r"|stimulators?|acupuncture|lasers?"
                   # ... and the products a story names by their kind alone: "zinc lozenges", "the internal condom", "an
                   # electroencephalogram (EEG)", vitamins taken ("taking high doses of the vitamins", "a B vitamin
                   # cocktail"; not what a food contains: "rich in fibre, minerals and vitamins")
                   # (not creams, gels or patches, as often whipped, hair or of scrub)
                   r"|lozenges?|condoms?|contracepti\w+|inhalers?|supplementation"
                   r"|eegs?|electroencephalogra\w+|ultrasounds?|defibrillators?|pacemakers?|hearing\s+aids?"
                   r"|(?:tak(?:e|es|ing|en)|took|buy(?:s|ing)?|doses?\s+of|intake\s+of)\s+(?:[\w-]+\s+){0,3}?vitamins?"
                   r"|vitamins?\s+(?:[a-z]\d{0,2}\s+)?(?:cocktails?|supplements?|pills?|tablets?|shots?|injections?)")
_INTERVENTION_WORDS = _words(INTERVENTION)
# "medicine" as the field or in a name, not a drug: "the New England Journal of Medicine", "a professor of medicine at
# Stanford", "JAMA Internal Medicine", "Penn Medicine", "the European Medicines Agency", "the Nobel prize in medicine"
# (herbal, traditional Chinese or alternative medicine stays a treatment, as does "a blood pressure medicine")
INTERVENTION_OTHER_SENSE = re.compile(
    r"\b(?:schools?|journals?|professors?|colleges?|institutes?|library|departments?|academy|academies|universit(?:y|ies)"
    r"|facult(?:y|ies)|cent(?:er|re)s?|division|chair|chief|dean|doctor|master|bachelor|society|section|practice|history"
    r"|field|future|art|branch|specialty|advances?|annals|archives|board)\s+(?:of|for)\s+(?:[\w'’.&-]+\s+){0,3}?"
    r"medicine\b"
    r"|\b(?:internal|preventive|preventative|sports?|family|nuclear|critical\s+care|emergency|regenerative|reproductive|sleep"
    r"|translational|experimental|osteopathic|physical|cardiovascular|respiratory|maternal-fetal|sexual|veterinary"
    r"|tropical|genomic|molecular|clinical|academic|evidence-based|pain|lifestyle|space|environmental|occupational"
    r"|geriatric|pediatric|paediatric|adolescent|addiction|vascular|laboratory|aerospace|hospital)\s+medicine\b"
    r"|\b(?:penn|hopkins|cornell|nature|plos|bmc|chicago|stanford|yale|michigan|northwestern|keck|loyola|baylor|tufts"
    r"|duke|ucla|ucsf|nyu|sinai|jama|lancet|pharmacology|science|wake\s+forest|emory|rush|cedars-sinai"
    r"|dartmouth|brown|harvard|mayo)\s+medicine\b"
    r"|\bmedicines?\s+(?:agency|and\s+healthcare\s+products|evaluation\s+board|company|companies|for\s+malaria\s+venture)\b"
    r"|\b(?:prize|nobel|careers?|advances|progress|women|degrees?|working|trained|training|history|revolution|breakthroughs?)"
    r"\s+in\s+(?:\w+\s+)?medicine\b")

# a number's hedge: "about 40 percent", "compared with just 18 percent", "more than 2,000 pounds"
_ABOUT = r"(?:about|around|roughly|nearly|almost|some|just|only|up to|over|under|(?:less|more|fewer) than)"
# "pounds" are mostly weights ("lost 50 pounds"), "per year" mostly rates ("2.5 strokes per 1,000
# women per year") and "paid for" mostly the study's funding ("the study was paid for by the NCI")
COST = _rx(r"costs?|costing|costly|cost-effective\w*|cost-saving|(?:high|low|lower|higher|no|zero)-cost|price[sd]?|pricing|(?:in)?expensive|cheap\w*|afford\w*|insurance"
           r"|insurers?|reimburs\w+|out[- ]of[- ]pocket"
           # (a price joined to its unit: "the $88-a-month serum", "a $10-per-pill drug")
           r"|[$£€]\s?\d[\d,.]*(?:-[a-z]+)*|\d[\d,.]* (?:dollars|euros)"
           r"|(?:pays?|paid|paying|charge[sd]?|charging|spen[dt]s?|spending|fee of|sells? for|sold for|worth)"
           r" (?:(?:" + _ABOUT + r"|an extra) )?\d[\d,.]* (?:million |billion )?pounds"
           r"|paid for(?! by| (?:the|this|that|a|an|their|his|her|its) (?:[\w-]+ )?(?:study|studies|research|trials?|work|analysis|survey))"
           r"|funded by the nhs|covered by (?:insurance|insurers|medicare|medicaid|the nhs|(?:\w+ )?health plans?|most|many|some|private"
           r"|their|his|her|state|public|government)"
           # the payer as the subject, and what costs nothing: "Medicare covers 72 sessions of ICR", "QuitPal, a free app",
           # "offered free of charge"
           r"|(?:medicare|medicaid|insurers?|insurance|the nhs|health plans?)(?: (?:now|also|already|only|currently|usually"
           r"|typically|generally|does not|doesn['’]t|will|would|won['’]t))? (?:covers?|pays? for|reimburses?)"
           r"|free of charge|at no (?:extra |additional )?cost|(?:a|is|are) free (?:app|test|screening|service|program|programme"
           r"|clinic|vaccination|vaccine|shot)s?")
_COST_WORDS = _words(COST)
# Money that is not the treatment's price: a disease's toll on the economy ("sick days caused by
# migraine are estimated to cost the UK economy more than £2bn per year"), research money ("backed
# by more than $40 million in funding", "an annual research budget of more than $800 million"), a
# company's deals, shares, sales and markets ("agreed to spend an eye-popping $14 billion to buy", "shares were up
# 30.9 percent at $18.84", "the $5.5 billion contraceptive market"), a subscription offer ("Try Newsweek for only
# $1.25 per week"), an organisation's disclosure of its revenues, a company's "competitive products and pricing", and "at
# the cost of serious bleeding"
COST_OTHER_SENSE = re.compile(
    r"\bcost(?:s|ing)?\s+(?:the\s+)?(?:[\w.-]+\s+)?(?:economy|nation|country|society|world|employers|taxpayers)\b[^.;]{0,40}"
    r"|\b(?:global|economic|societal|annual|total)\s+(?:cost|burden)\b[^.;]{0,40}"
    r"|\bat\s+the\s+(?:[\w-]+\s+)?cost\s+of\s+(?![$£€\d])"
    r"|\b(?:funding|grants?|budgets?|revenues?|sales|shares?|stock|valued|raised|invest\w*|acquir\w*|cut\w*|settlement"
    r"|agreement|subscri\w+|try\s+\w+\s+for|markets?)\b[^;$£€]{0,60}?[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?"
    # a share's price, however far from "shares": "Shares of BioTime Inc, a company that owns nearly 70 percent of
    # Asterias, were little changed at $3.07"
    r"|\b(?:shares|stock)\b[^.;$£€]{0,120}?\b(?:at|to|from)\s+[$£€]\s?\d[\d,.]*"
    # (an amount in another currency in brackets: "a 50 million pound ($80 million) research project")
    r"|[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?\)?\s+(?:in\s+)?(?:(?:annual|yearly|global|worldwide|u\.s\.)\s+)?"
    r"(?:funding|grants?|(?:funded\s+)?research|revenue|sales|to\s+buy|(?:to|for)\s+acquire|to\s+fund|per\s+retired"
    r"|(?:[\w.-]+\s+){0,3}?(?:markets?|grants?|(?:research\s+)?funds))\b"
    # an organisation's disclosure and a company's forward-looking statements: "Revenues from pharmaceutical and device
    # corporations and health insurance providers are available at …", "the impact of competitive products and pricing"
    r"|\brevenues?\s+from\b[^.;]{0,80}|\bcompetitive\s+products\s+and\s+pricing\b"
    # a disease's cost, and insurance as who the people are: "the nation's most prevalent and expensive health
    # condition", "146 million people with employer-based health insurance", "subgroups of age, income, and insurance"
    r"|\b(?:costly|expensive)\s+(?:health\s+|medical\s+|chronic\s+)?(?:conditions?|diseases?|disorders?|illness(?:es)?)\b"
    r"|\b(?:people|patients|adults|women|men|children|those|individuals|members|employees|workers)\s+(?:with|without"
    r"|who\s+(?:had|have|lacked|lack))\s+(?:[\w-]+\s+){0,2}insurance\b"
    r"|\binsurance\s+(?:premium\s+assistance|status)\b|,\s*(?:and\s+)?insurance\b(?!\s+(?:cover|pay)\w*)"
    r"|\b(?:access\s+to|lack\s+of|type\s+of)\s+(?:health\s+|medical\s+)?insurance\b"
    # "afforded" as given: "the benefits to cognition afforded by the MedDiet"
    r"|\bafforded\s+(?:by|to)\b"
    # an institution's size ("which together form a $5.3 billion enterprise") and the records a study read
    # ("opioid prescriptions covered by Medicare Part D between 2010 and 2015")
    r"|[$£€]\s?\d[\d,.]*\s*(?:million|billion|bn)\s+(?:[\w-]+\s+)?(?:enterprise|organi[sz]ation|institution|business"
    r"|endowment|health\s+system|industry)\b"
    r"|\bcovered\s+by\s+(?:medicare|medicaid)(?:\s+part\s+\w)?\s+(?:between|from|in|during)\s+\d{4}\b"
    # an idiom, an agency's name and data bought: "that's just the price you pay for cardiovascular health", "the
    # Healthcare Cost and Utilization Project", "the data sets are proprietary and expensive"
    r"|\bprice\s+(?:you|we|they|one|people|patients)\s+(?:have\s+to\s+)?pay\b|\bcost\s+and\s+utilization\s+project\b"
    r"|\b(?:data(?:\s+sets?)?|datasets?|databases?|records)\s+(?:(?:is|are|was|were)\s+)?(?:[\w-]+\s+(?:and\s+)?)?"
    r"(?:expensive|costly)\b")
# an effect in the outcome's own units (a number and a unit), for ABSOLUTE
_AMOUNT = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SCALE = (r"(?:pounds?|lbs?|kilo(?:gram)?s?|kg|points?|mm ?hg|millimet(?:er|re)s? of mercury|inches|centimet(?:er|re)s?|cm"
          r"|mg/dl|mmol/l|beats? (?:a|per) minute|steps|met(?:er|re)s|feet|yards|miles)")
_TIME = r"(?:months?|weeks?|days?|years?|hours?|minutes?|nights?)"


def _words_then_amount(most: int) -> str:
    """Up to `most` words between a change and its amount, none of them a time's preposition
    ("improved heart function for at least three months", "shed a handful of pounds over three months"); "one day"
    is "some day" ("Sharma added that the finding could one day complement existing drugs")."""
    return (r"(?: (?!(?:for|over|after|within|in|during|at|since)\b)[\w'-]+){0," + str(most) + r"}? (?:by )?"
            r"(?:(?:an )?average of |a (?:median|mean) of |" + _ABOUT + r" )?(?!one day\b)" + _AMOUNT + r" ")


_MEASURE = r"(?:(?:more|fewer|extra|additional) )?(?:[\w-]+ )?" + _SCALE
ABSOLUTE = _rx(r"\d[\d,]* (?:out )?of (?:the )?\d[\d,]*|\d[\d,]* (?:in|per) (?:every )?(?!(?:19|20)\d\d\b)\d[\d,]*"
               r"|from (?:an average of |a mean of |a median of )?\d[\d.]*\s?(?:%|per ?cent) to \d[\d.]*\s?(?:%|per ?cent)"
               # each group's count with its share in brackets: "There were 812 deaths (32.2 percent) among heart failure
               # patients not treated with Plavix and 709 deaths (28.1 percent) among [those] treated with Plavix"
               r"|\d[\d,]* (?:[\w-]+ ){0,3}?\(\d[\d.]*\s?(?:%|per ?cent)\) (?:among|in|of|for) [^.;()]{0,120}?\band \d[\d,]*"
               r" (?:[\w-]+ ){0,3}?\(\d[\d.]*\s?(?:%|per ?cent)\)"
               r"|percentage points?|absolute (?:risk|benefits?|differences?|reductions?)|number needed to treat"
               # ... with a word between, when a number follows: "reduced the absolute mortality risk from 6.8 deaths a year
               # per 1,000 people to, at best, 5.8"
               r"|absolute [\w-]+ (?:risks?|benefits?|differences?|reductions?)(?=[^.;]*?\d)"
               r"|\d[\d,]* (?:patients|people|participants)(?: [\w'-]+){0,6}? (?:improved|recovered|responded|benefit\w*|survived|relapsed|went into remission)"
               r"|(?:compared (?:with|to)|versus|vs\.?) (?:" + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent)"
               # two rates side by side: "13% of those on the drug, compared with those on placebo, of whom 20% …",
               # "38.2% of those in mindfulness meditation reported a reduction in severity of IBS symptoms, compared with
               # only 11.8%"
               # (a share, not a change: "a 37 percent reduction in IL-6 … as compared to those in the placebo group, who saw
               # a 17.2 percent reduction" is relative)
               r"|\d[\d.]*\s?(?:%|per ?cent)(?! (?:relative |overall |average |mean )?(?:reduction|improvement|increase|decrease|drop"
               r"|decline|rise|lower|higher|greater|less|more|fewer)\b)(?: of\b[^.;]{0,40})?[^.;]{0,90}?\b(?:compared (?:to|with)"
               r"|versus|vs\.?|against)\b[^.;]{0,40}?"
               # (the second rate may drop its "percent": "83.9 percent in those who did not have the surgery compared with 82.2 in
               # those who did")
               r"\d[\d.]*(?:\s?(?:%|per ?cent)|(?= (?:in|among|for|of) (?:the|those|patients|people|women|men)\b))"
               # ... each in brackets after its group ("fewer women on the drug had spine fractures (0.58 percent) than women
               # receiving a placebo (4.22 percent)"), or the second after a comma ("was 48 percent, far higher than the 24
               # percent achieved in population-wide screening")
               # (groups by their treatment, not by who they are: "Caucasian men more commonly reported circumcision (69%) than
               # African American men (43%)")
               r"|\d[\d.]*\s?(?:%|per ?cent)\)[^.;]{0,80}?\bthan\b[^.;(]{0,80}?\b(?:taking|receiving|given|on|got|received|took"
               r"|treated|placebo|control)\b[^.;(]{0,40}\(\d[\d.]*\s?(?:%|per ?cent)\)"
               r"|\d[\d.]*\s?(?:%|per ?cent), (?:(?:far|much|significantly|considerably|well|slightly) )?(?:higher|lower|better"
               r"|worse|more|less) than (?:the )?(?:" + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent)"
               # the treatment's success as a rate ("resulted in a 100 percent cure rate", "the clearance rate was 68% for patients
               # treated with fluorouracil", "the response rate was up to 50 percent"; survival rates are mostly a disease's
               # outlook, and a survey's response rate is no result)
               r"|(?:response|remission|cure|success|efficacy|clearance|healing|pregnancy) rates? (?:of |was |were |is "
               r"|reached |nearing |approaching |topping )?(?:" + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent)"
               r"|\d[\d.]*\s?(?:%|per ?cent) (?:overall |complete |objective |partial )?(?:response|remission|cure|success|efficacy"
               r"|clearance|healing|pregnancy) rates?"
               # a group's rate of the outcome, with its size: "The rate for 413 volunteers given placebo treatment was 7.7
               # percent", "The 504 patients treated with the gel … developed an S. aureus infection 3.4 percent of the time"
               r"|(?:rates?|risk|incidence) (?:for|among|in) (?:the )?\d[\d,]* (?:[\w-]+ ){0,6}?(?:was|were|is) (?:"
               + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent)"
               r"|(?:developed|had|got|suffered|experienced|needed) (?:[\w.-]+ ){0,6}?\d[\d.]*\s?(?:%|per ?cent) of the time"
               # a test's sensitivity or specificity ("a sensitivity of 82% and a specificity of 91%", "92 percent sensitivity";
               # its "accuracy" alone says neither how many cases it misses nor how many false alarms it raises)
               r"|(?:sensitivity|specificity)\b[^.;%]{0,40}?\d[\d.]*\s?(?:%|per ?cent)"
               r"|\d[\d.]*\s?(?:%|per ?cent) (?:sensitivity|specificity)"
               # how many people had the outcome in each group: "20 people in the medication group had a heart attack or stroke or
               # died, compared with 32 in the health education group", "36 HIV infections in the group taking the drug, compared
               # to 64 in the control group" (not how many got a treatment: "543 weekend patients got the drug versus 229")
               r"|(?<![$£€.])\d[\d,]* (?:[\w'-]+ ){0,8}?(?:died|deaths?|had|developed|suffered|infections?|strokes|heart attacks"
               r"|fractures|relapsed|relapses|survived|recovered|responded|improved|(?:were|was) (?:still )?alive)\b[^.;]{0,80}?"
               r"\b(?:compared (?:to|with)"
               r"|versus|vs\.?)\s+(?:" + _ABOUT + r" )?\d[\d,]*(?![\d,]*\s?(?:%|per ?cent|mg|milligrams?|years? old))\b"
               # ... or how much of the outcome, in its own units: "the tumours did not grow again for 21 months, on average,
               # compared to 5.5 months for those on placebo", "17.0 points …, versus 12.8 in the placebo group", "lower pain
               # scores …: 5.4 versus 6.1 on a scale from 0 to 10"
               # (in minutes or seconds too, the first in words: "lasted an average of just over three minutes after three
               # months of treatment, compared with just over 30 seconds before")
               r"|" + _AMOUNT + r" (?:months?|weeks?|days?|hours?|minutes?|seconds?|points?)\b[^.;]{0,80}?\b(?:compared (?:to|with)"
               r"|versus|vs\.?)\s+(?:" + _ABOUT + r" )*\d[\d.]*(?: (?:months?|weeks?|days?|hours?|minutes?|seconds?|points?)\b"
               r"| (?:in|for|among|with|on) (?:the|those)\b)"
               r"|\d[\d.]* (?:versus|vs\.?|compared (?:to|with)) \d[\d.]* on (?:a|the) (?:[\w-]+ ){0,2}?scale"
               # ... or a rate that is no percentage: "a lower overall yearly relapse rate of 0.21 compared to 0.26 for the delayed
               # group"
               r"|rates? (?:of|was|were) (?:" + _ABOUT + r" )?\d[\d.]*\b[^.;]{0,60}?\b(?:compared (?:to|with)|versus|vs\.?)\s+\d[\d.]*"
               # ... or in words, side by side: "About six out of every 1,000 people vaccinated got shingles each year, compared to
               # 13 of every 1,000 unvaccinated patients" (alone, such words are mostly a disease's reach: "nine out of 10 strokes are
               # caused by a blood clot")
               r"|" + _AMOUNT + r" out of (?:every )?\d[\d,]*\b[^.;]{0,80}?\b(?:compared (?:to|with)|versus|vs\.?)\s+(?:"
               + _ABOUT + r" )?" + _AMOUNT + r" (?:out of|of|in) (?:every )?\d[\d,]*"
               # a share of the patients who were helped, or of the cases a test found: "83 percent of patients went into
               # remission", "46 percent of the women had a 30-percent or greater reduction in their pain", "the test had
               # detected 64 percent of adenomas", "Lung cancer was detected in 59% of patients"
               # (and "reported improvements in their disease", "experienced less sleep apnea", "have gotten headache relief",
               # "saw positive results", "continued to show clinically significant decreases", "maintained their vision")
               r"|\d[\d.]*\s?(?:%|per ?cent) of (?:the |all |those |these )?(?:[\w-]+ ){0,3}?(?:patients|people|participants|women|men"
               r"|children|subjects|volunteers|those|adults|respondents)\b[^.;]{0,80}?\b(?:responded|improved|recovered"
               r"|went into remission|had (?:a |an )?(?:[\w-]+ ){0,3}?(?:reductions?|relief|improvements?|responses?|drops?|declines?|falls?|decreases?)"
               r"|show(?:ed)? (?:a |an )?(?:[\w-]+ ){0,2}?(?:benefits?|improvements?|decreases|reductions?)"
               r"|report(?:s|ed)? (?:[\w“\"-]+ ){0,2}?(?:relief|improvements?|benefits?)|reported (?:their|that their) [\w-]+ (?:dropped|fell"
               r"|eased|improved|decreased)|(?:experienc(?:ed|ing)|reported) (?:(?:[\w-]+ ){0,3}?(?:improvements?|relief|reductions?|benefits?)"
               r"|(?:less|fewer) [\w-]+|no (?:pain|symptoms?|seizures|migraines?|headaches?|relapses?|recurrence))"
               r"|(?:got|gotten|gained|obtained|found) (?:[\w-]+ ){0,2}?relief"
               r"|saw (?:a |an )?(?:positive|good|significant|meaningful)? ?(?:results|benefits?|improvements?|reductions?)"
               r"|maintained (?:their|his|her) (?:vision|sight|hearing|weight loss|mobility|response)"
               r"|had no (?:detectable |detected )?(?:virus|cancer|tumou?rs?|symptoms|seizures|signs)"
               r"|achieved (?:a )?(?:full |complete |partial )?(?:resolution|remission|responses?)"
               r"|successfully|(?:were|was) (?:still )?(?:free|alive)|no longer"
               # (or said it helped: "94 percent of the participants said the treatment was beneficial")
               r"|said (?:that )?(?:the |it |they )?(?:[\w-]+ ){0,2}?(?:was|were|had been) (?:beneficial|helpful|effective))"
               # ... or the treatment's effect on a share of them: "reduced tumor burden in 24.4 percent of patients",
               # "reduces pain for 80% of patients"
               r"|(?:reduc\w+|improv\w+|reliev\w+|eas(?:e|es|ed|ing)|cleared|cured|helped|benefit\w*|shrank|shrunk|stopped"
               r"|prevented|halted|successfully treated) (?:[\w-]+ ){0,6}?(?:in|for) (?:" + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent) of (?:the |all |those )?"
               r"(?:[\w-]+ ){0,2}?(?:patients|people|participants|women|men|children|subjects|volunteers|those|adults)\b"
               r"|(?:detect\w*|identif\w*|caught|spott\w*) (?:[\w-]+ ){0,4}?\d[\d.]*\s?(?:%|per ?cent) of"
               r"|(?:detected|identified|found|caught) in (?:" + _ABOUT + r" )?\d[\d.]*\s?(?:%|per ?cent) of"
               # a change in the outcome's own units: "lost an average of 7.5 pounds", "blood pressure fell by 10
               # points", "lived 11.1 months", "2.5 fewer migraine days a month", "lived four months longer", "fell
               # from 12 a month to 6"; time only as survival or sleep gained (not "followed for 12 months",
               # "three extra minutes" of cord clamping, "five years earlier")
               r"|(?:lost|loses?|losing|shed|gained|fell|dropped|declined|decreased|rose|improved|reduced|lowered|cut"
               r"|increased)" + _words_then_amount(5) + _MEASURE
               # ... and weight lost as a share of one's own: "lost an average of 7 percent of their weight", "lose 10% to
               # 15% of their initial body weight"
               + r"|(?:lost|loses?|losing|shed|gained)(?: [\w'-]+){0,4}? (?:" + _AMOUNT + r" ?(?:%|per ?cent) to )?"
               + _AMOUNT + r" ?(?:%|per ?cent) of (?:their|his|her|the) (?:(?:starting|initial|total|original|baseline"
               r"|excess) )?(?:body )?weight"
               + r"|(?:lived|survived|extended|prolonged|slept|added)" + _words_then_amount(4)
               + r"(?:(?:more|extra|additional) )?" + _TIME
               + r"|" + _AMOUNT + r" (?:more|fewer|less|extra|additional) (?:[\w-]+ )?" + _SCALE
               + r"|" + _AMOUNT + r" (?:fewer|less) (?:[\w-]+ )?" + _TIME
               + r"|" + _AMOUNT + r" " + _TIME + r" (?:longer|more|sooner|faster)"
               # "walked an average of 21 meters farther after 48 weeks"
               + r"|" + _AMOUNT + r" (?:[\w-]+ )?" + _SCALE + r" (?:farther|further)"
               # a change named as a noun with its amount: "an average diastolic blood pressure reduction of 6 mmHg", "a
               # weight loss of 12 pounds"
               + r"|(?:reduction|drop|decrease|decline|fall|increase|rise|improvement|gain|loss) (?:in [\w-]+ (?:[\w-]+ )?)?of (?:"
               + _ABOUT + r" )?" + _AMOUNT + r" ?" + _MEASURE
               # how many were free of the disease: "Of the 80 patients treated, 81 percent were pain free one year after"
               + r"|\d[\d.]*\s?(?:%|per ?cent) (?:were|was|remained|became|stayed) (?:still |completely )?(?:pain|symptom|seizure"
               r"|cancer|disease|tumou?r|migraine|relapse|recurrence|infection|drug|smoke)[- ]free"
               # a difference in events per so many people: "46 fewer deaths per 1000 people over 5 years"
               + r"|\d[\d,.]* (?:more|fewer|extra|additional) (?:[\w-]+ ){1,3}?(?:per|in|out of|for every) (?:every )?\d[\d,]*"
               + r"|(?:median|mean|average|overall) survival (?:time )?(?:of|was|is|to|reached) (?:" + _ABOUT + r" )?"
               + _AMOUNT + r" " + _TIME
               + r"|(?:fell|dropped|declined|decreased|rose|improved|went|increased|reduced|lowered|cut)(?: [\w'-]+){0,4}? from "
               r"(?:an average of |a mean of |a median of )?\d[\d.,]*(?: [\w/-]+){0,4}? to \d"
               # ... the new value first: "boosted median progression-free survival (PFS) to 11 months, up from 5.7 months"
               + r"|to " + _AMOUNT + r" (?:[\w-]+ )?(?:" + _TIME + r"|" + _SCALE + r"),? (?:up|down) from " + _AMOUNT)
_COMPARED = re.compile(r"\b(?:compared|versus|vs\.?|against|than|placebo|control group)\b")
# How often a harm came is the harms criterion's, side by side or not: "The only side effect that happened more often
# … was chest pain: 1.1% vs. 0.2%", "adverse effects such as headache and infection occurred in 11.9% (5 of 42)",
# "aspirin increased the rate of bleeding from 0.7 to 1 per 1,000 people" (unless a benefit is counted beside it: "the
# increased risk of bleeding is about 1 in 1,000 per year, while the decreased risk of cancer is 2, 3 or 4 per 1,000",
# "85 percent … had relief …, with no reported adverse events")
_HARM_RATE = re.compile(r"\b(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|complications?|bleeding)\b")
_BENEFIT_BESIDE = re.compile(r"\b(?:relief|improv\w*|reduc\w*|decreas\w*|lower\w*|fewer|benefit\w*|surviv\w*|remission"
                             r"|cur(?:e|es|ed))\b")
_ABSOLUTE_WORDS = _words(ABSOLUTE)
# Relative changes that are no benefit of a treatment. Who gets the disease more often: "Women are around three times more
# likely than men to develop it", "… more likely to experience an osteoporosis-related bone fracture in their lifetimes
# than men" (one sex against the other: "women … were 33 percent less likely than women in the lowest fifth" is a result).
# A market's growth: "Sales of fermented foods have doubled in two years", "the market is expected to more than double".
_NO_BENEFITS_CHANGE = re.compile(
    r"\b(?:women|girls|females)\b[^.;]{0,40}?\blikely\b[^.;]{0,80}?\bthan (?:are )?(?:men|boys|males)\b"
    r"|\b(?:men|boys|males)\b[^.;]{0,40}?\blikely\b[^.;]{0,80}?\bthan (?:are )?(?:women|girls|females)\b"
    r"|\b(?:sales|markets?|revenues?|profits?|prices?|spending|downloads|subscribers|prescriptions)\b[^.;]{0,40}?"
    r"\b(?:doubl|tripl)\w*")
# a result hoped for is none yet: "The company is looking to show recovery of mobility in four out of every 10 patients
# treated, compared with two out of 10 without any treatment"
# ... nor one supposed: "if the success rate is around 40 percent at detecting cancer", "The possibility of a 50 per cent
# cure rate would be a significant improvement"
_HOPED_FOR = re.compile(r"\b(?:looking|hop(?:es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|want(?:s|ed)?|expect(?:s|ed)?)\s+to\s+"
                        r"(?:show|see|achieve|demonstrate|prove)\b|\bwould like to see\b"
                        r"|\bif (?:the|a|an|its|their) (?:[\w-]+ ){0,2}?rates? (?:is|was|were|are)\b|\b(?:possibility|prospect) of (?:a|an) \d")
# How many people have the disease, not how many the treatment helps: "Alzheimer's affects 1 in 9
# people over the age of 65", "1 in 11 people in the United States suffer from kidney stones",
# "increase the percent of U.S. adults living with high blood pressure from 32 percent to 46 percent"
# (a comparison makes such wording a result: "0.95 percent of those who received the drug had suffered
# a heart attack …, compared with 2.18 percent")
# ... nor one person's story: "She has continued tai chi, lost 50 pounds", "I need to lose 20 more pounds"
ABSOLUTE_OTHER_SENSE = re.compile(
    r"\b(?:affect\w*|afflict\w*|suffer\w*|diagnosed|liv\w+ with|strikes?)\b(?:[^.;]|\.(?=\d)){0,60}?" + ABSOLUTE
    + r"|" + ABSOLUTE + r"(?: [\w'-]+){0,6}? (?:suffer\w*|(?:are|is|were|was) (?:affected|diagnosed)|liv\w+ with)\b"
    # ... "1 in 141 Americans has celiac disease", "1 in 110 children in the United States have an autism
    # spectrum disorder" (not a treated group's result: "5 out of 6 have been pleased", "1 in 4 on the drug
    # have no symptoms")
    + r"|" + ABSOLUTE + r"(?: (?!(?:who|on|taking|treated|given|receiving|after|with)\b)[\w'-]+){0,6}? (?:has|have)"
    r" (?!(?:been|had|no|not|fewer|less|more|lower|higher|better|become|got|gotten|seen|shown|lost|gained|\w+ed)\b)"
    + r"|\b(?:she|he|i|you|we)\b(?: [\w'-]+,?){0,4}? (?=(?:lost|lose|losing|dropped|shed|gained)\b)" + ABSOLUTE
    # ... nor a wish ("dieters looking to lose those last five pounds"), the treatment handed out or the
    # patients' history ("medication was given to 20 of the 35 people", "previous surgery was performed on 31
    # of 38 knees"), nor a gallery's counter ("Image 1 of 5")
    + r"|\b(?:looking|trying|want\w*|hop\w+|need\w*|struggl\w+) to (?=(?:lose|shed|drop)\b)" + ABSOLUTE
    + r"|\b(?:given|performed|offered|prescribed|administered|done)\s+(?:to|on|in)\s+" + ABSOLUTE
    # ... nor the arms people were assigned to ("randomly assigned to 1 of 4 advice strategies"), nor a disease's toll
    # ("about 610,000 Americans die of heart disease each year, accounting for 1 in 4 deaths")
    + r"|\b(?:assigned|allocated|randomi[sz]ed)\s+to\s+" + ABSOLUTE
    + r"|\bdie[sd]?\s+(?:of|from)\b[^.;]{0,60}?" + ABSOLUTE
    + r"|\b(?:image|photo|picture|slide|page|part|figure|video|gallery)\s+\d+\s+of\s+/?\s*\d+"
    # ... nor how many of a survey's people answered ("731 respondents with a 96 percent response rate")
    + r"|\b(?:respondents|surveys?|questionnaires?|polls?)\b[^.;]{0,60}?\d[\d.]*\s?(?:%|per ?cent) response rates?")
RELATIVE = _rx(r"\d[\d.]*\s?(?:%|per ?cent) (?:lower|higher|less|more|reduction|increase|drop|fewer|greater)|halv\w+"
               # doubling as a change, not a noun's "double": "doubled the risk", "double their chances", "nearly
               # double that among older women", "survival rates more than double" (not "a double hit", "a double
               # mastectomy", "double-blind", nor a count's growth: "set to more than double to 652,000 by 2035")
               r"|(?:doubl|tripl)(?:ed|es|ing)|(?:double|triple) (?:the|their|its|his|her|your|our|that)"
               r"|(?:more than|nearly|almost) (?:double|triple)(?! (?:to|by|in|within|over)\b)"
               r"|\d+(?:\.\d+)?[- ]fold|times (?:more|less|as likely)|cut[s]? the risk by"
               # a share of itself in words: "were a third less likely to have MS", "one-third less likely", "half as likely"
               r"|(?:(?:a|one)[- ](?:third|quarter|fifth)|half|two[- ]thirds|three[- ]quarters) (?:less|more) likely"
               r"|half as likely"
               # a change by a share of itself: "cut migraine days by 40 percent"
               r"|(?:cut|cuts|reduc\w+|lower\w*|decreas\w+|increas\w+|rais\w+|boost\w*|improv\w+|slow(?:s|ed|ing)?)"
               r"(?: [\w'-]+){0,5}? by (?:"
               + _ABOUT + r" |as much as )?\d[\d.]*\s?(?:%|per ?cent)")
HARM_NAMED = (r"side[- ]effects?|adverse (?:events?|effects?|reactions?)|complications?|toxicit\w+"
              r"|risks? (?:include|included|are|were)|risks,? including"
              # a test's harms: "These 'false positives' cause a good deal of anxiety", overdiagnosis
              r"|false[- ]positives?|overdiagnos\w+|over-diagnos\w+|overtreat\w+|over-treat\w+"
              r"|carr(?:y|ies|ied|ying) (?:[\w%-]+ ){0,3}?risks?|safety (?:concerns?|problems?|issues?)|harms?"
              r"|dangers?"
              # a treatment's risks named as such: "the risks of the medication outweighed its benefits", "There are risks
              # that come with a weekend warrior exercise schedule"
              r"|risks (?:of|from|with) (?:the|this|these|such|taking|using|having) (?:[\w-]+ ){0,2}?(?:medications?|drugs?"
              r"|treatments?|therap(?:y|ies)|hormones?|surgery|procedures?|pills?|vaccines?|supplements?|implants?|devices?)"
              r"|risks (?:that )?(?:come|comes|came|coming) with"
              # germs made resistant by the treatment: "could drive the bacteria … to develop resistance to the drug"
              r"|(?:bacteri(?:um|a)|germs?|microbes?|bugs?|virus(?:es)?|pathogens?|parasites?)\b[^.;]{0,60}?\bresistance to"
              r" (?:the|this|these|that|such) (?:drugs?|antibiotics?|treatments?|medications?|medicines?|therap(?:y|ies))")
# Deaths, infections and symptoms are as often the disease's as the treatment's: they count as a
# harm only where someone suffers them in a story about a treatment ("3 patients on the drug
# developed infections", "aspirin raises the risk of bleeding"), not in "ear infections are the
# main reason children get antibiotics" or "the rash that had covered her body was almost gone".
# Not "the leading causes of death" or "a 30% lower risk of death" either: the risk of dying is
# mostly the outcome a study counts.
HARM_SYMPTOM = r"deaths?|died|fatal\w*|infections?|bleeding|nausea|fatigue|hair loss|dizziness|headaches?|rash(?:es)?|dangerous"
HARM_SPECIFIC = _rx(HARM_NAMED + "|" + HARM_SYMPTOM)
_HARM_NAMED_WORDS = _words(_rx(HARM_NAMED))
SUFFERED = re.compile(r"\b(?:experienc\w*|report(?:s|ed|ing)?(?! to)|develop\w*|suffer\w*|caus(?:ed(?! by)|ing)|causes?(?! of)|led to"
                      r"|lead\w* to|result\w* in|potential for|had|got|gets?)\b[^.;]{0,50}?\b(?!fatal (?:disease|illness|condition|cancer))(?:"
                      + HARM_SYMPTOM + r")(?![\w-])"
                      r"|\brisks? (?:of|for) [^.;]{0,60}?\b(?:bleeding|infections?|nausea|headaches?|dizziness|rash(?:es)?|hair loss"
                      r"|fatigue)\b")
# Deaths, infections and complications as the outcome the treatment prevents, not as its harm: "a 13 percent
# reduction in total mortality, primarily in deaths due to heart disease", "could help delay death";
# and as the disease's toll: "cause about 1,700 deaths a year", "causes the majority of skin cancer
# deaths", "176,000 got a diagnosis of prostate cancer and 28,000 died of it", "13.0 percent of
# patients on Victoza died from cardiovascular causes"
HARM_AS_OUTCOME = re.compile(
    r"\b(?:(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d[\d.]*\s+(?:thousand|million|billion))\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:majority|share|percent|most|half|third|quarter|fifth|tenth)\s+of\s+(?:[\w-]+\s+){0,4}?)deaths\b"
    r"|%\s+of\s+(?:[\w-]+\s+){0,4}?deaths\b"
    r"|\bdeaths?\s+(?:(?:a|per|each|every)\s+(?:year|day|week|month)|annually|worldwide|in\s+(?:\d{4}|the\s+u\.?s\.?))\b"
    r"|\b(?:reduc\w*|lower\w*|fewer|prevent\w*|delay\w*|cut\w*|drop\w*|declin\w*|decreas\w*|less|avert\w*|avoid\w*|sav\w+)\b"
    r"[^.;]{0,40}?\b(?:deaths?|died|fatal\w*|infections?|mortality)\b"
    # complications the treatment of a disease prevents: "treating type 2 diabetes prevents life-threatening complications
    # such as heart attacks" (but "fewer complications" than another procedure compares harms)
    r"|\b(?:prevent\w*|avert\w*)\b[^.;]{0,40}?\bcomplications\b"
    # a disease's or a pregnancy's own complications, and the people who suffer what is treated: "one of the most
    # serious complications of pregnancy", "the chances of diabetes complications", "children suffering from
    # upper-respiratory infections" (not "pregnancy complications", which a treatment before pregnancy may raise)
    r"|\bcomplications?\s+(?:of|from)\s+(?:(?:the|a|their|her|his)\s+)?(?:pregnancy|childbirth|birth|labou?r|diabetes|obesity"
    r"|disease|condition|illness|infection|flu|influenza|[\w-]+\s+(?:disease|syndrome|disorder))\b"
    r"|\b(?:diabetes|diabetic|disease|birth(?![- ]control))[- ](?:related\s+|[\w-]+\s+)?complications?\b"
    r"|\b(?:reduc\w*|lower\w*)\s+(?:in\s+)?(?:the\s+)?risks?\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?complications\b"
    # side effects the treatment eases, and welcome ones: "prescribed to help Landon cope with the side effects of
    # cancer treatment", "approved … treatment for a side effect caused by a commonly prescribed Parkinson's drug",
    # "a surprising (but welcome) side effect of a therapy for obsessive-compulsive disorder"
    r"|\b(?:treat\w*(?:\s+for)?|eas(?:e|es|ed|ing)|reliev\w+|lessen\w*|manag\w+|cope\s+with|deal(?:s|t|ing)?\s+with"
    r"|counter\w*|combat\w*|alleviat\w+)\s+(?:the\s+|a\s+|its\s+|their\s+|her\s+|his\s+)?(?:[\w-]+\s+)?side[- ]effects?\b"
    # ... and those of the treatments it would replace: "The side effects of current prostate cancer treatments can be
    # extremely traumatic", "The side effects of traditional treatment were not worth it to me"
    r"|\bside[- ]effects?\s+(?:of|from)\s+(?:the\s+)?(?:current|traditional|existing|standard|conventional|older|other)\b"
    r"|\b(?:welcome|beneficial|positive|happy|pleasant|desirable)\)?\s+side[- ]effects?\b"
    # the disease's symptoms listed as such: "Patients with an mTBI typically experience symptoms that include
    # headache, dizziness, fatigue" (not a treatment's "flu-like symptoms such as fever")
    r"|(?<!flu-like\s)(?<!withdrawal\s)(?<!allergic\s)(?<!allergy\s)\bsymptoms?\s+(?:that\s+|which\s+)?(?:include|included"
    r"|including|such\s+as|like)\b[^.;]{0,100}"
    r"|\b(?:people|patients|children|kids|adults|women|men|those|anyone|individuals|sufferers)\s+(?:who\s+(?:are\s+)?)?"
    r"suffer(?:ing|s)?\s+from\s+(?:[\w-]+\s+){0,3}?(?:infections?|headaches?|fatigue|nausea|dizziness|rash(?:es)?|bleeding)\b"
    r"|\b(?:deaths?|infections?|mortality)\b[^.;]{0,20}?\b(?:(?:was|were|is|are) (?:\d[\d.]*\s?(?:%|per ?cent) )?(?:lower|reduced)|fell|dropped|declined|down)\b"
    # what a germ does, not what a treatment does: "MRSA causes serious hospital and community-acquired infections",
    # "an adenovirus, a common virus known to cause respiratory infections in people"
    r"|\b(?:bacteri(?:um|a|al)|virus(?:es)?|germs?|microbes?|fung(?:us|i)|parasites?|pathogens?|superbugs?|mrsa"
    r"|staph\w*|strep\w*|e\.\s?coli|c\.\s?diff\w*|salmonella)\b[^.;]{0,40}?\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)?\s+to"
    r"|result(?:s|ed|ing)?\s+in)\b[^.;]{0,60}?\binfections?\b"
    r"|\b(?:(?:deaths?|infections?)\s+(?:due\s+to|from|caused\s+by)|died\s+(?:of|from))\s+"
    r"(?!(?:the\s+)?(?:treatment|drug|therapy|surgery|procedure"
    r"|vaccine|pill|injection|implant|device|infusion|transplant)\b)")
_HARM_WORDS = _words(HARM_SPECIFIC)
# A harm described by how often or how serious it is: a number anywhere in the sentence, or beside the
# harm a count in words ("three treatment-related deaths"), a frequency ("very rare", "the most common
# side effects", "twice as common") or a severity ("serious infections", "temporary flu-like symptoms")
_HOW_OFTEN_OR_HOW_SERIOUS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|half|third|quarter|twice|few|fewer"
    r"|rare|rarely|common|commonly|uncommon|frequent\w*|occasional\w*|serious|severe|mild|moderate"
    r"|life[- ]threatening|fatal|temporary|transient)\b")


# ... or how much more often than in the other arm: "suffered significantly more deaths from infections than those on
# placebo" (not "more research on side effects is needed", which compares nothing, nor "more harm than good")
_MORE_BEFORE = re.compile(r"\b(?:more|excess)\s+(?:[\w-]+\s+)?$")
_HARM_THAN_GOOD = re.compile(r"harm\s+than\s+good\b")  # the idiom weighs, it counts nothing
# a list of harms: how serious may come with its last item ("Side effects can include redness of the skin, swelling and
# skin breakdown severe enough to compromise future breast reconstruction")
_HARMS_LISTED = re.compile(r"\s+(?:(?:can|may|could|might)\s+)?(?:include[sd]?|including|such\s+as)\b")


def _harm_measured(text: str) -> bool:
    if re.search(r"\d", text):
        return True
    return any(_HOW_OFTEN_OR_HOW_SERIOUS.search(text, max(0, m.start() - 40),
                                                len(text) if _HARMS_LISTED.match(text, m.end()) else m.end() + 40)
               or _MORE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _HARM_THAN_GOOD.match(text, m.start())
               and _COMPARED.search(_HARM_THAN_GOOD.sub(" ", text))
               for m in _HARM_WORDS.finditer(text))


# Harms denied, not described: "there are no side effects", "100% safe".
# (not risk factors, a risk not raised by what is measured, nor "harmless" denied: "no known risk factors", "without
# increasing their risk of death from breast cancer", "this practice isn't totally harmless")
# (nor a risk found no higher, a risk the verb takes, an adverse correlation, or what is benign: "had no higher risk
# than those who consumed none", "without having to risk a pregnancy", "harmless lumps")
HARM_DENIED = _rx(r"(?<!not )(?:no|without|free of|free from|zero|never any|not any)"
                  r" (?!(?:increas|rais|higher|greater|elevated|excess)\w* )(?!(?:\w+ )?to risk)(?:\w+ ){0,2}"
                  r"(?:side[- ]effects?|risks?(?! factors?)|harms?|complications?|adverse (?:side[- ])?(?:events?|effects?|reactions?|outcomes?)"
                  # ... and the vague words denied: "There is no downside", "No discomfort at all"
                  r"|downsides?|drawbacks?|discomfort)"
                  # ... by a verb's negation: "if it's not causing any harm"
                  r"|(?:not|n['’]t) (?:caus|do|pos|carr)\w* (?:any|much) (?:harm|side[- ]effects?|risks?|complications?|discomfort)"
                  # (but "not completely risk free" names a risk: HARM_VAGUE)
                  r"|(?<!not )(?<!n't )(?<!n’t )(?:completely|totally|perfectly|entirely|100\s?%|100 per ?cent) safe"
                  r"|(?<!not )(?<!n't )(?<!n’t )(?<!not completely )(?<!n't completely )(?<!n’t completely )"
                  r"(?<!not totally )(?<!not entirely )risk[- ]free"
                  # ... in a verb's negation: "Patients didn't suffer from side effects", "did not experience any side effects"
                  r"|(?:did|do|does|were|was)(?:n['’]t| not) (?:suffer|experience|have|report|develop|cause|produce)\w*"
                  r"(?: from| any)? (?:(?:serious|major|significant|noticeable|adverse) )?(?:side[- ]effects?|complications?"
                  r"|adverse (?:events?|effects?|reactions?))"
                  r"|(?<!not )(?<!n't )(?<!n’t )(?<!not a )(?<!n't totally )(?<!n’t totally )(?<!not totally )harmless"
                  r"(?! (?:lumps?|growths?|cysts?|moles?|tumou?rs?|bacteria|cells?|changes?|abnormalit\w+|spots?|nodules?"
                  r"|polyps?|lesions?|conditions?|variations?|blips?))")
# serious harms denied, milder ones named beside: "no serious side effects …, although people who got the hormone more
# often complained of symptoms like skin reactions", "reported some redness, itching and tenderness but no serious side
# effects", "No significant side effects were reported, other than some arm soreness"
_SERIOUS_DENIED = re.compile(r"\b(?:no|without|not\s+any)\s+(?:serious|significant|major|severe|dangerous)\s+(?:side[- ]effects?"
                             r"|adverse\s+(?:events?|effects?|reactions?)|complications?|problems?)\b")
_MILDER_BESIDE = re.compile(r"\b(?:although|though|but|other\s+than|except|apart\s+from|aside\s+from|besides)\b[^.;]{0,80}?"
                            r"\b(?:some|mild|minor|experienced|reported|complained|had)\b"
                            r"|\b(?:some|mild|minor)\b[^.;]{0,80}?\b(?:but|although|though)\b[^.;]{0,20}?\bno\s+(?:serious"
                            r"|significant|major|severe)")
# (a study's caveats, weak muscles and vulnerable populations are no harm; being left vulnerable is)
HARM_VAGUE = _rx(r"downsides?|drawbacks?|(?:leav\w*|render\w*|mak\w+)(?: [\w-]+){0,3}? vulnerable|risky|not without risk|discomfort"
                r"|(?:not|isn['’]t|aren['’]t|wasn['’]t) (?:a |totally |entirely |completely )?harmless"
                r"|(?:not|isn['’]t|aren['’]t|wasn['’]t) (?:totally |entirely |completely |100\s?% )?(?:risk[- ]free|safe)")
# (a span of time in trials is no study named: "while mainstream medicine waits for years of trials")
STUDY = _rx(r"randomi[sz]ed|controlled|placebos?|double[- ]blind|(?<!years of )(?<!decades of )trials?(?! and error)|phase (?:i{1,3}v?|[1-4])|cohorts?|observational|survey\w*"
            r"|meta-analys[ie]s|systematic reviews?|case (?:stud(?:y|ies)|series|reports?)|pilot|mice|rats|animals?|in vitro|cells? in a dish|study of|studied"
            # an experiment as the design ("a sleep experiment with 19 healthy young men", "a series of three experiments with
            # 19 adults"), not as a verb or a figure of speech ("starting to experiment with recipes", "guinea pigs in a
            # medical experiment", "is a dietary experiment")
            r"|(?:an?|the|this|that|these|their|our|its|initial|first|second|later|further|two|three|four|several|series of)"
            r" (?:(?!(?:medical|dietary|social|natural|grand|thought|political|human)\b)[\w-]+ )?experiments?"
            # a review named by what it pooled: "A Cochrane Library review of 63 studies", "an analysis of 22 studies"
            r"|cochrane|(?:review|analysis|analyses) of (?:[\w,-]+ ){0,3}?studies|pooled (?:analysis|data)"
            # ... or by what was done: "analyzed the findings of 40 studies published between …", "included 146 studies in
            # their final analysis"
            r"|(?:analy[sz]ed|reviewed|pooled|combined) (?:the )?(?:findings|results|data) (?:of|from) (?:[\w,-]+ ){0,2}?\d[\d,]*"
            r" (?:[\w-]+ ){0,2}?(?:studies|trials)|included \d[\d,]* studies in (?:their|the|its|our) (?:final )?analysis"
            # ... or by how many papers were read: "experts combed through 13 papers with data on …"
            r"|(?:combed through|reviewed|analy[sz]ed|pooled|examined|looked at) (?:data from |the results of )?\d[\d,]*"
            r" (?:[\w-]+ ){0,2}?(?:studies|trials|papers|articles)")
# (with up to three words between the number and the people: "109 well-treated patients", "263 healthy
# Swedish full-term newborns"; not a share, an age or a dose: "40 percent of women", "65 years old men")
# (a type, a stage or a phase is no count: "type 2 diabetics", "stage 3 patients"; nor a year, unless a quantity
# word says it is a count: "in 2009 when the patients", "a 2007 study found that women", but "more than 2000 patients";
# nor a comma after the number: "approved in 2016, works for people"); a statistician's "(n=47)" and "an
# 850-person study" are counts
# ... or spelled out, as a sentence starts: "Eighty-three men took various doses", "Two hundred seventy-seven men agreed"
# (from eleven up: smaller numbers are mostly a story's patients, not a study's)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_COUNT_IN_WORDS = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?(?: " + _TENS + r")?|" + _TENS
                   + r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_YEAR = r"(?:(?<!than )(?<!about )(?<!nearly )(?<!almost )(?<!over )(?<!some )(?<!approximately )(?<!roughly )(?:19|20)\d\d(?!\d))"
# a study's small size or sample, not a specimen's: "a small sample of your own fat tissue", "a small sample of breast
# tissue … is removed"
_SMALL_STUDY = (r"small (?:study|trial|sample(?! of (?:[\w'’-]+ ){0,4}?(?:tissue|blood|fat|skin|marrow|cells|saliva|urine"
                r"|hair|fluid|breath|stool)\b))")
SIZE = _rx(r"(?:(?<!type )(?<!stage )(?<!phase )(?<!grade )(?!" + _YEAR + r")\d+(?:,\d{3})*|" + _COUNT_IN_WORDS + r") (?:(?!(?:percent|per|of|years?|months?|weeks?|days?|hours?|minutes?|times|mg|milligrams?"
           r"|million|billion|thousand|or|and|to|as|levels?)\b)[a-z][\w-]* |(?:current|former|past) (?:or|and) |of (?:these|those) ){0,3}?(?:patients|people|participants|volunteers|adults|children|women|men|subjects|mice|rats|cases"
           r"|americans|britons|canadians|australians|europeans|residents|individuals|respondents|smokers|veterans|nurses"
           r"|doctors|students|workers|employees|infants|babies|newborns|seniors|teenagers|adolescents|girls|boys|twins"
           r"|families|households|pregnancies|mothers|fathers|couples|teens|diabetics|males|females|athletes|sufferers"
           r"|users|survivors|controls|dogs|monkeys|pigs|youngsters|toddlers|interns|pupils|schoolchildren|youths|recipients"
           r"|troops|soldiers|servicemembers|players|runners|dieters|drinkers|inmates|prisoners|samples|specimens)"
           # a review's size, the studies it pooled: "an analysis of 28 studies", "included data from 64 clinical trials",
           # "amassed a total of 35 randomized, placebo-controlled studies" (not a drug's "2 new trials")
           # (the look-ahead for a digit first: look-behinds tried at every word are slow)
           r"|(?=[3-9]|[12]\d)(?:(?<=of )|(?<=in )|(?<=from )|(?<=through )|(?<=looked at )|(?<=analyzed )|(?<=analysed )|(?<=amassed )|(?<=included )"
           r"|(?<=reviewed )|(?<=pooled )|(?<=combined )|(?<=examined ))(?!" + _YEAR + r")\d[\d,]* (?:[\w,-]+ ){0,3}?"
           r"(?:studies|trials|papers|articles)"
           r"|(?:sample|study) size|" + _SMALL_STUDY + r"|large (?:study|trial)|only \d[\d,]*|n ?= ?\d[\d,]*"
           r"|\d+(?:,\d{3})*-(?:person|patient|participant|subject|volunteer|woman|man|child)")
# How many people have a disease, get it or are treated for it in a year, not how many a study had: "About 700 new
# cases of neuroblastoma are diagnosed each year in the United States", "Rectal cancer affects some 2,000 men and women
# in Sweden every year", "the disease, which afflicts 30,000 people in the U.S." (not in a sentence about the study:
# "enrolled 1,095 patients in the United States and abroad")
_PREVALENCE = re.compile(r"\b(?:(?:each|every|a|per) year|annually|affect(?:s|ing)|afflicts?|out of every"
                         r"|in the (?:u\.\s?s|us|united states|uk|world)|worldwide)\b")
_A_STUDYS_PEOPLE = re.compile(r"\b(?:stud(?:y|ies|ied)|trials?|enrol\w*|randomi[sz]ed|participa\w+|recruit\w*|analy[sz]\w+"
                              r"|includ\w+|followed|tracked|samples?|survey\w*|data|records|examined|reviewed|treated|given"
                              r"|received|volunteers?|screened|tested)\b")
# A seller's own figures are no study, on its own page: "Our internal patient survey shows that 94% of patients report
# improvements", "Since opening in 2019, we have treated more than 300 MS patients".
_SELLERS_OWN_FIGURES = re.compile(r"\bour (?:own |internal |in-house )?(?:[\w-]+ )?(?:surveys?|data|audits?|records|results"
                                  r"|figures|statistics|experience)\b|\bwe(?: have|'ve|’ve)? (?:treated|helped|seen)\b")
# What the study cannot show: "observational, so no cause and effect relationship can be
# established", "the study does not prove", "one limitation of the study" (not "physical limitations")
LIMITS = _rx(r"(?:can(?:no|['’])t|could(?:n['’]t| not)|does(?:n['’]t| not)|did(?:n['’]t| not)|do not|not) (?:\w+ )?(?:prove|establish|show|determine)"
             # (what the study was built for: "The study shows an association but is not designed to show cause and effect")
             r" (?:\w+ )?(?:cause|causation|causality|that)|not (?:designed|set up|able) to (?:prove|establish|show|determine)"
             r" (?:\w+ )?(?:cause|causation|causality|that)|no cause[- ]and[- ]effect|cause[- ]and[- ]effect relationship"
             r"|only (?:an? )?(?:association|correlation|link)|not (?:necessarily )?causation"
             r"|(?:limitations?|caveats?) (?:of|in|to) (?:the|this|our|their|that) (?:\w+ )?(?:study|research|trial|analysis|findings|work|data)"
             r"|(?:study|research|trial) limitations?|(?:one|another|a|major|important|several|some|key|main|the|lot of) (?:\w+ )?(?:limitations?|caveats?)"
             r"|preliminary|needs? to be (?:confirmed|replicated)|" + _SMALL_STUDY
             # ... said as the work still to do: "Further clinical trials are required to confirm Vitrakvi's clinical benefit",
             # "More research will be needed to confirm which men benefit most"
             + r"|(?:further|more|larger|additional|bigger) (?:[\w-]+ )?(?:studies|research|trials?) (?:are|is|will be|would be)"
             r" (?:still )?(?:needed|necessary|required) to (?:confirm|verify|replicate|validate)")
INDEPENDENT = _rx(r"(?:not|\w+n['’]t) (?:been |also |directly )?(?:involved|affiliated) (?:in|with)|not involved"
                  r"|who (?:is|was|were|are) not part of|(?:was|were) not part of (?:the|this) (?:new )?(?:study|research|trial|work|team)"
                  r"|who (?:did not|didn['’]t|does not|doesn['’]t) (?:participate|take part)"
                  r"|independent (?:expert|researcher|scientist|review)|independent (?:experts|researchers|scientists) (?:say|says|said|told|noted|agreed?|cautioned|warned)|unaffiliated|outside expert|had no role|not connected"
                  r"|an? outside (?:[\w-]+ )?(?:researcher|scientist|specialist|physician|doctor|observer)"
                  r"|(?:has|had|have) no (?:involvement|affiliation|connection|ties) (?:with|in|to)|who (?:is|was|are|were) not on the (?:panel|task force|committee|board|team|study)"
                  r"|experts? commenting on"
                  # the journal's accompanying editorial or commentary, by other authors: "says Dr. Jerome Klein of
                  # Boston University, who wrote an editorial that accompanies the new studies"
                  r"|(?:accompan\w+|related|invited|linked) (?:[\w-]+ ){0,2}?(?:editorial|commentary)\b"
                  r"|(?:editorial|commentary) (?:[\w-]+ ){0,3}?accompan\w+|(?:editorial|commentary) by\b"
                  r"|(?:wrote|writes|written|co-?wrote|authors? of|co-?authors? of|in) (?:an?|the|his|her|their) (?:[\w.-]+ ){0,2}?"
                  r"(?:editorial|commentary)\b(?! (?:board|staff|director|team|assistance|support|content|independence|policy))"
                  # "Commenting on the study, Dr. Stephanie Bernik, chief of surgical oncology at Lenox Hill, said":
                  # news's outside voice; not the study's own ("Commenting on the results, Principal Investigator …")
                  r"|commenting on (?:the|this|these) (?:[\w'’-]+ ){0,2}?(?:study|studies|research|findings|results|work|trial|paper),"
                  r" (?!(?:he|she|they|we|lead|principal|senior|study|co-?authors?|first|corresponding|the (?:study|lead|senior|principal))\b)"
                  r"[a-z][\w.'’]*")
_INDEPENDENT_WORDS = _words(INDEPENDENT)
# The same words not about an expert: a study's control group ("The control arm of the study, those not involved
# in Experience Corps, exhibited …") and a press office's offer ("To schedule an interview with Dr. Cassidy or an
# outside expert, contact …")
INDEPENDENT_OTHER_SENSE = re.compile(
    r"\b(?:those|participants|people|patients|subjects|volunteers|women|men|children|boys|girls|adults|students|athletes"
    r"|players|groups?|arms?)\s+(?:who\s+(?:were|are)\s+)?not\s+involved\s+in\b"
    # people who stayed out of the study, not an outside voice: "women similar to those who did not take part in the
    # study"; a process that plays no part: "inflammation is often not involved"
    r"|\b(?:those|participants|people|patients|women|men|children|others)\s+who\s+(?:did\s+not|didn['’]t)\s+"
    r"(?:participate|take\s+part)\b"
    r"|\b(?:is|are)\s+(?:often|usually|typically|generally|always)\s+not\s+involved\b"
    # what the study left out, not who: "capturing specific numbers related to cost-savings was not part of this study"
    r"|\b(?:\w+ing|numbers|data|costs?|savings|outcomes?|questions?|analys[ie]s|measures?|measurements?)\b[^.;]{0,60}?"
    r"\b(?:was|were)\s+not\s+part\s+of\s+(?:the|this)\s+(?:new\s+)?(?:study|research|trial|work)\b"
    r"|\boutside\s+expert\s*,?\s+(?:contact|call|e-?mail|please)\b")
COI = _rx(r"funded by|funding from|paid by|sponsored by|conflicts? of interest|disclos\w+|consultant for|financial ties|shares in|owns? (?:a )?stake"
          r"|received (?:fees|grants|payments)|declared no|no competing interests")
# what a treatment is compared with, when it is another treatment (or, after "compared with", the people on one)
_TREATMENT_NOUN = (r"(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?|surgery|surgeries|procedures?|operations?"
                   r"|statins?|aspirin|chemotherapy|radiation|radiotherapy|insulin|antibiotics?|vaccines?|pills?|injections?"
                   r"|devices?|tests?|screening|stents?|angioplasty|bypass|implants?|transplants?|endarterectomy|mastectomy"
                   r"|lumpectomy|regimens?|methods?|techniques?|approach(?:es)?|x-rays?|chemoradiation|colonoscop(?:y|ies)"
                   r"|colposcop(?:y|ies)|mammogra(?:ms?|phy)|scans?|biops(?:y|ies)|diets|calorie[- ]counting)\b")
_COMPARED_TREATMENT = r"(?:" + _TREATMENT_NOUN + r"|(?:treated|taking|given|receiving|using) (?:with )?\w+\b)"
ALTERNATIVES = _rx(r"alternatives?|existing (?:[\w-]+ )?(?:treatments?|drugs?|therap(?:y|ies)|options?|medications?)"
                   # "other treatments", "all other antidepressants", "other MS medications", "more effective than
                   # sublingual therapy" (not "better than before the procedure")
                   r"|other (?!(?:harmful|addictive|illicit|illegal|street|recreational)\b)(?:[\w-]+ )?(?:treatments?|options?"
                   r"|drugs?|therap(?:y|ies)|medications?|medicines?|antidepressants?|vaccines?|surger(?:y|ies)"
                   r"|approaches|(?:blood|screening|imaging|diagnostic) tests?)(?! dogs?\b)"
                   # another drug named beside it ("compared to 46 percent of those who were administered another MS drug",
                   # "Another oral MS drug, Merck KGaA's cladribine, was rejected"; not the news as one more option,
                   # "another treatment option", nor "not just another"; "combined with another drug" is an add-on, below)
                   r"|(?<!just )another (?!(?:[\w-]+ ){0,2}?(?:treatment|therapy|drug) (?:option|tool)s?\b)(?:[\w-]+ ){0,2}?"
                   r"(?:treatments?|drugs?|therap(?:y|ies)|medications?|medicines?|vaccines?)"
                   r"|(?:better|more effective|safer|cheaper|less effective|less invasive|more invasive|outperform\w*"
                   # (any comparative: "less pricey than new-wave asthma drugs", "far more selective than the drug
                   # fenfluramine"; not "more likely than", nor a likeness: "more like a birth than major surgery")
                   r"|more (?!(?:likely|like)\b)[a-z]+|less (?!likely\b)[a-z]+) (?:[\w-]+ ){0,2}?than"
                   r" (?!before|for|in|at|with\b)(?:[\w-]+ ){0,3}?(?:treatments?|therap(?:y|ies)|drugs?|medications?|surgery|procedures?"
                   r"|tests?|pills?|injections?|(?:lifestyle|behaviou?ral|dietary) (?:interventions?|changes?|programs?|programmes?))"
                   # the current, standard or existing kind, a word or two between ("The standard drug treatment for
                   # stubborn menopause symptoms is hormone replacement therapy", "had beaten current methods", "current
                   # screening methods", "better than any existing method", "the \"gold standard\" test"; not "current
                   # screening recommendations", "standard stress test results", "a standard aspirin dose")
                   # (nor the company's own: "for its existing tests"; nor the study: "in the current analysis of treatment")
                   r"|(?:current|standard|existing)(?<!\bits current)(?<!\bour current)(?<!\bits existing)(?<!\bour existing)"
                   r"[\"”’']? (?!(?:analysis|analyses|study|studies|research|review|trial|work|findings|data|results)\b)"
                   r"(?:[\w-]+ ){0,2}?(?:" + _TREATMENT_NOUN + r"|options?\b|care\b)"
                   r"(?! (?:recommendations?|guidelines?|rules?|standards?|criteria|results?|doses?|dosages?|administration"
                   r"|companies|company|makers?|industry|markets?|prices?|costs?|portfolio|business|products|sector)\b)"
                   r"|instead of"
                   # "rather than" another treatment, and what else patients would "instead" get: "referred for supportive
                   # care … rather than surgery", "Partial rather than full knee replacements", "took drugs called aromatase
                   # inhibitors for 10 years rather than the usual five", "may instead get a more invasive procedure"
                   r"|rather than (?:the (?:usual|standard|current|traditional|conventional)\b|(?:(?:a|an|the|any|taking|using|having"
                   r"|getting|undergoing|with) )?(?:[\w-]+ ){0,2}?(?:" + _TREATMENT_NOUN + r"|supplements?\b|replacements?\b))"
                   r"|instead (?:get|gets|got|have|has|had|undergo|undergoes|underwent|receive|receives|received|take|takes|took"
                   r"|choose|chose|opt for|opted for) (?:[\w-]+ ){0,4}?" + _TREATMENT_NOUN +
                   r"|compared (?:with|to) (?!(?:[\w.%,'’-]+ ){0,8}?(?:placebos?|controls?|baseline|sham|dummy|healthy|normal|not|no|without|non-\w+"
                   r"|untreated|who (?:didn['’]t|did not|don['’]t|do not|weren['’]t|were not))\b)"
                   r"(?:[\w.%,'’-]+ ){0,6}?" + _COMPARED_TREATMENT +
                   # a head-to-head comparison: "sleeve gastrectomy vs gastric bypass", "to assess the cost-effectiveness
                   # of the device versus medication" (not "versus placebo", "vs. 20 percent")
                   r"|(?<!placebo )(?<!sham )(?:versus|vs\.?) (?!(?:[\w-]+ ){0,3}?(?:placebos?|sham|dummy|controls?|healthy|untreated|non-\w+|no)\b)"
                   r"(?:(?!(?:with|for|of|in|on|at|to|risks?|benefits?)\b)[\w-]+ ){0,3}?" + _TREATMENT_NOUN + r"(?! oncolog)" +
                   # treatments already there beside this one ("the already available TENS devices", "the medications
                   # that are already available", "drugs already used for migraine"), not this one's own standing
                   # ("already approved for epilepsy")
                   r"|(?:treatments|drugs|therapies|options|medications|medicines|devices|units|products) (?:that are |which are )?"
                   r"already (?:available|approved|used|on the market)"
                   r"|already[- ](?:available|approved) (?:and [\w-]+ )?(?:[\w-]+ ){0,2}?(?:treatments|drugs|therapies|options"
                   r"|medications|medicines|devices|units|products)"
                   r"|usual care|conventional|standard[- ]of[- ]care"
                   # the usual or older kind ("the usual treatments we would prescribe", "a control group on older Pfizer drug
                   # Sutent"; not "regular", which is mostly how often: "regular screening"), and two treatments as arms
                   # ("randomly assigned to either gastric bypass surgery or a more extensive procedure", not "or a placebo")
                   r"|(?:usual|ordinary|older) (?:[\w-]+ )?" + _TREATMENT_NOUN
                   + r"|either (?:[\w-]+ ){0,4}?" + _TREATMENT_NOUN + r" (?:[\w-]+ ){0,3}?or (?!(?:an? |the )?(?:placebo|sham|dummy|no"
                   r"|fake|inactive)\b)(?:[\w-]+ ){0,4}?" + _TREATMENT_NOUN +
                   # "many traditional cancer treatments", "compared with traditional \"open\" operations", "Unlike a
                   # colonoscopy, the FIT only detects …" (not "traditional guidelines", "Unlike hemophilia, …")
                   r"|traditional (?:[\w\"“”'-]+ ){0,2}?" + _TREATMENT_NOUN
                   + r"|unlike (?:a |an |the |many |most |other |current )?(?:[\w-]+ ){0,2}?" + _TREATMENT_NOUN
                   # two treatments set side by side: "compared the two approaches", "less muscle damage … than with the
                   # posterior approach"
                   + r"|compar(?:e|es|ed|ing) (?:the )?(?:two|three|both|these|different) (?:[\w-]+ ){0,2}?" + _TREATMENT_NOUN
                   + r"|than with (?:the |a |an )?(?:[\w-]+ ){0,2}?" + _TREATMENT_NOUN)
_ALTERNATIVES_WORDS = _words(ALTERNATIVES)
# The same words not about other treatments: "conventional wisdom says", "plausible alternative
# explanations", "the National Center for Complementary and Alternative Medicine"; and "instead of"
# in a sentence that names no treatment or test ("Instead of shrinking as expected, …", "the body
# will store most of those calories instead of burning them"; see `_names_alternatives`)
_OTHER_TREATMENT = r"(?:treatments?|therap(?:y|ies)|drugs?|medications?|medicines?)\b"
ALTERNATIVES_OTHER_SENSE = re.compile(
    r"\bconventional wisdom\b|\balternative (?:explanations?|hypothes[ie]s|interpretations?|reasons?|causes?|routes?|views?)\b"
    r"|\bcent(?:er|re) for complementary and alternative\b"
    # a field, not an option beside the treatment: "a popular form of alternative medicine", "some alternative
    # medicine practitioners believe"
    r"|\balternative (?:and complementary )?(?:medicine|health|healers?|practitioners?)\b"
    r"|\btraditional (?:[\w-]+ )?medicine\b(?!s)"
    # the treatment's own old form, and drugs as a regulator sees them: "In the traditional method, called fire
    # cupping, …", "Unlike drugs, the Food and Drug Administration does not regulate them", "unlike the drug industry"
    r"|\bthe\s+traditional\s+(?:method|technique|approach|way|form)\s*,\s*(?:called|known\s+as)\b"
    r"|\bunlike\s+(?:the\s+)?(?:drugs?|medicines?|medications?|devices?)\s*,\s*(?:[\w-]+\s+){0,4}?(?:fda|food\s+and\s+drug"
    r"|regulat\w+)|\bunlike\s+the\s+(?:drug|device|pharmaceutical)\s+(?:industry|makers|companies)\b"
    # ... "it is classed as a medical device rather than a drug"
    r"|\b(?:classed|classified|regulated|sold|marketed|approved)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?rather\s+than\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:drugs?|devices?|medicines?)\b"
    # the treatment itself becoming the norm: "this will be standard of care at some point", "it is becoming the
    # standard of care for C. difficile infections"
    r"|\b(?:be|become|becomes|becoming|became)\s+(?:the\s+)?(?:new\s+)?standard[- ]of[- ]care\b"
    # ... or changing it: "advance the standard of care", "a more modernized standard of care", "no changes to the standard
    # of care", "incorporate this tool into the standard of care"
    r"|\b(?:(?:advanc\w*|improv\w*|chang\w*|modern\w*|redefin\w*|transform\w*|rais\w*)\s+(?:[\w-]+\s+){0,3}?|into\s+(?:the\s+)?)"
    r"standard[- ]of[- ]care\b"
    # a test as the study's measure, and standard treatment as what the treatment is added to: "Lung function … was
    # measured by how much a person could exhale in one second, a standard test", "in addition to standard drugs",
    # "added yoga classes to standard diabetes care"
    r"|\b(?:measured|assessed|evaluated|determined|gauged)\b[^.;]{0,120}?\bstandard\s+(?:[\w-]+\s+){0,2}?tests?\b"
    r"|\bstandard\s+(?:[\w-]+\s+){0,2}?tests?\s+(?=measuring\b|to\s+measure\b|that\s+measures?\b)"
    r"|\b(?:in\s+addition\s+to|on\s+top\s+of|added\s+(?:[\w-]+\s+){0,3}?to)\s+(?:their\s+|the\s+)?(?:standard|current"
    r"|existing|conventional)\s+(?:[\w-]+\s+){0,2}?(?:" + _TREATMENT_NOUN + r"|care\b|rehab\w*|programs?\b)"
    # the treatment itself, an old drug put to a new use: "Cladribine is an existing chemotherapy medication",
    # "SWE technology is already used in diagnosing breast cancer", "POPG is already used in other treatments"
    r"|\ban existing (?:[\w-]+ )?(?:treatment|drug|therapy|medication|medicine)\b(?!s)"
    r"|\b(?:is|are|has|have)\s+(?:been\s+)?already\s+(?:been\s+)?used\s+(?:in|to|for|by)\s+(?:(?:many|some|all|its|their|various)\s+)?"
    r"(?:other\s+(?:[\w-]+\s+)?(?:treatments?|therap(?:y|ies)|drugs?|products?|medications?|medicines?)|[\w-]+)"
    # other treatments taken with this one, taken into account, or still to be found: "maybe given with other immune
    # therapies", "used alongside psychological therapy and possibly other medications", "can interact with other
    # medications", "adjusted for … use of other medications", "help them find other possible drugs"
    r"|\b(?:(?:combin\w+|given|paired|coupled|together|in\s+conjunction|alongside|along)\s+(?:[\w-]+\s+){0,4}?(?:with|and)"
    r"|alongside|complementary\s+to)\s+"
    r"(?:possibly\s+)?(?:other\s+)?(?:traditional\s+|standard[- ]of[- ]care\s+)?(?:[\w-]+\s+){0,3}?" + _TREATMENT_NOUN
    + r"|\binteract\w*\s+with\s+other\s+(?:[\w-]+\s+)?" + _OTHER_TREATMENT
    + r"|\b(?:adjust\w*|account\w*|controll?\w*)\s+for\b[^.;]{0,120}?\b(?:other|standard|current)\s+(?:[\w-]+\s+){0,3}?"
    + _OTHER_TREATMENT
    + r"|\b(?:find|finding|discover\w*|develop|developing|identify\w*|design\w*)\s+other\s+(?:[\w-]+\s+)?" + _OTHER_TREATMENT
    + r"|\bother\s+future\s+" + _OTHER_TREATMENT
    # "instead of" a placebo, or of doing what is no treatment: "got the active drug instead of a placebo", "placebo
    # treatment, saline injections instead of stem cells" (saline alone may be the usual treatment), "Instead of just
    # telling them they should be happy to be alive", "instead of burning them", "Instead of buying oils or supplements"
    # (but "instead of taking drugs", "instead of undergoing risky tests", "instead of putting them on antidepressants")
    + r"|\binstead\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:placebos?|sham|dummy)\b"
    r"|\b(?:placebos?|sham|dummy)\b[^.;]{0,40}?\binstead\s+of\b"
    r"|\binstead\s+of\s+(?:just\s+|simply\s+|merely\s+)?(?!(?:taking|using|having|getting|receiving|undergoing|putting|swallowing"
    r"|operating|waiting|treating|prescribing|giving|starting|seeing|going|running|walking|exercising)\b)[a-z]+ing\b")
# treatments and tests that "instead of" compares beside `INTERVENTION`'s words: "mammograms every two
# years instead of every year", "TMS instead of putting them on antidepressants", "the usual saline"
_TREATMENT_NAMED = re.compile(r"\b(?:mammogra\w+|saline|biops\w+|insulin|radiation|radiotherapy|lozenges?|exercise"
                              r"|walking|running)\b")
_ALTERNATIVES_OTHER_OR_INSTEAD = re.compile(ALTERNATIVES_OTHER_SENSE.pattern + r"|\binstead of\b")
_FDA = r"(?:fda|food and drug administration)"
AVAILABILITY = _rx(r"approv\w+|licen[cs]\w*|" + _FDA + r"|ema|mhra|national institute for health and (?:care|clinical) excellence"
                   r"|available|availability"
                   # compounds, which whole-word matching would split: "an FDA-approved pacemaker-like device", "a
                   # readily-available treatment"
                   r"|fda-(?:approved|cleared)|[a-z]+-approved|(?:readily|commercially|widely)-available"
                   r"|sold (?:in|by|as|under|at|over|online|without|for)"
                   r"|hit (?:the )?(?:[\w.]+ )?(?:market|shelves|pharmacies|stores)"
                   r"|on the market|over the counter|years away|not yet (?:available|approved)|experimental"
                   r"|(?:clinical|larger|further|more|bigger|human) (?:clinical )?trials? (?:are|is|will be|would be) (?:still )?(?:needed"
                   r"|necessary|required|planned)|in development|on sale|launch\w*"
                   # how far it is from people: "has not yet been tested in people", "years before we test it in humans"
                   r"|(?:not yet|never) (?:been )?(?:tested|tried|studied|used) (?:in|on) (?:people|humans|patients)"
                   r"|years (?:before|until) (?:\w+ ){0,3}?(?:tested|test|tried|try|used|use|available) (?:\w+ )?(?:in|on|to) (?:people|humans|patients)"
                   # a company's plan to sell it: "a company that plans to market it commercially"
                   r"|plans? to (?:market|sell|commercialize|commercialise)\b"
                   # ... or to bring it to market: "hopes to bring a saliva test for concussion to market in the next 12 to 24
                   # months"
                   r"|(?:bring|brings|bringing|get|gets|getting|take|takes|taking) (?:[\w'’-]+ ){1,6}?to (?:the )?market"
                   # prescribing as the treatment's standing, not as what doctors did in a study: "a prescription
                   # medicine", "widely prescribed", "needs a prescription" (not "prescribed tests", "prescription records")
                   r"|prescription[- ](?:only|strength|(?:[\w-]+ )?(?:medicines?|medications?|drugs?|products?|formulations?"
                   r"|treatments?|versions?|pills?|creams?|drops?|sprays?|patch(?:es)?|lenses|tests?))"
                   r"|(?:widely|commonly|routinely|frequently|often|most|increasingly|typically|usually|regularly|been) prescribed"
                   r"|(?:with|by|without|needs?|requires?|requiring|need|under) (?:a |no )?(?:doctor['’]s )?prescriptions?"
                   r"|writ\w+ (?:a |the )?prescriptions?|prescribing (?:doctors?|physicians?|information|clinicians?)"
                   r"|(?:can|could|may|will|would) (?:now |soon )?(?:be )?prescribed?"
                   # use that is established, and who offers it: "acupuncture is widely used by practitioners in community
                   # settings", "They're widely used in Europe and Australia", "a small but growing number of hospitals offer
                   # microsurgical attempts", "Some places offer online classes" (not "the most widely used assessments",
                   # nor use in the past: "the way that heart surgery was widely used to treat coronary artery disease")
                   r"|(?:is|are|(?:they|we|you)['’]re|been|already|now) (?:\w+ )?(?:widely|commonly|routinely) used"
                   r"|(?:hospitals|clinics|cent(?:er|re)s|doctors|physicians|surgeons|practitioners|places|pharmacies|providers)"
                   # (a place between: "about 17% of hospitals in the U.S. now offer the service")
                   r" (?:(?:in|across|around) (?:the )?[\w.]+ )?(?:now |already |also |still )?offer(?:s|ed|ing)?"
                   # ... or among the first: "one of the first clinics in Europe to offer this treatment"
                   r"|(?:first|only) (?:[\w-]+ ){0,2}?(?:hospitals?|clinics?|cent(?:er|re)s?|practices?|providers?)"
                   r" (?:(?:in|across) (?:the )?[\w.]+ )?to offer")
_AVAILABILITY_WORDS = _words(AVAILABILITY)
# The same words about the paper, the press office or the research rather than the treatment:
# "the full study is available on the For The Media website", "available to comment", "the best
# available evidence", "an experimental group", "launched a campaign". NICE is matched by its name
# in the sentence as written: lower-cased, "nice" is mostly an adjective.
NICE = re.compile(r"\bNICE\b")
_PRACTITIONERS = (r"(?:therapists?|physicians?|doctors?|psychologists?|counsell?ors?|social workers?|acupuncturists?"
                  r"|practitioners?|nurses?|professionals?|providers?|pharmacists?|dietitians?|chiropractors?|psychiatrists?"
                  r"|surgeons?|midwi(?:fe|ves)|clinicians?|specialists?|physical therapists?|massage therapists?)\b")
AVAILABILITY_OTHER_SENSE = re.compile(
    r"\b(?:article|abstract|paper|study|studies|release|information|info|details|data|figures|statistics|results|findings"
    r"|evidence|research|materials?|multimedia|b-roll|videos?|footage|photos|images|interviews|revenues|transcripts?"
    r"|commentary|podcast|copies|downloadable \w+|funds|funding|money|grants?|series|episodes?|support|papers"
    # how to pay, not the treatment: "Flexible finance plans are available"
    r"|(?:finance|financing|payment|instal?lment|credit) (?:plans?|options?|schemes?)|loans?|discounts?)"
    r"(?: (?:is|are|was|were|will|be|been|has|have|should|would|also|now|currently|freely|publicly|widely|made|only|soon"
    r"|not|yet|becomes?|became|aren['’]t|isn['’]t|wasn['’]t|weren['’]t)){0,3}"
    r" available\b"
    r"|\bavailable(?: free| freely| publicly)?(?: pre-?embargo| online(?! (?:and|or) )| (?:up)?on request"
    r"| (?:at|on|via|from|in):? (?:the |our |its |their )?(?:https?\b|www\b|[\w-]+\.(?:org|com|gov|edu|net)\b|website|web ?site"
    r"|web\b|site\b|home ?page|newsroom|for the media|media\b|journal|right column|[\w-]+ news ?room|[\w.-]+@)"
    r"| for (?:interviews?|comments?|download|the media)| here\b"
    r"| to (?:comment|provide|speak|discuss|answer|talk|interview|the media|journalists|reporters|support|view|read"
    r"|download)"
    r"| (?:evidence|data|research|studies|papers|information|literature|figures|statistics|multimedia|downloadable|b-roll"
    r"|videos?|funds|funding))\b"
    # the study's ethics approval: "The study was approved through the Baylor Scott & White Health Institutional
    # Review Board"
    r"|\bapproved\s+(?:by|through)\s+(?:the\s+|an?\s+)?(?:[\w&'’-]+\s+){0,6}?(?:institutional\s+review\s+boards?|irbs?"
    r"|(?:research\s+)?ethics\s+(?:committees?|boards?))\b"
    # a person's licence, not the treatment's: "a licensed clinical psychologist", "losing their medical license",
    # "the promotion of fair and consistent licensing of massage therapists"
    r"|\b(?:licensed|licens(?:ing|ure) (?:of|for)) (?:[\w-]+ ){0,2}?" + _PRACTITIONERS +
    r"|\b(?:medical|driver['’]?s|nursing|professional|practi[cs]ing) licen[cs]es?\b"
    # care in general: "Vulnerable children … deserve the best medical and nutritional treatments available"
    r"|\b(?:best|all|any|every)\s+(?:[\w-]+\s+){0,4}?(?:treatments?|therap(?:y|ies)|care|options?|services?)\s+available\b"
    r"|\b(?:qualified|certified|trained) and licensed\b|\(licensed\)"
    # the regulator as a source of advice or information, not a decision on the treatment: "The U.S. Food and
    # Drug Administration has more on blood pressure medications", "The FDA recommends that patients …",
    # "Current guidelines from the FDA … warn pregnant women", "visit U.S. Food and Drug Administration"
    r"|\b(?:visit|guidelines?\s+(?:from|of|by))\s+(?:the\s+)?(?:u\.\s?s\.\s+)?" + _FDA + r"\b"
    r"|\b" + _FDA + r"(?:['’]s)?\s+(?:has\s+more|recommends?|advises?|guidelines?|considers?|websites?|web\s+site)\b"
    r"|\bexperimental (?:groups?|conditions?|designs?|models?|stud(?:y|ies)|evidence|research|data|animals?|mice|rats"
    r"|settings?|work|results?|findings|arms?|periods?|medicine|biology|psychology|approach\w*)\b"
    r"|\blaunch\w*(?: [\w'’£$€.-]+){0,4}? (?:campaigns?|trials?|stud(?:y|ies)|programs?|programmes?|initiatives?|efforts?|drives?"
    r"|investigations?|projects?|websites?|searches|reviews?|inquir(?:y|ies)|probes?|networks?|collaborations?|partnerships?"
    r"|consortium|registry|surveys?)\b")
CONTEXT = _rx(r"builds? on|(?:earlier|previous|prior|past) (?:work|research|stud(?:y|ies)|trials?|experiments?|analys[ie]s|findings|results"
              r"|reports)"
              # ... with words between, whose work or what kind ("A previous King's College London study also discovered",
              # "A few previous small trials had already suggested"), and what else places the work: "had previously shown",
              # "adds to the literature", "consistent with what we observed in other studies", "confirms the findings of
              # another review in 2004", "was developed years ago at the National Cancer Institute"
              r"|(?:earlier|previous|prior|past) (?:(?!(?:in|on|at|to|than|of|for|with|this|that|these|those|the|a|an)\b)[\w'’.-]+ ){1,4}?"
              r"(?:work|research|stud(?:y|ies)|trials?|experiments?|analys[ie]s|findings|reviews?|reports)"
              # the research of a past span, what has long been thought, who adopted it early: "research conducted over the
              # past decade suggests it works", "It's long been thought the immune system plays a role", "an early adopter of
              # the method"
              r"|(?:research|studies|work) (?:[\w-]+ ){0,2}?(?:over|in|during) the (?:past|last) (?:few |several |\w+ )?(?:decades?"
              r"|years)|(?:has|have|had|['’]s) long been (?:thought|known|suspected|believed|recogni[sz]ed)|early adopters?"
              r"|(?:had|has|have) (?:previously|already) (?:been )?(?:shown|showed|reported|found|demonstrated|suggested|linked|tied)"
              # what other work or other treatments did: "Other studies have shown similar results", "Other anti-heroin
              # vaccines have proved ineffective for people", "may succeed where other drugs have failed"
              r"|(?:other|smaller|larger|earlier|several|many|some) (?:[\w-]+ ){0,2}?(?:studies|research|trials|vaccines|drugs"
              r"|treatments|therapies|devices|tests|attempts"
              r"|efforts) (?:have|has|had) (?:also |previously |already )?(?:proved|proven|been|failed|shown|found|suggested"
              r"|linked|tried|reported)"
              r"|previously(?<!not previously) (?:shown|showed|reported|found|demonstrated|published|suggested)"
              r"|adds? to (?:the |a )?(?:growing |existing |mounting |large |small )?(?:body of )?(?:evidence|literature|research|data)"
              r"|(?:consistent|in line|in keeping) with (?:what|those of|previous|earlier|prior|other (?:[\w-]+ ){0,2}?(?:research"
              r"|stud(?:y|ies)|findings|trials|reports))"
              r"|comparable (?:to |with )?(?:other|previous|earlier|prior) (?:research|studies|findings|trials)"
              r"|confirms? (?:the )?(?:findings|results) of (?:another|an earlier|a previous|earlier|previous|other|a \d{4})"
              r"|(?:was|were) developed (?:\w+ ){0,2}?(?:years|decades) ago"
              r"|has been (?:studied|used|tested|around)"
              r"|have been (?:studied|used|tested)|for (?:years|decades)|since (?:19|20)\d\d|\d+ years? ago|decades|not new"
              r"|first used|already used|similar (?:approach(?:es)?|treatments?|studies)"
              # use that is established: "A drug commonly used to prevent excess bleeding in surgeries", "SAMe … is widely
              # used in Europe for depression", "PCI is used to treat sudden blockages" (not "could be widely used to", "should
              # be more widely used")
              r"|(?<!be )(?<!more )(?:commonly|widely|routinely|frequently|long|currently|now) used (?:to|for|in|by)"
              r"|(?:is|are) used to (?:treat|prevent|manage|diagnose|relieve|control|screen)"
              # what the treatment already did or is, and what it resembles: "Avastin had already shown cancer-fighting
              # activity in two phase 3 trials", "The drug is also approved for lung cancer", "similar to that seen in two
              # trials of antipsychotic drugs", "similar to the TENS therapy"
              r"|already (?:been )?(?:shown|showed|approved|proven|tested|available|on the market|sold|launched|marketed)"
              r"|(?:is|are|was|were) also approved"
              r"|similar to (?:that|those|what|the ones?) (?:seen|found|reported|used|in|of)"
              r"|similar to the (?:[\w-]+ ){0,2}?(?:therap(?:y|ies)|treatments?|drugs?|devices?|procedures?|tests?)\b"
              # earlier work a likeness or a predecessor names: "The findings are similar to a batch of studies that showed
              # …", "there have been other products that use low level laser technology to grow hair"
              r"|similar to (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:of )?(?:earlier |previous |prior |other )?(?:studies|trials|findings)"
              r"|there (?:have|has) been (?:other|similar|several|many) (?:[\w-]+ ){0,2}?(?:products|treatments|devices|drugs"
              r"|therapies|studies|trials|attempts)\b"
              # use that is widespread, however new the study: "the cell type sold by many private clinics as a treatment"
              r"|(?:sold|offered|marketed|provided) (?:by|at|in) (?:many|several|some|other|hundreds of|dozens of|numerous)"
              r" (?:[\w-]+ )?(?:clinics|companies|hospitals|pharmacies|centres|centers)\b")
# Time words about the disease or the people, not earlier research or use: "lies dormant for decades in nerve
# roots", "progress for years before symptoms appear", "had suffered from migraines for years", "the most
# lethal flu season in decades", "had not received any personal income from the pharmaceutical industry since
# 2009". (Time words in general are too varied to keep only those about research: see classifier/NOTES.md.)
CONTEXT_OTHER_SENSE = re.compile(
    r"\b(?:dormant|undiagnosed|undetected|unnoticed|untreated|progress(?:es|ed)?|suffer(?:s|ed|ing)?(?:\s+from)?"
    r"|struggl(?:es|ed|ing)(?:\s+with)?|smok(?:es|ed|ing)|married|worked|lived|living|shaking|trembling|hurting|aching"
    # (and a wait to come: "While mainstream medicine waits for years of trials, our patients are getting their lives back")
    r"|sick|ill|wait(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?(?:for|over)\s+(?:many\s+|several\s+|\w+\s+)?(?:years|decades)\b"
    # ... the time first: "For decades, Sharon Samuels struggled with simple everyday tasks"
    # (not "For decades, researchers have searched …", which is earlier work)
    r"|\bfor\s+(?:many\s+|several\s+|\w+\s+)?(?:years|decades),\s+(?:[\w'’-]+\s+){0,3}?(?:struggl|suffer|liv|battl|fought"
    r"|endur)\w*"
    r"|\b(?:worst|deadliest|most\s+\w+|largest|biggest|highest|lowest|first\s+time)\s+(?:[\w-]+\s+){0,3}?in\s+(?:\w+\s+)?decades\b"
    r"|\b(?:income|payments?|fees|honoraria|consult\w*)\b[^.;]{0,60}?\bsince\s+(?:19|20)\d\d\b"
    # ... a trend since a year, a span after an event: "the cost of diabetes has increased more than 20 percent since
    # 2012", "over 500,000 deaths since 2000", "a rate that has remained virtually unchanged since 2004"; "reductions do
    # not even begin to emerge for years after quitting", "deal with these side effects for decades after cancer
    # treatment" (not "has been available in Europe since 2011", which is earlier use)
    r"|\b(?:increased|risen|rose|grown|grew|doubled|tripled|quadrupled|climbed|jumped|soared|dropped|fallen|fell|declined"
    r"|decreased|unchanged|deaths|died|dying)\b[^.;]{0,60}?\bsince\s+(?:19|20)\d\d\b"
    r"|\bfor\s+(?:many\s+|several\s+|\w+\s+)?(?:years|decades)\s+after"
    # ... and a person's own past: "now 'I feel like I did 30 years ago'", "boxes from when we moved 10 years ago",
    # "About two decades ago, Esther Gokhale started to struggle with her own back" (not "since he first accomplished
    # the feat 15 years ago in animals", which is earlier work)
    r"|\b(?:i|he|she|we|they|you)\s+(?:did|was|were|felt|looked|moved|lived|married|met|had)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:\d+|a\s+few|\w+)\s+(?:years?|decades)\s+ago\b"
    # ... a diagnosis in their past: "who was diagnosed with Type 1 diabetes 14 years ago"
    r"|\bdiagnosed\s+(?:with\s+)?(?:[\w'’-]+\s+){0,4}?(?:\d+|a\s+few|\w+)\s+(?:years?|decades|months?)\s+ago\b"
    r"|\b(?:years?|decades)\s+ago,?\s+(?:[\w'’-]+\s+){1,3}?(?:started|began)\s+(?:to\s+)?(?:struggl|suffer|hav|experienc"
    r"|feel|notic|los|gain)\w*")
_CONTEXT_WORDS = _words(CONTEXT)
# (a republished release says whose it is at its end: ScienceDaily's "Story Source: Materials provided by the
# University of …", MedicalXpress's "Provided by University of …")
PRESS_RELEASE = _rx(r"press release|news release|in a statement|said in a statement|media release|press statement|press office|^source:"
                    r"|^(?:story source:\s*)?materials? provided by|^provided by")
# reporting of the story's own: "told Reuters Health", "he tells WebMD" (not "this tells us"), "said in an
# email", "in a phone interview"
ORIGINAL = _rx(r"told (?:the |a )?\w+|tells (?!(?:us|you|them|him|her|me|it|a|an|the|women|men|people|patients|doctors"
               r"|members|everyone|researchers)\b)\w+|in an? (?:\w+ )?interview|interviewed|spoke (?:to|with)"
               r"|(?:said|says|wrote|writes) (?:\w+ )?(?:in an? |by )(?:e-?mail|phone|telephone)"
               r"|in an e-?mailed (?:statement|comment|response|reply|message)"
               # ... with the e-mail or the call away from the verb: "In an email, Gunter said she frequently
               # prescribes …", "said Sahebkar, a researcher at …, in an email."
               r"|in an? (?:e-?mail|phone call|telephone call)\b(?=[^;]{0,150}\b(?:said|says|wrote|writes|added|explained))"
               r"|(?:said|says|wrote|writes|added|explained)\b[^;]{0,150}\bin an? (?:e-?mail|phone call|telephone call)\b"
               # the reporter's own question: "Asked if the 34% improvement is meaningful to a patient, Carrillo said"
               r"|(?:^|when )asked (?:if|whether|about|why|how|what) [^;]{0,120}?, [^;]{0,80}?\b(?:said|says|replied|answered)")
_ORIGINAL_WORDS = _words(ORIGINAL)
# Someone told something in the story, not the reporter told: "They were told the study would compare the two
# treatments", "Every hour, someone in the UK is told they have Parkinson's", "are typically either told to not
# start natalizumab"
ORIGINAL_OTHER_SENSE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[\w-]+\s+){0,2}?told\s+\w+")
# A call to buy or book the treatment ("Book your free consultation today", "order a starter kit
# now", "call us for an information pack", "store your baby's cord blood") or to hurry ("Do not wait
# until it is too late", "places each month are limited"). Not the furniture of news pages and
# press releases ("Sign Up Now" for a newsletter, "visit us at …", "register online here" for a
# press room, "read more", "call the free quitline"), which sells nothing.
CALL_TO_ACTION = (
    r"\{\{\s*cta\b|\b(?:buy|(?<!in )order|shop|book)\s+(?:your|our|a|an|the|now|today|online)\b[^.]{0,40}\b(?:now|today|here|online"
    r"|consultation|appointment|free|kit"
    r"|information pack|a quote)\b"
    r"|\b(?:call|contact(?!\s+time)|enquire|inquire|get in touch|request|sign up|register)\b[^.]{0,40}\b(?:consultation|appointment"
    r"|information pack|a quote|free (?:trial|sample|assessment|screening))\b"
    r"|\b(?:learn|find out|read) more\b(?=[^.]{0,20}\bour\b)"
    r"|\bour (?:clinic|bank|storage|packages?)\b"
    r"|\bstore your (?:baby'?s )?(?:cord|stem)\b|\b(?:do not|don['’]t) wait (?:until it(?: is|['’]s) too late|any longer)\b|\bplaces (?:\w+ ){0,3}are limited\b")
# Who publishes for a seller of the treatment: a cord-blood or stem-cell bank (its own name, "Cells4Life",
# "LifeCell"), a page that prices its packages ("treatment packages start from €24,900", "flexible
# finance plans"), or a company's own press release: its stock ticker ("Allergan plc (NYSE: AGN)"),
# its announcement, its "About us" and its forward-looking statements. A company, a clinic or a shop
# that a story only mentions ("a late-stage trial of Amgen Inc's drug", "a pain clinic", "sold at many
# drugstores", "a transplant with cord blood") publishes nothing.
# (not the news reporting one: "Spark Therapeutics Inc. … announced Wednesday in a statement")
_ANNOUNCED = (r"(?:today\s+)?(?:announced(?!\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
              r"|last\b|in\s+a\s+statement))|announces)")
SELLER = (r"\b(?:cord blood bank(?:s|ing)?|stem cell bank(?:s|ing)?|(?:treatment )?packages? (?:start|cost|from)"
          r"|finance plans?|forward-looking statements?)\b|\b\w*(?:4|for)life\b|\blifecell\b"
          r"|\((?:nasdaq|nyse|nyse american|nyse mkt|amex|otcqb|otcqx|otc|tsx|tsx-v|tse|asx|lse|aim|euronext)\s*:\s*[a-z\d]"
          # the company's own announcement and its "About us": "Nucleix Ltd., a leading cancer detection company,
          # announced today", "Evolve BioSystems, Inc. is a privately-held microbiome company"
          r"|\b" + COMPANY_SUFFIX + r"\.?\)?,?\s+(?:\([^)]{1,40}\)\s*,?\s*)?(?:[^.;]{0,100}?,\s*)?"
          r"(?:" + _ANNOUNCED + r"|has\s+received|received\s+(?:u\.s\.\s+)?(?:fda|food))\b"
          # ... or named by a word of its trade, or called a company, announcing as releases do, today or in the present
          # tense: "GenomeDx Biosciences today announced", "Sun Pharma Announces", "kaléo, a privately-held pharmaceutical
          # company, today announced", "Chrono Therapeutics, a pioneer in digital drug therapy, today announced" (news
          # says when: "On Monday, Horizon Pharma announced")
          r"|(?:\b" + COMPANY_TRADE + r",?\s+(?:[^.;]{0,100}?,\s*)?"
          r"|,\s+an?\s+(?:[\w-]+\s+){0,5}?(?:company|developer|manufacturer|maker|provider|pioneer|leader)\b[^.;]{0,60}?,\s*)"
          r"(?:today\s+announced|announced\s+today|announces)\b"
          r"|\b" + COMPANY_SUFFIX + r"\.?,?\s+(?:\([^)]{1,20}\)\s+)?is\s+an?\s+(?:[\w-]+\s+){0,5}"
          r"(?:company|developer|manufacturer|provider|firm)\b"
          r"|^about\s+[^.]{1,60}?\b" + COMPANY_SUFFIX + r"(?:oration)?\.?$"
          # (and the wire service's line that names who issued the release: "SOURCE Vanda Pharmaceuticals Inc.")
          r"|^source\s+[^.]{0,60}?\b(?:" + COMPANY_SUFFIX + r"|" + COMPANY_TRADE + r")\b")

NAMES = {
    "costs": "Discusses the costs",
    "benefits_quantified": "Quantifies benefits in absolute terms",
    "harms": "Explains the harms",
    "evidence_quality": "Explains the quality of the evidence",
    "independent_sources": "Uses independent sources and names conflicts of interest",
    "alternatives": "Compares with existing alternatives",
    "availability": "Establishes availability and approval",
    "novelty": "Establishes the true novelty",
    "press_release": "Goes beyond a press release",
    "commercial_interest": "Free of commercial interest",
}


# (TRIAL_WORDING, OBSERVATIONAL_WORDING and AIM_OR_NEED are matched in lower-cased sentences: a pattern that
# ignores case runs two to three times slower, and these run on every sentence.)
# How news describes a trial without naming it one: "were randomly assigned to", "the team
# randomly assigned 201 adults" (not "weren't randomly assigned"), "a sham procedure", "dummy
# shots", "the control group", "the exercise group", "a multiyear clinical study"
_PEOPLE = (r"(?:patients|people|participants|volunteers|adults|children|kids|women|men|subjects|students|smokers|dieters"
           r"|veterans|individuals|infants|babies|seniors|mothers)")
TRIAL_WORDING = re.compile(
    r"\b(?:were|was)\s+randomly\b|\b(?<!not\s)(?<!n't\s)(?<!n’t\s)randomly\s+(?:assign|allocat|divid|split)\w*"
    r"|\b(?:assigned|allocated)\s+(?:at\s+random\s+)?to\b"
    # who was assigned, named between: "They assigned 43 children to the acupuncture group", "assigned them to a
    # week of either egg breakfasts or …"
    r"|\b(?:assigned|allocated)\s+(?:them|(?:the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?" + _PEOPLE + r")\s+(?:at\s+random\s+)?to\b"
    # arms by what each took: "The men took either one capsule … or three capsules daily", "asked 20 volunteers to
    # consume a milkshake that either contained …, or …"; a head-to-head test: "tested it against warfarin"
    # (not what people chose, which observational studies compare too: "patients who took statins before either open or
    # minimally invasive interventions", "women who took either fish oil or olive oil"; the look-behinds follow the verb,
    # as a pattern that starts with one is tried at every character)
    r"|\b(?:took|received|were\s+given|ate|drank|consumed?|wore)(?<!who\stook)(?<!who\sreceived)(?<!who\sate)"
    r"(?<!who\sdrank)(?<!who\sconsumed)(?<!who\sconsume)(?<!who\swore)\s+either\b[^.;]{1,120}?\bor\b"
    r"|\bthat\s+either\s+contained\b[^.;]{1,120}?\bor\b"
    r"|\btested\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:drugs?|pills?|devices?|vaccines?|treatments?|tests?|techniques?"
    r"|therap(?:y|ies)))\s+(?:head-to-head\s+)?against\b"
    r"|\bsham\b|\bdummy\s+(?:pills?|shots?|injections?|treatments?|drugs?|capsules?|tablets?)\b|\bcontrol\s+(?:group|arm)s?\b"
    r"|\bclinical\s+stud(?:y|ies)\b"
    r"|\b(?:treatment|intervention|placebo|vaccine|vaccinated|exercise|drug)\s+(?:group|arm)s?\b"
    # a comparison group on another treatment, or arms named by their number: "compared with 61 percent of those
    # treated with Yervoy", "These patients were compared with PVOD patients treated with vitamin B complex", "320
    # adults with back pain received one of three approaches"
    r"|\bcompared\s+(?:with|to)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+)?(?:[\w-]+\s+)?(?:those|patients|people"
    r"|participants|women|men|children|adults)\s+(?:treated\s+with|given|receiving)\b"
    r"|\b(?:received|got|were\s+given|were\s+assigned)\s+one\s+of\s+(?:two|three|four|five)\s+(?:[\w-]+\s+)?(?:approaches"
    r"|treatments|programs|programmes|interventions|therapies|regimens|drugs|doses)\b"
    # two arms by halves: "Half of the participants got a health education program …, while the other group was told to
    # aim for 150 minutes of aerobic activity"
    r"|\bhalf\s+(?:of\s+)?(?:the\s+)?(?:participants|patients|volunteers|subjects|women|men|children|adults|people)\s+"
    r"(?:got|received|were\s+given|took)\b[^.;]{0,150}\bthe\s+other\s+(?:group|half)\b"
    # ... or the other half alone, and the other group as the comparison: "The other half of dieters followed a
    # low-calorie, low-fat diet", "21 percent … survived, compared with 4 percent of the other group"
    r"|\bthe\s+other\s+half\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?" + _PEOPLE + r"\s+)?(?:got|received|were\s+given|took"
    r"|followed|went|ate|drank|did|used|wore|had)\b")
# How a story describes its method without naming a design of either kind: "asked 6,000 women … to wear
# activity-tracking accelerometers", "asked 400 people diagnosed with melanoma … to recall their use of the
# painkillers", "compared HPV testing alone with HPV testing plus a Pap smear in 94,370 women" (not "asked 100
# people to take part"), "21 percent … survived, compared with 4 percent of the other group" (a trial's other arm, or
# a registry's)
METHOD_WORDING = re.compile(
    r"\bcompared\s+(?:with|to)\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:of|in)\s+)?the\s+other\s+(?:group|arm)\b|"
    r"\basked\s+(?:(?:more|nearly|almost|about|over|than|roughly|some)\s+)*[\d,]+\s+(?:[\w-]+\s+){0,4}?" + _PEOPLE
    + r"\b[^.;]{0,80}?\bto\s+(?!take\s+part\b|participate\b|join\b|volunteer\b|enrol|enroll)[a-z]"
    r"|\bcompared\s+(?:[\w-]+\s+){1,6}?(?:with|to|against)\s+(?:[\w-]+\s+){1,8}?in\s+(?:(?:more|nearly|almost|about|over"
    r"|than|roughly|some)\s+)*[\d,]+\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE)


# A change measured after an intervention, with no comparison group named: "improved
# significantly at all follow-up times following surgery", "after nine days of having their
# sugar reduced, they showed improvements", "mortality decreased … after FSI implementation".
# Such a sentence reports an uncontrolled experiment's result, not an association.
AFTER_INTERVENTION = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|a|an|their|his|her|just|only|about|nearly|almost|each|every)\s+)*"
    r"(?:[\w'’-]+\s+){0,3}?(?:surgery|surgeries|operations?|treatments?|therapy|therapies|implementation|interventions?"
    r"|procedures?|reductions?|sessions?|courses?|programmes?|programs?|injections?|infusions?|transplants?|days|weeks"
    r"|months|classes)\b", re.IGNORECASE)


# A device or a technique: tested in trials and on the bench, hardly ever by surveys or records,
# so its causal wording in a story that names an observational design elsewhere is seldom an
# association overstated ("Novel Imaging Technique Improves Prostate Cancer Detection",
# "Below-the-skin defibrillator restores heartbeat")
DEVICE_OR_TECHNIQUE = re.compile(
    r"\b(?:devices?|caps?|implants?|stimulat\w*|techniques?|imaging|scanners?|robot\w*|defibrillators?|stents?|apps?"
    r"|lasers?|sensors?|headbands?|wearables?|hearing\s+aids?)\b", re.IGNORECASE)


# Work in a lab, a dish or a tube, beside the animal and cell cues; lower case only, so a speaker's
# affiliation ("a professor at the Easton Laboratories") is not lab work
LAB_WORK = re.compile(r"\b(?:lab|labs|laboratory|laboratories|in\s+vitro|test[- ]tubes?|petri)\b")


# What earlier work found, told as background: "previous studies have found that prolonged sitting
# can raise …", "aspirin has been shown to help keep blood from clotting", "the researchers said in
# background notes". Not the story's own finding, so no association of its own overstated.
BACKGROUND = re.compile(
    r"\b(?:previous|earlier|past|prior|other|some|many|several|older|existing)\s+(?:[\w-]+\s+){0,2}(?:study|studies"
    r"|research|trials|reports|analyses)\b"
    r"|\b(?:studies|research|evidence)\s+(?:(?:over|in|from|during)\s+(?:[\w-]+\s+){1,4}?)?(?:has|have)\s+"
    r"(?:also\s+|long\s+|consistently\s+)?(?:found|shown|suggested|demonstrated|established)\b"
    r"|\b(?:has|have)\s+(?:long\s+|also\s+|already\s+|previously\s+)?been\s+(?:shown|found|reported|known)\b"
    r"|\b(?:has|have|had)\s+(?:also\s+)?previously\s+(?:found|shown|reported|linked)\b"
    r"|\b(?:is|are)\s+(?:well[- ])?known\s+to\b|\bbackground\s+notes?\b|\bevidence\s+has\s+been\b", re.IGNORECASE)


# What is still to be shown, or hoped for: "observational studies are needed to confirm the safety",
# "future studies are now needed to confirm these results", "we look at electromagnetic pulses as a
# potential way to improve quality of life", "want to establish, through randomized trials, that".
# Causal wording in such a sentence is a question or an aim, not a finding stated too strongly.
AIM_OR_NEED = re.compile(
    r"\b(?:is|are|be)\s+(?:still\s+|now\s+|also\s+|urgently\s+|clearly\s+)?(?:needed|warranted|required)\s+to\b"
    r"|\bneeds?\s+to\s+be\s+(?:confirmed|tested|studied|replicated|established)\b"
    r"|\b(?:want|wants|hope|hopes|plan|plans|aim|aims|intend|intends)\s+to\s+(?:\w+\s+){0,8}?(?:establish|confirm|test|determine|prove)\b"
    r"|\bpotential\s+(?:way|means|approach|strategy)\s+to\b")


# the question a study set out to answer: "to test whether", "to determine how", "in order to see if"
AIM_QUESTION = (r"\b(?:to|in\s+order\s+to)\s+(?:test|see|find\s+out|determine|learn|investigate|examine|study|check|explore"
                r"|tell|know|show|assess|evaluate|understand)\s+(?:whether|if|how|what|which)\b")
# a causal verb that states a purpose or an aim, not a finding: "beta-blockers used by musicians,
# athletes, students to enhance performance", "the usefulness of vitamin B12 supplements to reduce
# the risk", "examined … to determine how their olive oil consumption affected their chances"
PURPOSE_OR_AIM = re.compile(
    r"\b(?:used|taken|designed|aimed|intended|prescribed|developed|usefulness|in\s+order|so\s+as|trying|try|tries"
    r"|attempts?|seeks?|sought|set\s+out|hopes?|hoping|wants?|wanted|plans?|planned)\s+(?:[\w,'’-]+\s+){0,5}?to\s+$"
    r"|" + AIM_QUESTION + r"[^.;]*$", re.IGNORECASE)
# causal language without a causal verb: "may offer some protection against", "might translate into
# healthier growth", "you may live longer", "may stall the progression"
CAUSAL_PHRASE = re.compile(r"\b(?:protection\s+against|translat\w+\s+into|live\s+longer|stall\w*)\b", re.IGNORECASE)


# "The more chocolate women said they ate, the lower their risk of stroke": a dose-response stated
# as a correlation ("the lower" is a comparative, not the verb "lower"). With no causal verb
# besides, such a sentence reports the association as one.
CORRELATIVE = re.compile(
    r"\bthe\s+(?:more|less|higher|lower|greater|fewer|longer|shorter|bigger|smaller)\b[^.;]{0,80}?,?\s+"
    r"the\s+(?:more|less|higher|lower|greater|fewer|longer|shorter|better|worse|bigger|smaller)\b", re.IGNORECASE)


# A sentence that reports a study's result names the study, its data or the people who ran it
# ("the study found", "in this analysis", "according to Korean researchers", "the makers reported").
# Causal wording without one is mostly a fact, a mechanism or a testimonial around the story
# ("Caffeine inhibits this circuit …, the researchers say", "fitness reduces your risk of disease";
# not "found" as in "chemicals found in tobacco smoke"), unless the study's author, named as such,
# says it (STUDY_AUTHOR_SAYS: "… fitness reduces your risk of disease and death," says the paper's lead author).
NAMES_A_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|analys[ie]s|research|survey|data|findings?|results?|cohort|records|report)\b"
    r"|\b(?:researchers|scientists|investigators|authors|team)\s+(?:\w+\s+){0,2}(?:find|show|shows|showed|added|noted)\b"
    r"|\b(?<!been\s)(?:found(?!\s+in\b)|finds|reported|reports|concluded|concludes|observed|discovered)\b|\baccording\s+to\b"
    r"|\bwe\s+(?:\w+\s+)?(?:showed|saw)\b",
    re.IGNORECASE)


# ... or by its author, named as such, speaking for it: "Coffee protects the brain, the lead author said", "said
# Dr Ray, who led the study" (not "the researchers say", which as often explains a fact or a mechanism)
STUDY_AUTHOR_SAYS = re.compile(
    r"\b(?:(?:lead|senior|first|corresponding|principal|study)\s+(?:author|investigator|researcher)s?|co-?authors?"
    r"|who\s+led\s+the\s+(?:study|research|work|analysis))\b",
    re.IGNORECASE)


# How a story describes an observational design without its name: "tracked nearly 2,500 women"
# (a number: trials follow their participants too), "looked at data from over 86,000 women",
# "compared with those who did not", "39% lower odds", "the Nurses' Health Study", "a
# population-based", "registry" data, people grouped by what they ate
OBSERVATIONAL_WORDING = re.compile(
    r"\b(?:tracked|followed)\s+(?:(?:more|nearly|almost|about|over|than|roughly|some)\s+)*[\d,]+\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|participants|women|men|adults|children|kids|patients|veterans|nurses|residents|individuals|babies|infants|mothers)\b"
    r"|\b(?:looked\s+at|analy[sz]ed|examined|reviewed|studied|combed\s+through|used|using|tapp(?:ed|ing)\s+into|dr(?:ew|awing)\s+on"
    r"|pulled|mined)\s+(?:an?\s+(?:[\w-]+\s+)?(?:trove|wealth|set)\s+of\s+)?(?:(?:the|health|medical|insurance|national|hospital|claims|medicare|medicaid|billing|prescription|pharmacy"
    r"|federal|government|veterans)\s+)*(?:data|records|registr(?:y|ies)|databases?)\b"
    # (not a trial's own data: "using data from the same study")
    r"(?!\s+(?:from|of|on)\s+(?:the|this|that|a|their)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:trials?|study))"
    # ... or named otherwise: "looked at information from more than 76,000 patients", "a database of nearly 44,000
    # patients", "interviewed 200 patients who were undergoing a diagnostic test"
    r"|\b(?:looked\s+at|analy[sz]ed|examined|reviewed|used|using)\s+information\s+(?:from|on)\b"
    r"|\bdatabase\s+of\s+(?:(?:more|nearly|almost|about|over|than|roughly|some|of)\s+)*[\d,]+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:people|participants|women|men|adults|children|patients|veterans|individuals)\b"
    r"|\b(?:interviewed|surveyed|polled|questioned)\s+(?:(?:more|nearly|almost|about|over|than|roughly|some)\s+)*[\d,]+\s"
    # charts and claims read: "reviewed the medical charts of 9,073 weight-loss surgery patients", "an analysis of
    # insurance claims for more than 2,200 people" (people "followed for 15 years" with no count is any study's
    # follow-up, a trial's too)
    r"|\b(?:looked\s+at|analy[sz]ed|examined|reviewed|studied|combed\s+through)\s+(?:(?:the|health|medical|insurance|hospital"
    r"|patient|patients['’]|electronic)\s+)*(?:charts|claims)\b|\banalys[ie]s\s+of\s+(?:[\w-]+\s+){0,2}?(?:claims|records)\b"
    r"|\b(?:compared\s+(?:with|to)|than)\s+(?:those|people|women|men|adults|children|participants|patients|others)\s+who\s+(?:did\s+not|didn['’]t|do\s+not|don['’]t|never|rarely|seldom|were\s+not|weren['’]t)\b"
    r"|\b(?:lower|higher|greater|reduced|increased|smaller|bigger)\s+odds\b|\bodds\s+ratios?\b"
    r"|\bcase[- ]control\b|\bpopulation[- ]based\b|\bregistr(?:y|ies)\b|\b(?:prospective|retrospective)\b"
    r"|\bhealth\s+(?:study|survey)\b"
    # people grouped by what they chose to eat or drink or by what their blood held: "those who ate the
    # most chocolate", "in the top fifth of fiber intake", "women who drank … were 20% more likely",
    # "regular fish-eaters were less likely", "the highest levels of alpha-carotene in their blood"
    r"|\b(?:ate|eating|drank|drinking|consumed|consuming)\s+the\s+(?:most|least)\b"
    r"|\b(?:highest|lowest|top|bottom)\s+(?:third|quarter|fifth|quartile|quintile|tertile|tenth|decile)s?\b"
    r"|\bthe\s+(?:highest|lowest)\s+(?:blood\s+levels?|(?:[\w-]+\s+){0,2}(?:intakes?|consumption)"
    r"|levels?\s+of\s+(?:[\w-]+\s+){1,3}in\s+their\s+(?:blood|bodies|diets?))\b"
    r"|\beaters\s+(?:were|had)\s+(?:\d[\d.]*\s?(?:%|percent|per\s?cent)\s+)?(?:less|more)\s+likely\b"
    r"|\b(?:who|that)\s+(?:ate|eat|drank|drink|consumed|consume|reported\s+(?:eating|drinking|taking|using)|said\s+they)\b"
    r"[^.;]{0,80}?\b(?:were|was|had)\s+(?:\d[\d.]*\s?(?:%|percent|per\s?cent)\s+)?(?:less|more)\s+likely\b")


# Observational wording that any story uses of its people or its numbers ("people who have MS",
# "those who took the drug", "data from the trial"), beside the wording that names a design ("a
# survey", "linked to", "a cohort", "medical records")
WEAK_OBSERVATIONAL = re.compile(r"(?:people|those|participants) who|drinkers|eaters|users|data from", re.IGNORECASE)
# "associated with", "linked to" describing a known property, not reporting what a study found:
# "the costs associated with proton therapy", "side effects associated with the drug", "a genetic
# variant associated with autism", "trigger sites linked to certain headache patterns"
_PROPERTY_BEFORE = re.compile(
    r"\b(?:costs?|expenses|savings|risks|side[- ]effects|complications|symptoms|factors|problems|dangers|harms"
    r"|hazards|variants?|mutations?|genes|bacteria|sites|stigma|challenges|burdens?|fats?|proteins?|antibod(?:y|ies)"
    r"|(?:bio)?markers?|plaques?|enzymes?|hormones?|molecules?|substances?|compounds?|chemicals?|conditions|diseases"
    r"|disorders|illnesses|infections)(?:\s+(?:in|of|on|from)\s+(?:the\s+|a\s+)?[\w-]+)?\s+(?:(?:commonly|often|typically"
    r"|usually|normally|also|closely|strongly)\s+)?$", re.IGNORECASE)
_RELATION_WORD = re.compile(r"associat|link|tied", re.IGNORECASE)
# a questionnaire that measures an outcome, by its name: "the Fibromyalgia Impact Questionnaire"
_NAMED_INSTRUMENT = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")
# a source line under a table or a chart names where a figure came from, not the story's design:
# "Source: Australian Bureau of Statistics, 2016, National Health Survey: First results"
_SOURCE_LINE = re.compile(r"\s*(?:sources?|data\s+source)\s*:", re.IGNORECASE)


def names_observational_design(text: str, cues: dict, headline: bool = False) -> bool:
    """True if `text` names an observational design or describes one (`OBSERVATIONAL_WORDING`),
    not only its people. A relation ("associated with", "linked to") names one where the sentence
    reports a finding (the headline, or a sentence naming a study: `NAMES_A_STUDY`), not where it
    states a fact ("Severe obesity is associated with serious conditions", "They are linked to
    declining estrogen levels") or a property ("the costs associated with"). A questionnaire named
    as an outcome measure names no design."""
    if _SOURCE_LINE.match(text):
        return False
    if OBSERVATIONAL_WORDING.search(text.lower()):
        return True
    # a relation found by earlier work ("Previous studies have found a link between gum disease and
    # prostatitis") is background, not the design of the story's own study
    reports = headline or bool(NAMES_A_STUDY.search(text)) and not BACKGROUND.search(text)
    return any(not (WEAK_OBSERVATIONAL.fullmatch(text[a:b])
                    or _RELATION_WORD.match(text, a) and (not reports or _PROPERTY_BEFORE.search(text[max(0, a - 40):a]))
                    or text[a:b] == "Questionnaire" and _NAMED_INSTRUMENT.search(text[max(0, a - 60):a]))
               for a, b in cues.get("observational", ()))


# A dog that is a pet, a companion or a yoga pose, not a study's animal: "walking dogs in the woods", "alongside
# their dog, Lucy", "the benefits of owning a dog", "yoga poses like wall dog" (senses._PET, which decides
# whether a flag rests on a dog, also takes "a" and "the")
PET_DOG_BEFORE = re.compile(
    r"\b(?:their|his|her|your|my|our|family|pet|therapy|guide|service|own|owning|walk(?:s|ing|ed)?|taking|holding"
    r"|wall|downward|upward)[\s-]+(?:(?:a|the)\s+)?(?:facing[\s-]+)?$")


def _pet_dogs_only(text: str, spans: list[tuple[int, int]]) -> bool:
    low = text.lower()
    return all(low[a:b] in ("dog", "dogs") and PET_DOG_BEFORE.search(low[max(0, a - 30):a]) for a, b in spans)


def story_design(texts: list[str], cues: list[dict] | None = None, headline: int | None = None) -> dict:
    """Which study designs the story mentions (animal, cell, observational, trial) and where;
    `observational_named`: whether some observational wording names a design, not only people;
    `described_sentences`: where a design is described without its name ("randomly assigned",
    "looked at data from"). `headline`: the index of the headline in `texts`, if any."""
    cues = cues or [cue_matches(t) for t in texts]
    lows = [t.lower() for t in texts]
    described = {"trial": {i for i, t in enumerate(lows) if TRIAL_WORDING.search(t)},
                 "observational": {i for i, t in enumerate(lows) if OBSERVATIONAL_WORDING.search(t)}}
    method = {i for i, t in enumerate(lows) if METHOD_WORDING.search(t)}
    out = {"described_sentences": sorted(described["trial"] | described["observational"] | method)}
    for fam in ("animal", "cell", "observational", "trial"):
        idx = [i for i, c in enumerate(cues) if fam in c and not (fam == "animal" and _pet_dogs_only(texts[i], c[fam]))
               or i in described.get(fam, ())]
        out[fam] = bool(idx)
        out[fam + "_sentences"] = idx
    out["observational_named"] = any(names_observational_design(texts[i], cues[i], i == headline) for i in out["observational_sentences"])
    return out


# The order the checklist's families of wording are listed in (classifier/scan.py finds them all in
# one pass over each sentence, trying at each word start only the wording that can begin there)
_ORDER = ["CALL_TO_ACTION", "SELLER", "PRESS_RELEASE", "INDEPENDENT", "COI", "ABSOLUTE", "RELATIVE", "SIZE", "LIMITS", "COST",
          "HARM_DENIED", "HARM_SPECIFIC", "HARM_VAGUE", "CONTEXT", "AVAILABILITY", "ORIGINAL", "ALTERNATIVES", "STUDY", "INTERVENTION"]
SCANNER = FamilyScanner({n: globals()[n] for n in _ORDER})


def _scan(texts: list[str]) -> dict[str, list[int]]:
    """Family name -> indices of the (lower-cased) sentences where its wording occurs."""
    hits: dict[str, list[int]] = {n: [] for n in _ORDER}
    for i, t in enumerate(texts):
        for n in SCANNER.families(t):
            hits[n].append(i)
    return hits


def _only_other_senses(words: re.Pattern, other_senses: re.Pattern, text: str) -> bool:
    """True if every match of `words` in the (lower-cased) sentence lies inside a match of
    `other_senses`: a harm word that names an outcome the treatment prevents ("fewer deaths from
    heart disease"), an availability word about the paper ("the study is available online")."""
    spans = [m.span() for m in words.finditer(text)]
    others = [m.span() for m in other_senses.finditer(text)]
    return bool(spans) and all(any(a <= s and e <= b for a, b in others) for s, e in spans)


def _names_alternatives(text: str, names_treatment: bool) -> bool:
    """True if the (lower-cased) sentence speaks of other treatments: "instead of" counts only in a
    sentence that names a treatment or a test (`names_treatment`)."""
    other = ALTERNATIVES_OTHER_SENSE if names_treatment else _ALTERNATIVES_OTHER_OR_INSTEAD
    return not _only_other_senses(_ALTERNATIVES_WORDS, other, text)


def _crit(cid: str, status: str, evidence: list[int], reason: str) -> dict:
    """One criterion's verdict; its evidence each sentence once, in the order given (a sentence flagged
    for two labels comes once)."""
    return {"id": cid, "name": NAMES[cid], "status": status, "evidence": list(dict.fromkeys(evidence))[:8],
            "reason": reason}


NO_INTERVENTION = "no treatment, test or product is discussed"


def _mentioned(cid: str, hits: list[int], applies: bool, found: str, missing: str,
               missing_evidence: list[int] = ()) -> dict:
    """The common shape: satisfied when the story mentions it, not satisfied when a treatment
    is discussed without it, not applicable otherwise."""
    if hits:
        return _crit(cid, "satisfied", hits, found)
    if applies:
        return _crit(cid, "not_satisfied", missing_evidence, missing)
    return _crit(cid, "not_applicable", [], NO_INTERVENTION)


def not_assessed(reason: str) -> list[dict]:
    """The checklist of a text the analyser does not read: every criterion not applicable, for `reason`."""
    return [_crit(c, "not_applicable", [], reason) for c in NAMES]


def evaluate(sentences: list[dict], design: dict | None = None, cues: list[dict] | None = None,
             end_matter: int | None = None) -> list[dict]:
    """The checklist for `sentences` (the analyser's, with "text", "start", "labels", "headline");
    `end_matter` is the offset where a press release's end matter begins, if it has any."""
    if not sentences:
        return not_assessed("no text to assess")
    design = design or story_design([s["text"] for s in sentences], cues,
                                    next((i for i, s in enumerate(sentences) if s.get("headline")), None))
    texts = [s["text"].lower() for s in sentences]
    found = _scan(texts)
    if end_matter is not None:
        # a press release's end matter describes the institution, not the treatment: "Penn Medicine …
        # together form a $5.3 billion enterprise" is no cost, "Since 1948, AACC has worked to advance
        # the field" no earlier research (its notes may still describe the study, its design and size)
        for family in ("COST", "CONTEXT"):
            found[family] = [i for i in found[family] if sentences[i]["start"] < end_matter]
    flagged = {lab: [i for i, s in enumerate(sentences) if lab in s.get("labels", ())]
               for lab in ("cure", "novelty", "hype", "causal", "extrapolation", "certainty")}
    any_flag = sorted({i for v in flagged.values() for i in v})
    interv = [i for i in found["INTERVENTION"]  # (only "medicine" has other senses to set apart)
              if "medicine" not in texts[i] or not _only_other_senses(_INTERVENTION_WORDS, INTERVENTION_OTHER_SENSE, texts[i])]
    about_intervention = bool(interv)
    cta, seller = found["CALL_TO_ACTION"], found["SELLER"]
    sellers_page = bool(cta or (seller and about_intervention))
    out = []

    # costs
    costs = [i for i in found["COST"] if not _only_other_senses(_COST_WORDS, COST_OTHER_SENSE, texts[i])]
    out.append(_mentioned("costs", costs, about_intervention,
                          "the story mentions what it costs or who pays",
                          "a treatment or test is discussed but its cost is never mentioned", interv[:3]))

    # benefits in absolute terms
    absolute = [i for i in found["ABSOLUTE"] if (not _HARM_RATE.search(texts[i]) or _BENEFIT_BESIDE.search(texts[i]))
                and not _HOPED_FOR.search(texts[i])
                and (_COMPARED.search(texts[i]) or not _only_other_senses(_ABSOLUTE_WORDS, ABSOLUTE_OTHER_SENSE, texts[i]))]
    relative = [i for i in found["RELATIVE"] if not _NO_BENEFITS_CHANGE.search(texts[i])]
    if absolute:
        out.append(_crit("benefits_quantified", "satisfied", absolute, "benefits are given in absolute numbers"))
    elif relative:
        out.append(_crit("benefits_quantified", "not_satisfied", relative, "benefits are given only in relative terms"))
    elif about_intervention or any_flag:
        out.append(_crit("benefits_quantified", "not_satisfied", (flagged["cure"] + flagged["hype"])[:3] or interv[:3],
                         "benefits are claimed but never quantified (no numbers of patients or outcomes)"))
    else:
        out.append(_crit("benefits_quantified", "not_applicable", [], "no benefit is claimed"))

    # harms
    # (no serious harms beside milder ones named describes them: "Although some volunteers experienced redness and
    # itchiness at the site of the patch, there were no serious side effects")
    milder = [i for i in found["HARM_DENIED"] if _SERIOUS_DENIED.search(texts[i]) and _MILDER_BESIDE.search(texts[i])]
    denied = [i for i in found["HARM_DENIED"] if i not in milder]
    specific = sorted(set(milder) | {i for i in found["HARM_SPECIFIC"] if i not in denied
                                     and not _only_other_senses(_HARM_WORDS, HARM_AS_OUTCOME, texts[i])
                                     and (_HARM_NAMED_WORDS.search(texts[i]) or (about_intervention and SUFFERED.search(texts[i])))})
    vague = [i for i in found["HARM_VAGUE"] if i not in denied]
    if specific and (len(specific) >= 2 or milder or any(_harm_measured(texts[i]) for i in specific)):
        out.append(_crit("harms", "satisfied", specific, "harms or side effects are described"))
    elif denied:
        out.append(_crit("harms", "not_satisfied", denied + specific,
                          "harms are denied (no side effects, completely safe) rather than described"))
    elif specific or vague:
        out.append(_crit("harms", "not_satisfied", specific + vague,
                          "harms are mentioned only in passing, without how often or how serious"))
    elif about_intervention:
        out.append(_crit("harms", "not_satisfied", [], "no harms or side effects are mentioned"))
    else:
        out.append(_crit("harms", "not_applicable", [], NO_INTERVENTION))

    # evidence quality
    # the design named ("a cohort") or described ("randomly assigned", "looked at data from 86,000 women")
    study, limits = sorted(set(found["STUDY"] + design["described_sentences"])), found["LIMITS"]
    size = [i for i in found["SIZE"] if not _PREVALENCE.search(texts[i]) or _A_STUDYS_PEOPLE.search(texts[i])]
    own_figures = []
    if sellers_page:
        own_figures = [i for i in sorted(set(study + size)) if _SELLERS_OWN_FIGURES.search(texts[i])]
        study, size = ([i for i in part if i not in own_figures] for part in (study, size))
    preclinical = design["animal_sentences"] + design["cell_sentences"]
    if flagged["extrapolation"]:
        out.append(_crit("evidence_quality", "not_satisfied", flagged["extrapolation"],
                          "results in animals or cells are presented as benefits for people"))
    elif study and size:
        out.append(_crit("evidence_quality", "satisfied", sorted(set(study + size)), "the study design and its size are described"))
    elif study and limits:
        out.append(_crit("evidence_quality", "satisfied", sorted(set(study + limits)),
                          "the study design and its limits are described"))
    elif study or preclinical:
        out.append(_crit("evidence_quality", "not_satisfied", sorted(set(study + preclinical)),
                          "the study is named but not its size or limits"))
    elif own_figures:
        out.append(_crit("evidence_quality", "not_satisfied", own_figures,
                          "the only figures are the seller's own (its survey, the patients it has treated), not a study's"))
    elif size and (about_intervention or any_flag):
        out.append(_crit("evidence_quality", "not_satisfied", size, "the number of people is given but not the kind of study"))
    elif about_intervention or any_flag:
        out.append(_crit("evidence_quality", "not_satisfied", [], "nothing says what kind of study or how many people"))
    else:
        out.append(_crit("evidence_quality", "not_applicable", [], "no research finding is reported"))

    # independent sources and conflicts of interest
    indep = [i for i in found["INDEPENDENT"]
             if not _only_other_senses(_INDEPENDENT_WORDS, INDEPENDENT_OTHER_SENSE, texts[i])]
    coi = found["COI"]
    outside = [] if indep else outside_experts([s["text"] for s in sentences])
    if indep:
        out.append(_crit("independent_sources", "satisfied", indep + coi, "an expert not involved in the work is quoted"))
    elif outside:
        out.append(_crit("independent_sources", "satisfied", outside + coi,
                         "an outside expert is quoted (named with a role and an institution not tied to the work)"))
    elif about_intervention or any_flag or study:
        out.append(_crit("independent_sources", "not_satisfied", coi,
                          "no independent expert is quoted" + (" (funding is mentioned)" if coi else "")))
    else:
        out.append(_crit("independent_sources", "not_applicable", [], "no claim that needs an outside view"))

    # alternatives
    alternatives = [i for i in found["ALTERNATIVES"]
                    if _names_alternatives(texts[i], i in interv or bool(_TREATMENT_NAMED.search(texts[i])))]
    out.append(_mentioned("alternatives", alternatives, about_intervention,
                          "existing options are mentioned", "the treatment is not compared with existing options"))

    # availability
    availability = sorted({i for i in found["AVAILABILITY"]
                           if not _only_other_senses(_AVAILABILITY_WORDS, AVAILABILITY_OTHER_SENSE, texts[i])}
                          | {i for i, s in enumerate(sentences) if NICE.search(s["text"])})
    out.append(_mentioned("availability", availability, about_intervention,
                          "the story says whether it is approved or available",
                          "nothing says whether it is approved or available"))

    # true novelty
    ctx = [i for i in found["CONTEXT"] if not _only_other_senses(_CONTEXT_WORDS, CONTEXT_OTHER_SENSE, texts[i])]
    if ctx:
        out.append(_crit("novelty", "satisfied", ctx, "the work is placed among earlier research"))
    elif flagged["novelty"]:
        out.append(_crit("novelty", "not_satisfied", flagged["novelty"], "claims novelty without saying what came before"))
    elif about_intervention:
        out.append(_crit("novelty", "not_satisfied", [], "does not say how new the approach really is"))
    else:
        out.append(_crit("novelty", "not_applicable", [], NO_INTERVENTION))

    # reliance on a press release (a question for the news: HealthNewsReview's criteria for the releases
    # themselves leave it out)
    pr = found["PRESS_RELEASE"]
    orig = [i for i in found["ORIGINAL"] if not _only_other_senses(_ORIGINAL_WORDS, ORIGINAL_OTHER_SENSE, texts[i])]
    voices = sorted(set(orig + indep + outside))
    own_release = release_marks([s["text"] for s in sentences], texts)
    if not own_release and end_matter is not None:
        own_release = [i for i, s in enumerate(sentences) if s["start"] >= end_matter][:1]
    if own_release:
        out.append(_crit("press_release", "not_applicable", own_release[:1], "the text is a press release itself"))
    elif pr and not voices:
        out.append(_crit("press_release", "not_satisfied", pr, "relies on a press release or a copied source"))
    elif voices:
        out.append(_crit("press_release", "satisfied", voices, "has its own reporting or outside voices"))
    elif about_intervention or any_flag:
        out.append(_crit("press_release", "not_satisfied", [], "no original reporting or outside voice: reads like a press release"))
    else:
        out.append(_crit("press_release", "not_applicable", [], "no claim that needs reporting"))

    # commercial interest (seller of the treatment, call to action)
    if sellers_page:
        out.append(_crit("commercial_interest", "not_satisfied", sorted(set(cta + seller)),
                          "published by or for a seller of the treatment" + (" with a call to action" if cta else "")))
    else:
        out.append(_crit("commercial_interest", "satisfied", [], "no seller or call to action found"))
    return out
