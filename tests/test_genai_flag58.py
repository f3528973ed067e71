"""flag58: wrong-claim lines of tunable questions that flag a correct sentence about the other
thing of a contrast, narrowed to the subject the wrong answer credits (the audit's
claim-line-names-no-subject; decisions and reasons: the flag58 section of
docs/grading-log.md). Each correct sentence below was flagged on 824c8ee; each wrong control
names the narrowed line's subject and is still found (a contradiction or misconception, < 25).

- genai-100: PPO updates the policy to maximise the reward model's score -> the misconception
  alias 'reward model is updated with the policy' (found in any word order) is now "updated
  jointly with / together with / in the same step as the policy".
- genai-103: comparisons are easier than absolute scores from 1 to 10 -> 'absolute score from
  1 to 10' and 'score from 1 to 10' are now said of the annotators, each output, preference
  modeling.

The probes' questions (correct_probes58f), found by true sentences on the other thing of each
contrast: 052 few-shot prompting gives the instruction together with a few
worked examples: dropped (the prompt's "zero-shot" is read as the question's own subject, so
a named subject does not separate); 057 fine-tuning modifies the weights, data poisoning alters
the training data -> "prompt injection modifies / alters ..."; 069 a classifier CNN's output
is smaller than its input -> "the U-Net output ..."; 072 diffusion training is stable -> "GAN
training / training a GAN is stable"; 082 retrieval keeps answers up to date -> "fine-tuning
keeps it up to date ..."; 084 the model remembers instructions within the context -> "with
prompting ..., ... across calls"; 090 full fine-tuning updates every weight and stores a full
copy per task -> "prefix tuning ...".

Findings in question order, true sentences on the other thing: 099 SFT labelers write the
ideal answer for each prompt -> "in RLHF / RLHF has raters ..."; 101 DPO needs only the policy
and a reference model -> "RLHF / PPO needs only the policy model"; 106 a math benchmark has one
correct answer per prompt -> "generative outputs / a generative model ..."; 108 BLEU uses
n-grams up to 4 -> "METEOR uses ..."; 116 DevOps only versions the code -> "MLOps ..."; 119
static batching waits for the whole batch -> "continuous batching ..."; 133 LLaVA concatenates
both modalities into one sequence -> "cross-attention ..."; 143 "some teams only evaluate the
final answer, but ..." -> "you only need to / it is enough to evaluate only the final answer".
"""

from __future__ import annotations

import pytest

CORRECT = [
    ("genai-100", "PPO updates the policy to maximise the reward model's score."),
    (
        "genai-100",
        "During the RL stage the policy generates responses and PPO updates the policy to "
        "maximise the reward model's score, with a KL penalty.",
    ),
    (
        "genai-103",
        "Comparisons are easier and more consistent for humans to give than absolute scores "
        "from 1 to 10.",
    ),
    ("genai-103", "Pairwise comparisons are more reliable than an absolute score from 1 to 10."),
    ("genai-103", "Absolute scores from 1 to 10 are less consistent than comparisons."),
    ("genai-052", "Few-shot prompting gives the instruction together with a few worked examples."),
    (
        "genai-057",
        "Fine-tuning modifies the model's weights, while prompt injection only changes the input.",
    ),
    (
        "genai-057",
        "Data poisoning alters the training data, while prompt injection acts at inference time.",
    ),
    ("genai-069", "In a classifier CNN the output is much smaller than the input."),
    ("genai-072", "Diffusion model training is stable, unlike GAN training."),
    ("genai-072", "Training a VAE is stable, but its samples are blurrier."),
    ("genai-082", "Retrieval keeps answers up to date with the latest facts."),
    (
        "genai-084",
        "Prompting relies on the context window, so the model remembers your instructions only "
        "within it.",
    ),
    ("genai-090", "In full fine-tuning all the model weights are updated."),
    ("genai-090", "Full fine-tuning stores a full copy of the model for each task."),
    (
        "genai-099",
        "In supervised fine-tuning, labelers write the ideal answer for each prompt, which is "
        "slower than comparing two answers.",
    ),
    ("genai-101", "DPO needs only the policy and a reference model."),
    (
        "genai-106",
        "A math benchmark has one correct answer per prompt, but open-ended generation does not.",
    ),
    ("genai-108", "BLEU uses n-grams up to 4 and precision only."),
    ("genai-108", "BLEU averages 1- to 4-gram precision."),
    (
        "genai-116",
        "Traditional DevOps only versions the code, while MLOps also versions data and models.",
    ),
    (
        "genai-119",
        "Static batching waits for the whole batch to finish before starting new requests.",
    ),
    ("genai-119", "With static batching the server waits until the batch is full."),
    ("genai-133", "LLaVA concatenates both modalities into one sequence and uses self-attention."),
    (
        "genai-143",
        "Some teams only evaluate the final answer, but then you cannot tell whether retrieval or "
        "generation failed.",
    ),
]

WRONG = [
    ("genai-100", "The reward model is updated together with the policy."),
    ("genai-100", "The reward model is also updated jointly with the policy during PPO."),
    ("genai-100", "The reward model is updated in the same step as the policy."),
    ("genai-100", "The reward model and the policy are trained jointly."),
    ("genai-103", "Annotators give each output an absolute score from 1 to 10."),
    ("genai-103", "Annotators give each answer a score from 1 to 10."),
    ("genai-103", "People rate each output with a score from 1 to 10."),
    (
        "genai-103",
        "Preference modeling asks people for an absolute score from 1 to 10 for each output.",
    ),
    ("genai-052", "Zero-shot includes examples in the prompt."),
    ("genai-057", "Prompt injection modifies the model's weights."),
    ("genai-057", "Prompt injection alters the training data."),
    ("genai-069", "The U-Net output is smaller than the input."),
    ("genai-072", "GAN training is stable."),
    ("genai-072", "Training a GAN is stable and converges reliably."),
    ("genai-082", "Fine-tuning keeps the model up to date with the latest facts."),
    ("genai-084", "The model remembers your instructions across calls."),
    ("genai-084", "With prompting the model remembers your instructions for next time."),
    ("genai-090", "In prefix tuning the model weights are also updated."),
    ("genai-090", "Prefix tuning stores a full copy of the model for each task."),
    ("genai-090", "Prefix tuning needs a full model copy for each task."),
    ("genai-099", "In RLHF, labelers write the ideal answer for each prompt."),
    ("genai-101", "RLHF needs only the policy model."),
    ("genai-106", "Generative outputs have one correct answer per prompt."),
    ("genai-108", "METEOR uses n-grams up to 4."),
    ("genai-108", "METEOR computes 4-gram precision like BLEU."),
    ("genai-116", "MLOps only versions the code."),
    ("genai-119", "Continuous batching waits for the whole batch to finish."),
    ("genai-119", "Continuous batching waits until the batch is full."),
    ("genai-133", "Cross-attention concatenates both modalities into one sequence."),
    ("genai-143", "You only need to evaluate the final answer."),
    ("genai-143", "It is enough to evaluate only the final answer."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_named_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """A correct sentence about the other thing keeps no contradiction or misconception; the
    wrong claim said of the narrowed line's subject is still found and keeps it under 25."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert (grade.contradictions or grade.misconceptions) and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found
