"""tune56: wrong-claim lines of 25 tunable questions that named no subject (the audit's
claim-line-no-subject), narrowed to the subject the wrong answer credits, because something a
correct answer naturally mentions plainly does what the line says (the decisions and reasons are
in the tune56 section of docs/grading-log.md). Each correct sentence below was flagged on bfdeb6e;
each wrong control names the narrowed line's subject and is still caught (< 25, a contradiction).

- genai-001: a retrieval system retrieves, a rule-based program always returns the same answer,
  GPT-3 only generates text -> "generative AI / generative models ...".
- genai-002: traditional AI needs training for every task -> "generative AI ...".
- genai-007: a GAN generator adjusts its weights to increase the discriminator's loss ->
  "gradient descent / training ...".
- genai-022: a CNN or local attention only looks at nearby words, an RNN scales linearly ->
  "self-attention / each token ...".
- genai-025: BERT's encoder attends to future tokens -> "GPT / the decoder ...".
- genai-027: fine-tuning on a downstream task needs human-labelled data -> "MLM / masked language
  modeling ...".
- genai-033: the length penalty favours longer outputs -> "beam search ...".
- genai-036: the KV cache, Mamba grow only linearly -> "self-attention / transformers ...".
- genai-061, 062: a hard prompt picks tokens, full fine-tuning updates the weights and needs a
  model per task -> "prompt tuning / soft prompting / a soft prompt ...".
- genai-064: domain fine-tuning gives the model expertise -> "role prompting / the role ...".
- genai-068: DDPM needs a thousand steps -> "Stable Diffusion / latent diffusion ...".
- genai-078: pixel-space diffusion keeps the detail, PNG preserves it -> "the VAE / the latent".
- genai-085: adapter layers always add latency -> "LoRA ...".
- genai-097: reward maximisation pushes the policy away -> "the KL term ..." (the KL penalty's
  form was already there).
- genai-120: the OpenAI SDK only works with OpenAI -> "LangChain ...".
- genai-135: a language-only model needs OCR -> "a vision-language model / VLMs ..." (a
  "multimodal ..." subject is read as the question's own and does not separate them).
- genai-141: a plain prompt runs the LLM once, a fixed chain runs a fixed list of steps -> "a
  ReAct agent / ReAct / the agent ...".
- genai-144: decoding without a cache discards the keys and values -> "the KV cache / caching".
- genai-155: ALiBi generalises, a YaRN-extended model works on longer inputs, dynamic NTK needs
  no fine-tuning -> "RoPE / a RoPE model / rotary embeddings / position interpolation ...".
- genai-172: the Chinchilla-optimal model saves training FLOPs -> "over-training ...".
- genai-183: INT4 assumes a uniform distribution -> "NF4 / NormalFloat ...".
- genai-187: sequence-level distillation stops using the teacher and works across tokenizers ->
  "on-policy distillation / logit distillation / KL distillation ...".
- genai-196: a convolution grows linearly with the patches -> "DiT ...".
- genai-213: anonymisation masks fields, encryption keeps data encrypted, local DP adds noise to
  the data, gradient clipping clips the batch gradient, user-level DP protects users with many
  examples -> "differential privacy / DP / DP-SGD / example-level DP ...".

Rubric gaps (aliases, the second test): plain correct wording that credited no concept on
bfdeb6e: genai-025 "linear layer and softmax"; 046 "very costly" (compute cost); 052 "picked
up during training"; 061 "leave the model exactly as it is", "cheap compared to retraining";
066 "a bit slow", "give it a description".
"""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CORRECT = [
    ("genai-001", "A retrieval system retrieves existing examples; generative AI makes new ones."),
    (
        "genai-001",
        "A rule-based program always gives the same output for the same input, whereas a "
        "generative model samples.",
    ),
    (
        "genai-001",
        "A classic classifier always returns the same answer for an input, but generative AI "
        "samples new outputs.",
    ),
    (
        "genai-001",
        "GPT-3 only generates text, while diffusion models make images and other models make "
        "audio.",
    ),
    ("genai-001", "A text-only LLM only produces text, but image and audio generators exist too."),
    ("genai-001", "A language model like GPT only creates text; DALL-E creates images."),
    (
        "genai-001",
        "A retrieval system retrieves the closest match from an index, while a generative model "
        "creates new content.",
    ),
    (
        "genai-002",
        "Traditional AI needs training for every task, whereas one generative model can be "
        "adapted by prompting.",
    ),
    ("genai-007", "The generator adjusts its weights to increase the discriminator's loss."),
    (
        "genai-022",
        "A convolution only looks at nearby words, while self-attention sees the whole sequence.",
    ),
    (
        "genai-022",
        "Local attention attends only to nearby tokens; self-attention lets every token see all "
        "others.",
    ),
    ("genai-022", "A CNN only attends to neighbouring tokens within its kernel."),
    (
        "genai-022",
        "An RNN scales linearly with the sequence length, while self-attention is quadratic.",
    ),
    (
        "genai-025",
        "BERT's encoder attends to future tokens as well as past ones, while GPT is masked.",
    ),
    (
        "genai-027",
        "Fine-tuning on a downstream task needs human-labelled data, but MLM pretraining does not.",
    ),
    (
        "genai-027",
        "Supervised classification requires human annotation, while MLM creates its labels from "
        "the text itself.",
    ),
    ("genai-027", "The downstream fine-tuning requires annotated data, unlike pretraining."),
    (
        "genai-027",
        "Supervised learning uses labels provided by humans, but in MLM the labels are the "
        "hidden words.",
    ),
    (
        "genai-033",
        "A length penalty favours longer outputs to counter the bias towards short ones.",
    ),
    (
        "genai-033",
        "With length normalisation the search prefers longer sequences than raw beam search would.",
    ),
    ("genai-033", "The length penalty favors long sequences by dividing the score by the length."),
    ("genai-033", "The length penalty favours long outputs over short ones."),
    ("genai-033", "A length penalty favours long answers by normalising the log-probability."),
    ("genai-036", "Mamba scales only linearly, unlike self-attention."),
    ("genai-036", "The KV cache grows only linearly with sequence length."),
    (
        "genai-061",
        "A hard prompt picks tokens from the vocabulary, while a soft prompt is free vectors.",
    ),
    (
        "genai-061",
        "Full fine-tuning also updates the model weights, whereas prompt tuning freezes them.",
    ),
    (
        "genai-061",
        "Full fine-tuning needs a separate model per task, prompt tuning only a small prompt.",
    ),
    (
        "genai-062",
        "Full fine-tuning updates all the model weights, while a soft prompt leaves them frozen.",
    ),
    ("genai-064", "Fine-tuning on medical data gives the model expertise that a role cannot."),
    (
        "genai-064",
        "Only domain fine-tuning turns the model into an expert; a role prompt only changes its "
        "style.",
    ),
    (
        "genai-068",
        "The original DDPM needs a thousand steps at inference, while Stable Diffusion uses 20 "
        "to 50 with DDIM.",
    ),
    ("genai-078", "A pixel-space diffusion model keeps all the fine detail, but costs much more."),
    ("genai-078", "PNG preserves every detail, but the VAE is lossy."),
    (
        "genai-085",
        "Adapter layers always add inference latency, while LoRA can be merged into the weights.",
    ),
    ("genai-085", "Adapters always add latency at inference because they are extra layers."),
    ("genai-085", "A serial adapter layer always slows down inference."),
    (
        "genai-097",
        "Maximising the reward pushes the policy away from the SFT model, and the KL penalty "
        "pulls it back.",
    ),
    ("genai-120", "The OpenAI SDK only works with OpenAI, but LangChain supports many providers."),
    ("genai-120", "The OpenAI client only supports GPT models; LangChain wraps many."),
    ("genai-120", "The Assistants API works only with OpenAI."),
    ("genai-135", "A language-only model requires a separate OCR step to read a scanned document."),
    ("genai-135", "A text-only model needs OCR before it can read a scan."),
    ("genai-135", "A text-only pipeline always needs an OCR pipeline for scanned forms."),
    ("genai-141", "A plain prompt runs the LLM once on the whole task, while ReAct loops."),
    (
        "genai-141",
        "A fixed chain runs a fixed list of steps, while an agent decides its next action.",
    ),
    (
        "genai-144",
        "Without a cache, decoding discards the keys and values after each step and recomputes "
        "them.",
    ),
    ("genai-155", "ALiBi generalises to longer sequences better than RoPE."),
    ("genai-155", "After YaRN the model works fine on longer inputs."),
    ("genai-155", "Dynamic NTK scaling never needs fine-tuning."),
    ("genai-172", "The Chinchilla-optimal model saves training FLOPs but costs more to serve."),
    ("genai-183", "Plain INT4 quantization assumes a uniform distribution of weights."),
    (
        "genai-187",
        "Sequence-level distillation stops using the teacher after it has generated the data.",
    ),
    ("genai-187", "Sequence-level distillation on teacher text works with different tokenizers."),
    ("genai-187", "Training on teacher-generated text works fine with different vocabularies."),
    (
        "genai-196",
        "A convolution's cost grows linearly with the number of patches, while attention is "
        "quadratic.",
    ),
    (
        "genai-213",
        "Anonymisation masks the sensitive fields, but DP bounds what one record can change.",
    ),
    ("genai-213", "Local differential privacy adds noise to the training data itself."),
    (
        "genai-213",
        "Ordinary gradient clipping clips the batch gradient, while DP-SGD clips each example's "
        "gradient.",
    ),
    ("genai-213", "User-level DP protects users with many examples."),
    ("genai-213", "Homomorphic encryption keeps the data encrypted during computation."),
]

WRONG = [
    ("genai-001", "Generative AI retrieves the closest match from its training data and shows it."),
    ("genai-001", "Generative models retrieve existing examples from a database."),
    ("genai-001", "Generative AI always gives the same output for the same prompt."),
    ("genai-001", "Generative models always return the same answer."),
    ("genai-001", "Generative AI only generates text."),
    ("genai-001", "Generative models only generate text, like chatbots."),
    ("genai-001", "Generative AI only produces text."),
    ("genai-001", "Generative AI only creates text."),
    ("genai-002", "Generative AI needs training for every task, just like traditional AI."),
    ("genai-002", "Generative models need training for every task."),
    ("genai-007", "Gradient descent adjusts the weights to increase the loss."),
    ("genai-007", "Training adjusts the weights to increase the loss on the data."),
    ("genai-022", "Self-attention attends only to nearby tokens."),
    ("genai-022", "In self-attention each token only attends to neighbouring tokens."),
    ("genai-022", "Self-attention only looks at nearby words."),
    ("genai-022", "Self-attention scales linearly with the sequence length."),
    ("genai-025", "GPT attends to future tokens when predicting."),
    ("genai-025", "The decoder attends to future tokens."),
    ("genai-027", "MLM needs human-labelled data."),
    ("genai-027", "Masked language modeling requires human annotation for each sentence."),
    ("genai-027", "MLM requires annotated data."),
    ("genai-027", "MLM uses labels provided by humans."),
    ("genai-033", "Beam search favours longer outputs."),
    ("genai-033", "Beam search prefers longer sequences."),
    ("genai-033", "Beam search favors long sequences."),
    ("genai-033", "Beam search favours long outputs."),
    ("genai-033", "Beam search favours long answers."),
    ("genai-036", "Self-attention grows only linearly with sequence length."),
    ("genai-036", "Transformers scale only linearly."),
    ("genai-061", "Prompt tuning picks tokens from the vocabulary."),
    ("genai-061", "Prompt tuning also updates the model weights."),
    ("genai-061", "Prompt tuning needs a separate model per task."),
    ("genai-062", "A soft prompt updates all the model weights."),
    ("genai-062", "Prompt tuning updates all the model weights."),
    ("genai-064", "Role prompting gives the model expertise in the field."),
    ("genai-064", "The role turns the model into an expert."),
    ("genai-068", "Stable Diffusion needs a thousand steps at inference."),
    ("genai-078", "The VAE preserves every detail of the image."),
    ("genai-078", "The latent keeps all the fine detail."),
    ("genai-085", "LoRA always adds inference latency."),
    ("genai-085", "LoRA always adds latency at inference."),
    ("genai-085", "LoRA always slows down inference."),
    ("genai-097", "The KL term pushes the policy away from the SFT model."),
    ("genai-120", "LangChain only works with OpenAI."),
    ("genai-120", "LangChain only supports GPT."),
    ("genai-120", "LangChain works only with OpenAI."),
    ("genai-135", "VLMs require a separate OCR step."),
    ("genai-135", "A vision-language model needs OCR before reading a page."),
    ("genai-135", "A vision-language model always needs an OCR pipeline."),
    ("genai-141", "A ReAct agent runs the LLM once on the whole task."),
    ("genai-141", "The agent runs a fixed list of steps."),
    ("genai-144", "The KV cache discards the keys and values after each step."),
    ("genai-155", "RoPE works fine on longer inputs."),
    ("genai-155", "RoPE generalises to longer sequences."),
    ("genai-155", "Position interpolation never needs fine-tuning."),
    ("genai-172", "Over-training saves training FLOPs."),
    ("genai-183", "NF4 assumes a uniform distribution."),
    ("genai-187", "On-policy distillation stops using the teacher after the first epoch."),
    ("genai-187", "Logit distillation works with different tokenizers."),
    ("genai-187", "KL distillation works fine with different vocabularies."),
    ("genai-196", "DiT grows linearly with the number of patches."),
    ("genai-213", "Differential privacy masks the sensitive fields."),
    ("genai-213", "DP keeps the training data encrypted."),
    ("genai-213", "Differential privacy keeps the data encrypted."),
    ("genai-213", "DP-SGD adds noise to the training data."),
    ("genai-213", "DP-SGD clips the batch gradient."),
    ("genai-213", "DP-SGD protects users with many examples."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_named_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """See subject_helpers.assert_only_the_subject_is_flagged."""
    assert_only_the_subject_is_flagged(genai_grader.grade(genai.get(question_id), answer), wrong)


CREDITED = [
    (
        "genai-025",
        "projection to vocabulary",
        "At the end a linear layer and softmax predict the next token.",
    ),
    ("genai-046", "compute cost", "Pretraining is the costly part of building an LLM."),
    (
        "genai-046",
        "compute cost",
        "Pretraining is very costly: it runs on a large cluster for a long time.",
    ),
    (
        "genai-052",
        "knowledge from pretraining",
        "The model answers using what it picked up during training.",
    ),
    (
        "genai-061",
        "frozen model",
        "You leave the model exactly as it is and only learn a short prompt in front of the input.",
    ),
    ("genai-061", "parameter-efficient", "It is cheap compared to retraining the whole model."),
    (
        "genai-066",
        "slow sampling",
        "The drawback is that it is a bit slow, because of all the denoising steps.",
    ),
    (
        "genai-066",
        "text conditioning",
        "If you give it a description, each step is steered toward an image that matches "
        "your words.",
    ),
]


@pytest.mark.parametrize(("question_id", "concept", "answer"), CREDITED)
def test_plain_wording_is_credited(genai, genai_grader, question_id, concept, answer) -> None:
    """A plain correct sentence credits its concept (an alias added for the wording)."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert concept in [m.concept for m in grade.matched], grade.matched
