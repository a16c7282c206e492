"""Twenty-second round (issue 8); phrasings of our own, not the dev set's.

Part 0, read in holdout20's remaining misses (spent, in-sample) before holdout21 was written:

- a care or health word that is a subject spoken or written about ("schrijft over gedrag en verstandelijke
  beperking", "gespecialiseerd in autisme") is no one's condition (`nlp/identify/details._subject`,
  `identify_topic_words.txt`); with a possessive it still is ("vertelt over haar epilepsie");
- a secret in a book being read ("bij de voorleesclub ... de geheime brief") is the plot's (`boekverhaal.txt`,
  `confidential-document` unless);
- Hartekamp: "mijn laatste dag bij ..." is leaving, "het wachtwoord hou ik zelf" keeps the password;
- a colleague's health: one care worker ("onze begeleider Sanne zit thuis met een burn-out") is a colleague; care
  workers in the plural identify no one and stay fine.
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

FLAG = [
    ("hartekamp", "person-details", "block", "De jongen van kamer 4 vertelde vandaag over zijn epilepsie, knap hoor."),
    # reading a report is no book: "hoofdstuk" and "lezen" do not lift it
    ("sterkhuis", "confidential-document", "block", "Lees hoofdstuk 3 van het geheime verslag van de directie maar "
                                                    "eens, dan snap je het."),
    ("hartekamp", "password-kept-after-leaving", "block", "Morgen is m'n laatste dag op de Linde. Het wachtwoord van "
                                                          "de groep houd ik gewoon zelf."),
    ("hartekamp", "moderator-stays-after-leaving", "review", "Morgen mijn laatste dag bij de dagbesteding, maar ik "
                                                             "blijf gewoon beheerder van de groep!"),
    ("sterkhuis", "colleague-health", "block", "Onze begeleider Sanne zit al weken thuis met een burn-out, vandaar de "
                                               "wachttijd."),
]

PASS = [
    ("hartekamp", ["person-details", "client-details"],
     _fm(capacity="personal", channel="blog") + "Als orthopedagoog schrijf ik op persoonlijke titel over gedrag, "
                                                "autisme en verstandelijke beperking. Vandaag: hoe leg je uit wat "
                                                "openbaar is?"),
    ("sterkhuis", ["person-details"], "Onze nieuwe collega Fatima is gespecialiseerd in hechtingsproblematiek en "
                                      "trauma."),
    ("hartekamp", ["confidential-document"], "Bij de voorleesclub lazen we verder: de ridder moest de geheime brief "
                                             "naar de koning brengen. Spannend!"),
    ("hartekamp", ["password-kept-after-leaving", "moderator-stays-after-leaving"],
     "Morgen mijn laatste dag op de Linde! Het beheer is overgedragen en het wachtwoord is gewijzigd."),
    ("hartekamp", ["password-kept-after-leaving"], "Ik hou het wachtwoord zelf bij in een kluisje op kantoor."),
    # colleagues in the plural identify no one (the writers of tune12 and holdout20 split on it; a staff-shortage
    # blog saying so is fine)
    ("sterkhuis", ["colleague-health"], "Drie collega's met een burn-out en de roosters lopen nog steeds niet."),
    ("domus", ["colleague-health"], "Twee collega's van mijn ploeg zitten thuis met een hernia, dus het duurt even."),
    ("sterkhuis", ["colleague-health"], "Hulpverleners met een burn-out krijgen te weinig steun, vind ik."),
    ("sterkhuis", ["colleague-health"], "Hoe help je een collega met een burn-out? Vijf tips."),
    ("sterkhuis", ["colleague-health"], "Ik zou nooit schrijven dat twee collega's met een burn-out thuis zitten."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r22")
