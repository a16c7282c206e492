"""Flag what a built-in detector found: personal data, a person's name, a credential.

What it checks: spans of the `personal_data` detector (labels phone, email,
postcode, address, bsn, iban, dob, plate, child-age), of the `names` detector
(label person; person-staff for someone named in their work: a job or staff role beside the name, or the
contact a call to action sends readers to, see `nlp/identify/public.py`), of the `secrets` detector
(label credential: passwords, pincodes, door and key-safe codes, API keys) or of the `identify` detector
(people identified without a capitalised full name; see `postcheck.nlp.identify`). The pack's own
published phone numbers and e-mail addresses (`allow:`) are never reported.
Options: detector (personal_data | names | secrets | identify, required); labels (list; default:
all labels of that detector); strength (strong | any, default strong); how (list: only hits
found so, e.g. [own-domain]: an e-mail address at the organisation's own domain of `allow: emails`).
An e-mail address with a word of the front matter's `author:` in it, at a domain that is not a free-mail
provider's, is the writer's own business address and is not reported by rules without `how`.
A phone number, address or postcode in the contact block of the page the post is on (a line naming the front
matter's `page:`, or short lines right under it, in a post of official capacity) counts as its business label
(business-phone, business-address): the page's own published contact data.
Example: detector personal_data with labels [phone] flags "bel 06-12345678".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..packs.schema import TEXT, TEXTS
from ..text.fold import fold
from .base import NOTHING, Preparation, Problem, option

KIND = "detect"

LABELS = {
    "personal_data": ("phone", "email", "postcode", "address", "bsn", "iban", "dob", "plate", "child-age",
                      "business-phone", "business-address", "business-email", "work-phone", "own-phone"),
    "names": ("person", "person-staff"),
    "secrets": ("credential",),
    "identify": ("client-role-name", "staff-role-name", "child-name", "initial-name", "lower-name", "indirect",
                 "indirect-neighbour", "described-person", "initials-person", "person-details", "named-with-details",
                 "named-with-address", "indirect-address", "described-client", "group-name", "unit-name"),
}
DETECTORS = tuple(LABELS)


@dataclass(frozen=True)
class Options:
    detector: str = option(TEXT, help="personal_data or names", choices=tuple(LABELS))
    labels: list = option(TEXTS, [], "labels of that detector; default all")
    strength: str = option(TEXT, "strong", "strong or any", choices=("strong", "weak", "any"))
    how: list = option(TEXTS, [], "only hits found this way (own-domain: an address at the organisation's domain)",
                       choices=("own-domain",))


def validate(opts: Options, slots) -> list[Problem]:
    valid = LABELS.get(opts.detector, ())
    for label in opts.labels:
        if label not in valid:
            return [Problem("labels", f"unknown label '{label}' for detector {opts.detector}",
                            f"use one of: {', '.join(valid)}")]
    return []


def needs(opts: Options) -> set[str]:
    return {opts.detector}


def prepare(rule) -> Preparation:
    return NOTHING


def author_words(ctx) -> frozenset[str]:
    """Words of the front matter's `author:` (the writer naming themselves is not a finding)."""
    author = ctx.front_matter.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if isinstance(author, list):
        author = " ".join(str(a) for a in author)
    return frozenset(str(author).lower().replace(",", " ").split()) if author else frozenset()


def _authors_address(address: str, ctx) -> bool:
    """The front matter's author in an address at a business domain ("ruud@hendrixloodgieter.nl" by Ruud
    Hendrix): the writer's own business address, not someone else's (a free-mail box stays personal)."""
    local, _, domain = address.lower().partition("@")
    names = [w for w in author_words(ctx) if len(w) >= 3 and w.isalpha()]
    return any(w in local or w in domain for w in names)


# small words of a surname ("van Kessels"): a name made of them and the author's words is the author's
_INTERFIXES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "op", "in"))


def by_author(name: str, author: frozenset[str]) -> bool:
    """The name is the writer's own: all its words (interfixes aside) are words of `author:` ("Inge van
    Lochem" by Inge van Lochem; "van Kessels" by "Installatiebedrijf Kessels Roermond", the firm itself)."""
    words = {w for w in name.lower().split() if w not in _INTERFIXES}
    return bool(words) and words <= author


# what a phone number, address or postcode is when it stands in the contact block of the page the post is on
_PAGE_CONTACT = {"phone": "business-phone", "address": "business-address", "postcode": "business-address"}
_CONTACT_BLOCK_LINES = 4    # the page's name on the hit's line or at most three short lines above it
_CONTACT_LINE = 100         # longer lines are prose, not a contact block


def page_contact(ctx, start: int) -> bool:
    """The hit at `start` stands in the contact block of the page the post is published on, in a post on its behalf:
    on a line naming the front matter's `page:` or in a block of short lines right under one, no blank line between
    ("Harrie's Klus & Pand" / "Markt 4, 6081 BJ Haelen" / "📞 0475 ..."; forty-fourth round). That is the page's own
    published contact data, not a private address."""
    page = ctx.front_matter.get("page")
    if ctx.capacity != "official" or not isinstance(page, str) or len(page.strip()) < 3:
        return False
    key = " ".join(fold(page).split())
    text = ctx.norm.text
    line_end = text.find("\n", start)
    lo = max(0, start - _CONTACT_BLOCK_LINES * _CONTACT_LINE)
    lines = text[lo:len(text) if line_end < 0 else line_end].split("\n")
    for line in reversed((lines[1:] if lo else lines)[-_CONTACT_BLOCK_LINES:]):
        if not line.strip() or len(line) > _CONTACT_LINE:
            return False
        if key in " ".join(fold(line).split()):
            return True
    return False


def check(rule, ctx) -> Iterator:
    opts: Options = rule.options
    wanted = set(opts.labels or LABELS[opts.detector])
    author = author_words(ctx) if opts.detector in ("names", "identify") else frozenset()
    for hit in ctx.hits(opts.detector):
        label = hit.label
        if label in _PAGE_CONTACT and opts.detector == "personal_data" and page_contact(ctx, hit.start):
            label = _PAGE_CONTACT[label]
        if label not in wanted:
            continue
        if opts.strength == "strong" and hit.strength != "strong":
            continue
        if opts.how and hit.how not in opts.how:
            continue
        if author and by_author(ctx.norm.text[hit.start:hit.end], author):
            continue
        if hit.label == "email" and hit.key != "free-mail" and not opts.how and _authors_address(
                ctx.norm.text[hit.start:hit.end], ctx):
            continue
        yield ctx.finding(rule, hit.start, hit.end, how=hit.how, detector=f"{opts.detector}:{hit.label}")
