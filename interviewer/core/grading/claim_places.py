"""Every place an answer says a claim: a listed wrong claim (a rubric `contradicts` line or a
misconception) is read at each sentence that holds it, each place under its own frame, denial
and scope, and is the answer's own claim if any place states it (pron67; frame66's "Noticed").

The finders (matching.match_statement, match_phrase) give one place of a claim: the best one,
and on a tie the first. Where that place is set aside ("Early diffusion models were limited to
images", said of older systems; "In the past, ...", "Without X, ... could", "It is a myth
that ...", a denial), the claim was not looked for anywhere else, so "Early diffusion models
were limited to images. Today diffusion models are limited to images." was not flagged.

The rule exactly: when the place found first of a claim of two words or more is not stated
(its caller's own tests) because a time or scope frame sets it aside (said of the past or of
older systems, "Before X,", a condition or counterfactual: `set_aside_by_a_frame`), and it is
neither rejected nor negated there (the lead's mend of review67's finding: "Do not train for
many more epochs. Training for many more epochs lets the model memorise the data." denies the
claim and then gives the reason, whose subject repeats it), the claim is looked
for again in each other sentence of the answer that holds every one of its words (by stem or
typo, as the finder reads them), in the answer's order, with the same finder held to that
sentence (`within`), and each place found there is put to the same tests. The first that
passes is the finding; its evidence is that place's words. Nothing else changes: a claim whose
first place is stated is found there as before, and an answer that says the claim in one
sentence reads exactly as before. A claim of one word (a negative line such as "cannot be
gamed", read as "gamed" in a denial's reach) is not read again: its "place" is any mention of
the word, and a correct answer that says "the policy can exploit its flaws ... with no reward
model to exploit" was flagged for "cannot be exploited" (the one false flag of false_flags.py
this reading first made, 1/804).

In: "Early diffusion models were limited to images. Today diffusion models are limited to
images." (the second sentence states it), "In the past, GPT read text in both directions. GPT
still reads text in both directions." Out: "Early diffusion models were limited to images.
Today diffusion models are not limited to images." (the second place is denied), "In the past,
diffusion models were limited to images, and older diffusion models were slow." (one place),
two places in one sentence ("Early diffusion models were limited to images, and today diffusion
models are limited to images": the sentence of the first place is not read again; a known
limit)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .matching import Answer, Match, Phrase


def set_aside_by_a_frame(answer: Answer, positions: list[int]) -> bool:
    """Whether the place of a claim at `positions` is set aside by a time or scope frame (said
    of the past or of older systems, after "Before X,", under a condition or a counterfactual:
    `Asides.said_of_the_past`, `Asides.framed`) and neither rejected nor negated there: only
    such a place lets the claim be looked for again (review67: "Do not train for many more
    epochs. Training for many more epochs lets the model memorise the data." was flagged at
    its second place, the subject of the reason the answer gives)."""
    structure = answer.structure
    if structure.rejected(positions) or any(structure.negative_context(p) for p in positions):
        return False
    return structure.said_of_the_past(positions) or structure.framed(positions)


def other_places(
    phrase: Phrase, answer: Answer, first: Match, find: Callable[[int], Match | None]
) -> Iterator[Match]:
    """The places of `phrase` in the sentences other than the one of `first` (the place the
    finder gave), in order: `find(sentence)` is the same finder held to that sentence."""
    if len(phrase.tokens) < 2:
        return  # one word: any mention is a place (module docstring)
    if not set_aside_by_a_frame(answer, list(first.positions)):
        return  # denied or rejected there: the answer said what it thinks of the claim
    sentences = answer.structure.sentences
    seen = sentences[first.positions[0]]
    holding: set[int] | None = None
    for word, word_stem, fuzzy in phrase.tokens:
        found = {sentences[p] for p in answer.find(word, word_stem, fuzzy)[0]}
        found.discard(seen)
        holding = found if holding is None else holding & found
        if not holding:
            return
    for sentence in sorted(holding or ()):
        match = find(sentence)
        if match is not None:
            yield match
