"""Outside experts a story quotes without saying that they were not involved.

News introduces its outside voice by name, role and institution ("said Dr. Jennifer Wu, an
obstetrician at Lenox Hill Hospital in New York City"), rarely with "who was not involved in the
study". `outside_experts` finds such a speaker when nothing in the story ties them to the work: their
role is no author's, investigator's, funder's, adviser's or seller's, their surname never stands
beside an author or team word ("lead author Cannon", "Plecha's findings"), and their institution is
named nowhere else in the story (where it is, it is usually the study's: "researchers at Harvard
Medical School … said Dr. X, a professor at Harvard Medical School").

A press release quotes its own people in the same form ("said Jeffrey Shuren, director of the FDA's
Center for Devices"), so a text that reads as one (`reads_as_release`: a wire's or a newsroom's
markers, "###", "About Boston Scientific") gets no outside expert from here; a release's outside
voice says "not involved" (the criterion's own wording).
"""
from __future__ import annotations

import re

from .claim_parts import SPEECH_VERBS
from .release import COMPANY_SUFFIX, COMPANY_TRADE, reads_as_release

_TITLE = r"Dr\.?|Prof(?:essor|\.)?"
_PERSON = r"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}(?:,?\s+(?:Jr|Sr)\.)?"
_NAME = r"(?P<name>(?:(?:" + _TITLE + r")\s+)?" + _PERSON + ")"
_DEGREES = r"(?:,\s+(?:M\.?D\.?|Ph\.?D\.?|M\.?P\.?H\.?|R\.?N\.?|FACC|FACS)\.?)*"
_EXPERT_ROLE_WORDS = (
    r"professor|doctor|\w*physician|\w*surgeon|\w+ologist|\w+iatrist|pediatrician|paediatrician|researcher|\w*scientist|expert"
    r"|specialist|director|chief|chair|chairman|chairwoman|head|dean|spokes(?:wo)?man|spokesperson|president|fellow|nurse"
    r"|pharmacist|dietitian|nutritionist|statistician|epidemiologist|clinician|practitioner|instructor|lecturer"
    r"|ob-?gyn|ob/gyn|internist|obstetrician|dentist|\w*therapist|midwife|\w*engineer")
_VERBS = SPEECH_VERBS + r"|caution(?:s|ed)|agree[sd]?|warn(?:s|ed)|commented"
# the institution, up to a comma, a speech verb or the sentence's end
# (it ends before an acronym in brackets, "the British Heart Foundation (BHF) health charity", and at a full stop unless
# a hyphen follows it: "the U.K.-based Royal College of Paediatrics")
_INSTITUTION = r"(?P<inst>(?:the\s+)?[A-Z][^,;()]{2,80}?)(?=,|\s*\(|\s+(?:who|" + _VERBS + r")\b|\.(?!-)|$)"
# "Name, (a|the) role at|of|with Institution"
_INTRO = re.compile(
    _NAME + _DEGREES + r",\s+(?P<role>(?:an?\s+|the\s+)?[^,;()]{3,120}?)\s+(?:at|of|with|from|for|in)\s+" + _INSTITUTION)
_OF_INSTITUTION = _DEGREES + r",?\s+(?:of|from|at)\s+" + _INSTITUTION
# ... or by title and institution alone: "said Dr. Sheldon Feldman of New York's Montefiore Einstein Center for Cancer
# Care" (the title is the role)
_INTRO_TITLED = re.compile(r"(?P<name>(?P<role>" + _TITLE + r")\s+" + _PERSON + ")" + _OF_INSTITUTION)
# ... or named after their role: "epidemiologist Hannah Knudsen of the University of Kentucky in Lexington told BuzzFeed
# News" (the words before the role come with it, so "lead researcher Dr. Judith Tsui of …" stays the work's)
_INTRO_ROLE_FIRST = re.compile(
    r"(?P<role>(?:\b[a-z][\w-]*\s+){0,3}?\b[a-z][\w-]*(?:ologist|iatrist|ician|expert|specialist|professor|scientist"
    r"|researcher|surgeon))\s+(?P<name>(?:Dr\.?\s+)?" + _PERSON + ")" + _OF_INSTITUTION)
# ... or by what they run: "said Dr. Geoffrey Sher, who heads the Sher Institutes for Reproductive Medicine", "who directs the
# inflammatory bowel disease program at Lenox Hill Hospital" (not "who heads the research", "who leads this team")
_INTRO_WHO_HEADS = re.compile(
    _NAME + _DEGREES + r",?\s+who\s+(?:directs|heads|leads|runs|chairs)\s+(?P<role>(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,6}?)"
    r"(?:(?:at|of|for)\s+)?" + _INSTITUTION)
# ... or with the institution before the role: "said Cassandra Quave, an Emory University scientist", "American Cancer
# Society Director of Prostate and Colorectal Cancers Durado Brooks, MD, tells WebMD", "Yale Child Study Center director
# Fred Volkmar told WebMD"
_CAPITALISED = r"[A-Z][\w'’.&-]*"
_INTRO_INSTITUTION_FIRST = re.compile(
    _NAME + _DEGREES + r",\s+(?:an?|the)\s+(?P<inst>" + _CAPITALISED + r"(?:\s+(?:" + _CAPITALISED + r"|of|and|at))*?)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}?(?:" + _EXPERT_ROLE_WORDS + r"))\b")
_INTRO_INSTITUTION_BEFORE = re.compile(
    r"\b(?P<inst>" + _CAPITALISED + r"(?:\s+(?:" + _CAPITALISED + r"|of|and|for))*?(?:\s+\([A-Z]+\))?)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,2}?(?:" + _EXPERT_ROLE_WORDS + r")"
    r"|(?:(?:Executive|Medical|Scientific|Research|Managing|Clinical|Deputy|Associate|Assistant|Senior|Founding)\s+)?"
    r"(?:Director|President|Chief|Professor)(?:\s+(?:of|and|for)(?:\s+[A-Z][\w-]*)+)*)"
    r"\s+(?P<name>(?:(?:Dr\.?|Professor)\s+)?" + _PERSON + ")")
# capitalised words that name a place of work or a firm, not a person
_PLACE_NAME = re.compile(r"\b(?:School|University|Hospital|Center|Centre|Institute|College|Clinic|Foundation|Society"
                         r"|Association|Group|Partners)$")
# A sentence that quotes: a speech verb, "according to", or a verb of opinion ("described the findings as 'very
# promising'", "praised the study"); "called" only right after the introduction, past the rest of a place ("in
# Manhasset, N.Y., called the new research …"), since a sentence may name "a study called …"
_OPINION_VERBS = r"described|praised|welcomed|criticized|criticised|questioned|highlighted|pointed\s+out"
_SPEECH = re.compile(r"\b(?:" + _VERBS + r"|according\s+to|" + _OPINION_VERBS + r")\b")
_CALLED_AFTER = re.compile(r"(?:,\s*(?:and\s+)?[A-Z][^,;]{0,40}?){0,3},?\s*called\b")
_WHO_CLAUSE = re.compile(r"[^.;]{0,60}?,\s+(who\s+[^,.;]*)")
# a role that speaks with expertise ...
_EXPERT_ROLE = re.compile(r"\b(?:" + _EXPERT_ROLE_WORDS + r")\b", re.I)
# ... and not from inside the work, its money or its sales ("who worked on the study", "who has advised Abbott")
_INSIDE_ROLE = re.compile(
    r"\b(?:authors?|co-?authors?|led|lead|leader|investigators?|principal|senior|study['’]s|the study|this study|the research"
    r"|the trial|team|colleagues?|company|companies|founder|co-?founder|co-?chair\w*|marketing|developer|inventor"
    r"|patient|mother|father|husband|wife"
    r"|headed|heads|worked on|works on|helped|participated|took part|ran the|runs the|conducted|oversaw|oversees"
    r"|developed|co-developed|invented|created|pioneered"
    # the doctor who gave the story's patient the treatment: "who treated Sarah at a private clinic" (not "who treats
    # patients with depression", a clinician's expertise)
    r"|(?:treated|operated\s+on)\s+(?:her|him|them|(?-i:[A-Z][a-z]+))"
    # the panel that made the advice a story reports: "a member of the task force"
    r"|member\s+of\s+the\s+(?:task\s+force|panel|committee)|(?:task\s+force|panel|committee)\s+member"
    r"|advis\w*|consult\w*|paid|funded|the researchers"
    # "who is involved in running a larger, follow-up study" (not "who was not involved in the study")
    r"|(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)involved\s+(?:in|with))\b", re.I)
# ... a company's officers, unless the institution is a society, a charity, a hospital or a university, whose officers
# speak for the field: "Dr. Len Lichtenfeld, deputy chief medical officer of the American Cancer Society"
_OFFICER = re.compile(r"\b(?:ceo|chief executive|chief medical officer|chief scientific officer|vice president"
                      r"|spokes(?:wo)?man|spokesperson"
                      r"|head of (?:[\w-]+ ){0,2}?development)\b", re.I)  # "Bristol's head of development for Yervoy"
_NOT_A_COMPANY = re.compile(r"\b(?:society|association|foundation|academy|college|universit(?:y|ies)|hospitals?|nhs|institutes?"
                            r"|cent(?:er|re)|council|charity|federation|alliance|league)\b", re.I)
# "says researcher Ira Sharlip, MD, clinical professor of urology at …", "says study head Michael Carducci",
# "study chair Dr. Matthew J. Ellis, a breast cancer specialist at …"
_INSIDE_BEFORE = re.compile(
    r"\b(?:researchers?|author|co-?author|investigator|scientist|leader|study\s+(?:head|chief|director|chair))\s*,?\s*$",
    re.I)
# a speaker quoted from a release or a statement speaks for the institution that issued it: "Dr. Fred
# Nelson, … director of the Osteoarthritis Center at Henry Ford Hospital, said in a hospital news release" (not what they
# e-mailed the reporter: "says in an emailed statement", the story's own reporting)
_RELEASED_WORDS = r"\bin\s+an?\s+(?!(?:e-?mailed|written)\b)(?:[\w-]+\s+){0,2}?(?:release|statement)\b"
# a sentence that ties its person to the work: "lead author Christopher Cannon", "Nestor received a research grant"
_AUTHOR_CONTEXT = re.compile(
    r"\b(?:authors?|co-?authors?|investigators?|principal|senior|team|colleagues|conducted|headed|worked on"
    r"|researchers? (?:at|from)|grant|(?:is|was|are|were)\s+leading"
    # (not the verb of a consequence: "will lead more people to …", "led to")
    r"|(?:led|leads?)(?!\s+(?:to|more|many|people|them|us|you|poisoning)\b))\b"
    # ... or quotes them from a release or a statement, as the study's own: "Kim said in a journal news release"
    r"|" + _RELEASED_WORDS, re.I)
# the speaker's own work in their words: "We were able to identify this new therapeutic use", "our trial"
_FIRST_PERSON_WORK = re.compile(
    r"\b(?:we|our)\s+(?:(?:have|had|were|are|then|also|now|just|first)\s+)*(?:found|find|showed|show|saw|see|identified|tested"
    r"|treated|enrolled|studied|observed|discovered|developed|designed|were\s+able|study|studies|trial|trials|results|findings"
    r"|research|team|data|patients|work|analysis|analyses|paper|survey|review)\b", re.I)
_OWN_WORK = r"['’]s\s+(?:findings|study|research|team|trial|results|group|work|lab|paper)\b"  # "Plecha's findings"
_RELEASED = re.compile(_RELEASED_WORDS, re.I)
# words that make a name a company's: "Exact Sciences Corp.", "Vertex Pharmaceuticals", "the company"
_COMPANY = re.compile(r"\b(?:" + COMPANY_SUFFIX + r"|" + COMPANY_TRADE + r"|company|labs)\b", re.I)

# an institution named as the host of a meeting where the work was presented (see `_names_the_institution`)
_MEETING_WORDS = r"(?:meetings?|conferences?|congress|sessions?|summit|symposium|convention|expo)"
_MEETING_AFTER = re.compile(r"(?:['’]s)?\s*(?:(?:\d{4}|annual|international|scientific|clinical|world|national)\s+)*"
                            # (a meeting named by its subject: "the American Society of Clinical Oncology's annual Breast
                            # Cancer Symposium")
                            r"(?:[\w-]+\s+){0,3}?" + _MEETING_WORDS + r"\b")
_MEETING_BEFORE = re.compile(r"\b" + _MEETING_WORDS + r"\s+of\s+(?:the\s+)?$")
# ... nor an institution cited for its advice or its figures: "while the American Cancer Society advises that annual
# screenings begin at age 45", "according to the American Cancer Society"
_CITED_AFTER = re.compile(r"(?:['’]s)?\s*(?:now\s+|also\s+)?(?:advises|advised|recommends|recommended|estimates|estimated|urges"
                          r"|guidelines?|recommendations?|statistics|figures)\b")
_CITED_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")
# a clause after the introduction that opens with a speech verb ("…, said the study is well done")
_SPEECH_OPENS = re.compile(r"\s*(?:" + _VERBS + r"|" + _OPINION_VERBS + r"|called)\b")
# a funder named after the introduction: "…, part of the National Institutes of Health, which helped pay for the research"
_FUNDER_AFTER = re.compile(r"\b(?:which|that|who)\s+(?:also\s+)?(?:helped\s+)?(?:pa(?:y|id)\s+for|funded|funds|sponsored"
                           r"|financed|supported)\b", re.I)
# the head of an institution's name, two words or more: "tufts university" of "tufts university medical center"
_INSTITUTION_HEAD = re.compile(r"[\w'’.&-]+(?:\s+[\w'’.&-]+)*?\s+(?:university|college|hospital|institute|clinic)\b")
# a pointer for readers names an institution without tying it to the work: "Learn more about psoriasis treatments
# from the National Psoriasis Foundation."
_POINTER = re.compile(r"\b(?:learn|find out|read) more\b|\bmore information\b|\bvisit\b|\bwebsite\b")


_INTRODUCTIONS = (_INTRO, _INTRO_TITLED, _INTRO_ROLE_FIRST, _INTRO_WHO_HEADS, _INTRO_INSTITUTION_FIRST,
                  _INTRO_INSTITUTION_BEFORE)


def outside_experts(texts: list[str]) -> list[int]:
    """Indices of the sentences (as written, not lower-cased) that quote an outside expert."""
    if reads_as_release(texts):
        return []
    lowered = [t.lower() for t in texts]
    found = []
    for i, t in enumerate(texts):
        # (a speaker who tells of "our study" or what "we found" is the work's own, whoever they are)
        speaks = bool(_SPEECH.search(t))
        if not (speaks or "called" in t) or _FIRST_PERSON_WORK.search(t):
            continue
        if any((speaks or _CALLED_AFTER.match(t, m.end())) and _outside(texts, lowered, i, m)
               for intro in _INTRODUCTIONS for m in intro.finditer(t)):
            found.append(i)
    return found


def _outside(texts: list[str], lowered: list[str], i: int, m: re.Match) -> bool:
    role, inst, name = m.group("role"), m.group("inst"), m.group("name")
    if m.re is _INTRO_WHO_HEADS:
        role = "head of " + role
    # "said Nicholas Lange of Harvard Medical School, who directs …", "Chicago-based market researcher SymphonyIRI Group"
    if _PLACE_NAME.search(name) or _COMPANY.search(name):
        return False
    # (the institution too: "a colon cancer expert at the Mayo Clinic and an adviser to Exact Sciences")
    if (not (_EXPERT_ROLE.search(role) or role.startswith(("Dr", "Prof")) or name.startswith(("Dr", "Prof")))
            or _INSIDE_ROLE.search(role + " " + inst)
            or _COMPANY.search(inst)
            or _OFFICER.search(role + " " + inst) and not _NOT_A_COMPANY.search(inst)):
        return False
    text = texts[i]
    clause_after = text[m.end():m.end() + 80].lstrip(",").split(",")[0]  # ", who worked on the study"
    # (a "who" clause after the rest of a long institution's name: "of the University of California, San Diego School
    # of Medicine, who helped develop one of the apps")
    who = _WHO_CLAUSE.match(text, m.end())
    # (what a speech verb opens is what they said, not who they are: "…, said the study is well done")
    role_after = "" if _SPEECH_OPENS.match(clause_after) else clause_after
    if (_INSIDE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _INSIDE_ROLE.search(role_after)
            or who and _INSIDE_ROLE.search(who.group(1)) or _RELEASED.search(clause_after)
            or _FUNDER_AFTER.search(text, m.end())):
        return False
    surname = re.sub(r",?\s+(?:Jr|Sr)\.$", "", name).split()[-1]
    own_work = re.compile(re.escape(surname) + _OWN_WORK)
    # (in the speaker's own sentence, outside the introduction: "a women's health researcher at the Morehouse School of
    # Medicine" is a role, not "researchers at" the study's institution; "study co-authors Dr. Chen Wang and Dr. Bin Cao"
    # still ties them)
    if any(surname in t and _AUTHOR_CONTEXT.search(t if j != i else text[:m.start()] + text[m.end():]) or own_work.search(t)
           for j, t in enumerate(texts)):
        return False
    # (the host of a unit: "the Neurostatistics Laboratory at McLean Hospital" is McLean's, where the study may be)
    institution = re.sub(r"^the\s+", "", inst.strip().split(" at ")[-1], flags=re.I).split(" in ")[0][:40].lower()
    # (and by its head alone: "Tufts University Medical Center" is the "researchers from Tufts University")
    head = _INSTITUTION_HEAD.match(institution)
    keys = (institution, head.group()) if head and head.end() < len(institution) else (institution,)
    return not any(_names_the_institution(key, low) for key in keys
                   for j, (t, low) in enumerate(zip(texts, lowered))
                   if j != i and surname not in t and not _POINTER.search(low))


def _names_the_institution(institution: str, low: str) -> bool:
    """True if the (lower-cased) sentence names the institution other than as the host of a meeting, where studies are
    presented without being the host's ("presented at the Alzheimer's Association International Conference"), or as
    the source of advice or figures."""
    return any(not (_MEETING_AFTER.match(low, m.end()) or _MEETING_BEFORE.search(low, 0, m.start())
                    or _CITED_AFTER.match(low, m.end()) or _CITED_BEFORE.search(low, 0, m.start()))
               for m in re.finditer(re.escape(institution), low))
