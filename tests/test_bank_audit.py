"""`bank audit`: each check fires on a small bank built to trip it, and not on a clean one."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.bank import load_bank
from interviewer.core.bank_audit import KINDS, AuditProblem, audit
from interviewer.core.errors import Problem

BANK = """id: demo
title: Demo
version: "1"
topics:
  - id: basics
    title: Basics
questions:
  - id: demo-1
    topic: basics
    level: beginner
    prompt: How does BERT differ from GPT?
    references:
      - >-
        BERT is an encoder-only model that reads text bidirectionally, seeing every word's left
        and right context at once, and is pretrained with masked language modelling, hiding
        random words and recovering them, so it suits classification, tagging and retrieval
        embeddings. GPT is a decoder-only model that reads left to right under a causal mask and
        is pretrained on next-token prediction over huge web corpora, so it suits open-ended
        generation, chat assistants and writing code one token after another.
  - id: demo-2
    topic: basics
    level: beginner
    prompt: What does temperature do when sampling from a language model?
    references:
      - >-
        Temperature divides the logits before the softmax turns them into probabilities. A low
        temperature sharpens the distribution toward the likeliest tokens, so the output is more
        deterministic, repetitive and focused, which suits extraction, classification or code.
        A high temperature flattens the distribution, giving rare tokens more chance, so sampling
        is more random, diverse and creative, which suits brainstorming and fiction writing but
        raises the risk of incoherent or factually wrong text.
  - id: demo-3
    topic: basics
    level: beginner
    prompt: What is a tokenizer?
    references:
      - >-
        A tokenizer splits text into tokens, small pieces such as subwords, and maps each token
        to an integer id from a fixed vocabulary, for example with byte-pair encoding.
  - id: demo-4
    topic: basics
    level: beginner
    prompt: What is overfitting?
    references:
      - >-
        Overfitting is when a model memorises its training data, noise included, so it scores
        well on training examples but generalises poorly to unseen data.
  - id: demo-5
    topic: basics
    level: beginner
    prompt: What is a context window?
    references:
      - The context window is how much text a model can read at once, counted in tokens.
  - id: demo-6
    topic: basics
    level: beginner
    prompt: What is summarisation?
    references:
      - Summarisation is when a model condenses a long text into a short one that keeps its point.
"""

RUBRIC = """bank: demo
questions:
  demo-1:
    concepts:
      - name: encoder-only
        weight: 3
        description: BERT uses only the encoder stack of the Transformer.
        about: [BERT]
        aliases: [encoder only model]
      - name: bidirectional
        weight: 2
        description: BERT reads the whole text in both directions at once.
        about: [BERT]
        aliases: [reads both directions]
      - name: masked language modelling
        weight: 2
        description: BERT is pretrained by predicting hidden words.
        about: [BERT]
      - name: decoder-only
        weight: 3
        description: GPT uses only the decoder stack of the Transformer.
        about: [GPT]
      - name: next-token prediction
        weight: 2
        description: GPT is pretrained to predict the next token from the ones before it.
        about: [GPT]
        aliases: [predicts the next token]
  demo-2:
    concepts:
      - name: divides the logits
        weight: 3
        description: The logits are divided by the temperature before the softmax.
        aliases: [scales the logits]
      - name: low is more deterministic
        weight: 2
        description: A low temperature makes the output more predictable.
        aliases: [low temperature sharpens]
      - name: high is more random
        weight: 2
        description: A high temperature makes sampling more random and diverse.
        aliases: [high temperature flattens]
    misconceptions:
      - phrase: temperature controls the length
        note: Temperature changes randomness, not length.
"""


def audit_of(tmp_path: Path, bank: str = BANK, rubric: str = RUBRIC) -> list[AuditProblem]:
    (tmp_path / "demo.yaml").write_text(bank, encoding="utf-8")
    (tmp_path / "demo.rubric.yaml").write_text(rubric, encoding="utf-8")
    return audit(load_bank(tmp_path / "demo.yaml"))


def kinds(problems: list[AuditProblem]) -> set[str]:
    return {p.kind for p in problems}


def of_kind(problems: list[AuditProblem], kind: str) -> list[AuditProblem]:
    return [p for p in problems if p.kind == kind]


def test_the_clean_bank_has_no_problems(tmp_path: Path) -> None:
    assert audit_of(tmp_path) == []


def test_a_negative_alias_without_contradicts_is_a_warning(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, not random]")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "negative-alias")
    assert problem.warning and "'not random'" in problem.message
    assert problem.path.endswith("demo.rubric.yaml") and problem.line == 37
    covered = rubric.replace(
        "aliases: [low temperature sharpens, not random]",
        "aliases: [low temperature sharpens, not random]\n        contradicts: [more random]",
    )
    assert of_kind(audit_of(tmp_path, rubric=covered), "negative-alias") == []


def test_an_alias_naming_both_sides_is_not_negative(tmp_path: Path) -> None:
    """rubric43: genai-212's 'copies trained with and without' was called negative; the grader
    reads "with and without", "with or without" and "whether or not" as no negation."""
    for both in ("with and without it", "with or without it", "whether or not it is"):
        rubric = RUBRIC.replace("[low temperature sharpens]", f"[low temperature sharpens, {both}]")
        assert of_kind(audit_of(tmp_path, rubric=rubric), "negative-alias") == [], both
    rubric = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, with or not]")
    assert len(of_kind(audit_of(tmp_path, rubric=rubric), "negative-alias")) == 1


def test_a_one_word_alias_used_across_the_bank_is_generic(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, text]")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "generic-alias")
    assert (
        "'text' is one generic word (read through the thesaurus), used by 4 other questions"
        in problem.message
    )


def test_an_alias_the_grader_reads_as_more_than_its_one_word_is_not_generic(
    tmp_path: Path,
) -> None:
    """content46: 'more compute', 'token by token' and 'no network' were called one generic word
    (their content stems are one), but the grader keeps the direction word, the repetition and
    the negation, so "uses compute" does not credit them; 'text' alone still is generic."""
    for alias in ("more text", "text by text", "no text"):
        aliases = f"[low temperature sharpens, {alias}]"
        rubric = RUBRIC.replace("[low temperature sharpens]", aliases)
        assert of_kind(audit_of(tmp_path, rubric=rubric), "generic-alias") == [], alias
    rubric = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, the text]")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "generic-alias")
    assert "alias 'the text' is one generic word" in problem.message
    after = RUBRIC.replace(
        "[low temperature sharpens]", "[low temperature sharpens, only text, text]"
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=after), "generic-alias")
    assert "alias 'text' is one generic word" in problem.message


def test_an_alias_whose_words_are_common_across_the_bank(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, model text]")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "common-alias")
    assert "'model text' is common across the bank" in problem.message


def test_an_alias_that_repeats_the_name_or_an_earlier_alias_is_not_warned_again(
    tmp_path: Path,
) -> None:
    """rubric43: of the genai bank's 296 warnings, 25 were on an alias with the words of its
    concept's name ("text to image" of "text-to-image", "cross attention" of "cross-attention")
    and more on an alias with the words of an earlier one: dropping it would change nothing."""
    twice = RUBRIC.replace("[low temperature sharpens]", "[low temperature sharpens, text, texts]")
    [problem] = of_kind(audit_of(tmp_path, rubric=twice), "generic-alias")
    assert "alias 'text' is one generic" in problem.message
    named = RUBRIC.replace("- name: low is more deterministic", "- name: model text").replace(
        "[low temperature sharpens]", "[low temperature sharpens, the models' texts]"
    )
    assert of_kind(audit_of(tmp_path, rubric=named), "common-alias") == []
    other = named.replace("- name: model text", "- name: low is more deterministic")
    [problem] = of_kind(audit_of(tmp_path, rubric=other), "common-alias")
    assert "alias 'the models' texts' is common across the bank" in problem.message
    asked = RUBRIC.replace(
        "[scales the logits]", "[scales the logits, sampling temperature, sampled temperatures]"
    )
    assert len(of_kind(audit_of(tmp_path, rubric=asked), "question-words-alias")) == 2


def test_an_alias_made_only_of_the_question_words(tmp_path: Path) -> None:
    rubric = RUBRIC.replace("[scales the logits]", "[scales the logits, sampling temperature]")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "question-words-alias")
    assert not problem.warning
    assert "'sampling temperature' is made only of the question's own words" in problem.message


def test_a_misconception_the_reference_states(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "phrase: temperature controls the length", "phrase: flattens the distribution"
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "misconception-in-reference")
    assert "misconception 'flattens the distribution' is found in reference 1" in problem.message


def test_a_negative_misconception_dismissed_is_no_longer_reported(tmp_path: Path) -> None:
    # "It is a myth that no softmax is needed" says a softmax is needed: since grader 3.4 the
    # grader reads the dismissal of a negative misconception too, so the audit has nothing to
    # report (it did before)
    rubric = RUBRIC.replace(
        "phrase: temperature controls the length", "phrase: no softmax is needed"
    )
    assert of_kind(audit_of(tmp_path, rubric=rubric), "misconception-when-rejected") == []


def test_an_alias_shared_by_two_concepts(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "[high temperature flattens]", "[high temperature flattens, scales the logits]"
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "shared-alias")
    assert (
        "'scales the logits' names both concept 'divides the logits' and 'high is more random'"
        in (problem.message)
    )


def test_more_than_half_the_weight_essential(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "        weight: 2\n        description: A low",
        "        weight: 3\n        description: A low",
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "essential-weight")
    assert "demo-2: 6 of the weight 8 is essential" in problem.message
    assert problem.path.endswith("demo.rubric.yaml") and problem.line == 28


def test_a_prompt_asking_several_questions(tmp_path: Path) -> None:
    bank = BANK.replace("What is a tokenizer?", "What is a tokenizer, and what does it output?")
    [problem] = of_kind(audit_of(tmp_path, bank=bank), "several-questions")
    assert problem.warning and problem.path.endswith("demo.yaml") and problem.line == 35
    bank = BANK.replace("What is a tokenizer?", "What is a tokenizer? Why use one?")
    assert of_kind(audit_of(tmp_path, bank=bank), "several-questions")


@pytest.mark.parametrize("dated", ["in 2025", "latest", "currently", "GPT-3.5 vs GPT-4"])
def test_a_dated_prompt(tmp_path: Path, dated: str) -> None:
    bank = BANK.replace("What is a tokenizer?", f"What is a tokenizer ({dated})?")
    [problem] = of_kind(audit_of(tmp_path, bank=bank), "dated-prompt")
    assert f"'{dated}'" in problem.message and not problem.warning


def test_a_reference_that_misses_a_concept_is_not_strong(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "    misconceptions:",
        "      - name: nucleus sampling\n        weight: 2\n"
        "        description: Top-p keeps the smallest set of tokens whose probability reaches p.\n"
        "    misconceptions:",
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "reference-not-strong")
    assert (
        "demo-2: reference 1" in problem.message and "misses 'nucleus sampling'" in problem.message
    )


def test_a_description_not_detected_as_its_concept(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "description: The logits are divided by the temperature before the softmax.\n"
        "        aliases: [scales the logits]",
        "description: Temperature multiplies the logits.\n        aliases: [scales the logits]\n"
        "        contradicts: [multiplies the logits]",
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "description-not-detected")
    assert "the description of 'divides the logits'" in problem.message
    assert problem.line == 32


def test_a_swap_of_the_contrast_that_still_passes(tmp_path: Path) -> None:
    # The subjects are only on two concepts said in a sentence that names neither.
    rubric = (
        RUBRIC.replace("        about: [BERT]\n", "")
        .replace("        about: [GPT]\n", "")
        .replace(
            "  demo-2:\n",
            "      - name: transformer\n        weight: 1\n"
            "        description: BERT is a Transformer.\n        about: [BERT]\n"
            "      - name: self-attention\n        weight: 1\n"
            "        description: GPT is built on self-attention.\n        about: [GPT]\n"
            "  demo-2:\n",
        )
    )
    bank = BANK.replace(
        "one token after another.",
        "one token after another. Underneath, each is a Transformer built on self-attention.",
    )
    [problem] = of_kind(audit_of(tmp_path, bank=bank, rubric=rubric), "swap-not-caught")
    assert "demo-1: reference 1 with its subjects swapped still grades strong" in problem.message


def test_an_order_whose_steps_cannot_be_read(tmp_path: Path) -> None:
    # a concept named only by the question's own words is never found, so the reversed steps
    # are not caught
    rubric = RUBRIC.replace(
        "    misconceptions:\n      - phrase: temperature controls",
        "      - name: sampling temperature\n        weight: 1\n"
        "    order: [divides the logits, sampling temperature]\n"
        "    misconceptions:\n      - phrase: temperature controls",
    )
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "order-not-read")
    assert problem.message == (
        "demo-2: 'First you do sampling temperature. Finally you do divides the logits.' is not "
        "found out of order"
    )
    assert (
        problem.line
        == rubric.splitlines().index("    order: [divides the logits, sampling temperature]") + 1
    )


def test_an_order_read_both_ways_is_no_problem(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "    misconceptions:\n      - phrase: temperature controls",
        "    order: [low is more deterministic, high is more random]\n"
        "    misconceptions:\n      - phrase: temperature controls",
    )
    assert not of_kind(audit_of(tmp_path, rubric=rubric), "order-not-read")


def test_every_kind_is_tested_here() -> None:
    text = Path(__file__).read_text(encoding="utf-8")
    assert all(f'"{kind}"' in text for kind in KINDS)


def test_the_command_exits_1_on_problems_and_0_when_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit_of(tmp_path)
    data = ["--data-dir", str(tmp_path / "data")]
    with pytest.raises(SystemExit) as exit:
        main(["bank", "audit", str(tmp_path / "demo.yaml"), *data])
    assert exit.value.code in (0, None)
    assert "demo: 0 problems, 0 warnings in 6 questions" in capsys.readouterr().out
    audit_of(tmp_path, rubric=RUBRIC.replace("[scales the logits]", "[sampling temperature]"))
    with pytest.raises(SystemExit) as exit:
        main(["bank", "audit", str(tmp_path / "demo.yaml"), *data])
    assert exit.value.code == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'demo.rubric.yaml'}:33: demo-2: concept 'divides the logits'" in out
    assert "(question-words-alias 1)" in out


def test_the_genai_bank_audit_runs() -> None:
    from interviewer.resources import bundled_banks_dir

    found = audit(load_bank(bundled_banks_dir() / "genai.yaml"))
    assert all(isinstance(p, AuditProblem) and isinstance(p, Problem) for p in found)
    assert {p.kind for p in found} <= set(KINDS)
    # Recorded on 2026-12-02 (grader 3.0, bank 2.0): 38 problems and 564 warnings.
    assert len(found) > 0
    assert all(p.line is not None for p in found)


def test_a_two_word_direction_without_contradicts_is_a_warning(tmp_path: Path) -> None:
    """play22 F4: "less dense" without `contradicts`: "ice is more dense" was credited like the
    right answer; the grader turns only longer phrases around."""
    rubric = RUBRIC.replace("name: divides the logits", "name: lower logits")
    [problem] = of_kind(audit_of(tmp_path, rubric=rubric), "direction-without-contradicts")
    assert problem.warning and "'higher logits'" in problem.message
    assert "add `contradicts: [higher logits]`" in problem.message
    covered = rubric.replace(
        "aliases: [scales the logits]", "aliases: [scales the logits]\n        contradicts: [x y]"
    )
    assert of_kind(audit_of(tmp_path, rubric=covered), "direction-without-contradicts") == []
    # three words, or two with no direction word, are not this
    for name in ("lower raw logits", "divides logits"):
        renamed = RUBRIC.replace("name: divides the logits", f"name: {name}")
        assert of_kind(audit_of(tmp_path, rubric=renamed), "direction-without-contradicts") == []


UNANSWERED = """id: own
title: Own
version: "1"
questions:
  - id: own-1
    prompt: What is normalization?
  - id: own-2
    prompt: Tell me about a time you disagreed with a teammate.
    rubric: star
  - id: own-3
    prompt: What is an index?
    reference: A structure that speeds up reads.
"""


def test_validate_and_audit_give_the_same_warnings_and_a_star_question_is_not_self_rated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """play24 B3: `bank validate` warned that a STAR question (graded by its structure) "asks
    for a self-rating", and `bank audit` said "0 warnings" where validate said 2."""
    path = tmp_path / "own.yaml"
    path.write_text(UNANSWERED, encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    with pytest.raises(SystemExit):
        main(["bank", "validate", str(path), *data])
    validated = capsys.readouterr()
    assert "own-1': has no reference answer; practice asks for a self-rating" in validated.err
    assert "own-2" not in validated.err
    assert validated.out.rstrip().endswith("1 with rubrics, 1 warning")
    with pytest.raises(SystemExit):
        main(["bank", "audit", str(path), *data])
    audited = capsys.readouterr().out
    assert f"{path}:5: warning: question 'own-1': has no reference answer" in audited
    assert "[bank-file]" in audited and "own-2" not in audited
    assert "own: 0 problems, 1 warning in 3 questions (bank-file 1)" in audited
    [found] = of_kind(audit(load_bank(path)), "bank-file")
    assert found.warning


def test_audit_counts_a_question_the_loader_left_out_as_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "own.yaml"
    path.write_text(UNANSWERED.replace("prompt: What is an index?", "level: guru\n    prompt: X?"))
    from interviewer.core.catalog import Catalog

    bank = Catalog(tmp_path / "data", None).load_path(path)
    skipped = [p for p in of_kind(audit(bank), "bank-file") if not p.warning]
    assert len(skipped) == 1 and "own-3" in skipped[0].message


def test_a_bank_wide_star_rubric_needs_no_reference_either(tmp_path: Path) -> None:
    path = tmp_path / "own.yaml"
    path.write_text(UNANSWERED.replace("questions:", "rubric: star\nquestions:"))
    assert load_bank(path).warnings == ()


def test_a_wrong_claim_line_read_as_something_else_is_a_warning(tmp_path: Path) -> None:
    rubric = RUBRIC.replace(
        "        aliases: [scales the logits]\n",
        "        aliases: [scales the logits]\n"
        "        contradicts: [temperature works whether or not logits are masked, divides odds]\n",
    )
    [found] = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-reading")
    assert found.warning and found.line == 34  # the `contradicts` line
    assert "'temperature works whether or not logits are masked' is read as 'temperature" in (
        found.message
    )
    assert "names both sides" in found.message


def test_a_contradicts_line_naming_no_subject_of_its_question_is_a_warning(
    tmp_path: Path,
) -> None:
    # veto54: a bare verb phrase is found of whatever an answer says it of ("Unlike greedy
    # decoding, which always returns the same answer, ..." is a true contrast)
    rubric = RUBRIC.replace(
        "        aliases: [high temperature flattens]\n",
        "        aliases: [high temperature flattens]\n"
        "        contradicts: [always returns the same answer, temperature returns the same "
        "answer, sharpens the sampling distribution, answers are always identical]\n",
    )
    [found] = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-no-subject")
    assert found.warning and found.line == 42  # the `contradicts` line
    assert "contradicts 'always returns the same answer' opens with the verb 'returns'" in (
        found.message
    )


def test_a_claim_line_naming_none_of_the_subjects_is_a_warning(tmp_path: Path) -> None:
    # held56a: whatever its first word (more in test_bank_audit_named_subjects.py)
    rubric = RUBRIC.replace(
        "        about: [GPT]\n",
        "        about: [GPT]\n        contradicts: [context from both the left]\n",
        1,
    )
    [found] = of_kind(audit_of(tmp_path, rubric=rubric), "claim-line-names-no-subject")
    assert found.warning and "'context from both the left' names none" in found.message
