"""Twenty-seventh round (issue 8); phrasings of our own, not the dev set's.

From tune28 (holdout28 was committed first and is not read):

- the cue language reads an ending as one position of a phrase: `=besloten **groep` matches "besloten
  wandelgroep", "gesloten zwemclubgroepen", "besloten fb-groepje" (any compound, any inflected form), and `*groep`
  also the word itself (`nlp/cues/endings.py`); a part is still found by a word that is no ending, and a line with an
  ending cannot be used as `[set]`;
- a door code told after "is veranderd:" or "is veranderd ->" (`secrets._CONNECT`);
- the municipality's published general number (023) 548 56 00 is Heemstede's own (`allow.phones`);
- news told as a teaser ("jullie horen het als eerste", "meer info volgt snel") from a personal account;
- a team's new account told ready or live ("jullie nieuwe Instagram staat klaar"), not one's own ("mijn nieuwe
  insta");
- an election in a compound or hashtag is a political topic, and a free relative clause ("wie in maart op X stemt")
  ends at its verb: the negator of the main clause after it ("hoeft niet te klagen") does not negate it;
- "wijf" after a word of contempt ("lui wijf") is abuse, "wijf" alone is not; a name someone is called ("voor
  zakkenvuller uitmaakt") is reported, not the writer's;
- "geheime" before a document, meeting or figures is a label on it ("de geheime MT-notulen"), before anything else
  it is not ("haar geheime liefde"); what came out of a closed meeting ("uit de besloten sessie") and a decision
  taken inside ("het college heeft intern al gekozen") are kept quiet plans; the official word still to come
  ("officieel horen jullie het pas volgende week");
- a call to action is an opinion that needs the personal-capacity line ("daarom deze oproep", "ik pleit voor");
- more trade heads name a firm ("Keukenmontage Maasland");
- the judge does not call a text news where it says the news is out already;
- a fronted noun's own "van" phrase may stand before the inverted verb and its negator ("foto's van ons pleegkind
  zie je hier niet").

In-sample, from holdout28's misses after its end score:

- a password of every kind of character later in the keyword's sentence ("werkt het oude wachtwoord gewoon weer,
  Balie2!Heemstede"), not a name with a hyphen ("Team-Noord2");
- a photo posted although, as the post says, someone said it was not allowed ("zei dat het niet mocht, maar ...");
- material found online whose maker the writer does not know ("ergens op internet gevonden, weet niet meer van
  wie");
- consent in other words ("met zijn zegen", "en het prima vond dat ik haar hier noem");
- a house-number word between street and number ("kapelaan goossensstraat, nr 88").

In-sample, from holdout29 (written after this round's work and scored once on its end state):

- numbered places in a ground or building are no street ("Veld 3 op Sportpark Groenendaal");
- a kind of documents said to be confidential is a general statement ("Sommige stukken zijn vertrouwelijk en liggen
  alleen ter inzage"), "deze stukken zijn vertrouwelijk" is not;
- a public office in apposition ("Hugo de Jonge, toen minister voor ..."); a signature after an en or em dash; "van"
  and a place of two words ("wat ik van Den Haag zou willen"), not after a title ("mevrouw van Den Bosch"); names
  joined by "&" before a trade head or legal form name a firm ("Van Kessel & Hermans Bouw");
- information told inside ("Intern is ons vorige week verteld dat ...") with a plan or figure beside it;
- a page left with one administrator ("vanaf nu doe ik de pagina in m'n eentje"; hartekamp `single-moderator`);
- a doubt about writing ("lang getwijfeld of ik dit zou schrijven") is no doubt about whether it may go out;
- "niet namens de Hartekamp Groep" is no announcement on its behalf (the terms list no longer holds "namens ...");
- approval asked, no answer yet, posted anyway ("nog niks gehoord, dus we zetten ze er alvast op").
"""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from conftest import flag_pass_tests, front_matter as _fm
from postcheck.errors import UserError
from postcheck.nlp.cues.compile import compile_sets
from postcheck.nlp.cues.endings import Endings

P = _fm(capacity="personal")

FLAG = [
    ("hartekamp", "closed-page-sharing", "block", "haha screenshot uit de besloten koorgroep van de woning, echt "
                                                  "hilarisch 😂"),
    ("hartekamp", "closed-page-sharing", "block", "Dit komt uit onze gesloten zwemclubgroepen, ik heb het even "
                                                  "doorgestuurd naar mijn zus."),
    ("sterkhuis", "closed-page-sharing", "review", "Screenshot uit de besloten pleegoudersappgroep hieronder, moet "
                                                   "je lezen."),
    ("domus", "credential", "block", "De code van het bouwhek is gewijzigd: 7319. Niet doorgeven hoor."),
    ("heemstede", "credential", "block", "code sleutelkluis gemeentewerf veranderd -> 2846"),
    ("sterkhuis", "organisation-news-personal", "review", P + "Jullie horen het hier als eerste: Sterk Huis start in "
                                                              "mei met een nieuw gezinshuis in Deventer!"),
    ("hartekamp", "organisation-news-personal", "review", P + "Vanaf april werkt de Hartekamp Groep op alle "
                                                              "locaties met een nieuw dagprogramma. Binnenkort meer "
                                                              "nieuws!"),
    ("hartekamp", "new-page", "review", "Goed nieuws team Zonnebloem: onze nieuwe TikTok is live! Posten maar."),
    ("heemstede", "political-stance-personal", "review", P + "wie in november op de coalitie stemt hoeft straks "
                                                             "niet te klagen over de huren #tk2025verkiezingen"),
    ("hartekamp", "tone-abuse", "block", "Die valse wijven van de late dienst hebben weer niks opgeruimd."),
    ("heemstede", "confidential-document", "block", "Hier de geheime MT-notulen van dinsdag, lees maar."),
    ("heemstede", "confidential-plan", "block", "Uit de besloten raadsvergadering van gisteren: het zwembad gaat in "
                                                "2027 dicht."),
    ("heemstede", "confidential-plan", "block", "Tussen ons: het college heeft intern al besloten dat de sporthal "
                                                "wordt verkocht."),
    ("heemstede", "confidential-plan", "block", "De verkoop van de grond gaat niet door. Officieel horen jullie het "
                                                "pas na de raad van maart."),
    ("sterkhuis", "disclaimer-missing", "review", P + "Als jeugdzorgwerker bij Sterk Huis zie ik te vaak dat "
                                                      "kinderen te laat hulp krijgen. Ik pleit voor kortere "
                                                      "wachtlijsten."),
    ("sterkhuis", "client-image-text", "block", "Kijk eens, foto's van onze pleegdochter op de kermis! Zo blij."),
    # part 3
    ("domus", "credential", "block", "Server weer up na de storing, en het wachtwoord van de beheerpc is nog steeds "
                                     "gewoon Domus4#Beheer. Tja."),
    ("hartekamp", "image-despite-prohibition", "block", "Selfie met de bewoners van de Linde 📸 mijn begeleider zei "
                                                        "dat het niet mocht maar kijk hoe blij iedereen is"),
    ("sterkhuis", "image-despite-prohibition", "block", "Foto van ons feestje! De voogd zegt dat er geen foto's "
                                                        "online mogen, maar dit moet iedereen zien."),
    ("sterkhuis", "copied-material", "review", P + "Deze tekening zegt alles over de jeugdzorg (ergens op "
                                                   "internet gevonden, weet niet meer van wie)."),
    ("domus", "home-address", "block", _fm(capacity="personal") + "ja die vrouw van de lindelaan, nr 14, die klaagt "
                                                                  "elke dag"),
    # part 4
    ("heemstede", "confidential-document", "block", "Deze stukken zijn vertrouwelijk, maar ik zet ze toch online: de "
                                                    "sporthal gaat dicht."),
    ("domus", "person-name", "review", _fm(capacity="personal") + "Gisteren sprak ik Henk Peeters, toen opzichter bij "
                                                                  "Domus, over de daken."),
    ("domus", "person-name", "review", _fm(capacity="personal") + "Gisteren sprak ik mevrouw van Den Bosch over haar "
                                                                  "dak, ik werk voor Domus."),
    ("sterkhuis", "confidential-plan", "block", P + "Intern is ons gisteren verteld dat er volgend jaar 10 fte "
                                                    "bezuinigd wordt op de begeleiding."),
    ("hartekamp", "single-moderator", "review", "Kees is gestopt, dus ik ben nu de enige beheerder van onze pagina. "
                                                "Vragen? Stuur mij een bericht."),
    ("hartekamp", "single-moderator", "review", "Vanaf nu run ik de teampagina gewoon in m'n eentje 💪"),
    ("sterkhuis", "doubt-posting", "review", P + "Ik twijfel of ik dit wel zou posten over Sterk Huis, maar vooruit: "
                                                "de wachtlijst is lang."),
    ("hartekamp", "official-news-personal", "review", P + "Namens de Hartekamp Groep: de dagbesteding gaat in de "
                                                          "zomer dicht."),
    ("domus", "approval-refused", "block", _fm(channel="facebook", capacity="official") + "De foto's van complex De "
                                           "Linde liggen bij Domus voor akkoord, nog geen reactie, dus we posten ze "
                                           "toch alvast! 🛁"),
]

PASS = [
    # an ending needs the rest of its phrase, and the rule's other words
    ("hartekamp", ["closed-page-sharing"], "We hebben besloten wandelgroepen te starten voor de bewoners."),
    ("hartekamp", ["closed-page-sharing"], "Deel nooit een screenshot uit de besloten zwemclubgroep, ook niet in je "
                                           "story."),
    ("hartekamp", ["closed-page-sharing"], "Een moeder vertelde dat iemand een screenshot uit de besloten koorgroep "
                                           "had doorgestuurd."),
    ("domus", ["credential"], "De code van het bouwhek is gewijzigd, vraag hem aan de uitvoerder."),
    ("heemstede", ["phone-number"], "Vragen over uw aanslag? Bellen mag ook: (023) 548 56 00."),
    ("sterkhuis", ["organisation-news-personal"], P + "Meer info volgt snel over onze verbouwing thuis!"),
    ("sterkhuis", ["organisation-news-personal"], P + "'Jullie horen het als eerste', zei de directeur van Sterk "
                                                      "Huis altijd als er nieuws was."),
    ("hartekamp", ["new-page"], "Mijn nieuwe insta staat online, volg me voor foto's van mijn moestuin!"),
    ("heemstede", ["political-stance-personal"], P + "Wie in maart wil stemmen, moet zich op tijd laten "
                                                     "registreren. #gemeenteraadsverkiezingen"),
    ("heemstede", ["political-stance-personal"], P + "Ik zou nooit zeggen wie in maart op welke partij moet stemmen."),
    ("domus", ["tone-abuse"], "Mijn wijf heeft vanavond lekker gekookt."),
    ("heemstede", ["tone-abuse"], "Lees eerst de stukken voordat je iedereen op het raadhuis voor zakkenvuller "
                                  "uitmaakt."),
    ("heemstede", ["confidential-document"], "Een meisje fluisterde haar geheime liefde, en een man verstopte een "
                                             "brief tussen de wortels van de oude beuk."),
    ("domus", ["confidential-document"], "Ons geheime ingrediënt staat in de brief aan oma."),
    ("heemstede", ["confidential-plan"], "Donderdag is er een besloten raadsvergadering over de begroting; het "
                                         "besluit leest u daarna op de website."),
    ("heemstede", ["confidential-plan"], "De uitslag van de loting horen jullie volgende week, houd de website in de "
                                         "gaten."),
    ("sterkhuis", ["disclaimer-missing"], P + "Als pleegmoeder bij Sterk Huis ben ik blij met de training van "
                                              "vorige week. Laten we er samen een mooie zomer van maken."),
    ("domus", ["person-name"], "De keukens plaatsen we samen met Keukenmontage Maasland uit Venlo."),
    ("sterkhuis", ["client-image-text"], "Namen en foto's van ons pleegkind zie je hier niet, en dat blijft zo."),
    # part 3
    ("domus", ["credential"], "Kies een wachtwoord als Zomer2026!Fiets: lang en met een teken erin."),
    ("domus", ["credential"], "Het wachtwoord van de wifi vraag je aan Team-Noord2 bij de balie."),
    ("hartekamp", ["image-despite-prohibition"], "Mijn begeleider zei dat het niet mocht, dus de selfie blijft in "
                                                 "mijn telefoon."),
    ("sterkhuis", ["copied-material"], P + "Ik heb op internet gevonden hoe je pleegouder wordt, handig!"),
    ("domus", ["person-described"], _fm(capacity="personal") + "Meneer Wim (89) wilde per se met zijn rozen op de "
                                                               "foto. Dus bij deze, met zijn zegen!"),
    ("sterkhuis", ["person-name"], _fm(capacity="personal") + "Dank aan mijn collega Ingrid Mulder van Sterk Huis, "
                                                              "die me heeft ingewerkt (en het prima vond dat ik "
                                                              "haar hier noem)."),
    ("domus", ["home-address"], "Hij had rugnummer 12 en scoorde twee keer."),
    # part 4
    ("heemstede", ["home-address"], "Veld 3 op Sportpark Groenendaal is van 3 t/m 14 maart dicht voor onderhoud."),
    ("heemstede", ["confidential-document", "internal-marker"], "Sommige stukken zijn vertrouwelijk en liggen alleen "
                                                                "ter inzage in de leeskamer. Daar praat ik niet over."),
    ("domus", ["person-name"], _fm(capacity="personal") + "In 2022 zei Hugo de Jonge, toen minister voor "
                                                          "Volkshuisvesting, dat er woningen bij moesten. Ik werk voor "
                                                          "Domus."),
    ("domus", ["person-name"], _fm(capacity="personal") + "Ik bouw voor Domus. Wat ik van Den Haag zou willen: meer "
                                                          "woningen.\n\n— Marco Hermans"),
    ("domus", ["person-name"], _fm(capacity="personal") + "Ik werk bij de klantenservice van Van Kessel & Hermans "
                                                          "Bouw, vaak voor Domus."),
    ("hartekamp", ["single-moderator"], "Op onze pagina: de beste sponsorloper haalde in haar eentje bijna € 900 op!"),
    ("hartekamp", ["single-moderator"], "Ik ben niet de enige beheerder van de pagina, Fatima doet het ook."),
    ("sterkhuis", ["doubt-posting"], P + "Ik heb lang getwijfeld of ik dit zou schrijven over mijn nichtje bij Sterk "
                                         "Huis. Een vriendin zei: doe het gewoon. Dus bij deze."),
    ("hartekamp", ["official-announcement", "official-news-personal"],
     P + "Dit is mijn persoonlijke blog over mijn stage bij de Hartekamp Groep, niet namens de Hartekamp Groep."),
    ("domus", ["approval-refused"], _fm(channel="facebook", capacity="official") + "De foto's van complex De Linde "
                                    "liggen bij Domus voor akkoord; nog geen reactie, dus we wachten met plaatsen."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r27")


def _find(sets, text):
    import spacy

    from postcheck.nlp.cues.index import CueIndex, DocTokens
    from postcheck.nlp.cues.scope import Bounds

    index = CueIndex(compile_sets(sets))
    doc = spacy.blank("nl")(text)
    return [text[m.start_char:m.end_char] for m in index.find(DocTokens(doc), text, lambda: Bounds.of(text))]


@pytest.mark.parametrize("text, found", [
    ("screenshot uit onze besloten wandelgroep", ["besloten wandelgroep"]),
    ("uit de besloten zwemclubgroepen", ["besloten zwemclubgroepen"]),
    ("de gesloten fb-groepje van de buurt", ["gesloten fb-groepje"]),
    ("in de besloten groep", []),                         # `**`: a compound only
    ("we hebben besloten dat het zo blijft", []),
    ("Het geheime MT-overleg van gisteren", ["geheime MT-overleg"]),
    ("geheim overleg", ["geheim overleg"]),               # `*`: the word itself too
    ("Het geheime recept van oma", []),
])
def test_an_ending_is_one_position_of_a_phrase(text, found):
    sets = {"b": ["=besloten|=gesloten **groep|**groepje", "geheim *overleg"]}
    assert _find(sets, text) == found


@pytest.mark.parametrize("line, message", [
    ("**groep|*app", "one word that is not optional and not an ending"),
    ("=besloten? **groep ... =screenshot?", "not optional"),
    ("=besloten? **groep", "not optional"),
    ("=besloten groep*", "may hold '*'"),
])
def test_an_ending_needs_a_word_to_be_found_by(line, message):
    with pytest.raises(UserError, match="cue set 'b', cue 1:") as err:
        compile_sets({"b": [line]})
    assert message in str(err.value)


def test_a_line_with_an_ending_cannot_be_used_as_a_set():
    with pytest.raises(UserError, match=r"cannot be used as \[plek\]"):
        compile_sets({"plek": ["=besloten **groep"], "b": ["=uit [plek]"]})


def test_ending_forms_and_compounds():
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    from postcheck.nlp.cues.compile import ENDING_MARK

    endings = Endings(("**groep", "*app"))
    compound, word = hash_string(ENDING_MARK + "**groep"), hash_string(ENDING_MARK + "*app")
    assert endings.of_word("wandelgroepen") == (compound,)
    assert endings.of_word("fb-groepje") == (compound,)
    assert endings.of_word("groep") == ()                 # the word itself is no compound
    assert endings.of_word("app") == (word,)
    assert endings.of_word("whatsapp") == (word,)
    assert endings.of_word("groepsapp") == (word,)
    assert endings.of_word("groen") == ()


def _judge_finding(rule, category, severity, start, end, detector=""):
    from postcheck.model import Finding
    return Finding(rule=rule, pack="p", category=category, severity=severity, message="m", text="x" * (end - start),
                   start=start, end=end, line=1, column=start + 1, detector=detector)


def test_the_judge_does_not_call_news_that_the_text_says_is_out():
    """kinds/judge.check with a stand-in judgement whose heaviest category is news: it raises the draft, unless the
    text says the news is published already (`inmiddels_openbaar`: "zoals in het persbericht stond")."""
    from postcheck.kinds import judge as kind
    from postcheck.model import Severity

    def ctx(published):
        def finding(rule, start, end, how, detector, fmt):
            return replace(_judge_finding("d.judge", "other", Severity.BLOCK, start, end, detector), how=how)
        return SimpleNamespace(prior=[], norm=SimpleNamespace(text=" ".join(["woord"] * 30)), front_matter={},
                               judgement=lambda org: view, lifted_block=lambda: False, finding=finding,
                               mentions=lambda name: ["zoals in het persbericht stond"]
                               if published and name == "inmiddels_openbaar" else [])

    view = SimpleNamespace(verdicts=(0.05, 0.9, 0.05), category="news", heaviest=lambda column: (0, 4),
                           heaviest_for=lambda category: (0, 4), categories={"news": 0.95})
    rule = SimpleNamespace(options=kind.Options(org="sterkhuis", review=0.9))
    assert [(f.category, f.severity) for f in kind.check(rule, ctx(False))] == [("news", Severity.REVIEW)]
    assert list(kind.check(rule, ctx(True))) == []
