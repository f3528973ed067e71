"""A teacher's answer key with keywords (play26 #10): a sentence in another language is not a
keyword string, and a term defined by itself with a place added is told so."""

from __future__ import annotations

from interviewer.core.grading import grade_reference

PHOTOSYNTHESIS = (
    "Photosynthesis is the process by which plants use sunlight, water and carbon dioxide to "
    "make glucose and release oxygen, in the chloroplasts."
)
PHOTO_KEYWORDS = ["sunlight", "water", "carbon dioxide", "glucose", "oxygen", "chloroplast"]
MITOCHONDRIA = (
    "Mitochondria produce most of the cell's energy as ATP through cellular respiration, using "
    "oxygen to break down glucose."
)
MITO_KEYWORDS = ["ATP", "cellular respiration", "energy", "oxygen", "glucose"]


def test_a_sentence_in_another_language_is_not_a_keyword_string():
    grade = grade_reference(
        "What does a mitochondrion do?",
        MITOCHONDRIA,
        "Mitochondrien erzeugen ATP durch Zellatmung, mit Sauerstoff und Glukose.",
        keywords=MITO_KEYWORDS,
    )
    assert "keyword_list" not in grade.flags
    assert not grade.passed


def test_a_string_of_the_keywords_is_still_one():
    grade = grade_reference(
        "What is photosynthesis?",
        PHOTOSYNTHESIS,
        "sunlight water carbon dioxide glucose oxygen chloroplast",
        keywords=PHOTO_KEYWORDS,
    )
    assert "keyword_list" in grade.flags
    assert grade.score <= 50


def test_a_term_defined_by_itself_with_a_place_added_is_told_so():
    grade = grade_reference(
        "What is photosynthesis?",
        PHOTOSYNTHESIS,
        "Photosynthesis is the process of photosynthesis in plants.",
        keywords=PHOTO_KEYWORDS,
    )
    assert "restates_question" in grade.flags
    assert grade.score <= 50
    assert any("defines “Photosynthesis” by itself" in note for note in grade.feedback)


def test_a_definition_with_a_place_in_other_words_is_no_self_definition():
    grade = grade_reference(
        "What is photosynthesis?",
        PHOTOSYNTHESIS,
        "Photosynthesis is how plants make glucose from sunlight in the chloroplasts.",
        keywords=PHOTO_KEYWORDS,
    )
    assert "restates_question" not in grade.flags


def test_noise_with_keywords_in_it_is_still_a_keyword_string():
    # not written as a sentence: markup and two keywords, no sentence's end
    grade = grade_reference(
        "What does a mitochondrion do?",
        MITOCHONDRIA,
        "[bold]ATP[/bold] <script>alert(1)</script> energy",
        keywords=MITO_KEYWORDS,
    )
    assert "keyword_list" in grade.flags


INDEX = (
    "An index speeds up reads and lookups on a column, at the cost of extra storage and "
    "slower writes."
)


def test_an_answer_in_another_language_is_told_so_not_called_off_topic():
    """play27 minor 1: a correct Spanish answer was told "This does not address the question"."""
    grade = grade_reference(
        "What does an index do in a database?",
        INDEX,
        "Un índice acelera las lecturas a costa de más almacenamiento y escrituras más lentas.",
    )
    assert "unreadable" in grade.flags
    notes = " ".join(grade.feedback)
    assert "could not be read" in notes and "does not address the question" not in notes


def test_a_sentence_of_names_in_an_english_answer_is_not_called_unreadable():
    grade = grade_reference(
        "Which multimodal models do you know?",
        "CLIP aligns images and text; LLaVA connects a vision encoder to a language model.",
        "CLIP aligns images with text and LLaVA connects a CLIP vision encoder to a language "
        "model through a projection layer, tuned on visual conversations. Others include "
        "Qwen2-VL, InternVL, PaliGemma and Kosmos.",
    )
    assert "unreadable" not in grade.flags
