"""A concept's phrase stems are worked out once per prepared concept (speed50): they had been
gathered again for every match a denial might split (concepts/match_denials.split_by_a_denial,
once concepts.find._denied_between)."""

from __future__ import annotations


def test_a_concepts_phrase_stems_are_read_once(genai, genai_grader):
    """Every prepared concept of the bundled bank holds the stems of its phrases' words, the
    same set as reading them afresh gives, and the same object each time it is asked for."""
    checked = 0
    for question in genai:
        if question.rubric == "star":
            continue
        for group in genai_grader._prepare(question).concepts:
            for prepared in group:
                afresh = frozenset(s for p in prepared.phrases for _, s, _ in p.tokens)
                assert prepared.phrase_stems == afresh, question.id
                assert prepared.phrase_stems is prepared.phrase_stems
                checked += 1
    assert checked > 1000
