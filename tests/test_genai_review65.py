"""review65, the second reader of stop 53: a fact-check sample of the genai bank and rubric, 12
tunable questions drawn at random, leaving out every question review61, review62 and review64
drew or named (`random.Random(6565)`, sorted: genai-007, 009, 012, 029, 034, 051, 079, 097, 109,
115, 134, 165). Each case is a true sentence a correct answer naturally says that a `contradicts`
line or a misconception alias flagged (it must not be), and the wrong claim the narrowed line is
there for, said whole (it must stay caught). Sentences written by the reader from the prompts,
references and knowledge; no answer of any split read (/work/s65/notes/review65.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_misconception_corrected, assert_only_the_subject_is_flagged

CASES = [
    # C1 genai-007 'push the loss up': in a GAN the discriminator does push the generator's loss
    # up (a minimax game); the wrong claim is that training pushes the loss up
    (
        "genai-007",
        "The discriminator tries to push the loss up for the generator, which is why it is a "
        "minimax game.",
        False,
    ),
    ("genai-007", "Training pushes the loss up.", True),
    ("genai-007", "Training tries to push the loss up until the model fits.", True),
    # C2 genai-007 'gradient ascent on the loss': the discriminator ascends the loss the
    # generator descends; the wrong claim is that training does
    (
        "genai-007",
        "The discriminator does gradient ascent on the loss that the generator descends.",
        False,
    ),
    ("genai-007", "Training does gradient ascent on the loss.", True),
    ("genai-007", "The model is trained by gradient ascent on the loss.", True),
    # C3 genai-012 'separate LLM for each task': some teams do fine-tune one per task; the wrong
    # claim is that an LLM needs one
    (
        "genai-012",
        "Companies sometimes fine-tune a separate LLM for each task when they need top accuracy.",
        False,
    ),
    ("genai-012", "You need a separate LLM for each task.", True),
    ("genai-012", "You need to train a new LLM for each task.", True),
    # C5 genai-029 'billed per character': some APIs were (Vertex AI's older pricing); the wrong
    # claim is that LLM APIs are
    (
        "genai-029",
        "Some APIs, such as Google's older Vertex AI pricing, billed per character rather than "
        "per token.",
        False,
    ),
    ("genai-029", "LLM APIs are billed per character.", True),
    ("genai-029", "The API is billed per character.", True),
    # C6 genai-034 'masked scores are zero': after the softmax they are; the wrong claim is
    # zero before it
    (
        "genai-034",
        "The masked scores are zero after the softmax, since exp of minus infinity is zero.",
        False,
    ),
    ("genai-034", "Masked scores are set to zero before the softmax.", True),
    # C7 genai-134 'paired data is abundant' / 'plentiful': web pairs are abundant but noisy;
    # the wrong claims are clean pairs in plenty, or data as no bottleneck
    ("genai-134", "Paired image-text data is abundant on the web, but it is noisy.", False),
    (
        "genai-134",
        "Web-scale paired data is plentiful, but well-aligned paired data is scarce.",
        False,
    ),
    ("genai-134", "Paired data is abundant, so data is not a bottleneck.", True),
    ("genai-134", "Paired image-text data is abundant and clean.", True),
    ("genai-134", "Clean paired data is plentiful.", True),
    # C8 genai-134 'keeps the text abilities intact': freezing the LLM does; the wrong claim is
    # that visual fine-tuning does
    (
        "genai-134",
        "Freezing the LLM keeps its text abilities intact, at the cost of weaker visual "
        "adaptation.",
        False,
    ),
    ("genai-134", "Fine-tuning on images keeps the text abilities intact.", True),
    ("genai-134", "Visual fine-tuning keeps the text abilities intact.", True),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)


# Misconception aliases narrowed: (question, answer, the misconception it must meet or None)
MISCONCEPTIONS = [
    # C4 genai-012 alias 'LLMs search the internet': with a search tool they do (ChatGPT search);
    # the misconception is looking answers up instead of generating them
    ("genai-012", "With a search tool, LLMs search the internet before answering.", None),
    ("genai-012", "LLMs look up answers in a database.", "LLMs look up answers in a database"),
    ("genai-012", "LLMs query a database for answers.", "LLMs look up answers in a database"),
]


@pytest.mark.parametrize(("question_id", "answer", "phrase"), MISCONCEPTIONS)
def test_second_readers_misconception_corrections(
    genai, genai_grader, question_id, answer, phrase
) -> None:
    assert_misconception_corrected(genai_grader.grade(genai.get(question_id), answer), phrase)
