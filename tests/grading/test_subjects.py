"""Who a statement is said of: a swap is claimed only on what the answer plainly says."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Concept
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import Mentions, prepare_subjects
from interviewer.core.grading.text import Text

# -- who a statement is said of: a swap is claimed only on what is plain ------------------------
# Found on 201 concise answers written blind (one per bank question): 16 correct answers were
# told they had swapped the two subjects, against 6 true swaps caught on 104 wrong answers.


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        # a semicolon starts another claim, and "a high one" is not said of the low temperature
        (
            "genai-031",
            "Temperature divides the logits before the softmax. A low temperature makes the "
            "distribution peakier and the output predictable; a high one flattens it and gives "
            "more diverse, riskier text.",
        ),
        # "encoder-decoder" names neither; the encoder outputs are an object, not the subject
        (
            "genai-044",
            "The encoder attends in both directions over the whole input. The decoder uses "
            "masked self-attention over earlier tokens only, and in encoder-decoder models it "
            "adds cross-attention over the encoder outputs, generating one token at a time.",
        ),
        # said in the negative of the other subject: a correct contrast, not a swap
        (
            "genai-146",
            "Continuous batching lets requests join and leave at every decoding step, so the GPU "
            "never waits for the longest sequence in a batch. PagedAttention keeps the KV cache "
            "in small blocks. Throughput rises, at some cost in per-token latency.",
        ),
        # "they" with no single subject before it cannot be told: no swap claimed on a guess
        (
            "genai-080",
            "Training is stable with a plain denoising loss and no adversarial balance to keep. "
            "They scale well and condition easily on text, and they beat GANs on FID.",
        ),
        # words of a phrase out of order ("real-or-fake" for "call its fakes real") or far
        # apart do not plainly say it of the discriminator (written blind, graded 5 and 4)
        (
            "genai-073",
            "The discriminator downsamples an input with convolutions to a single real-or-fake "
            "score. Training alternates: update the discriminator, then the generator to fool it.",
        ),
        # "set aside by 'rather than'": said of no one
        (
            "genai-002",
            "Traditional AI learns to classify or predict from input data. Generative AI learns "
            "the distribution of its training data to produce new content, such as text or "
            "images, that resembles that data rather than just labeling it.",
        ),
    ],
    ids=["semicolon", "compound-name", "negated", "unclear-pronoun", "scattered", "rather-than"],
)
def test_a_correct_contrast_is_not_called_a_swap(genai, genai_grader, qid, answer):
    grade = genai_grader.grade(genai.get(qid), answer)
    assert not [c for c in grade.contradictions if c.detail.startswith("said of")], [
        (c.concept, c.detail, c.evidence) for c in grade.contradictions
    ]


SUBJECTS = prepare_subjects(
    [Concept("encoder-only", 3, (), about=("BERT",)), Concept("causal", 3, (), about=("GPT",))]
)


def claimant(text: str, statement: str) -> str | None:
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    said = statement.split()
    first = next(i for i in range(len(words)) if words[i : i + len(said)] == said)
    owner = Mentions.of(SUBJECTS, answer).claimant(answer, first, first + len(said) - 1)
    return None if owner is None else SUBJECTS[owner].key


@pytest.mark.parametrize(
    ("text", "statement", "owner"),
    [
        ("BERT reads both ways and GPT reads left to right.", "left to right", "GPT"),
        ("BERT reads both ways; it is an encoder.", "encoder", "BERT"),
        ("GPT is trained differently from BERT and reads left to right.", "left to right", "GPT"),
        ("GPT reads left to right but is an encoder.", "encoder", "GPT"),
        ("The one I pick is BERT: each word sees every other word.", "every other word", "BERT"),
        ("Unlike GPT, BERT reads both ways.", "both ways", "BERT"),
        ("A causal model predicts; the other one reads both ways.", "both ways", None),
        ("BERT and GPT differ. They are trained on text.", "trained on text", None),
        # a subject named as an object ("for GPT") is not what the next sentence's "it" means
        (
            "BERT is far better, at 90 versus 10 for GPT. It reads both ways.",
            "reads both ways",
            "BERT",
        ),
        # "denoising for diffusion": GPT after "for" is an object, not the subject of "denoising",
        # and a name before a comma does not qualify what follows it
        ("It optimises a loss, next-token for GPT, masked for BERT.", "masked", None),
        # a preposition that ends its clause governs no name after the comma
        ("BERT is what we look for, GPT reads left to right.", "left to right", "GPT"),
        # a name inside brackets is an aside, not the subject of what follows them
        (
            "BERT is bidirectional (GPT is causal) and reads both ways.",
            "reads both ways",
            "BERT",
        ),
        # "it" reaches back past a sentence that names no subject
        ("BERT came first. The paper was long. It reads both ways.", "reads both ways", "BERT"),
        # a sentence opening with a pronoun is about what that pronoun stands for, so the next
        # "it" may mean either (a validation answer was told it swapped GPT-4 and GPT-3.5)
        (
            "Google released BERT. It reads both ways, where GPT reads left to right. "
            "It is an encoder.",
            "encoder",
            None,
        ),
        ("BERT came first. It reads both ways. It is an encoder.", "encoder", "BERT"),
        # ... and when that pronoun itself cannot be told, neither can the next one: the name in
        # the sentence between ("where GPT ...") is not what the third sentence is about
        (
            "Google released BERT. It reads both ways, where GPT reads left to right. "
            "It is bigger, while GPT is smaller. It is an encoder.",
            "encoder",
            None,
        ),
        (
            "Google released BERT. It reads both ways, where GPT reads left to right. "
            "It beats GPT on tasks but is an encoder.",
            "encoder",
            None,
        ),
        # ... however the pronoun is led in ("And it")
        (
            "Google released BERT. And it reads both ways, where GPT reads left to right. "
            "It is an encoder.",
            "encoder",
            None,
        ),
        # a name in a contrast clause ("while", "whereas", "where") is the other side, not the
        # topic a later "it" carries: alone it tells nothing (a correct validation answer on
        # GPT-4 was told it swapped GPT-3.5)
        (
            "On benchmarks it did better, while GPT was weaker. It reads both ways.",
            "reads both ways",
            None,
        ),
        (
            "In tests it won easily, whereas GPT lagged. It reads both ways.",
            "reads both ways",
            None,
        ),
        ("It scored higher, and where GPT failed it passed. It is an encoder.", "encoder", None),
        # ... while the sentence's own subject still is ("while" after "BERT reads ...")
        ("BERT reads both ways, while GPT reads left to right. It is an encoder.", "encoder", None),
        ("BERT reads both ways. It is an encoder, while GPT is not.", "encoder", "BERT"),
        ("On benchmarks GPT did worse, while it was fast. It is causal.", "causal", "GPT"),
        # after "but", a clause that opened with a pronoun carries what it stands for
        (
            "Google released BERT. It reads both ways and uses GPT ideas, but is an encoder.",
            "encoder",
            None,
        ),
    ],
)
def test_the_subject_a_statement_is_said_of(text, statement, owner):
    assert claimant(text, statement) == owner
