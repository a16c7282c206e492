"""Twenty-first round (issue 8), from tune18's misses, as mechanisms; phrasings of our own, not the dev set's:

- a web address and its path after a log-in word ("aanmelden via sterkhuis.nl/pleegouder-worden") is no user/password
  pair (`nlp/secrets`);
- an e-mail address in the sentence of the firm's business number, not one person's and not at a free-mail provider,
  is the firm's own (`nlp/contacts/venue.contact_block`);
- Domus: the post saying Domus did not want it posted ("Domus had liever niet dat we ...", "mocht niet van Domus") is
  block (`approval-refused`, `liever-niet-gepost.txt`);
- the judge neither raises nor adds `approval` where the front matter records an approval, and does not read a
  message that asks first and waits ("ik doe het pas als jullie ja zeggen", `wacht-op-akkoord.txt`);
- Hartekamp: "krijgt een eigen Instagram" is a new page; "vanaf maandag beheren X en ik de pagina" is a moderator
  change, and "doorgeven aan communicatie doe ik na de zomer" says it is not reported yet;
- Heemstede: "@gemHeemstede" is the municipality's own account;
- sarcasm aimed at a critic: "dat zie je natuurlijk niet als je alleen vanaf de bank meekijkt", "komt misschien
  doordat u toen nog lag te slapen" (`ironie.txt`);
- "niet" before a preposition negates its whole phrase ("prima voor een praatje, niet voor een gesprek over de
  medicatie");
- part 3 (in-sample, read in holdout20's misses): basis `colleague-health` (a colleague's burn-out, depression, stay
  in hospital), a leak the writer acknowledges ("je hebt het niet van mij", `deelverzoek.txt`), Domus partners called
  bunglers in Domus's sentence (`afkraken.txt`, `client-disparaged` over the sentence), and a tenant's stated
  consent alone in a personal Domus post.
"""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from conftest import flag_pass_tests, front_matter as _fm

_OFFICIAL = _fm(capacity="official", channel="facebook")

FLAG = [
    # a real log-in pair next to a web address still counts
    ("sterkhuis", "credential", "block", "Inloggen op het portaal met j.devries/Zonnebloem2026! lukt weer."),
    # a person's address or a free-mail address beside the firm's number stays an e-mail address
    ("domus", "email-address", "review", "Bel ons kantoor op 0475 33 12 90 of mail naar karel.smeets@bouwbedrijf.nl"),
    ("domus", "email-address", "review", "Bel ons kantoor op 0475 33 12 90 of mail naar timmerwerkroermond@gmail.com"),
    # Domus said no
    ("domus", "approval-refused", "block", _OFFICIAL + "De woningstichting wilde niet dat we het al deelden, maar hier "
                                                      "zijn de nieuwe kozijnen van de flats van Domus in Swalmen!"),
    ("domus", "approval-refused", "block", _OFFICIAL + "Eerlijk is eerlijk: het mocht officieel nog niet van Domus, "
                                                      "maar de daken in Herten zijn klaar!"),
    # Hartekamp pages and moderators
    ("hartekamp", "new-page", "review", "Ons dagcentrum krijgt een eigen Instagram, volgende week gaat hij live!"),
    ("hartekamp", "moderator-change-unreported", "review", "Vanaf maandag beheren Ilse en ik de pagina. Doorgeven aan "
                                                           "communicatie doe ik na de zomer."),
    # sarcasm aimed at a critic by a civil servant
    ("heemstede", "sarcastic-rebuttal", "review", _fm(capacity="personal") + "Ik werk zelf bij de buitendienst hier. "
                                                 "Maar ja, dat zie je natuurlijk niet als je alleen vanaf de bank "
                                                 "meekijkt."),
    ("heemstede", "sarcastic-rebuttal", "review", _fm(capacity="personal") + "Ik werk zelf bij de gemeente en stond er "
                                                 "om zeven uur. Dat u mij niet zag, komt misschien doordat u toen "
                                                 "nog lag te slapen."),
    # negation reaches through a preposition only within its clause
    ("hartekamp", "care-details-in-group", "review", "Vanavond bespreken we in de groepsapp de medicatie van alle "
                                                     "bewoners, niet via de mail."),
]

PASS = [
    ("sterkhuis", ["credential"], "Aanmelden kan via sterkhuis.nl/pleegouder-worden of bel het algemene nummer."),
    ("domus", ["email-address"], "Aanmelden? Bel ons kantoor op 0475 33 12 90 of mail naar werkplaats@houtbouw.nl"),
    ("domus", ["approval-refused"], _OFFICIAL + "Domus wilde graag dat we het deelden, dus hier zijn de nieuwe "
                                               "kozijnen van de flats in Swalmen!"),
    ("domus", ["approval-refused"], _OFFICIAL + "Nog geen akkoord van Domus, dus de foto's van de daken volgen later."),
    ("domus", ["approval-refused"], _fm(capacity="personal") + "Mijn vrouw had liever niet dat ik weer op zaterdag "
                                                              "werkte, maar de daken van Domus zijn klaar."),
    ("hartekamp", ["new-page"], "Elke bewoner krijgt een eigen kamer met badkamer."),
    ("hartekamp", ["moderator-change-unreported"], "Vanaf maandag beheren Ilse en ik de pagina; ik heb het aan "
                                                   "communicatie doorgegeven."),
    ("heemstede", ["role-missing", "role-missing-reply"],
     _fm(channel="x", capacity="official", page="@gemHeemstede", reply_to="https://x.com/a/status/1")
     + "@inwoner Goed dat u het meldt! De lantaarnpaal wordt deze week vervangen. Meer: heemstede.nl/melden"),
    ("heemstede", ["irony", "sarcastic-rebuttal"], _fm(capacity="official") + "Een verstopte kolk zie je natuurlijk "
                                                                         "niet als je alleen binnen kijkt; meld hem "
                                                                         "via de app."),
    ("heemstede", ["irony", "sarcastic-rebuttal"], _fm(capacity="personal") + "Ik werk zelf bij de gemeente. De "
                                                                         "kinderen waren moe, misschien omdat ze nog "
                                                                         "moesten slapen na het kamp."),
    ("hartekamp", ["care-details-in-group"], "De groepsapp is voor leuke dingen, niet voor een gesprek over de "
                                             "medicatie van bewoners."),
]

# part 3, read in holdout20's misses after its end score (in-sample): a colleague's health, a leak the writer
# acknowledges, a partner called bunglers, a tenant's consent in a personal post
FLAG += [
    ("domus", "colleague-health", "block", "Sorry voor de late antwoorden, onze opzichter Kees zit "
                                           "al maanden thuis met een hernia."),
    ("heemstede", "colleague-health", "block", "Mijn leidinggevende is sinds de kerst overspannen, dus het loket is "
                                               "dicht."),
    ("sterkhuis", "confidential-request", "block", "De fusie met de andere zorgaanbieder gaat in maart "
                                                   "door. Je hebt het niet van mij."),
    ("domus", "client-disparaged", "block", "Die club die Domus voor de daken had ingehuurd: prutsers zijn het, "
                                            "allemaal."),
    ("domus", "person-described", "block", _OFFICIAL + "Bij meneer Jan Smeets (78) aan de Kapelaanstraat mochten we de "
                                                      "keuken vervangen, met zijn toestemming op de foto."),
]
PASS += [
    ("hartekamp", ["colleague-health"], "Mijn collega en ik gaven vandaag een workshop over burn-out bij "
                                        "mantelzorgers."),
    ("domus", ["colleague-health"], "Onze opzichter Kees heeft een mooie presentatie gegeven over kanker en werk."),
    ("sterkhuis", ["colleague-health"], "Mijn collega Ria zit thuis met een burn-out; ze vindt het goed dat ik het "
                                        "deel."),
    ("sterkhuis", ["confidential-request"], "Ik heb nooit gezegd 'van mij heb je het niet', ik deel alleen wat al "
                                            "openbaar is."),
    ("domus", ["client-disparaged"], "Domus heeft ons gevraagd de daken over te doen; de vorige ploeg had het prima "
                                     "gedaan, maar de storm was te zwaar."),
    ("domus", ["person-described"], _fm(capacity="personal") + "Bij meneer Jan Smeets (78) aan de Kapelaanstraat een "
                                                              "nieuwe keuken geplaatst, met zijn toestemming op de "
                                                              "foto. Op persoonlijke titel."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r21")


def _finding(rule, category, severity, start, end, detector=""):
    from postcheck.model import Finding
    return Finding(rule=rule, pack="p", category=category, severity=severity, message="m", text="x" * (end - start),
                   start=start, end=end, line=1, column=start + 1, detector=detector)


def test_the_judge_leaves_approval_to_a_recorded_approval():
    """kinds/judge.check with a stand-in judgement whose heaviest category is approval: it raises the draft without a
    recorded approval, and neither raises nor adds approval where the front matter records one."""
    from postcheck.kinds import judge as kind
    from postcheck.model import Severity

    def ctx(view, prior, front_matter):
        def finding(rule, start, end, how, detector, fmt):
            return replace(_finding("d.judge", "other", Severity.BLOCK, start, end, detector), how=how)
        return SimpleNamespace(prior=prior, norm=SimpleNamespace(text=" ".join(["woord"] * 30)),
                               front_matter=front_matter, judgement=lambda org: view, lifted_block=lambda: False,
                               finding=finding)

    raise_view = SimpleNamespace(verdicts=(0.05, 0.9, 0.05), category="approval", heaviest=lambda column: (0, 4),
                                 heaviest_for=lambda category: (0, 4), categories={"approval": 0.95})
    rule = SimpleNamespace(options=kind.Options(org="domus", review=0.9, also=0.8))
    approved = {"approval": {"by": "communicatie Domus", "ref": "DOM-1"}}
    raised = list(kind.check(rule, ctx(raise_view, [], {})))
    assert [(f.category, f.severity) for f in raised] == [("approval", Severity.REVIEW)]
    assert list(kind.check(rule, ctx(raise_view, [], approved))) == []
    # `also` adds approval beside another finding, except where an approval is recorded
    also_view = SimpleNamespace(verdicts=(0.5, 0.4, 0.1), category="tone", heaviest=lambda column: (0, 4),
                                heaviest_for=lambda category: (5, 9), categories={"approval": 0.95})
    prior = [_finding("d.rule", "tone", Severity.REVIEW, 0, 4)]
    assert [f.category for f in kind.check(rule, ctx(also_view, prior, {}))] == ["approval"]
    assert list(kind.check(rule, ctx(also_view, prior, approved))) == []
