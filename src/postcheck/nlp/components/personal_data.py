"""Personal-data detector: phone numbers, e-mail, postcodes, addresses, BSN, IBAN,
dates of birth, licence plates and children's ages in Dutch text.

Plain Python over the normalised document text. Every kind is one compiled regex
scanned with `finditer`; Python only runs per candidate (checksums, context checks,
list look-ups). Detectors find, rules decide: every hit is reported with a
strength, packs decide what it means.

Choices worth knowing:

* phone: Dutch numbers (10 digits national form, +31/0031 with or without "(0)"),
  0800/0900/0906/0909 numbers, the municipal "14 0xx(x)" number, and Belgian +32
  numbers. Candidates glued to URL/id characters ("/", "=", "@", "#", "." after a
  digit) or inside longer digit runs are rejected, so GPS coordinates, ISBNs in
  URLs and ids never match; "ISBN" just before the number rejects it too. A bare
  10-digit run without separators is "weak" unless it is a mobile number (06...).
* email: placeholder addresses are skipped: the reserved domains (example.*,
  *.example, *.test, *.invalid, localhost), their Dutch look-alikes (voorbeeld.*,
  domein.*, test.*), and the stock local parts john.doe/jane.doe/jan.jansen/
  piet.jansen. Role addresses (info@, bestuur@, contact@, ...) are reported "weak".
  Image names like "logo@2x.png" are not e-mail addresses.
* postcode: "1234 AB" or "1234AB" (or "1234ab"); a directly following house number
  is included in the span. Placeholders (1000 AA, 1111 AA, 1234 AB, 7777 AA, 9992 AA,
  9999 ZZ, ...), the letter pairs SA/SD/SS (never issued), units ("1250 MG") and
  hex colours ("#4992AD") are skipped. Lower-case without space is "weak".
* address: a capitalised street name (on deduce's street list, or ending in a street
  suffix such as -straat/-laan/-weg, or an abbreviation such as -str/-ln) followed
  by a house number of 1-4 digits and an optional addition (12a, 12 A, 12-III,
  5 bis, 3-5). Span: street + number (+ addition).
* bsn: 9 digits (or 3.3.3 / 3 3 3 grouped) passing the 11-test, not all equal.
* iban: country code, 2 check digits and the BBAN, with or without spaces; length
  per country and the mod-97 check must hold.
* dob: a date right after a birth cue (geboren (op), geb., geboortedatum:, °, born).
  The span is the date only.
* plate: Dutch licence plates in side codes 1-14, dashes required, upper case.
* child-age: a capitalised first name with a child's age (0-17): "Femke (9)",
  "Femke, 9 jaar", "Femke (9 jaar)", "onze Femke van 9". Span: name + age.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from postcheck.nlp import namedata
from postcheck.nlp.hits import Hit


@dataclass(frozen=True)
class Allow:
    phones: frozenset[str] = frozenset()   # digits only, national form, e.g. "0475337323"
    emails: frozenset[str] = frozenset()   # lower-case addresses, or "@domain" for a whole domain


# --------------------------------------------------------------------------- phone

# Characters that, right before a number, mean it is part of a URL, an id, a path,
# a decimal (GPS) or another number.
_PHONE_RE = re.compile(
    r"(?P<num>[+(0]"
    r"(?:(?<=\+)[ ]?(?P<cc>3[12])[ ]?(?:\(0\)[ ]?)?(?:-[ ]?)?"      # +31 (0)6
    r"|(?<=0)0[ ]?(?P<cc2>3[12])[ ]?(?:\(0\)[ ]?)?(?:-[ ]?)?"       # 0031 6
    r"|(?<=\()0[0-9]{1,4}\)[ ]?(?:-[ ]?)?"                          # (0475) 33 73 23
    r"|(?<=0)(?=[0-9]))"                                            # 06-12345678
    r"[0-9](?:[0-9]|[ .-](?=[0-9])|[ ]-[ ](?=[0-9])|/(?=[0-9]))*)"
    r"(?![\w@/]|[.,:-]?[0-9])"
)
_MUNI_RE = re.compile(r"14[ ]?0[0-9]{2,3}(?![\w@/]|[.,:-]?[0-9])")   # municipal short number
# a number glued to one of these is part of a URL, an id, a path, a decimal or another number
_GLUE = frozenset("_/#@=?&%+.,\\-")


def _glued(text: str, s: int) -> bool:
    if s == 0:
        return False
    c = text[s - 1]
    return c.isalnum() or c in _GLUE


# Dutch area codes are 2 or 3 digits after the 0; a dash/parenthesis after
# "0" + 1-3 digits marks an area code, which lets 9/11-digit forms through as weak.
_AREA_SEP_RE = re.compile(r"^(?:\(0\d{1,4}\)|0\d{1,3}[ ]?-)")
_ISBN_BEFORE_RE = re.compile(r"isbn(?:-1[03])?[:\s]*$", re.I)
_SERVICE_RE = re.compile(r"^0(?:800|900|906|909)\d{4,7}$")


def _phone_national(m: re.Match) -> str | None:
    digits = re.sub(r"\D", "", m.group("num"))
    cc = m.group("cc") or m.group("cc2")
    if cc:
        digits = digits[2:] if digits.startswith(cc) else digits[4:]  # "+31"/"0031" -> drop
        if digits.startswith("0"):   # "+31 (0)6..." written with the 0 inside the digits
            digits = digits[1:]
        return ("0" + digits) if cc == "31" else ("+32" + digits)
    return digits


def _find_phones(text: str, allow: Allow, out: list[Hit]) -> None:
    for m in _MUNI_RE.finditer(text):
        if not _glued(text, m.start()) and m.group().replace(" ", "") not in allow.phones:
            out.append(Hit(m.start(), m.end(), "phone", "exact", "", "strong"))
    for m in _PHONE_RE.finditer(text):
        s, e = m.span("num")
        if _glued(text, s):
            continue
        raw = m.group("num")
        nat = _phone_national(m)
        if nat is None:
            continue
        strength = "strong"
        if nat.startswith("+32"):
            if not 8 <= len(nat) - 3 <= 9:
                continue
        elif _SERVICE_RE.match(nat):
            pass
        elif len(nat) == 10 and nat[0] == "0" and nat[1] != "0":
            if raw.isdigit() and not nat.startswith("06"):
                strength = "weak"   # a bare 10-digit run: could be any id
        elif len(nat) in (9, 11) and nat[0] == "0" and _AREA_SEP_RE.match(raw) and "." not in raw:
            strength = "weak"
        else:
            # too long: maybe the number is followed by another number group; keep the
            # longest prefix of groups that is exactly 10 digits.
            e2 = _trim_to_ten(raw)
            if e2 is None or m.group("cc") or m.group("cc2"):
                continue
            e = s + e2
            raw = text[s:e]
            nat = re.sub(r"\D", "", raw)
        if "." in raw and not re.fullmatch(r"[\d()+ ]*?(?:\d{2,4}\.)+\d{2,8}", raw):
            continue   # dots mixed with other separators: a decimal, a version, a date
        if _ISBN_BEFORE_RE.search(text, max(0, s - 12), s):
            continue
        if nat in allow.phones:
            continue
        out.append(Hit(s, e, "phone", "exact", "", strength))


def _trim_to_ten(raw: str) -> int | None:
    count = 0
    for i, ch in enumerate(raw):
        if ch.isdigit():
            count += 1
            if count == 10:
                nxt = raw[i + 1:i + 2]
                if nxt == "" or not nxt.isdigit():
                    return i + 1
                return None
    return None


# --------------------------------------------------------------------------- email

_AT_RE = re.compile(
    r"@(?P<dom>[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?)*\.(?P<tld>[A-Za-z]{2,24}))"
    r"(?![\w@-]|\.[A-Za-z0-9])"
)
_LOCAL_BACK_RE = re.compile(r"[A-Za-z0-9][\w.+%-]*$")
_PLACEHOLDER_DOMAIN_RE = re.compile(
    r"(?:^|\.)(?:example|voorbeeld|domein|domain|test|localhost|your-?domain|jouwdomein|mijndomein)\.[a-z]+$"
    r"|\.(?:example|test|invalid|localhost|local)$"
)
_PLACEHOLDER_LOCAL = frozenset({"john.doe", "jane.doe", "johndoe", "janedoe", "jan.jansen",
                                "piet.jansen", "jandevries", "jan.devries", "naam", "voornaam.achternaam",
                                "firstname.lastname", "you", "your.name", "jouw.naam", "user"})
_FILE_TLDS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "css", "js", "md",
                        "html", "htm", "pdf", "txt", "json", "ts", "py", "mp4", "ico"})
_ROLE_LOCAL = frozenset({"info", "contact", "bestuur", "secretariaat", "secretaris", "penningmeester",
                         "voorzitter", "redactie", "pers", "press", "communicatie", "support", "helpdesk",
                         "servicedesk", "klantenservice", "service", "noreply", "no-reply", "admin",
                         "webmaster", "privacy", "postmaster", "team", "hallo", "hello", "vragen",
                         "aanmelden", "conference", "conferentie", "sponsoring", "vacatures", "jobs",
                         "office", "receptie", "algemeen", "meldpunt", "nieuws", "news", "events"})


def _find_emails(text: str, allow: Allow, out: list[Hit]) -> None:
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
        strength = "weak" if local in _ROLE_LOCAL else "strong"
        out.append(Hit(start, m.end(), "email", "exact", "", strength))


# --------------------------------------------------------------------------- postcode

_POSTCODE_RE = re.compile(
    r"(?P<pc>[1-9][0-9]{3}(?P<sp>[ ]?)(?P<let>[A-Z]{2}|[a-z]{2}))(?![\w-])"
    r"(?:(?P<hn>,?[ ]\d{1,5}(?:[ ]?[A-Za-z](?![\w]))?)(?![\w.,:/-]))?"
)
_PLACEHOLDER_PC = frozenset({"1000AA", "1111AA", "1234AB", "7777AA", "9992AA", "9999ZZ", "9999AA",
                             "1111AB", "2222AA", "3333AA", "4444AA", "5555AA", "6666AA", "8888AA",
                             "1234XX", "9999XX", "1000XX"})
_NO_PC_LETTERS = frozenset({"SA", "SD", "SS"})
_UNITS = frozenset({"MG", "KG", "KM", "CM", "MM", "ML", "CL", "DL", "GB", "MB", "KB", "TB", "PB",
                    "PX", "EM", "PT", "HZ", "KW", "MW", "GW", "MS", "NS", "AM", "PM", "HD", "BC",
                    "AD", "CE", "UU", "NM", "GR", "DB", "FPS", "RPM", "EN", "NL", "EU", "VS",
                    "OF", "IN", "OP", "TE", "IS", "AL", "ZO", "DE", "ER", "WE", "JE", "ME"})


def _find_postcodes(text: str, out: list[Hit]) -> None:
    for m in _POSTCODE_RE.finditer(text):
        if _glued(text, m.start()) or (m.start() > 0 and text[m.start() - 1] in "#&="):
            continue
        q = text[m.start() - 1:m.start()]
        if q and q in "'\"`" and text[m.end("pc"):m.end("pc") + 1] == q:
            continue   # a string literal in code: "expect(validate('9993 AB'))"
        let = m.group("let")
        up = let.upper()
        digits = m.group("pc")[:4]
        if up in _NO_PC_LETTERS or up in _UNITS or (digits + up) in _PLACEHOLDER_PC:
            continue
        strength = "strong"
        if let.islower():
            if m.group("sp"):
                continue   # "1234 aa": ordinary words after a number
            strength = "weak"
        end = m.end("hn") if m.group("hn") else m.end("pc")
        out.append(Hit(m.start("pc"), end, "postcode", "exact", "", strength))


# --------------------------------------------------------------------------- address

_STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "singel", "kade", "dijk", "dyk", "pad", "hof",
    "steeg", "dreef", "park", "plantsoen", "markt", "dam", "baan", "bolwerk", "wal", "burgwal",
    "haven", "kanaal", "veld", "wijk", "erf", "allee", "boulevard", "promenade", "hoven", "oord",
    "laantje", "straatje", "pleintje", "kwartier", "ring", "brink", "dwarsstraat", "hage",
    "strjitte", "wei", "lei", "reed", "akker", "kamp", "loop", "zijde", "dijkje", "steegje",
    "gang", "poort", "berg", "heuvel", "weide", "donk", "horst", "rode", "tuin", "plaats",
    "stg", "str", "ln", "pln", "plnts", "prk", "sngl", "drf", "hf", "pd", "wg", "mrkt", "gr", "st",
)
# abbreviations and very short suffixes need a longer word in front of them
_SHORT_SUFFIXES = frozenset({"stg", "str", "ln", "pln", "plnts", "prk", "sngl", "drf", "hf", "pd",
                             "wg", "mrkt", "gr", "st"})
_SUFFIX_RE = re.compile(
    r"(?:" + "|".join(sorted({s for s in _STREET_SUFFIXES if s not in _SHORT_SUFFIXES}, key=len, reverse=True))
    + r")$"
)
_SHORT_SUFFIX_RE = re.compile(r"[a-zà-ÿ]{3,}(?:" + "|".join(sorted(_SHORT_SUFFIXES, key=len, reverse=True)) + r")$")

# Anchor: a house number after a space; the street words are found by looking back.
_HOUSE_RE = re.compile(
    r"[ ](?P<num>[1-9][0-9]{0,3}(?![0-9]|[.,:/][0-9])"
    r"(?:(?:[ ]?-[ ]?(?:[IVX]{1,4}|[0-9]{1,4}|[A-Za-z](?![\w])))"      # 12-III, 3-5, 12-a
    r"|(?:[ ](?:bis|hs|huis|rood|zw|bg|boven)(?![\w]))"               # 5 bis
    r"|(?:[ ]?[A-Za-z](?![\w'@-])))?)"                               # 12a / 12 A
    r"(?![\w@/%€$-]|[.,][0-9])"
)
_STREET_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ'][\w'À-ÿ.-]*")
_MONTHS = frozenset("januari februari maart april mei juni juli augustus september oktober "
                    "november december jan feb mrt apr jun jul aug sep sept okt nov dec".split())
_NOT_STREET_WORDS = frozenset(
    "versie deel stap fase les week hoofdstuk artikel pagina level web windows python java "
    "jaar dag uur minuut seconde keer nummer nr ronde editie aflevering seizoen groep klas "
    "punt punten regel regels lid boek blz figuur tabel bijlage sectie paragraaf item optie "
    "ios android iphone macos html css php ruby node vue angular react es ecmascript http "
    "sprint release build rapport team pakket plan fase tranche kwartaal q top opera chrome "
    "firefox safari edge node conference meetup editie tip tips delta alpha beta gamma".split())


def _is_street(words: list[str]) -> int:
    """Number of trailing words that form a street name (0: not a street)."""
    streets = namedata.street_names()
    low = [w.lower() for w in words]
    last = low[-1]
    if last in _NOT_STREET_WORDS or last in _MONTHS:
        return 0
    for k in range(min(4, len(low)), 0, -1):
        cand = " ".join(low[-k:])
        if cand in streets and words[-k][:1].isupper():
            if k == 1 and (last in namedata.stop_words() or last in namedata.common_words()):
                continue
            return k
    if not words[-1][:1].isupper() and len(words) < 2:
        return 0
    if _SUFFIX_RE.search(last) or _SHORT_SUFFIX_RE.search(last):
        # "Oude Gracht": include capitalised words in front of a suffix word
        k = 1
        while k < len(words) and words[-k - 1][:1].isupper() and low[-k - 1] not in namedata.stop_words():
            k += 1
        if not words[-k][:1].isupper():
            return 0
        return k
    return 0


def _find_addresses(text: str, out: list[Hit]) -> None:
    for m in _HOUSE_RE.finditer(text):
        s = m.start()
        if s == 0 or not text[s - 1].isalpha():
            continue
        head = text[max(0, s - 80):s]
        nl = head.rfind("\n")
        if nl >= 0:
            head = head[nl + 1:]
        words: list[str] = []
        for w in reversed(head.split(" ")[-4:]):
            if not _STREET_WORD_RE.fullmatch(w):
                break
            words.append(w)
        words.reverse()
        if not words or not words[-1][:1].isupper() or len(words[-1]) < 3:
            continue
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20") and num.isdigit():
            # "Conference 2016", "Halverwege 2020": a year, unless a postcode follows
            if not re.match(r",?[ ][1-9][0-9]{3}[ ]?[A-Z]{2}\b", text[m.end():m.end() + 10]):
                continue
        k = _is_street(words)
        if not k:
            continue
        start = s - len(" ".join(words[-k:]))
        out.append(Hit(start, m.end("num"), "address", "exact", "", "strong"))


# --------------------------------------------------------------------------- bsn

_BSN_RE = re.compile(
    r"(?P<n>[0-9]{3}(?:[0-9]{6}|\.[0-9]{3}\.[0-9]{3}|[ ][0-9]{3}[ ][0-9]{3}|[0-9]\.[0-9]{2}\.[0-9]{3}))"
    r"(?![\w@/-]|[.,][\d]|[ ]\d)"
)


def _bsn_ok(d: str) -> bool:
    if len(d) != 9 or len(set(d)) == 1:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


def _find_bsn(text: str, out: list[Hit]) -> None:
    for m in _BSN_RE.finditer(text):
        if _glued(text, m.start()) or text[m.start() - 2:m.start()].rstrip(" ")[-1:].isdigit():
            continue
        raw = m.group("n")
        d = raw.replace(".", "").replace(" ", "")
        if not _bsn_ok(d):
            continue
        out.append(Hit(m.start("n"), m.end("n"), "bsn", "exact", "", "strong"))


# --------------------------------------------------------------------------- iban

_IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "LU": 20, "AT": 20,
             "PT": 25, "IE": 22, "FI": 18, "DK": 18, "SE": 24, "PL": 28, "CZ": 24, "SK": 24,
             "SI": 19, "HR": 21, "HU": 28, "RO": 24, "BG": 22, "GR": 27, "CY": 28, "MT": 31,
             "EE": 20, "LV": 21, "LT": 20, "GB": 22, "CH": 21, "NO": 15, "IS": 26, "LI": 21}
_IBAN_RE = re.compile(
    r"(?P<iban>[A-Z][A-Z][0-9][0-9](?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![\w])"
)


def _iban_ok(s: str) -> bool:
    s = s.upper()
    if _IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    moved = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in moved)
    return int(num) % 97 == 1


def _find_ibans(text: str, out: list[Hit]) -> None:
    for m in _IBAN_RE.finditer(text):
        if (m.start() > 0 and text[m.start() - 1].isalnum()) or m.group()[:2] not in _IBAN_LEN:
            continue
        raw = m.group("iban")
        compact = raw.replace(" ", "")
        s, e = m.span("iban")
        if not _iban_ok(compact):
            # a trailing group may belong to the next word: try the exact country length
            n = _IBAN_LEN.get(compact[:2].upper(), 0)
            if len(compact) <= n:
                continue
            count = 0
            for i, ch in enumerate(raw):
                if ch != " ":
                    count += 1
                if count == n:
                    break
            if not _iban_ok(raw[:i + 1].replace(" ", "")) or raw[i + 1:i + 2] != " ":
                continue
            e = s + i + 1
        out.append(Hit(s, e, "iban", "exact", "", "strong"))


# --------------------------------------------------------------------------- dob

_MONTH_ALT = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
              r"december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?")
_DATE_RE = re.compile(
    r"[0-9]{1,2}(?:[-/.][0-9]{1,2}[-/.](?:19|20)?[0-9]{2}"
    r"|(?:e|ste|de)?[ ]" + _MONTH_ALT + r"(?:[ ](?:19|20)[0-9]{2})?)(?![\w-]|[./][0-9])",
    re.I,
)
_CUE_BACK_RE = re.compile(
    r"(?:\bgeboren(?:[ ]op|:)?|\bgeb\.(?:[ ]?op)?|\bgeb(?:[ ]op)?|\bgeboortedatum(?:[ ]?:)?|\bgeboortedag(?:[ ]?:)?"
    r"|\bborn(?:[ ]on)?|\bdob:?|\bd\.o\.b\.?:?|°)"
    r"[ ]?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ ])?$"
)
_CUES = ("geb", "born", "°", "dob", "d.o.b")


def _find_dob(text: str, out: list[Hit]) -> None:
    for m in _DATE_RE.finditer(text):
        s = m.start()
        if _glued(text, s):
            continue
        head = text[max(0, s - 40):s].lower()
        if not any(c in head for c in _CUES) or not _CUE_BACK_RE.search(head):
            continue
        out.append(Hit(s, m.end(), "dob", "exact", "", "strong"))


# --------------------------------------------------------------------------- plate

_L = "[BDFGHJKLMNPRSTVXZ]"    # modern plates: no vowels, no C/Q (W/Y rare, left out)
_LV = "[A-Z]"                 # side codes 1-3 (before 1978) may contain vowels
_PLATE_FULL_RE = re.compile(
    rf"{_LV}{{2}}-\d{{2}}-\d{{2}}|\d{{2}}-\d{{2}}-{_LV}{{2}}|\d{{2}}-{_LV}{{2}}-\d{{2}}"     # 1-3
    rf"|{_L}{{2}}-\d{{2}}-{_L}{{2}}|{_L}{{2}}-{_L}{{2}}-\d{{2}}|\d{{2}}-{_L}{{2}}-{_L}{{2}}"  # 4-6
    rf"|\d{{2}}-{_L}{{3}}-\d|\d-{_L}{{3}}-\d{{2}}|{_L}{{2}}-\d{{3}}-{_L}"                    # 7-9
    rf"|{_L}-\d{{3}}-{_L}{{2}}|{_L}{{3}}-\d{{2}}-{_L}|{_L}-\d{{2}}-{_L}{{3}}"                # 10-12
    rf"|\d-{_L}{{2}}-\d{{3}}|\d{{3}}-{_L}{{2}}-\d"                                         # 13-14
)
# anchor: the middle group between the two dashes
_PLATE_MID_RE = re.compile(r"-[A-Z0-9]{2,3}-")
_PLATE_CH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _find_plates(text: str, out: list[Hit]) -> None:
    n = len(text)
    for m in _PLATE_MID_RE.finditer(text):
        a = m.start()
        while a > 0 and m.start() - a < 4 and text[a - 1] in _PLATE_CH:
            a -= 1
        e = m.end()
        while e < n and e - m.end() < 4 and text[e] in _PLATE_CH:
            e += 1
        if a == m.start() or e == m.end():
            continue
        if (a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-")) or \
                (e < n and (text[e].isalnum() or text[e] in "_-")):
            continue
        if _PLATE_FULL_RE.fullmatch(text, a, e):
            out.append(Hit(a, e, "plate", "exact", "", "strong"))


# --------------------------------------------------------------------------- child-age

_CHILD_RE = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
    r"(?:[ ]?\([ ]?(?P<a1>[0-9]{1,2})(?:[ ]?(?:jaar|jr\.?|mnd|maanden))?[ ]?\)"
    r"|,[ ](?P<a2>[0-9]{1,2})[ ](?:jaar|jr\.?)(?:[ ]oud)?(?![\w])"
    r"|[ ]van[ ](?P<a3>[0-9]{1,2})(?:[ ]jaar(?:[ ]oud)?)?(?![\w%/]|[.,:][0-9]|[ ](?:procent|euro|minuten|uur|keer|dagen|weken|maanden|de|het|[0-9])))"
)
# anchor: the age part; the name is found by looking back
_AGE_ANCHOR_RE = re.compile(r"(?:\(|, |[ ]van[ ])[ ]?[0-9]{1,2}(?![0-9])")
_NAME_BACK_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?[ ]?$")


def _find_child_ages(text: str, out: list[Hit]) -> None:
    firsts = namedata.first_names()
    for am in _AGE_ANCHOR_RE.finditer(text):
        nb = _NAME_BACK_RE.search(text, max(0, am.start() - 30), am.start())
        if nb is None or _glued(text, nb.start()):
            continue
        m = _CHILD_RE.match(text, nb.start())
        if m is None:
            continue
        age = m.group("a1") or m.group("a2") or m.group("a3")
        if int(age) > 17:
            continue
        name = m.group("name")
        parts = name.split("-")
        if not any(p in firsts for p in parts):
            continue
        low = name.lower()
        if low in namedata.common_words() or low in namedata.stop_words() or low in _MONTHS:
            continue
        if m.group("a3"):
            # "van 9" needs a possessive/relation in front: "onze Femke van 9"
            before = text[max(0, m.start() - 25):m.start()].lower()
            if not re.search(r"(?:onze|mijn|ons|zijn|haar|hun|jullie|dochter|zoon|dochtertje|zoontje|kleine)[ ]$", before):
                continue
        out.append(Hit(m.start(), m.end(), "child-age", "exact", "", "strong"))


# --------------------------------------------------------------------------- all

def find_personal_data(text: str, allow: Allow = Allow()) -> list[Hit]:
    """All personal-data hits in `text`, sorted by position."""
    out: list[Hit] = []
    _find_phones(text, allow, out)
    _find_emails(text, allow, out)
    _find_postcodes(text, out)
    _find_addresses(text, out)
    _find_bsn(text, out)
    _find_ibans(text, out)
    _find_dob(text, out)
    _find_plates(text, out)
    _find_child_ages(text, out)
    # digits inside an IBAN or an e-mail address are not a phone number, BSN or postcode
    outer = [(h.start, h.end) for h in out if h.label in ("iban", "email")]
    if outer:
        out = [h for h in out if h.label in ("iban", "email")
               or not any(s <= h.start and h.end <= e for s, e in outer)]
    # a 9/10-digit run that is a phone number is not also a BSN
    phones = [(h.start, h.end) for h in out if h.label == "phone"]
    if phones:
        out = [h for h in out if h.label != "bsn" or not any(s <= h.start < e for s, e in phones)]
    out.sort(key=lambda h: (h.start, -h.end, h.label))
    return out
