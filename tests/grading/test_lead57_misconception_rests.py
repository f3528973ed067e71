"""lead57: the question's own misconceptions that open with its subject are split into subject
and rest once per question (PreparedQuestion.misconception_rests, misconceptions.own_rests), not
once per answer and phrase (2,230 calls of rest_after_subject per development-set run): the same
splits in order, not read again for a later answer, and the same findings (veto56's case on
genai-033)."""

from __future__ import annotations

from interviewer.core.grading import misconceptions as module
from interviewer.core.grading.subjectless_claims import rest_after_subject

ANSWER = "Beam search is used in generation. The search checks every possible sequence."


def test_misconception_rests_are_each_own_phrases_split_in_order(genai, genai_grader) -> None:
    prepared = genai_grader._prepare(genai.get("genai-033"))
    asked = prepared.prompt_words
    expected = []
    for misconception, phrases in prepared.misconceptions:
        if misconception.common:
            continue
        splits = tuple(s for p in phrases if (s := rest_after_subject(p, asked)) is not None)
        if splits:
            expected.append((misconception, splits))
    assert list(prepared.misconception_rests) == expected
    assert expected  # "beam search checks every possible sequence" opens with the subject


def test_misconception_rests_are_read_once_per_question(genai, genai_grader, monkeypatch) -> None:
    question = genai.get("genai-033")
    first = genai_grader.grade(question, ANSWER)
    assert first.misconceptions  # veto56: found said without its subject
    calls: list[object] = []

    def counted(phrase, words):
        calls.append(phrase)
        return rest_after_subject(phrase, words)

    monkeypatch.setattr(module, "rest_after_subject", counted)
    again = genai_grader.grade(question, ANSWER)
    assert [m.evidence for m in again.misconceptions] == [m.evidence for m in first.misconceptions]
    assert calls == []  # the second answer read no phrase's subject again
