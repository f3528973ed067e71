"""A misconception's phrases are read once per grader (speed48): the rubric's common
misconceptions are listed by every question of the genai bank and had been parsed again for
each. What each prepared question holds must be what reading them afresh gives."""

from __future__ import annotations

from interviewer.core.grading.claims import statement_phrases


def test_every_question_holds_the_phrases_read_afresh(genai, genai_grader):
    """For every question of the bundled bank, its prepared misconceptions are, in order and
    field for field, those `statement_phrases` gives for each misconception's phrases."""
    checked = 0
    for question in genai:
        if question.rubric == "star":
            continue
        prepared = genai_grader._prepare(question)
        expected = []
        for misconception in question.misconceptions:
            words = genai_grader._with_synonyms(misconception.phrases)
            phrases = statement_phrases(words, genai_grader.canon)
            if phrases:
                expected.append((misconception, phrases))
        assert prepared.misconceptions == expected, question.id
        checked += sum(len(phrases) for _, phrases in expected)
    assert checked > 1000  # the bank's common misconceptions on every question


def test_a_common_misconception_is_read_once(genai, genai_grader):
    """Two questions that list the same misconception share its phrases (the same objects):
    they were read once, not for each question."""
    first, second = [q for q in genai if q.rubric != "star" and q.misconceptions][:2]
    shared = [m for m in first.misconceptions if m in second.misconceptions]
    assert shared
    held = [dict(genai_grader._prepare(q).misconceptions) for q in (first, second)]
    for misconception in shared:
        if misconception in held[0]:
            ours, theirs = held[0][misconception], held[1][misconception]
            assert ours == theirs
            assert all(a is b for a, b in zip(ours, theirs, strict=True))
