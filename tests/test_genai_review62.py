"""review62, the second reader of stop 51: a fact-check sample of the genai bank and rubric, 12
tunable questions drawn at random (`random.Random(6264)`: genai-119, 085, 069, 189, 213, 015;
`random.Random(6265)` from the rest: genai-065, 180, 018, 143, 209, 001). Each case is a true
sentence a correct answer naturally says that a `contradicts` line flagged (it must not be), and
the wrong claim the narrowed line is there for, said whole (it must stay caught). Sentences
written by the reader from the prompts, references and knowledge; no answer of the development
set read (/work/s62/notes/review62.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_only_the_subject_is_flagged

CASES = [
    # R1 genai-119 'decode runs in parallel': decode is batched across requests, so it runs in
    # parallel over them; the wrong claim is that one request's tokens come out in parallel
    (
        "genai-119",
        "With batching, decode runs in parallel for many requests, but each request still gets "
        "one token per step.",
        False,
    ),
    ("genai-119", "Decode generates all the tokens in parallel, just like prefill.", True),
    # R2 genai-119 'improves both throughput and latency': true of quantization (decode is
    # memory-bound); the concept's wrong claim is about batch size
    (
        "genai-119",
        "Because decode is memory-bound, quantization improves both throughput and latency.",
        False,
    ),
    ("genai-119", "Larger batches improve both throughput and latency.", True),
    # R3 genai-085 'the fine-tuned model has fewer parameters': met by "fewer trainable
    # parameters", LoRA's point; the wrong claim is a smaller model
    (
        "genai-085",
        "The fine-tuned model has far fewer trainable parameters than with full fine-tuning.",
        False,
    ),
    ("genai-085", "The fine-tuned model has fewer parameters than the base model.", True),
    # R4 genai-085 'replaces the weight matrix': after training W + BA does replace W (the merge);
    # the wrong claim is W replaced by the two small matrices
    (
        "genai-085",
        "After training you compute W plus BA, which replaces the weight matrix, so there is no "
        "extra latency.",
        False,
    ),
    ("genai-085", "LoRA replaces the weight matrix with two smaller matrices.", True),
    # R5 genai-189 'saturated benchmark no model can make progress': no headroom is saturation
    # itself; 'too hard' is the wrong claim and its lines stay
    (
        "genai-189",
        "On a saturated benchmark no model can make much more progress, since scores are already "
        "at the ceiling.",
        False,
    ),
    ("genai-189", "A saturated benchmark is too hard, so no model can make progress.", True),
    # R6 genai-189 'easier benchmarks', 'easier tests': easier benchmarks do saturate first; the
    # wrong claim is answering saturation with easier ones
    (
        "genai-189",
        "Easier benchmarks saturate first, so the field keeps building harder ones.",
        False,
    ),
    ("genai-189", "Older, easier tests like GLUE saturated within about a year.", False),
    ("genai-189", "When a benchmark saturates, replace it with easier benchmarks.", True),
    # R7 genai-213 'DP masks': calibrated noise masking one person's contribution is how DP is
    # described; masking fields is the wrong claim ('DP masks the sensitive fields' stays)
    ("genai-213", "DP masks each person's contribution with calibrated noise.", False),
    ("genai-213", "DP masks the sensitive fields in the data.", True),
    # R8 genai-213 'DP-SGD cheap': met by "making DP-SGD cheap needs tricks"
    ("genai-213", "Making DP-SGD cheap needs tricks like ghost clipping.", False),
    ("genai-213", "DP-SGD is as cheap as normal training.", True),
    # R9 genai-015 'one model per task', 'separate model for every task': true of classic
    # machine learning, the contrast the answer draws; said of generative AI now
    (
        "genai-015",
        "Classic machine learning needed one model per task, while a foundation model can be "
        "adapted to many.",
        False,
    ),
    (
        "genai-015",
        "Before, companies built a separate model for every task; now one foundation model does "
        "many jobs.",
        False,
    ),
    ("genai-015", "You need a separate model for every task.", True),
    ("genai-015", "Generative AI still needs one model per task.", True),
    # R10 genai-180 'min-p minimum probability cutoff': min-p is a minimum-probability cut-off
    # (its name), scaled by the top token; the fixed-threshold lines stay
    (
        "genai-180",
        "Min-p sets a minimum probability cutoff scaled by the top token's probability.",
        False,
    ),
    ("genai-180", "Min-p is a fixed probability threshold.", True),
    # R11 genai-180 'logit bias bans the word': biasing every token of a word bans the word, the
    # concept 'restricting outputs' itself ("forbid words"); passing words stays wrong
    ("genai-180", "With -100 on every token ID of a word, logit bias bans the word.", False),
    ("genai-180", "Logit bias takes words and bans them.", True),
    # R12 genai-018 'main benchmark for LLMs': the line's subject, the Turing test, drops out as
    # the prompt's words, so it flagged the real benchmarks
    (
        "genai-018",
        "Today the main benchmarks for LLMs are things like MMLU and human preference arenas.",
        False,
    ),
    (
        "genai-018",
        "The main benchmark for LLMs today is a mix of MMLU, GPQA and Chatbot Arena.",
        False,
    ),
    ("genai-018", "The Turing test is the main benchmark for LLMs.", True),
    # R13 genai-209 'LLM fixes ASR errors', 'LLM corrects the transcription errors': an LLM can
    # repair some errors from context; the wrong claim is that it repairs them all
    (
        "genai-209",
        "The LLM can sometimes fix small ASR errors from context, but a misheard name still "
        "propagates.",
        False,
    ),
    ("genai-209", "A good LLM can correct some transcription errors from context.", False),
    ("genai-209", "The LLM fixes all ASR errors, so errors never propagate.", True),
    # R14 genai-001 'memorises its training data', 'regurgitates training data': large models do
    # memorise and sometimes regurgitate parts of it (a known risk); only doing so is wrong
    (
        "genai-001",
        "Large models can memorise some of their training data, which raises copyright and "
        "privacy concerns.",
        False,
    ),
    (
        "genai-001",
        "It sometimes regurgitates training data verbatim, which is a copyright risk.",
        False,
    ),
    ("genai-001", "Generative AI only memorises its training data.", True),
    ("genai-001", "It only regurgitates its training data.", True),
    # R15 genai-001 'output is deterministic': greedy decoding at temperature zero is
    # deterministic; always deterministic generative AI is wrong
    ("genai-001", "At temperature zero, greedy decoding makes the output deterministic.", False),
    ("genai-001", "Generative AI output is deterministic.", True),
    # R17 genai-209 misconception alias 'end-to-end model is just the cascade': "just" drops out,
    # and the two systems named in either order met it in a true comparison
    (
        "genai-209",
        "The cascade is easier to debug than an end-to-end model, which is more of a black box.",
        False,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)


# R16 genai-189 alias 'reach 100%' (label noise limit): any answer saying models reach 100% earned
# the point that label errors keep scores from reaching it; narrowed to the negated wordings
CREDITS = [
    ("genai-189", "Models reach 100% on it, so it is solved.", "label noise limit", False),
    (
        "genai-189",
        "Nobody will ever reach 100% on it, since part of the answer key is wrong.",
        "label noise limit",
        True,
    ),
]


@pytest.mark.parametrize(("question_id", "answer", "concept", "earned"), CREDITS)
def test_second_readers_alias_corrections(
    genai, genai_grader, question_id, answer, concept, earned
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert (concept in {m.concept for m in grade.matched}) == earned, grade.score


def test_the_cascade_on_one_gpu_is_still_a_misconception(genai, genai_grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-209"), "The end-to-end model is just the cascade running on one GPU."
    )
    assert [m.phrase for m in grade.misconceptions] == [
        "an end-to-end model is the cascade on one GPU"
    ], grade.score
