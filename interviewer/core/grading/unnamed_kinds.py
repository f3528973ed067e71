"""An inability said of a kind the question never names denies none of its concepts (neg64).

"A classifier is unable to create new content; it only assigns labels" (genai-001, What is
Generative AI?) says what a classifier cannot do, to set generative AI apart from it: the
concept 'creates new content' is not denied, though its alias stands in the reach of "unable
to" (review62 found it flagged, 27.6 -> 0.0, and "cannot" the same way at 3.46).

The rule: a match read denied is passed over (neither denied nor credited) when

- the negation is an inability (limited_subjects.says_inability: "unable", "cannot", "can't",
  "couldn't", "not" after "can"/"could" or before "able"); and
- in the negation's clause, before it, the last content word (the head of the clause's
  subject: "a CLASSIFIER is unable", "older rule-based SYSTEMS cannot"), with no pronoun
  between it and the negation ("its test set is private IT cannot be contaminated": the
  subject is "it"), is a word of letters
  whose stem is in none of the question's words: not the prompt's (`asked`), not in any name,
  alias or description of the question's concepts, nor in a listed wrong claim before its first
  "is" or "are" ("PRETRAINING requires labelled data" names pretraining; "generative AI is a
  CLASSIFIER" names the classifier as what the subject is not, so it counts as unnamed). The
  question has no word for that kind: what is denied is said of something it is not about.

What stays denied: the question's own subject or any kind its rubric names ("Generative AI is
unable to create new content", "GANs are unable to create new content": GANs are an alias of
the question; "attackers are unable to override the instructions" where the prompt-injection
rubric names attackers), a pronoun ("it is unable to create new content": no content word), a
negation that is no inability ("a classifier does not create new content" is read as before),
and a clause whose last word before the negation is no word of letters.
"""

from __future__ import annotations

from collections.abc import Sequence

from .findings import PreparedConcept
from .limited_subjects import says_inability
from .matching import Answer
from .text import STOP_WORDS, cached_stem


def _question_stems(concepts: Sequence[PreparedConcept], asked: frozenset[str] | None) -> set[str]:
    """The stems of the words the question says its answer with: its prompt's (`asked`), its
    concepts' names, aliases and descriptions, and its listed wrong claims up to their first
    "is" or "are" (`_before_a_copula`)."""
    stems = set(asked or ())
    for prepared in concepts:
        for phrase in prepared.phrases:
            stems.update(s for _, s, _ in phrase.tokens)
        for phrase in (*prepared.contradicts, *prepared.reversed):
            stems.update(_before_a_copula(phrase.text))
        stems.update(prepared.meaning_stems)
        concept = prepared.concept
        for text in (concept.name, concept.description or ""):
            stems.update(cached_stem(w.strip(".,;:!?()'\"").lower()) for w in text.split())
    return stems


COPULAS = frozenset(("is", "are"))
PRONOUNS = frozenset("it they this these that those which who he she we you one".split())
"""Words standing for a subject said before: between the head and the negation, the subject
is the pronoun, not the word before it."""


def _before_a_copula(text: str) -> list[str]:
    """The stems of a listed wrong claim's words up to its first "is" or "are": "generative AI
    is a CLASSIFIER" names the classifier as what its subject is not, "PRETRAINING requires
    labelled data" names pretraining as its subject."""
    stems: list[str] = []
    for word in text.lower().split():
        word = word.strip(".,;:!?()'\"")
        if word in COPULAS:
            break
        stems.append(cached_stem(word))
    return stems


def unnamed_kind_unable(
    answer: Answer,
    positions: Sequence[int],
    concepts: Sequence[PreparedConcept],
    asked: frozenset[str] | None,
) -> bool:
    """Whether the denied match at `positions` is an inability said of a kind the question
    never names (module docstring)."""
    structure = answer.structure
    first = positions[0]
    n = structure.reach[first]
    if n <= 0 or n > first:
        return False
    words = answer.text.words
    if not says_inability(words, n):
        return False
    clause = structure.clauses[n]
    i = n - 1
    while i >= 0 and structure.clauses[i] == clause and words[i] in STOP_WORDS:
        if words[i] in PRONOUNS:
            return False  # "since its test set is private IT cannot be contaminated"
        i -= 1
    if i < 0 or structure.clauses[i] != clause or not words[i].isalpha():
        return False
    return answer.text.stems[i] not in _question_stems(concepts, asked)
