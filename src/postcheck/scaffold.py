"""`postcheck init`: scaffold a `.postcheck.yaml` and a starter pack for a new organisation.

Writes three files in the working directory:

* `.postcheck.yaml` using the new pack, with the other config keys (channel,
  capacity, lexicons, disable, exclude) present as comments;
* `postcheck/<slug>.yaml`, a pack extending the built-in `basis` pack. The
  motives from the worksheet "Motieven om wel of geen sociale mediabeleid uit
  te werken" (policies/004) are written as comments next to the rules they
  argue for, so a communications officer can decide which rules to keep;
* `postcheck/clients.txt`, an empty client list (comment header only).

Nothing is overwritten unless `force` is set. The pack passes
`postcheck packs validate` as written (`extends: [basis]` resolves to the
built-in pack because no `basis.yaml` sits next to it).
"""
from __future__ import annotations

import os

import json
import re
import unicodedata
from pathlib import Path

from .errors import UserError

DEFAULT_ORG = "Mijn organisatie"


def slugify(org: str) -> str:
    """'Woonstichting Voorbeeld' -> 'woonstichting-voorbeeld' (a valid pack name)."""
    ascii_ = unicodedata.normalize("NFKD", org).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "mijn-organisatie"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def config_text(slug: str) -> str:
    return f"""\
# Instellingen voor postcheck. Elk bericht gebruikt de dichtstbijzijnde .postcheck.yaml erboven.
# Wat je op de opdrachtregel meegeeft, gaat voor wat bovenaan een bericht staat;
# dat gaat weer voor dit bestand.
packs: [./postcheck/{slug}.yaml]

# Kanaal als een bericht het zelf niet zegt (bovenaan het bericht 'channel:', of --channel):
# facebook, instagram, x, linkedin, youtube, tiktok, whatsapp, website, blog, other
# channel: facebook

# personal (je eigen account) of official (namens de organisatie):
# capacity: personal

# Eigen lijsten, één naam of woord per regel; paden vanaf dit bestand.
# Zet echte namen van cliënten nooit in een openbare repository.
# lexicons:
#   clients: [postcheck/clients.txt]
#   staff: [private/medewerkers.txt]
#   properties: [private/locaties.txt]
#   confidential: [private/intern.txt]
#   pages: [private/paginas.txt]

# Regels die je niet wilt, met hun naam:
# disable: [{slug}.email-address]

# Bestanden en mappen die geen berichten zijn (patronen ten opzichte van dit bestand). Ze worden
# overgeslagen als je een hele map opgeeft, en door de pre-commit-hook (die geeft --force-exclude mee)
# ook als ze los genoemd worden.
exclude: ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "LICENSE*", "NOTICE*", "drafts/archief/**"]
"""


def pack_text(org: str, slug: str) -> str:
    return f"""\
# Regels voor {org}: jullie socialemediabeleid als controles.
# Gemaakt door `postcheck init`. Pas het aan en controleer het daarna met:
#   postcheck packs validate postcheck/{slug}.yaml   (klopt het bestand?)
#   postcheck packs test postcheck/{slug}.yaml       (doen de voorbeelden wat je verwacht?)
#   postcheck explain {slug}.client-name             (wat doet een regel precies?)
# Uitleg in het Nederlands: docs/nl/packs.md in de postcheck-repository.
#
# Waarom regels? Motieven uit het werkblad "Motieven om wel of geen sociale
# mediabeleid uit te werken" (Sociaal werk netwerkt online, 2015):
#   voor:  "Professioneel communiceren via sociale netwerksites is (nog) niet evident. Het is
#          zinvol medewerkers daarbij te ondersteunen."
#   voor:  "De organisatie is verantwoordelijk voor de communicatie die door haar medewerkers
#          naar buiten wordt gebracht."
#   voor:  "De grenzen tussen werk en privé vervagen op sociale netwerksites."
#   voor:  "Het gaat om publieke communicatie en die moet gestroomlijnd worden."
#   voor:  "Beter voorkomen dan genezen."
#   voor:  "Voorkom wildgroei van communicatie over je organisatie op sociale netwerksites."
#   tegen: "Medewerkers zijn professioneel genoeg om zelf in te schatten wat kan en niet kan
#          gecommuniceerd worden op sociale netwerksites."
#   tegen: "We hebben geen 'spelregels' over het communiceren via andere kanalen."
#   tegen: "Medewerkers zijn ambassadeurs van de organisatie op sociale netwerksites."
#   tegen: "Beeldvorming van en communicatie over de organisatie vergt geen prioritaire beleidsaandacht."
# Houd een regel als een motief "voor" bij jullie past; zet hem uit (disable:)
# als een motief "tegen" zwaarder weegt. Schrijf hier je eigen motieven bij.
name: {slug}
version: "0.1.0"
language: nl
extends: [basis]
description: |
  {org}: richtlijnen social media.
organisation: [{_q(org)}]
contacts:
  # De eerste contactpersoon staat in het advies als er iets moet gebeuren.
  - id: communicatie
    role: {_q("afdeling Communicatie " + org)}
    name: ""
    phone: ""        # telefoonnummers tussen aanhalingstekens: "(012) 345 67 89"
    email: ""
    how: "neem contact op met de afdeling Communicatie"
# Jullie eigen openbare telefoonnummers en e-mailadressen: die gelden nooit als persoonsgegevens.
# allow:
#   phones: ["(012) 345 67 89"]
#   emails: ["@example.org"]
lexicons:
  clients:
    kind: names
    files: [clients.txt]   # cliënten, patiënten, huurders: mensen die nooit genoemd mogen worden
  organisation:            # als vaste woordgroep: als persoonsnaam zou "{org}" ook op het eerste woord alleen passen
    kind: terms
    entries: [{_q(org)}]
    inflect: false
    fuzzy: false
advice:
  ok: "Twijfel je toch? Plaats het bericht niet en overleg met de afdeling Communicatie."
  review: "Pas het bericht aan of overleg eerst met de afdeling Communicatie; plaats het pas daarna."
  block: "Dit bericht mag zo niet naar buiten."

# Overgenomen uit basis (zie `postcheck packs show basis`):
#   client-name        block   namen uit de lijst met cliënten
#       motief: de organisatie is verantwoordelijk voor wat medewerkers naar buiten brengen.
#   confidential-term  block   woorden uit de lijst met vertrouwelijke termen
#   internal-marker    review  "strikt vertrouwelijk", "intern memo", ...
#       motief: beter voorkomen dan genezen.
#   home-address, phone-number, identity-number  block;  email-address, own-phone  review
#       motief: de grenzen tussen werk en privé vervagen.
#   tone-abuse, tone-threat  block   scheldwoorden of bedreigingen
#       motief: medewerkers zijn ambassadeurs van de organisatie.
#   client-image       block   foto's van cliënten zonder vastgelegde toestemming
# Zet uit wat jullie beleid niet vraagt, bijvoorbeeld:
# disable: [email-address]
# Een eigen regel met dezelfde id als een regel uit basis vervangt die regel
# (wat je niet invult, blijft zoals in basis); `packs validate` meldt dat.

rules:
  # Voeg toe wat alleen jullie beleid vraagt. Haal bij een voorbeeld hieronder
  # het '# ' vóór elke regel weg (de streepjes '-' moeten onder elkaar blijven).
  # Elke regel citeert in `source:` de zin uit jullie beleid en heeft minstens
  # één voorbeeld dat gemeld moet worden (flag) en één dat goed is (pass).
  #
  # Motief "de grenzen tussen werk en privé vervagen" -> vraag om de zin "op persoonlijke
  # titel" als iemand op een eigen account over de organisatie schrijft:
  # - id: disclaimer-missing
  #   kind: require
  #   when: {{capacity: [personal], mentions: [organisation]}}
  #   phrases: [op persoonlijke titel, niet namens {org}]
  #   category: disclaimer
  #   severity: review
  #   message: "Persoonlijk bericht over {org} zonder vermelding dat je op persoonlijke titel schrijft"
  #   suggestion: "Voeg toe: \\"Dit bericht plaats ik op persoonlijke titel; het is niet namens {org}.\\""
  #   source: "<de zin uit jullie beleid>"
  #   examples:
  #     flag: ["Trots op mijn collega's bij {org}!"]
  #     pass: ["Trots op mijn collega's bij {org}! Dit bericht plaats ik op persoonlijke titel."]
  #
  # Motief "publieke communicatie moet gestroomlijnd worden" -> nieuws over de
  # organisatie gaat eerst langs Communicatie:
  # - id: organisation-news
  #   kind: terms
  #   terms: [persbericht, primeur, nieuws]
  #   when: {{mentions: [organisation]}}
  #   unless: {{front_matter: {{approval: true}}}}
  #   category: news
  #   severity: review
  #   message: "Nieuws over {org}: {{text}}"
  #   escalation: "Stuur het nieuws eerst naar de afdeling Communicatie"
  #   source: "<de zin uit jullie beleid>"
  #   examples:
  #     flag: ["Primeur: {org} opent een nieuwe locatie!"]
  #     pass: ["Primeur: onze hond kan apporteren!"]

examples:
  # Hele berichten met het oordeel dat jullie beleid geeft; zonder expect/verdict betekent "moet akkoord zijn".
  - text: "Mooie dag gehad met het team. Trots op wat we samen doen!"
  - text: "Bel de buurvrouw gerust op 06-12345678 als je vragen hebt."
    expect: [phone-number]
    verdict: block
"""


CLIENTS_TEXT = """\
# Cliënten, huurders, patiënten, ...: mensen die nooit genoemd mogen worden.
# Eén naam per regel; wat na een '#' staat is commentaar. postcheck vindt ook
# voorletters, aanspreekvormen, bezitsvormen, hashtags en verschrijvingen.
# Dit bestand bevat persoonsgegevens: zet het nooit in een openbare repository.
"""


def scaffold(cwd: Path, org: str | None, force: bool) -> list[Path]:
    """Write the config, starter pack and client list; return the paths written."""
    org = " ".join((org or DEFAULT_ORG).split()) or DEFAULT_ORG
    slug = slugify(org)
    files = {
        cwd / ".postcheck.yaml": config_text(slug),
        cwd / "postcheck" / f"{slug}.yaml": pack_text(org, slug),
        cwd / "postcheck" / "clients.txt": CLIENTS_TEXT,
    }
    if not force:
        for path in files:
            if os.path.lexists(path):
                raise UserError(f"{path.name} already exists; not overwritten", path=str(path),
                                hint="use --force to overwrite it, or run init in another folder")
    from .outfile import write_text

    written = []
    for path, text in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text(str(path), text, what="file")   # never through a link or into a FIFO, atomically
        except OSError as exc:
            raise UserError(f"cannot write: {exc.strerror}", path=str(path),
                            hint="check that the folder is writable") from None
        written.append(path)
    return written
