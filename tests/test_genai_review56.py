"""review56, the second reader of the rubric lines changed at stop 45 (held56a, held56b,
tune56): each correction with the true sentence the line flagged (a contrast a correct answer
naturally draws: the other method said plainly) and the wrong control, naming the line's
subject, that must stay caught. Sentences written by the reader from the prompts, references
and knowledge; no answer of the development set read (/work/s56/notes/review56.md, table
"Corrections")."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # R1 tune56, genai-155 'extrapolation failure': 'extrapolates well' was kept; ALiBi does
    (
        "genai-155",
        "ALiBi extrapolates well to longer inputs, but RoPE does not without "
        "interpolation or fine-tuning.",
        False,
    ),
    ("genai-155", "RoPE extrapolates well to longer inputs.", True),
    ("genai-155", "Rotary embeddings extrapolate well beyond the training length.", True),
    # R2 tune56, genai-187 'on-policy distillation': 'teacher generates the sequences',
    # 'student imitates the teacher's samples' kept; true of sequence-level (off-policy) KD
    (
        "genai-187",
        "In sequence-level distillation the teacher generates the sequences and the "
        "student imitates the teacher's samples.",
        False,
    ),
    (
        "genai-187",
        "In on-policy distillation the teacher generates the sequences and the student "
        "learns from them.",
        True,
    ),
    # R3 tune56, genai-187 'needs teacher logits': 'only needs the teacher's text', 'works with a
    # black-box teacher' kept; true of sequence-level distillation
    (
        "genai-187",
        "Sequence-level distillation only needs the teacher's text, so it works with a "
        "black-box API teacher, while logit distillation needs the teacher's probabilities.",
        False,
    ),
    (
        "genai-187",
        "Logit distillation only needs the teacher's text, so it works with a black-box teacher.",
        True,
    ),
    # R4 tune56, genai-085 'merge into weights': 'extra latency at inference' kept; true of
    # classic (serial) adapter layers
    (
        "genai-085",
        "Classic adapter layers add extra latency at inference because they are extra "
        "sequential layers, while LoRA's update can be merged into the base weights.",
        False,
    ),
    (
        "genai-085",
        "LoRA adds extra latency at inference because the adapters cannot be merged.",
        True,
    ),
    ("genai-085", "LoRA adapters can never be merged into the base weights.", True),
    # R5 tune56, genai-025 'masked self-attention': 'each token sees all tokens' kept; true of
    # BERT, the natural contrast
    (
        "genai-025",
        "BERT's encoder lets each token see all tokens, while GPT's decoder masks "
        "future positions so each token sees only earlier ones.",
        False,
    ),
    ("genai-025", "In GPT each token sees all tokens of the input, before and after it.", True),
    # R6 tune56, genai-061 'embedding vectors': 'discrete tokens from the vocabulary' kept; true
    # of hard prompts
    (
        "genai-061",
        "Hard prompts are made of discrete tokens from the vocabulary, while prompt "
        "tuning learns continuous embedding vectors.",
        False,
    ),
    ("genai-061", "Prompt tuning uses discrete tokens from the vocabulary as the prompt.", True),
    # R7 tune56, genai-068 'scheduler': 'thousand denoising steps' kept; true of DDPM
    (
        "genai-068",
        "The original DDPM needed a thousand denoising steps, while Stable Diffusion's "
        "samplers such as DDIM need only 20 to 50.",
        False,
    ),
    ("genai-068", "Stable Diffusion takes a thousand denoising steps to make each image.", True),
    # R8 tune56, genai-002 'adapted through prompting': 'train a new model per task' kept; true
    # of traditional machine learning, the other side of the question
    (
        "genai-002",
        "Traditional machine learning trains a new model per task, while a generative "
        "foundation model is adapted through prompting.",
        False,
    ),
    ("genai-002", "With generative AI you must train a new model per task.", True),
    # R9 tune56, genai-213 'DP-SGD': 'noise to the input data' kept; true of local DP. And the
    # usual name: 'differential privacy training adds noise to the training data'
    (
        "genai-213",
        "Local differential privacy adds noise to the input data on each user's "
        "device, while DP-SGD adds noise to the clipped gradients.",
        False,
    ),
    ("genai-213", "DP-SGD adds noise to the input data before training.", True),
    ("genai-213", "Differential privacy training adds noise to the training data.", True),
    # R10 tune56, genai-036 'quadratic complexity': 'linear in the sequence length', 'cost is
    # linear' kept; true of an RNN
    (
        "genai-036",
        "An RNN's cost is linear in the sequence length, but self-attention is quadratic in it.",
        False,
    ),
    ("genai-036", "Self-attention is linear in the sequence length.", True),
    ("genai-036", "Self-attention cost is linear in the number of tokens.", True),
    # R11 tune56, genai-141 'planning': 'fixed list of steps written by the developer' kept; true
    # of a scripted workflow
    (
        "genai-141",
        "A fixed workflow runs a fixed list of steps written by the developer, while a "
        "ReAct agent decides its next action from each observation.",
        False,
    ),
    ("genai-141", "The ReAct agent follows a fixed list of steps written by the developer.", True),
    # R12 tune56, genai-022 'all tokens of the same sequence': the twins 'each token attends only
    # to nearby tokens' (added) and 'within a small fixed window' (kept) are true of
    # sliding-window attention and of a convolution; the bare claim is still caught, the
    # grader gives a subjectless sentence its question's subject
    (
        "genai-022",
        "In sliding-window attention, as in Longformer or Mistral, each token attends "
        "only to nearby tokens, but standard self-attention lets every token attend to all tokens "
        "of the sequence.",
        False,
    ),
    (
        "genai-022",
        "A convolution only looks at nearby words within a small fixed window, whereas "
        "self-attention connects every pair of tokens directly.",
        False,
    ),
    ("genai-022", "Each token attends only to nearby tokens.", True),
    ("genai-022", "Self-attention only looks at tokens within a small fixed window.", True),
    # H1 held56a, genai-028 'preceding context only': narrowed to 'CLM ...', 'GPT ...' without the
    # name spelled out or the architecture's name: wrong answers caught on bfdeb6e were lost
    ("genai-028", "Causal language modeling uses bidirectional context.", True),
    ("genai-028", "Decoder-only models see future tokens as well.", True),
    (
        "genai-028",
        "BERT's encoder sees future tokens as well, because it is bidirectional; a decoder-only "
        "model like GPT sees only the past.",
        False,
    ),
    # H2 held56a, genai-017 'forgets between sessions': 'the model remembers previous sessions'
    # lost 'LLMs remember ...'; the app's memory feature stays clean
    ("genai-017", "LLMs remember previous sessions.", True),
    (
        "genai-017",
        "The chat app's memory feature remembers previous sessions by storing notes and putting "
        "them back into the prompt; the model itself keeps nothing.",
        False,
    ),
    # H3 held56a, genai-117 'LLM-as-a-judge': 'LLMs are evaluated with standard accuracy metrics'
    # lost the answer that says LLMOps
    ("genai-117", "In LLMOps, outputs are evaluated with standard accuracy metrics.", True),
    (
        "genai-117",
        "Classic MLOps evaluates models with standard accuracy metrics, but LLM outputs are "
        "open-ended, so LLMOps uses LLM-as-a-judge and human review.",
        False,
    ),
    # H4 held56a, genai-110 'quality and diversity': 'FID is blind to mode collapse', the name
    # spelled out; the Inception Score, which is blind to it within a class, stays clean
    ("genai-110", "The Fréchet Inception Distance is blind to mode collapse.", True),
    (
        "genai-110",
        "The Inception Score is blind to mode collapse within a class, while FID compares the "
        "statistics of real and generated images.",
        False,
    ),
    # H5 held56a, genai-112 'reference-free': 'CLIPScore needs ground-truth captions', as two words
    ("genai-112", "CLIP Score needs ground-truth captions.", True),
    (
        "genai-112",
        "BLEU and CIDEr need ground-truth captions, while CLIPScore compares the image with the "
        "candidate caption directly.",
        False,
    ),
    # B1 held56b, genai-184 misconception 'DoRA adapts the rank dynamically': the aliases
    # 'learns the rank dynamically' (narrowed), 'dynamic rank', 'picks the rank per layer' (kept)
    # are true of AdaLoRA, which the misconception's own note names; narrowed to DoRA ('DoRA
    # learns the rank' was tried: it flags 'DoRA learns a low-rank update', test_genai_held56b)
    (
        "genai-184",
        "DoRA keeps a fixed rank like LoRA; AdaLoRA is the method that learns the rank "
        "dynamically, pruning it per layer.",
        False,
    ),
    (
        "genai-184",
        "AdaLoRA uses a dynamic rank, while DoRA splits each weight into a magnitude and a "
        "direction.",
        False,
    ),
    (
        "genai-184",
        "AdaLoRA picks the rank per layer by pruning singular values; DoRA keeps one fixed rank.",
        False,
    ),
    ("genai-184", "DoRA uses a dynamic rank that changes during training.", "misconception"),
    # B2 held56b, genai-129 misconception 'DALL·E uses a generator and a discriminator': kept
    # aliases 'discriminator judges the images', '... checks if the image is real' are true of a
    # GAN, the contrast a correct answer draws; narrowed to DALL·E
    (
        "genai-129",
        "In a GAN a discriminator judges the images, but DALL·E 2 uses a diffusion decoder "
        "instead.",
        False,
    ),
    (
        "genai-129",
        "DALL·E has a discriminator that judges the images, like a GAN.",
        "misconception",
    ),
    ("genai-129", "DALL-E has a discriminator that checks if the image is real.", "misconception"),
    # B3 held56b, genai-185 'costs and constraints': 'unmerged adapters have zero latency
    # overhead' lost the claim said of the deployment (10.0, no flag)
    ("genai-185", "Serving many LoRA adapters on one base model has zero latency overhead.", True),
    (
        "genai-185",
        "Merged adapters have zero latency overhead, but then each adapter needs its own merged "
        "copy of the weights.",
        False,
    ),
    # B4 held56b, genai-208 'codec autoencoder': 'the codec turns each waveform sample into a
    # token' lost the codec's name (25.5, no flag)
    ("genai-208", "EnCodec turns each waveform sample into a token.", True),
    (
        "genai-208",
        "WaveNet quantised each waveform sample into one of 256 values, so every sample was a "
        "token; a neural codec instead compresses many samples into one frame.",
        False,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    if wrong == "misconception":  # a misconception line: found, and the answer under 25
        assert grade.misconceptions and grade.score < 25, (grade.misconceptions, grade.score)
    else:
        assert_only_the_subject_is_flagged(grade, wrong)
