"""Sentences, clauses and the reach of a negation: where a claim starts and what denies it.

Three nested units, each a number per word of a `Text`:

- a *sentence* ends at `.`, `!`, `?` before a space, at a line break, or at a list bullet;
- a *segment* is a sentence cut at a contrast ("whereas", "but", "unlike", "while", "however",
  "compared with"), at a semicolon, or at ", and" before a new subject ("the", "it"...), so
  that "RLHF trains a reward model, whereas DPO does not" holds two claims about two subjects;
- a *clause* is a segment cut at any other punctuation (`,` `;` `:` brackets and dashes), and
  at a bare "and" between two clauses, each with its subject and verb
  (`joined_clauses.opens_clause`: "... compresses the constants and paged optimizers move ...").

A negation ("not", "no", "never", "without", "n't", "cannot", "neither", "nor", "hardly",
"no longer", "lacks", "fails to", "unable to" (unable_to.py), a removal verb before "any":
"removes any", the "to" of "too slow to": too_to.py) reaches from where it stands to the end
of its clause; "not only", "with or without" and "whether or not" are none, but "not just
another name for" is one (another_name.py). A denied prevention's act is out of the reach:
"fails to stop a token from attending" says that it attends (denied_prevention.py).
What a word's negation denies is read by the `denials.Denials` part of `Structure`; what a
statement is said as (rejected, dismissed, supposed, of the past) by its `asides.Asides` part.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from .another_name import denies_renaming
from .avoidance import AVOIDING, avoids
from .denial_words import (
    ABBREVIATIONS,
    BOTH_SIDES,
    CLAUSE_BREAK_RE,
    CLAUSE_OPENERS,
    CONTRASTS,
    NEED_REMOVERS,
    NEGATIONS,
    NEW_SUBJECT_WORDS,
    REMOVAL_QUANTIFIERS,
    REMOVALS,
    SENTENCE_END_RE,
    has_negation,
    next_word,
    reach_through_list,
    removes_the_need,
)
from .denials import Denials
from .denied_prevention import PREVENTING, cut_denied_preventions
from .effort_verbs import FAILING, fails_to
from .joined_clauses import AND, opens_clause
from .none_object import none_as_object, object_reach_end
from .parallel_gerunds import parallel_gerund
from .text import Text
from .too_to import needed_without, too_to
from .unable_to import UNABLE, unable_to
from .unit_spans import unit_start

_NEGATING_VERBS = NEED_REMOVERS | FAILING | AVOIDING | UNABLE
"""The only words `removes_the_need`, `fails_to`, `unable_to` and `avoids` read as a negation
(each looks at its word first): the other words of a text skip the four calls (speed60:
111,546 calls of about 2.4 M grading 400 answers)."""


@dataclass
class Structure(Denials):
    """The sentence, segment and clause number of every word of a text."""

    text: Text
    sentences: list[int]
    segments: list[int]
    clauses: list[int]
    negators: list[int]
    """Positions of negation words."""
    reach: list[int]
    """For each word, the position of the negation whose reach it is in (-1: none)."""
    _units: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """`units` of each kind asked for, remembered: several steps of grading ask for them."""

    @classmethod
    def of(cls, text: Text) -> Structure:
        raw, words, spans = text.raw, text.words, text.spans
        # the gap before each word; one space, the commonest, breaks nothing: only the words
        # after another gap, or that start a contrast, are looked at one by one
        gaps = [raw[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
        n = len(words)
        new_sentence, new_segment, new_clause = [0] * n, [0] * n, [0] * n
        clause_start = 0
        for i in [
            i
            for i, gap in enumerate(gaps, 1)
            if gap != " " or words[i] in CONTRASTS or words[i] in CLAUSE_OPENERS or words[i] == AND
        ]:
            gap = gaps[i - 1]
            # the previous word numbers a list item ("1." starting a line)
            item_number = words[i - 1].isdigit() and (i == 1 or "\n" in gaps[i - 2])
            if words[i] == AND and not gap.strip() and "\n" not in gap:
                # "... compresses the constants and paged optimizers move the state": a
                # subject and a verb of its own after a clause with its verb
                if opens_clause(words, gaps, i, clause_start):
                    new_clause[i] = 1
            elif gap == " " and words[i] in CLAUSE_OPENERS:
                # "no latency at all because they can be merged": the reason is a claim of
                # its own, out of the negation's reach; "not because ..." denies the reason
                if not has_negation([words[i - 1]]):
                    new_clause[i] = 1
            elif gap == " ":  # a contrast
                new_segment[i] = new_clause[i] = 1
            elif (
                SENTENCE_END_RE.search(gap)
                and not (item_number and "\n" not in gap)
                and not (words[i - 1] in ABBREVIATIONS and "\n" not in gap)
            ):
                new_sentence[i] = new_segment[i] = new_clause[i] = 1
            elif (
                words[i] in CONTRASTS
                or ";" in gap
                or (words[i] == "and" and "," in gap and next_word(words, i) in NEW_SUBJECT_WORDS)
            ):  # ", and the generator ..." or "; the generator ..." starts another claim
                new_segment[i] = new_clause[i] = 1
            elif CLAUSE_BREAK_RE.search(gap):
                new_clause[i] = 1
            if new_clause[i]:
                clause_start = i
        sentences = list(accumulate(new_sentence))
        segments = list(accumulate(new_segment))
        clauses = list(accumulate(new_clause))
        # an ASCII text's words are its own letters: without an apostrophe none ends in "n't"
        apostrophe = "'" in raw or not raw.isascii()
        negators = [
            i
            for i, w in enumerate(words)
            if (
                w in NEGATIONS
                or (apostrophe and w.endswith(("n't", "n’t")))
                or (w in REMOVALS and next_word(words, i) in REMOVAL_QUANTIFIERS)
                or (
                    w in _NEGATING_VERBS
                    and (
                        removes_the_need(words, i)
                        or fails_to(words, i)
                        or unable_to(words, i)
                        or avoids(words, i, i == 0 or sentences[i - 1] != sentences[i])
                    )
                )
                or (w == "to" and too_to(words, i))
            )
            and not (
                w == "not"
                and i + 1 < len(words)
                and words[i + 1] in ("only", "just")
                and not denies_renaming(words, i)
            )
            and not (w == "without" and needed_without(words, clauses, i))
            and not (i >= 2 and (words[i - 2], words[i - 1], w) in BOTH_SIDES)
        ]
        reach = [-1] * len(words)
        for n in negators:
            if none_as_object(words, n):
                # "use none and just learn to predict the noise": only its "of" complement
                for j in range(n, object_reach_end(words, clauses, n)):
                    reach[j] = n
                continue
            j = n + 1
            while j < len(words) and clauses[j] == clauses[n]:
                if parallel_gerund(words, n, j):
                    break  # "a paper that does not exist or inventing a quote"
                reach[j] = n
                j += 1
            reach[n] = n
            reach_through_list(raw, spans, words, segments, clauses, reach, n, j)
        if any(w in PREVENTING for w in words):
            # "fails to stop a token from attending": the act is said (denied_prevention.py)
            cut_denied_preventions(words, clauses, reach)
        return cls(text, sentences, segments, clauses, negators, reach)

    # -- units ------------------------------------------------------------------------------

    def start(self, kind: str, position: int) -> int:
        """The first word of the sentence, segment or clause the word at `position` is in."""
        numbers = {"sentence": self.sentences, "segment": self.segments}.get(kind, self.clauses)
        return unit_start(numbers, position)

    def units(self, kind: str) -> list[tuple[int, int]]:
        """(first, last) word positions of each sentence, segment or clause, in order (one list
        per kind, remembered: not to be changed by the caller)."""
        found = self._units.get(kind)
        if found is None:
            found = self._units[kind] = self._find_units(kind)
        return found

    def _find_units(self, kind: str) -> list[tuple[int, int]]:
        numbers = {"sentence": self.sentences, "segment": self.segments, "clause": self.clauses}[
            kind
        ]
        if not numbers:
            return []
        # a unit starts wherever the number changes from the word before; the numbers never
        # go down, so each unit's end is found by bisection instead of a look at every word
        starts = []
        i = bisect_right(numbers, numbers[0])
        while i < len(numbers):
            starts.append(i)
            i = bisect_right(numbers, numbers[i], i)
        return list(zip([0, *starts], [s - 1 for s in starts] + [len(numbers) - 1], strict=True))
