"""The rule kinds: one module per kind, registered in KINDS (a plain dict, easy to grep).

Each module has a docstring with the sections *What it checks*, *Options* and
*Example*, an `Options` dataclass (the YAML keys), `validate(opts, slots)`
returning problems, `needs(opts)` naming the detectors it reads, and
`check(rule, ctx)` yielding findings.
"""
from . import cues, detect, length, metadata, pattern, regex, require, terms

KINDS = {
    "terms": terms,
    "detect": detect,
    "pattern": pattern,
    "regex": regex,
    "require": require,
    "metadata": metadata,
    "length": length,
    "cues": cues,
}
