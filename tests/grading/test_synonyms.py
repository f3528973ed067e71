"""Synonym groups read into a rubric (synonyms.py): each phrase also written with the other
terms of its terms' groups."""

from __future__ import annotations

from interviewer.core.grading.synonyms import SynonymGroups

GROUPS = SynonymGroups([("llm", "large language model"), ("rag", "retrieval augmented generation")])


def test_a_phrase_comes_first_then_each_synonym_written_in() -> None:
    expanded = GROUPS.expand(["an LLM answers"])
    assert expanded == ["an LLM answers", "an large language model answers"]


def test_a_longer_term_is_found_and_replaced_by_the_shorter_one() -> None:
    assert GROUPS.expand(["large language models"]) == ["large language models"]
    assert GROUPS.expand(["a large language model"]) == ["a large language model", "a llm"]


def test_a_phrase_with_no_term_of_any_group_is_kept_alone() -> None:
    assert GROUPS.expand(["vector search", "chunking"]) == ["vector search", "chunking"]


def test_a_phrase_given_twice_in_other_case_is_kept_once() -> None:
    assert GROUPS.expand(["Vector search", "vector search"]) == ["Vector search"]


def test_every_group_a_phrase_touches_is_written_in() -> None:
    expanded = GROUPS.expand(["rag with an llm"])
    assert expanded[0] == "rag with an llm"
    assert set(expanded[1:]) == {
        "retrieval augmented generation with an llm",
        "rag with an large language model",
    }
