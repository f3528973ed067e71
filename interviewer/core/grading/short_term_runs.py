"""Short strings of key terms: "unique not null row identify" claims nothing, yet it has four
words besides its "not", under the bare_runs.BARE_RUN_NO_VERB a verbless run needs, so it scored
61.8 `weak` unflagged against an SQL key in reference mode (refmode39). That limit keeps "lists
mutable tuples not mutable" a terse claim; what tells the two apart is structure, not length:

- a finite verb makes a claim: a verb as `verbs.is_verb` reads one in its place ("key
  identifies rows", "rows identify records"); a bare form after a singular noun at the end
  ("row identify") agrees with no subject and relates nothing;
- a subject and its predicate make one: a noun right before an adjective ("lists mutable",
  "tuples immutable") or an acronym in capitals ("stack LIFO queue FIFO"), or before a
  negation ("tuples not mutable", "key not null": the key is said not to be null);
- a copula or any other function word makes one (no run at all), and so do words that relate
  or compare ("without", "equals", "better"), and an -s word between a singular word and a
  content word, a verb agreeing with its subject ("blue heats water");
- a formula or code ("O(n log n)") is a value stated, no terms.

With an answer key, a pair of words the key writes side by side is read as the key reads it:
an adjective-shaped word that heads the next word there ("cellular respiration") is an
attribute, no predicate of the word before ("mitochondria cellular respiration ATP" is three
terms, not "mitochondria are cellular"), and an acronym after such a term named among others
is one more term ("... cellular respiration ATP"), not what that term is (buzz41).

A negation right before a content word at the start of the run or after an adjective ("unique
not null", "not null unique") is a modifier of nothing, a term as "not null" is in SQL. Runs of
SHORT_RUN_MIN to SHORT_RUN_MAX words besides such negations and "of" are read so; never a
note relating its terms with signs. Used by reference mode only (reference_scoring.grade), where
a teacher's key has no rubric to tell a string of terms from an answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .bare_runs import NOUN_GLUE, TERM_NEGATIONS
from .keywords import KEYWORD_MIN_TERMS
from .term_items import RELATION_SIGNS
from .text import STOP_WORDS, Text
from .verbs import is_verb

SHORT_RUN_MAX = 6
"""The longest run read here; longer ones are bare_runs.bare_run's and degree_runs'."""
SHORT_RUN_MIN = 3
"""The shortest run read here: three terms are a string too ("packets checksum
retransmission" against a key on TCP's reliability had gone unflagged, under the
KEYWORD_MIN_TERMS of four that rubric mode's keyword check asks; ref_keys43), when they are
three (`_three_terms`), not one term of three words."""

_ADJECTIVE_ENDINGS = (
    *"able ible ique ive ous ful less ical ic al ent ant ary ular ile".split(),
    *"ary ory".split(),
)
"""Endings of adjectives: a noun before a word shaped so may be its subject ("lists mutable")."""
_NOT_ADJECTIVES = frozenset(
    "table variable cable label signal interval terminal total material potential "
    "agent client component element event gradient segment statement constraint "
    "key value column row index".split()
)
"""Nouns with an adjective's ending, common in the keys read here."""
_FORMULA_SIGNS = "()[]{}+*/^&=%"
"""Characters of formulas and code: "O(n log n)", "&b[3] bPtr + 3" state a value, no terms."""
_RELATING = frozenset(
    "without within versus vs equals less better worse faster slower longer shorter higher "
    "lower greater smaller larger bigger".split()
)
"""Words that relate or compare terms yet are no function words of text.STOP_WORDS: "closed
path without bulb", "Blue heats water better." are claims."""


def adjective_shaped(word: str) -> bool:
    """Whether a word looks like an adjective by its ending (and is no common noun so shaped)."""
    return (
        len(word) > 3
        and word not in _NOT_ADJECTIVES
        and not word.endswith("s")
        and word.endswith(_ADJECTIVE_ENDINGS)
    )


def _agreeing_verb(word: str, previous: str, following: str) -> bool:
    """Whether a word in -s between a singular word and a content word may be a verb agreeing
    with it ("blue heats water", "56.1 equals average"): read so whatever the verb list holds
    (a run of plural nouns after a singular one is rarer than a terse claim)."""
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and bool(previous)
        and bool(following)
        and previous not in STOP_WORDS
        and not previous.endswith("s")
        and following not in STOP_WORDS
    )


def _acronym_after_word(text: Text, i: int) -> bool:
    """Whether word `i` is written in capitals right after a word that is not: "stack LIFO
    queue FIFO" says what each is, with its copulas left out."""
    start, end = text.spans[i]
    before = text.raw[text.spans[i - 1][0] : text.spans[i - 1][1]]
    written = text.raw[start:end]
    return len(written) > 1 and written.isupper() and not before.isupper()


@cache
def key_pairs(references: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The pairs of words side by side in the key's references ("cellular respiration")."""
    return frozenset(pair for reference in references for pair in _pairs(Text.of(reference).words))


def _pairs(words: Sequence[str]) -> zip[tuple[str, str]]:
    return zip(words, words[1:], strict=False)


def _attributive(words: Sequence[str], i: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether word `i`, shaped like an adjective, heads the next word as the key writes the two
    ("cellular respiration"): an attribute of that term, no predicate of the word before."""
    return i + 1 < len(words) and (words[i], words[i + 1]) in pairs


def _named_term_inside(words: Sequence[str], i: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether word `i` ends a term the key names with its attribute ("cellular respiration"),
    after other terms of the run: one more item of the string, no subject of what follows it
    (a terse claim names its subject first: "primary key unique not null")."""
    return (
        i >= 2
        and adjective_shaped(words[i - 1])
        and (words[i - 1], words[i]) in pairs
        and words[i - 2] not in STOP_WORDS
    )


def short_term_string(text: Text, key: Sequence[str] = ()) -> bool:
    """Whether the text is a run of SHORT_RUN_MIN to SHORT_RUN_MAX content words (besides
    negations that name a term and "of") with no finite verb, no subject-predicate pair and no
    other function word (see the module docstring). `key`: the references of an answer key,
    whose terms of two words ("cellular respiration") are read as terms, not as a subject and
    its predicate."""
    pairs = key_pairs(tuple(key)) if key else frozenset()
    words = text.words
    if not words or any(map(text.raw.__contains__, RELATION_SIGNS + _FORMULA_SIGNS)):
        return False  # a note relating terms with signs, or a formula or code ("O(n log n)")
    counted = 0
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in TERM_NEGATIONS:
            if not following or following in STOP_WORDS:
                return False  # negates nothing named: a function word
            if previous and not adjective_shaped(previous):
                return False  # "tuples not mutable": said of the noun before it
            continue
        if word in NOUN_GLUE:
            if not previous or not following or following in STOP_WORDS:
                return False
            continue
        if word in STOP_WORDS or word in _RELATING:
            return False
        if _agreeing_verb(word, previous, following):
            return False
        if is_verb(word, text.stems[i], previous, following):
            return False
        negated = i > 1 and words[i - 2] in TERM_NEGATIONS  # "not null": a modifier, no subject
        if (
            previous
            and previous not in STOP_WORDS
            and not negated
            and not adjective_shaped(previous)
            and (
                (adjective_shaped(word) and not _attributive(words, i, pairs))
                or (_acronym_after_word(text, i) and not _named_term_inside(words, i - 1, pairs))
            )
        ):
            return False  # "lists mutable", "stack LIFO": a subject and its predicate
        counted += 1
    if counted < KEYWORD_MIN_TERMS:
        return counted >= SHORT_RUN_MIN and _three_terms(text)
    return counted <= SHORT_RUN_MAX


def _three_terms(text: Text) -> bool:
    """Whether a run of three words names three terms, not one of three words: listed with
    commas ("battery, switch, bulb"), or with no "of", no number and no describing word first
    ("packets checksum retransmission"; a noun in -ment describes nothing). One noun phrase
    is an answer, terse: "array of length 1" (Mohler's graders gave it 5 of 5 for the base
    case of a sort), "unique function signatures" (5 of 5); both had been capped at 50 when
    three words were read as a string."""
    if "," in text.raw:
        return True
    words = text.words
    return (
        "of" not in words
        and not any(any(c.isdigit() for c in w) for w in words)
        and not (adjective_shaped(words[0]) and not words[0].endswith("ment"))
    )
