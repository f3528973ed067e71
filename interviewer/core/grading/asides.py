"""Statements set aside: what an answer names only to reject, dismiss, suppose or place in
the past, so that it is not held against the candidate as their own claim.

A statement is *rejected* when it stands in a negation's reach, in the clause of a rejecting
phrase ("unlike", "rather than", "instead of") or a relative clause right after it, or after a
dismissing phrase in its sentence ("it is a myth that", "wrong to think", "a common mistake")
that no judgment after it endorses ("people often assume X, and they are right" claims X);
*framed* when it is set inside a condition, a supposition or a harm avoided ("if", "unless",
"suppose", "to avoid") or said of the usual case a "with X" after it changes (frames.py); *said
of the past* after "in the past", "traditionally", "used to". The main claim after "Unlike X,
..." is the candidate's own and is judged.

`Asides` is a part of `clauses.Structure`, which holds the sentence, segment and clause numbers
and the negations' reach these readings use.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property
from operator import itemgetter

from .denial_words import (
    COMPARED_WITH_WORDS,
    DIFFERING_WORDS,
    REJECTING_WORDS,
    dismissing,
    in_the_past,
    opens,
)
from .denied_prevention import prevented
from .frames import framed_before, said_of_the_usual_way
from .judged_false import JUDGED_FALSE_WORDS, judged_false
from .judgments import judged_right_after
from .scoping_frames import (
    SUPPOSING,
    said_before_a_newer,
    said_of_older_systems,
    supposed_away,
)
from .self_corrections import corrected_after
from .statement_judging import Judging, judging_of
from .text import Text
from .thresholds import past_threshold
from .too_to import ruled_out_subject
from .unit_spans import unit_end, unit_start


class Asides:
    """The readings of `Structure` that tell a statement set aside from one held."""

    text: Text
    sentences: list[int]
    segments: list[int]
    clauses: list[int]
    reach: list[int]

    def said_before(self, first: int, marks: frozenset[str]) -> bool:
        """Whether one of `marks` stands before word `first` in its clause."""
        words, clauses = self.text.words, self.clauses
        i = first - 1
        while i >= 0 and clauses[i] == clauses[first]:
            if words[i] in marks:
                return True
            i -= 1
        return False

    def rejected(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is denied or named only to be set aside,
        before it or inside it ("DiT replaces the convolutional U-Net" does not say "DiT is
        convolutional"). A rejecting or differing word at one of the positions is the
        statement's own word, not a phrase that sets it aside: "RLHF replaces pretraining"
        found by a line that says "replaces" states the replacement (lines67)."""
        first, last = min(positions), max(positions)
        if any(self.reach[i] >= 0 for i in range(first, last + 1)):
            return True
        words = self.text.words
        if any(_not_only(words, p) for p in positions):
            return True  # "not only the generator gets the label" says it is not only so
        if any(
            differing and at not in positions
            for at, _, differing in self._openers_from(first + 1, last)
        ):
            # a rejecting or differing phrase inside the statement, not one of its own words:
            # "RLHF replaces pretraining" says its "replaces" (lines67)
            return True
        return self.dismissed(positions)

    def dismissed(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is named only to be set aside ("unlike ...",
        "it is a myth that ...") or taken back ("..., or rather ...": self_corrections.py),
        whatever negations it holds."""
        first = min(positions)
        return self._set_aside(self._sentence_start(first), first) or self.dismissed_otherwise(
            positions
        )

    def dismissed_otherwise(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is dismissed other than by a rejecting phrase
        before it: taken back, judged wrong after it, or after a dismissing phrase ("it is a
        myth that ...") that no judgment after it endorses."""
        first, last = min(positions), max(positions)
        judging = self.judging(first, last)
        start = judging.start
        text = self.text
        words = text.words
        if corrected_after(text.raw, text.spans, words, self.sentences, self.clauses, last) or (
            judging.wrong_after_statement or judging.wrong_after_segment
        ):
            return True  # "Some say X, just like Y, but that is a myth" (veto59)
        return dismissing(
            words[start:first], breaks=self._breaks(start, first)
        ) and not self.endorsed(positions)

    def _sentence_start(self, position: int) -> int:
        """The first word of the sentence of the word at `position`."""
        return unit_start(self.sentences, position)

    def framed(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is set inside a condition, a supposition or
        a harm avoided ("if", "unless", "suppose", "to avoid" before it in its clause: "if you
        need hundreds of examples, fine-tuning is better" does not say that anything needs
        hundreds of examples), or said of the usual case a "with X" after it changes
        ("Normally the forward pass stores every activation. With checkpointing ..."):
        frames.py; or named as the subject a "would be too X" rules out ("a cross-encoder that
        scored the whole corpus would be far too slow"): too_to.py; or said past a threshold
        ("with a large enough batch, decoding is compute-bound"): thresholds.py."""
        first = min(positions)
        text = self.text
        return (
            framed_before(text.words, unit_start(self.clauses, first), first)
            or ("from" in text.word_set and prevented(text.words, self.clauses, self.reach, first))
            or said_of_the_usual_way(text.words, text.stems, self.sentences, first)
            or (
                "too" in text.word_set
                and ruled_out_subject(text.words, text.stems, self.clauses, positions)
            )
            or (
                ("enough" in text.words or "only" in text.words)
                and past_threshold(text.words, self.sentences, self.clauses, positions)
            )
            or (
                not text.word_set.isdisjoint(SUPPOSING)
                and supposed_away(text, self.sentences, first, max(positions))
            )
        )

    def disbelieved(self, positions: list[int]) -> bool:
        """Whether a dismissing phrase ("it is a myth that", "a common mistake is") stands
        before the statement in its segment (_segment_start): a denial there is a double
        negative."""
        first = min(positions)
        start = self._segment_start(first)
        return (
            dismissing(
                self.text.words[start:first], skip="it is not", breaks=self._breaks(start, first)
            )
            and not self.endorsed(positions)
            and not self.judged_false(positions)
        )

    def judged_false(self, positions: Sequence[int]) -> bool:
        """Whether the words at these positions are said plainly in a statement the answer
        judges false ("Some warn that X, but that is a myth"; "it is not true that X"): what
        they say is denied (judged_false.py, veto59)."""
        if JUDGED_FALSE_WORDS.isdisjoint(self.text.word_set):
            return False  # no judgment of a statement can be read (speed67)
        first, last = min(positions), max(positions)
        return judged_false(self.text.words, self.reach, self.judging(first, last), first, last)

    def judging(self, first: int, last: int) -> Judging:
        """What the words around the statement at words first..last say of it: its segment, the
        clause judging it, its first negation (statement_judging.py), read once per statement
        (speed60: `dismissed_otherwise` and `judged_false` read the same clauses)."""
        found = self._judgings.get((first, last))
        if found is None:
            found = self._judgings[first, last] = judging_of(
                self.text.words,
                self.sentences,
                self.clauses,
                self.reach,
                (self._segment_start(first), self.segment_end(last)),
                first,
                last,
            )
        return found

    @cached_property
    def _judgings(self) -> dict[tuple[int, int], Judging]:
        """`judging` of each statement asked for, by its first and last word."""
        return {}

    def endorsed(self, positions: list[int]) -> bool:
        """Whether the statement at these positions is judged right right after it ("People
        often assume X, and they are right": judgments.judged_right_after): a dismissing phrase
        before it then dismisses nothing, and X is the candidate's own claim (veto55); or
        right after the rest of its segment ("People say X, just like Y, and that is true":
        veto59)."""
        words, sentences, clauses = self.text.words, self.sentences, self.clauses
        last = max(positions)
        return judged_right_after(words, sentences, clauses, last) or judged_right_after(
            words, sentences, clauses, self.segment_end(last)
        )

    def segment_end(self, position: int) -> int:
        """The last word of the segment of the word at `position`."""
        return unit_end(self.segments, position)

    def said_of_the_past(self, positions: list[int]) -> bool:
        """Whether a statement at these positions follows, in its segment, a phrase that sets
        it in the past ("in the past", "previously", "traditionally", "used to"): "In the
        past each model was built by hand for one narrow task" says how AI was."""
        first = min(positions)
        start = unit_start(self.segments, first)
        return (
            in_the_past(self.text.words[start:first], breaks=self._breaks(start, first))
            or said_of_older_systems(self.text, self.sentences, self.clauses, first, max(positions))
            or (
                "before" in self.text.word_set
                and said_before_a_newer(self.text, self.sentences, first, max(positions))
            )
        )

    def _segment_start(self, position: int) -> int:
        """The first word of the segment of the word at `position`: a dismissing phrase
        reaches the rest of its sentence up to a semicolon, a contrast ("but", "however") or
        ", and" with a new subject, not past it ("Many assume X, and that is a misconception;
        once the ratio is reached the loss stops going down" says the second claim as the
        candidate's own: gap57's probes56 misses on genai-016, 036, 172)."""
        return unit_start(self.segments, position)

    def _breaks(self, start: int, end: int) -> list[bool]:
        """For each word from `start` up to `end`, whether a new clause starts after it."""
        clauses = self.clauses
        return [clauses[i + 1] != clauses[i] for i in range(start, end)]

    def _set_aside(self, start: int, first: int) -> bool:
        """Whether the word at `first` is in the reach of a rejecting phrase ("unlike",
        "rather than", ...) between `start` and it: the rest of that phrase's clause, and a
        relative clause right after it ("unlike GANs, which need a discriminator", "unlike
        underfitting, where ..."); or in a relative clause right after a differing or
        comparing phrase ("they differ from temperature, which flattens the distribution";
        "compared with prompting, where ..."). The main claim after "Unlike PPO, ..." is the
        candidate's own, and is judged."""
        words, clauses = self.text.words, self.clauses
        for i, rejecting, _ in self._openers_from(start, first):
            if rejecting and clauses[first] == clauses[i]:
                return True
            opening = unit_start(clauses, first)
            if clauses[first] == clauses[i] + 1 and words[opening] in _RELATIVES:
                return True
        return False

    def aside_of(self, first: int) -> range | None:
        """Where the noun stands that a relative clause holding the word at `first` is said
        of, after a rejecting, differing or comparing phrase ("Unlike GANs, where training is
        stable, ...": the words from "unlike" up to the relative clause), or None when the
        word is in no such clause. What the clause says is set aside as the candidate's claim
        about the question's subject (`_set_aside`), and is still a claim about that noun: a
        wrong claim about it is the candidate's (claims/own_claim.py, subjects/attribution.py;
        veto55)."""
        words, clauses = self.text.words, self.clauses
        opening = unit_start(clauses, first)
        if words[opening] not in _RELATIVES or opening == 0:
            return None
        start = unit_start(clauses, opening - 1)
        found = self._openers_from(start, opening)
        return range(found[0][0], opening) if found else None

    @cached_property
    def _openers(self) -> list[tuple[int, bool, bool]]:
        """Every word that opens a rejecting, differing or comparing phrase ("unlike",
        "differs from", "compared with": setting_aside.py), in order: its position, whether a
        rejecting phrase opens there, whether a rejecting or differing one does. Read once per
        answer (speed62: `_set_aside` asked `opens` of the three lists at every word before
        each statement, 21,431 calls over prof.py's 400 answers); most answers hold none."""
        words = self.text.words
        found = []
        for i, word in enumerate(words):
            if word not in _OPENING_WORDS:
                continue
            rejecting = opens(REJECTING_WORDS, words, i)
            differing = rejecting or opens(DIFFERING_WORDS, words, i)
            if differing or opens(COMPARED_WITH_WORDS, words, i):
                found.append((i, rejecting, differing))
        return found

    def _openers_from(self, start: int, end: int) -> list[tuple[int, bool, bool]]:
        """The `_openers` at words `start` up to `end` (not included)."""
        openers = self._openers
        if not openers:
            return openers
        return openers[
            bisect_left(openers, start, key=_POSITION) : bisect_left(openers, end, key=_POSITION)
        ]


_POSITION = itemgetter(0)
_OPENING_WORDS = frozenset((*REJECTING_WORDS, *DIFFERING_WORDS, *COMPARED_WITH_WORDS))
"""The first words of the rejecting, differing and comparing phrases (`Asides._openers`)."""

_RELATIVES = frozenset(("which", "that", "who", "where"))
"""Words opening a relative clause on the noun a rejecting or differing phrase names: "unlike
GANs, which need a discriminator", "unlike underfitting, where the model fails to learn the new
task" (review52; correct_probes54)."""


NOT_ONLY = frozenset(("only", "just", "solely", "merely"))
"""Restricting words that, right after "not", widen what they restrict: "not only X (but also
Y)" says X and more; a claim's "only X" found there is denied, not said (clauses.py does not
read this "not" as a negation, so nothing else in the clause is denied)."""


def _not_only(words: list[str], position: int) -> bool:
    """Whether the word at `position` is the restricting word of "not only", "not just"."""
    return position > 0 and words[position] in NOT_ONLY and words[position - 1] == "not"
