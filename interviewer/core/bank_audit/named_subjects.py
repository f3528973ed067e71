"""Wrong-claim lines that name none of their question's subjects, whatever their first word
(held56a, stop 45). `claim-line-no-subject` (subjectless.py) sees only a line that opens with a
verb in -s and counts every word of the prompt as a subject; the same false flag comes from a
line that opens with a noun, a gerund or a participle ("context from both the left", genai-028;
"skipping layers for easy tokens", genai-147), or that says a generic word of the prompt
("processes the sequence step by step", genai-021: "sequence" is no subject): such a line is
found of whatever the answer says it of, the other method of a contrast too ("masked language
modeling predicts them from context on both the left and the right", correct_probes55a).

A question's subjects are what its rubric and prompt name as the things it is about:

- every `about` name of its concepts (the rubric author's subjects of a contrast);
- in the prompt, a name (a word in capitals or capitalised inside the sentence, "BERT",
  "Transformer", "CLM") and a content word that fewer than GENERIC_SHARE of the bank's
  questions use (the audit's measure of the field's vocabulary: "causal", "temperature",
  "VAE"; not "sequence", "context", "attention", which a tenth of the bank uses).

A word every question uses ("model", "data": subjectless_claims.GENERIC) is never one, but an
LLM the prompt names is ("LLMs", "language models"; tune57), and a line that says something of
LLMs, or that has a common verb the grader's list leaves out ("makes", "gets"), has a subject of
its own. A line
names a subject when one of its stems is a stem of a subject. Checked: the `contradicts` lines of
each concept and the phrases of the question's own misconceptions (a misconception is found as
a statement too, of whatever the answer says it of). A line `claim-line-no-subject` already
warns of is not warned twice. Questions with one subject are warned too: a correct answer
mentions other things there as well (the RNN on "What is a Transformer model?", genai-021).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping

from ..bank import Bank, Question
from ..grading.subjectless_claims import GENERIC
from ..grading.text import STOP_WORDS, Text
from ..grading.verbs import COPULAS, is_verb
from .lines import Lines
from .problems import AuditProblem, problem
from .subjectless import opening_verb, subject_stems, subjectless_verb
from .wording import GENERIC_SHARE, MIN_QUESTIONS

NAME_RE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*[A-Z][\w-]*|[A-Z][a-z][\w-]*)")
"""A word written with a capital: an acronym or a name ("BERT", "CLIPScore", "GPT-4",
"Transformer"); the prompt's first word and question words are left out by the caller."""
FINITE = COPULAS | frozenset(
    "has have had do does did can cannot could will would should must may might".split()
)
"""Words that are a finite verb wherever they stand."""
COMMON_VERBS = frozenset(
    "make makes made get gets got put puts come comes came say says said seem seems go goes "
    "went become becomes became".split()
)
"""Common verbs the grader's verb list leaves out (verbs.is_verb: "makes" is no verb there):
after a word, a verb ("the discriminator makes the images", genai-005; tune57)."""
MODEL_NAMES = frozenset("llm llms".split())
LANGUAGE_MODEL = frozenset(("model", "models"))
"""Words of GENERIC that still name a thing a line can say something of: "LLMs are recurrent
networks" is said of LLMs, not of whatever the answer says it of (genai-012; tune57)."""
QUESTION_WORDS = frozenset(
    "what which how why when where who whose compare compar contrast differ different "
    "difference versus vs describe explain".split()
)
"""Words and stems that ask the question, not name what it is about."""


def question_subjects(
    question: Question,
    frequency: Mapping[str, frozenset[str]],
    canon: Mapping[str, str],
    size: int,
) -> frozenset[frozenset[str]]:
    """The question's subjects (module docstring), each as the stems a line names it by: one
    stem, or every stem of an `about` said only in words every question uses ("generative AI"),
    in a bank of `size` questions whose words are counted in `frequency`
    (wording.document_frequency)."""
    found: set[str] = set()
    generic: set[frozenset[str]] = set()
    for concept in question.concepts:
        for about in concept.about:
            stems = subject_stems(about, canon)
            if stems:
                found |= stems
            elif all_stems := frozenset(Text.of(about, canon=dict(canon)).content_stems()):
                generic.add(all_stems)
    prompt = question.prompt
    for match in NAME_RE.finditer(prompt):
        if match.start() > 0 and match.group().lower() not in QUESTION_WORDS:
            found |= subject_stems(match.group(), canon)
    if names_llm(prompt, canon):
        generic.add(frozenset(("llm",)))
    common = max(MIN_QUESTIONS, math.ceil(GENERIC_SHARE * size))
    for stem in subject_stems(prompt, canon):
        if len(frequency.get(stem, ())) < common and stem not in QUESTION_WORDS:
            found.add(stem)
    return frozenset({frozenset((stem,)) for stem in found} | generic)


def names_llm(text: str, canon: Mapping[str, str]) -> bool:
    """Whether the text names a large language model ("LLM", "LLMs", "language models"), a
    thing a line can be said of though its words are GENERIC ones."""
    words = Text.of(text, canon=dict(canon)).words
    return any(
        word in MODEL_NAMES
        or (word == "language" and i + 1 < len(words) and words[i + 1] in LANGUAGE_MODEL)
        for i, word in enumerate(words)
    )


def own_subject(text: str, canon: Mapping[str, str]) -> bool:
    """Whether the line is a clause with a subject of its own: a verb after words of which one
    may name a thing (no stop word, pronoun or GENERIC word): "similar meanings are far apart",
    "the transcript keeps the tone", "leaking future tokens increases the loss"; not "each token
    attends to ...", "they all share one context", "fills in blanks", nor a line with no verb
    ("context from both the left", "skipping layers for easy tokens"), which is said of
    whatever the answer says it of."""
    parsed = Text.of(text, canon=dict(canon))
    words, stems = parsed.words, parsed.stems
    named = False
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if (
            word in FINITE
            or (i > 0 and word in COMMON_VERBS)
            or (
                i > 0
                and not word.endswith("ing")
                and is_verb(word, stems[i], "it" if word.endswith("s") else words[i - 1], following)
            )
        ):
            return named
        if i == 0 and opening_verb(text, canon):
            return False
        thing = word not in STOP_WORDS and word not in GENERIC and stems[i] not in GENERIC
        if thing or word in MODEL_NAMES or (word == "language" and following in LANGUAGE_MODEL):
            named = True
    return False


def _claim_lines(
    question: Question, canon: Mapping[str, str]
) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """(where, what, text) of each `contradicts` line that `claim-line-no-subject` does not
    warn of, and of each phrase of the question's own misconceptions."""
    for concept in question.concepts:
        for text in concept.contradicts:
            if not subjectless_verb(question, concept, text, canon):
                where = ("concepts", concept.name, "contradicts", text)
                yield where, f"concept '{concept.name}': contradicts", text
    for m in question.misconceptions:
        if not m.common:
            for text in m.phrases:
                where = ("misconceptions", m.phrase, "aliases", text)
                yield where, f"misconception '{m.phrase}'", text


def unnamed_subject_lines(
    question: Question,
    lines: Lines,
    frequency: Mapping[str, frozenset[str]],
    canon: Mapping[str, str],
    size: int,
) -> list[AuditProblem]:
    """A warning for each wrong-claim line of the question that names none of its subjects
    and has no subject of its own (module docstring), at its place in the rubric."""
    subjects = question_subjects(question, frequency, canon, size)
    if not subjects:
        return []
    named = ", ".join(sorted(" ".join(sorted(stems)) for stems in subjects))
    found = []
    for key, what, text in _claim_lines(question, canon):
        stems = set(Text.of(text, canon=dict(canon)).content_stems())
        if any(subject <= stems for subject in subjects) or own_subject(text, canon):
            continue
        found.append(
            problem(
                lines.rubric(question.id, *key),
                "claim-line-names-no-subject",
                f"{question.id}: {what} '{text}' names none of the question's subjects "
                f"({named}): it is found of whatever an answer says it "
                "of, another method in a contrast too; write the subject the wrong answer "
                "gives the role to",
                warning=True,
            )
        )
    return found


def named_subject_problems(
    bank: Bank, lines: Lines, frequency: Mapping[str, frozenset[str]], canon: Mapping[str, str]
) -> list[AuditProblem]:
    """`unnamed_subject_lines` for every question of the bank, in question order."""
    size = len(bank)
    return [
        p
        for question in bank
        for p in unnamed_subject_lines(question, lines, frequency, canon, size)
    ]
