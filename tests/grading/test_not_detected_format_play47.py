"""Every "Not detected" line of the feedback names its concept in quotes (play47): on
genai-183 (QLoRA) "Not detected: Double quantization quantizes ..." stood unnamed beside
"Not detected: 'NF4 normal quantiles': ...", because the question names double quantization."""

from __future__ import annotations

import re

NOT_DETECTED = re.compile(r"Not detected: (the term )?'.+?'(: \S|\.)")  # a name may hold a '
VAGUE = "It is a technique that makes the model work better in practice."


def test_qlora_feedback_names_each_concept_not_detected(genai, genai_grader) -> None:
    grade = genai_grader.grade(genai.get("genai-183"), "QLoRA fine-tunes a 4-bit model.")
    lines = [note for note in grade.feedback if note.startswith("Not detected")]
    assert any(line.startswith("Not detected: 'double quantization': ") for line in lines)
    assert all(NOT_DETECTED.match(line) for line in lines), lines


def test_every_not_detected_line_of_the_genai_bank_names_its_concept(genai, genai_grader) -> None:
    """A vague answer to every genai question: each of its "Not detected" lines opens with
    the concept's quoted name, a question's named concepts (24 questions) included."""
    unnamed = [
        (question.id, note)
        for question in genai.questions
        for note in genai_grader.grade(question, VAGUE).feedback
        if note.startswith("Not detected") and not NOT_DETECTED.match(note)
    ]
    assert unnamed == []
