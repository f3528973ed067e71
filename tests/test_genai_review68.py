"""review68, the second reader of stop 56: a fact-check sample of 10 tunable questions drawn at
random, leaving out every question review61, 62, 64, 65, 66 and 67 drew or named
(`random.Random(6868)`, sorted: genai-010, 078, 125, 152, 153, 162, 166, 169, 176, 188). Each case
is a true sentence a correct answer naturally says that a `contradicts` line flagged (it must not
be), and the wrong claim the narrowed line is there for, said whole (it must stay caught).
Sentences written by the reader from the prompts, references and knowledge; no answer of any
split read (/work/s68/notes/review68.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # genai-010 'lower exam scores' (no subject): true of GPT-3.5; the wrong claim is that GPT-4
    # scored lower
    (
        "genai-010",
        "GPT-3.5 had lower exam scores than GPT-4 on almost every professional test.",
        False,
    ),
    ("genai-010", "GPT-4 had lower exam scores than GPT-3.5.", True),
    ("genai-010", "GPT-4 scored lower on exams than GPT-3.5.", True),
    ("genai-010", "GPT-3.5 had higher exam scores than GPT-4.", True),
    # genai-078 'higher-dimensional latent' (a fragment): less compression keeps more detail
    # (SD3's 16-channel latent); the wrong claim is a latent larger than the image
    (
        "genai-078",
        "A higher-dimensional latent keeps more detail but makes diffusion more expensive.",
        False,
    ),
    (
        "genai-078",
        "Using a higher-dimensional latent, with less compression, keeps more detail but costs "
        "more.",
        False,
    ),
    ("genai-078", "The latent is higher-dimensional than the image.", True),
    (
        "genai-078",
        "Latent diffusion uses a higher-dimensional latent than the image, so it keeps every "
        "detail.",
        True,
    ),
    # genai-162 'generated in parallel' (no subject): diffusion language models and parallel tool
    # calls; the wrong claim is that an LLM's output tokens come out in parallel
    (
        "genai-162",
        "Diffusion language models generate tokens in parallel, but most production LLMs still "
        "decode one token at a time.",
        False,
    ),
    (
        "genai-162",
        "Independent tool calls can be generated in parallel and run concurrently.",
        False,
    ),
    (
        "genai-162",
        "The output is generated in parallel, so a long answer costs no extra time.",
        True,
    ),
    ("genai-162", "All the tokens are generated in parallel on the GPU.", True),
    ("genai-162", "LLMs generate tokens in parallel, so output length is irrelevant.", True),
    # genai-188 'scored by an LLM judge' (no subject): true of open-ended benchmarks; the wrong
    # claim is that MMLU is scored so
    (
        "genai-188",
        "Open-ended benchmarks such as MT-Bench are scored by an LLM judge, unlike MMLU.",
        False,
    ),
    ("genai-188", "MT-Bench answers are scored by an LLM judge such as GPT-4.", False),
    ("genai-188", "MMLU is scored by an LLM judge.", True),
    ("genai-188", "Each answer is scored by an LLM judge.", True),
    # genai-188 'plenty of headroom' (a fragment): true of newer, harder benchmarks; the wrong
    # claim is that MMLU has it
    (
        "genai-188",
        "Harder benchmarks such as Humanity's Last Exam still have plenty of headroom.",
        False,
    ),
    ("genai-188", "MMLU has plenty of headroom.", True),
    ("genai-188", "MMLU still has plenty of headroom for frontier models.", True),
    (
        "genai-188",
        "MMLU has 57 subjects and four options per question. It still has plenty of headroom, so "
        "it separates the top models well.",
        True,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)


def test_latent_diffusion_reference_names_its_newer_denoiser(genai, genai_grader) -> None:
    """genai-078's reference says what a December 2026 interviewer knows: the U-Net of the
    original work, a transformer (with joint attention over text and image tokens) in newer
    models such as Stable Diffusion 3; the reference still grades strong."""
    question = genai.get("genai-078")
    reference = question.reference_answers[0]
    assert "in newer models such as Stable Diffusion 3, a transformer" in reference
    assert "typically a U-Net" not in reference
    grade = genai_grader.grade(question, reference)
    assert grade.band == "strong"
    assert not grade.contradictions and not grade.misconceptions
