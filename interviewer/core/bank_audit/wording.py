"""The audit's checks on wording, read from the text alone: aliases that are negative, one
generic word, common across the bank, only the question's own words or shared by two concepts;
too much weight marked essential; prompts that ask several questions or are dated."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from ..bank import Bank, Question
from ..grading import Grader
from ..grading.denial_words import BOTH_SIDES
from ..grading.matching import Phrase, make_phrase
from ..grading.text import DIRECTION_WORDS, OPPOSITE_WORDS, Text
from .lines import Lines
from .problems import AuditProblem, problem

GENERIC_SHARE = 0.10
"""A one-word alias whose stem stands in this share of the bank's other questions (prompt and
references) or more is the field's vocabulary, not the concept's: one question in ten (21 of the
genai bank's 203) flags the top 9% of its 1,190 one-word aliases, "LLM", "transformers"."""
COMMON_SHARE = 0.15
"""An alias of several words whose stems all stand in this share of the other questions or more
is common across the bank (31 of 203: the top 1% of 6,547 aliases, "text and images")."""
MIN_QUESTIONS = 3
"""Below this many other questions a word is never called common (small banks)."""

NEGATION_RE = re.compile(r"\b(?:not|no|never|without)\b|n['’]t\b", re.IGNORECASE)
BOTH_SIDES_RE = re.compile(
    "|".join(r"\b" + r"\s+".join(words) + r"\b" for words in sorted(BOTH_SIDES)), re.IGNORECASE
)
"""A negation that names both sides ("copies trained with and without it") denies nothing, as
the grader reads it (`BOTH_SIDES`): no negative alias."""
SEVERAL_QUESTIONS_RE = re.compile(r"\band what\b|,\s*and how\b", re.IGNORECASE)
DATED_RE = re.compile(
    r"\bin 20\d\d\b|\blatest\b|\bcurrently\b|\bthis year\b|\bGPT-3\.5 vs\.? GPT-4\b",
    re.IGNORECASE,
)


def _stems(text: str, canon: dict[str, str]) -> frozenset[str]:
    return frozenset(Text.of(text, canon=canon).content_stems())


def _short_direction(name: str) -> str | None:
    """The concept name with its direction word turned ("more dense" for "less dense"), when
    the name is two content words of which one is a direction word: the grader's `flipped`
    turns around only longer phrases (a two-word one says too little on its own, measured on
    the genai bank's correct answers), so only a `contradicts` reads the opposite as wrong."""
    text = Text.of(name)
    spoken = [
        i for i in range(len(text.words)) if i in text.content or text.stems[i] in DIRECTION_WORDS
    ]
    directions = [i for i in spoken if text.stems[i] in DIRECTION_WORDS]
    if len(spoken) != 2 or len(directions) != 1:
        return None
    i = directions[0]
    opposites = OPPOSITE_WORDS.get(text.words[i], ())
    start, end = text.spans[i]
    return name[:start] + opposites[0] + name[end:] if opposites else None


def _read_as_one_word(phrase: Phrase | None) -> bool:
    """Whether the grader finds the alias at any mention of its one content word. Not so when it
    keeps a direction or counting word beside it ("more compute", "one GPU"), needs the word said
    twice ("token by token") or said in the negative ("no network"): "uses compute", "splits text
    into tokens" and "uses the network" do not credit those (measured on the genai bank), so
    such an alias is not one generic word, however common its word is."""
    if phrase is None:
        return True  # ignored by the grader: the question-words check says so
    return len(phrase.tokens) == 1 and not phrase.repeated and not phrase.negative


def document_frequency(
    questions: Iterable[Question], canon: dict[str, str]
) -> dict[str, frozenset[str]]:
    """For each content stem, the ids of the questions whose prompt or references use it."""
    users: dict[str, set[str]] = {}
    for question in questions:
        for word in _stems(" ".join((question.prompt, *question.reference_answers)), canon):
            users.setdefault(word, set()).add(question.id)
    return {word: frozenset(ids) for word, ids in users.items()}


def prompt_problems(question: Question, lines: Lines) -> list[AuditProblem]:
    """A prompt that asks several questions in one, or is dated ("in 2023", "latest")."""
    where = lines.bank(question.id, "prompt")
    found = []
    prompt = question.prompt
    if prompt.count("?") > 1 or SEVERAL_QUESTIONS_RE.search(prompt):
        found.append(
            problem(
                where,
                "several-questions",
                f"{question.id}: the prompt asks several questions: {prompt!r}",
                warning=True,
            )
        )
    dated = DATED_RE.search(prompt)
    if dated:
        found.append(
            problem(
                where,
                "dated-prompt",
                f"{question.id}: the prompt is dated ('{dated.group(0)}'); word it timelessly",
            )
        )
    return found


def rubric_problems(
    question: Question,
    bank: Bank,
    lines: Lines,
    frequency: dict[str, frozenset[str]],
    canon: dict[str, str],
    credited: dict[str, str],
    grader: Grader,
) -> list[AuditProblem]:
    """`credited`: concept name -> the phrase that credited it in the reference."""
    found: list[AuditProblem] = []
    qid = question.id
    q_stems = _stems(question.prompt, canon)
    needed = max(MIN_QUESTIONS, math.ceil(GENERIC_SHARE * len(bank)))
    needed_common = max(MIN_QUESTIONS, math.ceil(COMMON_SHARE * len(bank)))
    owners: dict[str, str] = {}
    for concept in question.concepts:
        opposite = _short_direction(concept.name) if not concept.contradicts else None
        if opposite is not None:
            found.append(
                problem(
                    lines.rubric(qid, "concepts", concept.name),
                    "direction-without-contradicts",
                    f"{qid}: concept '{concept.name}' names a direction in two words and has "
                    f"no `contradicts`: an answer saying '{opposite}' is not read as wrong "
                    f"(the grader turns around only longer phrases); add `contradicts: "
                    f"[{opposite}]`",
                    warning=True,
                )
            )
        # stems said by the name or an earlier alias -> whether one of them is found at any
        # mention of its one word (_read_as_one_word)
        said_before = {
            _stems(concept.name, canon): _read_as_one_word(
                grader.alias_phrase(concept.name, q_stems, name=True)
            )
        }
        for alias in concept.aliases:
            where = lines.rubric(qid, "concepts", concept.name, "aliases", alias)
            said = f"{qid}: concept '{concept.name}': alias '{alias}'"
            said_so = credited.get(concept.name, "").lower() == alias.lower()
            negative = NEGATION_RE.search(BOTH_SIDES_RE.sub(" ", alias))
            if negative and not concept.contradicts and not said_so:
                found.append(
                    problem(
                        where,
                        "negative-alias",
                        f"{said} is phrased in the negative and the concept has no "
                        "`contradicts`: check that the opposite claim is not credited",
                        warning=True,
                    )
                )
            stems = _stems(alias, canon)
            # An alias whose words are the name's or an earlier alias's ("text to image" of
            # "text-to-image", "compress the positions" after "squeeze the positions") matches
            # what they match: a warning on its wording would repeat theirs, and dropping it
            # would change nothing. Errors are still reported. Not so for a word found at any
            # mention after one read with "only" ("just the instruction" after "instruction
            # only"): it matches more, and is checked.
            read = grader.alias_phrase(alias, q_stems)
            one_word = _read_as_one_word(read)
            repeated = stems in said_before and (
                len(stems) > 1 or said_before[stems] or not one_word
            )
            said_before[stems] = said_before.get(stems, False) or one_word
            if read is None and make_phrase(alias, canon=canon):
                left = sorted(stems - q_stems)
                if left and repeated:
                    continue
                why = (
                    "is made only of the question's own words"
                    if not left
                    else f"keeps only '{' '.join(left)}' once the question's own words are dropped"
                )
                found.append(
                    problem(
                        where,
                        "question-words-alias",
                        f"{said} {why}: the grader ignores it",
                        warning=bool(left),
                    )
                )
            if stems and not repeated:
                others = frozenset.intersection(*(frequency.get(s, frozenset()) for s in stems))
                others -= {qid}
                if len(stems) == 1 and len(others) >= needed and one_word:
                    found.append(
                        problem(
                            where,
                            "generic-alias",
                            f"{said} is one generic word (read through the thesaurus), used "
                            f"by {len(others)} other questions",
                            warning=True,
                        )
                    )
                elif len(stems) > 1 and len(others) >= needed_common:
                    found.append(
                        problem(
                            where,
                            "common-alias",
                            f"{said} is common across the bank: its words stand in "
                            f"{len(others)} other questions",
                            warning=True,
                        )
                    )
        for phrase in concept.phrases:
            key = phrase.strip().lower()
            owner = owners.setdefault(key, concept.name)
            if owner != concept.name:
                found.append(
                    problem(
                        lines.rubric(qid, "concepts", concept.name, "aliases", phrase),
                        "shared-alias",
                        f"{qid}: '{phrase}' names both concept '{owner}' and '{concept.name}'",
                    )
                )
    total = sum(c.weight for c in question.concepts)
    essential = sum(c.weight for c in question.concepts if c.weight >= 3)
    if total and essential > total / 2:
        count = sum(1 for c in question.concepts if c.weight >= 3)
        found.append(
            problem(
                lines.rubric(qid),
                "essential-weight",
                f"{qid}: {essential:g} of the weight {total:g} is essential (weight 3, "
                f"{count} of {len(question.concepts)} concepts); at most half should be",
            )
        )
    return found
