"""The bank's word rarity as the grader weighs key terms, without fitting the grader.

The grader ranks a rubric-less question's key terms (key_terms/) by each word's IDF over the
bank's text (`Grader.fit`: every question's prompt, references, concept phrases and
descriptions, one document each). Fitting the grader also builds its character n-grams, which
takes seconds on a large bank; a practice hint needs only the word IDF, fitted here by the
grader's own `similarity.fit_idf` over the same documents (`question_documents`).
A test holds the two equal on every stem of the bundled banks and of an imported one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from ..bank import Question
from .similarity import fit_idf
from .text import Text


def question_documents(question: Question) -> list[str]:
    """One question's texts the grader's TF-IDF is fitted on (`Grader.fit`), in order: its
    prompt, references, and each concept's phrases and description."""
    documents = [question.prompt, *question.reference_answers]
    for concept in question.concepts:
        documents.append(" ".join(concept.phrases))
        if concept.description:
            documents.append(concept.description)
    return documents


def bank_documents(questions: Iterable[Question]) -> list[str]:
    """The texts the grader's TF-IDF is fitted on, in its order (see `Grader.fit`)."""
    return [d for question in questions for d in question_documents(question)]


def word_weights(
    questions: Iterable[Question], canon: Mapping[str, str] | None = None
) -> Callable[[str], float]:
    """A stem's IDF over the questions' text, as the grader gives it (`Grader._stem_weight`):
    ln((1 + n) / (1 + df)) + 1 for n documents, df of them holding the stem; a stem none holds
    weighs ln(1 + n) + 1.

    Args:
        questions: the bank's questions (all of them: rarity is over the whole bank).
        canon: the bank's thesaurus (stem -> the stem it is read as).
    """
    texts = [Text.of(d, canon=canon) for d in bank_documents(questions) if d.strip()]
    texts = [t for t in texts if t.content] or [Text.of("answer")]
    # the grader's own IDF, over stems alone (its word pairs change no stem's count)
    space = fit_idf([sorted(set(t.content_stems())) for t in texts])
    weights = {stem: float(space.idf[column]) for stem, column in space.vocabulary.items()}
    unseen = space.unseen
    return lambda stem: weights.get(stem, unseen)
