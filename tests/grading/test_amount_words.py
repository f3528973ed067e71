"""'less' is read as the thesaurus' 'lower': "lower compute" says a rubric's "less compute",
and 'more' stays the opposite of both."""

from __future__ import annotations

from functools import cache

from interviewer.core.bank import Bank, load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.text import DIRECTION_WORDS, Text, stem, thesaurus_map
from interviewer.resources import bundled_banks_dir


@cache
def _genai() -> Bank:
    return load_bank(bundled_banks_dir() / "genai.yaml")


def test_less_and_lower_are_one_word_of_the_genai_thesaurus() -> None:
    canon = thesaurus_map(_genai().thesaurus)
    lower = Text.of("it needs lower memory", canon=canon).stems
    less = Text.of("it needs less memory", canon=canon).stems
    smaller = Text.of("it needs smaller memory", canon=canon).stems
    assert lower == less == smaller
    higher = Text.of("it needs higher memory", canon=canon).stems
    assert higher != less


def test_more_is_the_opposite_of_less_read_as_lower() -> None:
    canon = thesaurus_map(_genai().thesaurus)
    (less,) = Text.of("less", canon=canon).stems
    assert less == stem("lower")
    assert less in DIRECTION_WORDS[stem("more")]
    assert stem("more") in DIRECTION_WORDS[less]


def test_an_answer_saying_lower_compute_gets_the_less_compute_concept() -> None:
    bank = _genai()
    question = bank.get("genai-078")
    grader = Grader(bank)
    said = grader.grade(question, "Working on small latents means much lower compute is needed.")
    assert "less compute" in [m.concept for m in said.matched]
    evidence = [m.evidence for m in said.matched if m.concept == "less compute"][0]
    assert "lower compute" in evidence
    wrong = grader.grade(question, "Latent diffusion needs more compute than pixel diffusion.")
    assert "less compute" not in [m.concept for m in wrong.matched]
