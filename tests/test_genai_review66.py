"""review66, the second reader of stop 54: three dated references brought up to December 2026
(genai-012, 051, 115), two lines review65 found flagging true sentences (genai-109; genai-097 is a
reading, left), and a fact-check sample of 10 tunable questions drawn at random, leaving out
every question review61, 62, 64 and 65 drew or named (`random.Random(6666)`, sorted: genai-019,
025, 027, 044, 049, 054, 099, 100, 116, 164). Each case is a true sentence a correct answer
naturally says that a `contradicts` line flagged (it must not be), and the wrong claim the
narrowed line is there for, said whole (it must stay caught). Sentences written by the reader from
the prompts, references and knowledge; no answer of any split read (/work/s66/notes/review66.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # genai-109 'comparable across models with different tokenizers': bits per byte is; the wrong
    # claim is that perplexity is
    (
        "genai-109",
        "Bits per byte is comparable across models with different tokenizers, unlike perplexity.",
        False,
    ),
    (
        "genai-109",
        "Unlike perplexity, bits per byte is comparable across models with different tokenizers.",
        False,
    ),
    ("genai-109", "Perplexity is comparable across models with different tokenizers.", True),
    (
        "genai-109",
        "Perplexity is the exponential of the average negative log-likelihood. It is comparable "
        "across models with different tokenizers.",
        True,
    ),
    # genai-012 'LLMs generate the images directly': since 2025 multimodal LLMs do (GPT-4o's
    # native image generation); the wrong claims are image generators said to be LLMs
    (
        "genai-012",
        "Some LLMs generate the images directly, token by token, instead of handing off to a "
        "diffusion model.",
        False,
    ),
    ("genai-012", "Stable Diffusion is an LLM.", True),
    ("genai-012", "All image generators are LLMs.", True),
    # genai-054 'skip the reasoning and answer directly': fine for a simple lookup; the wrong
    # claim is that chain-of-thought does it
    (
        "genai-054",
        "Skipping the reasoning and answering directly is fine for simple lookups, where CoT only "
        "adds tokens.",
        False,
    ),
    (
        "genai-054",
        "Chain-of-thought tells the model to skip the reasoning and answer directly.",
        True,
    ),
    ("genai-054", "CoT means the model should skip the reasoning and answer directly.", True),
    (
        "genai-054",
        "In chain-of-thought prompting you skip the reasoning and answer directly.",
        True,
    ),
    # genai-100 'Likert ratings' (two words): comparing with Likert ratings is the reason for
    # pairs; the wrong claim is a reward model trained on them
    ("genai-100", "Pairwise comparisons are more consistent than Likert ratings.", False),
    ("genai-100", "The reward model is trained on Likert ratings.", True),
    ("genai-100", "Labelers give Likert ratings and the reward model regresses on them.", True),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)


def test_the_metric_wrapper_concept_is_not_named_for_one_library(genai, genai_grader) -> None:
    """genai-115: an answer that names no wrapper library misses 'metric wrapper libraries', not
    'Hugging Face Evaluate' (one wrapper among several in 2026); Hugging Face's LightEval counts as
    an LLM benchmark harness."""
    question = genai.get("genai-115")
    grade = genai_grader.grade(question, "For text use SacreBLEU and rouge-score, pinned.")
    assert "metric wrapper libraries" in grade.missed
    assert "Hugging Face Evaluate" not in grade.missed
    harness = genai_grader.grade(question, "For LLM benchmarks, run LightEval on standard suites.")
    assert "LLM benchmark harnesses" in [m.concept for m in harness.matched]
