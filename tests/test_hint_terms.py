"""A rubric-less question's hints name the key terms the grader grades, in the grader's order."""

from __future__ import annotations

import dataclasses

import pytest
from test_importer import DATA

from interviewer.core.bank import Bank, Question, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.bank_words import word_weights
from interviewer.core.grading.text import thesaurus_map
from interviewer.core.importers import import_list, to_bank_yaml
from interviewer.core.practice import KEY_TERM_HINTS, hint_steps

HINT = "Think about: "


def _hinted(question: Question, bank: Bank | None) -> list[str]:
    steps = hint_steps(question, bank)
    return [s.removeprefix(HINT) for s in steps if s.startswith(HINT)]


def _rubricless(bank: Bank) -> list[Question]:
    return [q for q in bank if not q.concepts and q.rubric != "star" and q.reference_answers]


@pytest.fixture(scope="module")
def genai() -> Bank:
    return Catalog(None).find("genai")


@pytest.fixture(scope="module")
def plain_genai(genai: Bank) -> Bank:
    """The genai bank with no rubric: every question graded against its reference alone."""
    questions = tuple(dataclasses.replace(q, concepts=(), misconceptions=()) for q in genai)
    return dataclasses.replace(genai, id="plain", questions=questions, _index={})


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    """An imported list, as `interviewer bank import` writes it."""
    out = tmp_path_factory.mktemp("banks") / "imported.yaml"
    source = DATA / "theory_excerpt.md"
    out.write_text(to_bank_yaml(import_list(source), "imported"), encoding="utf-8")
    return load_bank(out)


def _check_hints_are_graded_terms(bank: Bank) -> int:
    grader = Grader(bank)
    checked = 0
    for question in _rubricless(bank):
        hinted = _hinted(question, bank)
        grade = grader.grade(question, question.reference_answers[0])
        assert grade.key_terms == "derived"
        displayed = [m.concept for m in grade.matched] + list(grade.missed)
        assert set(hinted) <= set(displayed), (question.id, hinted, displayed)
        ranked = grader.derive_key_terms(question.prompt, question.reference_answers[0])
        assert hinted == [t.name for t in ranked][:KEY_TERM_HINTS], question.id
        checked += 1
    return checked


def test_the_bundled_banks_have_no_rubricless_question_to_hint_differently(genai: Bank) -> None:
    # their hints are rubric concepts or STAR parts: what follows checks them stripped
    assert not _rubricless(genai) and not _rubricless(Catalog(None).find("behavioural"))


def test_hints_on_the_genai_bank_without_its_rubric_are_the_graders_key_terms(
    plain_genai: Bank,
) -> None:
    assert _check_hints_are_graded_terms(plain_genai) == len(plain_genai)


def test_hints_on_an_imported_bank_are_the_graders_key_terms(imported: Bank) -> None:
    assert _check_hints_are_graded_terms(imported) >= 5


def test_hints_on_a_question_with_no_bank_are_graded_with_the_question_alone(
    imported: Bank,
) -> None:
    for question in _rubricless(imported)[:5]:
        ranked = Grader(questions=[question]).derive_key_terms(
            question.prompt, question.reference_answers[0]
        )
        assert _hinted(question, None) == [t.name for t in ranked][:KEY_TERM_HINTS]


def test_a_hint_names_the_rarer_term_the_grader_ranks_first(plain_genai: Bank) -> None:
    question = plain_genai.get("genai-164")  # MQA and GQA: "existing MHA" is no graded term
    hinted = _hinted(question, plain_genai)
    assert "existing MHA" not in hinted and "MHA checkpoint" in hinted


@pytest.mark.parametrize("bank_id", ["genai", "behavioural", "imported"])
def test_the_hints_word_weights_are_the_graders(bank_id: str, imported: Bank) -> None:
    bank = imported if bank_id == "imported" else Catalog(None).find(bank_id)
    grader = Grader(bank).fit()
    weight = word_weights(bank.questions, thesaurus_map(bank.thesaurus))
    stems = [s for s in grader._word_idf or {} if " " not in s]
    assert len(stems) > 100
    for stem in [*stems, "never-seen-in-this-bank"]:
        assert weight(stem) == grader._stem_weight(stem), stem


def test_hints_are_worked_out_once_per_question(imported: Bank) -> None:
    question = _rubricless(imported)[0]
    first = hint_steps(question, imported)
    assert hint_steps(question, imported) == first
    other = dataclasses.replace(question, reference_answers=("Tokens are cut by BPE merges.",))
    assert hint_steps(other, imported) != first  # a new question object is worked out anew


def test_the_hints_word_weights_are_kept_for_a_few_banks_only(imported: Bank) -> None:
    """The per-bank cache of hint word weights was keyed by id(bank) and never shrank."""
    from interviewer.core import practice

    question = _rubricless(imported)[0]
    copies = [dataclasses.replace(imported) for _ in range(practice.BANKS_KEPT + 3)]
    for bank in copies:
        assert hint_steps(question, bank) == hint_steps(question, imported)
    assert len(practice._weights) <= practice.BANKS_KEPT
    assert all(kept[0] is not copies[0] for kept in practice._weights.values())
