"""Plain verbs of the genai thesaurus read as the rubric's term: "squash" as "compress"."""

from __future__ import annotations

from interviewer.core.bank import load_bank
from interviewer.core.grading import Grader
from interviewer.core.grading.text import Text, thesaurus_map
from interviewer.resources import bundled_banks_dir


def test_squash_is_read_as_compress_and_credits_a_compression_concept() -> None:
    bank = load_bank(bundled_banks_dir() / "genai.yaml")
    canon = thesaurus_map(bank.thesaurus)
    squashed = Text.of("the encoder squashes the image", canon=canon).stems
    assert squashed == Text.of("the encoder compresses the image", canon=canon).stems
    assert squashed != Text.of("the encoder expands the image", canon=canon).stems
    grade = Grader(bank).grade(bank.get("genai-068"), "An encoder squashes each photo first.")
    found = {m.concept: m.evidence for m in grade.matched}
    assert "VAE" in found and "squashes each photo" in found["VAE"]
