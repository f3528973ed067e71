"""Many answers to a question compared at once (meaning_many.py) give each the similarities it
gets alone, to the last bit, and `Grader.grade_many` the grades `Grader.grade` gives."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
import yaml

from interviewer.core.bank import Question
from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.grader.fit_cache import FitCache
from interviewer.core.grading.meaning import similarities
from interviewer.core.grading.meaning_many import many_similarities

DATA = Path(__file__).resolve().parent.parent / "data"

# written for this test: answers of every shape to "What does a KV cache store?"-like prompts
ANSWERS = (
    "",
    "cache",
    "The keys and values of earlier tokens are kept, so decoding does not recompute them.",
    "It stores keys and values. It grows with the sequence. It saves compute at each step.",
    "Attention attention attention attention, and more attention: queries, keys, values.",
    "zzqx blorf wumpus",  # nothing the fit has seen
    "KV cache",
    "A cache. Another cache, for the keys; a third one, for the values; and so on, each step.",
)


def _read(grader: Grader, question: Question, answer: str):
    read = grader._parsed(question, answer, [])
    assert not isinstance(read, type(grader.grade(question, ""))), answer
    prepared, parsed = read
    return prepared, parsed.text, grader._units(prepared, parsed)


def _same(alone, together) -> None:
    assert alone.references == together.references  # floats compared exactly
    assert alone.segments == together.segments
    assert alone.best == together.best
    assert alone.meaning.shape == together.meaning.shape
    assert np.array_equal(alone.meaning, together.meaning)
    assert alone.meaning.tobytes() == np.ascontiguousarray(together.meaning).tobytes()


@pytest.mark.parametrize("question_id", ["genai-049", "genai-144", "genai-001"])
def test_answers_compared_together_get_the_similarities_each_gets_alone(
    genai, genai_grader, question_id: str
) -> None:
    question = genai.get(question_id)
    answers = [a for a in ANSWERS if a] + list(question.reference_answers)
    read = [_read(genai_grader, question, a) for a in answers]
    prepared = read[0][0]
    words, chars = genai_grader._words, genai_grader._chars
    stems = prepared.question_stems
    together = many_similarities(
        prepared.texts, words, chars, [(text, units) for _, text, units in read], stems
    )
    assert len(together) == len(answers)
    for (_, text, units), found in zip(read, together, strict=True):
        _same(similarities(prepared.texts, words, chars, text, units, stems), found)


def test_no_answers_compare_to_nothing(genai, genai_grader) -> None:
    prepared = _read(genai_grader, genai.get("genai-049"), "keys and values")[0]
    words, chars = genai_grader._words, genai_grader._chars
    assert many_similarities(prepared.texts, words, chars, [], frozenset()) == []


def test_grade_many_grades_as_grade_does(genai, tmp_path: Path) -> None:
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    picked = random.Random(33).sample(rows, 80)
    asked: list[tuple[Question, object]] = [
        (genai.get(r["question_id"]), r["answer"]) for r in picked
    ]
    asked += [(genai.get("genai-049"), a) for a in ANSWERS]  # the empty answer too
    asked += [(genai.get("genai-049"), None), (genai.get("genai-001"), 42)]
    one_by_one = Grader(genai, fit_cache=FitCache(tmp_path))
    alone = [one_by_one.grade(q, a, timed_out=True).to_dict() for q, a in asked]
    together = Grader(genai, fit_cache=FitCache(tmp_path)).grade_many(asked, timed_out=True)
    assert [g.to_dict() for g in together] == alone


def test_grade_many_in_reference_mode_and_star_mode(genai, tmp_path: Path) -> None:
    keyed = [
        reference_question(q.prompt, q.reference_answers, question_id=q.id)
        for q in (genai.get("genai-049"), genai.get("genai-144"))
    ]
    star = Question("s1", "Tell me about a conflict.", ("I listened first.",), rubric="star")
    asked: list[tuple[Question, object]] = [(q, a) for q in keyed for a in ANSWERS] + [
        (star, "Situation: a deadline. I split the work; we shipped a day early.")
    ]
    grader = Grader(questions=[*keyed, star], fit_cache=FitCache(tmp_path))
    alone = [grader.grade(q, a).to_dict() for q, a in asked]
    fresh = Grader(questions=[*keyed, star], fit_cache=FitCache(tmp_path))
    assert [g.to_dict() for g in fresh.grade_many(asked)] == alone
    assert fresh.grade_many([]) == []
