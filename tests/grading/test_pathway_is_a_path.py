"""Reference mode: "pathway" is read as the key's "path" (plain_words.txt, beetle56). A pathway
is a path wherever one is named; an answer that says "the lamp is not on a closed pathway"
against a key that says "the lamp is no longer on a closed path" had its own word for the key's
term counted as a word the key never uses (precision, similarity) and failed, as 22 of the 30
correct SemEval-2013 Beetle train answers that say "pathway" did."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

QUESTION = "Why did the lamp go dark when the switch was opened?"
KEYS = [
    "The lamp was no longer on a closed path with the cell.",
    "There was no closed path holding the lamp and the cell any more.",
    "The open switch made a gap in the path the lamp is on.",
    "The lamp and the switch are on the same path, and the switch broke it.",
    "The lamp was not on a closed path.",
    "A gap.",
]


def _matched(grade) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {m.concept: m.evidence for m in grade.matched}


def test_an_answer_saying_pathway_for_the_keys_path_passes_as_with_path() -> None:
    with_path = grade_reference(QUESTION, KEYS, "The lamp is not contained in a closed path.")
    with_pathway = grade_reference(QUESTION, KEYS, "The lamp is not contained in a closed pathway.")
    assert with_path.passed
    assert with_pathway.passed  # failed before: the key's word said as "pathway"
    assert with_pathway.score == with_path.score


def test_pathways_is_read_as_paths_and_quoted_as_written() -> None:
    grade = grade_reference(
        "How are the two lamps wired?",
        "Each lamp is on its own path to the cell, so the paths are separate.",
        "Each lamp sits on its own pathway to the cell, and the pathways are separate.",
    )
    evidence = [e for found in _matched(grade).values() for e in found]
    assert any("pathway" in e for e in evidence)


def test_a_wrong_answer_in_pathway_words_still_fails() -> None:
    grade = grade_reference(QUESTION, KEYS, "The lamp is still in a closed pathway with the cell.")
    assert not grade.passed
