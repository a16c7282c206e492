"""Twenty-ninth round (issue 8); phrasings of our own, not the dev set's.

From tune33 (holdout33 was committed first and scored once before this work):

- a noun denied of someone with "geen" right before it calls no one so ("een held, geen sukkel"; cue-rule scope
  `denied`, skipped by `tone-abuse`), while "geen" elsewhere does not deny the insult after it ("geen held maar een
  sukkel"); a few common insults the word list lacked ("hufter", "randdebiel", ...);
- a person named by the work or shift they do ("dan weet ik die nachtdienst wel te vinden") is someone a threat can be
  aimed at; the reader told where to find someone is not threatened ("je weet die coach wel te vinden"); the end of
  civility as the consequence of a condition ("als ..., dan praten we niet meer netjes");
- a kind of information the writer says they keep to themselves, in the sentence itself or the one before or after
  ("soms krijgen we stukken die nog niet naar buiten mogen. Daar schrijf ik hier dus niet over."), is no leak
  (`confidential-context`, cue set `zelf_zwijgen`); "ik mag er niets over zeggen, maar ..." still is;
- a condition's own "niet" is what it asks, not a negation of the condition ("als de container weer niet geleegd
  wordt, dan kom ik langs"; `tone-threat-conditional` with `near_negated`);
- leaving told as the last shift that is over ("laatste dienst zit erop"), the group still administered ("blijf ik
  gewoon beheren") and a password nobody changed, in chat words ("niemand heeft t ww veranderd");
- the writer posting or scrolling from a work device in one sentence, no account named ("ik twitter nu ff vanaf de
  dienstmobiel"; hartekamp `work-device-posting`), and every compound of a work word and a device;
- a weak spot in the security of the writer's own organisation's systems ("onze mailserver is nog niet gepatcht", "een
  mailadres van de gemeente spoofen is nog simpel"; basis `security-weakness`, from holdout31's spent miss; hartekamp
  names Informatiemanagement as its contact), not advice about others' systems nor a weakness that is gone;
- a claim told as what others write, a plural or de-word noun with its "dat" clause ("ik lees hier al tachtig reacties
  dat Domus er met de pet naar gegooid heeft", "al die klachten dat ..."), is reported, not the writer's own;
- the municipality's line as its policy ("onze lijn: alleen op het achterdakvlak"), put to the readers without its
  status;
- in-sample, from holdout33's misses after its one score: a fronted cue with its own "van" phrase, then verb, subject
  and negator ("foto's van pleegkinderen plaats je niet"), is negated; a number followed by "van" and a number
  ("Nachtdienst 3 van 4") is one of a series, not a house number; the organisation's figures before they are
  published ("de voorlopige jaarcijfers laten een tekort ... zien", "onze interne prognose") are confidential, and
  published ones are not ("het CBS publiceerde vandaag ...", "staan sinds vandaag op onze website");
- a post that says the image is gone already or should never have gone up ("heb m meteen verwijderd", "is inmiddels
  verwijderd", "had ik echt niet mogen doen"; cue set `teruggetrokken`, an `unless` of `client-image-text` in sterkhuis
  and hartekamp) shares no image; "niet verwijderd" does not lift it;
- a policy's status said in a heading ("## Eerst even duidelijk: dit is een concept") holds for the whole post, like
  its lead (`require`, `phrase_window: section`).
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

P = _fm(capacity="personal")
OFF = _fm(capacity="official", channel="facebook")
LI = _fm(capacity="personal", channel="linkedin")

_POLICY_POST = """---
channel: linkedin
capacity: personal
---
# Hoe houden we het centrum bereikbaar?

Een stuk over parkeren in het centrum.

## {heading}

{status}

## Wat we voorstellen

Het nieuwe parkeerbeleid voor het centrum: betaald parkeren op zaterdag en meer plek voor fietsen.

## Jouw mening

Wat vind jij van dit beleid? Laat je reactie achter, ik neem alles mee.
"""

FLAG = [
    ("heemstede", "tone-abuse", "block", P + "Hij is geen held maar een sukkel, die buurman."),
    ("domus", "tone-abuse", "block", P + "Wat een hufter is die buurman, parkeert weer op de stoep."),
    ("hartekamp", "tone-abuse", "block", P + "die randdebiel van de overkant heeft weer zitten klieren"),
    ("hartekamp", "tone-threat", "block", P + "als ik mijn moeder weer zo aantref dan weet ik die verzorger wel te "
                                              "vinden."),
    ("sterkhuis", "tone-threat", "block", P + "Nog één keer zo'n brief en ik weet die gezinsvoogd heus wel te vinden."),
    ("heemstede", "tone-threat-conditional", "block", P + "Als de container weer niet geleegd wordt, dan praten we "
                                                          "niet meer netjes."),
    ("domus", "tone-threat-conditional", "block", P + "Als ze morgen weer niet komen opdagen, dan is het afgelopen "
                                                      "met vriendelijk."),
    ("heemstede", "tone-threat-conditional", "block", P + "Als de container weer niet geleegd wordt, dan kom ik "
                                                          "langs."),
    ("domus", "confidential-context", "block", P + "Ik mag er eigenlijk niets over zeggen, maar dit is nog niet "
                                                   "openbaar: de flats aan de Kerkstraat gaan tegen de vlakte."),
    ("heemstede", "confidential-context", "block", P + "Uit een memo die nog niet openbaar is: het zwembad gaat "
                                                       "dicht. Daar zeg ik verder niks over 🤐"),
    ("hartekamp", "moderator-stays-after-leaving", "review", P + "Laatste dienst op De Linde zit erop! De groep blijf "
                                                                "ik gewoon beheren vanaf thuis."),
    ("hartekamp", "password-kept-after-leaving", "block", P + "mijn laatste werkdag zit erop. niemand heeft het ww "
                                                              "van de groep veranderd dus ik kijk nog even mee"),
    ("heemstede", "security-weakness", "block", P + "Een mailadres van de gemeente spoofen is op dit moment nog "
                                                    "simpel, dus let op."),
    ("hartekamp", "work-device-posting", "block", P + "mn eigen telefoon is kapot dus ik post dit even vanaf de "
                                                      "dienstmobiel 🙈"),
    ("hartekamp", "work-device-posting", "block", P + "Pauze! Ik zit ff te scrollen op de werk-iPad."),
    ("heemstede", "security-weakness", "block", P + "Eerlijk is eerlijk: onze mailserver is nog niet gepatcht, dus pas "
                                                    "op met bijlagen."),
    ("sterkhuis", "security-weakness", "block", P + "Het oude dossiersysteem van de organisatie hangt nog aan het net. "
                                                    "Inloggen met een oud account is zo nog simpel te misbruiken."),
    ("domus", "client-disparaged", "block", P + "Eerlijk gezegd heeft Domus er met de pet naar gegooid bij die "
                                                "warmtepompen. Dit schrijf ik op persoonlijke titel."),
    ("heemstede", "policy-status-missing", "review", LI + "Vraagje aan vakgenoten: onze lijn voor laadpalen is één "
                                                          "paal per tien woningen, alleen op verzoek. Hoe pakken "
                                                          "jullie dat aan? Tips welkom!"),
    ("sterkhuis", "client-image-text", "block", P + "Foto's van ons pleegkind zet ik vandaag gewoon online, ze is zo "
                                                    "trots op haar diploma."),
    ("sterkhuis", "client-image-text", "block", P + "Nieuwe foto van ons pleegkind op het strand! Die van gisteren heb "
                                                    "ik niet verwijderd hoor, die mag blijven staan."),
    ("hartekamp", "client-image-text", "review", OFF + "Filmpje van de bewoners bij de disco, dat had ik niet eens "
                                                       "hoeven vragen."),
    ("sterkhuis", "home-address", "block", P + "Kom gerust koffie drinken, ik woon op de Kerkstraat 3 in Arnhem."),
    ("sterkhuis", "confidential-context", "block", P + "Drukke weken op Finance: de voorlopige jaarcijfers laten een "
                                                       "tekort van ruim 6 ton zien."),
    ("hartekamp", "confidential-context", "block", P + "We publiceren de voorlopige jaarcijfers pas volgende week, "
                                                       "maar hier alvast: een tekort van 2 ton."),
    ("heemstede", "confidential-context", "block", P + "Onze interne prognose voor dit jaar laat een gat van 1,2 "
                                                       "miljoen zien."),
    ("heemstede", "policy-status-missing", "review",
     _POLICY_POST.format(heading="Eerst even duidelijk", status="Ik schrijf hier op persoonlijke titel.")),
]

PASS = [
    ("heemstede", ["tone-abuse"], P + "Wie een foute link meteen meldt, is voor mij een held, geen sukkel."),
    ("domus", ["tone-abuse"], P + "Wees geen domme sukkel en meld een lek gewoon meteen."),
    ("domus", ["tone-abuse"], P + "Ik was vroeger geen lieverdje, zegt de nieuwe opzichter lachend."),
    ("hartekamp", ["tone-threat", "tone-threat-conditional"], P + "Vragen over het rooster? Je weet die coach wel "
                                                                  "te vinden."),
    ("sterkhuis", ["tone-threat", "tone-threat-conditional"], P + "Weet je die pleegouder niet te vinden? Bel ons "
                                                                  "algemene nummer."),
    ("heemstede", ["tone-threat-conditional"], P + "Als het regent, dan praten we binnen verder bij de koffie."),
    ("domus", ["tone-threat", "tone-threat-conditional"], P + "Klanten weten ons wel te vinden, ook zonder "
                                                              "reclame."),
    ("domus", ["confidential-context"], P + "Als OR-lid krijg je soms stukken die nog niet openbaar zijn. Daar "
                                            "schrijf ik hier dus niet over."),
    ("heemstede", ["confidential-context"], P + "Sommige dingen bespreken we nooit online. Informatie over lopende "
                                                "zaken die nog niet openbaar is bijvoorbeeld."),
    ("sterkhuis", ["confidential-context"], P + "Interne stukken? Dat deel ik hier niet, ook niet als je het "
                                                "vriendelijk vraagt."),
    ("hartekamp", ["moderator-stays-after-leaving", "password-kept-after-leaving"],
     P + "Laatste nachtdienst van de week zit erop. Het wachtwoord van de groep is vorige week nog veranderd."),
    ("hartekamp", ["password-kept-after-leaving"], P + "Laatste werkdag! Niemand hoeft het wachtwoord te onthouden, "
                                                       "het nieuwe staat in de kluis."),
    ("hartekamp", ["work-device-posting"], P + "Ik post nooit iets vanaf de dienstmobiel, daar heb ik mijn eigen "
                                               "telefoon voor."),
    ("hartekamp", ["work-device-posting"], P + "Ik app de ouders via de teamtelefoon als er iets is met hun zoon."),
    ("hartekamp", ["work-device-posting"], P + "\"Ik post het wel even vanaf de werktelefoon\", zei een nieuwe "
                                               "collega. Dat mag dus niet."),
    ("heemstede", ["security-weakness"], P + "Een @heemstede.nl-adres spoofen is sinds de nieuwe instellingen niet "
                                             "meer simpel."),
    ("domus", ["security-weakness"], P + "Bij veel bedrijven is een mailadres nog simpel te spoofen: kijk dus altijd "
                                         "goed naar de afzender."),
    ("sterkhuis", ["security-weakness"], P + "Zeg nooit tegen een beller dat onze server nog niet gepatcht is, ook "
                                             "niet als hij van de helpdesk zegt te zijn."),
    ("domus", ["client-disparaged"], P + "Ik lees hier al tachtig reacties dat Domus er met de pet naar gegooid heeft "
                                         "bij die warmtepompen. De units zijn gemeten en vallen binnen de norm. Dit "
                                         "schrijf ik op persoonlijke titel."),
    ("domus", ["client-disparaged"], P + "Al die klachten dat Domus er met de pet naar gooit: ik zie op de bouw iets "
                                         "anders. Dit schrijf ik op persoonlijke titel."),
    ("heemstede", ["policy-status-missing"], LI + "Vraagje aan vakgenoten: onze lijn voor laadpalen is nog een "
                                                  "concept: één paal per tien woningen. Hoe pakken jullie dat aan?"),
    ("heemstede", ["policy-status-missing"], LI + "Mooie dag bij de vakbeurs. Onze lijn 5 van de bus naar huis was wel "
                                                  "vol. Hoe was jullie reis?"),
    ("sterkhuis", ["client-image-text"], P + "Namen en herkenbare foto's van pleegkinderen plaats je niet. Een foto "
                                             "van achteren op het strand kan wel."),
    ("sterkhuis", ["client-image-text"], P + "ff iets rechtzetten: gister had ik een story gezet waar mn pleegzusje op "
                                             "stond. had ik echt niet mogen doen, heb m meteen verwijderd. sorry 🙏"),
    ("hartekamp", ["client-image-text"], OFF + "De foto van de bewoners bij de kerstborrel is inmiddels verwijderd: "
                                               "er was geen toestemming van iedereen."),
    ("sterkhuis", ["home-address"], P + "Nachtdienst 3 van 4 ☕ thuis slaapt het hele huis, om 8 uur naar huis."),
    ("domus", ["home-address"], P + "Etappe 2 van 5 zit erop, morgen door naar Maastricht."),
    ("sterkhuis", ["confidential-context"], P + "De voorlopige jaarcijfers staan sinds vandaag op onze website: een "
                                                "klein overschot, mooi werk."),
    ("heemstede", ["confidential-context"], P + "Het CBS publiceerde vandaag de voorlopige jaarcijfers over de "
                                                "woningbouw: veel minder nieuwe huizen."),
    ("heemstede", ["policy-status-missing"],
     _POLICY_POST.format(heading="Eerst even duidelijk: dit is een concept",
                         status="Niets hiervan is al besloten; het college kijkt er pas na de zomer naar.")),
    ("heemstede", ["policy-status-missing"],
     _POLICY_POST.format(heading="Waar het staat",
                         status="Het voorstel is nog een concept: er is nog niets vastgesteld.").replace(
         "## Wat we voorstellen\n\n", "")),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r29")


def test_denied_reads_only_geen_right_before_the_noun(tmp_path):
    """"geen" right before a noun, or before one inflected adjective and the noun, denies it (a flag the cue detector
    sets on the hit, `CueHit.denied`); "geen" further back, or any other negator, does not."""
    import spacy

    from postcheck.nlp.cues import CueDetector

    nlp = spacy.blank("nl")
    det = CueDetector.build({"x": ["=sukkel", "=hufter", "=oplichters"]}, cache_dir=tmp_path)

    def denied(text: str, word: str) -> bool:
        hit = next(h for h in det.find(nlp(text), text) if text[h.start:h.end] == word)
        return hit.denied and "denied" in hit.scopes()

    assert denied("een held, geen sukkel", "sukkel")
    assert denied("Wees geen domme sukkel.", "sukkel")
    assert denied("GEEN hufter", "hufter")
    assert not denied("geen held maar een sukkel", "sukkel")
    assert not denied("Niet normaal, die oplichters", "oplichters")
    assert not denied("Hij is geen echte grote hufter", "hufter")   # two adjectives: not read as denied
    assert not denied("ongeen sukkel", "sukkel")                     # no word "geen"
