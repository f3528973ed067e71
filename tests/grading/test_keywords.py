"""Keyword strings in the shapes a second round of blind writers found escaping (grader 3.6):
terms joined by "plus", a meta predicate ("are important concepts to consider"), an opening
filler verb ("Involves ..."), a term headed by an adjective that is also a verb ("lower
triangular matrix"), sentences of empty praise, and a string of terms off the references'
words. Each has a correct answer of the same shape that is not flagged."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.text import Text


def keyword_string(text: str, ignore_all: bool = False) -> bool:
    parsed = Text.of(text)
    ignore = frozenset(range(len(parsed.words))) if ignore_all else frozenset()
    return is_keyword_string(parsed, Structure.of(parsed), ignore=ignore)


@pytest.mark.parametrize(
    "answer",
    [
        "Basically experts plus gating network plus top-2 routing plus auxiliary loss plus "
        "capacity factor plus token dropping plus expert parallelism plus Mixtral matter here.",
        "Rotary embeddings, rotation angles, frequencies, extrapolation, interpolation, NTK "
        "scaling, YaRN and perplexity are important concepts to consider.",
        "Includes tokenization, embeddings, positional encoding, attention heads.",
        "It's all about causal masking, lower triangular matrix and padding masks.",
        "Leveraging zero-shot speaker adaptation with neural vocoder pipelines enables "
        "identity-centric deepfake risk vectors across the authentication and consent landscape.",
        "The U-Net backbone leverages encoder-decoder skip-connection synergies with "
        "multi-resolution, attention-augmented denoising paradigms to power diffusion pipelines.",
    ],
)
def test_terms_without_a_claim_are_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        # a list of risks, each with why it matters, is an answer (scored 100 before and after)
        "The big ones: hallucination, because models state false things fluently; bias "
        "inherited from training data, which matters in hiring or lending; misuse, like "
        "deepfakes and phishing; and privacy leaks of memorised personal data.",
        # one word of praise in a sentence that says something
        "Fine-tuning leverages a labelled dataset to adapt the weights to one task, at the "
        "cost of compute and a risk of forgetting.",
        "Lower the temperature to make sampling more deterministic, and raise it for variety.",
        "Mixture of experts routes each token to two experts plus a shared one, so compute per "
        "token stays small while the parameter count grows.",
    ],
)
def test_claims_of_the_same_shape_are_not(answer: str) -> None:
    assert not keyword_string(answer)


def test_terms_the_references_never_use_are_judged_as_a_whole() -> None:
    # every sentence off the question's subject left nothing to judge: the string of terms
    # escaped (36.9, `weak`, before grader 3.6)
    terms = (
        "JSON mode and function calling and Pydantic and retries and grammars and JSON Schema "
        "and structured outputs and constrained decoding and Outlines and Instructor"
    )
    assert keyword_string(terms, ignore_all=True)
    assert not keyword_string(
        "Constrained decoding masks tokens that break the schema, so the output always parses.",
        ignore_all=True,
    )


@pytest.mark.parametrize(
    ("answer", "terms"),
    [
        ("photosynthesis sunlight water carbon dioxide glucose oxygen", True),
        ("attention queries keys values softmax weighted sum", True),
        ("Plants produce glucose sunlight water oxygen", False),  # "plants produce": a claim
        ("chlorophyll sunlight glucose oxygen", False),  # four words: judged as too short
    ],
)
def test_a_short_run_of_terms_with_no_verb_is_a_keyword_string(answer: str, terms: bool) -> None:
    """Five to seven words with no function word and no verb claim nothing, commas or not."""
    assert keyword_string(answer) is terms


@pytest.mark.parametrize(
    ("answer", "terms"),
    [
        ("Axial tilt angle of sunlight day length", True),
        ("photosynthesis sunlight water carbon dioxide glucose of oxygen", True),
        ("Angle of sunlight changes with tilt of axis", False),  # a verb: a claim
        ("The tilt of the axis changes the angle of sunlight", False),  # "the": a sentence
        ("Loss of information", False),  # too short to judge
        ("tilt of axis angle of sunlight", False),  # four terms' words: judged as too short
    ],
)
def test_of_inside_a_run_of_terms_does_not_hide_it(answer: str, terms: bool) -> None:
    """play23 F7 row 12: "of" joins a term's own words ("angle of sunlight"); a run of terms
    holding it, with no verb, still claims nothing."""
    assert keyword_string(answer) is terms


@pytest.mark.parametrize(
    ("answer", "terms"),
    [
        # play27 M1: the particle of "speeds up" was read as a function word
        ("speeds up storage writes index column lookups reads", True),
        ("scale out replicas shards load balancer health checks", True),
        ("backs up snapshots nightly offsite storage encryption retention", True),
        # a particle in a sentence with function words does not make it a string of terms
        ("It speeds up reads but slows down writes.", False),
        ("Replication backs up every write to a second server.", False),
    ],
)
def test_a_verb_particle_does_not_hide_a_run_of_terms(answer: str, terms: bool) -> None:
    assert keyword_string(answer) is terms


def test_a_particle_in_notes_that_relate_with_signs_stays_a_function_word() -> None:
    notes = (
        "storage: snapshots nightly, offsite copies — restore: spin up replica -> verify "
        "checksums -> switch traffic"
    )
    assert not keyword_string(notes)


@pytest.mark.parametrize(
    "answer",
    [
        # concise answers graded 4 on the development set that the fillers "foundation" and
        # "rounding" had flagged (15 each): a term holding a filler's letters is no filler
        "Adapting a foundation model to a specific use, e.g. instruction following, a domain "
        "or a style, by continuing training on curated examples, usually with a low learning "
        "rate. Watch for overfitting and forgetting.",
        "Scarce and noisy paired data, aligning heterogeneous modalities in a shared space, "
        "modality imbalance, heavy compute for images/video, hallucination and grounding "
        "issues, and weak evaluation benchmarks.",
    ],
)
def test_terms_holding_a_fillers_letters_are_no_filler(answer: str) -> None:
    assert not keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Guidance, noise schedules, FID and CLIP score are the core of it.",
        "Attention, positional encodings and masking form the backbone of it.",
        "Retrieval, embeddings and vector stores, with reranking rounding it out.",
    ],
)
def test_fillers_said_as_fillers_still_are(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Model alignment relates to values, humans, rewards, safety and ethics.",
        "Beam search is all about beams, widths, tokens, scores and probabilities.",
        "Distillation has to do with teachers, students, logits, soft labels and temperature.",
        "Sharding revolves around shards, nodes, partitions, keys and replicas.",
    ],
)
def test_the_subject_restated_then_related_vaguely_to_terms_is_a_keyword_string(
    answer: str,
) -> None:
    # "relates to", "is all about": a relation that says only that the terms go with it
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Perplexity relates to cross-entropy: it is the exponential of the average negative "
        "log-likelihood per token.",
        "Prompt injection is about untrusted text overriding the instructions of the system "
        "prompt.",
        "The KV cache is linked to memory because it stores the keys and values of every "
        "past token.",
    ],
)
def test_a_vague_relation_beside_a_claim_is_not(answer: str) -> None:
    assert not keyword_string(answer)
