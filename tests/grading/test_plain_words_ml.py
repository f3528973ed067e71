"""Plain words for machine-learning terms (plain_words.txt, para47, issue 8): "trained in
advance" for pretrained, "train it further on" for fine-tuning, "using the trained model" for
inference, "word pieces" for tokens, "a compact code" for a latent space, "examples with the right
answers" for labelled data, "internal settings" for weights, "plausible but false" for
hallucination, "the randomness setting" for temperature, "a couple of examples" for few-shot,
"without any examples" for zero-shot, "full passes over the data" for epochs, "small steps
downhill" for gradient descent, "a smaller model trained to imitate a larger model" for
distillation, "how much text it can read at once" for the context window.

Each plain sentence, on a question of /work/s47/tunable.txt, was not credited with the concept
before its line (checked on c7f4812: all fail there); each wrong sentence beside it says the same
words in the negative, in the opposite relation or of another thing, and is not credited."""

from __future__ import annotations

import pytest
from graded import assert_credited_in_own_words, matched_concepts

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text

CREDITED = [
    (
        "genai-052",
        "Zero-shot prompting means you describe the task and give no examples at all. The model "
        "does it from what it was trained in advance to know, its general ability, so it is "
        "quick but less reliable on unusual formats.",
        "knowledge from pretraining",
        "trained in advance",
    ),
    (
        "genai-046",
        "Pretraining is the first stage: the model learns to predict the next word over a huge "
        "amount of raw text, which gives it general knowledge of language. Afterwards you train "
        "it further on a small set of examples so it follows instructions.",
        "fine-tuning afterwards",
        "train it further",
    ),
    (
        "genai-072",
        "A GAN has two networks, a generator that makes fake samples from random noise and a "
        "discriminator that tries to tell them from real ones; they are trained against each "
        "other. Using the trained model is fast, because a single step turns noise into an image.",
        "single forward pass",
        "Using the trained model",
    ),
    (
        "genai-008",
        "Generative models learn from raw text and images, no one writes answers for them. "
        "Labelling by hand could never cover trillions of word pieces, so the data itself "
        "supplies the target.",
        "labelling does not scale",
        "word pieces",
    ),
    (
        "genai-068",
        "Stable Diffusion works on a compact code of the image rather than on the pixels. An "
        "encoder squeezes the picture down, noise is removed step by step there guided by the "
        "text prompt, and a decoder turns the result back into an image.",
        "latent space",
        "compact code",
    ),
    (
        "genai-002",
        "Traditional AI usually learns one narrow job, like spam or not spam, from examples with "
        "the right answers. Generative AI learns the patterns of huge amounts of text or images "
        "and produces new content.",
        "labelled data",
        "examples with the right answers",
    ),
    (
        "genai-007",
        "It is shown a huge amount of text and asked over and over to guess the next word. After "
        "each wrong guess its internal settings are tweaked slightly so the right word becomes "
        "more likely.",
        "gradient descent",
        "internal settings are tweaked",
    ),
    (
        "genai-010",
        "GPT-4 reasoned better, scored far higher on exams like the bar exam, could take images "
        "as input, and was much less likely to give answers that are plausible but false.",
        "fewer hallucinations",
        "plausible but false",
    ),
    (
        "genai-180",
        "Min-p keeps only the tokens whose probability is at least a fraction of the top "
        "token's, so you can raise the randomness setting without getting nonsense. Logit bias "
        "adds a fixed number to chosen tokens' scores to make them more or less likely, or to "
        "ban them.",
        "higher temperature",
        "randomness setting",
    ),
    (
        "genai-052",
        "Zero-shot prompting means you describe the task in the prompt without showing any "
        "solved examples and the model does it from what it already knows. It often works, but "
        "it is less reliable than giving a couple of examples.",
        "less reliable than few-shot",
        "couple of examples",
    ),
    (
        "genai-054",
        "Chain-of-thought prompting asks the model to write out its reasoning before the answer, "
        "which helps on arithmetic and logic problems. You can do it without any examples too.",
        "zero-shot CoT",
        "without any examples",
    ),
    (
        "genai-093",
        "Use more and cleaner data, hold out a validation set to watch, and train for fewer "
        "full passes over the data. Train small adapters instead of the whole model.",
        "short training schedule",
        "full passes over the data",
    ),
    (
        "genai-061",
        "Prompt tuning keeps the model frozen and learns a few soft prompt vectors that are put "
        "in front of the input. The vectors are learned by taking small steps downhill on the "
        "task loss, so it is cheap and needs no change to the model.",
        "gradient descent",
        "small steps downhill",
    ),
    (
        "genai-125",
        "Route easy requests to a cheaper model and hard ones to the big one, cache repeated "
        "answers, trim prompts, and batch requests. For a fixed task a smaller model trained to "
        "imitate a larger model can do most of the work.",
        "distillation",
        "trained to imitate a larger model",
    ),
    (
        "genai-036",
        "Attention costs grow with the square of the input length, so long inputs are slow and "
        "costly, and there is a limit on how much text it can read at once. They also need huge "
        "data and compute and can state false things confidently.",
        "context window",
        "how much text it can read at once",
    ),
]
"""(question, plain answer, concept, the plain words quoted as its evidence)."""

NOT_CREDITED = [
    (
        "genai-007",
        "It is shown a huge amount of text and asked over and over to guess the next word. Its "
        "internal settings are written once by programmers as rules, and it only stores the text.",
        "gradient descent",
    ),
    (
        "genai-052",
        "Zero-shot prompting means the model is not trained in advance at all: it learns the "
        "task from scratch from the one prompt you send, which is why it needs no examples.",
        "knowledge from pretraining",
    ),
    (
        "genai-046",
        "Pretraining is the whole of training: the model learns to predict the next word over a "
        "huge amount of raw text, and it is not trained further on anything afterwards.",
        "fine-tuning afterwards",
    ),
    (
        "genai-072",
        "A GAN has a generator and a discriminator trained against each other. Using the "
        "trained model is slow, because it removes noise over hundreds of steps like a "
        "diffusion model.",
        "single forward pass",
    ),
    (
        "genai-068",
        "Stable Diffusion works directly on the full-size pixels, never on a compact code of the "
        "image: noise is removed from every pixel step by step guided by the text prompt.",
        "latent space",
    ),
    (
        "genai-002",
        "Traditional AI never learns from examples with the right answers: it is only "
        "hand-written if-then rules. Generative AI learns from data and produces new content.",
        "labelled data",
    ),
    (
        "genai-010",
        "GPT-4 was the same model as GPT-3.5 with a new name; it was text only and was more "
        "likely to give answers that are plausible but false.",
        "fewer hallucinations",
    ),
    (
        "genai-180",
        "Min-p and logit bias both lower the randomness setting of the whole model, and logit "
        "bias changes the model's weights so that chosen words disappear from its vocabulary.",
        "higher temperature",
    ),
    (
        "genai-052",
        "Zero-shot prompting means you paste a handful of examples and the model copies their "
        "format.",
        "less reliable than few-shot",
    ),
    (
        "genai-093",
        "Overfitting is prevented by training for many more full passes over the data, with a "
        "higher learning rate, so the model sees each example as often as possible.",
        "short training schedule",
    ),
    (
        "genai-061",
        "Prompt tuning means a person rewrites the text prompt by hand until the answers look "
        "good; nothing is learned by small steps downhill.",
        "gradient descent",
    ),
    (
        "genai-125",
        "Cost is cut by always using the largest model; a big model trained to imitate a "
        "smaller model would be cheaper to train but that is all.",
        "distillation",
    ),
    (
        "genai-036",
        "The main limit of transformers is that they are not limited in how much text they can "
        "read at once; the cost only depends on the training data.",
        "context window",
    ),
]
"""Wrong answers with the same plain words denied or in the opposite relation."""


@pytest.mark.parametrize(("question", "answer", "concept", "quoted"), CREDITED)
def test_a_plain_wording_of_a_machine_learning_term_credits_the_concept(
    question: str, answer: str, concept: str, quoted: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert_credited_in_own_words(grade, concept, quoted)


@pytest.mark.parametrize(("question", "answer", "concept"), NOT_CREDITED)
def test_the_plain_wording_denied_or_reversed_is_not_credited(
    question: str, answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    assert concept not in matched_concepts(genai_grader.grade(genai.get(question), answer))


def test_pieces_of_text_are_not_tokens() -> None:
    """ "Pieces of text" are a RAG system's chunks as often as tokens: only pieces of words are
    read as tokens."""
    words = PlainWords.of("How does it read text?", ["It splits the text into tokens."])
    assert words.read(Text.of("It cuts the text into pieces of words")).words[-1] == "tokens"
    chunks = Text.of("It cuts the documents into pieces of text")
    assert words.read(chunks).words == chunks.words


def test_a_key_that_says_the_wording_itself_keeps_it() -> None:
    """A key that says "already trained" itself has it matched as written, not read as
    "pretrained"; a key that says only "pretrained" has it read so."""
    key = ["Start from a pretrained model, an already trained network."]
    words = PlainWords.of("What is transfer learning?", key)
    text = Text.of("You start from a network someone already trained")
    assert words.read(text).words == text.words
    other = PlainWords.of("What is transfer learning?", ["Start from a pretrained model."])
    assert "pretrained" in other.read(text).words
