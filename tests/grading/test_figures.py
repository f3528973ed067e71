"""Figures in answers (figures/judging.py): a concept that states a number is credited only with a
number that agrees, and a clearly different number for the same quantity is a contradiction
(play29 F20: genai-166 answers 2x and 100x too small scored 100 and 93.2 `strong`; "about 2
tokens per parameter" was credited as "about 20")."""

from __future__ import annotations

from interviewer.core.bank import Bank, Concept
from interviewer.core.grading import Grader
from interviewer.core.grading.figures import check_figures
from interviewer.core.grading.findings import Finding

CONCEPT = Concept(
    "total about 16 GB",
    3,
    ("16 GiB", "17 GB"),
    "For 8 sequences of 4,096 tokens the cache needs about 16 GiB, roughly 17 GB.",
)


def judged(answer: str, status: str = "missing") -> Finding:
    return check_figures(
        [Finding(CONCEPT, status, credit=1.0 if status == "credited" else 0.0)], answer
    )[0]


def test_a_different_figure_for_the_same_quantity_is_a_contradiction() -> None:
    found = judged("So 32,768 x 0.25 MB = 8 GiB of KV cache. The weights are 14 GB.")
    assert found.status == "contradicted" and found.error == "number"
    assert found.detail == "you said 8 GiB; the expected figure is about 16 GB"
    assert found.evidence == "So 32,768 x 0.25 MB = 8 GiB of KV cache"


def test_an_agreeing_figure_in_other_words_is_credited() -> None:
    found = judged("the KV cache comes to 17.2 GB in total")
    assert found.status == "credited" and found.phrase == "17.2 GB"


def test_a_figure_about_something_else_changes_nothing() -> None:
    # 14 GB of weights says nothing of the cache; 2 bytes is no size of the cache at all
    assert judged("The weights are 14 GB.").status == "missing"
    assert judged("the cache is big, at 2 bytes per value", "credited").status == "credited"


def test_a_concept_without_a_figure_in_its_name_is_not_judged() -> None:
    plain = Concept("cache exceeds the weights", 2, ("larger than the weights",))
    finding = Finding(plain, "credited", credit=1.0)
    assert check_figures([finding], "the cache is 8 GiB, larger than the weights") == [finding]


def grade(grader: Grader, bank: Bank, qid: str, answer: str):  # type: ignore[no-untyped-def]
    return grader.grade(bank.get(qid), answer)


RIGHT_166 = (
    "Per token per layer you store K and V: 2 x 32 heads x 128 dims = 8,192 values, times 32 "
    "layers = 262,144 values, at 2 bytes in fp16 that's 512 KB per token. 8 sequences x 4,096 "
    "tokens = 32,768 tokens, so 32,768 x 0.5 MB = 16 GiB of KV cache. The weights are 7B x 2 "
    "bytes = 14 GB, so the cache is a bit larger than the model itself."
)


def test_play29_kv_cache_wrong_by_a_factor_does_not_pass(genai: Bank, genai_grader: Grader) -> None:
    right = grade(genai_grader, genai, "genai-166", RIGHT_166)
    assert right.band == "strong" and "contradiction" not in right.flags
    half = RIGHT_166.replace("K and V: 2 x 32", "the keys: 32").replace("512 KB", "256 KB")
    half = half.replace("0.5 MB = 16 GiB", "0.25 MB = 8 GiB")
    wrong = grade(genai_grader, genai, "genai-166", half)
    assert "contradiction" in wrong.flags and wrong.score <= 60
    assert any("you said 8 GiB; the expected figure is about 16 GB" in n for n in wrong.feedback)
    tiny = grade(
        genai_grader,
        genai,
        "genai-166",
        "Per token per layer you store K and V: 2 x 32 heads x 128 dims, times 32 layers, in "
        "fp16. 8 sequences x 4,096 tokens, so the KV cache is about 160 MB. The weights are 7B "
        "x 2 bytes = 14 GB, so the cache is tiny compared with the model and never matters.",
    )
    assert "contradiction" in tiny.flags and tiny.score < 60


def test_play29_two_tokens_per_parameter_is_not_twenty(genai: Bank, genai_grader: Grader) -> None:
    base = (
        "Kaplan et al. (2020) said that for a bigger compute budget you should grow the model "
        "much faster than the data. Chinchilla (Hoffmann et al. 2022) found you should use "
        "about {} tokens per parameter, so a 70B model trained on 1.4T tokens beat the 280B "
        "Gopher with the same compute."
    )
    right = grade(genai_grader, genai, "genai-165", base.format("20"))
    wrong = grade(genai_grader, genai, "genai-165", base.format("2"))
    assert "about 20 tokens per parameter" in [m.concept for m in right.matched]
    assert "about 20 tokens per parameter" not in [m.concept for m in wrong.matched]
    assert "contradiction" in wrong.flags and wrong.score < right.score


def test_a_figure_the_rubric_gives_for_another_quantity_is_no_contradiction() -> None:
    # the reference's own sentence, with the answer stopping before the total (grade_identity
    # speed/1399: it had been flagged "you said 2 GiB")
    per_sequence = Concept(
        "half a megabyte per token",
        2,
        ("0.5 MiB", "2 GiB per sequence"),
        "Each token needs about 0.5 MiB, and a 4,096-token sequence 2 GiB.",
    )
    findings = [Finding(CONCEPT, "missing"), Finding(per_sequence, "missing")]
    answer = "Per token that is 0.5 MiB. A 4,096-token sequence needs 2 GiB."
    assert check_figures(findings, answer)[0].status == "missing"


def test_a_figure_a_description_gives_for_a_part_is_no_wrong_total() -> None:
    total = Concept("16 bytes per parameter", 3, ("16 bytes", "112 GB"), "Adam needs 16 bytes.")
    master = Concept("FP32 master weights", 2, (), "An fp32 copy takes 4 bytes per parameter.")
    findings = [Finding(total, "missing"), Finding(master, "missing")]
    part = "the fp32 master copy takes 4 bytes per parameter"
    assert check_figures(findings, part)[0].status == "missing"
    wrong = "Adam needs about 6 bytes per parameter in all"
    assert check_figures(findings, wrong)[0].status == "contradicted"
    # the part's figure said as the whole, in no clause about the part (play29 g20)
    whole = "you keep the weights and gradients, and that's all, about 4 bytes per parameter"
    assert check_figures(findings, whole)[0].status == "contradicted"


def test_a_line_of_a_list_is_its_own_clause() -> None:
    bert = Concept("BERT 30k", 2, ("30k",), "BERT uses a WordPiece vocabulary of thirty thousand.")
    listed = "- SentencePiece, WordPiece\n- 32k, 50k, 128k"
    assert check_figures([Finding(bert, "missing")], listed)[0].status == "missing"
    said = "BERT's WordPiece vocabulary has 32k entries"
    assert check_figures([Finding(bert, "missing")], said)[0].status == "credited"


def test_a_concepts_figures_are_read_once_and_an_equal_concept_reads_the_same() -> None:
    from dataclasses import replace

    from interviewer.core.grading.figures import number_concept

    first = number_concept(CONCEPT)
    assert first is not None and first is number_concept(CONCEPT)  # remembered
    twin = replace(CONCEPT)  # equal, another object: read afresh, to the same figures
    assert twin is not CONCEPT and number_concept(twin) == first
    changed = replace(CONCEPT, name="total about 8 GB")  # another concept: its own figures
    found = number_concept(changed)
    assert found is not None and found != first
    assert number_concept(Concept("cache exceeds the weights")) is None
