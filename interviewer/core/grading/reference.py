"""Grading against an ad-hoc answer key, and the one grader a bank keeps."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..bank import Bank, Concept, Question
from .grader import Grader
from .grader.fit_cache import FitCache
from .result import Grade


def reference_question(
    prompt: str,
    references: str | Sequence[str],
    keywords: Sequence[str] | None = None,
    *,
    question_id: str = "",
) -> Question:
    """An ad-hoc question (not in a bank): its references, and keywords as concepts if given."""
    if isinstance(references, str):
        references = (references,)
    concepts = tuple(Concept(name=str(k).strip()) for k in (keywords or ()) if str(k).strip())
    return Question(
        id=question_id,
        prompt=str(prompt),
        reference_answers=tuple(str(r) for r in references),
        concepts=concepts,
    )


def grade_reference(
    prompt: str,
    references: str | Sequence[str],
    answer: str,
    *,
    keywords: Sequence[str] | None = None,
) -> Grade:
    """Grade an answer against an ad-hoc question, fitting on that question's own text."""
    question = reference_question(prompt, references, keywords)
    return Grader(questions=[question]).grade(question, answer)


_bank_graders: dict[tuple[str, str, int], tuple[Bank, Grader]] = {}


def grader_for(bank: Bank, fit_cache: Path | None = None) -> Grader:
    """The grader of a bank, fitted once and then reused; `fit_cache` is a folder where its fit
    is kept between runs (grader/fit_cache.py), so that the next process need not fit again."""
    key = (bank.id, bank.version, id(bank))
    cached = _bank_graders.get(key)
    if cached is not None and cached[0] is bank:
        return cached[1]
    grader = Grader(bank, fit_cache=FitCache(fit_cache) if fit_cache is not None else None)
    _bank_graders[key] = (bank, grader)
    return grader
