"""What "it", "they" or "this" opening a clause stands for: the words, and the test every
reading of them shares (`opening_pronoun`).

The grader reads such a pronoun three ways, each for its own purpose; they share this module's
words and its opening test, with the words that may come before the pronoun and the pronouns
themselves as explicit parameters:

- pronoun_claims.antecedent (a wrong claim said through a pronoun): the previous clause's
  subject noun phrase, all of it, and only when that clause is the one right before ("..., and
  it", ". It", ": it", "; it", after a connective opener of pronoun_claims.CONNECTIVES: "So it",
  "Because of that it", "As a result, it"), the noun phrase stands before its verb and agrees in
  number; a pronoun there takes what it stands for (a chain); a sentence's pronoun whose previous
  sentence's last clause has no subject takes that sentence's one agreeing subject; otherwise None.
  "GPT stands for ..., and it is an encoder-only transformer" -> "gpt"; "BERT reads both ways,
  GPT reads left to right, and it predicts the next word" -> "gpt"; "In 2018, BERT came out and
  it ..." -> None; "GPT and BERT are transformers, and they ..." -> None (two things); "LoRA
  freezes the weights. It trains two matrices, and it ..." -> "lora" (pron57). Since pron66 it
  also reads a pronoun after a fronted "-ing" phrase ("Instead of scoring answers, it"), right
  after "because" ("GPT is fast because it is small" -> "gpt"), and "this model" as "it".
- subject_sides.referents (what a side of a contrast or a direction is said of): the stem of the
  first content word of its sentence's first clause that has a subject, else the previous
  sentence's; no agreement, no noun phrase. "BERT reads both ways, GPT reads left to right, and
  it predicts ..." -> "bert"; "GPT and BERT are transformers, and they ..." -> "gpt";
  "Optimistic locking takes no lock: it checks ..." -> "optimistic" (antecedent, since
  relations50: "optimistic lock").
- subjects/antecedents.Antecedents._antecedent (which subject of the question's contrast a
  statement is said of, to judge a swap): one of the question's subjects, the one named before
  the pronoun in its sentence, else in the latest sentence before that names one, set-aside
  names, objects of a comparison and names in a contrast clause left out, a sentence that opens
  with a pronoun read through it; None when two could be meant. "BERT reads both ways, GPT reads
  left to right, and it predicts ..." -> None; "BERT is an encoder. This means ..." -> BERT
  ("this" is one of its pronouns, REFERRING; the other two read "it" and "they" only).

They are kept three on purpose: they answer three questions (the words a claim opens with, a
side's subject stem, one of the question's subjects) with three degrees of caution, a wrong
claim or a swap never read on a guess. tidy47 measured the first two made one: referents
calling antecedent first moved 1 grade of 6,211 (a swapped BERT/GPT answer no longer caught),
and antecedent kept only where referents agrees lost 42 of the 106 pronouns it resolves in
the devset, the fresh set and the two banks. tests/grading/test_pronouns.py holds the examples
above, read by all three; test_pronoun_connectives.py those of pron57 (connective, chain)."""

from __future__ import annotations

from collections.abc import Sequence, Set

SUBJECT_PRONOUNS = frozenset("it they".split())
"""Pronouns that stand for a subject named before: read by pronoun_claims and subject_sides."""
REFERRING = SUBJECT_PRONOUNS | frozenset("this these its their".split())
"""... and the words that refer back as a subject's determiner or a whole clause's subject
("This means ...", "its outputs"): read by subjects/antecedents, which asks whether a statement
is said of something named before, not what noun phrase or stem it is."""


def opening_pronoun(
    words: Sequence[str],
    start: int,
    end: int,
    openers: Set[str],
    pronouns: Set[str] = SUBJECT_PRONOUNS,
) -> int | None:
    """The position of the pronoun (one of `pronouns`) that opens the words from `start` to
    before `end`, after any words of `openers` ("and it", "so they"); None when the first
    other word is no such pronoun or none stands before `end`."""
    i = start
    while i < end and words[i] in openers:
        i += 1
    return i if i < end and words[i] in pronouns else None
