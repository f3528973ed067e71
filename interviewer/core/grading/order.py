"""Steps said in the wrong order: a question whose rubric gives an `order` of its concepts
("What are the three main steps of RLHF?": supervised fine-tuning, then the reward model, then
PPO) is read for the order the answer gives them in.

The order is read only where the answer marks a sequence, so that an opening sentence that
names the steps in passing ("RLHF fine-tunes a model with PPO against a reward model; it
starts with ...") is not taken for the order:

- a *marker* opens a clause: an ordinal ("first", "secondly", "the third step", "step 2",
  "step two", a numbered item "2."), a word of sequence ("then", "next", "after that",
  "afterwards") or a word of the end ("finally", "lastly", "the last step"); "start by" /
  "begins with" anywhere is a first step. "then" after "if" or "when" in its sentence is a
  consequence, no step;
- each marker opens a *step* that runs to the next marker, across sentences; an ordinal gives
  its number, a word of sequence or of the end the number after the step before it;
- a concept stands in every step where one of its phrases is found, not denied, its words
  within the step (so a step that refers back to an earlier one, "PPO against the reward model
  of step two", also holds that earlier concept).

Two concepts are out of order only when the one the rubric puts first stands in steps all
later than every step of the other: a later step may name an earlier concept ("finally,
collect new rankings and retrain the reward model"), an earlier step a later one ("SFT gives
the starting point for PPO"), and neither is an inversion. They are out of order too when
each step is *headed* by the wrong one: a step is headed by the concept of the order that
stands first in it, and when every concept the steps hold heads a step, the one the rubric puts
later heads a step before the other's first, a step that does not hold the other at all ("1)
Reward model training: ... 2) Supervised fine-tuning on the reward model's scores ..."; each
step names the other in passing, and the first rule alone does not see it). Each concept in
such a pair is got wrong, with a note that says which steps are out of order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .findings import Finding, PreparedConcept, quote, scattered
from .matching import Answer, match_phrase

ORDINALS = {
    "first": 1,
    "firstly": 1,
    "second": 2,
    "secondly": 2,
    "third": 3,
    "thirdly": 3,
    "fourth": 4,
    "fourthly": 4,
    "fifth": 5,
    "sixth": 6,
}
"""Ordinal words and the step they number."""
CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
"""Number words that, after a step noun ("step one", "stage two"), number that step."""
SEQUENCE_WORDS = frozenset("then next afterwards subsequently".split())
"""Words that open the step after the one before."""
FINAL_WORDS = frozenset("finally lastly last".split())
"""Words that open the last step (numbered after the step before)."""
STARTING_WORDS = frozenset("start starts started begin begins began".split())
"""Verbs that make what follows them ("by", "with") the first step, wherever they stand."""
STEP_NOUNS = frozenset("step stage phase".split())
CONDITIONS = frozenset("if when whenever once".split())
"""A "then" after one of these in its sentence answers a condition; it opens no step."""
LEADING = frozenset("and the a in as only".split())
"""Words that may stand between a clause's start and its marker ("and then", "the first
step", "in the second stage"); "only" stresses that a step waits for the one before ("and only
after that", "only then"), and opens the step as plainly."""
FIRST_STEP = 1


def _clause_start(answer: Answer, i: int) -> bool:
    """Whether the word at `i` opens its clause, or follows only LEADING words there."""
    words, clauses = answer.text.words, answer.structure.clauses
    j = i - 1
    while j >= 0 and clauses[j] == clauses[i] and words[j] in LEADING:
        j -= 1
    return j < 0 or clauses[j] != clauses[i]


def _conditional(answer: Answer, i: int) -> bool:
    """Whether "then" at `i` follows "if" / "when" in its sentence."""
    words, sentences = answer.text.words, answer.structure.sentences
    j = i - 1
    while j >= 0 and sentences[j] == sentences[i]:
        if words[j] in CONDITIONS:
            return True
        j -= 1
    return False


def _next_step(answer: Answer, i: int, following: str) -> bool:
    """Whether the word at `i`, opening its clause, opens the step after the one before."""
    word = answer.text.words[i]
    if word == "then":
        return not _conditional(answer, i)
    return (
        word in SEQUENCE_WORDS
        or word in FINAL_WORDS
        or (word == "after" and following in ("that", "this"))
    )


def markers(answer: Answer) -> list[tuple[int, int | None]]:
    """(position, step number or None for "the step after the one before") of each marker of a
    sequence in the answer, in order (see the module docstring)."""
    words = answer.text.words
    found: list[tuple[int, int | None]] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in STARTING_WORDS and following in ("by", "with", "off"):
            found.append((i, FIRST_STEP))
        elif not _clause_start(answer, i):
            continue
        elif word in ORDINALS:
            found.append((i, ORDINALS[word]))
        elif word in STEP_NOUNS and following.isdigit():
            found.append((i, int(following)))
        elif word in STEP_NOUNS and following in CARDINALS:
            found.append((i, CARDINALS[following]))  # "step one is ..., step two is ..."
        elif (
            word.isdigit()
            and 0 < int(word) < 10
            and answer.text.raw[answer.text.spans[i][1] : answer.text.spans[i][1] + 1] in (".", ")")
        ):
            found.append((i, int(word)))  # a numbered item: "1. SFT ... 2. reward model"
        elif _next_step(answer, i, following):
            found.append((i, None))
    return found


def steps(answer: Answer) -> list[tuple[int, int, int]]:
    """(first word, last word, step number) of each step the answer marks."""
    found = markers(answer)
    result: list[tuple[int, int, int]] = []
    number = 0
    for k, (start, given) in enumerate(found):
        end = found[k + 1][0] - 1 if k + 1 < len(found) else len(answer.text.words) - 1
        number = given if given is not None else number + 1
        if result and result[-1][2] == number and given is not None and given == FIRST_STEP:
            # "First, ... start with ...": one step said twice
            result[-1] = (result[-1][0], end, number)
            continue
        result.append((start, end, number))
    return result


def _within(answer: Answer, first: int, last: int) -> Answer:
    """The answer with only its words from `first` to `last` to be found by their stems (a word
    found as a typo of another may still stand outside: `_found_in` checks)."""
    positions = {
        stem: kept
        for stem, where in answer.positions.items()
        if (kept := [p for p in where if first <= p <= last])
    }
    return replace(answer, positions=positions)


def _found_in(
    prepared: PreparedConcept, answer: Answer, first: int, last: int
) -> tuple[int, ...] | None:
    """Where one of the concept's phrases stands between `first` and `last`, not denied."""
    part = _within(answer, first, last)
    structure = answer.structure
    for phrase in prepared.phrases:
        if phrase.negative:
            continue
        match = match_phrase(phrase, part)
        if match is None or scattered(match, phrase):
            continue
        if not first <= match.positions[0] <= match.positions[-1] <= last:
            continue
        if structure.denied(match.positions[0]) or structure.denied_after(match.positions[-1]):
            continue
        return match.positions
    return None


Where = dict[str, list[tuple[int, tuple[int, ...]]]]
"""Each concept of `order` -> (step number, positions) of each step it stands in."""


def _heads(where: Where) -> dict[str, list[int]]:
    """Each concept -> the steps it *heads*: where it stands before every other concept of
    `order` in that step ("2) Supervised fine-tuning: the model is tuned on the reward model's
    scores" is headed by supervised fine-tuning, though it names the reward model too)."""
    first: dict[int, tuple[int, str]] = {}
    for name, found in where.items():
        for number, positions in found:
            start = positions[1]  # positions[0] is where the quote starts: the marker
            if number not in first or start < first[number][0]:
                first[number] = (start, name)
    heads: dict[str, list[int]] = {}
    for number, (_, name) in sorted(first.items()):
        heads.setdefault(name, []).append(number)
    return heads


def _headed_before(heads: dict[str, list[int]], where: Where, earlier: str, later: str) -> bool:
    """Whether `later` heads a step before the first step `earlier` heads, and that step does
    not hold `earlier` at all: each step given to the wrong one of the two ("1) Reward model
    training: ... 2) Supervised fine-tuning: ..."), where each step may still name the other.
    Read only when every concept the steps hold heads a step of its own: a step that names a
    later concept before its own ("First, before PPO can be used, supervised fine-tuning")
    leaves its own concept heading none, and the answer is not read this way."""
    if earlier not in heads or later not in heads or set(heads) != set(where):
        return False
    step = heads[later][0]
    if step >= heads[earlier][0]:
        return False
    return all(number != step for number, _ in where[earlier])


def check_order(
    order: Sequence[str],
    concepts: Sequence[PreparedConcept],
    findings: Sequence[Finding],
    answer: Answer,
) -> list[Finding]:
    """The findings, with each concept of `order` that the answer puts out of order (see the
    module docstring) got wrong: status 'contradicted', error 'order'."""
    marked = steps(answer)
    if len(marked) < 2:
        return list(findings)
    by_name = {c.concept.name: k for k, c in enumerate(concepts)}
    where: Where = {}
    for name in order:
        k = by_name.get(name)
        if k is None:
            continue
        for first, last, number in marked:
            positions = _found_in(concepts[k], answer, first, last)
            if positions is not None:
                # quoted from the step's marker when it opens the same sentence: "Third, do
                # supervised fine-tuning", not "supervised fine-tuning" alone
                sentences = answer.structure.sentences
                start = first if sentences[first] == sentences[positions[0]] else positions[0]
                where.setdefault(name, []).append((number, (start, *positions)))
    heads = _heads(where)
    late: dict[str, tuple[str, tuple[int, ...]]] = {}
    for a, earlier in enumerate(order):
        for later in order[a + 1 :]:
            if earlier not in where or later not in where:
                continue
            after = min(n for n, _ in where[earlier]) > max(n for n, _ in where[later])
            if after or _headed_before(heads, where, earlier, later):
                late.setdefault(earlier, (later, where[earlier][0][1]))
                late.setdefault(later, (earlier, where[later][0][1]))
    if not late:
        return list(findings)
    result = list(findings)
    for name, (other, positions) in late.items():
        k = by_name[name]
        before = order.index(name) < order.index(other)
        result[k] = Finding(
            concepts[k].concept,
            "contradicted",
            phrase=name,
            evidence=quote(answer.text, positions),
            detail=(
                f"steps out of order: said {'after' if before else 'before'} '{other}', but it"
                f" comes {'before' if before else 'after'} it"
            ),
            error="order",
        )
    return result
