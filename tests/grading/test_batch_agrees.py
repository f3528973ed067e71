"""A grade does not depend on what the grader graded before: the caches kept between answers
(typo corrections per question, character n-gram ids, plain wordings, fuzzy look-ups) only
save work. An answer graded in a long batch, in the reverse order, or alone by a fresh grader
gets the same grade, field for field."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from interviewer.core.bank import Question
from interviewer.core.grading import Grader
from interviewer.core.grading.grader.fit_cache import FitCache

DATA = Path(__file__).resolve().parent.parent / "data"


def _answers(genai) -> list[tuple[Question, str]]:
    """Development set answers, and the same answers with typos and pasted twice."""
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    rng = random.Random(31)
    picked = rng.sample(rows, 60)
    answers: list[tuple[Question, str]] = []
    for row in picked:
        question, text = genai.get(row["question_id"]), row["answer"]
        words = text.split()
        if len(words) > 3:  # two letters swapped in one word: a typo to correct
            k = rng.randrange(len(words))
            word = words[k]
            if len(word) > 4:
                words[k] = word[0] + word[2] + word[1] + word[3:]
        answers += [(question, text), (question, " ".join(words)), (question, f"{text} {text}")]
    return answers


def test_a_batch_in_either_order_and_single_answers_grade_alike(genai, tmp_path: Path) -> None:
    answers = _answers(genai)
    forward = Grader(genai, fit_cache=FitCache(tmp_path))
    in_order = [forward.grade(q, a).to_dict() for q, a in answers]
    backward = Grader(genai, fit_cache=FitCache(tmp_path))
    reverse = [backward.grade(q, a).to_dict() for q, a in reversed(answers)]
    assert in_order == reverse[::-1]
    for k in range(0, len(answers), 17):  # each alone, by a grader that graded nothing before
        question, answer = answers[k]
        alone = Grader(genai, fit_cache=FitCache(tmp_path)).grade(question, answer)
        assert alone.to_dict() == in_order[k]
