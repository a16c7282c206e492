"""Person-name detector for Dutch text (names not on any list).

One compiled regex finds *chains*: runs of capitalised words, initials, interfixes
("van der", "'t") and titles ("mevrouw", "dr.") separated by single spaces. Python
then looks at each chain (never at every token of the text) and decides, with the
name lists of the `deduce` package (see `postcheck.nlp.namedata`), which part of it
is a person's name:

* title / form of address + name: "mevrouw Van den Berg", "dhr. Yilmaz", "juf Sanne",
  "Prof. Dr. A.B. de Vries", "dr A"                                     -> strong
* initials + surname: "A. van den Berg", "A.M. v.d. Berg", "J.C. Schoutenbeek" -> strong
* known first name + capitalised word(s): "Anouk Jansen", "Piet Achternaam",
  "Kees van der Berg", "Lieke van 't Hek"                                -> strong
* capitalised word + known surname: "Bruins Slot", "Groot Wassink"      -> strong
* interfix + known surname: "van der Sluis", "de Vries"                 -> strong
* a known first name alone ("Kees"), or a known surname alone ("Wiegmans") -> weak

Never a name on their own: excluded organisation words, place names, months and
weekdays, common and stop words, medical terms, well-known product/company names,
acronyms (all capitals, 2+ letters) outside a title/initials context.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from postcheck.nlp import namedata
from postcheck.nlp.hits import Hit
from postcheck.text import fold as _fold_module
from postcheck.text.fold import fold

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

_LEAD_WORDS = frozenset(
    "van de der den ter ten te von 't v.d. v/d vd vd. la le el heer "
    "dr dr. drs drs. prof prof. ir ir. ing ing. mr mr. mw mw. mevr mevr. dhr dhr. mej mej. ds ds. "
    "mevrouw meneer mijnheer juf juffrouw meester zuster dokter pastoor dominee burgemeester "
    "wethouder collega".split())


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
_ORG_WORDS = frozenset(
    "bouwbedrijf aannemersbedrijf installatiebedrijf schildersbedrijf loodgietersbedrijf bedrijf "
    "garage autobedrijf bakkerij slagerij kapsalon cafe café restaurant hotel firma fa bv nv "
    "stichting vereniging school basisschool college lyceum ziekenhuis kliniek praktijk apotheek "
    "tandartspraktijk huisartsenpraktijk woningcorporatie woonstichting makelaardij makelaar "
    "advocatenkantoor notariskantoor kantoor winkel supermarkt drukkerij uitgeverij studio "
    "sportschool fysiotherapie camping boerderij zorgboerderij hoeve kasteel villa huize "
    "gebroeders gebr".split())
_LOWER_INTERFIXES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "von", "la", "le", "el"))
_ACRONYM_RE = re.compile(rf"[{_UP}]{{1,3}}$")
_ACRONYM_WORD_RE = re.compile(rf"(?<![^ ])[{_UP}]{{1,3}}(?![^ ])")   # a word that `_ACRONYM_RE` takes

_EXTRA_TITLES = frozenset({"juf", "juffrouw", "meester", "heer", "de heer", "zuster", "dokter", "pastoor",
                           "dominee", "burgemeester", "wethouder", "collega", "professor", "doctor",
                           "weledelgeleerde", "hooggeleerde", "weledelzeergeleerde", "mevrouw", "meneer",
                           "mijnheer"})
# titles after which a bare first name is the norm ("juf Sanne"): still a person
_MONTHS_DAYS = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag pasen pinksteren kerst kerstmis "
    "sinterklaas koningsdag".split())
_PRODUCTS = frozenset(
    "google facebook whatsapp twitter instagram linkedin youtube tiktok snapchat microsoft apple "
    "amazon github gitlab mastodon bluesky netflix spotify android iphone ipad windows linux mac "
    "macos chrome firefox safari edge opera wordpress drupal joomla slack teams zoom figma adobe "
    "photoshop javascript typescript python java ruby rust php html css react angular vue svelte "
    "node npm docker kubernetes azure aws openai chatgpt copilot gemini claude meta x threads "
    "vimeo flickr pinterest reddit wikipedia mozilla opera nokia samsung philips shell ikea "
    "albert heijn jumbo lidl aldi bol coolblue marktplaats funda ns prorail kpn ziggo rabobank "
    "ing abn amro sns asn triodos knab bunq tikkie digid mijnoverheid overheid rijksoverheid "
    "gemeente provincie ministerie nederland belgie vlaanderen europa amsterdam rotterdam "
    "fronteers".split())
# capitalised words that start sentences or headings and are also on a name list
_OWN_COMMON = frozenset(
    "daarna vandaag morgen gisteren toen dus maar want echter ook nog wel niet geen alle veel "
    "meer minder eerst later verder tot slot hoe wat wie waar waarom welke deze die dit dat "
    "hier daar dan nu al even zelf samen graag bedankt welkom hallo hoi beste lieve groet "
    "groeten vriendelijke dank nieuw nieuwe oud oude groot grote klein kleine goed goede "
    "mooi mooie lang lange kort korte hoog hoge laag lage heel hele vol volle "
    "wil will kan mag moet zal zou ben bent is was zijn heeft hebben doet doen gaat gaan "
    "komt komen zie zien ziet weet weten vind vindt denk denkt lees lezen kijk kijken "
    "noord oost zuid west centrum midden boven beneden binnen buiten "
    "mark roos rust hart tel vrij kracht voogd onrust semi per elke nadien juni juli mei "
    "april augustus maart rosa iris lelie jasmijn hazel dag nacht zon maan ster storm "
    "winter zomer lente herfst sterk fijn blij prima top super lekker vast kort snel "
    "open data web code team design developer user content api app site blog post "
    "meetup talk workshop keynote sessie event congres conferentie lunch borrel pizza "
    "vereniging stichting bestuur leden lid voorzitter penningmeester secretaris "
    "ik jij je hij zij ze wij we jullie u het de een en of".split())
_ROLE_AFTER = frozenset({"neuroloog", "arts", "huisarts", "directeur", "voorzitter", "wethouder"})


@lru_cache(maxsize=1)
def _fold_sources() -> dict[str, str]:
    """Folded character -> every character that `fold` maps to it (itself included)."""
    table = getattr(_fold_module, "_TABLE", None)
    if table is not None:
        src = "".join(map(chr, table))
    else:   # no table to read: try the Basic Multilingual Plane
        src = "".join(map(chr, range(0x10000)))
    inv: dict[str, str] = {}
    for a, b in zip(src, fold(src)):
        if a != b:
            inv[b] = inv.get(b, "") + a
    return inv


def _exclusion_regex(folded: list[str]) -> re.Pattern[str]:
    """A regex over the *original* text that matches exactly where
    `(?<!\\w)(?:e1|e2|...)(?!\\w)` matches in `fold(text)` (entries folded, in this order).
    `fold` maps character by character and keeps word characters word characters, so
    each folded character becomes the class of characters folding to it; the scan starts
    with one class of all first characters (so it runs at C speed, and `fold(text)` of
    the whole document is not needed)."""
    inv = _fold_sources()

    def chars(c: str) -> str:
        return "".join(sorted(set((c if fold(c) == c else "") + inv.get(c, ""))))

    def cls(c: str) -> str:
        return "[" + "".join(re.escape(x) for x in chars(c)) + "]"

    first = "".join(sorted({x for e in folded for x in chars(e[0])}))
    alts = "|".join(rf"(?<={cls(e[0])})" + "".join(cls(c) for c in e[1:]) for e in folded)
    return re.compile("[" + "".join(re.escape(x) for x in first) + r"](?<!\w[\s\S])(?:" + alts + r")(?!\w)")


class NameDetector:
    """Finds person names; `load()` once, then `find(text)` per document.

    Decisions are remembered per detector (each cache bounded): facts per token text
    (`_info`), hits per token pattern (`_solve`) and per chain text (`_chain_hits`), so a
    name or heading seen before costs a dict lookup. They depend only on the word lists
    and `exclude`, fixed at construction; chains touching an excluded phrase are never
    taken from or put in the chain cache."""

    def __init__(self, first: frozenset[str], sur: frozenset[str], isur: frozenset[str],
                 stop: frozenset[str], places: frozenset[str], medical: frozenset[str],
                 titles: frozenset[str], initials: frozenset[str], exclude: Iterable[str] = ()):
        self.first = first
        self.sur = sur
        self.isur = isur
        self.stop = stop            # lower-case: never a name on its own
        self.places = places
        self.medical = medical
        self.titles = titles
        self.initials = initials
        self._names = first | sur | isur    # a single word is only a name on its own if in here
        ex = sorted({fold(e.strip()) for e in exclude if e and e.strip()}, key=len, reverse=True)
        self.exclude_words = frozenset(w for e in ex for w in e.split())
        # folded word -> never a name on its own (`_blocked`), one set instead of five
        self._block = stop | places | medical | self.exclude_words | _ORG_WORDS
        self._blocked_memo: dict[str, bool] = {}    # word -> _blocked(word); bounded by vocabulary
        self._info_memo: dict[str, tuple] = {}                  # token -> `_info`
        # chain (or (chain, *lead words)) -> `_chain_hits` (`_lead_chain_hits`)
        self._chains: dict[str | tuple, tuple[tuple[int, int, str], ...]] = {}
        self._solved: dict[tuple, tuple[tuple[int, int, str], ...]] = {}   # `_info` pattern -> `_solve`
        self._exclude_re = _exclusion_regex(ex) if ex else None

    @classmethod
    def load(cls, exclude: Iterable[str] = ()) -> "NameDetector":
        stop = (namedata.common_words() | namedata.stop_words() | _MONTHS_DAYS | _PRODUCTS | _OWN_COMMON)
        titles = frozenset(p.rstrip(".") for p in namedata.prefixes()) | _EXTRA_TITLES
        return cls(namedata.first_names(), namedata.surnames(), namedata.interfix_surnames(), stop,
                   namedata.place_names(), namedata.medical_terms(), titles, namedata.initials(),
                   exclude)

    # ------------------------------------------------------------------ helpers
    def _namey(self, w: str) -> bool:
        if "-" not in w:
            return w.rsplit(" ", 1)[-1] in self._names
        parts = [p.rsplit(" ", 1)[-1] for p in w.split("-")]   # "Visser-de Jong" -> Visser, Jong
        return any(p in self.first or p in self.sur or p in self.isur for p in parts)

    def _blocked(self, w: str) -> bool:
        """An ordinary word, place, month, product... (as a standalone capitalised word)."""
        b = self._blocked_memo.get(w)
        if b is None:
            if len(self._blocked_memo) > 100_000:
                self._blocked_memo.clear()
            b = self._blocked_memo[w] = fold(w) in self._block
        return b

    def _single(self, w: str) -> bool:
        """Is a chain that is one plain word (no space, dot or hyphen; no lead word before
        it) a weak name hit? Same decision as `_parse` makes for it: the word is its only
        token, and kind W only if it is not a title, interfix or all capitals."""
        low = w.lower()
        if len(w) < 3 or low in self.titles or low in _LOWER_INTERFIXES or w.isupper():
            return False
        return not self._blocked(w) and (w in self.first or w in self.sur)

    # ------------------------------------------------------------------ main
    def find(self, text: str) -> list[Hit]:
        out: list[Hit] = []
        excluded: list[tuple[int, int]] = []
        if self._exclude_re is not None:
            excluded = [m.span() for m in self._exclude_re.finditer(text)]
            ex_ends = [b for _, b in excluded]
        names = self._names
        memo = self._chains
        for cm in _CHAIN_RE.finditer(text):
            chain = cm[0]
            if cm.lastindex is not None:
                cs = cm.start()
                lead = self._lead(text, cs)
                if lead:
                    ls = lead[0][0]
                    if excluded:
                        i = bisect_right(ex_ends, ls)
                        if i < len(excluded) and excluded[i][0] < cs + len(chain):
                            self._chain(text, cs, chain, lead, out, excluded)
                            continue
                    # lead words are separated by single spaces: the hits, relative to the
                    # first lead word, depend on the words and the chain alone
                    key = (chain, *[w for _, _, w in lead])
                    rel = memo.get(key)
                    if rel is None:
                        rel = self._lead_chain_hits(key, cs - ls, chain, lead, ls)
                    for s, e, strength in rel:
                        out.append(Hit(ls + s, ls + e, "person", "exact", "", strength))
                    continue
            elif chain not in names and " " not in chain and "." not in chain and "-" not in chain:
                # common case: a capitalised ordinary word (sentence start, heading)
                continue
            else:
                cs = cm.start()
            if excluded:
                i = bisect_right(ex_ends, cs)
                if i < len(excluded) and excluded[i][0] < cs + len(chain):
                    self._chain(text, cs, chain, [], out, excluded)
                    continue
            # no lead word, no exclusion: the hits depend on the chain text alone
            rel = memo.get(chain)
            if rel is None:
                rel = self._chain_hits(chain)
            for s, e, strength in rel:
                out.append(Hit(cs + s, cs + e, "person", "exact", "", strength))
        return out

    def _lead_chain_hits(self, key: tuple, cs: int, chain: str, lead: list[tuple[int, int, str]],
                         ls: int) -> tuple[tuple[int, int, str], ...]:
        """Like `_chain_hits`, for a chain `cs` after the start of its lead words."""
        if "." not in chain and all(self._info(w)[0] in "Ii" for _, _, w in lead) and self._nameless(chain):
            # only interfixes in front ("van Utrecht", "de Kerkstraat") of a chain without
            # any name-list word, title, initial or acronym: never a name
            rel: tuple[tuple[int, int, str], ...] = ()
        else:
            found: list[Hit] = []
            self._chain("", cs, chain, [(a - ls, b - ls, w) for a, b, w in lead], found, ())
            rel = tuple((h.start, h.end, h.strength) for h in found)
        if len(self._chains) > 50_000:
            self._chains.clear()
        self._chains[key] = rel
        return rel

    def _chain_hits(self, chain: str) -> tuple[tuple[int, int, str], ...]:
        """Hits (start, end, strength), relative to the chain, in a chain without lead
        words or exclusions; remembered per chain text (bounded)."""
        if " " not in chain and "." not in chain and "-" not in chain:
            # one word on a name list: a weak hit unless it is also an ordinary word
            rel: tuple[tuple[int, int, str], ...] = ((0, len(chain), "weak"),) if self._single(chain) else ()
        elif "." not in chain and self._nameless(chain):
            # no word on a name list, no title, no initials or acronym: never a name
            rel = ()
        elif _PLAIN_CHAIN_RE.fullmatch(chain):
            # capitalised words and single spaces (the tokens, see `_chain`): solve directly
            words = chain.split(" ")
            get, info = self._info_memo.get, self._info
            infos = tuple([get(w) or info(w) for w in words])
            res = self._solved.get(infos)
            if res is None:
                res = self._solve_new(infos, None)
            if res:
                starts = [0]
                for w in words:
                    starts.append(starts[-1] + len(w) + 1)
                rel = tuple((starts[a], starts[b] + len(words[b]), strength) for a, b, strength in res)
            else:
                rel = ()
        else:
            found: list[Hit] = []
            self._chain("", 0, chain, [], found, ())
            rel = tuple((h.start, h.end, h.strength) for h in found)
        if len(self._chains) > 50_000:
            self._chains.clear()
        self._chains[chain] = rel
        return rel

    def _nameless(self, chain: str) -> bool:
        """No word of the chain (also no part of a hyphenated word) is on a name list or a
        title, and none is a short acronym. Without a dot in the chain (initials) and
        without lead words other than interfixes, `_parse` then finds nothing: every hit
        needs a title, initials or a name-list word."""
        names = self._names
        return (names.isdisjoint(chain.split()) and names.isdisjoint(chain.replace("-", " ").split())
                and self.titles.isdisjoint(chain.lower().split()) and not _ACRONYM_WORD_RE.search(chain))

    def _chain(self, text: str, cs: int, chain: str, lead: list[tuple[int, int, str]], out: list[Hit],
               excluded) -> None:
        """Hits in one chain starting at `cs` (with the lead words before it) -> `out`."""
        if not lead and " " not in chain and "." not in chain:
            # one capitalised word, nothing in front that makes it a name
            if "-" in chain:
                if not self._namey(chain):
                    return
            elif chain not in self._names:
                return
        if _PLAIN_CHAIN_RE.fullmatch(chain):
            # capitalised words and single spaces only: `_TOKEN_RE` would give the words
            toks = list(lead)
            for w in chain.split(" "):
                toks.append((cs, cs + len(w), w))
                cs += len(w) + 1
        else:
            toks = lead + [(cs + m.start(), cs + m.end(), m[0]) for m in _TOKEN_RE.finditer(chain)]
        if toks:
            ls, le, lt = toks[-1]
            if lt.endswith(".") and lt.count(".") == 1 and len(lt) > 2 and lt[1:-1].islower():
                toks[-1] = (ls, le - 1, lt[:-1])   # "De Wit." at a sentence end: not an initial
            self._parse(text, toks, out, excluded)

    @staticmethod
    def _lead(text: str, s: int) -> list[tuple[int, int, str]]:
        """Titles/interfixes right before position `s` ("mevrouw ", "van der ", "d'")."""
        lead: list[tuple[int, int, str]] = []
        if s >= 2 and text[s - 1] == "'" and text[s - 2] in "dD" and (s == 2 or not text[s - 3].isalnum()):
            lead.append((s - 2, s, "d'"))
            s -= 2
            if s == 0 or text[s - 1] != " ":
                return lead
        while len(lead) < 4 and s >= 2 and text[s - 1] == " ":
            j = text.rfind(" ", max(0, s - 16), s - 1)
            k = text.rfind("\n", max(0, s - 16), s - 1)
            j = max(j, k)
            if j < 0 and s - 1 > 15:
                break
            w = text[j + 1:s - 1]
            if w.lower() not in _LEAD_WORDS or (lead and w.lower() == lead[0][2].lower()):
                break   # "van van der Sluis": the first "van" is the preposition
            lead.insert(0, (j + 1, s - 1, w))
            s = j + 1
        return lead

    def _info(self, t: str) -> tuple:
        """All that `_solve` needs to know about one token, cached per token text:
        0 kind, 1 blocked, 2 on a name list (`_namey`), 3 known first name and not blocked,
        4 organisation word, 5 shorter than 3, 6 surname (with or without interfix),
        7 first name or surname, 8 hyphenated, 9 has a dot, 10 capitalised and no acronym,
        11 lower case text of an interfix ("" for other kinds).
        Kinds: T title, I interfix, N initials, W capitalised word, X never part of a name;
        two more are settled in `_solve` as they depend on the neighbours: "i" a capitalised
        interfix (X at the end of a chain, else I) and "a" an acronym of 2-3 capitals (N after
        a title or before a capitalised word that is no acronym, else X)."""
        info = self._info_memo.get(t)
        if info is not None:
            return info
        # Fields 1-8 only matter for W tokens, 9 for N, 11 for I: other kinds get False/""
        # there, which also keeps the number of distinct patterns small.
        c0 = t[:1]
        low = t.lower()
        titles = self.titles
        if (low in titles or low.rstrip(".") in titles) and (c0.isupper() or c0 == c0.lower()):
            info = ("T", False, False, False, False, False, False, False, False, False,
                    c0.isupper() and not _ACRONYM_RE.match(t), "")
        elif c0.islower() or t in ("'t", "d'") or low in _LOWER_INTERFIXES:
            info = ("i" if low in _LOWER_INTERFIXES and c0.isupper() else "I", False, False, False, False,
                    False, False, False, False, False, c0.isupper() and not _ACRONYM_RE.match(t), low)
        elif "." in t:
            info = ("N" if _INITS_RE.match(t) else "X", False, False, False, False, False, False, False,
                    False, True, c0.isupper(), "")
        elif _ACRONYM_RE.match(t):
            info = ("N" if len(t) == 1 else "a", False, False, False, False, False, False, False, False,
                    False, False, "")
        elif len(t) > 1 and t.isupper():
            info = ("X", False, False, False, False, False, False, False, False, False, True, "")
        else:
            # a capitalised word (no dot; a space only after a hyphen: "Visser-de Jong")
            folded = fold(t)
            blocked = folded in self._block    # = self._blocked(t)
            first, sur = self.first, self.sur
            if "-" in t:
                namey = self._namey(t)
                first_ok = not blocked and not first.isdisjoint(t.split("-"))
            else:
                namey = t in self._names
                first_ok = not blocked and t in first
            info = ("W", blocked, namey, first_ok, folded in _ORG_WORDS, len(t) < 3,
                    t in self.isur or t in sur, t in first or t in sur, "-" in t, False, True, "")
        if len(self._info_memo) > 100_000:
            self._info_memo.clear()
        self._info_memo[t] = info
        return info

    def _parse(self, text: str, toks: list[tuple[int, int, str]], out: list[Hit],
               excluded: list[tuple[int, int]]) -> None:
        info = self._info
        infos = tuple([info(t) for _, _, t in toks])
        key: tuple = infos
        if excluded:
            xflags = tuple([any(a <= s < b or a < e <= b for a, b in excluded) for s, e, _ in toks])
            if any(xflags):
                key = (infos, xflags)
        res = self._solved.get(key)
        if res is None:
            res = self._solve_new(infos, key[1] if key is not infos else None)
        for a, b, strength in res:
            out.append(Hit(toks[a][0], toks[b][1], "person", "exact", "", strength))

    def _solve_new(self, infos: tuple, xflags: tuple | None) -> tuple[tuple[int, int, str], ...]:
        """`_solve`, remembered (bounded) under the key `_parse` looks up."""
        res = self._solve(infos, xflags)
        if len(self._solved) > 20_000:
            self._solved.clear()
        self._solved[infos if xflags is None else (infos, xflags)] = res
        return res

    def _solve(self, infos: tuple, xflags: tuple | None) -> tuple[tuple[int, int, str], ...]:
        """The hits in a chain of tokens, from the tokens' `_info` alone (so the answer is
        cached per pattern): (first token, last token, strength) for each."""
        n = len(infos)
        kinds: list[str] = []
        for i in range(n):
            k = infos[i][0]
            if k == "i":
                k = "X" if i == n - 1 else "I"
            elif k == "a":
                if kinds and kinds[-1] == "T":
                    k = "N"
                elif i + 1 < n:
                    k = "N" if infos[i + 1][10] else "X"
                else:
                    k = "X"
            if xflags and xflags[i]:
                k = "X"
            kinds.append(k)
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < n:
            if kinds[i] == "W" and infos[i][4]:
                # "Bouwbedrijf Lemmen", "Stichting De Brug": a company, not a person
                i += 1
                while i < n and kinds[i] in "WI":
                    i += 1
                continue
            j = i
            while j < n and kinds[j] == "T":
                j += 1
            titles = j - i
            k = j
            while k < n and kinds[k] == "N":
                k += 1
            inits = k - j
            # name body: W and I tokens; stop at the first blocked word (unless it is a
            # name-list word following name context) or any other kind
            m = k
            body_words = 0
            while m < n and kinds[m] in "WI":
                if kinds[m] == "W":
                    inf = infos[m]
                    if inf[1] or inf[5]:
                        context = titles or inits or body_words or (m > k and kinds[m - 1] == "I")
                        if not (context and inf[2]):
                            break
                    body_words += 1
                m += 1
            while m > k and kinds[m - 1] == "I":   # trailing interfix is not part of a name
                m -= 1
            hit = self._decide(infos, kinds, i, j, k, m, titles, inits)
            if hit is not None:
                out.append(hit)
                i = max(m, i + 1)
            else:
                i = max(i + 1, k if (titles or inits) and m == k else i + 1)
        return tuple(out)

    @staticmethod
    def _decide(infos, kinds, i, j, k, m, titles, inits) -> tuple[int, int, str] | None:
        if titles:
            if "W" in kinds[k:m]:
                return (i, m - 1, "strong")
            if inits:
                return (i, k - 1, "strong")
            return None
        words = [x for x in range(k, m) if kinds[x] == "W"]
        if not words:
            return None
        has_interfix = "I" in kinds[k:m]
        if inits:
            if infos[k - 1][9] or has_interfix or infos[words[-1]][2]:
                return (j, m - 1, "strong")
            return None
        # no title, no initials
        start_idx = k
        for x in words:
            if infos[x][3]:
                if x != words[0]:
                    # "Daarna Piet Jansen": start at the first known first name
                    start_idx = x
                    words = [y for y in words if y >= x]
                break
        if len(words) >= 2:
            if infos[words[0]][3] or any(infos[x][2] for x in words[1:]) or \
                    (infos[words[0]][2] and has_interfix):
                return (start_idx, m - 1, "strong")
            return None
        x = words[0]
        if kinds[start_idx] == "I":
            if infos[x][6]:
                lead = " ".join(infos[y][11] for y in range(k, m) if kinds[y] == "I")
                if lead in ("van", "uit", "in", "te", "de") and infos[x][1]:
                    return None   # "van Utrecht", "te Kessel": a place, not a name
                return (start_idx, m - 1, "strong")
            return None
        if infos[x][1]:
            return None
        if infos[x][8] and infos[x][2]:
            return (x, x, "weak")
        if infos[x][7]:
            return (x, x, "weak")
        return None
