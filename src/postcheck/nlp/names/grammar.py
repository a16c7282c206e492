"""Which tokens of a chain form a person's name: decided from the tokens' facts alone
(`TokenInfo`), so the answer can be remembered per pattern of facts."""
from __future__ import annotations

from postcheck.nlp.names.tokens import TokenInfo

_ARTICLES = frozenset(("de", "het", "'t", "den", "in", "aan", "op", "bij"))


def solve(infos: tuple[TokenInfo, ...], xflags: tuple[bool, ...] | None) -> tuple[tuple[int, int, str], ...]:
    """The hits in a chain of tokens, from the tokens' `_info` alone (so the answer is
    cached per pattern): (first token, last token, strength) for each."""
    n = len(infos)
    kinds = _kinds(infos, xflags)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        if kinds[i] == "W" and infos[i].org:
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
        m = _body_end(infos, kinds, k, titles, inits)
        hit = decide(infos, kinds, i, j, k, m, titles, inits)
        org = next((x for x in range(k, min(m + 1, n)) if kinds[x] == "W" and infos[x].org), None) \
            if hit is not None and not titles else None
        if org is not None:
            # "Vossen Installatietechniek", "Smeets Installaties": the name of a firm, not a person; a person
            # before it stays ("[Piet Janssen] van Janssen Dakwerken")
            q = org
            while q > k and kinds[q - 1] == "W":
                q -= 1
            hit = decide(infos, kinds, i, j, k, q - 1, titles, inits) if q - 1 > k and kinds[q - 1] == "I" else None
            if hit is not None:
                out.append(hit)
            i = org + 1
            continue
        if hit is not None:
            out.append(hit)
            i = max(m, i + 1)
        else:
            i = max(i + 1, k if (titles or inits) and m == k else i + 1)
    return tuple(out)


def _kinds(infos: tuple[TokenInfo, ...], xflags: tuple[bool, ...] | None) -> list[str]:
    """Each token's kind, with "i" (capitalised interfix) and "a" (acronym) settled by their
    neighbours and excluded tokens made X."""
    n = len(infos)
    kinds: list[str] = []
    for i in range(n):
        k = infos[i].kind
        if k == "i":
            k = "X" if i == n - 1 else "I"
        elif k == "a":
            if kinds and kinds[-1] == "T":
                k = "N"
            elif i + 1 < n:
                k = "N" if infos[i + 1].capital else "X"
            else:
                k = "X"
        if xflags and xflags[i]:
            k = "X"
        kinds.append(k)
    return kinds


def _body_end(infos: tuple[TokenInfo, ...], kinds: list[str], k: int, titles: int, inits: int) -> int:
    """End of the name body that starts at token `k`."""
    n = len(infos)
    # name body: W and I tokens; stop at the first blocked word (unless it is a
    # name-list word following name context) or any other kind
    m = k
    body_words = 0
    while m < n and kinds[m] in "WI":
        if kinds[m] == "W":
            inf = infos[m]
            if inf.blocked or inf.short:
                context = titles or inits or body_words or (m > k and kinds[m - 1] == "I")
                if not (context and inf.namey):
                    break
            body_words += 1
        m += 1
    while m > k and kinds[m - 1] == "I":   # trailing interfix is not part of a name
        m -= 1
    return m


def decide(infos: tuple[TokenInfo, ...], kinds: list[str], i: int, j: int, k: int, m: int,
           titles: int, inits: int) -> tuple[int, int, str] | None:
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
        if infos[k - 1].dot or has_interfix or infos[words[-1]].namey:
            return (j, m - 1, "strong")
        return None
    return _decide_plain(infos, kinds, k, m, words, has_interfix)


def _decide_plain(infos: tuple[TokenInfo, ...], kinds: list[str], k: int, m: int, words: list[int],
                  has_interfix: bool) -> tuple[int, int, str] | None:
    """No title, no initials: a known first name, name-list words, or interfix + surname."""
    start_idx = k
    for x in words:
        if infos[x].first_ok:
            if x != words[0]:
                # "Daarna Piet Jansen": start at the first known first name
                start_idx = x
                words = [y for y in words if y >= x]
            break
    if len(words) >= 2:
        # an unknown first word before a surname that is also an ordinary word is a title-cased phrase,
        # not a name: "certificaat Traumasensitief Werken", "cursus Oplossingsgericht Werken"
        # a surname that is also an ordinary word before an article and a word on no name list is a verb or noun
        # before a named thing, not a name: "Bel de Kindertelefoon", "Zie de Bijlage" ("Bakker de Groot" stays)
        if infos[words[0]].first_ok or any(infos[x].namey and not infos[x].word for x in words[1:]) or \
                (infos[words[0]].namey and any(infos[x].namey for x in words[1:])) or \
                (infos[words[0]].namey and has_interfix and not infos[words[0]].word):
            return (start_idx, m - 1, "strong")
        return None
    x = words[0]
    if kinds[start_idx] == "I":
        if infos[x].surname:
            lead = " ".join(infos[y].interfix for y in range(k, m) if kinds[y] == "I")
            if lead in ("van", "uit", "in", "te", "de") and infos[x].blocked:
                return None   # "van Utrecht", "te Kessel": a place, not a name
            # an article and one surname, no first name, title or initials ("aan de Beekhof", "in het Hof",
            # "De Kemp en Donderberg"): a place, building or event as often as a person; "van de Kamp" stays
            return (start_idx, m - 1, "weak" if lead.split()[0] in _ARTICLES else "strong")
        return None
    if infos[x].blocked:
        return None
    if infos[x].hyphen and infos[x].namey:
        return (x, x, "weak")
    if infos[x].listed:
        return (x, x, "weak")
    return None
