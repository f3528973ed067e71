"""A keyword string makes no claim: nothing in it is read as a swap, a contradiction or a
misconception (play 22: "Got wrong: double quantization ... said of NF4")."""

from __future__ import annotations

QLORA_TERMS = (
    "NF4 4-bit normal float quantization double quantization quantization constants paged "
    "optimizers GPU memory spikes unified memory LoRA adapters frozen base model"
)


def test_a_keyword_string_is_told_only_that_it_is_one(genai, genai_grader):
    grade = genai_grader.grade(genai.get("genai-183"), QLORA_TERMS)
    assert "keyword_list" in grade.flags
    assert "contradiction" not in grade.flags
    assert not grade.contradictions and not grade.misconceptions
    assert not any("is wrong" in note or "denies" in note for note in grade.feedback)
    assert any("string of terms makes no claim" in note for note in grade.feedback)


def test_a_wrong_claim_in_sentences_is_still_caught(genai, genai_grader):
    grade = genai_grader.grade(
        genai.get("genai-183"),
        "QLoRA stores the weights in NF4, and NF4 quantizes the quantization constants to 8 "
        "bits; paged optimizers use unified memory to survive memory spikes.",
    )
    assert "keyword_list" not in grade.flags
    assert "contradiction" in grade.flags


def test_a_keyword_string_denies_no_keyword_in_reference_mode():
    from interviewer.core.grading import grade_reference

    grade = grade_reference(
        "What is photosynthesis?",
        "Plants use sunlight, water and carbon dioxide to make glucose and release oxygen.",
        "chlorophyll, leaves, no sunlight, water, carbon dioxide, glucose, oxygen",
        keywords=["sunlight", "water", "carbon dioxide", "glucose", "oxygen"],
    )
    assert "keyword_list" in grade.flags
    assert "contradiction" not in grade.flags and not grade.contradictions
