"""`claim-line-names-no-subject` (held56a): a wrong-claim line that names none of its question's
subjects and has no subject of its own is a warning, whatever its first word ("context from
both the left", "skipping layers for easy tokens"; the second reader of stop 44)."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank_audit import AuditProblem
from tests.test_bank_audit import BANK, RUBRIC, audit_of, of_kind

GPT_LINES = (
    "        description: GPT uses only the decoder stack of the Transformer.\n"
    "        about: [GPT]\n"
)


def with_contradicts(lines: str, rubric: str = RUBRIC) -> str:
    """The demo rubric with these `contradicts` lines on GPT's decoder-only concept."""
    assert GPT_LINES in rubric
    return rubric.replace(GPT_LINES, GPT_LINES + f"        contradicts: [{lines}]\n")


def texts(found: list[AuditProblem]) -> list[str]:
    return [p.message.split("'")[3] for p in found]


def test_a_claim_line_naming_no_subject_is_warned_whatever_its_first_word(
    tmp_path: Path,
) -> None:
    rubric = with_contradicts(
        "context from both the left, skipping the masked words, each token attends to later "
        "tokens, they all see the whole text, GPT reads context from both sides, "
        "the decoder sees both sides, fills in blanks"
    )
    problems = audit_of(tmp_path, rubric=rubric)
    found = of_kind(problems, "claim-line-names-no-subject")
    assert texts(found) == [
        "context from both the left",  # a noun
        "skipping the masked words",  # a gerund
        "each token attends to later tokens",  # a word every question uses is no subject
        "they all see the whole text",  # a pronoun
    ]
    assert all(p.warning and p.path.endswith("demo.rubric.yaml") for p in found)
    assert found[0].line == 23  # the `contradicts` line
    assert "names none of the question's subjects (bert, gpt)" in found[0].message
    # named: "GPT reads ...", a subject of its own: "the decoder sees ..."; and "fills in
    # blanks" is claim-line-no-subject's, not warned twice
    [narrow] = of_kind(problems, "claim-line-no-subject")
    assert "'fills in blanks'" in narrow.message


def test_a_word_a_tenth_of_the_bank_uses_names_no_subject(tmp_path: Path) -> None:
    # genai-021 "What is a Transformer model?": 'processes the sequence step by step' is true
    # of an RNN; claim-line-no-subject counts "sequence", a word of the prompt, as a subject
    bank = BANK.replace("How does BERT differ from GPT?", "How do BERT and GPT read a sequence?")
    for prompt in ("What is a tokenizer?", "What is overfitting?", "What is a context window?"):
        bank = bank.replace(prompt, prompt[:-1] + " of a sequence?")
    rubric = with_contradicts("processes the sequence step by step, sequence is read by GPT")
    problems = audit_of(tmp_path, bank=bank, rubric=rubric)
    assert texts(of_kind(problems, "claim-line-names-no-subject")) == [
        "processes the sequence step by step"
    ]
    assert not of_kind(problems, "claim-line-no-subject")  # "sequence" is a prompt word
    # a word of the prompt that few questions use names the subject
    rare = bank.replace("read a sequence?", "read a palimpsest?")
    rubric = with_contradicts("processes the palimpsest step by step")
    assert not of_kind(audit_of(tmp_path, bank=rare, rubric=rubric), "claim-line-names-no-subject")


def test_a_misconception_naming_no_subject_is_warned(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "      - phrase: temperature controls the length\n",
        "      - phrase: temperature controls the length\n"
        "        aliases: [controls how long the answer is, length of the output]\n",
    )
    found = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-names-no-subject")
    assert texts(found) == ["controls how long the answer is", "length of the output"]
    assert "misconception 'temperature controls the length'" in found[0].message


def test_a_subject_named_only_by_words_every_question_uses_is_named(tmp_path: Path) -> None:
    # genai-002: "generative AI uses hand-written rules" names its `about`, "generative AI"
    rubric = with_contradicts("language models are rule-based, the model is rule-based")
    rubric = rubric.replace("about: [GPT]", "about: [language model, LM]", 1)
    bank = BANK.replace("How does BERT differ from GPT?", "How does BERT differ from an LM?")
    found = of_kind(audit_of(tmp_path, bank=bank, rubric=rubric), "claim-line-names-no-subject")
    assert texts(found) == ["the model is rule-based"]  # "language model" is not said


def test_a_common_verb_or_an_llm_gives_a_line_a_subject_of_its_own(tmp_path: Path) -> None:
    # tune57: "makes" is no verb in the grader's list, and "LLMs" is a GENERIC word, so "the
    # discriminator makes the images" (genai-005) and "LLMs are recurrent networks" (genai-012)
    # had been read as lines with no subject of their own
    rubric = with_contradicts(
        "the discriminator makes the images, LLMs are recurrent networks, "
        "language models read both sides, cannot make the images, they are recurrent networks"
    )
    found = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-names-no-subject")
    assert texts(found) == ["cannot make the images", "they are recurrent networks"]


def test_an_llm_the_prompt_names_is_a_subject(tmp_path: Path) -> None:
    rubric = with_contradicts("bidirectional context for LLMs")
    found = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-names-no-subject")
    assert texts(found) == ["bidirectional context for LLMs"]
    bank = BANK.replace("How does BERT differ from GPT?", "How do the LLMs BERT and GPT differ?")
    found = of_kind(audit_of(tmp_path, bank=bank, rubric=rubric), "claim-line-names-no-subject")
    assert not found
