"""The name detector's regexes and word lists: chains of capitalised words, initials,
interfixes and titles; the words that are never a name on their own."""
from __future__ import annotations

import re
from postcheck.nlp.wordlists import word_set

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_W = rf"[{_UP}][{_LO}{_UP}0-9']*"                       # a capitalised word
_CAPWORD = rf"{_W}(?:-(?:(?:de|van|ter|den|der|van der|van den|te)[ ])?{_W})*"
_INITS = rf"(?:[{_UP}][{_LO}]{{0,2}}\.[ ]?)*[{_UP}][{_LO}]{{0,2}}\."   # A. / A.B. / J. Th. / Chr.
# Alternatives grouped by first character (same order within a group): the regex engine
# tries alternatives one by one, so this halves the cost of the chain scan.
_INTERFIX = (r"(?:[Vv](?:an(?:[ ](?:de|den|der|het|'t|t))?|on|\.[ ]?[Dd]\.|/[Dd]|[Dd]\.?)|v\."
             r"|[Dd](?:e(?:[ ]la)?|er|en|el)|d(?:i|a|u|os)|[Ll][ae]|[Tt](?:e|en|er)|'t"
             r"|(?:in|op|uit|aan|bij)[ ](?:de|den|het|'t)|zur|[Ee]l)")
# Titles in the order they are tried, grouped by first letter like `_INTERFIX`:
#   (dr|drs|prof|ir|ing|mr|mw|mevr|dhr|mej|ds|bc|dra|kand|lec|bacc|dr.h.c).? | mevrouw | meneer
#   | mijnheer | juf | juffrouw | meester | de heer | heer | zuster | dokter | pastoor | dominee
#   | burgemeester | wethouder | collega | de weledelgeleerde | de hooggeleerde | de weledelzeergeleerde
_TITLE = (r"(?i:d(?:r\.?|rs\.?|hr\.?|s\.?|ra\.?|r\.h\.c\.?|e[ ]heer|okter|ominee|e[ ]weledelgeleerde"
          r"|e[ ]hooggeleerde|e[ ]weledelzeergeleerde)"
          r"|p(?:rof\.?|astoor)|i(?:r\.?|ng\.?)|m(?:r\.?|w\.?|evr\.?|ej\.?|evrouw|eneer|ijnheer|eester)"
          r"|b(?:c\.?|acc\.?|urgemeester)|kand\.?|lec\.?|juf|juffrouw|heer|zuster|wethouder|collega)")
_LOWER_LEAD = rf"(?:{_TITLE}|{_INTERFIX})"

_LEAD_WORDS = word_set("lead_words")


def _lead_marker() -> str:
    """Lookbehinds (one per word length: they must be fixed-width) that hold right after
    the first capital of a chain when a word of `_LEAD_WORDS` (any case) and one space
    come before it; the word starts the text or follows a space or newline. This is the
    condition for `NameDetector._lead` to find anything, so Python only looks back for
    chains that set the group. (A cheap "space before" check comes first in the regex.)"""
    by_len: dict[int, list[str]] = {}
    for w in sorted(_LEAD_WORDS):
        by_len.setdefault(len(w), []).append(re.escape(w))
    return "|".join(rf"(?<=(?<![^ \n])(?i:{'|'.join(ws)})[ ].)" for _, ws in sorted(by_len.items()))


# Chains start at a capital (a charset prefix keeps the regex scan at C speed); the
# "no word character before" check comes after the first character for the same reason.
# Lower-case titles and interfixes in front of a chain are found by looking back; group 1
# takes part in the match only when there may be such a word (see `_lead_marker`).
_CHAIN_RE = re.compile(
    rf"[{_UP}](?<![\w.'/@#-][{_UP}])(?:(?<=[ ].)({_lead_marker()})|)"
    rf"(?:(?<=[{_UP}])[{_LO}]{{0,2}}\.(?:[ ]?[{_UP}][{_LO}]{{0,2}}\.)*"
    rf"|[{_LO}{_UP}0-9']*(?:-(?:(?:de|van|ter|den|der|van der|van den|te)[ ])?{_W})*)"
    rf"(?:(?:[ ]|(?<=\.))(?:{_INTERFIX}(?:[ ]|(?<=\.)|(?<=')))*(?:{_INITS}|{_CAPWORD}))*"
)
_TOKEN_RE = re.compile(
    rf"{_INTERFIX}(?=[ ]|(?<=')|(?<=\.))|{_TITLE}(?=[ ]|(?<=\.))|{_INITS}|d'|{_CAPWORD}"
)
# Words of one capital and lower-case letters, single spaces: no interfix, title or initials
# token can span more or less than one of these words
_PLAIN_CHAIN_RE = re.compile(rf"[{_UP}][{_LO}]+(?:[ ][{_UP}][{_LO}]+)+")
_INITS_RE = re.compile(rf"(?:[{_UP}][{_LO}]{{0,2}}\.[ ]?)+$")
_ORG_WORDS = word_set("organisation_words")
# endings of organisation words ("Installatietechniek", "Dakwerken", "Bouw"), longest first
_ORG_SUFFIXES = tuple(sorted(word_set("organisation_suffixes"), key=len, reverse=True))
_LOWER_INTERFIXES = word_set("lower_interfixes")
_ACRONYM_RE = re.compile(rf"[{_UP}]{{1,3}}$")
_ACRONYM_WORD_RE = re.compile(rf"(?<![^ ])[{_UP}]{{1,3}}(?![^ ])")   # a word that `_ACRONYM_RE` takes

_EXTRA_TITLES = word_set("extra_titles")
# titles after which a bare first name is the norm ("juf Sanne"): still a person
_MONTHS_DAYS = word_set("months") | word_set("weekdays") | word_set("holidays")
_PRODUCTS = word_set("products")
# capitalised words that start sentences or headings and are also on a name list
_OWN_COMMON = word_set("own_common_words")
