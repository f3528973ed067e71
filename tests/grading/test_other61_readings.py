"""other61: a claim said of another named system is not the candidate's claim about this one
(issue 8, stop 50).

- a line's predicate noun phrase found opening another statement, the subject of its own verb,
  is not said of the question's subject ("Precision-only metrics like BLEU miss recall, which
  METEOR adds": predicate_subjects.py, read by subjectless_claims.said_without_subject);
- a claim's word said in a lesser degree ("reasons less well than a top text model") is not the
  line's bare claim 'speech-to-speech models reason as well as text' (lesser_degree.py);
- a part named after a comparing word ("Unlike adapters, which ...") does not lead its sentence
  for the roles reading (set_beside.py, read by roles._said);
- a listed wrong claim in a sentence opening "In X," where X names another system than the
  question's is said of X (framed_other.py), and "In FID, lower is better" is said of FID
  (named_other.LEADS).

Found on blind correct answers (correct_probes61o cp61o-003, 005, 012) and stop 49's known cases
(review60's genai-108, flag60's genai-209, lead60's "In X" frame). Each CORRECT case is flagged
on a9c8fc81; the WRONG cases in the same shapes are caught at the end (one, "Unlike the VAE, the
U-Net compresses the image", was missed on a9c8fc81 and is caught now).
"""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.set_beside import set_beside

CORRECT = [
    ("genai-108", "Precision-only metrics like BLEU miss recall, which METEOR adds."),
    ("genai-108", "METEOR combines precision and recall. Precision-only metrics miss recall."),
    ("genai-209", "A speech-to-speech model reasons less well than a text LLM."),
    (
        "genai-209",
        "An end-to-end speech-to-speech model responds faster and keeps prosody. It usually "
        "reasons less well than a top text model.",
    ),
    (
        "genai-085",
        "Unlike adapters, which insert new layers and add latency, LoRA leaves the architecture "
        "unchanged, and QLoRA goes further by keeping the frozen base in 4-bit.",
    ),
    ("genai-111", "In FID, lower is better."),
    (
        "genai-085",
        "In DreamBooth, the optimizer trains the full original weight matrices of the diffusion "
        "model.",
    ),
    ("genai-085", "In SVD-based compression, one factorises the pretrained weight matrices."),
    ("genai-055", "In closed-book GPT-3, the knowledge is stored in the weights."),
]

WRONG = [
    ("genai-108", "METEOR aligns words with a reference. It is a precision-only metric."),
    (
        "genai-108",
        "METEOR aligns words with a reference. A precision-only metric that ignores recall.",
    ),
    ("genai-108", "METEOR aligns words. Precision-only metric, it ignores recall."),
    ("genai-209", "A speech-to-speech model reasons as well as a text LLM."),
    ("genai-068", "Unlike the VAE, the U-Net compresses the image into a latent."),
    ("genai-085", "The adapters are kept frozen while the pretrained weights get gradients."),
    ("genai-085", "Unlike the adapters, the pretrained weights get gradients during training."),
    ("genai-068", "The VAE predicts the noise."),
    ("genai-111", "In IS, lower is better."),
    ("genai-111", "In practice, lower is better."),
    ("genai-085", "In LoRA, the optimizer trains the full original weight matrices."),
    ("genai-085", "In practice, LoRA trains the full original weight matrices."),
    (
        "genai-085",
        "In DreamBooth, the optimizer trains the full original weight matrices, but LoRA also "
        "trains the full original weight matrices.",
    ),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_claim_of_another_system_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_no_wrong_claim(grade)


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_wrong_claim_in_the_same_shape_is_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert_wrong_claim_caught(grade)


@pytest.mark.parametrize(
    ("words", "first", "beside"),
    [
        ("unlike adapters which".split(), 1, True),
        ("unlike the vae the".split(), 2, True),
        ("methods such as dqn estimate".split(), 3, True),
        ("compared with the u-net".split(), 3, True),
        ("rather than bert".split(), 2, True),
        ("the vae compresses".split(), 1, False),
        ("the u-net".split(), 0, False),
        ("as the vae".split(), 2, False),
    ],
)
def test_set_beside(words: list[str], first: int, beside: bool) -> None:
    assert set_beside(words, first) is beside
