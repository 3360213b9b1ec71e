"""Small template generator for part of the Hypewatch corpus.

All slot fillers and templates were written for this project. Each template is
used only a few times, and build_corpus.py caps generated rows at 40% per file.
"""
import itertools

PER_TEMPLATE = 10
HARD_TARGET = {}

DISEASES = [
    "Alzheimer's", "Parkinson's", "multiple sclerosis", "type 1 diabetes",
    "type 2 diabetes", "heart failure", "breast cancer", "pancreatic cancer",
    "leukaemia", "macular degeneration", "age-related hearing loss", "HIV",
    "sickle cell disease", "motor neurone disease", "lupus", "Crohn's disease",
    "glaucoma", "migraine", "severe depression", "psoriasis", "osteoarthritis",
    "cystic fibrosis", "Huntington's disease", "prostate cancer", "asthma",
    "muscular dystrophy", "obesity", "fatty liver disease", "tinnitus",
    "spinal cord injury", "epilepsy", "rheumatoid arthritis",
    "MS", "relapsing MS", "progressive MS", "multiple sclerosis", "secondary progressive MS",
    "MS", "multiple sclerosis",
]
THERAPIES = [
    "a new stem cell therapy", "the gene-editing treatment", "a CRISPR-based therapy",
    "an experimental vaccine", "the new weight-loss jab", "a psilocybin-based pill",
    "a cheap diabetes drug", "the antibody infusion", "a nasal spray",
    "a daily pill", "the implant", "a one-off gene therapy", "a modified virus",
    "an old arthritis drug", "a low-dose immunotherapy", "a personalised mRNA vaccine",
    "an eye-drop treatment", "a blood-thinning drug", "a faecal transplant",
    "a repurposed antibiotic", "the brain stimulation device", "a bone marrow transplant",
    "a stem cell transplant", "a course of stem cell injections", "a mesenchymal stem cell infusion",
    "the stem cell treatment", "a stem cell therapy", "an infusion of the patient's own stem cells",
]
ANIMALS = [
    ("mouse", "in mice"), ("rat", "in rats"), ("monkey", "in monkeys"),
    ("fruit fly", "in fruit flies"), ("zebrafish", "in zebrafish"),
    ("pig", "in pigs"), ("dog", "in pet dogs"), ("worm", "in tiny worms"),
    ("lab", "in human cells grown in a dish"), ("organoid", "in lab-grown mini-organs"),
    ("petri dish", "in a petri dish"), ("mouse", "in mice bred to develop the disease"),
]
EXPOSURES = [
    ("Drinking coffee", "coffee drinkers", "coffee"),
    ("A glass of red wine a day", "wine drinkers", "red wine"),
    ("Eating a handful of nuts", "nut eaters", "nuts"),
    ("Regular exercise", "people who exercised", "exercise"),
    ("Sleeping seven hours a night", "good sleepers", "sleep"),
    ("Owning a dog", "dog owners", "dog ownership"),
    ("Olive oil", "people who used olive oil", "olive oil"),
    ("Taking vitamin D", "vitamin D users", "vitamin D"),
    ("Eating dark chocolate", "chocolate lovers", "chocolate"),
    ("Drinking green tea", "green tea drinkers", "green tea"),
    ("Taking fish oil pills", "fish oil users", "fish oil"),
    ("Gardening", "keen gardeners", "gardening"),
    ("Eating eggs", "egg eaters", "eggs"),
    ("Playing a musical instrument", "amateur musicians", "music"),
    ("Taking a daily nap", "nappers", "napping"),
    ("A Mediterranean diet", "people on a Mediterranean diet", "the Mediterranean diet"),
    ("Doing crosswords", "puzzle fans", "puzzles"),
    ("Sauna bathing", "sauna users", "saunas"),
    ("Eating spicy food", "chilli lovers", "chilli"),
    ("Walking 7,000 steps a day", "regular walkers", "walking"),
]
HARMS = [
    ("Ultra-processed food", "ultra-processed food"), ("Drinking diet soft drinks", "diet drinks"),
    ("Night-shift work", "shift work"), ("Screen time", "screen time"),
    ("Eating red meat", "red meat"), ("Loneliness", "loneliness"),
    ("Air pollution", "air pollution"), ("Using artificial sweeteners", "sweeteners"),
    ("Sitting all day", "sitting"), ("Heavy social media use", "social media"),
]
OUTCOMES = [
    "dementia", "heart disease", "type 2 diabetes", "depression", "early death",
    "stroke", "bowel cancer", "multiple sclerosis", "Parkinson's", "liver disease",
    "memory loss", "breast cancer", "anxiety", "high blood pressure", "MS", "multiple sclerosis",
]
STUDIES = [
    "a survey of 5,000 adults", "a study that followed 80,000 nurses for 20 years",
    "an analysis of health records from 400,000 Britons", "an observational study of 12,000 Swedish men",
    "a questionnaire study of 2,300 pensioners", "data from a long-running cohort of Danish twins",
    "a study of 30,000 Japanese office workers", "an analysis of UK Biobank data",
    "a study that tracked 9,000 people for a decade", "an online poll of 1,800 readers",
    "a population study in South Korea", "a study comparing health records in 40 countries",
]
PEOPLE = ["Dr. Sarah Okafor", "Prof. James Lindqvist", "Dr. Mei Tanaka", "Dr. Rahul Mehta",
          "Prof. Ana Ferreira", "Dr. Tom Whitaker", "Dr. Leila Haddad", "Prof. Piotr Nowak",
          "Dr. Grace Mbeki", "Dr. Hannah Becker", "Prof. Luis Ortega", "Dr. Aisha Rahman"]
PLACES = ["Oxford", "Toronto", "Melbourne", "Boston", "Heidelberg", "Stockholm", "Seoul",
          "Cape Town", "São Paulo", "Edinburgh", "Singapore", "Lyon", "Chicago", "Leiden"]
COMPANIES = ["NeuroVanta", "Cellbridge Bio", "Orison Therapeutics", "Halvard Pharma",
             "BrightGene", "Kestrel Biosciences", "Amaru Health", "Vireo Medical"]
NUMS = [12, 24, 30, 48, 60, 96, 120, 150, 210, 340, 500, 1200]


def noun(t):
    """'a new stem cell therapy' -> 'stem cell therapy'; 'an old arthritis drug' -> 'arthritis drug'."""
    words = t.split(" ")[1:]
    while words and words[0] in ("new", "old", "experimental", "cheap", "one-off", "daily"):
        words = words[1:]
    return " ".join(words)


def cap(s):
    return s[0].upper() + s[1:]


def title(s):
    small = {"a", "an", "the", "of", "in", "to", "for", "and", "or", "with", "on", "at", "by", "as"}
    words = s.split(" ")
    return " ".join(w if (i and w in small) else (w[0].upper() + w[1:] if w else w)
                    for i, w in enumerate(words))


def run(templates, rng, labels, strength_default=None):
    """templates: list of (labels, strength, fn) where fn(rng)->text."""
    out = []
    for labs, strength, fn in templates:
        for _ in range(PER_TEMPLATE):
            t = fn(rng)
            t = " ".join(t.split())
            out.append((t, labs, strength))
    return out


def P(r, xs):
    return r.choice(xs)


def positives(label, r):
    D, T, A, E, H, O, S = DISEASES, THERAPIES, ANIMALS, EXPOSURES, HARMS, OUTCOMES, STUDIES
    tp = {
        "cure": [
            ("cure", "causal", lambda r: f"{cap(P(r, T))} cured {P(r, D)} in {P(r, NUMS)} patients, doctors say"),
            ("cure hype", "causal", lambda r: title(f"miracle treatment reverses {P(r, D)}")),
            ("cure", "causal", lambda r: f"Patients with {P(r, D)} are now free of the disease after {P(r, T)}"),
            ("cure", "conditional", lambda r: f"{cap(P(r, T))} could cure {P(r, D)} within a decade, scientists claim"),
            ("cure hype", "causal", lambda r: f"'We have finally beaten {P(r, D)},' said {P(r, PEOPLE)} after the results came in."),
            ("cure", "causal", lambda r: f"The once incurable {P(r, D)} can now be wiped out with {P(r, T)}"),
            ("cure", "conditional", lambda r: f"Could {P(r, T)} be the end of {P(r, D)}?"),
            ("cure certainty", "causal", lambda r: f"{cap(P(r, T))} eliminates {P(r, D)} completely, the company says"),
            ("cure", "causal", lambda r: f"Our clinic's protocol reverses {P(r, D)} naturally - book a consultation today"),
            ("cure", "conditional", lambda r: f"Scientists say {P(r, T)} may soon banish {P(r, D)} for good"),
            ("cure novelty", "causal", lambda r: f"First patient cured of {P(r, D)} with {P(r, T)}"),
            ("cure", "causal", lambda r: f"{P(r, D)} beaten: {P(r, T)} clears all signs of disease".capitalize()),
            ("cure hype", "causal", lambda r: f"Game-changing {noun(P(r, T))} ends {P(r, D)} for trial volunteers"),
            ("cure", "causal", lambda r: f"{title(P(r, D))} Patients Disease-Free After {title(noun(P(r, T)))}"),
            ("cure", "causal", lambda r: f"'The {P(r, D)} is gone,' says {P(r, ['mother', 'grandfather', 'teacher', 'nurse', 'former soldier'])} treated with {P(r, T)}"),
            ("cure", "conditional", lambda r: f"{P(r, COMPANIES)} says its {noun(P(r, T))} could wipe out {P(r, D)} by {P(r, [2030, 2032, 2035, 2040])}"),
            ("cure", "causal", lambda r: f"After {P(r, T)}, doctors in {P(r, PLACES)} say the patient's {P(r, D)} has been reversed."),
            ("cure", "causal", lambda r: f"Paralysed patients walk again after {P(r, ['a spinal implant', 'a nerve bridge', 'stem cell injections', 'electrical stimulation', 'an experimental nerve-growth drug'])}, surgeons in {P(r, PLACES)} report"),
        ],
        "novelty": [
            ("novelty", "none", lambda r: f"World first: surgeons in {P(r, PLACES)} use {P(r, T)} on a child with {P(r, D)}"),
            ("novelty hype", "none", lambda r: title(f"first-ever {noun(P(r, T))} for {P(r, D)} hailed as a breakthrough")),
            ("novelty", "causal", lambda r: f"{cap(P(r, T))} is the only treatment that stops {P(r, D)}, its makers say"),
            ("novelty", "none", lambda r: f"Never before has a patient with {P(r, D)} received {P(r, T)}, the hospital said."),
            ("novelty", "none", lambda r: f"{P(r, COMPANIES)} unveils the first {noun(P(r, T))} of its kind for {P(r, D)}"),
            ("novelty hype", "causal", lambda r: f"In an unprecedented result, {P(r, T)} halted {P(r, D)} in every volunteer"),
            ("novelty", "none", lambda r: f"'Nobody has ever done this before,' {P(r, PEOPLE)} said of the {P(r, D)} operation."),
            ("novelty", "conditional", lambda r: f"The first drug of its kind could change how {P(r, D)} is treated, doctors say"),
            ("novelty", "none", lambda r: f"{P(r, PLACES)} hospital becomes the first in the world to offer {P(r, T)} for {P(r, D)}"),
            ("novelty cure", "causal", lambda r: f"World's first cure for {P(r, D)} approved after {P(r, T)} trial"),
            ("novelty", "none", lambda r: f"{P(r, PEOPLE)} says {P(r, PLACES)} team is the first in history to treat {P(r, D)} with {P(r, T)}"),
            ("novelty", "none", lambda r: f"In a first for medicine, {P(r, T)} has been given to a newborn with {P(r, D)}."),
            ("novelty", "none", lambda r: title(f"world first: {P(r, D)} patient receives {noun(P(r, T))}")),
            ("novelty", "causal", lambda r: f"{P(r, COMPANIES)} says its {noun(P(r, T))} is the only one that halts {P(r, D)}."),
            ("novelty", "none", lambda r: f"A never-before-seen approach to {P(r, D)} is being tested by {P(r, COMPANIES)}"),
        ],
        "hype": [
            ("hype", "none", lambda r: title(f"breakthrough in {P(r, D)} research")),
            ("hype", "causal", lambda r: f"Miracle {noun(P(r, T))} transforms lives of people with {P(r, D)}"),
            ("hype", "none", lambda r: f"'This is a game-changer for {P(r, D)},' said {P(r, PEOPLE)}."),
            ("hype", "none", lambda r: f"Scientists hail 'holy grail' of {P(r, D)} treatment"),
            ("hype", "causal", lambda r: f"Astonishing results as {P(r, T)} slashes {P(r, D)} symptoms"),
            ("hype", "conditional", lambda r: f"Revolutionary {noun(P(r, T))} could transform care for {P(r, D)}"),
            ("hype", "none", lambda r: f"{P(r, COMPANIES)} calls its {P(r, D)} data 'nothing short of spectacular'"),
            ("hype", "causal", lambda r: f"Wonder drug halts {P(r, D)} in its tracks, trial finds"),
            ("hype cure", "causal", lambda r: f"Jaw-dropping {P(r, D)} breakthrough: {P(r, T)} wipes out the disease"),
            ("hype", "none", lambda r: f"Doctors in {P(r, PLACES)} describe the {P(r, D)} results as a quantum leap"),
            ("hype", "conditional", lambda r: f"A stunning new {noun(P(r, T))} may rewrite the rulebook on {P(r, D)}"),
            ("hype", "none", lambda r: f"'Simply astonishing': {P(r, PEOPLE)} on the new {P(r, D)} data"),
            ("hype", "causal", lambda r: f"The revolutionary {noun(P(r, T))} that is changing life with {P(r, D)}"),
            ("hype", "none", lambda r: f"A new dawn for people with {P(r, D)}, say doctors in {P(r, PLACES)}"),
            ("hype", "conditional", lambda r: f"{P(r, COMPANIES)} says its wonder drug could be the holy grail for {P(r, D)}"),
            ("hype", "none", lambda r: f"{title(P(r, D))} Breakthrough Hailed as Medicine's Biggest Moment in Decades"),
        ],
        "causal": [
            ("causal", "causal", lambda r: (lambda e, o, s: f"{e[0]} protects against {o}, according to {s}")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda e, o, s: f"{cap(e[1])} are less likely to get {o}, so {e[2]} keeps you healthy, {s} suggests")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda h, o, s: f"{h[0]} causes {o}, {s} has found")(P(r, H), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda e, o: f"{e[0]} cuts your risk of {o}, say researchers who surveyed thousands of adults")(P(r, E), P(r, O))),
            ("causal", "causal", lambda r: (lambda e, o: title(f"{e[0]} prevents {o}, huge observational study finds"))(P(r, E), P(r, O))),
            ("causal", "causal", lambda r: (lambda h, o, s: f"Want to avoid {o}? Cut out {h[1]}, which raises your risk, warns {s}")(P(r, H), P(r, O), P(r, S))),
            ("causal", "conditional", lambda r: (lambda e, o, s: f"{e[0]} could ward off {o}, {s} suggests")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda e, o: f"{e[0]} slows the march of {o}, a study tracking 20,000 retirees shows")(P(r, E), P(r, O))),
            ("causal", "causal", lambda r: (lambda h, o: f"{h[0]} is fuelling a rise in {o}, data from a national health survey show")(P(r, H), P(r, O))),
            ("causal", "causal", lambda r: (lambda e, o, s: f"Because {e[1]} had fewer cases of {o}, {e[2]} must be protective, {s} concludes")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda e, o, s: f"{title(e[0])} Lowers Risk of {title(o)}, {title(s)} Shows")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda e, o, s: f"'{e[0]} clearly protects people from {o},' said the author of {s}.")(P(r, E), P(r, O), P(r, S))),
            ("causal", "causal", lambda r: (lambda h, o: f"Why {h[1]} is behind {o}: records from 1 million patients reveal the damage")(P(r, H), P(r, O))),
            ("causal", "conditional", lambda r: (lambda e, o: f"Could {e[2]} stop {o}? People who reported it in a survey had fewer cases, so it may be protective")(P(r, E), P(r, O))),
            ("causal certainty", "causal", lambda r: (lambda e, o: f"{e[0]} is proven to prevent {o}, according to a survey of 4,000 pensioners")(P(r, E), P(r, O))),
        ],
        "extrapolation": [
            ("extrapolation", "conditional", lambda r: (lambda a: f"{cap(a[0])} study shows new drug could cure {P(r, D)} in humans")(P(r, A))),
            ("extrapolation cure", "causal", lambda r: (lambda a: f"Scientists reverse {P(r, D)} {a[1]}, offering hope to millions of patients")(P(r, A))),
            ("extrapolation", "conditional", lambda r: (lambda a: f"A compound that extended lifespan {a[1]} could help people live to 120, researchers say")(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: f"{cap(P(r, T))} repairs damage {a[1]} - good news for people with {P(r, D)}")(P(r, A))),
            ("extrapolation hype cure", "conditional", lambda r: (lambda a: f"Breakthrough {a[1]} could mean an end to {P(r, D)} for patients")(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: f"Eating {P(r, ['blueberries', 'broccoli', 'turmeric', 'garlic', 'oily fish'])} shrinks tumours, according to experiments {a[1]}")(P(r, A))),
            ("extrapolation", "conditional", lambda r: (lambda a: f"Because it worked {a[1]}, the drug may soon be restoring memory in people with {P(r, D)}")(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: title(f"the supplement that reverses ageing - tested {a[1]}"))(P(r, A))),
            ("extrapolation", "conditional", lambda r: (lambda a: f"Results {a[1]} suggest the pill might help patients with {P(r, D)} regain lost function")(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: f"Coffee compound protects the brain, a study {a[1]} finds")(P(r, A))),
            ("extrapolation", "conditional", lambda r: (lambda a: f"Pill that worked {a[1]} could add healthy years to human lives, says {P(r, PEOPLE)}")(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: f"{cap(P(r, T))} restores memory - {a[1]} - so dementia patients could benefit")(P(r, A))),
            ("extrapolation", "conditional", lambda r: (lambda a: title(f"{a[0]} research offers hope of a pill for {P(r, D)}"))(P(r, A))),
            ("extrapolation", "causal", lambda r: (lambda a: f"{P(r, ['Cinnamon', 'Ginseng', 'Beetroot', 'Saffron', 'Seaweed', 'Cocoa'])} fights {P(r, D)}, according to a study {a[1]}")(P(r, A))),
            ("extrapolation cure", "conditional", lambda r: (lambda a: f"New hope for {P(r, D)} patients as {P(r, T)} cures the disease {a[1]}")(P(r, A))),
        ],
        "certainty": [
            ("certainty", "causal", lambda r: f"{cap(P(r, T))} is proven to work against {P(r, D)}"),
            ("certainty", "causal", lambda r: f"Guaranteed results: our {P(r, ['supplement', 'programme', 'detox plan', 'infusion', 'device'])} relieves {P(r, D)} with no risk"),
            ("certainty", "causal", lambda r: f"'There is no doubt that {P(r, T)} works,' said {P(r, PEOPLE)}."),
            ("certainty", "causal", lambda r: f"{cap(P(r, T))} is 100% effective at stopping {P(r, D)}, its makers claim"),
            ("certainty", "none", lambda r: f"{cap(P(r, T))} is completely safe with zero side effects, {P(r, COMPANIES)} says"),
            ("certainty cure", "causal", lambda r: f"Proven cure for {P(r, D)} now available at {P(r, PLACES)} clinic"),
            ("certainty", "causal", lambda r: f"Science has settled it: {P(r, T)} stops {P(r, D)}"),
            ("certainty", "causal", lambda r: f"It is now beyond doubt that {P(r, T)} slows {P(r, D)}, the trial's leader said"),
            ("certainty", "causal", lambda r: f"Risk-free and clinically proven, {P(r, T)} eases {P(r, D)} symptoms in days"),
            ("certainty hype", "causal", lambda r: f"The results are conclusive: this revolutionary {noun(P(r, T))} works for everyone with {P(r, D)}"),
            ("certainty", "causal", lambda r: f"{P(r, COMPANIES)} guarantees its {P(r, ['device', 'supplement', 'therapy', 'app'])} will ease {P(r, D)} or your money back"),
            ("certainty", "causal", lambda r: f"'It is a fact: {P(r, T)} prevents {P(r, D)},' said {P(r, PEOPLE)}."),
            ("certainty", "none", lambda r: f"Totally risk-free: the {P(r, PLACES)} clinic's {P(r, D)} programme"),
            ("certainty", "causal", lambda r: f"The data prove conclusively that {P(r, T)} halts {P(r, D)}"),
            ("certainty", "causal", lambda r: f"Every single patient improved, proving {P(r, T)} works for {P(r, D)}"),
        ],
    }
    out = []
    for labs, strength, fn in tp[label]:
        for _ in range(PER_TEMPLATE):
            out.append((" ".join(fn(r).split()), labs if label in labs.split() else label + " " + labs, strength))
    order = ["cure", "novelty", "hype", "causal", "extrapolation", "certainty"]
    return [(t, " ".join(l for l in order if l in set(ls.split())), s) for t, ls, s in out]


def neutral(r):
    D, T, O = DISEASES, THERAPIES, OUTCOMES
    tp = [
        ("none", lambda r: f"The trial enrolled {P(r, NUMS)} patients with {P(r, D)} at {P(r, [3, 5, 8, 11, 14])} hospitals in {P(r, PLACES)}."),
        ("none", lambda r: f"In a trial of {P(r, NUMS)} patients, relapse rates fell from {P(r, [30, 34, 41])}% to {P(r, [22, 25, 28])}% over two years; the study was not randomised."),
        ("none", lambda r: f"The study was funded by {P(r, COMPANIES)}, which makes the drug."),
        ("none", lambda r: f"{cap(P(r, D))} affects an estimated {P(r, ['1 in 100', '2 in 1,000', '1 in 12', 'about 4%'])} of adults, according to national figures."),
        ("none", lambda r: f"The most common side effects were {P(r, ['nausea', 'headache', 'fatigue', 'injection-site pain', 'diarrhoea'])} and {P(r, ['dizziness', 'rash', 'fever', 'muscle aches', 'constipation'])}."),
        ("none", lambda r: f"Results were published in {P(r, ['The Lancet', 'the New England Journal of Medicine', 'JAMA', 'Nature Medicine', 'the BMJ', 'Neurology'])} on {P(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}."),
        ("none", lambda r: f"The treatment costs about ${P(r, ['12,000', '450', '2.1 million', '85,000', '900'])} per patient and is not yet covered by most insurers."),
        ("correlational", lambda r: f"{cap(P(r, EXPOSURES)[1])} had slightly lower rates of {P(r, O)}, but the study could not rule out other explanations."),
        ("none", lambda r: f"Participants were followed for a median of {P(r, [2, 3, 5, 7, 11])} years."),
        ("none", lambda r: f"{P(r, PEOPLE)}, who was not involved in the research, said larger trials were needed."),
        ("none", lambda r: f"The phase {P(r, ['1', '2', '3'])} trial is expected to report results in {P(r, ['2027', '2028', 'late 2027', 'early 2029'])}."),
        ("none", lambda r: f"Patients received either {P(r, T)} or a placebo, and neither they nor their doctors knew which."),
        ("conditional", lambda r: f"The drug may reduce symptoms in some patients, but the effect was small and not seen in everyone."),
        ("none", lambda r: f"{P(r, COMPANIES)} said it would apply for approval in {P(r, ['Europe', 'the United States', 'Japan', 'Canada', 'Australia'])} next year."),
        ("none", lambda r: f"About {P(r, [8, 12, 15, 19, 23])}% of participants dropped out before the end of the study."),
        ("correlational", lambda r: f"Higher {P(r, ['blood sugar', 'blood pressure', 'cholesterol', 'body weight'])} was associated with a greater risk of {P(r, O)} in the cohort."),
        ("none", lambda r: f"The researchers recruited volunteers through {P(r, ['GP surgeries', 'newspaper adverts', 'social media', 'memory clinics', 'pharmacies', 'patient charities'])} in {P(r, PLACES)}."),
        ("none", lambda r: f"{cap(P(r, D))} is usually diagnosed {P(r, ['in middle age', 'in childhood', 'after the age of 60', 'between 20 and 40', 'in the teenage years'])}, according to {P(r, ['the NHS', 'national guidelines', 'the charity', 'health officials'])}."),
        ("none", lambda r: f"The {P(r, ['drug', 'vaccine', 'device', 'therapy', 'test'])} will cost the health service about £{P(r, ['40', '120', '1,800', '25,000', '300'])} per patient, officials said."),
        ("none", lambda r: f"{P(r, PEOPLE)}, a specialist in {P(r, D)} at a hospital in {P(r, PLACES)}, said the study was {P(r, ['well designed but small', 'interesting but preliminary', 'carefully done', 'too short to draw conclusions'])}."),
        ("none", lambda r: f"Participants were aged {P(r, ['18 to 65', '40 to 70', '65 and over', '5 to 16', '50 to 85'])} and had been diagnosed with {P(r, D)} within the previous {P(r, ['year', 'two years', 'five years', 'six months'])}."),
        ("none", lambda r: f"{P(r, COMPANIES)}, which funded the study, {P(r, ['employs two of the authors', 'supplied the drug', 'paid for the analysis', 'had no role in the analysis, the authors said'])}."),
        ("none", lambda r: f"The {P(r, ['trial', 'study', 'analysis', 'survey'])} was carried out between {P(r, ['2016', '2018', '2019', '2020'])} and {P(r, ['2022', '2023', '2024'])} in {P(r, PLACES)}."),
        ("none", lambda r: f"Results for the {P(r, ['primary', 'main', 'secondary'])} outcome will be reported in {P(r, ['a separate paper', 'the autumn', 'a conference next year', 'the full publication'])}, the team said."),
        ("none", lambda r: f"About {P(r, ['one in five', 'one in three', 'half', 'a quarter', 'one in ten'])} of the patients in the {P(r, ['placebo', 'treatment', 'control'])} group reported {P(r, ['headaches', 'fatigue', 'nausea', 'sleep problems', 'dizziness'])}."),
        ("none", lambda r: f"Patients with {P(r, D)} in the study were treated at {P(r, ['specialist centres', 'university hospitals', 'community clinics', 'their homes'])} and assessed every {P(r, ['month', 'three months', 'six months', 'year'])}."),
        ("none", lambda r: f"The {P(r, ['regulator', 'health ministry', 'FDA', 'European Medicines Agency', 'MHRA'])} is reviewing the application and is expected to decide in {P(r, ['the spring', 'the summer', 'the autumn', 'early next year'])}."),
        ("none", lambda r: f"The {P(r, ['charity', 'patient group', 'society', 'foundation'])} for people with {P(r, D)} said it welcomed the research but wanted to see longer follow-up."),
        ("none", lambda r: f"{cap(P(r, T))} is being tested in {P(r, ['a phase 1', 'a phase 2', 'a phase 3', 'a pilot', 'an early-stage'])} trial involving {P(r, NUMS)} people with {P(r, D)}."),
        ("correlational", lambda r: (lambda e, o: f"In the data, {e[1]} had a {P(r, [5, 8, 10, 12, 15])}% lower rate of {o}, an association the authors said may reflect other differences between the groups.")(P(r, EXPOSURES), P(r, O))),
        ("none", lambda r: f"The study did not measure {P(r, ['diet', 'income', 'smoking', 'exercise', 'alcohol intake', 'sleep'])}, which the authors listed as a limitation."),
        ("none", lambda r: f"Data were collected by {P(r, ['questionnaire', 'telephone interview', 'home visits', 'wearable devices', 'medical records'])} and analysed by statisticians who did not know which group participants were in."),
    ]
    out = []
    for s, fn in tp:
        for _ in range(PER_TEMPLATE * 2 + 2):
            out.append((" ".join(fn(r).split()), "", s))
    return out


def hard_negatives(r):
    D, T, A, E, O, S = DISEASES, THERAPIES, ANIMALS, EXPOSURES, OUTCOMES, STUDIES
    tp = [
        ("none", lambda r: f"{cap(P(r, T))} is not a cure for {P(r, D)}, the researchers stressed."),
        ("conditional", lambda r: f"{cap(P(r, T))} may slow progression of {P(r, D)} in some patients, but it will not reverse existing damage."),
        ("none", lambda r: f"The first patient was enrolled in {P(r, ['March', 'June', 'October', 'January'])} at a hospital in {P(r, PLACES)}."),
        ("none", lambda r: f"Experts warned against calling the {P(r, D)} results a breakthrough."),
        ("correlational", lambda r: (lambda e, o, s: f"{cap(e[1])} had lower rates of {o} in {s}, but the observational design cannot show cause and effect.")(P(r, E), P(r, O), P(r, S))),
        ("causal", lambda r: (lambda a: f"The drug reduced symptoms {a[1]}, and it is not yet known whether it will help people.")(P(r, A))),
        ("none", lambda r: f"No treatment is 100% effective, and the new one is no exception, {P(r, PEOPLE)} said."),
        ("none", lambda r: f"Researchers first described the condition in {P(r, [1906, 1958, 1981, 1998, 2004])}."),
        ("correlational", lambda r: (lambda e, o: f"{e[0]} was linked to a lower risk of {o}, although the authors said the link may be explained by other lifestyle factors.")(P(r, E), P(r, O))),
        ("none", lambda r: f"It is far too early to say whether {P(r, T)} will work in {P(r, D)}, the team cautioned."),
        ("none", lambda r: f"The findings, {P(r, A)[1]}, have not been tested in humans."),
        ("none", lambda r: f"The company has not proven that {P(r, T)} is safe over the long term, regulators noted."),
    ]
    targets = ['cure', 'cure', 'novelty', 'hype', 'causal', 'extrapolation', 'certainty', 'novelty', 'causal', 'hype', 'extrapolation', 'certainty']
    out = []
    for (s, fn), target in zip(tp, targets):
        for _ in range(PER_TEMPLATE):
            t = " ".join(fn(r).split())
            HARD_TARGET[t] = target
            out.append((t, "", s))
    return out
