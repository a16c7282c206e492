"""A trained second opinion after the other rules: raise a draft they left lower, or vouch for one they sent to review.

What it checks: after every other rule of the draft has run, the judge (`nlp/judge`, a linear model over
hashed words, word pairs, word pieces, channel, capacity and front-matter keys, trained on the labelled
drafts of the dev set: `benchmarks/train_judge.py`) gives the probabilities of ok, review and block for the
draft as written for this organisation. Where the probability of block reaches `block` and no other finding
blocks, it reports a block finding; else, where review-or-block reaches `review` and nothing else was found,
a review finding. The finding points at the sentence that weighs most for that verdict and carries the category
the model finds likeliest (`{category}` in the message). It raises nothing where the pack lifted a block rule
that would have fired (its `unless` held: a consent stated, an approval recorded): the pack decided that
explicitly. Where a pack sets `lower` and the draft's worst finding is review, the judge may also vouch for it:
at a probability of ok of at least `lower` it turns the review findings into info (shown, with `how` saying so,
but no longer asking for approval), where one rule asks review (two rules that agree outweigh it) and not for a
count or a detected fact (a length limit, a phone number, a name, an image without recorded consent);
it never touches a block finding and never drops a finding. It raises nothing for a fact the detectors read and
cleared (a phone number they reported as business contact data, at info, and no acting finding of that
category), nor for a name or personal data where the text cannot hold one: no word that may be a name, no digit
and no '@' (`nlp/judge/facts.py`: "mijn pleegzoon heeft zijn A-diploma gehaald" names no one). Where a pack
sets `also` and the draft needs review or block (by the other rules or by the judge itself), the judge adds a
review finding for each category it finds at least that likely and no other finding carries (not a count or a
detected fact, which only the detectors can state): the verdict stays what it was, the
reviewer learns what else the draft seems to touch. It raises no image-consent where the front matter lists the
draft's images and none shows people without recorded consent (`shows: [other]`: the front matter states the fact).
Options: org (the organisation the model was trained for: domus, sterkhuis, hartekamp, heemstede), block
(probability of block that raises to block, default 0.8), review (probability of review or block that raises
an ok draft to review, default 0.9), max_chars (the judge raises no draft with more characters of prose, default
2000: it learned long blog posts only as posts that may go out, and read section by section it raised the long
explainers and tips blogs), lower_max_chars (the judge lowers no draft with more characters of prose; default 0:
any length, since what it learned of long posts is that they may go out), min_words (shorter
drafts are left to the other rules, default 20: a one-line post gives the model too few words to go on, and its
test halves held almost none), lower (probability of ok at which the other rules' review findings become info;
default 0: never), also (probability at which a category no other finding carries is added to a draft that
needs review or block; default 0: never).
With `stack: true` (the built-in packs set it since the forty-sixth round) the stacked judge decides instead of the
thresholds block, review and lower (`nlp/judge/stack.py`): one verdict from the other rules' findings and the
judge's probabilities, trained on the held-out halves with the rules of when each was new. Where it is higher than
the rules' verdict the judge raises the draft to it as above; where it is lower and every acting finding is one it
may lower (`stack_lowerable`), those findings come down to it (block to review, review or block to info), `how`
saying so. A short draft, and a long one the rules found nothing in, keep the rules' verdict; so does a draft that
states one of the `hold` cue sets (a name, an image or an approval refused, a consent in doubt: the text says the
policy's condition is unmet, which no bag of words outweighs).
Example: org domus flags "die meneer van de klachtenlijn die steeds zeurt over ons werk moet maar goed oppassen,
we weten heus wel waar zijn auto 's nachts staat" (a veiled threat no cue set describes).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from ..model import Severity
from ..packs.schema import BOOL, INT, NUMBER, TEXT, TEXTS
from .base import NOTHING, Preparation, Problem, option, unknown_cue_set
from .metadata import images_without_consent
from .metadata import approved as _approved

KIND = "judge"
AFTER_OTHERS = True          # check_rules runs this kind last and gives it the other findings (ctx.prior)
ORGS = ("domus", "sterkhuis", "hartekamp", "heemstede")


@dataclass(frozen=True)
class Options:
    org: str = option(TEXT, help="the organisation the model knows", choices=ORGS)
    block: float = option(NUMBER, 0.8, "probability of block that raises the draft to block")
    review: float = option(NUMBER, 0.9, "probability of review or block that raises an ok draft to review")
    max_chars: int = option(INT, 2000, "longer drafts (characters of prose) are left to the other rules")
    lower: float = option(NUMBER, 0.0, "probability of ok at which the other review findings become info (0: never)")
    min_words: int = option(INT, 20, "shorter drafts (words of prose) are left to the other rules")
    also: float = option(NUMBER, 0.0, "probability at which a category no finding carries is added (0: never)")
    keep: list = option(TEXTS, [], "rules (ids without the pack) whose review findings the judge never lowers")
    lower_max_chars: int = option(INT, 0, "longer drafts are not lowered (0: any length; raising keeps max_chars)")
    stack: bool = option(BOOL, False, "the stacked judge decides: the rules' findings and the judge weighed together")
    hold: list = option(TEXTS, [], "cue sets: where the draft states one (a refusal, a doubted consent), the stacked "
                                   "judge lowers nothing")


# categories that state a count or a detected fact the judge cannot weigh (a bag of words cannot tell a business
# number from a private one, nor whose name it is): never lowered
_FACTS = frozenset({"length", "personal-data", "client-name", "person-name"})


def validate(opts: Options, slots) -> list[Problem]:
    for key in ("block", "review"):
        value = getattr(opts, key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.5 <= value <= 1.0:
            return [Problem(key, f"{key} must be a probability between 0.5 and 1", f"write e.g. {key}: 0.9")]
    for key in ("lower", "also"):
        value = getattr(opts, key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not (value == 0 or 0.5 <= value <= 1.0):
            return [Problem(key, f"{key} must be 0 (never) or a probability between 0.5 and 1",
                            f"write e.g. {key}: 0.8")]
    if isinstance(opts.min_words, bool) or not isinstance(opts.min_words, int) or opts.min_words < 0:
        return [Problem("min_words", "min_words must be a whole number, 0 or more", "write e.g. min_words: 20")]
    if isinstance(opts.max_chars, bool) or not isinstance(opts.max_chars, int) or opts.max_chars <= 0:
        return [Problem("max_chars", "max_chars must be a positive whole number", "write e.g. max_chars: 5000")]
    if isinstance(opts.lower_max_chars, bool) or not isinstance(opts.lower_max_chars, int) or opts.lower_max_chars < 0:
        return [Problem("lower_max_chars", "lower_max_chars must be a whole number, 0 (any length) or more",
                        "write e.g. lower_max_chars: 0")]
    unknown = unknown_cue_set("hold", opts.hold, slots)
    return [unknown] if unknown else []


def needs(opts: Options) -> set[str]:
    return {"cues"} if opts.hold else set()


def prepare(rule) -> Preparation:
    """The `hold` sets are matched everywhere (as a condition's sets are)."""
    return Preparation(cue_anchors=frozenset(rule.options.hold)) if rule.options.hold else NOTHING


def check(rule, ctx) -> Iterator:
    acting = [f for f in ctx.prior if not f.suppressed and f.severity.rank >= 1]
    worst = max((f.severity.rank for f in acting), default=0)
    if rule.options.stack:
        target, q = ctx.stacked(rule.options.org, acting)
        if target <= worst and (worst == 0 or not rule.options.also or not _judged(rule, ctx)):
            return
        view = ctx.judgement(rule.options.org)
        raised = (_SEVERITIES[target], target, q[target]) if target > worst else None
    else:
        if not _judged(rule, ctx) or (worst >= 2 and not rule.options.also):
            return
        view = ctx.judgement(rule.options.org)
        raised = _raised(rule, worst, view)
    if raised and view.category in _FACTS and (_cleared(ctx.prior, view.category)
                                               or not ctx.may_state(view.category)):
        raised = None            # the detectors cleared that fact, or the text cannot hold it (nlp/judge/facts)
    if raised and view.category == "approval" and _approved(ctx.front_matter):
        raised = None            # the approval the words ask for is recorded in the front matter
    if raised and view.category == "image-consent" and _images_settled(ctx.front_matter):
        raised = None            # the front matter lists the images: none shows people without recorded consent
    if raised and view.category == "news" and ctx.mentions("inmiddels_openbaar"):
        raised = None            # the text says the news is out already ("mooi stuk in de krant vandaag")
    if not raised and (worst == 0 or not rule.options.also):
        return                   # nothing to raise, no categories to add
    if ctx.lifted_block():       # re-runs the lifted rules' checks: asked once, only when there is something to say
        return
    if raised:
        severity, column, p = raised
        yield _finding(rule, ctx, view.heaviest(column), view.category, severity, f"p={p:.2f}")
    if not rule.options.also or not _judged(rule, ctx):
        return
    have = {c for f in acting for c in (f.category, *f.also)} | ({view.category} if raised else set())
    for category, p in view.categories.items():
        if p >= rule.options.also and category not in have and category not in _FACTS \
                and not (category == "approval" and _approved(ctx.front_matter)):
            yield _finding(rule, ctx, view.heaviest_for(category), category, Severity.REVIEW, f"also: p={p:.2f}")


def _images_settled(fm: dict) -> bool:
    """The front matter lists the draft's images and none shows people or clients without `consent: true` (a hawk
    on the glove, `shows: [other]`; a group photo with consent recorded): the image rules read that fact."""
    images = fm.get("images")
    return isinstance(images, list) and bool(images) and not images_without_consent(fm, ["people", "clients"])


def _cleared(prior: list, category: str) -> bool:
    """A detector found data of this category and reported it as info only (a business number, the
    organisation's own address, an allowed name), and nothing of it acts."""
    same = [f for f in prior if f.category == category and not f.suppressed]
    return bool(same) and all(f.severity.rank == 0 for f in same)


def _raised(rule, worst: int, view) -> tuple[Severity, int, float] | None:
    """(severity, verdict column, probability) where the judge raises the draft, else None."""
    ok, review, block = view.verdicts
    if worst < 2 and block >= rule.options.block:
        return Severity.BLOCK, 2, block
    if worst == 0 and review + block >= rule.options.review:
        return Severity.REVIEW, 1, review + block
    return None


def _finding(rule, ctx, span: tuple[int, int], category: str, severity: Severity, how: str):
    start, end = span
    finding = ctx.finding(rule, start, end, how=how, detector="judge", fmt={"category": category})
    # a whole sentence may hold a name or a number: --redact masks it whatever the category
    return replace(finding, severity=severity, category=category, redact=True)


_SEVERITIES = (Severity.INFO, Severity.REVIEW, Severity.BLOCK)


def _stack_revise(rule, ctx, findings: list) -> list:
    """The stack's verdict is lower than the other rules' worst finding and every acting finding is one it may
    lower (`stack_lowerable`): the findings above that verdict come down to it (block to review, review or block
    to info), each saying so in `how`. Every finding stays in the report."""
    acting = [f for f in findings if not f.suppressed and f.severity.rank >= 1 and f.detector != "judge"]
    worst = max((f.severity.rank for f in acting), default=0)
    if not acting or not all(stack_lowerable(f.category, f.detector, f.rule.rsplit(".", 1)[-1], rule.options.keep)
                             for f in acting):
        return findings
    if any(ctx.mentions(name) for name in rule.options.hold):
        return findings      # the draft says in words that a consent or approval was refused or is in doubt
    target, q = ctx.stacked(rule.options.org, acting)
    if target >= worst:
        return findings
    how = f"lowered by the judge: p({('ok', 'review')[target]})={q[target]:.2f}"
    lowered = {id(f) for f in acting if f.severity.rank > target}
    return [replace(f, severity=_SEVERITIES[target], how=f"{f.how}; {how}" if f.how else how)
            if id(f) in lowered else f for f in findings]


def revise(rule, ctx, findings: list) -> list:
    """With `stack`: see `_stack_revise`. With `lower` set: where the draft's worst finding is review, every review
    finding is of a kind the judge can weigh and its probability of ok reaches `lower`, those findings become info."""
    if rule.options.stack:
        return _stack_revise(rule, ctx, findings)
    if not rule.options.lower:
        return findings
    acting = [f for f in findings if not f.suppressed and f.severity.rank >= 1]
    if not acting or any(f.severity.rank >= 2 or never_lowered(f.category, f.detector, f.rule.rsplit(".", 1)[-1],
                                                                 rule.options.keep) for f in acting):
        return findings
    if len({f.rule for f in acting if f.detector != "judge"}) > 1:
        return findings      # two rules that agree outweigh the judge (it never lowered such a fresh draft)
    if not _judged(rule, ctx, rule.options.lower_max_chars):
        return findings
    p = ctx.judgement(rule.options.org).verdicts[0]
    if p < rule.options.lower:
        return findings
    how = f"lowered by the judge: p(ok)={p:.2f}"
    return [replace(f, severity=Severity.INFO, how=f"{f.how}; {how}" if f.how else how)
            if not f.suppressed and f.severity.rank == 1 else f for f in findings]


def never_lowered(category: str, detector: str, rule_id: str, keep) -> bool:
    """A review finding the judge never lowers: a count or a detected fact (_FACTS), an image of people without
    recorded consent (a fact at a front-matter key: the judge sees no image), or one of a rule the pack `keep`s.
    `benchmarks/train_judge.py` asks the same of the findings it simulates."""
    return category in _FACTS or (detector == "front-matter" and category == "image-consent") or rule_id in keep


# what the stacked judge never lowers: a count or a detected fact a bag of words cannot weigh (a business number
# from a private one, a client's name from another's), a credential, a term of the organisation's own lists, an
# image of people without recorded consent, a rule the pack `keep`s. A person's name it may lower: whether naming
# someone was fine is what the held-out halves taught it (a colleague thanked, a public figure, the writer)
_STACK_FACTS = frozenset({"length", "personal-data", "client-name"})


def stack_lowerable(category: str, detector: str, rule_id: str, keep) -> bool:
    """An acting finding the stacked judge may lower (`benchmarks/train_stack.py` asks the same)."""
    kind = (detector or "").split(":")[0]
    return not (category in _STACK_FACTS or kind in ("secrets", "lexicon")
                or (kind == "front-matter" and category == "image-consent") or rule_id in keep)


def _judged(rule, ctx, max_chars: int | None = None) -> bool:
    """The judge weighs drafts of min_words to max_chars: a shorter post gives it a handful of words (11 of the
    720 drafts of its fresh test halves had fewer than 20), a longer one it learned only as posts that may go
    out. That is why it may vouch for a long one (`lower`, up to lower_max_chars; 0: any length): on the held-out
    halves with the rules of when they were fresh, a long draft that one rule sent to review and the judge finds
    fine was fine 13 times in 15 (benchmarks/README.md, thirty-third round)."""
    text = ctx.norm.text
    limit = rule.options.max_chars if max_chars is None else max_chars
    return (not limit or len(text.strip()) <= limit) and len(text.split()) >= rule.options.min_words
