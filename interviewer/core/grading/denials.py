"""What denies a statement: the readings of `clauses.Structure` that tell a word denied from one
said, on the sentence, segment and clause numbers and the negations' reach it holds.

A word is *denied* when a negation governs it directly: only function words or a light verb
stand between them ("does not need a reward model", "no labels", "without human feedback"), or
only the verb an auxiliary's "not" stands on ("does not write autoregressive text", "is not
written one word at a time": denial_words.negated_verb), or when what follows it in its clause
denies it ("a reward model is not needed", "deduplication is usually skipped", "vector stores
are unnecessary"). A word said without ("instead of", "rather than") or after a removal verb
is said in the negative.
"""

from __future__ import annotations

from collections.abc import Sequence

from .asides import Asides
from .denial_words import (
    ANY_COMPARATIVES,
    ANY_MORE_OBJECT,
    CAUTIONS,
    COORDINATED_WORDS,
    COORDINATORS,
    DEGREE_WORDS,
    EMPHASIS_WORDS,
    LIGHT_VERBS,
    LOSS_WORDS,
    POSSIBILITY_MODALS,
    REMOVALS,
    negated_verb,
    next_word,
)
from .denied_after import denied_after, denied_before_a_break
from .denied_lists import (
    continues,
    joined_verb,
    listed_item,
    object_denied,
    without_item_verb,
)
from .effort_verbs import effort_before_to, infinitive_verb
from .frames import purpose_of_negation
from .hedged_degree import hedged_negation, in_a_stated_case
from .instead_of import SETTING_ASIDE, done_without
from .negated_purpose import harm_avoided
from .never_verbs import never_verb
from .passed_over import passing_over
from .text import STOP_WORDS
from .unable_to import inability_verb
from .unit_spans import unit_start
from .without_harm import counterfactual_without


class Denials(Asides):
    """The readings of `Structure` that tell a denied word from one said."""

    negators: list[int]
    """Positions of negation words."""

    def negated(self, position: int) -> bool:
        """Whether the word stands in a negation's reach (its clause, after the negation)."""
        return self.reach[position] >= 0

    def denied(self, first: int, last: int | None = None) -> bool:
        """Whether the words starting at `first` are directly denied: between the negation and
        them only function words and at most one light verb ("does not need any labels"), then
        the earlier items of a list ("no value function or advantage estimates", "without
        rankings, a reward model or PPO", "neither drops activations nor recomputes them":
        denied_lists.py) or one
        word whose "of" complement they are ("removes any clipping of the probability ratio").
        After the verb an auxiliary's "not" stands on ("does not write autoregressive text"),
        and after the earlier items of a disjunction, the words up to `last` (when given) must
        all be in the negation's reach: "doesn't follow instructions well, so it is tuned" does
        not deny "instruction tuning", nor "does not guarantee fairness or correctness, and it
        can make a model less fair" "model less accurate" (correct_probes48 cp48-030)."""
        words, stems = self.text.words, self.text.stems
        n = self.reach[first]
        if n < 0:
            # "stores neither the keys nor the values" (denied_lists.py)
            return (
                last is not None
                and object_denied(words, self.reach, first, last)
                and not self._hedged_or_supposed(first + 1, last)
            )
        if self._hedged_or_supposed(n, first) or _names_a_lack(words, n):
            return False
        no_longer = words[n] == "no" and next_word(words, n) == "longer"
        between = [
            i
            for i in range(n + 1, first)
            if words[i] not in STOP_WORDS
            and words[i] not in EMPHASIS_WORDS
            and not (no_longer and i == n + 1)
        ]
        if between and (
            words[between[0]] in LIGHT_VERBS
            or stems[between[0]] in LIGHT_VERBS
            or effort_before_to(words, between[0])  # "makes no ATTEMPT to exploit it"
            or (negated_verb(words, n, between[0], first) and self._reaches(n, first, last))
            or (never_verb(words, n, between[0], first) and self._reaches(n, first, last))
            or (inability_verb(words, n, between[0], first) and self._reaches(n, first, last))
            or (joined_verb(self.text, n, between[0]) and self._reaches(n, first, last))
        ):
            # the verb the negation stands on: "does not NEED labels", "does not WRITE
            # autoregressive text", "is not WRITTEN one word at a time"
            verb, between = between[0], between[1:]
            if (
                between
                and infinitive_verb(words, verb, between[0], first)
                and self._reaches(n, first, last)
            ):
                between = between[1:]  # "does not learn to MATCH the teacher's outputs"
        if self._any_more(n, first):
            # the object of the verb, then "any more", "any less", "any": "does not make the
            # output any more random" denies "more random" of the output
            return True
        if (
            len(between) == 1
            and words[between[0]] not in LOSS_WORDS
            and next_word(words, between[0]) == "of"
        ):
            return True  # the "of" complement of what is denied: "no clipping of the ratio"
        if (
            len(between) == 2
            and words[between[1]] not in LOSS_WORDS
            and next_word(words, between[1]) == "of"
            and negated_verb(words, n, between[0], between[1])
            and self._reaches(n, first, last)
        ):
            return True  # ... and after the verb: "does not sample a group of answers"
        if not between:
            return True
        # the earlier items of a list: "no A or B", "does not A or verb B", "without A, B or C"
        earlier = without_item_verb(self.text, n, between)
        return (
            self._coordinated(earlier, first)
            or (
                len(earlier) <= COORDINATED_WORDS
                and next_word(words, n) != "to"  # a purpose set aside (`_coordinated`)
                and listed_item(self.text, self.reach, n, earlier, first)
            )
        ) and self._reaches(n, first, last)

    def denied_from(self, positions: Sequence[int]) -> bool:
        """Whether the words at `positions` are denied (`denied`) from their first, or from a
        later word of their span under the same negation, past a comma: a match that runs
        from one item of a denied list into the next ("preference model" in "without human
        preference rankings, a reward model or PPO": "human" narrows "preference", but
        "reward" opens an item denied; deny50's dl-5). Not within one clause: "it doesn't
        promise it has your fields or types" (train-blind w48b-072) denies no schema."""
        first, last = positions[0], positions[-1]
        if self.denied(first, last) or self.judged_false(positions):
            return True  # "Some warn that X, but that is a myth" denies X (judged_false.py)
        n = self.reach[first]
        clause = self.clauses[first]
        return n >= 0 and any(
            self.reach[q] == n and self.clauses[q] != clause and self.denied(q, last)
            for q in range(first + 1, last + 1)
        )

    def _reaches(self, n: int, first: int, last: int | None) -> bool:
        """Whether the words from `first` up to `last` (when given) are all in the reach of
        the negation at `n`."""
        words = self.text.words
        return last is None or all(
            continues(words, self.reach, n, i) for i in range(first, last + 1)
        )

    def _any_more(self, n: int, first: int) -> bool:
        """Whether "any", then at most one comparative ("more", "less", "better"...), stands
        right before `first`, with at most ANY_MORE_OBJECT content words (the verb and its
        object) between the negation at `n` and it: the negative-polarity "not ... any more X"
        that denies X past the verb's object."""
        words = self.text.words
        i = first - 1
        if i > n and words[i] in ANY_COMPARATIVES:
            i -= 1
        if i <= n or words[i] != "any":
            return False
        content = [j for j in range(n + 1, i) if words[j] not in STOP_WORDS]
        return 0 < len(content) <= ANY_MORE_OBJECT

    def _coordinated(self, between: list[int], first: int) -> bool:
        """Whether the content words `between` a negation and the words at `first` are the
        earlier items of a disjunction whose last item starts at `first`: "no value function
        or advantage estimates", "not because it was more capable or better at reasoning",
        "no reward model, sampling or RL loop" (COORDINATORS)."""
        words = self.text.words
        n = self.reach[first]
        if next_word(words, n) == "to":
            # "teaches it to continue text, not to be helpful or safe": a purpose set aside,
            # often of another subject than the question's (pretraining, for RLHF's concept)
            return False
        i = first - 1
        while i > between[-1] and words[i] not in COORDINATORS:
            i -= 1
        return i > between[-1] and len(between) <= COORDINATED_WORDS

    def hedged_or_supposed(self, n: int, first: int) -> bool:
        """`_hedged_or_supposed`, for a negation read elsewhere (denied_between.py)."""
        return self._hedged_or_supposed(n, first)

    def _hedged_or_supposed(self, n: int, first: int) -> bool:
        """Whether the negation at `n` denies only a degree ("does not depend too much on any
        single example", "does not always need labels"), a condition ("if they can't tell
        which one is the computer, the computer wins") or names a risk to avoid ("make sure it
        does not forget", "so that it does not forget", "sets a timeout, so the agent does not
        run forever": frames.py):
        what follows it is not denied."""
        words = self.text.words
        if any(words[i] in DEGREE_WORDS for i in range(n + 1, first)):
            return True
        if n > 0 and words[n] == "not" and words[n - 1] in POSSIBILITY_MODALS:
            return True
        if hedged_negation(words, n) and in_a_stated_case(words, self.sentences, n):
            return True  # "almost no accuracy cost" (hedged_degree.py)
        if counterfactual_without(self.text, self.sentences, n):
            return True  # "Without skip connections, the decoder cannot ..." (without_harm.py)
        if harm_avoided(words, n):
            return True  # "so that it does not exploit the reward model" (negated_purpose.py)
        if _not_that_clause(words, n):
            return True
        start = unit_start(self.clauses, n)
        if purpose_of_negation(words, self.sentences, self.reach, start, n):
            # "if it cannot tell", "so that it does not forget", "enforces a maximum number of
            # steps, so a loop does not run forever" (frames.py)
            return True
        return any(words[i] in CAUTIONS for i in range(start, n))

    def negative_context(self, first: int) -> bool:
        """Whether something stated from `first` on is said in the negative: in a negation's
        reach, or after a removal verb in its clause ("eliminates the reward model")."""
        return self.reach[first] >= 0 or self._removed(first)

    def _removed(self, first: int) -> bool:
        """Whether a removal verb stands before word `first` in its clause with no "rather
        than" or "instead of" between them: "removes the reward model rather than the critic"
        keeps the critic (wrong35)."""
        words, clauses = self.text.words, self.clauses
        i = first - 1
        while i >= 0 and clauses[i] == clauses[first]:
            if words[i] in REMOVALS:
                return True
            if i > 0 and (words[i - 1], words[i]) in SETTING_ASIDE:
                return False
            i -= 1
        return False

    def done_without(self, first: int) -> bool:
        """Whether the word at `first` is in the noun phrase right after "instead of" or
        "rather than" following its clause's verb: the clause's subject does without it
        (instead_of.py)."""
        if not done_without(self.text.words, self.text.stems, self.clauses, first):
            return False
        # after a removal verb, what "rather than" sets aside is what is kept: "removes the
        # reward model rather than the critic" does not do without the critic (wrong35)
        return not self._removal_before_keeping(first)

    def passed_over(self, positions: Sequence[int]) -> bool:
        """Whether the words at `positions` stand after "rather than", "instead of" or "as
        opposed to" in their clause, named as what is not so (passed_over.py); not after a
        removal verb, where they name what is kept ("removes the reward model rather than the
        critic")."""
        at = passing_over(self.text.words, self.text.stems, self.clauses, self.sentences, positions)
        return at >= 0 and not self.said_before(at, REMOVALS)

    def _removal_before_keeping(self, first: int) -> bool:
        """Whether a removal verb stands in the clause before the "rather than" or "instead
        of" that `first` follows."""
        words, clauses = self.text.words, self.clauses
        i = first - 1
        while (
            i > 0 and clauses[i] == clauses[first] and (words[i - 1], words[i]) not in SETTING_ASIDE
        ):
            i -= 1
        return self.said_before(i, REMOVALS) if i > 0 else False

    def denied_after(self, last: int) -> bool:
        """Whether the words ending at `last` are denied by what follows them in their clause:
        "a reward model is not needed", "deduplication is usually skipped", "contamination
        isn't an issue", "reward hacking cannot happen" (denied_after.py)."""
        return denied_after(self.text.words, self.clauses, last)

    def denied_before_a_break(self, positions: Sequence[int]) -> bool:
        """Whether a statement found across a clause break is denied right after its part in
        an earlier clause: "alignment isn't really a challenge because all modalities ..."
        (denied_after.py)."""
        return denied_before_a_break(self.text.words, self.clauses, positions)


def _names_a_lack(words: list[str], n: int) -> bool:
    """Whether the negation at `n` is the noun "lack" of "a lack of X": a noun phrase that
    names an absence as a topic or a risk ("risks include bias and a lack of accountability"),
    not a claim denied; the verb is "lacks X" ("the model lacks grounding" denies it). What it
    names is still said in the negative: "DPO's lack of a reward model" says "no reward
    model"."""
    return words[n] == "lack" and next_word(words, n) == "of"


CLAUSE_SUBJECTS = frozenset(
    "it they he she we you i there the a an its their this these those each every all any".split()
)
"""Words that open the subject of a clause after "that": "not that IT has", "not that THE
output is"; after "not that" as a determiner stands a noun ("does not use that model")."""


def _not_that_clause(words: Sequence[str], n: int) -> bool:
    """Whether the negation at `n` is "not that" opening a clause ("promises valid JSON, but not
    that it has the right fields"): it denies what was promised or said of it, a verb left
    unsaid, not what the clause names; "does not use that model" denies the model."""
    return (
        words[n] == "not"
        and n + 2 < len(words)
        and words[n + 1] == "that"
        and words[n + 2] in CLAUSE_SUBJECTS
    )
