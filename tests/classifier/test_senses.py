"""Cue words in a sense that states no claim are not flags; the claim senses still are."""
import pytest

from classifier.features import cue_matches
from classifier.senses import (SURE_WITHOUT_CUE, calls_it_a_cure, calls_it_hype, claims_a_first, disease_gone,
                               headline_claims_a_first, only_plain_senses, says_it_could_cure, states_certainty,
                               states_claim, states_novelty, unfounded)

PLAIN = [
    ("certainty", "The resistant strain has proven tougher to treat than anyone expected."),
    ("certainty", "Recruiting volunteers proved far more difficult than planned."),
    ("certainty", "If proven effective, the inhaler could reach pharmacies by 2030."),
    ("certainty", "Whether the implant proves durable is not yet known."),
    ("certainty", "The company must prove to the regulator that the device is safe."),
    ("certainty", "The drops may prove useful in other eye diseases."),
    ("certainty", "In fact, two thirds of the patients were women."),
    ("certainty", "Nobody mentioned the fact that the clinic sells the test."),
    ("certainty", "The hospital settled out of court with the family."),
    ("certainty", "There is definitely a need for more nurses on night shifts, the union said."),
    ("certainty", "The app certainly looks slick, but it is hard to use."),
    ("certainty", "More trials are needed before the matter is settled."),
    ("certainty", "Several previous studies have shown conclusively that exercise slows the disease."),
    ("certainty", "The results of dozens of studies into the effects of asbestos on the lungs are conclusive: it causes cancer."),
    ("certainty", "Bypass surgery in such patients is proven to save lives and there is little debate about its use there."),
    ("certainty", "Earlier trials in children have already proven that the vaccine works."),
    ("cure", "Her parents have raised money for years to help find a cure for cystic fibrosis."),
    ("cure", "The search for a cure has cost the charity 40 million dollars."),
    ("cure", "Surgeons operate with intent to cure when the tumour has not spread."),
    ("cure", "The institute's mission is to develop new treatments and cures for rare diseases."),
    ("cure", "Many patients have longed for a natural cure for their migraines."),
    ("cure", "From that day she knew her life's work—find a cure for the disease that killed her sister."),
    ("cure", "Patients ask what it will take to cure their cancer."),
    ("cure", "The study enrolled healthy, disease-free women between 50 and 65."),
    ("cure", "All the volunteers were free of cancer at the outset."),
    ("cure", "The graft site took six weeks to heal."),
    ("cure", "Parents were told to eliminate dairy from the toddlers' diets."),
    ("cure", "Clinic Recruiting for Trial to Test Drugs for Eradication of Hepatitis B"),
    ("cure", "Standard chemotherapy, which cures about 80 percent of children with the disease, failed her."),
    ("cure", "Of the 30 patients, 40 percent saw their disability halted or reversed."),
    ("cure", "The team is also testing the same gene therapy as a possible cure for sickle cell disease."),
    ("cure", "In 12 of 20 patients, the drug stopped or reversed the damage to the optic nerve."),
    ("cure", "In the trial, 40 percent of participants had some lasting reversal of symptoms such as numbness."),
    ("causal", "Deaths from all causes fell by a tenth in the county."),
    ("causal", "Sepsis is a leading cause of death in hospitals."),
    ("certainty", "Although the scanner certainly has its merits, it is slow."),
    ("certainty", "The blood level alone makes it possible to confirm that there is no risk of a bleed in a third of patients."),
    ("hype", "The lozenges can cause a warm, tingling sensation in the mouth."),
    ("hype", "The landmark ruling forced insurers to pay for the scans."),
    ("hype", "Gene therapy has been incredibly difficult to deliver to the brain."),
    ("hype", "The defect makes the children remarkably susceptible to bleeding and infections."),
    ("hype", "Understanding the link between the genes and the disease is incredibly important for families."),
    ("hype", "What we do know is that the blood supply in the brain is incredibly important."),
    ("hype", "It is suggestive, given that we know already the incredibly strong link between obesity and the cancer."),
    ("hype", "An outside expert says that the study is \"extraordinarily well done.\""),
    ("novelty", "The only difference between the groups was the time of the injection."),
    ("novelty", "For many villages the clinic is the only option within a day's walk."),
    ("novelty", "A biopsy is still the only path to a firm diagnosis of the disease."),
    ("novelty", "It is the only strain of flu that spreads from pigs to people each winter."),
    ("novelty", "Surgery is the only treatment the patient receives in the first month."),
    # second round: conditions, open questions and denials; firsts since a date; animals and dishes
    # that are no study's subject
    ("certainty", "Even if the first stage is proved safe, the trial must still find the right dose."),
    ("certainty", "The firm will return to the vaccine if a trial now under way in Texas proves successful."),
    ("certainty", "The gel can potentially prove valuable to dermatologists."),
    ("certainty", "Early results have proved promising, the surgeon said."),
    ("certainty", "I do not think we can say that our survey proves the herb works."),
    ("cure", "It remains an open question whether the injections really cured the back pain."),
    ("cure", "Nobody with the disease has ever been cured."),
    ("cure", "Over time the periods of remission get shorter."),
    ("cure", "Some clinics recommend eliminating foods high in histamine."),
    ("cure", "A blood test might one day eliminate the need for biopsies."),
    ("hype", "I'm incredibly discouraged that the waiting lists keep growing."),
    ("hype", "In a final Hail Mary, the surgeons fitted a pump."),
    ("novelty", "The society has changed its definition of obesity for the first time in 20 years."),
    ("novelty", "It would be the first drug approved for the company since it was founded in 1990."),
    ("extrapolation", "The couple turned to in vitro fertilisation after three years of trying."),
    ("extrapolation", "A shy child may read more fluently to a therapy dog."),
    ("novelty", "She read the letters on the chart for the first time in decades."),
    ("novelty", "Since the first device was cleared in 2004, hospitals have bought hundreds of the robots."),
    ("certainty", "Response rates ranged from 56 percent to 100 percent across the clinics."),
    ("certainty", "Three months later his hearing was back to 100 percent."),
    ("certainty", "One in three adults has high blood pressure, according to a government fact sheet."),
    ("certainty", "Most such cysts are harmless, though a few prove fatal."),
    ("certainty", "The kit could also prove of some use to older couples."),
    ("certainty", "Perhaps the next trial can show and prove that patients do not need the pills."),
    ("cure", "Disease-free survival at five years was 61% in both arms."),
    ("cure", "In older children the reverse is true."),
    ("cure", "The new law reversed a decade-long trend in teenage smoking."),
    ("cure", "Screening finds more tumours at a curable stage."),
    ("cure", "The itching can last for months after the blisters have healed."),
    ("hype", "Health officials: new flu pill no magic bullet"),
    ("hype", "The scanner is a step forward, but it is not yet the breakthrough surgeons hoped for."),
    ("hype", "The agency gave the drug its breakthrough therapy designation in May."),
    ("hype", "This month the FDA deemed it a \u201cbreakthrough therapy\u201d \u2014 setting it on a fast track for review."),
    ("hype", "The pill received Breakthrough Therapy Designations for two kinds of lymphoma in 2019."),
    ("hype", "The agency granted Priority Review and Breakthrough Therapy (for the leukaemia indication) designations."),
    ("hype", "Regulators designated the implant a \"breakthrough device\" last year."),
    ("hype", "The regulator cleared the test in six months as part of its Breakthrough Devices Program."),
    # the field's progress over the years
    ("hype", "Over the past decade there have been dramatic improvements in breast reconstruction."),
    ("hype", "In recent years, scientists have made some breakthrough discoveries about how we age."),
    ("hype", "Poor diets exact a remarkable toll, the authors wrote."),
    ("hype", "Hospital admissions for falls have risen dramatically since 2010."),
    ("novelty", "My hands shook when I held the letter for the first time."),
    ("cure", "Motor neurone disease is a fatal and incurable condition of the nerves."),
    ("cure", "Volunteers give massages to patients free of charge during chemotherapy."),
    ("cure", "A reverse form of the squint can appear after patching, the doctors said."),
    ("hype", "Colleagues described the surgeon as a remarkable woman with endless patience."),
    ("hype", "The nurses did an amazing job of calming the children."),
    ("hype", "The fermentation technique hails from medieval Japan."),
    ("hype", "After a good night's sleep I feel amazing, she said."),
    ("hype", "When the doctors said the kidney was working again, it felt wonderful, absolutely amazing."),
    ("cure", "The pump also “all but eliminated” the need for daily injections, the team said."),
    ("hype", "The family has been incredibly unlucky with their health."),
    ("certainty", "There is definitely no evidence that tinted glasses help with dyslexia."),
    ("certainty", "There certainly seems to be a benefit to using the laser, says an eye surgeon."),
    ("certainty", "The new drops definitely could help some patients with dry eyes."),
    ("certainty", "The report will no doubt reignite the row over breast screening."),
    ("certainty", "There is no doubt that the debate over screening will go on for years."),
    ("certainty", "A glass of the juice gives 100 percent of the vitamin C a child needs in a day."),
    ("certainty", "The new rules are almost guaranteed to sow confusion in clinics."),
    ("novelty", "The only other approved drug for the condition is given by injection."),
    ("novelty", "For healthy women at high risk, the only drugs approved now for preventing the disease are two hormone "
                "blockers."),
    ("novelty", "The only barrier to wider use is the price, the pharmacists said."),
    ("novelty", "Patients who were treated for the first time responded best to the pill."),
    ("novelty", "The drug worked better when given as the first treatment, before chemotherapy."),
    ("novelty", "Each tumour carries a unique set of mutations."),
    # "the only" for the landscape the news is set in
    ("novelty", "The only treatment is a liver transplant, if a donor can be found."),
    ("novelty", "Today, the only reliable test is a spinal tap."),
    ("novelty", "Statins have long been the only approved drugs for the condition."),
    ("novelty", "Steroids have traditionally been the only treatment for the rash."),
    ("novelty", "The new pill caused fewer bleeds than warfarin, the only pill approved for the condition."),
    ("novelty", "The team compared the new spray with the only approved nasal drug, a steroid."),
    ("novelty", "And the only patients who relapsed had skipped doses."),
    ("extrapolation", "Drugs that melt fat in mice rarely end up working in people, the dietitian warned."),
    ("extrapolation", "Many cancer drugs that cured mice have failed in patients."),
    # an antidote, a side effect that wears off, a benefit that fades, a thing that is not a disease
    ("cure", "The antidote reverses the effects of warfarin within minutes."),
    ("cure", "Paramedics carry a nasal spray that can reverse an opioid overdose."),
    ("cure", "The rash is temporary and reverses within a few days of the last dose."),
    ("cure", "Liver problems in two volunteers reversed once they stopped the tablets."),
    ("cure", "By the second year the weight loss had begun to reverse."),
    ("cure", "Surgeons now prefer a reverse shoulder replacement for older patients."),
    ("cure", "The virus was found by reverse transcription PCR."),
    ("cure", "The panel reversed its earlier advice on vitamin D for children."),
    ("cure", "The new gel can eliminate most side effects of the older cream."),
    ("cure", "Hospitals could save money by eliminating unnecessary MRI scans."),
    ("cure", "The beam spares healthy tissue, eliminating cardiac, lung and fertility side effects, the team said."),
    ("cure", "Patients will get the drugs until tests confirm the elimination of minimal residual disease."),
    ("cure", "The combination has a good record of eliminating measurable residual disease in the marrow."),
    ("cure", "Therapy stops once a patient reaches MRD eradication on two marrow tests."),
    ("cure", "The children followed an elimination diet for six weeks."),
    ("cure", "The bone needs to heal before the cast comes off."),
    ("cure", "While the skin heals, patients should stay out of the sun."),
    ("cure", "\"I thought I was cured,\" the patient recalled."),
    ("cure", "Surgeons spoke of a bone-marrow transplant to raise the chance of a true cure."),
    ("cure", "The team tracked outcomes such as weight, diabetes remission and liver fat."),
    ("hype", "Families of children with the disease are hoping for a breakthrough."),
    ("hype", "Obesity rates have been increasing dramatically across Europe."),
    # hype words for a symptom, a trait, a person, a trend or a famous old study
    ("hype", "Schizophrenia can bring dramatic shifts in mood and thinking."),
    ("hype", "A burst appendix is one of the most dramatic medical emergencies in children."),
    ("hype", "She is a remarkable innovator in medical imaging."),
    ("hype", "From the dazzling to the disheartening, 2019 was a remarkable year for medicine."),
    ("hype", "She looked back on an amazing career in paediatric surgery."),
    ("hype", "There are so many quacks selling stem cell cures online, it's just incredible."),
    ("hype", "The study is the latest chapter in an extraordinary, decades-long collaboration among surgeons and patients."),
    ("hype", "The data came from the landmark Women's Health Initiative."),
    ("hype", "The software measures the distance between landmark points on the face."),
    ("hype", "Some algae turn sunlight into sugar with incredible efficiency."),
    ("hype", "Cosmetic fillers have become extraordinarily popular with young adults."),
    ("hype", "Influenza is extraordinarily genetically diverse."),
    ("hype", "Fentanyl is an incredibly deadly drug."),
    ("hype", "The number of cases will increase dramatically by 2040."),
    ("hype", "Responses to the drug can vary dramatically between patients."),
    ("hype", "Those on the combination had more dramatic drops in IL-6 than those on methotrexate alone."),
    ("hype", "The longer the women kept to the diet, the more dramatic their weight loss."),
    ("hype", "Gains in the exercise group were less dramatic than in the surgery group."),
    ("hype", "Several volunteers reported a sensation of warmth in the arm."),
    # sure of a wish or a plan, a certainty word denied, conclusive evidence said to be rare
    ("certainty", "I definitely want the doctors to find a cure for my son."),
    ("certainty", "He would definitely discuss aspirin with patients, since it may prevent the disease."),
    ("certainty", "If the spray helps prevent flu, it certainly is worth a larger trial."),
    ("certainty", "Not all experts are convinced that the data definitely prove salt is the cause."),
    ("certainty", "Conclusive evidence about a diet's benefits is rarely found in one trial."),
    # a lower risk a group has: association wording, not causal
    ("causal", "TUESDAY, May 5, 2015 (HealthDay News) -- Women who take vitamin D may have a slightly lower risk than "
               "others of developing MS, new research suggests."),
    ("causal", "June 3, 2013 -- Men who eat lots of nuts may have a lower risk for heart attack, a new study suggests."),
    ("causal", "People who sleep seven hours may be at lower risk of diabetes than those who sleep five."),
    # an animal result reported for the animals, with nothing said of people
    ("extrapolation", "Ultrasound applied to the skull improves memory in mice with a form of dementia."),
    ("extrapolation", "Results of those tests show lab rats that received the cells had stronger hearts."),
    ("extrapolation", "They treated MS mice with a drug that boosted cholesterol genes - and this resulted in better walking."),
    ("extrapolation", "In mice, yoghurt bacteria have been shown to reduce anxiety and improve learning."),
    ("extrapolation", "Cocoa extract prevents weight gain in mice."),
    ("extrapolation", "Mice given the enzyme lived 20 percent longer."),
    ("extrapolation", "The hormone turned white fat into brown fat in mice, the researchers found."),
    ("extrapolation", "To test whether the bacteria might slow the tumours, the team housed two strains of mice together."),
    ("extrapolation", "Could worms in your gut ease your hay fever?"),
    ("extrapolation", "The clinic also offers in vitro maturation of eggs, a gentler option than IVF."),
    ("extrapolation", "The antibody could be used to prevent bone loss in mice, the team showed."),
    ("extrapolation", "They asked if the antibody could stop bone loss in mice, and in 2010 they showed it could."),
    ("extrapolation", "The scientists first fed the compound to rats on a fatty diet."),
    ("extrapolation", "Cinnamaldehyde, the oil that flavours cinnamon, appeared to protect mice against obesity."),
    ("extrapolation", "The reprogrammed cells were injected into brain-injured mice."),
    ("extrapolation", "On May 21 the team reported that the drug eased anxiety in mice."),
    ("extrapolation", "Mice regrow brain tissue after stroke with a new gel."),
    ("extrapolation", "Trained dogs can sniff out ovarian cancer in blood samples."),
    ("cure", "Sixty-two percent of the children were free of seizures a year after the operation."),
    ("cure", "Websites are rife with claims that magnets can heal arthritis."),
    ("certainty", "Fortunately, there are proven ways to lower the risk of a second stroke."),
    ("novelty", "In 2003, the health ministry called an unprecedented meeting on obesity."),
    ("novelty", "Since the clinic performed the world's first womb transplant in 2011, it has trained 40 teams."),
    ("certainty", "The charity trains nurses in using proven methods to prevent malaria."),
    ("certainty", "Earlier studies have proven that the vaccine protects the elderly."),
    ("certainty", "Other drugs, such as aspirin, have also been proven to lower the risk."),
    ("certainty", "It builds on previous research that has proven such classes help new mothers."),
    ("cure", "Patients pay thousands, based on the claims of clinics that say the shots cure autism."),
    ("hype", "Some clinics make unsupported claims about miracle cures for MS."),
    ("cure", "Two-thirds of the women met the criteria for full remission after the course."),
    ("cure", "After three years, 8 out of 10 patients were alive and cancer free."),
    ("cure", "The drug left 40% of patients disease-free for three years."),
    ("cure", "The infusion brought remission in more patients than the placebo did."),
    ("extrapolation", "Sniffer dogs picked out the infected patients at the airport."),
    ("extrapolation", "The drug could help people with preclinical Alzheimer's stay well for longer."),
    ("extrapolation", "The team first built a rat model to see whether the implant could ease tremors."),
    # how the animal work was done or what it found about the animals' biology, asked, or a
    # study the story calls misreported
    ("extrapolation", "Work in rats suggests that the enzyme is a double-edged sword."),
    ("extrapolation", "In a study of mice, the team showed that green tea changes how the liver handles sugar."),
    ("extrapolation", "They bred mice whose nerve cells could be switched on by blue light."),
    ("extrapolation", "Rats sleep by day, so the hormone may play a role in keeping them alert."),
    ("extrapolation", "Only the rats fed the extract had more of the bacterium, which could help explain the gap."),
    ("extrapolation", "In the first of a series of experiments in mice, the team showed that the cells fade with age."),
    ("extrapolation", "To see whether the vaccine kills human tumour cells, they grafted cells from two human donors "
                      "into mice."),
    ("extrapolation", "The group wanted to show whether the virus could infect patient-derived tumour cells in mice."),
    ("extrapolation", "The drug protected mice and non-human primates against the virus."),
    ("extrapolation", "How soon after the mice fell ill could the drug still rescue them?"),
    ("extrapolation", "\"We wanted to know whether blocking the enzyme could undo the damage in mice with tau tangles.\""),
    ("extrapolation", "However, only the rats that drank the tea gained more of the bacterium."),
    ("extrapolation", "Blogs spread a misreported study on rats that claimed vaping may weaken the lungs."),
    # a person's own first, a first in a series or in the past, a pioneer who is a person, a harm never seen
    ("novelty", "He flew to Tbilisi on his first-ever plane trip."),
    ("novelty", "For the first time in Maria Lopez's long search for relief, a doctor listened to her."),
    ("novelty", "In her experience, the first treatment is the hardest."),
    ("novelty", "Ten years earlier, surgeons running the first-ever trial of the pump had given up."),
    ("novelty", "Dr Lee, one of the pioneers of keyhole surgery in Spain, was not involved in the study."),
    ("novelty", "A vaccine pioneer since 1985, the company employs 3,000 people."),
    ("novelty", "Rural hospitals have never seen a staffing crisis like this one."),
    ("novelty", "An X-ray is usually the first test for a broken wrist."),
    ("novelty", "For the poorest families, the clinic is often the only source of care."),
    # "the only" for a regulator's standing, a place smaller than a country, one more fact
    ("novelty", "Lithium is also the only drug approved by the regulator for children with the disorder."),
    ("novelty", "Steroid cream is the only FDA-approved treatment for the rash, but many parents avoid it."),
    ("novelty", "So far the maker is the only one with FDA approval for a home test."),
    ("novelty", "The hospital is the only site in Ohio offering the implant."),
    ("novelty", "She is the only Boston-area surgeon trained to fit the valve."),
    ("novelty", "It is also the only ward that opens at night."),
    ("novelty", "Older men may be the only group that is getting too much iron, the panel found."),
    ("novelty", "Adults diagnosed with asthma for the first time often use their inhalers badly."),
    ("novelty", "Half the volunteers were taking a statin for the first time."),
    ("novelty", "The children cried when the team arrived; they had never seen a foreign doctor before, she says."),
    ("novelty", "Each year about 9,000 people get a hearing implant, either for the first time or as a replacement."),
    ("novelty", "\"Last night, for the first time I slept through,\" her mother said."),
    ("novelty", "The second child improved only after the first treatment had been repeated."),
    ("novelty", "The panel looks for mutations unique to any individual tumour."),
    ("novelty", "Most of the benefit comes from the first one or two sessions."),
    # certainty of a failure, an impression or a denial, and 100 percent of something other than an effect
    ("certainty", "Earlier nicotine vaccines proved ineffective in smokers."),
    ("certainty", "The first results are certainly encouraging and deserve a larger trial, she said."),
    ("certainty", "The nurses reported 100 percent adherence to the new hand-washing rules."),
    # a claim rejected or held at arm's length before it is stated
    ("certainty", "It would be wrong to describe the new pill as completely safe, the regulator said."),
    ("certainty", "Parents should not go into this expecting a 100% success rate, the surgeon warned."),
    ("certainty", "The firm has long advertised what it calls the tea's proven benefits."),
    ("cure", "My worry is that parents will think this diet is the cure for autism."),
    ("certainty", "Much remains to be done, even assuming the scan proves accurate in older women."),
    ("certainty", "There is definitely a real unmet need for a pill that works in children, the paediatrician said."),
    ("certainty", "One further fact to bear in mind is that the test works only in smokers."),
    ("hype", "The holy grail is to find a pill that protects the nerves, the neurologist said."),
    ("novelty", "The first therapy could reach pharmacies in 2027, and all four by 2030."),
    ("novelty", "The charity published results of its first-ever survey of school nurses."),
    ("novelty", "I tried three apps; the only one I found with any published evidence was free."),
    ("hype", "\"The game changer would be something that stops the itching for good,\" she said."),
    ("cure", "After decades of work, scientists have failed to find a drug that reverses the disease."),
    # a cure talked of
    ("cure", "\"Everyone talks about curing a disease \u2014 cure CF, cure these other diseases.\""),
    # a decade's early, middle or late years look back
    ("hype", "In the late 1990s, the drug was hailed as a breakthrough for heartburn."),
    # a reversal a field hopes for, a signal reversed
    ("cure", "Reversing withering hippocampi by growing new neurons is seen as a holy grail in Alzheimer's research."),
    ("cure", "The altered T cells had their growth signals reversed, the scientists found."),
    # what earlier work found, told as background
    ("cure", "A previous study led by the same team, published in 2011, showed that diabetes could be reversed by diet."),
    ("extrapolation", "In earlier experiments on rats, researchers showed that the stimulation could be used to change the "
                      "activity of the brain, improving the animals' balance."),
    ("causal", "Earlier studies have found that having these nutrients in the diet protects against diabetes."),
    ("certainty", "In earlier experiments on rats, the team had proved the compound completely safe."),
    # a breakthrough still to be found
    ("hype", "\"We will always need replacements, unless we find some ... breakthrough halting the disease.\""),
    ("hype", "Until scientists make a real breakthrough, the pain clinics will stay full."),
    # a name, a mission, curing as food is made, curability compared
    ("cure", "Susan G. Komen for the Cure and the state cancer institute funded this research."),
    ("cure", "Since 1966, the society has been leading the fight to prevent, treat, and cure kidney diseases."),
    ("cure", "Ham, cured, roasted, 3 ounces 0.6 10"),
    ("cure", "People who eat cured meats every day have a higher risk of stomach cancer."),
    ("cure", "Poor follow-up may lead to larger and less curable recurrences."),
    # a law of a year
    ("novelty", "Another push came from the landmark 2009 law that, for the first time, let the agency regulate tobacco."),
    # a payer's first
    ("novelty", "Last year Medicare agreed for the first time to pay for the genetic test."),
    # an illness that changes a life
    ("hype", "When you have an episode, it is one of the most life-changing events, she says."),
    ("hype", "Type 2 diabetes is a life-changing condition that progresses over time."),
    # a label the speaker refuses to give
    ("hype", "\u201cI don\u2019t want to call it a magic bullet, because that would oversell,\u201d she says."),
    ("cure", "I wouldn't call it a cure, but the patients are doing well."),
    ("certainty", "\"Certainly there is nothing wrong with trying a warm bath first,\" the doctor said."),
    # an effect named as a purpose, a germ's known effect, a journal's name
    ("causal", "Warfarin, a blood thinner used to prevent strokes, was taken by a third of the group."),
    ("causal", "Couples who want no more children can use condoms to prevent pregnancy."),
    ("causal", "Ticks can carry a bacterium that causes Lyme disease."),
    ("causal", "The findings appear in the journal Preventing Chronic Disease."),
    # a cure rate is a measured share; "potentially curable" a clinical category; eliminating a
    # disease an aim; a reversal that wears off
    ("cure", "The trial found a 94 percent cure rate with the shorter course of radiotherapy."),
    ("cure", "Four of the six tumours found by the scan were judged potentially curable with surgery."),
    ("cure", "Public health officials hope to one day eradicate hepatitis C in the region."),
    ("cure", "Doctors are trying to find ways to eliminate the leukaemia cells that survive chemotherapy."),
    ("cure", "Cheap phones create an opportunity to eradicate malaria, the app's makers say."),
    ("cure", "Adding the second pill quickly eliminated these peaks and dips in blood sugar."),
    ("cure", "The lamp could offer a cheap way to eliminate airborne viruses in waiting rooms."),
    ("cure", "The new filling could eliminate all of these issues for patients."),
    ("cure", "The injections work by temporarily reversing the stiffness in the joints."),
    # what a device is built to do
    ("cure", "The stent is designed to dissolve and thereby restore the artery's natural flexibility."),
    ("cure", "In the trial, a pacemaker is used to restore normal coordinated heart beats."),
    # a reversal someone tries for
    ("cure", "Surgeons are trying to reverse the scar tissue in his lungs."),
    ("cure", "\"It's not a cure, but it's a first step towards restoring brain function,\" said the neurologist."),
    ("cure", "The trial is an important step towards reversing the damage done by the disease."),
    # a cure rarely had, or still to come
    ("cure", "But surgery rarely cures the sinus infections."),
    ("cure", "Once we have a cure for hair loss, everyone will benefit."),
    ("cure", "Doctors have tried for centuries to find a treatment that actually reverses heart damage."),
    # "the only" for the landscape, with its speaker set in
    ("novelty", "So far, Dr. Patel noted, the only treatment that has worked in trials is surgery."),
    ("novelty", "And if we can use these as novel targets for nasal sprays, we may avoid surgery, he says."),
    # the holy grail as what is still sought, hype in an unreal condition's consequence
    ("hype", "Finding a blood marker for depression has long been the holy grail of psychiatry."),
    ("hype", "A cure for hay fever, which affects 1.5 million people here, is the holy grail of allergy research."),
    ("hype", "The search for a painless alternative to the biopsy is a 'Holy Grail' of liver research."),
    ("hype", "A test for it would be \"the Holy Grail of sports medicine,\" he said, but nobody has one."),
    ("hype", "The result is a step in the quest for the holy grail of vaccine research."),
    ("hype", "\"The Holy Grail is for every patient to get a kidney in days,\" she said."),
    ("hype", "If there were a pill that did all that, it would be amazing."),
    ("hype", "If we could do that in people, this is going to be incredible."),
    # "proved" for a result measured against another
    ("certainty", "In the bench test, the new sensor proved to have 40 percent fewer false alarms than the old one."),
    ("certainty", "The operation proved as effective at easing knee pain for the oldest patients as for the youngest."),
    ("certainty", "A biopsy and two scans proved Maya no longer had cancer, her mother says."),
    # a proof others believe in, one only "sort of" made, a topic one is sure of
    ("certainty", "Some doctors think vitamin D does nothing and others who believe it's already proved to work."),
    ("certainty", "It sort of proves that if you believe in a drug you should never give up, the investor said."),
    ("certainty", "It is definitely a very pertinent topic, because the gene seems to play a role in ageing."),
    # beliefs the story sets itself against
    ("cure", "Despite popular notions about miracle cures in the rainforest, few new drugs come from plants."),
    ("cure", "The nurse set out to dispel the myth that vitamin C cures colds."),
    # the hype word as what the news is not
    ("hype", "For her, the new scanner felt more like \u201ca clever gadget\u201d than a breakthrough."),
    ("hype", "Experts called the pill an incremental step rather than a breakthrough."),
    ("hype", "The drug is less a miracle than a modest improvement on older pills."),
    ("hype", "The \u201creal game changer,\u201d she says, will be when a pill can stop the disease early."),
    # earlier work or another era praised, not the news
    ("hype", "In the \u201970s, lobotomies were the cutting edge of psychiatry, he says."),
    ("hype", "A landmark study in 2002 showed that hormone pills raise the risk of stroke."),
    ("hype", "The team built on the groundbreaking 2011 trial of the same nasal spray."),
    # a person or a field hailed
    ("hype", "Online, parents have hailed her as a hero for her new diet."),
    ("hype", "Childhood leukaemia is often hailed as one of the \"success stories\" of cancer care."),
    # a label held back; an era of history, a fight won outside medicine
    ("hype", '"I would be hesitant to call this a groundbreaking test just yet," the cardiologist said.'),
    ("hype", "Doctors cautioned against describing the new diet as a miracle for arthritis."),
    ("hype", "The implant was designed with the tools of the digital revolution, such as 3D printing."),
    ("hype", "\"The flaw of the early movement was that they made it countercultural, a revolution,\" he said."),
    ("hype", "The vitamin makers' triumph over the FDA came as sales of the pills kept rising"),
    # animal work beside a result found in people too
    ("extrapolation", "Her earlier work in both animals and humans shows that fish oil during pregnancy boosts the baby's immunity."),
    ("extrapolation", "The vaccine blocked the drug from reaching the brain in lab animals and in some cases people."),
    ("extrapolation", "Earlier we showed the probiotic improves memory in diabetic rats, but this is the first time it has been "
                      "shown to help cognition in impaired humans."),
    # the lab where a product is made or a clinic's samples go; the treated patients' own cells in the test tube
    ("extrapolation", "The team is working on a lab-grown treatment that could help thousands of people with diabetes."),
    ("extrapolation", "Skin made in the lab from a patient's own cells could cover burns within weeks."),
    ("extrapolation", "The blood test could be the fastest laboratory approach for doctors in the emergency room."),
    ("extrapolation", "Patients who got the vaccine were more likely to mount immune responses in the test tube."),
    ("extrapolation", "The spray's benefit was shown in animal studies and a small human clinical trial, the company said."),
    ("extrapolation", "The tea improved memory in patients with early dementia, and in mice bred to develop it."),
    ("extrapolation", "Evidence from rats like these and more than 200 stroke patients suggests the marker tracks brain damage."),
    # a cure as a purpose, a reversal missed, "in the end"
    ("cure", "She argues that to achieve a cure, rather than delay relapse, patients need surgery first."),
    ("cure", "The antibiotics are often given too late to reverse the nerve damage."),
    ("cure", "We plan treatment together, so that in the end the cancer will be gone."),
    # what earlier work had already shown, or earlier work named with its institution
    ("extrapolation", "Research in rats had already shown that the vaccine protects nerve cells, allowing the animals to walk."),
    ("extrapolation", "Previous Mayo Clinic research showed that the enzyme spares mice from kidney damage."),
    ("extrapolation", "Studies in mice have shown that raising the levels of this enzyme can bring many health benefits."),
    ("extrapolation", "Unpublished studies in rats suggested that an asthma drug might slow the growth of these cells."),
    ("hype", "Studies have shown that blocking the enzyme dramatically reduces the plaques that build up in the brain."),
    # a reversal that needs an early start; the options there are already
    ("cure", "The dentist examines the teeth to find decay early enough to reverse or halt it."),
    ("cure", "She said there are drugs that have helped patients reach remission or at least live longer."),
    ("cure", "The last remaining antibiotics to cure the infection are losing their power, doctors warn."),
    ("cure", "He had been unhappy with a traditional hair transplant to restore his hairline."),
    ("cure", "The current treatment for hepatitis C -- weekly injections and pills -- cures about half of people who take it."),
    ("cure", "Scientists argue the virus is our best, and perhaps only, chance at curing many brain diseases."),
    # hype hoped for in a clause that says so
    ("hype", "She is hopeful that smaller and cheaper scanners will be the game changer for rural clinics."),
    ("hype", "The researchers hope that the spray could cut hospital admissions, making it a 'game changer' for asthma."),
    # a cure only hoped for, or a belief of the past
    ("cure", "One of the hoped-for uses of the cells is a way to reverse or cure the scarring that blocks the airways."),
    ("cure", "The hope is that the new drugs will eradicate the infection in most of the children."),
    ("cure", "Doctors hope the new pump may now keep him in remission."),
    ("cure", "Years ago there was a widespread belief that radiation could eradicate the tumour before it spread."),
    # certainty as a turn of phrase, a hypothesis, a concession, a need, a hedge or earlier work
    ("certainty", "Despite that fact, the pump keeps her sugar levels steady."),
    ("certainty", "In a better world the question would be long settled by now."),
    ("certainty", "Whether the pill helps should certainly be explored in a larger trial, she said."),
    ("certainty", "If a cheap blood test existed, it would change screening and would certainly help families worried about cancer."),
    ("certainty", "If such a drug is made, surgeons could operate with no risk of the tumour spreading."),
    ("certainty", "Certainly exercise of any kind helps the heart, but something else is going on here."),
    ("certainty", "Larger studies are necessary to be conclusive, the authors warn."),
    ("certainty", "The drug's efficacy has been proven previously; this study looked at its safety."),
    ("certainty", "The new diet borrows from two other popular eating plans which have been proven to lower blood pressure."),
    ("certainty", "Exercise programs and some medications have been proven to delay type 2 diabetes in adults at risk."),
    ("certainty", "Sales of the pills have far outpaced what the research proves."),
    ("certainty", "The new lasers cause little to no side effects in the surrounding skin."),
    ("certainty", "The vaccine appears to be nearly 100 percent effective against the two strains."),
    ("certainty", "In the pilot, the saliva test spotted the infection with 100 percent accuracy."),
    # a sure thing that does not exist; a study's method made sure of something
    ("certainty", "A perfect hay fever pill, one that works at once and with no side effects, is still a dream."),
    ("certainty", "The design guaranteed that all participants were treated at the same hour."),
    ("cure", "A proven cure for baldness remains a distant dream, he said."),
    ("certainty", "The scan had a sensitivity of 100% and a specificity of 90% in the trial."),
    ("certainty", "All eleven kidney recipients were cleared of the virus, a 100 percent cure rate, the surgeons said."),
    ("certainty", "Blood tests showed the drug's effect was 100 percent undone in all 12 volunteers."),
    # "proven" for a fact in passing or for the yardstick beside the news; proof doubted
    ("certainty", "Colonoscopies, which are proven to prevent deaths from bowel cancer, miss some flat polyps."),
    ("certainty", "Carriers of the BRCA2 gene – which is proven to raise breast cancer risk – did as well as the others."),
    ("certainty", "Talking therapy remains the best proven way to treat insomnia, she added."),
    ("certainty", "Aspirin, among the most proven drugs in heart medicine, may also slow this tumour."),
    ("certainty", "The pill was tested against metformin, the only other drug with proven benefit in these men."),
    ("certainty", "The Pap test is still the only screen that has been proven to cut cervical cancer deaths."),
    ("certainty", "The GP said she has a hard time believing that the firm has proven anything."),
    ("certainty", "Doctors are sceptical that the device has been proven safe for children."),
    # a cure sought, with a treatment beside it or through a medicine looked for
    ("cure", "The charity is focused on finding a treatment or cure for Huntington's disease."),
    ("cure", "For years, patients looking for a cheap pill to cure their back pain have bought it online."),
    # a cure as what a field still seeks; dead cells eliminated
    ("cure", "A cure for hay fever, which affects 10.2 million people here, remains the ultimate goal of allergy research."),
    ("cure", "The kidneys struggled to eliminate three pounds worth of dead tumour cells."),
    # what a procedure or the body restores that is no disease, a restoration needed, a molecule's state reversed
    ("cure", "Pulling the clot out with a stent restored blood flow to the brain within an hour."),
    ("cure", "Telomerase is an enzyme that helps restore telomeres each time a cell divides."),
    ("cure", "The implant could help thousands of people who need their hearing restored."),
    ("cure", "The pill works to reverse an epigenetic change in tumour cells called methylation."),
    # what a health story says in passing of elections, plagues of the past, budgets, crises and places
    ("cure", "The governor's bill to expand the clinics was defeated in the state senate on Tuesday."),
    ("cure", "Voters dealt the mayor a heavy defeat over the hospital closures."),
    ("cure", "Smallpox wiped out nearly half of the island's people in the 1700s."),
    ("cure", "One stay in intensive care would wipe out every penny of their savings."),
    ("cure", "The ministry plans to eliminate the fees and tariffs on imported syringes."),
    ("novelty", "Staff described an unprecedented strain on the wards during the winter."),
    ("novelty", "The town's clinics face unprecedented, near-total collapse after the floods."),
    ("novelty", "It is the only children's hospital in the valley that treats burns."),
    ("hype", "The liver is an incredible organ that can regrow after surgery."),
    ("hype", "The exhibition shows stunning photos of the first heart transplant team."),
    # beliefs called mistaken, evidence a study challenges or casts doubt on
    ("cure", "Many parents are mistaken in their belief that antibiotics can cure a cold."),
    ("cure", "Doctors say there is a common misconception that vitamin C cures the flu."),
    ("causal", "The trial casts doubt on claims that fish oil prevents heart attacks."),
    ("causal", "The new analysis challenges the idea that coffee prevents liver disease."),
    # "breakthrough" as the clinical term, hype words for progress a problem outlasts, "dramatically" of a fault
    ("hype", "Patients on the drug can develop viral breakthrough after two years of treatment."),
    ("hype", "Despite remarkable advances in screening, deaths from the cancer have barely fallen."),
    ("hype", "Back scans are dramatically overused in emergency departments."),
    # remission as a disease's own course, a part of the body rebuilt
    ("cure", "About one in five children with the kidney disease go into remission without any treatment."),
    ("cure", "Spontaneous remission of the tumour is rare."),
    ("cure", "Surgeons used a printed plate to restore the skull after the tumour was removed."),
    ("cure", "Closer care of lupus patients improves survival, a finding that could reverse long-standing clinical practice."),
    ("cure", "Weight-loss surgery helps diabetes but doesn t cure it"),  # a feed that drops apostrophes
    # the words of a paper: a transport pathway, a marker ruled out, a risk not found, a point of the body
    ("cure", "The drug raised the rate of reverse cholesterol transport in the volunteers."),
    ("cure", "The study eliminates the long-suspected marker as a predictor of relapse."),
    ("certainty", "No risk of birth defects among the mothers who took the drug was found."),
    # eradication as a procedure's measured end point, a video game's name
    ("cure", "Success rates for eradication of the precancerous tissue were 90 percent after ablation."),
    ("cure", "Yearly scans are still needed after successful eradication, the gastroenterologists said."),
    ("hype", "Children who played Dance Dance Revolution were more active at school."),
    # "remarkable" as "marked", of what a paper observed
    ("hype", "The marker showed a remarkable interaction with age in predicting kidney failure."),
    ("hype", "The biopsies revealed a remarkable fibrosis around the implant."),
    ("hype", "A mass near the nipple, a landmark, and a larger size made cancer more likely."),
]
CLAIM = [
    ("certainty", "The new spray, which is clinically proven to stop nosebleeds, goes on sale next month."),
    ("certainty", "There is no doubt that the new ointment has been proven to heal burns."),
    ("cure", "They found a pill that cures gout in a week, the company says."),
    ("cure", "A cure for hepatitis C is now a reality, the doctors say."),
    ("cure", "It is hard to believe, but the new drug cured all 12 patients."),
    ("certainty", "The new saliva test is 100% accurate, the company says."),
    ("hype", "This landmark study shows that the spray halves the number of strokes."),
    ("certainty", "The pill is guaranteed to work, with no side effects at all."),
    ("cure", "The new pill reverses type 2 diabetes within weeks."),
    ("cure", "Unlike the current treatment for hepatitis C, the new pill cures nearly every patient."),
    ("novelty", "The new pill is the only drug that halts MS."),
    ("novelty", "Doctors say the team is believed to be the only one offering the surgery."),
    ("novelty", "Aimovig is currently the only drug that targets the receptor."),
    ("novelty", "The new pill is the only drug in the country that halts MS."),
    ("novelty", "The start-up's patch is the only one that works within minutes."),
    ("hype", "This therapy has revolutionized the treatment of blood cancers in the past few years."),
    ("cure", "The clinic says its treatments and cures work for everyone."),
    ("cure", "Researchers found a natural cure for migraines."),
    ("cure", "Her multiple sclerosis reversed within months of the transplant."),
    ("cure", "The injection reverses opioid addiction for good."),
    ("cure", "The disease began to reverse after the first injection."),
    ("cure", "The therapy eliminates leukaemia cells from the bone marrow."),
    ("cure", "The new drug eliminates the cancer in most patients, leaving no residual disease."),
    ("cure", "The gel eliminated psoriasis and its side effects in every patient."),
    ("cure", "Stem cells help the damaged heart to heal itself."),
    ("hype", "It is the breakthrough that patients have been hoping for."),
    ("hype", "The implant produced dramatic improvements in mood."),
    ("hype", "The new scanner is a landmark advance in cancer care."),
    ("hype", "The drug is incredibly effective against migraine."),
    ("hype", "The gel caused a sensation among dermatologists."),
    ("certainty", "The spray definitely works against flu."),
    ("certainty", "The new jab poses no risk to pregnant women."),
    ("certainty", "The new lasers have no side effects at all."),
    ("certainty", "The vaccine is 100 percent effective against both strains."),
    ("certainty", "Everyone must decide for themselves, but certainly the screening does reduce deaths."),
    ("certainty", "The trial has proven that the drug works in children."),
    ("certainty", "Doctors now believe it is proved to work in children."),
    ("extrapolation", "The probiotic improved memory in diabetic rats, but this is the first step toward a pill for people."),
    ("hype", "I would call it a breakthrough, and I don't say that lightly."),
    ("hype", "For patients who had a stroke, the new device is life-changing."),
    ("certainty", "The pill is definitely a cure for the rash."),
    ("causal", "Drinking tea may lower the risk of glaucoma, a survey suggests."),
    ("causal", "Sleeping seven hours reduces your risk of diabetes."),
    # ... but carried over to people, dressed up, or a general claim resting on animal work
    ("extrapolation", "Cocoa extract prevents weight gain in mice and could help people lose weight."),
    ("extrapolation", "Preclinical studies show the vaccine could wipe out tumours."),
    ("extrapolation", "Studies in mice suggest that the enzyme protects the brain against ageing."),
    ("extrapolation", "Tests on cells from human donors show that the drug could treat gout."),
    ("extrapolation", "Monkey studies show the vaccine could one day protect humans against the virus."),
    ("cure", "Thanks to the new pill, her leukaemia is in permanent remission."),
    ("cure", "The jab cured 90 percent of the patients who took it."),
    ("cure", "The company claims that its magnets heal arthritis."),
    ("certainty", "The cream is clinically proven to remove wrinkles in a week."),
    ("novelty", "Since 2015, the clinic has seen an unprecedented rise in patients it cured."),
    ("extrapolation", "A rat model was used to see whether the implant could ease tremors in patients."),
    ("extrapolation", "Green tea reverses diabetes in mice."),
    ("extrapolation", "Coffee protects the liver, scientists say after giving caffeine to rats."),
    ("extrapolation", "Turmeric slows arthritis, in rats with an inflamed knee."),
    ("extrapolation", "Cells in a dish show that the spray blocks the flu virus."),
    ("extrapolation", "Vitamin D halts MS in mice, a new study shows."),
    ("extrapolation", "Garlic shrinks tumours, according to a study in dogs."),
    ("extrapolation", "The molecule, which stopped hair greying in mice, could restore colour to grey hair."),
    ("extrapolation", "Exercise in a pill: a compound gives mice the benefits of running."),
    ("certainty", "The evidence is conclusive: the pill prevents migraine."),
    ("certainty", "The supplement has been proven to cure arthritis."),
    ("certainty", "The jab has proved 100% effective in every trial."),
    ("certainty", "It is a fact that the diet reverses diabetes."),
    ("certainty", "The science is settled: the vaccine prevents cancer."),
    ("certainty", "The spray is proven safe and definitely works."),
    ("certainty", "The cream definitely cures eczema, the company says."),
    ("cure", "Scientists find a cure for baldness, in mice."),
    ("cure", "A cure for diabetes is finally here, the company says."),
    ("cure", "The new pill leaves patients cancer-free for good."),
    ("cure", "All five patients were cancer-free after the stem cell treatment."),
    ("cure", "The balm heals eczema within a week."),
    ("cure", "The fasting plan eliminates type 2 diabetes in three months."),
    ("causal", "Eating walnuts causes weight loss, a survey of 2,000 adults shows."),
    ("certainty", "Although it is expensive, the patch certainly works."),
    ("hype", "The pill became an overnight sensation among dieters."),
    ("hype", "The landmark trial changes everything for heart patients."),
    ("hype", "The results are incredibly exciting for patients with MS."),
    ("novelty", "It is the only treatment that stops the disease."),
    ("novelty", "This is the only clinic in the world that offers the cure."),
    ("certainty", "The patch has been proven to stop migraines, the company says."),
    ("cure", "The transplant cured the boy's sickle cell disease."),
    ("cure", "If caught early, the cancer can now be cured with one injection."),
    ("hype", "Surgeons hailed the pump as a miracle."),
    ("novelty", "For the first time, a paralysed man has walked using his own thoughts."),
    ("extrapolation", "The pill cured arthritis in dogs and will soon help people."),
    ("extrapolation", "The herb stops cancer, tests on cells grown in vitro show."),
    ("certainty", "The serum is 100 percent effective, the company says."),
    ("certainty", "The cure rate rose to 100 percent with the new dose."),
    ("novelty", "For the first time in history, surgeons have transplanted a whole eye."),
    ("cure", "The implant reversed the decline in memory within weeks."),
    ("cure", "A daily pill can reverse hearing loss, the makers say."),
    ("cure", "Hepatitis C is now a curable disease."),
    ("cure", "Gene therapy has turned a once incurable blood disorder into a treatable one."),
    ("cure", "The trial offers hope for a cancer long considered incurable."),
    ("hype", "The pill is not just a breakthrough, it is a revolution."),
    ("hype", "The results were remarkable, the surgeon said."),
    ("hype", "The new drug dramatically shrinks tumours."),
    ("hype", "It was the most dramatic response to a cancer drug he had ever seen."),
    ("hype", "Doctors hailed the breakthrough as historic."),
    ("novelty", "We show for the first time that the virus hides in fat cells."),
    ("novelty", "For the first time, she said, a drug has stopped the disease."),
    ("hype", "The trial produced amazing results in people with psoriasis."),
    ("hype", "The new valve has been hailed as a triumph of engineering."),
    ("certainty", "There is no doubt that the tablet lowers blood pressure."),
    ("certainty", "The clinic guarantees that the injections will stop hair loss."),
    ("certainty", "The test is 100 percent accurate at spotting the mutation."),
    ("novelty", "The clinic offers a unique treatment that no other hospital provides."),
    ("novelty", "Surgeons have for the first time implanted a bionic eye in a child."),
    ("extrapolation", "The pill reversed memory loss in mice and will soon help people with dementia."),
    ("novelty", "Surgeons in Gothenburg carried out the first-ever womb transplant from a dead donor."),
    ("novelty", "The hospital pioneers a new way to repair heart valves without surgery."),
    ("novelty", "Doctors have never seen results like these in multiple sclerosis."),
    ("novelty", "Ten years of work led to the first-ever drug that halts the disease, now approved."),
    ("causal", "Yoghurt taken daily is enough to prevent colds, a survey of students suggests."),
    ("novelty", "A drug used for the first time in humans repaired heart muscle."),
    ("novelty", "For the first time, he said, a pill has stopped the disease."),
    ("causal", "The survey shows that vitamin D protects against the virus that causes flu."),
    ("certainty", "The company claims its tea is proven to cure colds."),
    ("hype", "The breakthrough is a drug that halts MS."),
    ("cure", "The shorter course of radiotherapy cures 94 percent of the men treated."),
    ("cure", "With the new scan, every one of the six tumours it found is curable."),
    ("cure", "The new drugs will eradicate hepatitis C in the region within a decade."),
    ("cure", "The surgery was able to achieve a cure in most of the women."),
    ("extrapolation", "The tea improved memory in mice and could help humans with dementia."),
    ("hype", "This blood test is potentially the holy grail of cancer research."),
    ("hype", "The patch has been called the Holy Grail of pain relief, and it may be close."),
    ("hype", "According to the company, the patch is the holy grail of pain relief."),
    ("hype", "If this is confirmed, it could be a phenomenal finding."),
    ("hype", "The new scanner is more than a breakthrough, it is a revolution."),
    ("cure", "Despite its price, the new drug cures hepatitis C in nine of ten patients."),
    ("certainty", "The new stent has proven safe and effective, the company says."),
    ("certainty", "The new blood test is proven to find bowel cancer early."),
    ("hype", "One doctor called the new pill nothing less than a miracle."),
    ("hype", "Could a cheap pair of generic pills be more powerful than wonder drug tamoxifen?"),
    ("hype", "Doctors are hesitant, but the patients call the new pill a miracle."),
    ("cure", "The new valve restored normal heart function in nine of ten patients."),
    ("cure", "The drug can reverse the damage that the disease does to the spinal cord."),
    ("novelty", "The new gel is the only treatment that patients can apply at home."),
    ("extrapolation", "Lab-grown mini livers cleared the toxin in mice and could one day replace transplants."),
    ("hype", "Surgeons hail the new valve as a triumph over heart failure."),
    ("hype", "This drug is part of a treatment revolution for people with melanoma."),
    ("novelty", "So far, Dr. Patel noted, the only treatment that heals the ulcers is now approved."),
    ("novelty", "The team found novel targets for nasal sprays, he says."),
    ("cure", "Given early, the antibiotics reverse the nerve damage."),
    ("cure", "The new drug can end the cancer in weeks, the company says."),
    ("cure", "The new pill cured the cancer of every patient in the trial."),
    ("cure", "The race is over: this drug will cure hepatitis C."),
    ("hype", "Now that scientists have made a real breakthrough, the pain clinics may empty."),
    ("extrapolation", "Green tea extract shrinks tumours in mice - a cheap weapon against cancer."),
    ("extrapolation", "The tests show mice given the pill lived longer, so it could help people live longer too."),
    ("hype", "The trial showed incredibly strong results for the new pill."),
    ("hype", "This discovery is incredibly important for patients with migraine."),
    ("hype", "\"It is incredibly important,\" the researchers said of the new findings."),
    ("hype", "The pill is incredibly important for people with migraine."),
    ("hype", "Getting the implant was a life-changing event for her, she says."),
    ("hype", "Doctors say the new implant is a revolution for people with deafness."),
    ("cure", "Previous studies were small, but this trial shows that the diet can reverse diabetes."),
    ("extrapolation", "Research in rats had already shown the gel heals wounds, but now the team says it could heal burns in people."),
    ("cure", "Reversing memory loss in patients is what the new drug did in the trial."),
    ("cure", "The patients' memory loss was reversed within weeks."),
    ("hype", "Stem cell transplants could offer hope, and it's clear that for these patients they have been life-changing."),
    # a proof conceded is still claimed: "while it has proven to create an optimal environment where wounds can heal, …"
    ("certainty", "While the new dressing has proven to help chronic wounds heal, we are always looking for better ones."),
    # the same words said of a disease, or of the news
    ("cure", "Doctors say they have finally defeated the infection that had spread to her spine."),
    ("cure", "The pill wiped out the tumours in four of the five children."),
    ("cure", "The herbs could wipe out symptoms in many people with eczema, he says."),
    ("novelty", "The vaccine produced unprecedented antibody levels in the volunteers."),
    ("novelty", "It is the only hospital in the world that offers the treatment."),
    ("hype", "This remarkable breakthrough will change how diabetes is treated."),
    ("hype", "The new checklist dramatically reduced infections on the wards."),
    ("cure", "The new drug put most of the patients into remission within a year."),
    ("causal", "The trial shows that fish oil prevents heart attacks."),
    ("certainty", "The makers say the pill carries no risk of addiction."),
    ("hype", "The landmark trial changed how heart attacks are treated."),
]


@pytest.mark.parametrize("label,text", PLAIN)
def test_plain_senses_are_recognised(label, text):
    assert only_plain_senses(label, text, cue_matches(text))


@pytest.mark.parametrize("label,text", CLAIM)
def test_claim_senses_are_not(label, text):
    assert not only_plain_senses(label, text, cue_matches(text))


@pytest.mark.parametrize("label,text", PLAIN)
def test_plain_senses_are_never_flagged(analyser, label, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert label not in s["labels"], s["scores"]


@pytest.mark.parametrize("text", [
    "This herbal tea has been scientifically proven to stop colds, no doubt about it.",
    "Doctors say the injection is guaranteed to work and has been proven safe.",
])
def test_certainty_claims_are_still_flagged(analyser, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert "certainty" in s["labels"], s["scores"]


@pytest.mark.parametrize("text,words", [
    ("In the trial the saliva test proved to be 100 percent accurate at spotting strep throat.", "100 percent accurate"),
    ('"Statins are absolutely effective," a cardiologist in Leeds says.', "absolutely effective"),
])
def test_a_treatment_or_test_called_wholly_effective_is_flagged_certainty_with_its_words(analyser, text, words):
    assert states_certainty(text) == [words]
    (s,) = analyser.analyse(text)["sentences"]
    assert "certainty" in s["labels"] and words in s["triggers"]["certainty"], s


@pytest.mark.parametrize("text", [
    "The scan was nearly 100 percent accurate in the older children.",
    "No screening test is 100% accurate, the doctors warned.",
    "The gel isn't entirely reliable, because sweat dilutes it.",
    "It would be wrong to call the drug completely safe.",
])
def test_wholly_effective_hedged_denied_or_doubted_is_no_claim(text):
    assert states_certainty(text) == []


# "first" with no cue word of novelty: an ordinal, or a first in the story of one person or place
ORDINAL_FIRSTS = [
    "The first problem the nurses face is a shortage of beds.",
    "The tablet was first approved in 2019 for migraine and is now tested for cluster headaches.",
    "One of the first hurdles in treating anorexia is getting patients to a clinic in the first place.",
    "The clinic's first choice of painkiller for children is paracetamol.",
    "The hippocampus is the first part of the brain that shrinks in dementia.",
    "He will never forget the first time he injected himself.",
    "It is the first time in years that the agency has approved a sleeping pill.",
    "Her first application to the fund was turned down.",
    "Europe's first children's hospital opened in Paris in 1802.",
    "It was the first time she'd been able to climb the stairs in months.",
    "The Smiths were among the first to take home one of the new baby boxes.",
    "The first germs to colonise a baby's gut come from its mother.",
    "The first symptoms to appear are usually a fever and a rash.",
    "The first wave of patients arrived at the new unit in March.",
    "The mother is usually the first to notice the rash.",
]
# ... and novelty stated without one
NOVELTY_WITHOUT_CUES = [
    "The hospital is the first in Africa to offer the procedure.",
    "This is the first study to link noise at night with kidney disease.",
    "It is the first time a transplanted pancreas has worked without insulin.",
    "The patch is the first wearable that measures blood ketones.",
    "The team became the first in the world to grow a tooth from gum cells.",
    "Surgeons said nobody had attempted the operation before.",
    "First Bionic Pancreas Fitted in Teenager",
    "A surgical first: a kidney delivered by drone.",
]


@pytest.mark.parametrize("text", ORDINAL_FIRSTS)
def test_an_ordinal_first_states_no_novelty(text):
    assert not states_novelty(text)


@pytest.mark.parametrize("text", NOVELTY_WITHOUT_CUES)
def test_novelty_without_a_cue_word_is_recognised(text):
    assert "novelty" not in cue_matches(text) and states_novelty(text)


@pytest.mark.parametrize("text", ORDINAL_FIRSTS)
def test_an_ordinal_first_is_never_flagged_novelty(analyser, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert "novelty" not in s["labels"], s["scores"]


@pytest.mark.parametrize("text", NOVELTY_WITHOUT_CUES[:5])
def test_novelty_without_a_cue_word_is_still_flagged(analyser, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert "novelty" in s["labels"], s["scores"]


# a first of its kind claimed in the form releases use most, in sentences long enough that the
# model alone scores them under the threshold
FIRSTS_CLAIMED = [
    ("This is the first clinical trial to test the therapy in children.", "first clinical trial to test"),
    ("The analysis, published on Monday in the journal Diabetes Care and funded by a national charity, is the first "
     "to compare two weight-loss programmes delivered entirely by text message.", "first to compare"),
    ("In what is thought to be the first randomised trial of its kind, doctors in Bergen gave the nasal spray to 240 "
     "people with chronic sinusitis for a year.", "first randomised trial of its kind"),
    ("Researchers from the University of Cape Town say their study is the first that tracks hearing loss in miners "
     "over two decades of work underground.", "first that tracks"),
    ("The surgeons' report, which appears in the April issue of the journal, shows for the first time that the "
     "implant can stay in place for ten years.", "for the first time"),
    ("Nasal spray shows protection against hay fever for first time, study says", "for first time"),
    ("It's the first study in humans to measure how the patch changes sleep over a whole year.",
     "first study in humans to measure"),
    ("The results mark the first time an asthma inhaler has achieved remission in children.", "first time"),
    ("The operation began the trial, the first time what is called gene editing has been used on the eye.",
     "first time"),
    ("The numbers come from the first large study comparing the three main knee operations.",
     "first large study comparing"),
    # the news's own year, and a first won, not sought
    ("The 2019 study is the first to show that the virus hides in fat cells.", "first to show"),
    ("Last week the pill became the first treatment to slow peanut allergy, the agency said.",
     "first treatment to slow"),
    # a first in words that say nothing else
    ("The new, first-of-its-kind study, led by Dr. Ana Ruiz, found fewer side effects.", "first-of-its-kind"),
    ("Surgeons say the operation had never been done before in a child.", "had never been done before"),
    # the team's news is no record, the regulator no payer, an approval without a year no history
    ("The pill was approved by the agency on Friday as the first medicine designed to reverse the blood thinner.",
     "first medicine designed to reverse"),
    ("The European regulator became the first to approve the pill for children.", "first to approve"),
    ("Her team was the first to grow a working windpipe from a patient's own cells.", "first to grow"),
    # ... or with no verb before it: opening the sentence, beside the study it names, or the first evidence of something
    ("In the first study of its kind, doctors in Leeds found that night shifts were linked to weight gain.",
     "first study of its kind"),
    ("Night shifts are linked to weight gain in nurses, finds the first trial of its kind.", "first trial of its kind"),
    ("In the first study to weigh the cost of night shifts, doctors found that nurses gained weight.",
     "first study to weigh"),
    ("The first large, nationwide study to follow twins into old age shows that diet matters.",
     "first large, nationwide study to follow"),
    ("The first global survey into snakebite deaths has found 80,000 a year.", "first global survey into"),
    ("Sleep predicts speech delay, according to this study--the first to measure sleep in toddlers.",
     "the first to measure"),
    ("The trial, the first in a rural population, found that the pill lowered blood pressure.",
     "the first in a rural population"),
    ("The team has found the first direct evidence that the virus infects the brain.", "first direct evidence"),
    ("Results from the world s first registry of snakebites", "world s first"),  # a feed that drops apostrophes
    # ... a study's kind told by what follows it, a product by whoever made or cleared it, proof in people
    ("It is also the first clinical trial investigating the spray in toddlers with asthma.",
     "first clinical trial investigating"),
    ("In the first controlled trial of seaweed extract for diabetes, doctors found it lowered blood sugar.",
     "first controlled trial of seaweed"),
    ("Chemists in Leeds have developed the first broadly protective vaccine against gonorrhoea.",
     "first broadly protective vaccine"),
    ("The agency today cleared the first saliva test to diagnose strep throat.", "first saliva test"),
    ("The gel met its goal, becoming the first acne drug to show lasting results in a large trial.",
     "first acne drug to show"),
    ("These results offer the first proof in people that the gel heals ulcers.", "first proof"),
    ("Surgeons in Leeds reported the first use of a printed windpipe in a child.", "first use of"),
    # proof offered or provided, whatever follows it
    ("A trial in Oslo offers first proof children with eczema benefit from the cream.", "first proof"),
    ("The scans provided the first direct evidence, the team said.", "first direct evidence"),
]
NO_FIRST_CLAIMED = [
    # a first in a decade's early, middle or late years
    "In the mid-1980s, the clinic was the first in the world to offer the test.",
    # the first of more to come
    "The study is only the first clinical trial to test the therapy, and it had a number of limitations.",
    "But the pill is just the first cancer vaccine on the market, so expect more.",
    # a first still sought, an earlier study's first, a first in the course of a disease
    "Three drugmakers are racing to win the first approval for a gene therapy that treats sickle cell disease.",
    "The company hopes its pill becomes the first approved treatment for peanut allergy.",
    "While three pills were approved in two years, the band is the first weight loss device to be approved since 2007.",
    "This was the first clinical trial to explore the therapeutic potential of psilocybin since the drug was banned in 1970.",
    "The startup is vying with two rivals to become the first device that works without a battery.",
    "Drugmakers have spent billions on efforts to come up with the first drug to slow the disease itself.",
    "A 2004 study of nurses was the first to show that night shifts raised the risk of diabetes.",
    "The olfactory bulb is the first brain region to show damage in Parkinson's disease, she said.",
    "The consensus, one of the first of its kind, comes on the eve of the tournament.",
    "In 1999 the clinic performed the world's first hand transplant.",
    "It was the first time in my life that I've managed to keep the weight off.",
    "This is the first time in years that surgeons have changed the way they close the wound.",
    "It was the first time she's been able to write her name since the stroke.",
    "In the first study, researchers gave the spray to 40 adults with hay fever.",
    "The first study to finish was a small one in Spain, and it found nothing.",
    "The first trial of the drug failed, but the second worked.",
    "The first patients in the study to receive the drug did well.",
    "But this isn't the first study to question the benefits of screening.",
    "The chemist, who developed the first gel for burns back in the 1980s, now runs a company.",
    "The pill may help some patients, perhaps becoming the first medicine to treat the disease itself.",
    "Some of the first evidence that the virus infects the brain came from mice.",
    "This is not the first study to find that night shifts disturb appetite hormones.",
    "Pharmacists are usually the first to hear about side effects from patients.",
    "She was the first patient the team had treated with the new pump.",
    "It was the first day that she could walk to the shops on her own.",
    "Several hospitals in the region were among the first to take part in the programme.",
    "In March 2006, the company was the first to sell the pump in Europe.",
    # a first of the past: a famous cohort's old finding, a pluperfect
    "She led the Nurses' Health Study, which was the first to show that hormone pills raise the risk of stroke.",
    "The drug had been the first pill to extend survival in advanced kidney cancer, the company said.",
    # ... or an approval of a year
    "The pill was approved by the U.S. Food and Drug Administration in October 2015 as the first medicine designed to "
    "reverse the blood thinner.",
    # ... or a payer's first, which is news of coverage
    "Medicare had rejected coverage, but in January one regional administrator became the first to approve it.",
    # ... or a researcher's record
    "His lab was the first to identify the receptors that bind the compound on immune cells.",
    "A study she published in a chemistry journal in 2011 was the first to show that the leaves work better.",
]


@pytest.mark.parametrize("text,words", FIRSTS_CLAIMED)
def test_a_claimed_first_is_found_with_its_words(text, words):
    assert claims_a_first(text) == [words]


@pytest.mark.parametrize("text", NO_FIRST_CLAIMED)
def test_a_first_denied_personal_shared_sought_or_past_is_no_claim(text):
    assert claims_a_first(text) == []


@pytest.mark.parametrize("text,words", FIRSTS_CLAIMED)
def test_a_claimed_first_is_flagged_novelty_and_explained_by_its_words(analyser, text, words):
    (s,) = analyser.analyse(text)["sentences"]
    assert "novelty" in s["labels"], s["scores"]
    assert any(w in words or words in w for w in s["triggers"]["novelty"]), s["triggers"]


@pytest.mark.parametrize("text", NO_FIRST_CLAIMED)
def test_a_first_denied_personal_shared_sought_or_past_is_never_flagged_novelty(analyser, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert "novelty" not in s["labels"], s["scores"]


# the news called a breakthrough, a miracle or a game changer outright, in words the model reads as plain reporting
HYPE_CALLED = [
    ("“But it is definitely a breakthrough.", "breakthrough"),
    ('"It was a game changer," the surgeon said of the new valve.', "game changer"),
    ("Treating the patient this way represents a landmark breakthrough for personalised care.", "breakthrough"),
    ('"It was a miracle," she says of the injections.', "miracle"),
    ("For the farmer, the stem cell injection was a miracle cure that saved his knee.", "miracle cure"),
    ("The game changer for the boy was an experimental transplant he got in 2012.", "game changer"),
    ("Asthma Breakthrough: Inhaled Gene Therapy Safe in First Trial of Twelve Patients", "Breakthrough"),
    # the news named by its hype word
    ('"This medical breakthrough gives families real hope," the charity said.', "breakthrough"),
    ("Now, a groundbreaking study suggests that some knee operations do no good.", "groundbreaking"),
    ("Landmark trial shows inhaled insulin works as well as injections", "Landmark"),
    ("The landmark trial, involving 1,200 women in Kenya, showed that the ring prevents infection.", "landmark"),
    ("A landmark study of Danish twins has found that sleep shapes weight.", "landmark"),
    ("Doctors describe a landmark trial in which children with peanut allergy ate peanuts safely.", "landmark"),
    # a result praised outright
    ("After six weeks on the spray, the results were dramatic.", "dramatic"),
    ("For older patients, the reduction in strokes was truly remarkable.", "remarkable"),
    # promise called boundless
    ("The nasal spray holds tremendous promise for children with migraine.", "tremendous promise"),
    ('"This scanner has enormous potential," the radiologist said.', "enormous potential"),
    ("Surgeons not involved in the trial say the implant holds tremendous promise.", "tremendous promise"),
]
HYPE_NOT_CALLED = [
    "This breakthrough therapy designation speeds the FDA's review of the drug.",
    "The research is part of the landmark Women's Health Initiative study.",
    "A landmark study in 1998 showed the opposite.",
    "A landmark study of nurses in 1976 found the same.",
    "In two patients the side effects were dramatic enough to stop the drug.",
    "The rise in obesity since 1980 was dramatic.",
    "Breakthrough pain: what patients on opioids should know",
    "No breakthrough: the vaccine failed its main test in older adults.",
    "It doesn't seem to be a breakthrough for pancreatic cancer.",
    "Consumers will judge whether the creams are a breakthrough.",
    "There is no medicine that is a panacea for obesity.",
    "Gene therapy will not be a cure-all, she said.",
    "If confirmed, it would be a game changer for the clinic.",
    "The game changer would be something that ends the pain for good.",
    "The painkiller has enormous potential for abuse, regulators warned.",
    "Nobody thinks the pill holds tremendous promise.",
    "The trial shows great promise for the vaccine.",  # "great promise" is as often plain
]


@pytest.mark.parametrize("text,words", HYPE_CALLED)
def test_hype_called_outright_is_flagged_with_its_words(analyser, text, words):
    assert calls_it_hype(text) == [words]
    (s,) = analyser.analyse(text)["sentences"]
    assert "hype" in s["labels"] and any(words in w for w in s["triggers"]["hype"]), s


@pytest.mark.parametrize("text", HYPE_NOT_CALLED)
def test_hype_denied_doubted_or_hoped_for_is_not_called_outright(text):
    assert calls_it_hype(text) == []


def test_a_disease_said_to_be_ending_is_flagged_as_a_cure_with_its_words(analyser):
    """The rule's words carry no cure cue word, so the flag needs a cure construction to stand."""
    (s,) = analyser.analyse('"This is the beginning of the end for Alzheimer\'s," said Professor Jane Hill, '
                            "who led the trial.")["sentences"]
    assert s["labels"] == ["cure"] and s["triggers"]["cure"] == ["the beginning of the end for Alzheimer's"], s


@pytest.mark.parametrize("text", ['"It is a cure," the surgeon said.', "This is the cure for baldness, the company says."])
def test_a_cure_called_outright_is_flagged(analyser, text):
    assert calls_it_a_cure(text) == ["cure"]
    (s,) = analyser.analyse(text)["sentences"]
    assert "cure" in s["labels"], s


@pytest.mark.parametrize("text", ["The goal is a cure.", "Both drugs shrink tumours, but neither is a cure.",
                                  "It isn't a cure.", "If it works, it would be a cure.",
                                  "The trial found a 100 percent cure rate."])
def test_a_cure_aimed_at_denied_or_counted_is_not_called_outright(text):
    assert calls_it_a_cure(text) == []


@pytest.mark.parametrize("text,words", [
    ("Three years after the transplant, her MS is gone.", "is gone"),
    ('"Doctor, I no longer have lupus," she wrote.', "no longer have lupus"),
    ("Four years after the vaccine trial, Mara is still cancer-free.", "is still cancer-free"),
    ("I'm now cancer-free and back at work.", "i'm now cancer-free"),
    ("Like her sister, she remains cancer-free.", "remains cancer-free"),
    ("Two weeks after the operation, his snoring is gone.", "is gone"),
    ("Many tell us their MS symptoms have completely disappeared.", "have completely disappeared"),
    # a count in another clause of the sentence
    ("Our survey shows that 94% of patients report improvements in walking, and many tell us their MS symptoms have "
     "completely disappeared.", "have completely disappeared"),
    # a disease said to be ending
    ('"This is the beginning of the end for Alzheimer\'s," said the professor who led the trial.',
     "the beginning of the end for alzheimer's"),
    ("A daily pill that spells the end of migraines", "spells the end of migraines"),
])
def test_a_disease_gone_is_found_with_its_words(text, words):
    assert [w.lower() for w in disease_gone(text)] == [words]


@pytest.mark.parametrize("text", [
    "Patients will be followed for five years to ensure they remain cancer-free.",
    "After three years, 70 percent of the women were still cancer-free.",
    "She hopes she will be cancer-free by the summer.",
    "The trial enrolled healthy, cancer-free volunteers.",
    "It could be the beginning of the end for Alzheimer's, if larger trials agree.",
    "It is not the beginning of the end for cancer.",
    "The new factory will spell the end of flu vaccine shortages.",
    "The grant marks the end of the disease's long neglect by funders.",
    "Her symptoms disappeared after the flu.",  # symptoms of what, the disease unnamed
    "In 12 of 40 patients, MS symptoms disappeared.",
    "The tumours disappeared in nine of the 37 patients (24 percent), and the rest shrank.",
    "Of the 40 patients, 12 said their MS symptoms had disappeared; the others improved.",
])
def test_a_disease_gone_in_hope_in_a_count_or_of_the_healthy_is_not(text):
    assert disease_gone(text) == []


@pytest.mark.parametrize("headline,words", [
    ("First seaweed-based drug approved for psoriasis", "First seaweed-based drug approved"),
    ("First human trial of nasal insulin for memory loss", "First human trial"),
    ("First detection of a blood marker years before Parkinson's", "First detection"),
    # ... or names a product the first of its kind beside its name
    ("Regulator clears Sleepwell, the First Wearable Device Proven to Ease Insomnia",
     "the First Wearable Device"),
])
def test_a_headline_that_opens_on_its_first_is_flagged_novelty(analyser, headline, words):
    assert headline_claims_a_first(headline) == [words]
    result = analyser.analyse("Doctors reported the results on Monday.", title=headline)
    assert "novelty" in result["sentences"][0]["labels"], result["sentences"][0]


@pytest.mark.parametrize("headline", [
    "First trimester scans are safe for mothers, study finds",
    "First results from the asthma trial are due in May",
    "First US case of measles this year confirmed in Ohio",
    "First Lady opens a new children's clinic",
    "First, do no harm: doctors rethink back surgery",
    "Meet Anna, the first patient in the knee trial",  # a person beside her name
])
def test_a_headline_that_opens_on_a_first_in_time_a_person_or_a_case_claims_none(headline):
    assert headline_claims_a_first(headline) == []


def test_only_a_headline_is_read_for_its_opening_first(analyser):
    body = "First blood tests were taken from every patient, then the scans."
    assert headline_claims_a_first(body)  # the words alone would be one …
    result = analyser.analyse(body, title="Scans find early tumours in smokers")
    assert all("novelty" not in s["labels"] for s in result["sentences"])  # … but a body sentence opens on steps


CURE_WITHIN_REACH = [
    ("Patients who lose a third of their weight can reverse their asthma, the researchers say.", "reverse their asthma"),
    ("Gene editing could one day cure diseases such as sickle cell disease and haemophilia.", "cure diseases"),
    ("Some children once thought incurable can possibly be cured with the new drug.", "be cured"),
    ('"We are on the cusp of potentially curing patients with this virus," she said.', "curing patients"),
    ("The implant may help reverse heart-related conditions in older dogs and people alike.", "reverse heart-related conditions"),
    ("Removing the tonsils might cure bedwetting in some children with sleep apnea.", "cure bedwetting"),
    ("The compound could restore walking in paralysed patients.", "could restore walking"),
    ("The implant may one day restore sight to people blinded by glaucoma.", "restore sight"),
    # ... the harm a disease does undone, and "possible to" as a hedge
    ("A daily dose of the powder can reverse the buildup of fatty plaque in arteries, the company says.",
     "reverse the buildup of fatty plaque"),
    ("The study shows that it is possible to actually reverse the disease in people with lupus.",
     "possible to actually reverse the disease"),
    ("Quitting smoking can reverse the damage to your gums, the dentists say.", "reverse the damage"),
]
CURE_NOT_WITHIN_REACH = [
    "The trial will examine whether patients can reverse their diabetes with diet alone.",
    "If we can control the inflammation, we may reverse the arthritis.",
    "Supplement makers are not allowed to say their products can cure any disease.",
    "Caught early, skin cancer can be cured with a simple operation.",
    "Existing treatments can cure about half of the patients.",
    "Over the past 20 years, studies showed that the damage of a stroke can be reversed with clot-busting drugs.",
    "The finding that liver could cure anaemia won the Nobel Prize in 1934.",
    "The drug can reverse the effects of an opioid overdose within minutes.",
    "Physiotherapy can restore mobility after a hip operation.",
    "It is not clear whether the drug can restore hearing.",
    "The team wants to learn whether the pill can reverse the damage.",
    "It is not yet possible to reverse the disease in people.",
]


@pytest.mark.parametrize("text,words", CURE_WITHIN_REACH)
def test_a_cure_said_to_be_within_reach_is_flagged_with_its_words(analyser, text, words):
    assert says_it_could_cure(text) and words in says_it_could_cure(text)[0]
    (s,) = analyser.analyse(text)["sentences"]
    assert "cure" in s["labels"], s


@pytest.mark.parametrize("text", CURE_NOT_WITHIN_REACH)
def test_a_cure_asked_about_conditional_denied_known_or_past_is_not_within_reach(text):
    assert says_it_could_cure(text) == []


def test_a_plain_cue_does_not_hide_a_novelty_construction_beside_it():
    text = "Regorafenib is the first systemic treatment after sorafenib, the only other drug approved for liver cancer."
    cues = cue_matches(text)
    assert only_plain_senses("novelty", text, cues) and not unfounded("novelty", text, cues)


# hype, cure and certainty the model reads into sentences with no cue word: a claim only with a construction
NO_CUE_CLAIMS = [
    ("certainty", "We now have scientific proof that the jab protects babies."),
    ("certainty", "The new test eliminates the risk of infection, the makers say."),
    ("hype", "Doctors called the pump a huge leap forward for people with asthma."),
    ("hype", "It is the biggest advance in stroke care in decades."),
    ("hype", "This is huge, said the director of the patients' charity."),
    ("hype", "The results are very exciting, the lead author said."),
    ("cure", "After four injections her tumours had disappeared."),
    ("cure", "Within a week the pain was completely gone."),
    ("cure", "The rash cleared up in every patient who used the cream."),
    ("cure", "Psoriasis beaten: a new cream clears every trace of the disease."),
    ("cure", "Wheelchair users with MS walk out of the clinic after a single injection."),
]
# the model alone gives each hype one of these 0.55 to 0.77
NO_CUE_HYPE_TALK = [
    ("hype", "Since the discovery of streptomycin in 1943, doctors have gathered a medical arsenal of dozens of antibiotics."),
    ("hype", "This is really a teachable moment for parents."),
    ("hype", "This is a tumour!"),
    ("hype", "Ever wonder how your liver works?"),
    ("hype", "Unmet treatment needs in chronic pain are huge, as is the overuse of opioids, he noted."),
]
NO_CUE_TALK = NO_CUE_HYPE_TALK + [
    ("certainty", "Patients want proof that the implant works."),
    ("certainty", "There is no definitive proof that the pills cause fractures."),
    ("certainty", "None of the new inhalers works for everyone."),
    ("certainty", "Clinics offering the drips are everywhere. Proof that they help is not."),
    ("cure", "Her eyesight gradually diminished over the years."),
    ("cure", "The family gathered at the hospital to say goodbye."),
    ("cure", "It is a miserable, cruel disease, his sister said."),
]


@pytest.mark.parametrize("label,text", NO_CUE_CLAIMS + NO_CUE_TALK)
def test_without_a_cue_word_only_a_construction_states_the_claim(label, text):
    cues = cue_matches(text)
    assert not cues.get(label)
    assert unfounded(label, text, cues) is ((label, text) in NO_CUE_TALK)


@pytest.mark.parametrize("label,text", NO_CUE_HYPE_TALK)
def test_talk_without_a_cue_word_is_never_flagged(analyser, label, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert label not in s["labels"], s["scores"]


def test_a_cue_word_in_a_plain_sense_is_not_rescued_by_a_construction():
    """'gone' beside a plain 'free of disease' does not make the sentence a cure claim."""
    text = "The 217 survivors had gone through treatment and were free of disease at the start of the trial."
    assert unfounded("cure", text, cue_matches(text))


@pytest.mark.parametrize("label,text", [
    ("hype", "Doctors called the pump a huge leap forward for people with asthma."),
    ("cure", "After four injections her tumours had disappeared."),
    ("cure", "Psoriasis beaten: a new cream clears every trace of the disease."),  # the model: 0.64
    ("cure", "Wheelchair users with MS walk out of the clinic after a single injection."),  # 0.67
])
def test_a_construction_without_a_cue_word_is_still_flagged(analyser, label, text):
    (s,) = analyser.analyse(text)["sentences"]
    assert label in s["labels"], s["scores"]


def test_the_model_sure_of_a_claim_without_a_cue_word_or_construction_keeps_its_flag():
    text = "The jab shields every child from measles for life, the clinic promises."
    cues = cue_matches(text)
    assert not cues.get("certainty") and not states_claim("certainty", text)
    assert unfounded("certainty", text, cues, score=0.5)
    assert not unfounded("certainty", text, cues, score=SURE_WITHOUT_CUE)


@pytest.mark.parametrize("label,text", [
    ("cure", "Would he wake from his coma after the operation?"),
    ("hype", "Ever wonder how your memory works?"),
])
def test_a_question_without_a_cue_word_or_construction_claims_nothing_however_sure_the_model(label, text):
    cues = cue_matches(text)
    assert not cues.get(label) and not states_claim(label, text)
    assert unfounded(label, text, cues, score=0.95)


def test_a_question_in_the_body_asks_but_a_headline_that_asks_keeps_its_flag(analyser):
    text = ("Doctors in London gave hookworms to 30 people with hay fever.\n\n"
            "One of them had lost his hair for years. So he started to wonder: Could these worms cure his alopecia?\n\n"
            "Small and early should mean curable, right? Not always, the doctors said.")
    sentences = analyser.analyse(text, title="Could Worms In Your Gut Cure Your Allergies?")["sentences"]
    assert sentences[0]["headline"] and "cure" in sentences[0]["labels"]
    asked = [s for s in sentences if s["text"].endswith("?") and not s["headline"]]
    assert len(asked) == 2 and all(s["labels"] == [] for s in asked), asked


@pytest.mark.parametrize("text", [
    "How this works.",  # a subheading the model scored 0.86
    "This barrier works to protect the brain from toxins.",
    "The pill works by lowering the amount of acid the stomach makes.",
])
def test_how_something_works_is_no_certainty_however_sure_the_model(text):
    cues = cue_matches(text)
    assert not cues.get("certainty")
    assert unfounded("certainty", text, cues, score=0.95)


def test_that_something_works_stays_a_certainty_claim_when_the_model_is_sure():
    text = "The new pill works, and it works fast."
    assert not unfounded("certainty", text, cue_matches(text), score=0.95)
