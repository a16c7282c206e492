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

Modules: `patterns` (regexes, word lists), `chains` (lead words, exclusions),
`tokens` (`TokenInfo` per token), `grammar` (which tokens form a name),
`detector` (`NameDetector`).
"""
from __future__ import annotations

from postcheck.nlp.names.detector import NameDetector
from postcheck.nlp.names.tokens import TokenInfo

__all__ = ["NameDetector", "TokenInfo"]
