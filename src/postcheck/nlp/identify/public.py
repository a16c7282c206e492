"""Names that are fine to publish: public figures in their public role, and the writer.

`keep_private(text, hits)` drops person hits (of the names detector) that:
* follow a public office or public role (`nlp/data/public_roles.txt`: koning,
  minister, burgemeester, wethouder, presentator, ...), or start with one; an office may end a compound
  ("Klimaatminister Sophie Hermans", "oud-burgemeester"; twenty-sixth round);
* sign the post off: a name right after "groet," / "groetjes," / "met vriendelijke
  groet," / "liefs," / "tot woensdag," near the end of the text (the writer naming themselves);
* introduce the writer: "ik ben Sandra Mulders", "mijn naam is ...", "ik heet ...";
* are the post's byline ("*Door Hub Gerards, eigenaar*", "Tekst: ...") or stand alone on its
  last line, or with a role after them ("Marloes de Wit, gezinsvoogd") (the writer signing without a greeting),
  or start a line near the end with at most a role after
  them ("*Ruud Smeets, eigenaar Smeets Installaties*", "Marcel Vossen" above a last line in brackets);
* open the post with a role after them: a byline or a bio ("*Sanne Driessen, consultant bij ...*", "Sanne de Wit 👋
  gezinsvoogd in Midden-Brabant"; twenty-sixth round);
* follow "ik," ("sta ik, Mieke Rutten, vandaag weer op de bouw");
* sign a quotation ('"Ik rotzooi maar wat an." – Karel Appel') or hold a public office after "als" ("Hugo de Jonge
  wilde als minister ...");
* are the same person as a name lifted for one of these reasons earlier in the post ("Die uitspraak van Karel
  Appel ...");
* are a well-known character of a book, film or series (`nlp/data/fictional_names.txt`: "alle delen van Harry
  Potter gekeken", "Pippi Langkous voorlezen");
* made a published work named just before them (`nlp/data/cited_work_words.txt`: "het boek *Gehechtheid en
  opvoeding* van Marinus van IJzendoorn", "de podcast van ...", "een artikel door ..."), or are cited as authors:
  a year in brackets right after the name ("Van den Dries en collega's (2009, ...)", "Juffer et al., 2008"), or a
  name in a sources paragraph ("Bronnen: Van den Dries, L., Juffer, F. ...").

`unsigned(text, hits)` drops the hits of `identify` on the line where the writer signs with a role ("*Ingrid Smit,
leerplichtambtenaar*": her own job, not a resident's case; twenty-fifth round).

`mark_work(text, hits)` relabels person hits `person-staff` where the person is named in their work:
a job or staff role right before or after the name (`work_roles.txt`, `identify_staff_roles.txt`:
"onze directeur-bestuurder Frank Verheijen", "Peggy Janssen (P&O)", "mijn collega Femke Aarts"), or the
person a call to action sends readers to, with a number or address after ("Bel Ton Hermans op 077 ...",
"mail met Peter Hermans via vacatures@..."). Packs decide: a rule with `labels: [person]` leaves them,
`[person, person-staff]` counts them too (Sterk Huis: "Vermeld alleen een naam van een medewerker als hij of
zij dat goed vindt").
The front matter's `author:` is handled by the rules (see `kinds/detect.py`), since
detectors only see the prose.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..hits import Hit
from ..wordlists import words

# the closing greetings a writer signs under ("Groetjes, Noor", "Houdoe,\nHenk")
_CLOSINGS = r"groet(?:en|jes)?|liefs|doei|houdoe|cheers|mvg|vg"
# ... and, before a name, also "gr.", "xx" and "Tot woensdag," / "Tot dan," (forty-third round)
_SIGN_OFF = re.compile(r"(?:" + _CLOSINGS + r"|gr\.?|xx+"
                       r"|tot[ \t]+(?:ziens|dan|straks|zo|snel|gauw|morgen|(?:volgende[ \t]+)?(?:week|keer"
                       r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)))"
                       r"[ \t]*[,!.:-]?[ \t]*\n?[ \t]*(?:[-–—][ \t]*)?$", re.I)
_TAIL = 300


@lru_cache(maxsize=1)
def _role_alts() -> str:
    """The public roles as one regex alternation, longest first, any whitespace between the words of a role."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(words("public_roles"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern:
    alts = _role_alts()
    # a portfolio may follow the office: "wethouder Jeugd", "minister van Volkshuisvesting", and in lower case one of
    # the usual portfolios ("wethouder jeugd Marieke Spaan"; `nlp/data/public_portfolios.txt`)
    topics = "|".join(re.escape(w) for w in sorted(words("public_portfolios"), key=len, reverse=True))
    portfolio = rf"(?:[ \t]+(?:van|voor|en|der|de|het|{topics}|(?-i:[A-Z][\w&'-]*))(?![\w-])){{0,3}}"
    # an office as the end of a compound: "Klimaatminister Sophie Hermans", "oud-burgemeester", "zorgwethouder"
    compound = "|".join(re.escape(e) for e in _COMPOUND_OFFICES)
    return re.compile(rf"(?<![\w-])(?:{alts}|[\w]+-?(?:{compound})){portfolio}[ \t]*,?[ \t]*$",
                      re.I)


# public offices that also end a compound naming the same office ("klimaatminister", "oud-wethouder"); not the roles
# a private person may hold in a compound ("jeugdtrainer", "tekstschrijver")
_COMPOUND_OFFICES = ("minister", "staatssecretaris", "burgemeester", "wethouder", "kamerlid", "premier", "president",
                     "koning", "koningin", "prinses", "hoogleraar", "professor")


# a byline at the start of a line: "*Door Hub Gerards, eigenaar*", "Tekst: Sanne Visser"
_BYLINE = re.compile(r"[ \t*_>#-]*(?:(?:geschreven[ \t]+)?door|tekst|auteur|by)[ \t]*:?[ \t]*", re.I)
# a name alone on the last line of the post (with emphasis marks or a dash): the writer signing
_LAST_LINE = re.compile(r"[ \t*_.]*\s*$")
_LINE_START = re.compile(r"[ \t*_>~–—-]*")   # "— Marco Hermans": an en or em dash before a signature too
# the writer introducing themselves: "ik ben Sandra Mulders", "mijn naam is ...", "ik heet ...", "bel mij, Linda
# Moonen, op ..." (twenty-fourth round)
# ... or a vlogger's "hier weer Sem", "hier is weer Sem", or the name after "bel mij gerust:" (twenty-eighth round)
# "ik bin" is the dialect "ik ben" (Westfries, Limburgs, Gronings; thirty-second round)
_SELF = re.compile(r"(?<![\w-])(?:(?:ik[ \t]+b[ei]n|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|ondergetekende"
                   r"|hier[ \t]+(?:is[ \t]+)?weer)[ \t]*,?|(?:ik|mij|me)[ \t]*,"
                   r"|(?:bel|app|mail|sms)[ \t]+(?:of[ \t]+(?:bel|app|mail)[ \t]+)?(?:mij|me)"
                   r"(?:[ \t]+(?:gerust|even|maar))?[ \t]*:)[ \t]*$", re.I)
# the rest of a signature line after the name: nothing, or a role after a comma or dash (no sentence in it), or a
# remark in brackets ("Jeroen Smeets, teamleider installaties (dit schrijf ik op persoonlijke titel)")
_SIGNATURE_REST = re.compile(r"[ \t*_]*(?:(?:,|[ \t][-–—])[^\n(.!?,]{0,60})?(?:\([^\n)]{0,160}\))?[ \t*_.]*(?=\n|$)")
# what may follow a signature line: empty lines, bracketed remarks, hashtag lines, emphasis marks, or a Markdown rule
# ("---") and the footer below it ("De hier gepubliceerde uitingen zijn mijn persoonlijke mening ...")
_AFTER_SIGNATURE = re.compile(r"(?:\s*(?:\([^\n]*\)|#[^\n]*|[*_]+))*(?:\s*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n[\s\S]*)?\s*$")
# a call to action that sends the reader to the person: "bel", "app gerust met", "mail naar", "vraag naar"
_CALL = re.compile(r"(?<![\w-])(?:bel|bellen|app|appen|whatsapp|mail|mailen|vraag[ \t]+naar|"
                   r"contact[ \t]+(?:op[ \t]+)?met|terecht[ \t]+bij|contactpersoon[ \t]*:?)"
                   r"(?:[ \t]+(?:of|en)[ \t]+\w+)?"
                   r"(?:[ \t]+(?:gerust|even|dan|maar|gewoon|direct))*(?:[ \t]+(?:met|naar))?[ \t]*$", re.I)
# after the person: a number or an e-mail address on the same line, soon
_REACH = re.compile(r"[^\n]{0,60}?(?:\d[\d \t-]{5,}\d|[\w.+-]+@[\w-]+\.\w)")


@lru_cache(maxsize=1)
def _cited_re() -> re.Pattern:
    """A published work, then at most a title of a few words (no sentence end), then "van"/"door" right before
    the name: its maker."""
    alts = "|".join(re.escape(w) for w in sorted(words("cited_work_words"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?:[ \t]+[^\n.!?;:()]{{0,60}}?)?[ \t]+(?:van|door)[ \t]+$", re.I)


def _cited(text: str, start: int) -> bool:
    """The name at `start` (its hit may open with the "van" it follows: "van Marinus van IJzendoorn") is the maker
    of a published work named before it."""
    lead = re.match(r"(?:van|door)[ \t]+", text[start:start + 6])
    end = start + (lead.end() if lead else 0)
    return _cited_re().search(text, max(0, end - 90), end) is not None


# a scholarly citation right after the name: "Van den Dries en collega's (2009, ...)", "Bowlby (1969)", "Juffer et
# al. (2008)" (twenty-fifth round), in a sentence that names research or a published work (a year in brackets
# after a name alone may be a birth year)
_CITATION = re.compile(r"[ \t]*(?:(?:et[ \t]+al\.?|e\.a\.|en[ \t]+(?:collega's|collega’s|anderen))[ \t]*,?[ \t]*)?"
                       r"\([ \t]*(?:1[89]|20)\d\d[a-z]?[ \t]*[,;)]")
_RESEARCH = re.compile(r"(?<![\w-])(?:onderzo\w*|stud\w*|meta-?analyse\w*|publica\w*|theorie\w*|rapport\w*|"
                       r"artikel\w*|boek\w*|proefschrift\w*|hoogleraar\w*|wetenschap\w*)", re.I)
# a sources line or paragraph: "Bronnen: Van den Dries, L., Juffer, F. ... (2009)", "Literatuur: ..."
_SOURCES = re.compile(r"\s*[ \t*_>#-]*(?:bronnen|bron|literatuur|referenties|literatuurlijst|bronvermelding)[ \t*_]*:",
                      re.I)


def _cited_author(text: str, start: int, end: int) -> bool:
    """The name is cited as an author: a year in brackets right after it in a sentence about research or a
    publication, or it stands in a sources paragraph."""
    if _CITATION.match(text, end):
        lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 200) + 1
        stop = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
        if _RESEARCH.search(text, lo, max(stop, end)):
            return True
    para = max(text.rfind("\n\n", 0, start), -1) + 1
    return _SOURCES.match(text, para) is not None


@lru_cache(maxsize=1)
def _fictional() -> frozenset[str]:
    return frozenset(words("fictional_names"))


def _is_fictional(span: str) -> bool:
    """The hit, without lower-case words before it ("van Harry Potter"), is a well-known fictional character."""
    parts = span.split()
    while parts and parts[0][0].islower():
        parts.pop(0)
    return " ".join(parts).lower() in _fictional()


def keep_private(text: str, hits: list[Hit]) -> list[Hit]:
    if not hits:
        return hits
    role = _role_re()
    out = []
    public: set[str] = set()      # the names lifted once: the same person where the post names them again
    for h in hits:
        before = text[max(0, h.start - 45):h.start]
        first = text[h.start:h.end].split(" ", 1)[0]
        if role.search(before) or role.match(first + " ") and role.fullmatch(first) or _SELF.search(before) \
                or _is_fictional(text[h.start:h.end]) or _cited(text, h.start) or _cited_author(text, h.start, h.end) \
                or _QUOTED_BY.search(before) or _role_after().match(text, h.end) or _laureate(text, h.start, h.end) \
                or _named_thing().search(before) \
                or writer_signs(text, h.start, h.end) or _introduces(text, h.start, h.end):
            public.add(_name_key(text[h.start:h.end]))
            continue
        out.append(h)
    if public and out:
        out = [h for h in out if not _same_person(_name_key(text[h.start:h.end]), public)]
    return out


# a named award (capitalised, a prize, award or medal: "de Pritzker Prize", "de Nobelprijs voor de Vrede", "een
# Oscar"): who won one is known for it in public (thirty-seventh round)
_AWARD = (r"(?-i:[A-Z][\w-]*(?:prijs|[Pp]rize|[Aa]ward|[Mm]edaille|[Mm]edal|[Tt]rofee)"
          r"|[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+(?:Prize|Prijs|Award|Medal|Medaille|Trofee)"
          r"|Oscar|Emmy|Grammy|Pulitzer|Edison|Gouden[ \t]+Kalf)")
_WON = r"(?:won|wint|winnen|wonnen|gewonnen|kreeg|krijgt|gekregen|ontving|ontvangt|ontvingen|ontvangen|behaalde)"
# the verb before the award ("won in 2016 de Pritzker Prize") or after it, as a subordinate clause has it ("toen hij
# in 2016 de Pritzker Prize won")
_WON_AFTER = re.compile(rf"[^\n.!?;]{{0,60}}?(?:(?<![\w-]){_WON}(?![\w-])[^\n.!?;]{{0,40}}?(?<![\w-]){_AWARD}|"
                        rf"(?<![\w-]){_AWARD}(?![\w-])[ \t]+(?:heeft[ \t]+|had[ \t]+)?{_WON}(?![\w-]))", re.I)
_WON_BEFORE = re.compile(rf"(?:{_AWARD}-?winna(?:ar|res)|winna(?:ar|res)[ \t]+van[ \t]+de[ \t]+{_AWARD})"
                         r"[ \t]*,?[ \t]*$", re.I)


def _laureate(text: str, start: int, end: int) -> bool:
    """The person won a named award: "Toen Alejandro Aravena in 2016 de Pritzker Prize won", "Nobelprijswinnaar
    ...", "winnaar van de Pritzker Prize ..."; a prize without a name ("de eerste prijs bij de bingo") is no award."""
    return _WON_AFTER.match(text, end) is not None or _WON_BEFORE.search(text, max(0, start - 60), start) is not None


@lru_cache(maxsize=1)
def _named_thing() -> re.Pattern:
    """A noun of a thing people give a name (`nlp/data/named_thing_words.txt`: "zijn project Quinta Monroy", "het
    schip Johanna Maria"): the name after it is the thing's."""
    alts = "|".join(re.escape(w) for w in sorted(words("named_thing_words"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})[ \t]+$", re.I)


# a quotation's maker after it: '"Ik rotzooi maar wat an." – Karel Appel' (twenty-sixth round)
_QUOTED_BY = re.compile(r"[\"”“’»][ \t]*\n?[ \t>]*[-–—~][ \t]*$")


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern:
    """A public office after the name, with "als": "Hugo de Jonge wilde als minister ..." (twenty-sixth round), or
    in apposition: "Hugo de Jonge, toen minister voor Volkshuisvesting, zei ..." (twenty-seventh round)."""
    return re.compile(rf"(?:(?:[ \t]+\w+){{0,2}}[ \t]+als[ \t]+|[ \t]*,[ \t]*(?:(?:toen|destijds|nu|inmiddels|"
                      rf"toenmalig|voormalig|de|onze)[ \t]+)?(?:oud-|ex-)?)(?:{_role_alts()})(?![\w-])", re.I)


def _name_key(span: str) -> str:
    """The name without the lower-case words the hit may open with ("van Karel Appel" -> "karel appel")."""
    parts = span.split()
    while parts and parts[0][:1].islower():
        parts.pop(0)
    return " ".join(parts).lower()


def _same_person(key: str, public: set[str]) -> bool:
    """The name is one lifted before, or a part of one that keeps its surname ("Appel" after "Karel Appel"; not a
    first name alone: "Sanne" may be someone else than the writer Sanne Driessen)."""
    words_ = key.split()
    return bool(words_) and any(key == p or set(words_) <= set(p.split()) and words_[-1] == p.split()[-1]
                                for p in public)


@lru_cache(maxsize=1)
def _fictional_re() -> re.Pattern:
    alts = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(_fictional(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


def untitled(text: str, hits: list[Hit]) -> list[Hit]:
    """`identify`'s hits without a name that is part of a well-known character or a title named after one
    (`nlp/data/fictional_names.txt`): "mario kart gespeeld met de bewoners" names a game, not a resident called Mario
    (thirty-sixth round); a hit that reaches beyond the title stays."""
    if not hits:
        return hits
    titles = [m.span() for m in _fictional_re().finditer(text)]
    if not titles:
        return hits
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in titles)]


# a closing greeting near the end and the name under it: "Houdoe,\nHenk", "Groetjes, Noor de Wit"
_SIGNED = re.compile(r"(?<![\w-])(?i:" + _CLOSINGS + r")[ \t]*[,!.:-]?[ \t]*\n?[ \t*_]*"
                     r"(?:[-–—][ \t]*)?([A-Z][a-zà-ÿ]{1,20}(?:[ \t]+[A-Za-z][\w'-]*){0,3})"
                     # the writer's role in brackets after the name: "Gerard Smit (vader van een bewoner)"
                     r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t*_.]*(?=\n|$)")


def signed_name(text: str) -> str | None:
    """The name the writer signs with under a closing greeting near the end of the post, else None."""
    found = None
    for m in _SIGNED.finditer(text, max(0, len(text) - _TAIL)):
        found = m.group(1)
    return found


def unsigned(text: str, hits: list[Hit]) -> list[Hit]:
    """`identify`'s hits without the writer's own signature: a name right after a closing greeting near the end
    (`_greeted`: "Groet, Joris" after a post about the group's outing is the writer, not a resident; thirty-eighth
    round), and a named-with-details hit on a signature line (`writer_signs`) with the details read on that line
    ("*Ingrid Smit, leerplichtambtenaar*": her own role, not a resident's case). Other hits `writer_signs` accepts
    stay: it also accepts a one-line text that opens with a name ("Noor (9, groep 6) ...", a child's details).
    The name signed under a greeting is the writer's wherever the post names it the same way ("Klanten vragen me
    wel 's: Henk, hoe combineer je dat?" above "Houdoe, Henk"; forty-sixth round)."""
    own = signed_name(text)
    if own is not None:
        forms = {own, own.split()[0]}
        hits = [h for h in hits if text[h.start:h.end] not in forms]
    signed = [h for h in hits if (h.label == "named-with-details" and writer_signs(text, h.start, h.end))
              or _greeted(text, h.start)]
    if not signed:
        return hits
    lines = [(text.rfind("\n", 0, h.start) + 1, _line_end(text, h.end)) for h in signed
             if h.label == "named-with-details"]
    return [h for h in hits if h not in signed and not any(a <= h.start and h.end <= b for a, b in lines)]


# what may stand before the writer's name at the post's start: title lines ("# Zeven lessen ..."), blank lines and
# emphasis marks
_POST_HEAD = re.compile(r"(?:[ \t]*#[^\n]*\n|\s|[*_>])*")
_INTRO_END = re.compile(r"[^\n.,!?]{0,60}(?:[.!?*_\n]|$)")


def _introduces(text: str, start: int, end: int) -> bool:
    """The post opens with the name and a role after it: the writer's byline or bio ("*Sanne Driessen, consultant
    bij Limburg ICT Partners.*", "Sanne de Wit 👋 gezinsvoogd in Midden-Brabant")."""
    head = _POST_HEAD.match(text)
    if head is None or head.end() < start:
        return False
    role = _work_res()[2].match(text, end)
    # the line or sentence ends after the role: "Jeroen Smeets, teamleider installaties, gaf de toolbox" is a
    # sentence about him, not a byline
    return role is not None and _INTRO_END.match(text, role.end()) is not None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _greeted(text: str, start: int) -> bool:
    """A name right after a closing greeting near the end of the text ("Groet, Joris"): the writer signing off."""
    return start > len(text) - _TAIL and _SIGN_OFF.search(text, max(0, start - 40), start) is not None


def writer_signs(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is the writer signing: after a greeting near the end, in a byline, alone on the
    last line, or on a signature line with at most a role after it ("*Ingrid Smit, leerplichtambtenaar*")."""
    if _greeted(text, start):
        return True
    line = text[text.rfind("\n", 0, start) + 1:start]
    if _BYLINE.fullmatch(line) or (_LAST_LINE.fullmatch(text, end) and _LINE_START.fullmatch(line)):
        return True
    if _LINE_START.fullmatch(line):   # the last line of the post, a role after the name: "Marloes de Wit, gezinsvoogd"
        rest = _SIGNATURE_REST.match(text, end)
        if rest is not None and rest.end() > end and _LAST_LINE.fullmatch(text, rest.end()):
            return True
    return bool(_LINE_START.fullmatch(line) and _signature(text, start, end))


def _signature(text: str, start: int, end: int) -> bool:
    """The name opens a paragraph (not the post) whose line holds at most a role or a bracketed remark after it,
    and only bracketed remarks or hashtags follow: the writer signing ("*Ruud Smeets, eigenaar Smeets
    Installaties*", "Marcel Vossen" above "(Dit bericht plaats ik op persoonlijke titel)")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or not text[:line_start - 1].rstrip(" \t").endswith("\n"):
        return False
    m = _SIGNATURE_REST.match(text, end)
    return m is not None and _AFTER_SIGNATURE.match(text, m.end()) is not None


@lru_cache(maxsize=1)
def _work_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    roles = sorted({*words("work_roles"), *words("identify_staff_roles")}, key=len, reverse=True)
    alts = "|".join(re.escape(r).replace(r"\ ", r"[ \t]+") for r in roles)
    before = re.compile(rf"(?<![\w&-])(?:{alts})[ \t]*,?[ \t]*$", re.I)
    after = re.compile(rf"(?:[ \t]*,[ \t]*(?:(?:onze|ons|mijn|m'n|de|een|jullie|hun|haar|zijn)[ \t]+)?(?:nieuwe[ \t]+)?"
                       rf"|[ \t]+[-–—][ \t]+|[ \t]*\([ \t]*)(?:{alts})(?![\w&])", re.I)
    # a role after a comma, a dash or an emoji, as in a byline or a bio ("Sanne de Wit 👋 gezinsvoogd")
    intro = re.compile(rf"[ \t]*(?:[,|–—-]|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+)[ \t]*"
                       rf"(?:(?:een|de|mijn|m'n)[ \t]+)?(?:{alts})(?![\w&])", re.I)
    return before, after, intro


def mark_work(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` with every person named in their work relabelled `person-staff` (see the module docstring)."""
    if not hits:
        return hits
    before, after, _ = _work_res()
    out = []
    for h in hits:
        ahead = text[max(0, h.start - 45):h.start]
        first = text[h.start:h.end].split(" ", 1)[0]   # a title in the hit: "[collega Femke Aarts]"
        if before.search(ahead) or before.fullmatch(first + " ") or after.match(text, h.end) or (
                _CALL.search(ahead) and _REACH.match(text, h.end)):
            h = replace(h, label="person-staff")
        out.append(h)
    return out
