"""Statements framed, not claimed: a statement set inside a condition, a supposition or a
purpose is not the candidate's claim, and a negation there denies nothing.

- a *condition* or *supposition*: "if", "unless", "as long as", "in case", "suppose",
  "supposing", "assuming", "imagine" before the statement in its clause ("if the vocabulary is
  too small, words are split into many tokens" does not say the vocabulary is too small; the
  main clause after the comma is claimed: "if you raise the temperature, outputs become more
  deterministic" says the outputs become more deterministic);
- a *harm avoided*: "to avoid", "to prevent", "so as not to", "in order not to", "lest",
  "avoiding", "preventing" before it in its clause ("labelled data is used to avoid unsafe
  outputs"); for a negation, also a bare "so" after a safeguard noun (a maximum, a limit, a
  cap, a budget, a timeout: "the harness enforces a maximum number of steps, so a loop does
  not run forever"; a bare ", so" or "so that" is a consequence far more often than a
  purpose: "..., so without fine-tuning an LLM can't be adapted" is a wrong claim of its own,
  flags49);
- the *usual case* a later "with X" changes: a sentence opening with "normally", "ordinarily"
  or "by default", followed by "with X" (opening the next sentence, or right after "but",
  "whereas" or "while" later in the sentence), where X is a word of letters, not a pronoun,
  whose stem the sentence did not hold before: "Normally the forward pass stores every
  activation. With checkpointing ..." says how training goes without checkpointing (cp50-009).

A contrast ("unlike X", "instead of X", "rather than X") is read by `Asides.rejected`; a
caution ("make sure it does not forget") by `Denials`. Found one case at a time: safeguards
on correct_probes49 cp49-038 (genai-141), the usual case on correct_probes50 cp50-009
(genai-049); made one reading at stop 42 (claims52), where the listed wrong claims had read no
condition at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from .denial_words import by_first_word, opens
from .denied_prevention import failed_purpose
from .text.function_words import CONTRASTING
from .unit_spans import unit_start

CONDITIONS = (
    "if",
    "unless",
    "as long as",
    "in case",
    "suppose",
    "supposing",
    "assuming",
    "imagine",
)
"""Phrases that open a condition or a supposition: what follows them in their clause is
supposed, not claimed."""
AVOIDING = (
    "to avoid",
    "to prevent",
    "so as not to",
    "in order not to",
    "lest",
    "avoiding",
    "preventing",
)
"""Phrases that open a harm to be avoided: what follows them in their clause is named as a
risk, not claimed."""
SAFEGUARDS = frozenset(
    "maximum maximums limit limits cap caps budget budgets timeout timeouts".split()
)
"""Nouns of a bound set on something: a denial after ", so" in their sentence names the harm
they prevent."""
USUAL_OPENERS = (("normally",), ("ordinarily",), ("by", "default"))
"""Words that, opening a sentence, set it in the usual way of things."""
_PRONOUNS = frozenset("it this that them these those they its such one".split())
_NOT_PURPOSE_SO = frozenset(("far", "much", "many", "called"))


_FRAMING = by_first_word(CONDITIONS + AVOIDING)


def framed_before(words: list[str], start: int, first: int) -> bool:
    """Whether a condition, a supposition or a harm avoided (CONDITIONS, AVOIDING) opens
    between word `start` (its clause's first) and word `first`; not a "to prevent" or "to
    avoid" after a failure ("fails to prevent": denied_prevention.failed_purpose)."""
    return any(
        opens(_FRAMING, words, i) and not failed_purpose(words, i) for i in range(start, first)
    )


def purpose_of_negation(
    words: list[str], sentences: Sequence[int], reach: Sequence[int], start: int, n: int
) -> bool:
    """Whether the negation at `n`, in the clause starting at `start`, stands in a purpose: a
    condition or harm avoided before it (`framed_before`), or a clause opening with a bare "so"
    after a safeguard noun outside any negation's reach in its sentence. Not "so that": "so
    that the backward pass never has to recompute anything" (wrong_claims_probes44) and "so
    that you don't need tools, routers or memory" (train-blind w48b-031) are claims."""
    if framed_before(words, start, n):
        return True
    return _after_a_safeguard(words, sentences, reach, start)


def _after_a_safeguard(
    words: Sequence[str], sentences: Sequence[int], reach: Sequence[int], start: int
) -> bool:
    """Whether the clause starting at word `start` opens with "so" (not "so far", "so much")
    and a safeguard noun outside any negation's reach stands before it in its sentence."""
    if words[start] != "so" or start == 0 or start + 1 >= len(words):
        return False
    if words[start + 1] in _NOT_PURPOSE_SO:
        return False
    i = start - 1
    while i >= 0 and sentences[i] == sentences[start]:
        if words[i] in SAFEGUARDS and reach[i] < 0:
            return True
        i -= 1
    return False


def said_of_the_usual_way(
    words: Sequence[str], stems: Sequence[str], sentences: Sequence[int], first: int
) -> bool:
    """Whether the statement starting at word `first` is said of the usual case that a "with
    X" after it changes (module docstring)."""
    start = unit_start(sentences, first)
    if not any(tuple(words[start : start + len(o)]) == o for o in USUAL_OPENERS):
        return False
    i = first + 1
    while i < len(words) and sentences[i] == sentences[first]:
        if words[i] == "with" and words[i - 1] in CONTRASTING:
            return _changed_by(words, stems, start, i)
        i += 1
    return i < len(words) and words[i] == "with" and _changed_by(words, stems, start, i)


def _changed_by(words: Sequence[str], stems: Sequence[str], start: int, at: int) -> bool:
    """Whether the "with" at `at` names a thing (a word of letters, no pronoun) that the words
    from `start` up to the "with" do not name."""
    if at + 1 >= len(words):
        return False
    named = words[at + 1]
    return named.isalpha() and named not in _PRONOUNS and stems[at + 1] not in stems[start:at]
