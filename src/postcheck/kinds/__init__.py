"""The rule kinds: one module per kind, registered in KINDS under the module's own `KIND` name.

Each module has a docstring with the sections *What it checks*, *Options* and
*Example*, an `Options` dataclass (the YAML keys), `validate(opts, slots)`
returning problems, `needs(opts)` naming the detectors it reads,
`prepare(rule)` returning what it needs built into the pipeline (its own
slots, token patterns, regexes), and `check(rule, ctx)` yielding findings.
Adding a kind: write the module and add it to `MODULES`.
"""
from . import cues, detect, judge, length, metadata, pattern, regex, require, terms

MODULES = (terms, detect, pattern, regex, require, metadata, length, cues, judge)

KINDS = {module.KIND: module for module in MODULES}
