"""Key terms derived from a reference answer that has no rubric: what an interviewer would tick.

Reference mode (an imported bank, the user's own answer key) has no concept list, so the grade
shows, as "detected / not detected", terms taken from the reference answer. A term is:

- a word of the reference that names something: not a function word (text.STOP_WORDS and
  scikit-learn's ENGLISH_STOP_WORDS, less the few of its words that name things: "system",
  "call", "empty"), not an everyday word of explanation (generic_words.txt: "helps", "per",
  "example", "slightly"), not a bare number, not the question's own word, nor a word of what
  the question's acronym stands for ("Global Interpreter Lock" asked about the GIL), not a
  direction word ("higher", "less": reversals.py checks those as claims), nor a word the
  reference denies ("so they are not recomputed"), nor a verb of its sentence ("it checks
  that", "rows matching a condition": verbs.acts_in_key), nor alone a general noun
  (PHRASE_WORDS: "condition", "data", "calls"), nor a verb's particle (PARTICLE_ADVERBS:
  "rolled back", "ahead of time"), which may only open a phrase ("back pointers");
- kept whole when written as one: a compound joined by a hyphen or a slash ("B-tree",
  "I/O-bound") or a Big-O expression ("O(log n)");
- named with the word next to it when the reference writes them as a phrase ("reference
  counting", "cache hit", "version number"): two such words or compounds with only a space
  between them, neither an adverb nor, first, a plural or a verb's -s form ("stores copies").

Terms are ranked by (1 + ln count) x their rarest word's IDF in the bank, times MARKED for a
word the reference writes as a name (an acronym, a capital inside a sentence, letters with
digits, a compound): on a small imported bank the IDF alone cannot tell "helps" from "GIL".

words.py   which words may name a thing: `generic_stems`, the word lists, `name_like`
units.py   the reference's words as units, and the two-unit phrases it writes
orders.py  orders named as what goes in and what comes out (`in_out_terms`: "last in, first out")
derive.py  the terms ranked and named: `derive_key_terms`, `compounds_as_one`
"""

from .derive import DERIVED_TERMS_MAX, MARKED, compounds_as_one, derive_key_terms
from .orders import ORDER_WORDS, in_out_terms
from .words import NAMING_DIRECTIONS, generic_stems

__all__ = [
    "DERIVED_TERMS_MAX",
    "MARKED",
    "NAMING_DIRECTIONS",
    "ORDER_WORDS",
    "compounds_as_one",
    "derive_key_terms",
    "generic_stems",
    "in_out_terms",
]
