"""frame66: a claim under a counterfactual ("Without X, ... could") or said of older systems in
the past tense is not the answer's own (scoping_frames.py). The CORRECT cases are review65's
(genai-034, genai-029 x2, genai-079), each flagged on the base (5f466cb8); the WRONG cases (the
same claim in the present, after a turn, with "still", or with no frame) are caught on the base
and must stay caught."""

from __future__ import annotations

import pytest
from graded import assert_no_wrong_claim, assert_wrong_claim_caught

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.scoping_frames import (
    said_before_a_newer,
    said_of_older_systems,
    supposed_away,
)
from interviewer.core.grading.text import Text

CORRECT = [
    ("genai-034", "Without the mask, each token could attend to future tokens."),
    (
        "genai-029",
        "In older word-level models, rare words were mapped to an UNK token, which subword "
        "tokenization avoids.",
    ),
    (
        "genai-029",
        "Older NLP pipelines removed stop words during tokenization, but LLM tokenizers keep them.",
    ),
    (
        "genai-079",
        "Early diffusion models were limited to images, but now they generate video and audio "
        "as well.",
    ),
]

CORRECT += [("genai-029", "Before BPE, rare words were mapped to an UNK token.")]

WRONG = [
    ("genai-034", "Each token could attend to future tokens."),
    ("genai-034", "Without the mask, each token can attend to future tokens."),
    ("genai-034", "Without the mask, each token attends to future tokens, which could leak."),
    ("genai-079", "Older diffusion models are limited to images."),
    ("genai-079", "Diffusion models were limited to images and still are."),
    ("genai-029", "First, the tokenizer removed stop words during tokenization."),
    ("genai-029", "Before BPE, rare words are mapped to an UNK token."),
    (  # train d0267's sentence: flagged on the base, lost at 7bd1639e
        "genai-024",
        "The original Transformer used learned position embeddings, and sinusoidal encodings "
        "were introduced later in BERT so the model could handle any length.",
    ),
]
# review66, the second reader: a named system right after "Early"/"Earlier" or the frame's comma
# is the claim's subject, not an era: each was flagged on the base and set aside at ed5b44ac
WRONG += [
    (
        "genai-025",
        "Early GPT models used bidirectional attention, so each token saw future tokens.",
    ),
    ("genai-027", "Early BERT models masked half of the tokens."),
    ("genai-025", "Earlier GPT models used batch normalization."),
    ("genai-165", "Before Chinchilla, GPT-3 was overtrained on too much data."),
    ("genai-175", "Before GRPO, PPO used the group mean as baseline."),
    ("genai-025", "Before GPT-2, GPT used bidirectional attention."),
    ("genai-027", "Before RoBERTa, BERT masked half of the tokens."),
    ("genai-164", "Before GQA, MQA used a single query head shared across heads."),
]


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_a_scoped_claim_is_not_flagged(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    assert_no_wrong_claim(genai_grader.grade(genai.get(qid), answer))


@pytest.mark.parametrize(("qid", "answer"), WRONG)
def test_an_unscoped_claim_is_still_caught(
    qid: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    assert_wrong_claim_caught(genai_grader.grade(genai.get(qid), answer))


def _span(t: Text, first_word: str, last_word: str) -> tuple[int, int]:
    return t.words.index(first_word), len(t.words) - 1 - t.words[::-1].index(last_word)


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("Without the mask, each token could attend to the future.", True),
        ("But without the mask, each token would attend to the future.", True),
        ("With no mask, each token might attend to the future.", True),
        ("Removing the mask would let each token attend to the future.", True),
        ("Removing the mask lets each token attend to the future.", False),  # no modal
        ("Removing the mask would still stop each token seeing the future.", False),
        ("Without the mask, each token can attend to the future.", False),  # no hypothetical
        ("Without the mask, each token could still attend to the future.", False),  # still
        ("Without the mask, each token could not attend to the future.", False),  # negated
        ("Without the mask each token could attend to the future.", False),  # no comma
        ("Each token, without the mask, could attend to the future.", False),  # not opening
        ("Without the mask, each token attend to the future, which could leak.", False),
    ],
)
def test_supposed_away(text: str, supposed: bool) -> None:
    t = Text.of(text)
    first, last = _span(t, "token", "future")
    assert supposed_away(t, Structure.of(t).sentences, first, last) is supposed


@pytest.mark.parametrize(
    ("text", "older"),
    [
        ("Early diffusion models were limited to images.", True),
        ("Older NLP pipelines removed stop words during tokenization.", True),
        ("In older word-level models, rare words were mapped to an UNK token.", True),
        ("Early GANs often collapsed to a few modes.", True),
        ("Early diffusion models are limited to images.", False),  # the present
        ("Early models were small, but today diffusion models were limited to images.", False),
        ("Unlike older models, diffusion models were limited to images.", False),  # a turn
        ("Compared to models older than GANs, diffusion models were limited.", False),
        ("First, the diffusion models were limited to images.", False),  # an order of steps
        ("Diffusion models were limited to images.", False),  # no older systems named
        ("The original diffusion models were limited to images.", False),  # not OLDER
        ("Early models used a discriminator, and diffusion models were limited.", False),
        ("Early models came first and diffusion models were limited later.", False),
    ],
)
def test_said_of_older_systems(text: str, older: bool) -> None:
    t = Text.of(text)
    first = next(i for i, w in enumerate(t.words) if w in ("diffusion", "stop", "rare", "gans"))
    first = len(t.words) - 1 - t.words[::-1].index(t.words[first])  # the last mention
    last = len(t.words) - 1
    structure = Structure.of(t)
    assert said_of_older_systems(t, structure.sentences, structure.clauses, first, last) is older


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Before BPE, rare words were mapped to an UNK token.", True),
        # a named system after the comma is the claim's subject (review66): no frame
        ("Before Transformers, RNNs processed rare words one at a time.", False),
        ("Before 2015, rare words were mapped to an UNK token.", True),
        ("But before subword models, rare words were mapped to an UNK token.", True),
        ("Before BPE, rare words are mapped to an UNK token.", False),  # the present
        ("Before tokenizing, rare words were mapped to an UNK token.", False),  # a step
        ("Before BPE rare words were mapped to an UNK token.", False),  # no comma
        ("Before BPE, tokens were short, but now rare words were mapped to UNK.", False),
        ("Rare words were mapped to an UNK token before BPE, then kept.", False),  # not opening
    ],
)
def test_said_before_a_newer(text: str, before: bool) -> None:
    t = Text.of(text)
    first = len(t.words) - 1 - t.words[::-1].index("rare")
    last = len(t.words) - 1
    assert said_before_a_newer(t, Structure.of(t).sentences, first, last) is before
