"""held55b: the held-out questions' `contradicts` lines that named no subject (audit warning
claim-line-no-subject), half b, audited answer-blind. A line whose verb phrase is true of
something a correct answer naturally mentions (the other method of a contrast, a component, a
baseline) is narrowed to the subject the wrong answer credits; a line false of everything a
correct answer could mention is kept. The decisions are in /work/s55/notes/held55b.md.

Each CORRECT answer states the freed reading of a narrowed line, true of the other thing
(an RNN reads the sentence word by word, greedy decoding always takes the highest probability,
a GAN generates in a single pass, task-specific fine-tuning only works on its own task, RLAIF
still trains a reward model and runs PPO, concatenative TTS cuts and pastes recordings, older
TTS needed hours of the speaker ...): each was flagged by the subjectless line on bc44b01.
Each WRONG answer says the narrowed claim of the subject the line now names, and is still
caught. None of the blind probes of correct_probes55b tripped a warned line.
"""

from __future__ import annotations

import pytest
from test_genai_subjects54 import test_only_the_wrong_subject_is_flagged as check_subject

CORRECT = [
    (
        "genai-021",
        "Recurrent networks read the sentence word by word, carrying a hidden state, while the "
        "Transformer processes all tokens in parallel with self-attention.",
    ),
    (
        "genai-026",
        "BERT predicts all masked tokens simultaneously, but GPT generates one token at a time, "
        "appending each token to the input.",
    ),
    (
        "genai-026",
        "At each step GPT outputs a probability for every token, and the sampler outputs a "
        "single word, which is appended to the input.",
    ),
    (
        "genai-026",
        "Greedy decoding always takes the highest probability token, while sampling with "
        "temperature picks from the distribution.",
    ),
    (
        "genai-026",
        "With greedy decoding the model always selects the top token; top-p sampling adds "
        "randomness.",
    ),
    (
        "genai-045",
        "The first layer expands to four times d_model and the second layer compresses it back "
        "to a smaller dimension, the model dimension.",
    ),
    (
        "genai-067",
        "A GAN generates in a single pass, but a DDPM must run hundreds of denoising steps, "
        "which is slow.",
    ),
    (
        "genai-074",
        "Diffusion models produce very diverse outputs, while a collapsed GAN keeps producing "
        "the same few images.",
    ),
    (
        "genai-088",
        "A task-specific fine-tuned model only works on tasks it was trained on, whereas "
        "instruction tuning across many tasks generalizes to unseen ones.",
    ),
    (
        "genai-088",
        "Classic fine-tuning only improves the tasks in the dataset; instruction tuning helps on "
        "new instructions.",
    ),
    (
        "genai-091",
        "With more diverse training data mixed in, the outputs become more varied again.",
    ),
    (
        "genai-105",
        "RLAIF still trains a separate reward model and runs PPO, only with AI-generated "
        "preference labels; DPO skips both.",
    ),
    (
        "genai-107",
        "Reference-free metrics compare the output to the input, but BLEU and ROUGE compare it "
        "with human references.",
    ),
    (
        "genai-107",
        "For faithfulness, SummaC compares with the source text, while ROUGE compares with "
        "reference summaries.",
    ),
    (
        "genai-113",
        "An LLM judge checks the answer as a whole, while FActScore splits it into atomic facts.",
    ),
    (
        "genai-132",
        "Swin only attends to neighbouring patches inside local windows, while a ViT lets every "
        "patch attend to every other patch.",
    ),
    (
        "genai-132",
        "In Swin each patch attends only to nearby patches in its window; ViT attention is global.",
    ),
    (
        "genai-173",
        "During RL training the reasoning model adjusts its weights; at inference it only "
        "spends more tokens.",
    ),
    (
        "genai-193",
        "A grader that compares the patch with the reference patch would reject valid fixes, so "
        "SWE-bench runs the tests.",
    ),
    (
        "genai-198",
        "Some clients can be configured to execute them automatically once the user trusts a "
        "server.",
    ),
    (
        "genai-206",
        "Older concatenative TTS cuts and pastes recordings of a speaker; voice cloning "
        "synthesises new speech.",
    ),
    ("genai-206", "Modern voice cloning only needs a few-second snippet of their recordings."),
    (
        "genai-206",
        "Older TTS systems needed hours of recordings of the person; modern zero-shot models "
        "need seconds.",
    ),
    (
        "genai-031",
        "Top-p sampling scales the probabilities after the cut so they sum to one.",
    ),
    (
        "genai-053",
        "Fine-tuning learns permanently from the examples, whereas few-shot prompting leaves the "
        "weights unchanged.",
    ),
    (
        "genai-087",
        "The Transformer's feed-forward block expands the hidden state first; an adapter does the "
        "opposite and squeezes it.",
    ),
    (
        "genai-154",
        "Linear attention approximates softmax with a kernel, but FlashAttention is exact.",
    ),
    (
        "genai-173",
        "Reasoning models are trained with reinforcement learning, which adjusts its weights to "
        "reward correct chains of thought; at test time the weights are fixed.",
    ),
    (
        "genai-193",
        "HumanEval asks it to write the function from a docstring; SWE-bench gives a real GitHub "
        "issue.",
    ),
    (
        "genai-201",
        "Top-p sampling still samples from the distribution, but at temperature 0 decoding is "
        "greedy.",
    ),
]
WRONG = [
    (
        "genai-021",
        "The transformer reads the sentence word by word, like a human, and attention "
        "remembers earlier words.",
    ),
    ("genai-026", "GPT predicts all tokens simultaneously in one forward pass."),
    ("genai-026", "GPT outputs a single word from its last layer, without probabilities."),
    ("genai-026", "GPT always takes the highest probability token, so its output never varies."),
    ("genai-026", "GPT always selects the top token at every step."),
    ("genai-031", "Temperature scales the probabilities after the softmax."),
    (
        "genai-045",
        "The feed-forward network first compresses to a smaller dimension, like a bottleneck, "
        "then expands back.",
    ),
    ("genai-053", "Few-shot prompting learns permanently from the examples you give it."),
    ("genai-067", "A DDPM generates in a single pass, like a GAN."),
    ("genai-074", "Mode collapse produces very diverse outputs of poor quality."),
    ("genai-087", "The adapter expands the hidden state first and then projects it down."),
    ("genai-088", "Instruction tuning only works on tasks it was trained on."),
    ("genai-088", "Instruction tuning only improves the tasks in the dataset."),
    ("genai-091", "With overfitting the outputs become more varied."),
    ("genai-105", "DPO still trains a separate reward model and runs PPO."),
    ("genai-107", "BLEU compares the output to the input sentence to see how much is kept."),
    ("genai-107", "ROUGE compares with the source text to see how much of it the summary covers."),
    ("genai-113", "FActScore checks the answer as a whole and gives one score."),
    ("genai-132", "In a ViT each patch only attends to neighbouring patches, like a convolution."),
    ("genai-132", "A ViT attends only to nearby patches."),
    ("genai-147", "Speculative decoding skips layers for easy tokens, so it is faster."),
    ("genai-154", "FlashAttention skips the low-scoring attention entries to save time."),
    ("genai-154", "FlashAttention approximates softmax with a cheaper function."),
    ("genai-173", "At test time the model adjusts its weights as it thinks about the question."),
    ("genai-193", "SWE-bench asks it to write the function from a docstring."),
    ("genai-193", "SWE-bench compares the patch with the reference patch to score it."),
    ("genai-198", "The model executes them automatically."),
    ("genai-201", "Temperature 0 still samples from the distribution, just with a fixed seed."),
    ("genai-206", "Voice cloning cuts and pastes recordings of the person's words."),
    ("genai-206", "Voice cloning rearranges snippets of their recordings."),
    ("genai-206", "Voice cloning needs hours of recordings of the person."),
    ("genai-206", "Voice cloning needs hundreds of hours of audio."),
    ("genai-206", "Voice cloning needs hours of a person's recordings."),
]


@pytest.mark.parametrize(
    ("question_id", "answer", "wrong"),
    [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG],
)
def test_a_narrowed_line_flags_only_its_subject(
    genai, genai_grader, question_id, answer, wrong
) -> None:
    """The check of subjects54's narrowed lines: no contradiction or misconception on a correct
    answer; the wrong claim with the named subject found, under 25."""
    check_subject(genai, genai_grader, question_id, answer, wrong)
