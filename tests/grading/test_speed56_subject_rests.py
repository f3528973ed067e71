"""speed56: the rests of the wrong claims that open with the question's subject
(subjectless_claims.rest_after_subject) are read once per question and kept on the prepared
concept (`subject_rests`), not once per answer and claim: the same claims and rests in order, the
same object on every answer after the first, and the same findings (genai-034, veto55's case)."""

from __future__ import annotations

from interviewer.core.grading import subjectless_claims
from interviewer.core.grading.subjectless_claims import rest_after_subject, subject_rests


def _prepared(genai, genai_grader, question_id: str):
    return genai_grader._prepare(genai.get(question_id))


def test_subject_rests_are_rest_after_subject_of_each_claim_in_order(genai, genai_grader) -> None:
    prepared = _prepared(genai, genai_grader, "genai-034")
    asked = prepared.prompt_words
    seen = 0
    for concept in prepared.concepts[0]:
        expected = [
            (p, *found)
            for p in concept.contradicts
            if (found := rest_after_subject(p, asked)) is not None
        ]
        assert list(subject_rests(concept, asked)) == expected
        seen += len(expected)
    assert seen  # "in GPT each token attends to earlier and later tokens" has a rest


def test_subject_rests_are_read_once_per_question(genai, genai_grader, monkeypatch) -> None:
    prepared = _prepared(genai, genai_grader, "genai-034")
    asked = prepared.prompt_words
    concept = next(c for c in prepared.concepts[0] if subject_rests(c, asked))
    first = subject_rests(concept, asked)
    calls: list[object] = []

    def counted(phrase, words):
        calls.append(phrase)
        return rest_after_subject(phrase, words)

    monkeypatch.setattr(subjectless_claims, "rest_after_subject", counted)
    assert subject_rests(concept, asked) is first
    answer = "Each token attends to earlier and later tokens."
    for _ in range(2):
        grade = genai_grader.grade(genai.get("genai-034"), answer)
        assert grade.contradictions  # still caught (test_subjectless_and_aside_claims)
    assert calls == []  # neither answer read a claim's rest again
    other = frozenset({"gpt"})  # another question's words: read for them, kept apart
    assert subject_rests(concept, other) is not first
    assert calls
