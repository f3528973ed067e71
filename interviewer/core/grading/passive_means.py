"""A passive verb of means between a pronoun and what it is said to do: "It is pretrained by
masking random words" says "it masks random words" (pron66, appos65's note).

The rule exactly: the words between a subject pronoun and the first word of a claim's rest are
a passive of means when they are, in order, at most one adverb-like word (one of ADVERBS, or any
word that is no function word, no "-ing" form and no denial: "mainly", "usually"), a form of "be"
("is", "are", "was", "were"), at most one more such word ("mainly", "usually"), a past participle
(a word in "-ed" or "-en", one of verbs.PARTICIPLES or of IRREGULAR: "pretrained",
"trained", "built"), and
"by"; and the rest's first word is a verb in "-ing" right after "by" ("masking"). The "-ing"
verb after "by" is then read as the pronoun's own verb: what it stands for is said to do it.
The pronoun's other readings (which subject, negation, the claim's own words) are the caller's.

In: "It is pretrained by masking random words" (rest "masks random words" of 'GPT masks random
words'), "They are trained by predicting masked words", "It is mainly learned by updating the
weights". Out: "It is not trained by masking words", "It is never trained by masking" (a denial
stands between: the caller's negation reading), "It is trained on text, masking words" (no
"by"), "It is compared by people masking words" (the word after "by" is no "-ing" verb: the
agent), "It is trained by masked language modelling" ("masked" is no "-ing" verb), "It has been
trained by masking" (two auxiliaries: "has been" is not read; a wider gap is a guess).
"""

from __future__ import annotations

from .matching import Answer
from .text import STOP_WORDS
from .text.function_words import FINITE_BE
from .verbs import PARTICIPLES

ADVERBS = frozenset("also then only simply just first".split())
"""Function words that may stand as the adverb before or after "be" ("it is also trained by")."""
DENIALS = frozenset("not never no hardly".split())
"""Words that deny the verb: never read as an adverb here."""
IRREGULAR = frozenset("built done made run taught learnt fed kept set held bought".split())
"""Past participles of no regular ending that verbs.PARTICIPLES leaves out."""


def passive_means(answer: Answer, pronoun: int, first: int) -> bool:
    """Whether the words strictly between the pronoun at `pronoun` and the claim's first word
    at `first` are a passive of means ("is pretrained by"), and the word at `first` is an
    "-ing" verb after it (module docstring)."""
    words = answer.text.words
    between = words[pronoun + 1 : first]
    if not (3 <= len(between) <= 5) or between[-1] != "by" or not words[first].endswith("ing"):
        return False
    participle = between[-2]
    if not (participle.endswith(("ed", "en")) or participle in PARTICIPLES | IRREGULAR):
        return False
    head = between[:-2]
    be = [i for i, word in enumerate(head) if word in FINITE_BE]
    if len(be) != 1 or be[0] > 1 or len(head) - be[0] - 1 > 1:
        return False
    return all(_adverb_like(word) for i, word in enumerate(head) if i != be[0])


def _adverb_like(word: str) -> bool:
    """Whether a word between the pronoun and its verb may be an adverb ("also", "mainly"):
    one of ADVERBS, or no function word, no "-ing" form and no denial."""
    if word in DENIALS or word.endswith(("ing", "n't")):
        return False
    return word in ADVERBS or word not in STOP_WORDS
