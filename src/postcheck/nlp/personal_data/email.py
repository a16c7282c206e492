"""email: placeholder addresses are skipped: the reserved domains (example.*,
*.example, *.test, *.invalid, localhost), their Dutch look-alikes (voorbeeld.*,
domein.*, test.*), and the stock local parts john.doe/jane.doe/jan.jansen/
piet.jansen. Role addresses (info@, bestuur@, contact@, ...) are reported "weak", and so is a team's or a
function's mailbox at an organisation's own domain: a local part of ordinary Dutch words that are no first name
or surname ("welpen@scoutingdemeeuwen.nl", "kantine-beheer@...": no one's personal address; thirty-eighth round).
Image names like "logo@2x.png" are not e-mail addresses. An address at a free-mail or internet
provider's domain (`nlp/data/free_mail_domains.txt`) has the key "free-mail": a private mailbox.
"""
from __future__ import annotations

import re

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow
from postcheck.nlp.wordlists import word_set

LABELS = ("email",)   # the labels this detector produces

_AT_RE = re.compile(
    r"@(?P<dom>[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?)*\.(?P<tld>[A-Za-z]{2,24}))"
    r"(?![\w@-]|\.[A-Za-z0-9])"
)
_LOCAL_BACK_RE = re.compile(r"[A-Za-z0-9][\w.+%-]*$")
_PLACEHOLDER_DOMAIN_RE = re.compile(
    r"(?:^|\.)(?:example|voorbeeld|domein|domain|test|localhost|your-?domain|jouwdomein|mijndomein)\.[a-z]+$"
    r"|\.(?:example|test|invalid|localhost|local)$"
)
_PLACEHOLDER_LOCAL = word_set("email_placeholder_locals")
_FILE_TLDS = word_set("file_extensions")
_ROLE_LOCAL = word_set("email_role_locals")
_FREE_MAIL = word_set("free_mail_domains")   # a private mailbox: the hit's key says "free-mail"


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the email hits in `text` to `out`."""
    for m in _AT_RE.finditer(text):
        lm = _LOCAL_BACK_RE.search(text, max(0, m.start() - 64), m.start())
        if lm is None:
            continue
        start = lm.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.+%-"):
            continue   # local part longer than 64 characters: not an address
        addr = (text[start:m.start()] + m.group()).lower()
        dom = m.group("dom").lower()
        tld = m.group("tld").lower()
        if tld in _FILE_TLDS or re.match(r"\d+x\.", dom):
            continue
        if _PLACEHOLDER_DOMAIN_RE.search(dom):
            continue
        local = addr.split("@", 1)[0]
        if local in _PLACEHOLDER_LOCAL:
            continue
        if addr in allow.emails or ("@" + dom) in allow.emails:
            continue
        free = dom in _FREE_MAIL
        strength = "weak" if local in _ROLE_LOCAL or (not free and _function_mailbox(local)) else "strong"
        out.append(Hit(start, m.end(), "email", "exact", "free-mail" if free else "", strength))


_PARTS = re.compile(r"[-_.]")


def _function_mailbox(local: str) -> bool:
    """Every part of the local part is an ordinary Dutch word of three letters or more that is no first name or
    surname: "welpen", "kantine-beheer", "jeugd.leiding", not "petra", "bakker", "jan.devries", "pvdb"."""
    from postcheck.nlp import namedata
    from postcheck.nlp.inflect import vocabulary
    from postcheck.nlp.wordlists import word_frequencies

    parts = _PARTS.split(local)
    if not all(len(p) >= 3 and p.isalpha() for p in parts):
        return False
    vocab, freq = vocabulary(), word_frequencies()
    first, last = namedata.first_names(), namedata.surnames()
    return all((p in vocab or p in freq) and p.capitalize() not in first and p.capitalize() not in last
               for p in parts)

