"""held56a: wrong-claim lines of 24 held-out questions that named none of their question's
subjects (the audit's claim-line-names-no-subject), narrowed answer-blind to the subject the wrong
answer credits, because something a correct answer naturally mentions plainly does what the line
says (the decisions: the held56a section of docs/grading-log.md). Each correct sentence below was
flagged on bfdeb6e; each wrong control names the narrowed line's subject and is still caught: a
contradiction or a misconception, or a score under 25 (a few lines, narrowed or not, are not
found in a sentence that says them with a subject: "Prompt injection can be completely solved"
scored 8.5 on bfdeb6e too).

- genai-017: an app's memory feature, fine-tuning, an RNN; genai-021: an RNN, GPT and BERT
  (introduced by OpenAI, by Google, in 2018); genai-026: greedy decoding; genai-028: masked
  language modeling / BERT; genai-031: top-k and top-p; genai-053: zero-shot prompting,
  fine-tuning; genai-058: SQL injection; genai-067: sampling (the reverse process); genai-071: a
  plain autoencoder, a GAN; genai-074: a discriminator's overfitting; genai-083: training from
  scratch; genai-086: full fine-tuning; genai-087: a classification head, LoRA; genai-089: RAG;
  genai-091: underfitting; genai-098: vanilla policy gradient; genai-110: PSNR/SSIM, the Inception
  Score; genai-112: BLEU/CIDEr; genai-117: classic MLOps; genai-124: a flat index, keyword search;
  genai-128: a captioning model, a supervised classifier.
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-017",
        "Fine-tuning learns from examples by updating the weights, while in-context learning "
        "only reads the examples in the prompt.",
    ),
    (
        "genai-017",
        "A chat app with a memory feature has memory across sessions and remembers previous "
        "sessions by storing notes, but the model itself is stateless.",
    ),
    (
        "genai-017",
        "An RNN carries context through recurrence only, squeezing it into a hidden state, "
        "whereas a transformer attends to every token in the window.",
    ),
    (
        "genai-021",
        "Unlike a Transformer, an RNN processes tokens sequentially and processes the "
        "sequence step by step.",
    ),
    (
        "genai-021",
        "An RNN knows word order without positional encoding, because it reads one word after "
        "another.",
    ),
    (
        "genai-021",
        "GPT was introduced by OpenAI in 2018, and BERT was introduced by Google in 2018; "
        "both build on the Transformer of 2017.",
    ),
    (
        "genai-026",
        "Greedy decoding always outputs the most probable token, whereas sampling draws from "
        "the distribution.",
    ),
    (
        "genai-028",
        "Masked language modeling, as in BERT, predicts them from context on both the left "
        "and the right, and sees future tokens as well.",
    ),
    (
        "genai-028",
        "BERT uses bidirectional context and predicts randomly masked tokens; it predicts "
        "hidden words from both sides.",
    ),
    (
        "genai-031",
        "Top-k and top-p are applied after the softmax to cut the candidate list, whereas "
        "temperature divides the logits before it.",
    ),
    (
        "genai-053",
        "Zero-shot prompting reduces token cost because it has no examples, while fine-tuning "
        "needs thousands of examples or a large dataset.",
    ),
    (
        "genai-058",
        "SQL injection can be fully prevented with parameterised queries and can be "
        "completely solved that way, but prompt injection has no such fix.",
    ),
    (
        "genai-067",
        "Sampling must iterate through all previous steps, calling the network T times in a "
        "loop, while the forward process has a closed form.",
    ),
    (
        "genai-071",
        "A plain autoencoder maps each input to one fixed point, a deterministic latent code, "
        "and has no sampling anywhere.",
    ),
    (
        "genai-071",
        "A GAN is trained adversarially with a discriminator, whereas a VAE maximises the ELBO.",
    ),
    (
        "genai-074",
        "When a discriminator trained on few images memorises them, that is overfitting to "
        "the training data, a different problem from mode collapse.",
    ),
    (
        "genai-083",
        "Training from scratch needs a huge dataset for the new task, which is why transfer "
        "learning starts from a pretrained model.",
    ),
    (
        "genai-086",
        "Full fine-tuning saves a full copy of the model per task, with checkpoints as large "
        "as the full model, while PEFT stores only small modules.",
    ),
    (
        "genai-087",
        "A classification head is added only on top of the model, after the last layer, "
        "whereas adapters sit inside every block; LoRA can always be merged into the weights.",
    ),
    (
        "genai-089",
        "With RAG the weights do not change, so general abilities stay intact and there is no "
        "risk of forgetting.",
    ),
    (
        "genai-091",
        "In underfitting both the training and the validation loss stay high, because the "
        "model is too small to learn; you fix it by training for more epochs.",
    ),
    (
        "genai-098",
        "Vanilla policy gradient allows large updates, whereas PPO clips the probability ratio.",
    ),
    (
        "genai-110",
        "PSNR and SSIM are a pixel by pixel comparison, a per-image comparison of an output "
        "with its ground truth, and the Inception Score is blind to mode collapse within a "
        "class.",
    ),
    (
        "genai-112",
        "BLEU and CIDEr compare the generated caption with ground-truth captions written by "
        "people.",
    ),
    (
        "genai-117",
        "Classic MLOps is mostly training models from scratch on your own data, and those "
        "models are evaluated with simple accuracy or standard accuracy metrics.",
    ),
    (
        "genai-124",
        "A flat index scans every vector and compares against all the vectors, so it finds "
        "the exact nearest neighbours every time but slowly.",
    ),
    (
        "genai-124",
        "A keyword engine such as BM25 finds documents by exact words and looks up documents "
        "by keywords, while a vector database searches by meaning.",
    ),
    (
        "genai-128",
        "A captioning model is trained to generate captions, and a supervised classifier is "
        "trained on labelled ImageNet with a thousand ImageNet classes and is retrained for "
        "every new class.",
    ),
]
WRONG = [
    (
        "genai-017",
        "In-context learning learns from examples by updating the weights of the model.",
    ),
    ("genai-017", "The model has permanent memory of all previous sessions."),
    ("genai-017", "The model remembers previous sessions with each user."),
    ("genai-017", "The model has memory across sessions, so it recalls you."),
    ("genai-017", "LLMs understand context through recurrence only, one word at a time."),
    ("genai-021", "A Transformer processes tokens sequentially like an RNN."),
    ("genai-021", "A Transformer processes the sequence step by step, one word after another."),
    ("genai-021", "The Transformer was introduced by OpenAI in its GPT work."),
    ("genai-021", "The Transformer was invented by OpenAI."),
    ("genai-021", "The Transformer was introduced in 2018."),
    ("genai-021", "The Transformer was introduced by Google in 2018 as BERT."),
    ("genai-021", "A Transformer knows word order without positional encoding."),
    ("genai-026", "GPT always outputs the most probable token, whatever the settings."),
    ("genai-028", "CLM uses context from both the left and the right."),
    ("genai-028", "GPT uses context from both the left and the right."),
    ("genai-028", "CLM sees future tokens as well as past ones."),
    ("genai-028", "GPT sees future tokens as well."),
    ("genai-028", "CLM uses bidirectional context."),
    ("genai-028", "GPT uses bidirectional context to predict words."),
    ("genai-028", "CLM predicts randomly masked tokens in the sentence."),
    ("genai-028", "GPT predicts randomly masked tokens."),
    ("genai-028", "CLM predicts masked tokens from the rest of the sentence."),
    ("genai-028", "GPT predicts masked tokens."),
    ("genai-028", "CLM predicts hidden words in the middle of a sentence."),
    ("genai-028", "CLM predicts the masked words."),
    ("genai-028", "GPT predicts the masked tokens."),
    ("genai-031", "Temperature is applied after the softmax to the probabilities."),
    ("genai-053", "Few-shot prompting reduces token cost compared with zero-shot."),
    ("genai-053", "Few-shot prompting needs hundreds of examples to work."),
    ("genai-053", "Few-shot prompting needs thousands of examples."),
    ("genai-053", "Few-shot prompting needs a large dataset of labelled examples."),
    ("genai-058", "Prompt injection can be completely solved with a good system prompt."),
    ("genai-058", "Prompt injection can be fully prevented by input filtering."),
    ("genai-058", "Prompt injection can be totally prevented."),
    ("genai-058", "Prompt injection can be entirely prevented with delimiters."),
    ("genai-067", "The forward process must iterate through all previous steps to reach step t."),
    (
        "genai-067",
        "The forward process runs t times in a loop during training to get the noisy image.",
    ),
    ("genai-071", "A VAE encodes to a single fixed latent point."),
    ("genai-071", "A VAE has a deterministic latent code for each input."),
    ("genai-071", "A VAE encodes into a single latent vector."),
    ("genai-071", "A VAE encodes into one fixed latent vector."),
    ("genai-071", "A VAE maps each input to one fixed point."),
    ("genai-071", "A VAE maps to a single fixed point in latent space."),
    ("genai-071", "The VAE is trained adversarially with a discriminator."),
    ("genai-071", "The VAE has no sampling anywhere."),
    ("genai-074", "Mode collapse is overfitting to the training data."),
    ("genai-083", "Transfer learning needs a huge dataset for the new task."),
    ("genai-083", "Transfer learning needs a huge target dataset."),
    ("genai-086", "PEFT checkpoints as large as the full model are saved for each task."),
    ("genai-086", "PEFT saves a full copy of the model for each task."),
    ("genai-087", "Adapters are added only at the end of the model."),
    ("genai-087", "Adapters only on top of the model, like a classification head."),
    ("genai-087", "Adapters only after the last layer are trained."),
    ("genai-087", "Adapters can always be merged into the weights."),
    ("genai-089", "After fine-tuning general abilities stay intact."),
    ("genai-089", "Fine-tuning has no risk of forgetting."),
    ("genai-089", "Domain adaptation has no risk of forgetting."),
    ("genai-091", "Overfitting means both training and validation loss stay high."),
    ("genai-091", "Overfitting means training loss stays high."),
    ("genai-091", "Overfitting means the model is too small to learn."),
    ("genai-091", "Fix overfitting by training for more epochs."),
    ("genai-098", "PPO allows large updates to the policy."),
    ("genai-098", "PPO uses each sample only once."),
    ("genai-110", "FID is a pixel by pixel comparison of two images."),
    ("genai-110", "FID is a per-image comparison."),
    ("genai-110", "FID is blind to mode collapse."),
    ("genai-112", "CLIPScore needs ground-truth captions."),
    ("genai-112", "CLIPScore uses ground-truth captions written by humans."),
    ("genai-112", "CLIPScore generates a caption and compares it with the reference."),
    ("genai-117", "LLMOps is training models from scratch on your own data."),
    ("genai-117", "In LLMOps the main work is training models from scratch."),
    ("genai-117", "LLMs are evaluated with simple accuracy."),
    ("genai-117", "LLMs are evaluated with standard accuracy metrics."),
    ("genai-124", "A vector database scans every vector for each query."),
    ("genai-124", "ANN search compares against all the vectors."),
    ("genai-124", "ANN search returns exact nearest neighbours every time."),
    ("genai-124", "A vector database finds documents by exact words."),
    ("genai-124", "A vector database matches the exact words of the query."),
    ("genai-124", "A vector database looks up documents by keywords."),
    ("genai-128", "CLIP is trained to generate captions for images."),
    ("genai-128", "CLIP is trained on labelled ImageNet."),
    ("genai-128", "CLIP is trained on ImageNet classes."),
    ("genai-128", "CLIP uses a labelled image dataset."),
    ("genai-128", "CLIP is trained on ImageNet."),
    ("genai-128", "CLIP is trained as an ordinary image classifier."),
    ("genai-128", "CLIP predicts a thousand ImageNet classes."),
    ("genai-128", "CLIP is retrained for every new class."),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_the_other_thing_of_a_contrast_is_not_flagged(
    genai, genai_grader, question_id, answer
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, grade.contradictions


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_with_its_subject_is_still_caught(
    genai, genai_grader, question_id, answer
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions or grade.misconceptions or grade.score < 25, grade.score
