"""Eighteenth round (issue 8), from tune15's misses, as mechanisms; phrasings of our own, not the dev set's:

- a separable compound written apart ("bekend gemaakt", "door gestuurd") matches the cue word written as one
  (`nlp/data/split_particles.txt`);
- a sentence that opens with its finite verb and no subject ("... gaat dicht. wordt pas over twee weken bekend
  gemaakt") speaks of the sentence before it, like "Dat is ..."; a question does not;
- something that exists but "is nog niet gepubliceerd / vrijgegeven" and an annual report that "komt pas in
  juni" are not public yet; "de uitslag is nog niet bekend" only says nobody knows;
- the maker of a published work named just before the name ("het boek ... van Marinus van IJzendoorn", "de
  podcast van ...") is no private person (`nlp/data/cited_work_words.txt`);
- a video call about a medical result ("de uitslag van het slikonderzoek ... via Messenger-videobellen
  bespreken") is care information in a call (Hartekamp: video calls only for what is not confidential);
- a group "the family who is not in it" cannot see is closed;
- a group said to "live in the middle ages" is insulted; "dat soort volk", "dit soort cowboys"; a people in
  history is not;
- a page, recipe or article of someone else photographed or scanned to share is copied material;
- Sterk Huis: a sarcastic reply (pack examples, `sarcastic-reply`);
- a fixed-line number that a condition and an imperative "bel" give the reader ("Komt u er niet uit, bel dan
  gerust ..."), also where the writer introduced themselves, if the sentence speaks to the reader as "u";
- a reminder (question or condition about the reader's situation, then an imperative to put it right: "Zie je
  nog het oude logo? Vervang het dan ...") describes a case to correct, not the writer's act (`advice`);
- parking tickets, fines and counters are the municipality's business (irony about them, a reply about them,
  Heemstede); a civil servant's sarcasm aimed at someone ("🙄 fijn dat u het allemaal zo goed weet") is a reaction
  to criticism that needs coordinating; "wij ambtenaren" speaks as one of the profession;
- a capitalised name right after "de"/"het" is a house or place ("de Linde gaat dicht"), not a person;
- a password-shaped value after "is" later in its keyword's sentence ("..., is gewoon woongroep2025");
- read after holdout17's end score (in-sample): a home-made logo of Sterk Huis (copyright review, "Gebruik geen
  logo's ... zonder vooraf toestemming"), a song named by its artist under a video, "stelletje luie zakken",
  Heemstede's impulsive reaction (emotion with the writer's work) filed as approval, "wij werken ons rot";
- two cues of one rule whose phrases overlap or touch give one finding.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flag_pass_tests, front_matter as _fm
from postcheck.api import build_engine, check_drafts, read_drafts
from postcheck.config import settings_for
from postcheck.nlp.cues.guide import advice_sentences
from postcheck.nlp.cues.scope import Bounds


_OFFICIAL = _fm(channel="facebook", capacity="official")

FLAG = [
    # a separable compound written apart, in a sentence without a subject that speaks of the one before it
    ("heemstede", "confidential-plan", "block", "Vanaf april gaat de milieustraat op zaterdag dicht. wordt pas na de "
                                                "raadsvergadering bekend gemaakt, dus je leest het hier het eerst."),
    # figures that exist and are not published yet
    ("sterkhuis", "confidential-plan", "block", "Bij ons lag het ziekteverzuim vorig kwartaal op 9%. Die cijfers zijn "
                                                "nog niet gepubliceerd, maar ik vind dat we het mogen weten."),
    ("domus", "confidential-plan", "block", "De huurverhoging voor de Vogelbuurt wordt 6%, het jaarverslag komt "
                                            "pas in juni."),
    # a name with no published work before it stays a name
    ("sterkhuis", "person-name", "review", "Op de groep bij Sterk Huis heeft Marinus van IJzendoorn vandaag zijn "
                                           "laatste dag, hij gaat verhuizen."),
    # a medical result talked over in a video call
    ("hartekamp", "care-details-in-group", "review", "Zullen we de uitslag van de bloedtest van uw moeder even via "
                                                     "WhatsApp-videobellen doornemen? Scheelt u een rit."),
    ("hartekamp", "care-details-in-group", "review", "De röntgenfoto van zijn heup bespreek ik vanavond via Facetime "
                                                     "met zijn zus."),
    # a group the family outside it cannot see, its post passed on as a screenshot
    ("hartekamp", "closed-page-copied", "block", "Voor de ooms en tantes die niet in de familiegroep van De Linde "
                                                 "zitten: hier een screenshot van wat de begeleiding vanochtend "
                                                 "postte over het kerstdiner."),
    # a group insulted as backward
    ("sterkhuis", "tone-group-insult", "block", "Weer van die ouders die hun kind niet laten vaccineren. Dat soort "
                                                "volk zit echt nog in de steentijd."),
    ("domus", "tone-group-insult", "block", "Die huurders van blok C leven nog in de middeleeuwen, wat een zooi."),
    # a private number stays private: a condition to "je", a private sale
    ("heemstede", "phone-number", "block", "Ik verkoop mijn oude racefiets. Als je interesse hebt, bel dan even "
                                           "023-5284411."),
]

PASS = [
    # a separable compound apart, already public
    ("heemstede", ("confidential-plan", "news-before-announcement"),
     "De milieustraat gaat op zaterdag dicht. Het is vorige week bekend gemaakt in de Heemsteder."),
    # a question about the sentence before is no statement about it
    ("heemstede", ("confidential-plan",), "De milieustraat gaat op zaterdag dicht. Is dat al bekend gemaakt?"),
    # nobody knows yet; published figures
    ("sterkhuis", ("confidential-plan",), "De uitslag van het tevredenheidsonderzoek is nog niet bekend."),
    ("sterkhuis", ("confidential-plan",), "De cijfers over verzuim worden elk jaar in juni gepubliceerd in het "
                                          "jaarverslag van Sterk Huis."),
    # makers of published works
    ("sterkhuis", ("person-name",), "Wie in de jeugdzorg werkt, moet het boek Gehechtheid en opvoeding van Marinus "
                                    "van IJzendoorn eens lezen."),
    ("sterkhuis", ("person-name",), "Tip voor collega's bij Sterk Huis: de podcast De Dag door Bart Schols over "
                                    "pleegzorg. Echt de moeite."),
    # video calls about nothing confidential; a result discussed in person
    ("hartekamp", ("care-details-in-group",), "Beeldbellen met familie kan elke zondag; vraag de begeleiding om de "
                                              "iPad."),
    ("hartekamp", ("care-details-in-group",), "De uitslag van het slikonderzoek bespreken we met u in een persoonlijk "
                                              "gesprek op de locatie, niet via beeldbellen."),
    # an invitation into the closed group, not a copy out of it
    ("hartekamp", ("closed-page-copied", "closed-page-sharing"),
     "Zit je nog niet in de familiegroep van De Linde? Vraag de begeleiding om je toe te voegen."),
    # a people in history; negated
    ("sterkhuis", ("tone-group-insult",), "In de middeleeuwen leefde dat volk van de visvangst."),
    ("sterkhuis", ("tone-group-insult",), "Die ouders leven echt niet in de middeleeuwen, ze zijn gewoon bang."),
    # the organisation's number, given by a condition and an imperative, as "u"; also after "Ik ben ..."
    ("heemstede", ("phone-number",), _OFFICIAL + "Ik ben Erik van bouwtoezicht bij de gemeente Heemstede. Een "
                                                 "tuinhuis mag vaak zonder vergunning. Komt u er niet uit, bel dan "
                                                 "gerust (023) 548 56 00."),
    ("heemstede", ("phone-number",), _OFFICIAL + "Twijfelt u over de vergunning, bel dan (023) 548 56 00."),
    # reminders: a question or condition about the reader's own situation, then what to do about it
    ("hartekamp", ("house-style-logo",), "Oproep aan alle teams: zie je op je pagina nog het oude logo met de groene "
                                         "boog? Vervang het dan door het logo uit het Handboek Huisstijl."),
    ("hartekamp", ("house-style-logo",), "Oproep aan alle teams: als je in een folder nog het oude logo ziet, gooi "
                                         "hem dan weg en bestel nieuwe bij communicatie."),
]

# and the same reminders' cases, told as the writer's own act, still count
FLAG += [
    ("hartekamp", "house-style-logo", "block", "Op onze pagina staat nog het oude logo met de groene boog? Ja, dat "
                                               "vinden we mooier."),
    ("hartekamp", "house-style-logo", "block", "Wij gebruiken voorlopig het oude logo, vervang het maar niet."),
]

# a kind of people with a term of abuse; a page of someone else's book or paper photographed to share
FLAG += [
    ("domus", "tone-group-insult", "block", "Weer een steiger zonder leuning. Dit soort beunhazen zou je de markt uit "
                                            "moeten gooien."),
    ("sterkhuis", "copied-material", "review", "Ik heb het krantenartikel over onze woongroep even ingescand, met "
                                               "de foto erbij."),
]
PASS += [
    ("domus", ("tone-group-insult",), "Dit soort beunhazen ken ik niet: bij ons werkt iedereen met een lijn."),
    ("sterkhuis", ("copied-material",), "Het krantenartikel heb ik niet ingescand; lees het op de site van de krant, "
                                        "met de foto."),
]

# irony about what the municipality's enforcers do, on a personal account; a name after "de" is a house
_REPLY = _fm(capacity="personal", reply_to="https://www.facebook.com/nieuwsuitheemstede/posts/1")
FLAG += [
    ("heemstede", "irony-personal", "review", _REPLY + "Ja hoor, wij schrijven die parkeerbonnen natuurlijk voor de "
                                                       "lol 🙄"),
    ("hartekamp", "client-identified", "block", "Vandaag gehoord dat Linde volgend jaar verhuist; alle bewoners "
                                                "vinden het jammer."),
]
PASS += [
    ("heemstede", ("irony-personal",), _REPLY + "Goed dat de regels voor parkeerbonnen nu duidelijk op de site staan."),
    ("hartekamp", ("client-identified",), "Vandaag gehoord dat de Linde volgend jaar dichtgaat; alle bewoners "
                                          "verhuizen dan."),
]

# a password after "is", later in its keyword's sentence
FLAG += [
    ("sterkhuis", "credential", "block", "wachtwoord van de groepslaptop staat op een briefje onder het toetsenbord, "
                                         "is gewoon woongroep2025, dus als je invalt kun je er zelf in"),
]
PASS += [
    ("sterkhuis", ("credential",), "Je wachtwoord moet minstens twaalf tekens hebben en is dus niet Welkom123."),
    ("sterkhuis", ("credential",), "Mijn wachtwoord is veranderd, dus ik log morgen opnieuw in op de laptop."),
]

# a civil servant's sarcastic answer to a critic ("wij ambtenaren ..."), and a reply about a municipal matter
_PERSONAL = _fm(capacity="personal")
FLAG += [
    ("heemstede", "sarcastic-rebuttal", "review", _PERSONAL + "Tuurlijk, wij ambtenaren liggen de hele dag op de bank "
                                                              "🙃 knap dat jij dat allemaal zo precies weet."),
    ("heemstede", "criticism-reply", "review", _REPLY + "Die bonnen worden gewoon volgens de regels geschreven, "
                                                        "daar is niks mis mee."),
]
PASS += [
    ("heemstede", ("sarcastic-rebuttal",), _PERSONAL + "Na drie weken griep weer aan het werk op het raadhuis 🙄. "
                                                       "Fijn om iedereen weer te zien, en wie die taart regelde: jij bent "
                                                       "top."),
    ("heemstede", ("criticism-reply",), _REPLY + "Wat een mooie foto van de Binnenweg in de sneeuw!"),
]

# read in holdout17's misses after its end score (in-sample): a home-made Sterk Huis logo, a song by its artist
# under a video, "stelletje luie zakken", a civil servant upset about criticism of the own team
FLAG += [
    ("sterkhuis", "own-logo", "review", "Voor de nieuwsbrief van ons team heb ik zelf een logo van Sterk Huis "
                                        "getekend, vrolijker dan het echte."),
    ("sterkhuis", "copied-material", "review", "Filmpje van de tafeltennisavond, met de nieuwste van Davina Michelle "
                                               "eronder natuurlijk!"),
    ("hartekamp", "tone-group-insult", "block", "Die weekenddienst doet ook nooit wat, stelletje luie zakken."),
    ("heemstede", "impulsive-reaction", "review", "Wij werken ons rot voor die wijk en dan dit weer 😡😡 kom eerst "
                                                  "eens naar de inloopavond."),
    ("heemstede", "impulsive-reaction", "review", "Ik werk zelf bij de gemeente, maar schaam je, Heemstede, dat "
                                                  "gras staat al weken te hoog."),
]
PASS += [
    ("sterkhuis", ("own-logo",), "Voor de nieuwsbrief heb ik het logo van Sterk Huis bij PR opgevraagd."),
    ("sterkhuis", ("copied-material",), "Filmpje van de tafeltennisavond! De nieuwste van Davina Michelle draaiden "
                                        "we de hele avond."),
    ("hartekamp", ("tone-group-insult",), "Een stelletje zakken vol kastanjes meegenomen uit het bos, de bewoners "
                                          "gaan er poppetjes van maken."),
    ("heemstede", ("impulsive-reaction",), "Wij werken ons rot voor die wijk en de bewoners zijn er blij mee, mooi "
                                           "om te zien!"),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round18")


def _sentence(text: str, i: int) -> str:
    ends = Bounds(text).sentence_ends
    return text[(ends[i - 1] if i else 0):(ends[i] if i < len(ends) else len(text))].strip()


@pytest.mark.parametrize("text, reminder", [
    ("Zie je nog het oude logo? Vervang het dan.", "Zie je nog het oude logo?"),
    ("Heeft u een foto van een bewoner gedeeld? Haal hem dan weg.", "Heeft u een foto van een bewoner gedeeld?"),
    ("Let op: als je een wachtwoord in de groep ziet staan, meld het bij de beheerder.",
     "Let op: als je een wachtwoord in de groep ziet staan, meld het bij de beheerder."),
])
def test_a_reminder_is_advice(text, reminder):
    assert [_sentence(text, i) for i in sorted(advice_sentences(text, Bounds(text).sentence_ends))] == [reminder]


@pytest.mark.parametrize("text", [
    "Zie je nog het oude logo? Mooi hè, vind ik ook.",              # no imperative to put it right
    "Heb ik het oude logo nog gebruikt? Vervang het dan maar.",       # the writer's own case
    "Als het regent, vervang ik de dakgoot later.",                   # no reader addressed
])
def test_no_reminder(text):
    assert advice_sentences(text, Bounds(text).sentence_ends) == frozenset()


def test_overlapping_cues_of_one_rule_give_one_finding(tmp_path: Path):
    draft = tmp_path / "verzuim.txt"
    draft.write_text("Die cijfers zijn nog niet gepubliceerd, het jaarverslag komt pas in juni.", encoding="utf-8")
    engine = build_engine(settings_for(None, tmp_path, packs=("sterkhuis",), fail_on="never"))
    (checked,) = check_drafts(engine, read_drafts([str(draft)]), "never", None, None).files
    found = [f for f in checked.findings if f.rule == "sterkhuis.confidential-plan"]
    assert len(found) == 1
    assert found[0].text.startswith("cijfers zijn nog niet gepubliceerd")
