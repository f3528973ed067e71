"""Sentences, clauses and the reach of a negation: where a claim starts and what denies it.

Three nested units, each a number per word of a `Text`:

- a *sentence* ends at `.`, `!`, `?` before a space, at a line break, or at a list bullet;
- a *segment* is a sentence cut at a contrast ("whereas", "but", "unlike", "while", "however",
  "compared with"), at a semicolon, or at ", and" before a new subject ("the", "it"...), so
  that "RLHF trains a reward model, whereas DPO does not" holds two claims about two subjects;
- a *clause* is a segment cut at any other punctuation (`,` `;` `:` brackets and dashes).

A negation ("not", "no", "never", "without", "n't", "cannot", "neither", "nor", "hardly",
"no longer", "lacks") reaches from where it stands to the end of its clause; "not only",
"with or without" and "whether or not" are none. A word is *denied*
when a negation governs it directly: only function words or a light verb stand between them
("does not need a reward model", "no labels", "without human feedback"), or when what follows
it in its clause denies it ("a reward model is not needed", "deduplication is usually skipped",
"vector stores are unnecessary"). A statement is
*rejected* when it stands in a negation's reach, in the clause of a rejecting phrase ("unlike",
"rather than", "instead of") or a relative clause right after it, or after a dismissing phrase
in its sentence ("it is a myth that", "wrong to think", "a common mistake"), so that a
misconception named in order to dismiss it is not held against the candidate; the main claim
after "Unlike X, ..." is the candidate's own and is judged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from .text import STOP_WORDS, Text

NEGATIONS = frozenset(
    "not no never nor cannot can't doesn't don't isn't aren't won't wasn't weren't didn't "
    "hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without neither hardly "
    "lacks lack lacking none nothing".split()
)
"""Words that deny what follows them in their clause."""


def has_negation(words: Iterable[str]) -> bool:
    """Whether any of the words is a negation ("not", "no", "doesn't", ...)."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


NEGATIVE_PREFIXES = ("non", "un", "im", "in", "ir", "il", "dis")


def two_sided(words: Sequence[str]) -> bool:
    """Whether a text says a word and its negative-prefixed form ("mutable" and "immutable",
    "deterministic" and "nondeterministic"): its polarity, one "not" or none, says nothing of
    which side an answer takes. Only words of five letters or more after the prefix count."""
    said = set(words)
    return any(
        w.startswith(p) and len(w) - len(p) >= 5 and w[len(p) :] in said
        for w in said
        for p in NEGATIVE_PREFIXES
    )


REMOVALS = frozenset(
    "eliminates eliminate eliminating removes remove removing avoids avoid avoiding skips skip "
    "skipping drops drop dropping bypasses bypass bypassing replaces replace replacing "
    "gets_rid dispenses".split()
)
"""Verbs that, for a negatively phrased concept ("no reward model"), say the same as a "no"."""
LIGHT_VERBS = frozenset(
    "need needs require requires use uses have has involve involves include includes rely "
    "relies depend depends make makes take takes get gets contain contains learn learns train "
    "trains add adds produce produces see sees look looks care cares suffer suffers experience "
    "experiences exhibit exhibits face faces cause causes".split()
)
"""Verbs that may stand between a negation and what it denies ("does not NEED labels")."""
CONTRASTS = frozenset("but whereas while although though however unlike compared versus vs".split())
"""Words that start a new segment: the claim after them is about something else."""
REJECTING = (
    "unlike",
    "rather than",
    "instead of",
    "as opposed to",
    "contrary to",
    "replaces",
    "replacing",
    "replaced",
)
"""Phrases after which, in the same sentence, a statement is named only to be set aside."""


def _by_first_word(phrases: Iterable[str]) -> dict[str, list[list[str]]]:
    """The phrases as word lists, by their first word."""
    result: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        result.setdefault(phrase.split()[0], []).append(phrase.split())
    return result


_REJECTING_WORDS = _by_first_word(REJECTING)
DISMISSING = (
    "myth",
    "misconception",
    "wrong to",
    "mistake",
    "mistaken",
    "often assumed",
    "commonly assumed",
    "people sometimes think",
    "people often think",
    "people believe",
    "misleading to",
    "not true",
    "false that",
    "incorrect to",
    "people think",
    "people assume",
    "it is not",
)
"""Phrases before which, in the same sentence, a statement is named only to be dismissed."""
_DISMISSING_NOUNS = frozenset(("myth", "misconception", "mistake"))
"""Of DISMISSING, the nouns that dismiss only as the claim's frame: followed by one of
_FRAMING or by the claim itself ("a common mistake is to ...", "it is a myth that ..."), not
"a single sequence can't correct its own mistakes"."""
_FRAMING = frozenset("that is to was are".split())


def dismissing(words: Sequence[str], skip: str = "", breaks: Sequence[bool] = ()) -> bool:
    """Whether the words before a statement, in its sentence, hold a DISMISSING phrase (other
    than `skip`), as whole words; `breaks` tells, for each word, whether a new clause starts
    after it ("A common misconception: ...")."""
    joined = " " + " ".join(words) + " "
    for phrase in DISMISSING:
        if phrase == skip or f" {phrase} " not in joined:
            continue
        if phrase not in _DISMISSING_NOUNS:
            return True
        for i, word in enumerate(words):
            if word == phrase and (
                i + 1 == len(words) or words[i + 1] in _FRAMING or (i < len(breaks) and breaks[i])
            ):
                return True
    return False


_COPULAS = frozenset("is are was were be been being".split())
_NEEDED = frozenset("needed required necessary used involved essential".split())
"""After "is not", the words that deny what comes before ("a reward model is not needed")."""
_UNNEEDED = frozenset("unnecessary unneeded needless pointless superfluous skipped omitted".split())
"""After "is", the words that deny what comes before on their own ("deduplication is usually
skipped", "summaries are unnecessary"). Not "removed" or "dropped": "the noise is removed step
by step" is what a diffusion model does to the noise, not a denial of it."""
_MODALS = frozenset("can may could should might".split())
_HEDGES = frozenset("often usually generally simply just also then now thus still mostly".split())
"""Words that may stand between the copula and what denies the subject ("is usually skipped")."""

_DEGREE = frozenset(
    "too much heavily overly strongly significantly greatly solely entirely purely exclusively "
    "always necessarily".split()
)
"""Words after a negation that make it deny a degree, not the thing: "not too much", "not
always"."""
_SUPPOSING = frozenset(("if", "unless"))
"""Words that, before a negation in its clause, make it a condition, not a claim."""

_REASONS = frozenset(("because",))
"""Words that open a clause of their own with no punctuation before them."""

_NEW_SUBJECT = frozenset("the a an it its they their this these that those".split())
"""Words after ", and" that open a new claim with its own subject."""


def _next(words: list[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""


_BOTH_SIDES = frozenset(
    (("with", "and", "without"), ("with", "or", "without"), ("whether", "or", "not"))
)
"""A negation that names both sides denies nothing: "latency with and without caching",
"whether or not any single example is included"."""
_ABBREVIATIONS = frozenset("al vs cf approx eg ie e g".split())
"""Words whose full stop ends no sentence: "Kaplan et al. (2020) found ...", "e.g. BERT"."""
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n|(?:^|\s)[-*•·](?=\s)")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\s/\s")


LIST_ITEM_WORDS = 4
"""A list that a negation reaches through ("no reward model, sampling or RL loop") has items of
at most this many words."""
_LIST_CLOSERS = frozenset(("or", "nor"))
"""Only a disjunctive list: in "lack the biases of CNNs, locality and translation equivariance,
they need ..." the words after the comma are an apposition, not more that is denied."""


def _reach_through_list(
    raw: str,
    spans: list[tuple[int, int]],
    words: list[str],
    segments: list[int],
    clauses: list[int],
    reach: list[int],
    n: int,
    j: int,
) -> None:
    """Carry the reach of the negation at `n`, whose clause ends before `j`, on through the
    short comma-separated items of a list closed by "or" or "nor" in the same segment:
    "needs no separate reward model, sampling or RL loop" denies the RL loop too. Nothing is
    carried when the items are not short, or no closing conjunction comes."""
    items: list[int] = []
    k = j
    while (
        k < len(words) and segments[k] == segments[n] and "," in raw[spans[k - 1][1] : spans[k][0]]
    ):
        end = k
        while end < len(words) and clauses[end] == clauses[k]:
            end += 1
        if end - k > LIST_ITEM_WORDS + 1:
            return
        items.extend(range(k, end))
        if any(w in _LIST_CLOSERS for w in words[k:end]):
            for i in items:
                if reach[i] < 0:
                    reach[i] = n
            return
        k = end


@dataclass
class Structure:
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
        for i in [
            i
            for i, gap in enumerate(gaps, 1)
            if gap != " " or words[i] in CONTRASTS or words[i] in _REASONS
        ]:
            gap = gaps[i - 1]
            # the previous word numbers a list item ("1." starting a line)
            item_number = words[i - 1].isdigit() and (i == 1 or "\n" in gaps[i - 2])
            if gap == " " and words[i] in _REASONS:
                # "no latency at all because they can be merged": the reason is a claim of
                # its own, out of the negation's reach; "not because ..." denies the reason
                if not has_negation([words[i - 1]]):
                    new_clause[i] = 1
            elif gap == " ":  # a contrast
                new_segment[i] = new_clause[i] = 1
            elif (
                _SENTENCE_END_RE.search(gap)
                and not (item_number and "\n" not in gap)
                and not (words[i - 1] in _ABBREVIATIONS and "\n" not in gap)
            ):
                new_sentence[i] = new_segment[i] = new_clause[i] = 1
            elif (
                words[i] in CONTRASTS
                or ";" in gap
                or (words[i] == "and" and "," in gap and _next(words, i) in _NEW_SUBJECT)
            ):  # ", and the generator ..." or "; the generator ..." starts another claim
                new_segment[i] = new_clause[i] = 1
            elif _CLAUSE_BREAK_RE.search(gap):
                new_clause[i] = 1
        sentences = list(accumulate(new_sentence))
        segments = list(accumulate(new_segment))
        clauses = list(accumulate(new_clause))
        # an ASCII text's words are its own letters: without an apostrophe none ends in "n't"
        apostrophe = "'" in raw or not raw.isascii()
        negators = [
            i
            for i, w in enumerate(words)
            if (w in NEGATIONS or (apostrophe and w.endswith(("n't", "n’t"))))
            and not (w == "not" and i + 1 < len(words) and words[i + 1] in ("only", "just"))
            and not (i >= 2 and (words[i - 2], words[i - 1], w) in _BOTH_SIDES)
        ]
        reach = [-1] * len(words)
        for n in negators:
            j = n + 1
            while j < len(words) and clauses[j] == clauses[n]:
                reach[j] = n
                j += 1
            reach[n] = n
            _reach_through_list(raw, spans, words, segments, clauses, reach, n, j)
        return cls(text, sentences, segments, clauses, negators, reach)

    # -- negation ---------------------------------------------------------------------------

    def negated(self, position: int) -> bool:
        """Whether the word stands in a negation's reach (its clause, after the negation)."""
        return self.reach[position] >= 0

    def denied(self, first: int) -> bool:
        """Whether the words starting at `first` are directly denied: between the negation and
        them only function words and at most one light verb ("does not need any labels")."""
        words, stems = self.text.words, self.text.stems
        n = self.reach[first]
        if n < 0 or self._hedged_or_supposed(n, first):
            return False
        no_longer = words[n] == "no" and _next(words, n) == "longer"
        between = [
            i
            for i in range(n + 1, first)
            if words[i] not in STOP_WORDS and not (no_longer and i == n + 1)
        ]
        if not between:
            return True
        return len(between) == 1 and (
            words[between[0]] in LIGHT_VERBS or stems[between[0]] in LIGHT_VERBS
        )

    def _hedged_or_supposed(self, n: int, first: int) -> bool:
        """Whether the negation at `n` denies only a degree ("does not depend too much on any
        single example", "does not always need labels") or a condition ("if they can't tell
        which one is the computer, the computer wins"): what follows it is not denied."""
        words = self.text.words
        if any(words[i] in _DEGREE for i in range(n + 1, first)):
            return True
        start = n
        while start > 0 and self.clauses[start - 1] == self.clauses[n]:
            start -= 1
        return any(words[i] in _SUPPOSING for i in range(start, n))

    def negative_context(self, first: int) -> bool:
        """Whether something stated from `first` on is said in the negative: in a negation's
        reach, or after a removal verb in its clause ("eliminates the reward model")."""
        if self.reach[first] >= 0:
            return True
        words, clauses = self.text.words, self.clauses
        i = first - 1
        while i >= 0 and clauses[i] == clauses[first]:
            if words[i] in REMOVALS:
                return True
            i -= 1
        return False

    def denied_after(self, last: int) -> bool:
        """Whether the words ending at `last` are denied by what follows them in their clause:
        "a reward model is not needed", "labels are not required", "deduplication is usually
        skipped", "summaries are unnecessary"."""
        words = self.text.words
        i = last + 1
        while (
            i < len(words)
            and self.clauses[i] == self.clauses[last]
            and (words[i] in _COPULAS or (words[i] in _MODALS and _next(words, i) == "be"))
        ):
            i += 1
        while (
            i < len(words)
            and self.clauses[i] == self.clauses[last]
            and (words[i] in _HEDGES or (words[i].endswith("ly") and len(words[i]) > 4))
        ):
            i += 1
        if i >= len(words) or self.clauses[i] != self.clauses[last]:
            return False
        if words[i] in _UNNEEDED:
            return words[last + 1] in _COPULAS or (
                words[last + 1] in _MODALS and words[last + 2] == "be"
            )
        if not has_negation([words[i]]):
            return False
        j = i + 1
        while j < len(words) and words[j] in ("really", "even", "actually", "strictly"):
            j += 1
        return j < len(words) and self.clauses[j] == self.clauses[i] and words[j] in _NEEDED

    def rejected(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is denied or named only to be set aside,
        before it or inside it ("DiT replaces the convolutional U-Net" does not say "DiT is
        convolutional")."""
        first, last = min(positions), max(positions)
        if any(self.reach[i] >= 0 for i in range(first, last + 1)):
            return True
        words = self.text.words
        for i in range(first + 1, last):
            phrases = _REJECTING_WORDS.get(words[i])
            if phrases is not None and any(words[i : i + len(p)] == p for p in phrases):
                return True
        return self.dismissed(positions)

    def dismissed(self, positions: list[int]) -> bool:
        """Whether a statement at these positions is named only to be set aside ("unlike ...",
        "it is a myth that ..."), whatever negations it holds."""
        first = min(positions)
        sentence = self.sentences[first]
        words = self.text.words
        start = first
        while start > 0 and self.sentences[start - 1] == sentence:
            start -= 1
        if self._set_aside(start, first):
            return True
        return dismissing(words[start:first], breaks=self._breaks(start, first))

    def disbelieved(self, positions: list[int]) -> bool:
        """Whether a dismissing phrase ("it is a myth that", "a common mistake is") stands
        before the statement in its sentence: a denial there is a double negative."""
        first = min(positions)
        start = first
        while start > 0 and self.sentences[start - 1] == self.sentences[first]:
            start -= 1
        return dismissing(
            self.text.words[start:first], skip="it is not", breaks=self._breaks(start, first)
        )

    def _breaks(self, start: int, end: int) -> list[bool]:
        """For each word from `start` up to `end`, whether a new clause starts after it."""
        clauses = self.clauses
        return [clauses[i + 1] != clauses[i] for i in range(start, end)]

    def _set_aside(self, start: int, first: int) -> bool:
        """Whether the word at `first` is in the reach of a rejecting phrase ("unlike",
        "rather than", ...) between `start` and it: the rest of that phrase's clause, and a
        relative clause right after it ("unlike GANs, which need a discriminator"). The main
        claim after "Unlike PPO, ..." is the candidate's own, and is judged."""
        words, clauses = self.text.words, self.clauses
        for i in range(start, first):
            phrases = _REJECTING_WORDS.get(words[i])
            if phrases is None or not any(words[i : i + len(p)] == p for p in phrases):
                continue
            if clauses[first] == clauses[i]:
                return True
            opening = first
            while opening > 0 and clauses[opening - 1] == clauses[first]:
                opening -= 1
            if clauses[first] == clauses[i] + 1 and words[opening] in ("which", "that", "who"):
                return True
        return False

    # -- units ------------------------------------------------------------------------------

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
