"""held55a: wrong-claim lines of 12 held-out questions that named no subject (the audit's
claim-line-no-subject), narrowed answer-blind to the subject the wrong answer credits, because
something a correct answer naturally mentions plainly does what the line says. Each correct
sentence below was flagged on bc44b01; each wrong control names the narrowed line's subject and is
still caught.

- genai-017: 'only looks at the previous word' is a bigram model -> "an LLM / the transformer
  ..."; 'remembers past chats', 'remembers earlier conversations' (and three more) are an app's
  memory feature -> "the model ...".
- genai-028: 'uses both left and right', 'looks at the whole sentence', 'fills in masked words',
  'fills in blanks' are MLM/BERT -> "CLM / GPT ...".
- genai-071: 'maps each input to a fixed point' is a plain autoencoder -> "a VAE / the VAE
  encoder ...".
- genai-083: 'only works when the new task is exactly the same', 'only works for identical
  tasks' are a model trained for one task -> "transfer learning ..." (no correct case: the
  unwarned 'new task must be exactly the same' still fires on it).
- genai-089: 'keeps all its general skills', 'never loses its general skills', 'never affects
  general abilities' are RAG or a frozen base model -> "the fine-tuned / adapted model ...",
  "domain adaptation / fine-tuning ...".
- genai-110: 'compares pairs of images' is PSNR/SSIM -> "FID ...".
- genai-112: 'compares with ground-truth captions' is BLEU/CIDEr -> "CLIPScore ..." (no correct
  case: the unwarned 'ground-truth captions' still fires on it).
- genai-128: 'predicts the caption word by word' is a captioning model, 'needs labelled examples
  for each class', 'needs to be fine-tuned on every new class' a supervised classifier -> "CLIP
  ...".
- genai-170: 'needs about 140 GB' is the bf16 weights alone (or inference) -> "training ...".
- genai-174: 'works for any domain' is RLHF's learned reward -> "RLVR / verifiable rewards ...".
- genai-184: 'only learns the magnitude', 'trains only the magnitude' is DoRA's magnitude vector
  -> "DoRA ...".
- genai-197: 'uses only CLIP', 'uses only T5' are SD 1.x and Imagen -> "SD3 / MM-DiT / Stable
  Diffusion 3 ...".
- genai-205: 'plays back recordings of each word' is an old announcement system -> "neural TTS /
  the vocoder ...".
- genai-208: 'quantises each waveform sample' is WaveNet's mu-law or PCM -> "the codec / a neural
  audio codec ...".
- genai-212: 'reveals nothing about the person' is differential privacy's promise -> "membership
  / being in the training set ...".
"""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CORRECT = [
    (
        "genai-017",
        "A bigram model only looks at the previous word, while a transformer attends to every "
        "token in its context window.",
    ),
    (
        "genai-017",
        "Within one session it keeps track of the conversation, but the model itself keeps no "
        "memory between sessions. A memory feature in the app remembers past chats and adds them "
        "to the prompt.",
    ),
    (
        "genai-017",
        "The chat application can store a summary, so the product remembers earlier "
        "conversations even though the weights do not change; the model is stateless.",
    ),
    (
        "genai-028",
        "Masked language modeling, as in BERT, uses both left and right context to predict a "
        "hidden word, while CLM predicts the next token from the previous tokens only.",
    ),
    ("genai-028", "BERT uses both left and right context; CLM predicts the next token."),
    (
        "genai-028",
        "BERT looks at the whole sentence and fills in masked words; causal language modeling "
        "predicts the next token from earlier tokens with a causal mask.",
    ),
    (
        "genai-028",
        "BERT fills in blanks using both sides, whereas a causal model predicts the next word "
        "from the words before it.",
    ),
    (
        "genai-071",
        "A plain autoencoder maps each input to a fixed point in latent space, while a VAE "
        "encoder outputs a mean and a variance and samples from that distribution.",
    ),
    (
        "genai-089",
        "RAG leaves the weights unchanged, so the model keeps all its general skills and never "
        "loses its general skills; fine-tuning on domain data can cause catastrophic forgetting.",
    ),
    (
        "genai-089",
        "Because the base weights are frozen, LoRA adapters never affect general abilities of "
        "the base model when you remove them, while full continued pretraining can cause "
        "forgetting.",
    ),
    (
        "genai-110",
        "PSNR and SSIM compare pairs of images, but FID compares the distribution of generated "
        "images with the distribution of real images using Inception features.",
    ),
    (
        "genai-128",
        "A captioning model predicts the caption word by word, but CLIP is trained contrastively "
        "to match images and captions in a shared embedding space.",
    ),
    (
        "genai-128",
        "A standard supervised classifier needs labelled examples for each class, while CLIP "
        "does zero-shot classification from text prompts.",
    ),
    (
        "genai-170",
        "The bf16 weights alone need about 140 GB, but with gradients and Adam states training "
        "needs about 16 bytes per parameter, about 1.1 TB.",
    ),
    (
        "genai-170",
        "Inference in bf16 needs about 140 GB for the weights, but training with Adam needs "
        "about 1.1 TB.",
    ),
    (
        "genai-174",
        "RLHF with a learned reward model works for any domain where people can compare "
        "answers, while RLVR only works where a program can check the result, like math or code.",
    ),
    (
        "genai-184",
        "The magnitude vector only learns the magnitude of each column, and the LoRA matrices "
        "update the direction.",
    ),
    (
        "genai-197",
        "Stable Diffusion 1.5 uses only CLIP, and Imagen uses only T5; SD3 combines two CLIP "
        "models and T5-XXL and joins text and image tokens in joint attention.",
    ),
    (
        "genai-205",
        "Older announcement systems played back recordings of each word; neural TTS predicts a "
        "mel spectrogram with an acoustic model and a vocoder turns it into audio.",
    ),
    (
        "genai-205",
        "The simplest talking clock plays back recordings of each word, but neural TTS uses an "
        "acoustic model and a vocoder.",
    ),
    (
        "genai-208",
        "WaveNet quantises each waveform sample to 256 mu-law levels, but a neural audio codec "
        "encodes frames and quantises them with residual vector quantisation.",
    ),
    (
        "genai-212",
        "With differential privacy the model reveals almost nothing about the person, which "
        "bounds membership inference.",
    ),
]
WRONG = [
    ("genai-017", "An LLM only looks at the previous word when it predicts the next one."),
    ("genai-017", "The transformer only looks at the previous word to understand context."),
    ("genai-017", "The model remembers all past conversations you have had with it."),
    ("genai-017", "An LLM remembers all past conversations, so it knows you."),
    ("genai-017", "The model remembers everything users told it in earlier chats."),
    ("genai-017", "The model remembers earlier conversations and uses them next time."),
    ("genai-017", "The model remembers past chats, so you never need to repeat yourself."),
    ("genai-017", "The model recalls previous conversations whenever you open a new chat."),
    ("genai-028", "CLM uses both left and right context to predict each token."),
    ("genai-028", "GPT uses both left and right context when it predicts a token."),
    ("genai-028", "CLM looks at the whole sentence before predicting a word."),
    ("genai-028", "GPT looks at the whole sentence at once."),
    ("genai-028", "CLM fills in masked words in the middle of a sentence."),
    ("genai-028", "GPT fills in blanks in the sentence."),
    ("genai-071", "A VAE maps each input to a fixed point in the latent space and decodes it."),
    ("genai-071", "The VAE encoder maps each input to a fixed point, like any autoencoder."),
    (
        "genai-083",
        "Transfer learning only works when the new task is exactly the same as the old one.",
    ),
    ("genai-083", "Transfer learning only works for identical tasks."),
    ("genai-089", "After domain adaptation the fine-tuned model keeps all its general skills."),
    ("genai-089", "The adapted model keeps all its general skills, so there is no downside."),
    ("genai-089", "Domain adaptation never affects general abilities of the model."),
    ("genai-089", "Fine-tuning never affects general abilities."),
    ("genai-089", "The fine-tuned model never loses its general skills."),
    ("genai-089", "The adapted model never loses its general skills."),
    ("genai-110", "FID compares pairs of images, one generated and one real."),
    ("genai-112", "CLIPScore compares with ground-truth captions written by humans."),
    ("genai-128", "CLIP predicts the caption word by word from the image."),
    ("genai-128", "CLIP needs labelled examples for each class before it can classify."),
    ("genai-128", "CLIP needs to be fine-tuned on every new class."),
    ("genai-170", "Training needs about 140 GB of memory for a 70B model with Adam."),
    ("genai-170", "Training the model needs about 140 GB, so a couple of GPUs will do."),
    ("genai-174", "RLVR works for any domain, including creative writing."),
    ("genai-174", "Verifiable rewards work for any domain."),
    ("genai-184", "DoRA only learns the magnitude of each weight column."),
    ("genai-184", "DoRA trains only the magnitude and nothing else."),
    ("genai-197", "SD3 uses only CLIP for the text."),
    ("genai-197", "MM-DiT uses only T5 to encode the prompt."),
    ("genai-197", "Stable Diffusion 3 uses only CLIP as its text model."),
    ("genai-205", "Neural TTS plays back recordings of each word in the sentence."),
    ("genai-205", "The vocoder plays back recordings of each word."),
    ("genai-208", "The codec quantises each waveform sample into a token."),
    ("genai-208", "A neural audio codec quantises each waveform sample separately."),
    ("genai-212", "Membership reveals nothing about the person, so it is harmless to know."),
    ("genai-212", "Being in the training set reveals nothing about the person."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_named_subject_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """See subject_helpers.assert_only_the_subject_is_flagged."""
    assert_only_the_subject_is_flagged(genai_grader.grade(genai.get(question_id), answer), wrong)
