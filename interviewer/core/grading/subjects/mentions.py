"""Where an answer names the subjects of a question's contrast, and which one a statement is
plainly said of: the phrase names it, a "which" clause follows it, it opens the statement's
clause, a colon or a "but" carries it over, or a pronoun has one subject to stand for; None
when it cannot be told from the words (see the package's docstring: never a guess)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..matching import Answer
from .antecedents import Antecedents
from .contrast import Subject
from .foils import excluded
from .occurrences import elided_occurrences, occurrences
from .overlaps import uncovered
from .parallel import in_aside, parallel_start
from .positions import bracket_depth, fronted_topic, object_of_preposition, opens_clause


@dataclass
class Mentions(Antecedents):
    """Where each subject of the question is named in an answer."""

    positions: list[list[int]]
    """For each subject, the first word position of each mention that describes it."""
    all_positions: list[list[int]]
    """... and of every mention, those set aside by "unlike" included."""

    @classmethod
    def of(cls, subjects: Sequence[Subject], answer: Answer) -> Mentions:
        result: list[list[int]] = []
        every: list[list[int]] = []
        starts: list[set[int]] = []
        for subject in subjects:
            found: set[int] = set()
            for phrase in subject.phrases:
                found.update(occurrences(phrase, answer))
            for phrase in subject.elided:
                found.update(elided_occurrences(phrase, answer, subject.asked))
            starts.append(found)
        for found in uncovered(subjects, answer, starts):  # "forward KL from teacher ..."
            kept = [p for p in sorted(found) if not excluded(answer, p)]
            result.append(kept)
            every.append(sorted(found))
        # "encoder-decoder models" names neither the encoder nor the decoder
        raw, spans = answer.text.raw, answer.text.spans
        compound = {
            q
            for i, ps in enumerate(every)
            for p in ps
            for j, qs in enumerate(every)
            if i != j and p + 1 in qs
            for q in ((p, p + 1) if raw[spans[p][1] : spans[p + 1][0]] in ("-", "/") else (p,))
        }  # ... and in "the large draft model" only the nearer name counts
        result = [[p for p in ps if p not in compound] for ps in result]
        return cls(result, every)

    def aside_subject(self, answer: Answer, first: int) -> int | None:
        """The one subject a relative clause holding the word at `first` is said of, after a
        rejecting or comparing phrase that names it ("Unlike GANs, where training is stable,
        diffusion ...": GANs; asides.Asides.aside_of), or None (no such clause, or the phrase
        names no subject or two). The clause is no claim about the question's subject, but it
        is one about that subject (veto55)."""
        span = answer.structure.aside_of(first)
        if span is None:
            return None
        named = {i for i, ps in enumerate(self.all_positions) if any(p in span for p in ps)}
        return named.pop() if len(named) == 1 else None

    def claimant(self, answer: Answer, first: int, last: int, objects: bool = True) -> int | None:
        """The subject a statement at words first..last is plainly said of, for judging a swap:
        the phrase names it, a "which" clause follows it, or it is the nearest subject named
        before the statement in its own clause (segment) and not as the object of a
        preposition ("cross-attention over the encoder outputs"), else named after it by "by"
        (a passive), else the subject carried over a "but"; with `objects` False, a subject
        named inside the statement as the object of a preposition ("attends to the decoder
        output") is not the one it names. A pronoun opening the clause
        ("they", "it") stands for a subject only when the sentence, or else the sentence
        before, names exactly one; after a fronted foil ("Unlike PPO, it ..."), for the other
        of the question's two subjects (foils.py). None when it cannot be told: a swap is never
        claimed on a guess ("a low temperature sharpens it; a high one flattens it")."""
        structure, words = answer.structure, answer.text.words
        segment = structure.segments[first]
        inside = [
            i
            for i, ps in enumerate(self.positions)
            if any(
                first <= p <= last and (objects or not object_of_preposition(answer, p)) for p in ps
            )
        ]
        if len(inside) == 1 and last - first <= 4:
            return inside[0]
        relative = self._relative_owner(answer, first)
        if relative is not None:
            return relative
        modifier = [i for i, ps in enumerate(self.positions) if first - 1 in ps]
        if len(modifier) == 1 and structure.clauses[first - 1] == structure.clauses[first]:
            return modifier[0]  # the name right before it qualifies it: "diffusion distillation"
        before: list[tuple[int, int]] = []
        after: tuple[int, int] | None = None
        # another condition of the clause that the sentence's first such condition hangs on
        # ("pick hard prompts when ..., since soft prompts ..., when ..."): a name in an aside
        # between them is not what it is said of
        head = parallel_start(answer, first)
        if head is not None and not any(
            p < head and structure.segments[p] == segment for ps in self.positions for p in ps
        ):
            head = None
        for index, positions in enumerate(self.positions):
            for p in positions:
                if first <= p <= last or structure.segments[p] != segment:
                    continue
                if head is not None and head < p < first and in_aside(answer, p):
                    continue
                if p < first and not object_of_preposition(answer, p):
                    if bracket_depth(answer, p) > bracket_depth(answer, first):
                        continue  # "(since the generator can't use ...), MRR and nDCG ..."
                    before.append((p, index))
                elif p > last and (after is None or p < after[0]) and words[p - 1] == "by":
                    after = (p, index)  # "... is trained with MLM by BERT"
        if not before:
            colon = self._before_colon(answer, first)
            if colon is not None:
                return colon
        if before:
            # the nearest subject that opens its clause ("The discriminator ..., mirroring the
            # generator, and outputs ..." is said of the discriminator), else the nearest
            opening = [b for b in before if opens_clause(answer, b[0])]
            chosen = max(opening or before)
            # "In a cascaded assistant the TTS model ... transcribes": the subject named after
            # a fronted topic in the same clause is the one the statement is said of
            later = [
                b
                for b in before
                if b[0] > chosen[0] and structure.clauses[b[0]] == structure.clauses[chosen[0]]
            ]
            if later and fronted_topic(answer, chosen[0]):
                chosen = min(later)
            return chosen[1]
        if self._pronoun_subject(answer, first):
            other = self._after_foil(answer, first)
            return self._antecedent(answer, first) if other is None else other
        if after is not None:
            return after[1]
        return self._carried_over(answer, first)

    def interrupting(self, answer: Answer, positions: Sequence[int]) -> int | None:
        """The last subject named inside a statement's words (not one of them) that opens a
        clause of its own, after a subject the statement names: in "the discriminator
        generates images and the generator tells real from fake", the phrase "discriminator
        tells real from fake" runs over "and the generator", which starts another claim; what
        follows is said of the generator. None when no such name stands inside."""
        matched = set(positions)
        last = max(positions)
        named = [p for ps in self.positions for p in ps if p in matched]
        if not named:
            return None
        inside = [
            p
            for ps in self.positions
            for p in ps
            if min(named) < p < last and p not in matched and opens_clause(answer, p)
        ]
        if not inside or not any(p > max(inside) for p in positions):
            return None
        return max(inside)


def object_of(answer: Answer, position: int) -> bool:
    """Whether a subject named here is the object of a preposition ("attends to the decoder
    output"), not what its clause is said of."""
    return object_of_preposition(answer, position)
