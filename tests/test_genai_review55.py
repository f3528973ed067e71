"""review55, the second reader of the held-out rubric audit (held55a, held55b): its corrections,
each with the wrong control that the narrowed or kept line let through (or the correct sentence it
flagged) and the correct control that must stay clean. Sentences written by the reader from the
questions' prompts, references and knowledge; no answer to these questions was read
(/work/s55/notes/review55.md, table "Proposed corrections")."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # A1 genai-028: the name spelled out
    (
        "genai-028",
        "Causal language modeling uses both left and right context to predict each token.",
        True,
    ),
    (
        "genai-028",
        "Masked language modeling, as in BERT, uses both left and right context to predict a "
        "hidden word, while causal language modeling predicts the next token from the previous "
        "tokens only.",
        False,
    ),
    # A2 genai-083
    (
        "genai-083",
        "A pretrained model only works for identical tasks, so you must train a new one for "
        "anything different.",
        True,
    ),
    # A3 genai-089
    (
        "genai-089",
        "Domain adaptation keeps all the general skills of the model, there is no downside.",
        True,
    ),
    (
        "genai-089",
        "RAG leaves the weights unchanged, so the model keeps all its general skills, while "
        "continued pretraining can cause catastrophic forgetting.",
        False,
    ),
    # A4 genai-159: the reference's own detection signal is not a wrong claim
    ("genai-159", "A contaminated model does worse on questions it has seen before.", True),
    (
        "genai-159",
        "A contaminated model does worse on rephrased versions of questions it has seen than on "
        "the originals.",
        False,
    ),
    # A5 genai-212: the attack does reveal one bit; the harm is what it implies
    (
        "genai-212",
        "The attack only reveals a single bit, whether the record was a member, but that bit can "
        "be sensitive, such as a diagnosis.",
        False,
    ),
    (
        "genai-212",
        "Membership only reveals a single bit, so it does not matter for privacy.",
        True,
    ),
    # A6, A9 genai-053
    ("genai-053", "The model learns permanently from the examples in the prompt.", True),
    (
        "genai-053",
        "A memory feature in the app keeps them for future conversations, but the model itself "
        "does not.",
        False,
    ),
    # A8 genai-107
    ("genai-107", "ROUGE compares the output to the input document.", True),
    (
        "genai-107",
        "Faithfulness metrics for summarization compare the summary with the source text, while "
        "ROUGE compares it with reference summaries.",
        False,
    ),
    # A10 genai-067: Variational Diffusion Models do learn the schedule; DDPM's is fixed
    ("genai-067", "DDPM learns the noise schedule during training.", True),
    (
        "genai-067",
        "In DDPM the variance schedule is fixed; later work like Variational Diffusion Models "
        "learns the noise schedule.",
        False,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)
