"""Credential detector: passwords, pincodes, door/key-safe/alarm codes, API keys and tokens.

Detectors find, packs decide: every hit has the label `credential`; the span is the
secret value only (so redaction hides exactly the secret).

How a secret is recognised follows detect-secrets (KeywordDetector: a keyword, an
assignment, a value) and gitleaks (generic-api-key: keyword + value shape + entropy),
adapted to how people write Dutch prose:

* password: a keyword from `nlp/data/secret_password_keywords.txt` ("wachtwoord", "ww",
  "wifi", "api-key", ...), at most four filler words ("van de wifi", "voor het portaal"),
  a connector (":", "=", "is", "luidt", "blijft", ...; optional without filler words)
  and a value of password shape: letters and digits, or letters and a symbol, or a long
  high-entropy string; never an ordinary word, an e-mail address, a URL, a date or a time.
  A quoted value after a connector ("het wachtwoord is 'welkom'") counts too, and so does a
  single word that is no known Dutch word after a password keyword of
  `secret_word_password_keywords.txt` and an explicit connector ("het wachtwoord is welkomthuis",
  "ww: lentebries"), unless it says something about the password (`secret_password_states.txt`:
  "kwijt", "gewijzigd") or has the shape of a participle or adjective ("aangepast", "superveilig").
  A compound that ends in a password keyword counts as one ("webcare-wachtwoord", "adminwachtwoord"), and
  so does a quoted password-shaped value with a digit later in the keyword's sentence ('het wachtwoord hangt
  op een geeltje, "Hmst#Webcare24"'), unless an example or advice word stands between ("kies geen
  wachtwoord als 'Welkom123'"). A quoted value judged right after it ('"Welkom123!" is veel te makkelijk',
  'waarom "Zomer2024" echt niet meer kan') is an example in advice.
* code: a keyword from `nlp/data/secret_code_keywords.txt` ("pin", "deurcode", "sleutelkluis",
  "code van de voordeur", ...), the same filler and connector, and 4-8 digits (grouped
  "48 21", "48-21" or "12 34 56", or one by one "7 3 1 9" or "4-7-1-9"; "#" or "*" after) that end the
  clause; for codes "met" is a connector too ("het alarm zet je uit met 1 2 3 4"), and so is a question the
  writer answers ("De code? 1974.", "De code? Nog steeds het bouwjaar, 1974, dus ...").
  An apposition counts too ("de code van de achterdeur gegeven, 4471, dus ..."), and a value after a
  description of it, with a door or lock word nearby ("de code is mijn geboortejaar achterstevoren, dus 8991").
  Bare "code" needs "is" or ":" before the digits ("code is 0815"), or a door, lock, key or alarm
  word (`secret_access_words.txt`) in the same sentence or the one before ("de sleutel ligt in het
  kluisje. Code 4719"), so "code 95" (driving licence), "postcode 6041 AB" and order numbers pass.
* keypad: 4-8 digits before a keypad verb of `secret_keypad_after.txt` ("gewoon 2580# intoetsen",
  "als je 7 3 1 9 intikt") or between a verb of `secret_keypad_before.txt` and its particle "in"
  ("toets bij de zoemer 1379 in"), with "#" or "*" after the digits or an access word nearby
  (so "toets je geboortejaar in, bijvoorbeeld 1985" and "toets daarna 2 in" pass).
* hash: 4-8 digits closed with "#" (how a keypad code is written) with an access word nearby
  ("de poort bij de werf ... het is gewoon 4471#").
* pair: a keyword from `nlp/data/secret_login_keywords.txt` ("inloggen met", "account"), or a compound ending in
  one ("testaccount"), and on the same line a user name or e-mail address, "/", "|", "," or "en", and a password
  value.
* token: a known key prefix from `nlp/data/secret_token_prefixes.txt` (ghp_, glpat-, xoxb-,
  AKIA, ...) with its minimal length, anywhere.

"wachtwoord vergeten?", "kies een sterk wachtwoord", "de code van de actie is ZOMER",
prices, dates, house numbers, postcodes and order numbers have no keyword + value shape.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from .. import cuewords
from ..hits import Hit
from ..wordlists import word_set, words

LABELS = ("credential",)

# connector between a keyword (plus filler) and the value
_CONNECT = (r"(?:[:=]|->|→|\b(?:is|zijn|wordt|werd)?[ \t]*(?:veranderd|gewijzigd|aangepast|vernieuwd)"
            # "is veranderd in 4471", "is veranderd -> 4471", "gewijzigd: 4471"
            r"(?:[ \t]+(?:in|naar)\b|[ \t]*(?:[:=]|->|→))"
            r"|\b(?:is|zijn|luidt|blijft|was|wordt|werd|staat op)\b:?|\bcode\b[ \t]*(?:is\b|:)?)")
# codes also after "met": "het alarm zet je uit met 1 2 3 4", and after a question the writer answers: "De code? 1974."
_CODE_CONNECT = _CONNECT[:-1] + r"|\bmet\b|\?)"
_FILLER = r"(?:,?[ \t]+(?!(?:is|zijn|luidt|blijft|was|wordt|werd|code)\b)[^\W\d_][\w'-]*){0,4}"
# codes: "de code van de personeelsingang aan de achterkant van het raadhuis is 2580#"
_FILLER_LONG = _FILLER.replace("{0,4}", "{0,10}")
_VALUE_END = r"(?=[\s.,;:!?)\]\"'`»]*(?:\s|$))"
_DIGITS = r"(?:\d{4,8}|\d(?:[ -]\d){3,7})"
_ADVERB = (r"(?:(?:gewoon|nog steeds|nog altijd|nog|voortaan|nu|tijdelijk|weer|even|trouwens|dus|per direct"
           r"|(?:vanaf|sinds|per)[ \t]+(?:nu|vandaag|gisteren|morgen|kort|deze[ \t]+week|vorige[ \t]+week"
           r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag)|voorlopig)[ \t]+)?")
# what may follow a code: the end of the clause, or a word that starts a new one
# an emoji ends a clause in chat writing: "code is 7 3 1 9 🔑 ff terugdraaien"
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
# "(" opens an aside ("open met 4471 (de oude code werkt niet meer)"), a dash between spaces a new clause
_CODE_TAIL = re.compile(rf"[#*]?[ \t]*(?:[.,;:!?()\]\"'»\n{_EMOJI}]|[-–—](?=\s)|$"
                        r"|(?:en|of|maar|dus|hoor|toch|want|als|dan|zodat|graag|ok|oké|"
                        r"(?:en[ \t]+)?vergeet|niet[ \t]+doorgeven|niet[ \t]+delen"
                        # a time adverbial: "code is weer 5829 sinds vrijdag", "de pin is 4821 vanaf maandag"
                        r"|sinds|vanaf|voortaan|vandaag|vanavond|vannacht|morgen|deze[ \t]+week)\b)", re.I)
_SYMBOLS = frozenset("!@#$%^&*?+=~_-")
_UNIT_AFTER = re.compile(
    r"\s*(?:euro|eur|€|%|procent|uur|minuten|min|jaar|dagen|weken|maanden|keer|stuks|m2|m²|km|kg|cm|mm)\b", re.I)
# not a value: a web address, an e-mail address, a time, a date, a postcode, an amount, or a social-media handle of
# letters only ("account beginnen voor de bijen, @bijenvandekastanjehof of zo"; "@dmin2024" keeps its digits)
_NOT_VALUE = re.compile(r"(?:https?://|www\.)|^[\w.+-]+@[\w.-]+\.\w+$|^\d{1,2}[:.]\d{2}$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$"
                        r"|^[1-9]\d{3}\s?[A-Za-z]{2}$|^[€$]|^@[A-Za-z_.]+$")


def _alternation(entries) -> str:
    return "|".join(re.escape(e).replace(r"\ ", r"[ \t]+") for e in sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=None)
def _regex(name: str) -> re.Pattern:
    """The pattern of "pw", "code", "pair" or "token", compiled when a draft first holds one of its cue
    words (compiling all four cost a cold start ~25 ms, and most drafts hold none)."""
    if name in ("pw", "pwc"):
        return _pw_regex(compound=name == "pwc")
    if name == "code":
        return _code_regex()
    if name in ("pair", "pairc"):
        return _pair_regex(compound=name == "pairc")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p, _ in _prefixes()) + r")[\w-]+")


@lru_cache(maxsize=1)
def _prefixes() -> list[tuple[str, int]]:
    return [(p, int(n)) for p, n in (line.split() for line in words("secret_token_prefixes"))]


def _compound_tails() -> list[str]:
    """Password keywords that end a compound: "webcare-wachtwoord", "adminpassword", "routerinlogcode"."""
    return [w for w in words("secret_password_keywords") if len(w) >= 8 and w.isalpha()]


def _pair_tails() -> list[str]:
    """Log-in keywords that end a compound: "het testaccount van het portaal staat op admin / ...", "demo-login"."""
    return [w for w in words("secret_login_keywords") if len(w) >= 5 and w.isalpha()]


def _pw_regex(compound: bool = False) -> re.Pattern:
    kw = (rf"[^\W\d_][\w-]*?(?:{_alternation(_compound_tails())})" if compound
          else _alternation(words('secret_password_keywords')))
    return re.compile(
        rf"(?<![\w-])(?P<kw>{kw})(?![\w-])"
        rf"(?:(?P<fill>{_FILLER}),?[ \t]*(?P<conn>{_CONNECT})|,?[ \t]*(?P<conn2>{_CONNECT})?)[ \t]*{_ADVERB}"
        r"(?P<q>['\"`‘“«]?)(?P<val>[^\s'\"`’”»]{3,200})(?P=q)?", re.I)


def _code_regex() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(words('secret_code_keywords'))})(?![\w-])"
        rf"(?:(?P<fill>{_FILLER_LONG}),?[ \t]*(?P<conn>{_CODE_CONNECT})"
        # an apposition: "had me de code van de achterdeur gegeven, 4471, dus ..."
        rf"|{_FILLER},[ \t]*(?=\d)"
        # in brackets: "gaat open met de code (1966, het geboortejaar van mijn moeder)", also after a few words
        # ("Code intikken (1973, het geboortejaar van m'n vrouw)"; forty-seventh round)
        rf"|{_FILLER}[ \t]*\([ \t]*(?=\d)"
        rf"|,?[ \t]*(?P<conn2>{_CODE_CONNECT})?)[ \t]*{_ADVERB}"
        r"(?P<val>(?<![\w€$.,])(?:\d{4,8}|\d{2,4}(?:[ .-]\d{2,4}){1,2}|\d(?:[ -]\d){3,7})[#*]?|[A-Za-z]\d{4,7})"
        + _VALUE_END, re.I)


def _pair_regex(compound: bool = False) -> re.Pattern:
    kw = (rf"[^\W\d_][\w-]*?(?:{_alternation(_pair_tails())})" if compound
          else _alternation(words('secret_login_keywords')))
    return re.compile(
        rf"(?<![\w-])(?:{kw})(?![\w-])[^\n]{{0,70}}?"
        r"(?P<user>[\w.+-]+@[\w.-]+\.[A-Za-z]{2,}|[\w.-]{3,}|(?<=[ \t]{3}))[ \t]*(?:/|\||,|\ben\b|;)[ \t]*"
        r"(?:(?:ww|wachtwoord|pw|password)[ \t]*:?[ \t]*)?(?P<val>[^\s/|,;]{5,100})", re.I)


# a host name ending in a common top-level domain (not "jan.devries"): what follows its "/" is a web path
_URL_HOST = re.compile(r"^(?![\w.+-]*@)[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|de|info|io|nu|frl|amsterdam)$",
                       re.I)


def _entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in (s.count(ch) for ch in set(s)))


def _ordinary(word: str) -> bool:
    from .. import namedata
    low = word.lower()
    return low in namedata.common_words() or low in namedata.stop_words()


def password_shaped(value: str) -> bool:
    """Letters and digits, or letters and a symbol inside, or a long high-entropy string; not a word."""
    v = value
    if len(v) < 5 or _NOT_VALUE.search(v):
        return False
    letters = sum(c.isalpha() for c in v)
    digits = sum(c.isdigit() for c in v)
    if letters < 2:
        return False
    if digits and len(v) >= 6:
        # "2026e", "100km", "16GB": a number with a unit or suffix is not a password
        return not re.fullmatch(r"\d+[a-z]{1,3}|[a-z]{1,3}\d+", v, re.I)
    if any(c in _SYMBOLS for c in v[1:-1]) and len(v) >= 6:
        return True
    return len(v) >= 16 and _entropy(v) >= 3.5 and not _ordinary(v) and not (v.isalpha() and _known_word(v))


def _known_word(word: str) -> bool:
    """A Dutch word of the lemma table ("Werkloosheidsuitkering" is long and varied, but no secret)."""
    from ...text.fold import fold
    from ..inflect import vocabulary
    return fold(word.lower()) in vocabulary()


_STATE_SHAPE = re.compile(r"ge\w+(?:d|t|en)|\w+(?:ig|lijk|baar|isch|loos|zaam|end|ende)", re.I)
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _word_password(text: str, m: re.Match, value: str) -> bool:
    """A single unknown word after a password keyword and an explicit connector: "het wachtwoord is welkomthuis"."""
    kw = m.group("kw")
    if kw.lower() not in word_set("secret_word_password_keywords") or (len(kw) <= 3 and kw.isupper()):
        return False   # "WW" in capitals is the unemployment benefit: "de WW is afgelopen", "WW: Werkloosheidswet"
    conn = (m.group("conn") or m.group("conn2") or "").strip().lower()
    if conn.startswith("code") or not value.isalpha() or not 5 <= len(value) <= 40 or value.isupper():
        return False
    low = value.lower()
    if low in word_set("secret_password_states") or _STATE_SHAPE.fullmatch(low) or _ordinary(value):
        return False
    if not _CODE_TAIL.match(text, m.start("val") + len(value)):
        return False   # "het wachtwoord is welkomthuis" ends the clause; "wachtwoord: kies iets sterks" runs on
    return not _known_word(value)


def _access_nearby(text: str, start: int, end: int) -> bool:
    """A door, lock, key or alarm word in the sentence of text[start:end] or the sentence before it."""
    stops = [s.start() for s in _SENTENCE_STOP.finditer(text, max(0, start - 400), start)]
    lo = stops[-2] + 1 if len(stops) >= 2 else max(0, start - 400)
    nxt = _SENTENCE_STOP.search(text, end)
    hi = nxt.start() if nxt else len(text)
    return bool(_access_regex().search(text, lo, hi))


@lru_cache(maxsize=1)
def _access_regex() -> re.Pattern:
    entries = words("secret_access_words")
    starts = [re.escape(e[:-1]) for e in entries if e.endswith("*")]
    ends = [re.escape(e) for e in entries if not e.endswith("*")]
    # "tot slot" (finally) is no lock
    return re.compile(rf"(?<![\w-])(?:(?:{'|'.join(starts)})\w*"
                      rf"|(?<!tot )\w*(?:{'|'.join(ends)})(?:en|s|jes?|tjes?)?)(?![\w-])", re.I)


def _quoted_secret(value: str) -> bool:
    return 4 <= len(value) <= 64 and not _NOT_VALUE.search(value)


def _cue_lists():
    prefixes = [line.split()[0] for line in words("secret_token_prefixes")]
    return [("pw", words("secret_password_keywords")), ("pwpart", _compound_tails()),
            ("code", words("secret_code_keywords")),
            ("pair", words("secret_login_keywords")), ("pairpart", _pair_tails()), ("token", prefixes),
            ("keyafter", words("secret_keypad_after")), ("keybefore", words("secret_keypad_before"))]


cuewords.register("secrets", _cue_lists, prefix_tags=("token",), raw_tags=("pwpart", "pairpart"))


def find_credentials(text: str, cues: cuewords.CueHits | None = None) -> list[Hit]:
    """All credential values in `text`, sorted by position; `cues`: `cuewords.scan(text)` when already made."""
    starts: dict[str, list[int]] = {"pw": [], "code": [], "pair": [], "token": [], "keyafter": [], "keybefore": []}
    compounds: list[int] = []
    pair_compounds: list[int] = []
    for s, e, tags in (cuewords.scan(text) if cues is None else cues):
        for tag in tags:
            if tag in starts:
                starts[tag].append(s)
            elif tag == "pwpart":
                _later().compound_start(text, s, e, compounds)
            elif tag == "pairpart":
                _later().compound_start(text, s, e, pair_compounds)
    out: list[Hit] = []
    if starts["pw"]:
        _passwords(text, starts["pw"], out)
    if compounds:
        _passwords(text, compounds, out, "pwc")
    if starts["pair"]:
        _pairs(text, starts["pair"], out)
    if pair_compounds:
        _pairs(text, pair_compounds, out, "pairc")
    if starts["code"]:
        _codes(text, starts["code"], out)
    if starts["token"]:
        _tokens(text, starts["token"], out)
    if starts["keyafter"] or starts["keybefore"]:
        _keypad(text, starts["keyafter"], starts["keybefore"], out)
    _hash_codes(text, out)
    return _dedupe(out)


def _passwords(text: str, starts: list[int], out: list[Hit], name: str = "pw") -> None:
    pw = _regex(name)
    for m in (pw.match(text, s) for s in starts):
        if m is None or (m.start() and text[m.start() - 1] == "#"):
            continue   # a hashtag ("#wachtwoorden #woningcorporaties"): a topic, never a keyword with its value
        conn = m.group("conn") or m.group("conn2")
        val = m.group("val")
        if not (conn or "").strip(" \t,") and (name == "pwc" or "," in text[m.end("kw"):m.start("val")]):
            continue   # "(browser)wachtwoorden, SSH-keys, cookies": a list, not a value; a compound needs a connector
        if m.group("q") and conn:
            ok = _quoted_secret(val)
        else:
            val = val.rstrip(".,;:)]?")
            core = val.rstrip("!")   # "Zomer2026!" keeps its "!", "welkom!" is a word and an exclamation
            ok = password_shaped(core) or (core.isdigit() and 4 <= len(core) <= 12 and bool(conn)) \
                or (bool(conn) and _word_password(text, m, core))
        if ok and m.group("q") and _later().judged_after(text, m.start("val") + len(val)):
            continue   # 'je wachtwoord "Welkom123!" is veel te makkelijk': an example judged in advice
        if ok:
            s = m.start("val")
            out.append(Hit(s, s + len(val), "credential", "password"))
    for s in starts:
        hit = _later().quoted_later(text, s)
        if hit is not None:
            out.append(hit)


def _pairs(text: str, starts: list[int], out: list[Hit], name: str = "pair") -> None:
    pair = _regex(name)
    for m in (pair.match(text, s) for s in starts):
        if m is None:
            continue
        val = m.group("val").rstrip(".,;:)]?")
        if _URL_HOST.search(m.group("user")) and text[m.end("user"):m.start("val")] == "/":
            continue   # "aanmelden via sterkhuis.nl/pleegouder-worden": a web address and its path, no log-in pair
        if password_shaped(val) and not re.fullmatch(r"[\w.+-]+@[\w.-]+\.\w+", val):
            s = m.start("val")
            out.append(Hit(s, s + len(val), "credential", "pair"))


def _codes(text: str, starts: list[int], out: list[Hit]) -> None:
    code = _regex("code")
    for s in starts:
        m = code.match(text, s)
        if m is None:
            _later().code_later(text, s, out)
            continue
        if m.group(0)[:4].lower() == "code" and not (m.group("conn") or m.group("conn2")) \
                and not _access_nearby(text, m.start(), m.end()):
            continue   # bare "code" needs "is" or ":" before the digits, or a door, lock or key nearby
        if _UNIT_AFTER.match(text, m.end()) or not _CODE_TAIL.match(text, m.end()):
            continue
        out.append(Hit(m.start("val"), m.end("val"), "credential", "code"))


@lru_cache(maxsize=1)
def _keypad_regexes() -> tuple[re.Pattern, re.Pattern]:
    verbs = _alternation(words("secret_keypad_after"))
    after = re.compile(rf"(?<![\w€$.,#*-])(?P<val>{_DIGITS}[#*]?)[ \t]+(?:{verbs})$", re.I)
    before = re.compile(rf"(?:{_alternation(words('secret_keypad_before'))})(?![\w-])[^\n.!?\d]{{0,60}}?"
                        rf"(?<=[ \t])(?P<val>{_DIGITS}[#*]?)[ \t]+in(?![\w-])", re.I)
    return after, before


def _keypad(text: str, after_starts: list[int], before_starts: list[int], out: list[Hit]) -> None:
    """Codes typed on a keypad: "2580# intoetsen", "toets 1379 in" (with "#"/"*" or an access word nearby)."""
    after, before = _keypad_regexes()
    found = []
    for s in after_starts:
        end = re.match(r"[\w-]+", text[s:])
        if end:
            found += [m for m in [after.search(text, max(0, s - 40), s + end.end())] if m]
    found += [m for m in (before.match(text, s) for s in before_starts) if m]
    for m in found:
        val = m.group("val")
        if val[-1] in "#*" or _access_nearby(text, m.start(), m.end()):
            out.append(Hit(m.start("val"), m.end("val"), "credential", "code"))


# a keypad code ends with "#": "het is gewoon 4471#" (a hashtag starts with "#", it never follows digits)
_HASH_CODE = re.compile(rf"(?<![\w#*€$.,/+-])(?P<val>{_DIGITS}#)(?![\w#])")


def _hash_codes(text: str, out: list[Hit]) -> None:
    """Digits closed with "#" near a door, gate, lock or key word: "bij de poort ... het is gewoon 4471#"."""
    if "#" not in text:
        return
    for m in _HASH_CODE.finditer(text):
        if _access_nearby(text, m.start(), m.end()):
            out.append(Hit(m.start("val"), m.end("val"), "credential", "code"))


def _tokens(text: str, starts: list[int], out: list[Hit]) -> None:
    token, prefixes = _regex("token"), _prefixes()
    for m in (token.match(text, s) for s in starts):
        if m is None:
            continue
        word = m.group()
        if any(word.startswith(p) and len(word) >= n for p, n in prefixes):
            out.append(Hit(m.start(), m.end(), "credential", "token"))


def _later():
    from . import later   # imported on first use: it reads this package's helpers
    return later


def _dedupe(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out
