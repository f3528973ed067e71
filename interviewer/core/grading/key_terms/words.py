"""Which words of a reference may name a thing: the function and everyday words never key
terms (`generic_stems`, generic_words.txt), the word lists the units and phrases are read by, and
whether the reference writes a word as a name (`name_like`)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem, phrase_spans

_GRADING = __name__.rsplit(".", 2)[0]
"""The package generic_words.txt is shipped in (interviewer.core.grading)."""


NAMING_STOP_WORDS = frozenset(
    "back bill bottom call empty fill fire front full interest name next system thick thin "
    "top".split()
)
"""scikit-learn's stop words that name things in some field ("system", "next token", "tool
call", "empty stack", "top-k"): left to the bank's IDF."""
NAMING_DIRECTIONS = frozenset(
    cached_stem(w) for w in "encoder decoder overfitting underfitting deterministic random".split()
)
"""Direction words (text.DIRECTION_WORDS) that name things; the others ("higher", "less",
"faster", "before") say how much or which way, and are checked as claims (reversals.py)."""
NOT_ADVERBS = frozenset("anomaly assembly family supply monopoly poly reply".split())
"""Words ending in -ly that are nouns."""
FOLLOW_A_NOUN = frozenset(
    "about after against and are as at because become before between but by can could during "
    "for from get grow in into is may might must need of on or over remain seem should stay "
    "than that through to under was were when where which while who whose will with within "
    "without would".split()
)
"""Words that follow a plural noun ("health checks and"); a word ending in -s followed by
another word (or "the", "a", "every") is read as a verb ("turns noise", "returns every")."""
MORE_FUNCTION_WORDS = frozenset(
    "accordingly alongside amid beneath concerning despite excluding lest maybe nonetheless "
    "notwithstanding oneself shall somewhat till underneath unless unlike unto versus vs "
    "whichever whilst yes".split()
)
"""Function words neither stop word list holds ("unless materialized" named "unless"; "Yes."
opening a SciEntsBank reference, "labels such as yes or no")."""
PARTICLE_ADVERBS = frozenset("ahead apart aside away back forth".split())
"""Adverbs that say where or which way after a verb ("rolled back", "push back", "ahead of
time", "a distance away", "back and forth"): never a term alone ("you missed 'back'" tells
nothing), and only the first half of a phrase ("back pointers"), never the second ("error
back" from "feeds the error back to"). Found among the one-word terms derived from 542
references (the genai bank, Mohler 1-8, SemEval-2013 train, the team's keys): "back" twice,
both particles, "ahead" once."""
PARTITIVES = frozenset(
    "amount bunch collection couple group handful kind lot number part piece plenty portion "
    "range series set sort type variety".split()
)
"""Words that, before "of", say how much or what kind of the word after it ("a set of
columns"): the term is what follows, not them."""
PHRASE_WORDS = frozenset(
    cached_stem(w)
    for w in "action call condition data day element entry function information item level "
    "month number operation step time type value version week year".split()
)
"""General nouns that name a thing only with the word beside them ("version number", "data
structure", "tool call", "race condition", "at a time"): never a key term alone ("you missed
'condition'" is advice no one can use), but either half of a two-word term."""
EXPLANATION_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "at the cost of",
        "at the expense of",
        "by means of",
        "by way of",
        "for the sake of",
        "in addition to",
        "in case of",
        "in favor of",
        "in favour of",
        "in place of",
        "in spite of",
        "in terms of",
        "on behalf of",
        "as a result of",
    )
)
"""Phrases that explain how one thing bears on another ("at the cost of slower writes", "by
means of a hash"): their noun ("cost", "means", "place") names nothing there, though it may
elsewhere ("the cost function", "in-place sort"), so it is no key term inside them (a key
ending "at the cost of slower writes" had told a strong answer it missed 'cost')."""
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "able", "ible", "ful", "less")
"""Endings of a word that describes the word after it ("referential integrity"): a phrase
that stops at it is cut."""
_SENTENCE_END = frozenset(".!?:;\n")


@cache
def generic_stems() -> frozenset[str]:
    """Stems of the words that are never key terms (read once): generic_words.txt and
    scikit-learn's stop words (english_stop_words.txt: read without importing scikit-learn),
    less NAMING_STOP_WORDS."""
    words = [f for w in _words_of("generic_words.txt") for f in _inflections(w)]
    forms = words + [w for w in _words_of("english_stop_words.txt") if w not in NAMING_STOP_WORDS]
    forms += MORE_FUNCTION_WORDS
    directions = frozenset(DIRECTION_WORDS) - NAMING_DIRECTIONS
    return frozenset(cached_stem(w) for w in forms) | STOP_WORDS | directions


def _words_of(name: str) -> list[str]:
    """The words of one of the grading package's word lists (lines starting "#" left out)."""
    text = resources.files(_GRADING).joinpath(name).read_text("utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


def _inflections(word: str) -> tuple[str, ...]:
    """The word with its regular -s, -ed and -ing forms ("make", "makes", "maked", "making";
    "apply", "applies", "applied"): the stemmer does not bring all of them to one stem."""
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return (word, word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    base = word[:-1] if word.endswith("e") and len(word) > 3 else word
    return (word, word + "s", base + "ed", base + "ing")


def name_like(ref: Text, index: int) -> bool:
    """Whether the reference writes the word as a name: an acronym or a capital inside the
    word ("SQL", "CPython"), letters with digits ("fp16"), or a capital inside a sentence."""
    start, end = ref.spans[index]
    written = ref.raw[start:end]
    if any(c.isupper() for c in written[1:]):
        return True
    if any(c.isdigit() for c in written) and any(c.isalpha() for c in written):
        return True
    if not written[:1].isupper():
        return False
    before = ref.raw[:start].rstrip(" \t*_\"'(`-•")
    return bool(before) and before[-1] not in _SENTENCE_END


def in_explanation_phrase(words: list[str]) -> frozenset[int]:
    """The positions of the words (lower case, as Text reads them) inside one of
    EXPLANATION_PHRASES."""
    return frozenset(i for span in phrase_spans(words, EXPLANATION_PHRASES) for i in span)
