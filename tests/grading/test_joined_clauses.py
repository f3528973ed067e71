"""A bare "and" between two clauses, each with its subject and verb, opens a clause
(joined_clauses.py, roles53); an "and" between two nouns or two verbs of one subject does not."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def _split(sentence: str, left: str, right: str) -> bool:
    """Whether the words `left` and `right` of `sentence` stand in different clauses."""
    text = Text.of(sentence)
    structure = Structure.of(text)
    return structure.clauses[text.words.index(left)] != structure.clauses[text.words.index(right)]


@pytest.mark.parametrize(
    ("sentence", "left", "right"),
    [
        (
            "Double quantization compresses the quantization constants and paged optimizers "
            "move optimizer state to CPU memory.",
            "constants",
            "optimizers",
        ),
        ("The encoder reads the input and the decoder writes the output.", "input", "decoder"),
        ("The adapter learns the task and it leaves the base model untouched.", "task", "leaves"),
        ("The router picks two experts and the balancing loss spreads tokens.", "experts", "loss"),
    ],
)
def test_and_before_a_subject_and_its_verb_opens_a_clause(sentence, left, right):
    assert _split(sentence, left, right)


@pytest.mark.parametrize(
    ("sentence", "left", "right"),
    [
        # two nouns of one subject: no verb before the "and"
        ("Keys and values are cached for every layer.", "keys", "values"),
        # two verbs of one subject
        ("The model compresses the constants and moves the state to CPU.", "constants", "moves"),
        # two nouns of one object
        ("Double quantization compresses the constants and the scales.", "constants", "scales"),
        # a participle, no finite verb, after the noun phrase
        ("The model reuses keys and values stored in the cache.", "keys", "stored"),
        # the noun phrase and the "verb" across a bracket (correct_probes49 cp49-022)
        (
            "FID compares features of real and generated images (lower is better).",
            "real",
            "generated",
        ),
        # a bare form opening the clause is no verb (test_listed_and_past_claims, genai-143)
        ("Fetch few; lower recall and better answers go together.", "recall", "answers"),
        # roles handed out after a copula: one mapping
        (
            "The text tokens are the queries and the image latents supply the keys.",
            "queries",
            "latents",
        ),
    ],
)
def test_and_within_one_clause_opens_none(sentence, left, right):
    assert not _split(sentence, left, right)


def test_a_negation_stops_at_the_clause_an_and_opens():
    text = Text.of("QLoRA does not train the base weights and the adapters learn the task.")
    structure = Structure.of(text)
    assert structure.reach[text.words.index("weights")] != -1
    assert structure.reach[text.words.index("learn")] == -1


def test_the_qlora_control_reads_no_misconception(genai, genai_grader):
    """mapping52's genai-182 control: "QLoRA quantizes the optimizer states" had been read
    across the two clauses joined by "and"."""
    answer = (
        "QLoRA freezes the weights of the full base model and quantizes them to 4-bit NF4, while "
        "small LoRA adapters are trained in bf16 on top. Double quantization compresses the "
        "quantization constants and paged optimizers move optimizer state to CPU memory during "
        "spikes, which together let a 65B model be fine-tuned on a single 48 GB GPU."
    )
    grade = genai_grader.grade(genai.get("genai-182"), answer)
    assert not grade.misconceptions
    assert not grade.contradictions
    # the same misconception said in one clause is still caught
    wrong = genai_grader.grade(
        genai.get("genai-182"), "QLoRA quantizes the optimizer states to 4-bit to save memory."
    )
    assert [m.phrase for m in wrong.misconceptions] == ["QLoRA quantizes the optimizer states"]
