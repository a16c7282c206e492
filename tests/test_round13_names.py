"""Thirteenth round: names that are no private person, each through a general mechanism, the client kept.

Phrasings of our own (not the dev set's words), through the CLI, one run per pack:
- a firm's name made of a surname and a trade word ("Janssen Dakwerken", "Dakwerken Janssen", "bij Hendriks
  Installatietechniek") is a company, not a person; "Piet Janssen van Janssen Dakwerken" still names Piet;
- an article and one surname without first name, title or initials ("aan de Beekhof", "in het Hof",
  "De Kemp en Donderberg") is a place or building as often as a person: a weak hit, not a name on its own;
  "mevrouw de Boer" and "Jan de Boer" stay names;
- the writer signing: a name opening the closing paragraph with at most a role after it ("Ruud Smeets, eigenaar
  Smeets Installaties") or above a bracketed remark ("(dit schrijf ik op persoonlijke titel)"), and "ik, Mieke
  Rutten, ..."; a name at the start of a closing line that goes on as a sentence ("..., onze huurster, was
  blij") is no signature;
- a person named in their work (`person-staff`): a job title beside the name ("onze directeur-bestuurder ...",
  "Peggy Janssen (P&O)") or the contact a call to action sends readers to ("Bel Ton Hermans op 077 ...").
  Domus's person-name (tenants, richtlijn 2/3) leaves them; Sterk Huis's still asks about a colleague's name
  (policy 6: "Vermeld alleen een naam van een medewerker als hij of zij dat goed vindt").
"""
from __future__ import annotations

import pytest

from conftest import flag_pass_tests, front_matter as _fm


_P = _fm(channel="facebook", capacity="personal")
_NAME = ("person-name",)

FLAG = [
    ("domus", "person-name", "review", _P + "Nieuwe keuken geplaatst in de Domus-woning van Piet Janssen van "
                                            "Janssen Dakwerken, hij was er heel blij mee."),
    ("domus", "person-name", "review", _P + "Bij Domus vandaag bij mevrouw de Boer de badkamer vernieuwd, wat "
                                            "een verschil."),
    ("domus", "person-name", "review", _P + "Bij Domus hebben we de voordeur vervangen bij Jan de Boer."),
    ("domus", "person-name", "review", _P + "Vandaag de huurwoning van Domus opgeleverd, prachtig geworden.\n\n"
                                            "Marieke Verhoeven, onze huurster, was er heel blij mee"),
    ("domus", "person-name", "review", _P + "Dit weekend de kozijnen van de Domus-woning aan de Beekstraat "
                                            "gedaan.\nEvert Hoogland was vandaag niet thuis, dus morgen verder"),
    ("sterkhuis", "person-name", "review", _P + "Vandaag vierden we bij Sterk Huis het jubileum van mijn collega "
                                                "Femke Aarts, 25 jaar pleegzorg!"),
    ("sterkhuis", "person-name", "review", _P + "Dank aan onze pleegzorgbegeleider Ramon de Wit van Sterk Huis, "
                                                "altijd bereikbaar."),
]

PASS = [
    ("domus", _NAME, _P + "Trots op ons dakteam! Voor Domus vernieuwden wij, Janssen Dakwerken, de daken in de "
                          "Kapelaanswijk. #vakmanschap"),
    ("domus", _NAME, _P + "Dakwerken Janssen zoekt een dakdekker voor projecten van Domus en andere corporaties."),
    ("domus", _NAME, _P + "Samen met de mannen van Hendriks Installatietechniek de cv-ketels bij Domus vervangen."),
    ("domus", _NAME, _P + "Voor Domus schilderden we de 30 woningen aan de Beekhof in Montfort, en ook die in "
                          "het Hof van Pey."),
    ("domus", _NAME, _P + "Planning voor de woningen van Domus: Roermond, De Kemp en Donderberg in het voorjaar."),
    ("domus", _NAME, _P + "Veilig werken bij Domus begint bij jezelf: helm op, lijn vast.\n\n*Ruud Smeets, eigenaar "
                          "Smeets Installaties*\n"),
    ("domus", _NAME, _P + "Vandaag mijn laatste werkdag na 40 jaar bij de bouw voor Domus. Bedankt allemaal!\n\n"
                          "Harrie Keulen\n\n(dit schrijf ik op persoonlijke titel)"),
    ("domus", _NAME, _P + "Na een lange revalidatie sta ik, Mieke Rutten, weer op de steiger voor de woningen "
                          "van Domus 🙌"),
    ("domus", _NAME, _P + "Bij de opening van de Domus-woningen knipte onze directeur-bestuurder Frank Verheijen "
                          "het lint door."),
    ("domus", _NAME, _P + "Wij zoeken een timmerman voor onderhoud aan woningen van Domus. Interesse? Bel Ton "
                          "Hermans op 077 - 354 21 90 of mail vacatures@timmerbedrijfhermans.nl"),
    ("domus", _NAME, _P + "Werken aan Domus-woningen? App gerust met Peggy Janssen (P&O) voor een kennismaking."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round13names")


@pytest.mark.parametrize("text,labels", [
    ("Bel Ton Hermans op 077 - 354 21 90 voor meer informatie", ["person-staff"]),
    ("Gisteren kwam onze uitvoerder Wendy Peeters langs", ["person-staff"]),
    ("Jeroen Smeets, teamleider installaties, gaf de toolbox", ["person-staff"]),
    ("Gisteren kwam Wendy Peeters langs voor de koffie", ["person"]),
    ("Wendy Peeters belde ons op 06-12345678 over haar lekkage", ["person"]),
])
def test_a_person_named_in_their_work_is_labelled_so(text, labels):
    from postcheck.nlp.identify.public import keep_private, mark_work
    from postcheck.nlp.names import NameDetector

    hits = mark_work(text, keep_private(text, NameDetector.load().find(text)))
    assert [h.label for h in hits] == labels, [(text[h.start:h.end], h.label) for h in hits]


@pytest.mark.parametrize("text,strength", [
    ("aan de Beekhof", "weak"), ("in het Hof van Pey", "weak"), ("mevrouw de Boer", "strong"),
    ("Jan de Boer", "strong"), ("meneer van Dijk", "strong"),
])
def test_an_article_and_one_surname_is_a_weak_name(text, strength):
    from postcheck.nlp.names import NameDetector

    hits = NameDetector.load().find("Vandaag " + text + " bezocht.")
    assert [h.strength for h in hits] == [strength]
