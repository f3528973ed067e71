"""The words that deny a claim ("not", "no", "never", the verbs of removal) and the words that
limit or stress a denial: a degree, a condition, a possibility, a caution, both sides named."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

NEGATIONS = frozenset(
    "not no never nor cannot can't doesn't don't isn't aren't won't wasn't weren't didn't "
    "hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without neither hardly "
    "lacks lack lacking none nothing rarely seldom barely scarcely".split()
)
"""Words that deny what follows them in their clause. A word of frequency or degree near zero
("rarely", "seldom", "barely", "scarcely", as "hardly") denies as "not" does: "models rarely
need GPUs" says what the rubric's "need GPUs" is not, and grades as "do not need GPUs"."""


def has_negation(words: Iterable[str]) -> bool:
    """Whether any of the words is a negation ("not", "no", "doesn't", ...)."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


NEGATIVE_PREFIXES = ("non", "un", "im", "in", "ir", "il", "dis")


def two_sided(words: Sequence[str]) -> bool:
    """Whether a text says a word and its negative-prefixed form ("mutable" and "immutable",
    "deterministic" and "nondeterministic"): its polarity, one "not" or none, says nothing of
    which side an answer takes. Only words of five letters or more after the prefix count."""
    said = set(words)
    return any(
        w.startswith(p) and len(w) - len(p) >= 5 and w[len(p) :] in said
        for w in said
        for p in NEGATIVE_PREFIXES
    )


REMOVALS = frozenset(
    "eliminates eliminate eliminating removes remove removing avoids avoid avoiding skips skip "
    "skipping drops drop dropping bypasses bypass bypassing replaces replace replacing "
    "gets_rid dispenses".split()
)
"""Verbs that, for a negatively phrased concept ("no reward model"), say the same as a "no"."""
REMOVAL_QUANTIFIERS = frozenset(("any", "every"))
"""Words that, right after a removal verb, make it a negation of what follows in its clause:
"it removes any clipping of the probability ratio" denies the clipping (play28 M1 credited
'clipped probability ratio' for it), where "removes the noise step by step" says what is done
to the noise."""
NEED_REMOVERS = REMOVALS | frozenset("obviates obviate obviating".split())
"""Verbs that, before "the need" ("removes the need for a reward model", "obviates the need
for labels"), deny what follows in their clause as "no need for" does."""


def removes_the_need(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a removal verb followed by "the need" ("eliminates the need
    for a critic")."""
    return (
        words[i] in NEED_REMOVERS
        and i + 2 < len(words)
        and words[i + 1] == "the"
        and words[i + 2] in ("need", "needs")
    )


COORDINATORS = frozenset(("or", "nor"))
"""A negation denies each item of a disjunction after it: "needs no value function or
advantage estimates" denies the advantage estimates too, "not because it was more capable or
better at reasoning" the better reasoning (play28 M1)."""
COORDINATED_WORDS = 8
"""The words between a negation and the last item of a disjunction it denies (the items before
it) are at most this many content words."""
LOSS_WORDS = frozenset("loss losses lack absence drop degradation decline".split())
"""Nouns whose "of" complement a negation does not deny: "without loss of quality" keeps the
quality, where "removes any clipping of the probability ratio" says nothing clips the ratio."""
LIGHT_VERBS = frozenset(
    "need needs require requires use uses have has involve involves include includes rely "
    "relies depend depends make makes take takes get gets contain contains learn learns train "
    "trains add adds produce produces see sees look looks care cares suffer suffers experience "
    "experiences exhibit exhibits face faces cause causes".split()
)
"""Verbs that may stand between a negation and what it denies ("does not NEED labels")."""


DEGREE_WORDS = frozenset(
    "too much heavily overly strongly significantly greatly solely entirely purely exclusively "
    "always necessarily".split()
)
"""Words after a negation that make it deny a degree, not the thing: "not too much", "not
always"."""
SUPPOSING = frozenset(("if", "unless"))
"""Words that, before a negation in its clause, make it a condition, not a claim."""


POSSIBILITY_MODALS = frozenset(("may", "might"))
"""Words that, right before "not", make it a possibility, not a denial: "a general model may
not follow instructions well" names the problem fine-tuning solves (wrongD's correct answer on
genai-082 was told it got 'instruction following' wrong and scored 0)."""

CAUTIONS = frozenset("ensure ensures ensuring sure careful watch guard lest".split())
"""Words that, before a negation in its clause, make it a caution ("make sure it does not
forget its general skills", "watch that it does not drift", "be careful it doesn't overfit"):
a risk named to be avoided, not a denial of it (wrongD's correct answer on genai-089 was
flagged as denying 'catastrophic forgetting')."""


BOTH_SIDES = frozenset(
    (("with", "and", "without"), ("with", "or", "without"), ("whether", "or", "not"))
)
"""A negation that names both sides denies nothing: "latency with and without caching",
"whether or not any single example is included"."""


EMPHASIS_WORDS = frozenset(("actually", "truly", "ever", "even", "genuinely", "really"))
"""Adverbs that stress a negation without weakening it: "does not actually need a reward
model" denies the reward model as "does not need" does (a hedge such as "necessarily" or
"always" is a DEGREE_WORD and denies nothing)."""
ANY_COMPARATIVES = frozenset(("more", "less", "better", "worse", "faster", "slower", "longer"))
"""Comparatives after the "any" of "not ... any more X"."""
ANY_MORE_OBJECT = 3
"""At most this many content words (the verb and its object) between a negation and the
"any" of "does not make the output any more random"."""
