"""postcheck's own front-matter keys checked against a schema: keys, types, allowed values.

`check_front_matter(data, marks)` returns the data rules may rely on (a value that does not fit the
schema is left out, so `approval: ja` lifts no approval rule) and the problems, each at the line and
column of its top-level key. The engine turns the problems into `review` findings of the built-in rule
`postcheck.front-matter`: the draft is reported, never refused.

Keys other generators use (title, tags, image, ...) are accepted as they are (`front_matter_site_keys`
word list); an unknown key close to one of postcheck's keys (`chanel`) is reported with "bedoel je".
`channel` and `capacity` values are checked by the engine (they choose the rules, so a wrong one
stays an input error).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from postcheck.nlp.wordlists import word_set

OWN_KEYS = ("channel", "capacity", "author", "page", "approval", "images", "reply_to")
APPROVAL_KEYS = ("by", "ref", "date")
IMAGE_KEYS = ("file", "shows", "consent", "alt", "caption")
SHOWS = ("property", "people", "clients", "logo", "other")
RULE_ID = "postcheck.front-matter"

_APPROVAL_HINT = ("Zet het akkoord zo in je bericht: approval: met daaronder by: (wie), "
                  "en date: (datum) of ref: (kenmerk)")


@dataclass(frozen=True)
class FrontMatterProblem:
    key: str                 # the top-level key the problem is under
    message: str             # Dutch, shown to the writer
    suggestion: str = ""


def check_front_matter(data: dict) -> tuple[dict, list[FrontMatterProblem]]:
    """(data without the values that do not fit, problems)."""
    problems: list[FrontMatterProblem] = []
    clean = dict(data)
    site_keys = word_set("front_matter_site_keys")
    for key in data:
        if not isinstance(key, str):
            continue
        if key in OWN_KEYS or key.lower() in site_keys:
            continue
        close = _close(key, OWN_KEYS)
        if close:
            problems.append(FrontMatterProblem(
                key, f"onbekende sleutel '{key}' bovenaan het bericht: bedoel je '{close}'?",
                f"Schrijf '{close}:' in plaats van '{key}:'"))
    if "approval" in data and not _approval_ok(data["approval"], problems):
        del clean["approval"]
    if "images" in data:
        _check_images(data["images"], problems)
    for key in ("author", "page", "reply_to"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            problems.append(FrontMatterProblem(key, f"'{key}' moet een tekst zijn",
                                               f"Schrijf {key}: gevolgd door de tekst op één regel"))
            del clean[key]
    return clean, problems


def _close(word: str, choices) -> str | None:
    found = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.75)
    return found[0] if found else None


def _approval_ok(value, problems: list[FrontMatterProblem]) -> bool:
    if not isinstance(value, dict):
        problems.append(FrontMatterProblem(
            "approval", f"'approval: {str(value)[:20]}' is geen vastgelegd akkoord: er ontbreekt wie "
            "akkoord gaf (by) en wanneer (date) of het kenmerk (ref)", _APPROVAL_HINT))
        return False
    ok = True
    for key in value:
        if key not in APPROVAL_KEYS:
            close = _close(str(key), APPROVAL_KEYS)
            hint = f"bedoel je '{close}'?" if close else f"gebruik alleen {', '.join(APPROVAL_KEYS)}"
            problems.append(FrontMatterProblem("approval", f"onbekende sleutel '{key}' onder approval: {hint}",
                                               _APPROVAL_HINT))
    by = value.get("by")
    if not isinstance(by, str) or not by.strip():
        problems.append(FrontMatterProblem("approval", "bij approval ontbreekt wie akkoord gaf (by)", _APPROVAL_HINT))
        ok = False
    if not any(isinstance(value.get(k), (str, int)) and str(value.get(k)).strip() for k in ("date", "ref")):
        problems.append(FrontMatterProblem("approval", "bij approval ontbreekt de datum (date) of het kenmerk (ref)",
                                           _APPROVAL_HINT))
        ok = False
    return ok


def _check_images(images, problems: list[FrontMatterProblem]) -> None:
    hint = "Schrijf per foto: - file: naam.jpg, shows: [property|people|clients|logo|other], consent: true/false"
    if not isinstance(images, list):
        problems.append(FrontMatterProblem("images", "'images' moet een lijst van foto's zijn", hint))
        return
    for i, image in enumerate(images, 1):
        if not isinstance(image, dict):
            problems.append(FrontMatterProblem(
                "images", f"foto {i} onder images is geen lijstje met file/shows/consent", hint))
            continue
        for key in image:
            if key not in IMAGE_KEYS:
                close = _close(str(key), IMAGE_KEYS)
                problems.append(FrontMatterProblem(
                    "images", f"foto {i}: onbekende sleutel '{key}'" + (f": bedoel je '{close}'?" if close else ""),
                    hint))
        shows = image.get("shows")
        shows = [shows] if isinstance(shows, str) else shows
        if shows is not None and (not isinstance(shows, list) or any(str(s) not in SHOWS for s in shows)):
            bad = next((str(s) for s in shows if str(s) not in SHOWS), "") if isinstance(shows, list) else str(shows)
            close = _close(bad, SHOWS)
            problems.append(FrontMatterProblem(
                "images", f"foto {i}: shows '{bad[:20]}' kennen we niet" + (f": bedoel je '{close}'?" if close else ""),
                f"Kies uit {', '.join(SHOWS)}"))
        if "consent" in image and not isinstance(image["consent"], bool):
            problems.append(FrontMatterProblem(
                "images", f"foto {i}: consent moet true of false zijn, niet '{str(image['consent'])[:20]}'",
                "Schrijf consent: true als er toestemming is, anders consent: false"))

