"""Rubric lines of rubric39 (rubrics/genai.yaml), each checked on sentences written for this
test, right and wrong, plain and jargon:

- genai-019 asks how the harms of generative AI are *kept in check*: its concepts credit the
  safeguards (against misuse, against honest mistakes, testing, oversight, regulation,
  provenance, data, layers), and a list of the harms alone no longer passes;
- the bank-wide misconception "standard diffusion models are trained adversarially" is found in
  plain wording ("diffusion models use a discriminator") on any question, and not on a correct
  answer that contrasts diffusion with GANs;
- genai-164's MQA/GQA contrast: GQA's groups said of MQA, or MQA's single shared key-value head
  said of GQA, is a swap; the correct wording of each is credited."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader

MITIGATIONS = [
    # jargon
    "We keep it in check with safety training like RLHF, content filters on inputs and outputs, "
    "red-teaming before launch, watermarking generated media, human review of high-stakes "
    "outputs, and regulation like the EU AI Act.",
    # plain words
    "Against deliberate misuse like scams and deepfakes, make the model refuse harmful requests, "
    "filter what goes in and out and ban accounts that abuse it. Against honest mistakes like "
    "made-up facts, ground the answers in trusted sources with citations and keep a person "
    "reviewing anything important. Have people attack it before launch, and follow the law.",
]

HARMS_ONLY = [
    "Generative AI is dangerous: deepfakes, scams, hallucinations, bias and privacy leaks are "
    "the main risks.",
    "People can use it to make fake videos and phishing emails, and it sometimes makes up facts "
    "or treats people unfairly.",
]

SAFEGUARDS_DENIED = [
    "Once a model has RLHF it is completely safe, so no human review is needed and testing "
    "before launch just slows things down.",
    "The harms take care of themselves once the model is big enough, since larger models never "
    "hallucinate.",
]


@pytest.mark.parametrize("answer", MITIGATIONS)
def test_an_answer_naming_the_safeguards_passes(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-019"), answer)
    assert grade.passed, (grade.score, grade.missed)
    assert {"safeguards against misuse", "human oversight"} <= {m.concept for m in grade.matched}
    assert not grade.contradictions and not grade.misconceptions


@pytest.mark.parametrize("answer", HARMS_ONLY)
def test_a_list_of_the_harms_alone_does_not_answer_how_they_are_kept_in_check(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-019"), answer)
    assert not grade.passed
    assert {m.concept for m in grade.matched} <= {"the harms named"}


@pytest.mark.parametrize("answer", SAFEGUARDS_DENIED)
def test_safeguards_waved_away_are_wrong(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-019"), answer)
    assert grade.contradictions and not grade.passed
    assert all(e in answer for c in grade.contradictions for e in c.evidence)


def test_a_mitigation_said_as_not_inventing_facts_is_no_contradiction(
    genai: Bank, genai_grader: Grader
) -> None:
    # "so the bot does not invent facts" denied the old harm concept "hallucinated facts"
    answer = (
        "Before release a team tries to make the chatbot say dangerous things and fixes what "
        "they find; in production the answers are checked against the company's documents so "
        "the bot does not invent facts, and a person reviews anything high stakes."
    )
    grade = genai_grader.grade(genai.get("genai-019"), answer)
    assert not grade.contradictions


DIFFUSION_ADVERSARIAL = [
    "Diffusion models use a discriminator like GANs to judge each generated image.",
    "Diffusion models are trained as a generator against a critic.",
    "A diffusion model is a generator trained against a discriminator.",
    "Like GANs, diffusion models are trained adversarially.",
    "Diffusion models pit a generator against a discriminator.",
]

DIFFUSION_CONTRASTED = [
    "Unlike GANs, diffusion models have no discriminator; they learn to remove noise step by step.",
    "Diffusion models don't use a discriminator; they are trained to predict noise.",
    "GANs train a generator against a discriminator, whereas diffusion models learn to denoise.",
    "Diffusion models avoid the adversarial training of GANs, where a generator is trained "
    "against a discriminator.",
    "It is a myth that diffusion models use a discriminator.",
]

PHRASE = "standard diffusion models are trained adversarially"


@pytest.mark.parametrize("question", ["genai-068", "genai-079", "genai-195"])
@pytest.mark.parametrize("answer", DIFFUSION_ADVERSARIAL)
def test_diffusion_said_to_train_adversarially_is_caught_in_plain_words(
    question: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert PHRASE in {m.phrase for m in grade.misconceptions}
    assert all(e in answer for m in grade.misconceptions for e in m.evidence)


@pytest.mark.parametrize("question", ["genai-068", "genai-077", "genai-079", "genai-195"])
@pytest.mark.parametrize("answer", DIFFUSION_CONTRASTED)
def test_diffusion_contrasted_with_gans_is_not(
    question: str, answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(question), answer)
    assert PHRASE not in {m.phrase for m in grade.misconceptions}


MQA = "MQA one KV head in total"
GQA = "GQA groups share a KV head"

SWAPPED = [
    ("With MQA, groups of heads share keys and values, which cuts the KV cache.", GQA),
    ("Multi-query attention lets groups of heads share keys and values.", GQA),
    (
        "Multi-query attention splits the query heads into groups, and each group shares one "
        "key and value head.",
        GQA,
    ),
    ("In GQA all query heads share one key and value head.", MQA),
    ("With grouped-query attention, all query heads share a single key and value head.", MQA),
    ("GQA uses one key and value head for all query heads.", MQA),
]

CORRECT = [
    "MQA shares a single key and value head among all query heads, while GQA gives each group of "
    "query heads its own key-value head.",
    "With GQA, groups of heads share keys and values; with MQA every query head uses the same "
    "single key-value head.",
    "In GQA each group of query heads shares one key and value head, so the cache shrinks by the "
    "group size.",
    "MQA goes further: all query heads share one key and value head.",
]


@pytest.mark.parametrize(("answer", "concept"), SWAPPED)
def test_mqa_and_gqa_swapped_is_a_swap_both_ways(
    answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-164"), answer)
    assert concept in grade.got_wrong and not grade.passed
    assert all(e in answer for c in grade.contradictions for e in c.evidence)


@pytest.mark.parametrize("answer", CORRECT)
def test_mqa_and_gqa_said_right_are_credited(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-164"), answer)
    assert not grade.contradictions
    assert {m.concept for m in grade.matched} & {MQA, GQA}


# genai-062 asks *when* to choose a hard or a soft prompt: the reasons to choose (readable,
# no training or model access needed, model access, accuracy with labelled data, portability)
# now outweigh the definitions of the two kinds.
WHEN_HARD_OR_SOFT = [
    # jargon
    "I'd pick a hard prompt when I only have API access to a closed model, need no training run, "
    "or want people to read and audit the prompt. I'd pick a soft prompt when I have gradient "
    "access, labelled data for the task and want higher task accuracy, accepting that it is "
    "unreadable and tied to that exact model.",
    # plain words
    "Use normal written instructions when you can't touch the model's internals or want "
    "something anyone can read and change; use learned prompt vectors when you can train on the "
    "model and have examples, since they usually score higher on the task.",
]


@pytest.mark.parametrize("answer", WHEN_HARD_OR_SOFT)
def test_the_reasons_to_choose_a_hard_or_soft_prompt_are_credited(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-062"), answer)
    assert not grade.contradictions and not grade.misconceptions
    assert "interpretable" in {m.concept for m in grade.matched}
    assert grade.score >= 60, (grade.score, grade.missed)


def test_the_definitions_alone_do_not_pass(genai: Bank, genai_grader: Grader) -> None:
    answer = "A hard prompt is made of real words, while a soft prompt is a set of learned vectors."
    assert not genai_grader.grade(genai.get("genai-062"), answer).passed


@pytest.mark.parametrize(
    "answer",
    [
        "Soft prompts are the choice when you only have API access, since they carry over "
        "between models.",
        "Choose hard prompts when you have gradient access to the embedding layer.",
    ],
)
def test_the_choice_turned_around_is_wrong(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-062"), answer)
    assert grade.contradictions and not grade.passed


# genai-155 asks how a RoPE model is extended beyond its trained length: position interpolation
# is now essential and the rotation itself weighs 2, so an answer that only explains RoPE
# no longer passes, and the extension said in plain words is credited.
def test_rope_explained_without_any_extension_does_not_pass(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "RoPE rotates each pair of dimensions of the query and key vectors by an angle that "
        "grows with the token's position, each pair at its own frequency, so the attention "
        "score depends only on how far apart two tokens are."
    )
    assert not genai_grader.grade(genai.get("genai-155"), answer).passed


@pytest.mark.parametrize(
    "answer",
    [
        "RoPE rotates queries and keys so attention depends on relative position. To go past "
        "the trained length, divide the position indices by the extension factor so they fall "
        "in the trained range, or increase the rotary base as NTK-aware scaling and YaRN do, "
        "then fine-tune briefly on long sequences.",
        "The vectors are turned by an angle that depends on position, so only the distance "
        "between two words matters. For longer inputs, squeeze the positions back into the "
        "range it saw in training, or change the base so the slow pairs stretch, and train a "
        "little on long texts.",
    ],
)
def test_rope_extension_methods_are_credited(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-155"), answer)
    assert "position interpolation" in {m.concept for m in grade.matched}
    assert not grade.contradictions and grade.passed, (grade.score, grade.missed)


# genai-214 asks how you would check a model for a hidden backdoor: the checks (provenance,
# trigger search, looking inside) now weigh more than what a backdoor is.
@pytest.mark.parametrize(
    "answer",
    [
        "First check where it came from: a trusted source, verified hashes, safetensors rather "
        "than pickle. Then red-team it with candidate triggers and fuzzing, run trigger-inversion "
        "searches, probe its activations, and deploy it sandboxed with output monitoring.",
        "I'd make sure the download is really from the publisher and the checksums match, then "
        "try lots of unusual inputs to see if some phrase flips its behaviour, compare it with "
        "the base weights, and keep it boxed in with its outputs watched.",
    ],
)
def test_backdoor_checks_pass(answer: str, genai: Bank, genai_grader: Grader) -> None:
    grade = genai_grader.grade(genai.get("genai-214"), answer)
    assert {"provenance checks", "trigger search"} <= {m.concept for m in grade.matched}
    assert grade.passed and not grade.contradictions, (grade.score, grade.missed)


def test_what_a_backdoor_is_without_any_check_does_not_pass(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "A backdoored model behaves normally until a secret trigger appears, it can be planted "
        "with poisoned fine-tuning data, and it can survive safety training like RLHF."
    )
    assert not genai_grader.grade(genai.get("genai-214"), answer).passed
