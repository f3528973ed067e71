"""Play test 28 (grader 3.14): a comma-separated keyword dump for "What is LoRA?" whose
"frozen weights" was read as an order to freeze, so the dump passed (81.4 adequate)."""

from __future__ import annotations

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.verbs import is_imperative, is_verb

LORA_DUMP = (
    "low-rank matrices, frozen weights, A B decomposition, rank r, alpha scaling, fewer "
    "trainable parameters, adapters, PEFT, QLoRA, merge weights, no inference latency, W + BA"
)


def test_an_irregular_participle_heads_a_term_and_gives_no_order() -> None:
    # the thesaurus reads "frozen" as the stem of "freeze", a verb of verbs.py's list
    assert not is_imperative(["frozen", "weights"], ["freez", "weight"])
    assert not is_verb("frozen", "freez", "", "weights")
    assert not is_imperative(["hidden", "layers"], ["hide", "layer"])
    assert is_imperative(["freeze", "the", "weights"], ["freez", "the", "weight"])


def test_the_comma_separated_lora_dump_is_a_keyword_string(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-085"), LORA_DUMP)
    assert "keyword_list" in grade.flags
    assert grade.score <= 15.0 and grade.band == "missing"


def test_the_same_facts_in_sentences_still_pass(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "LoRA keeps the pretrained weights frozen and learns a low-rank update BA for each "
        "weight matrix, so only a tiny fraction of parameters is trained; after training the "
        "update can be merged into the weights, so there is no extra inference latency."
    )
    grade = genai_grader.grade(genai.get("genai-085"), answer)
    assert "keyword_list" not in grade.flags
    assert grade.score >= 70.0


FRENCH_VIDEO = (
    "Les modèles de diffusion vidéo débruitent toutes les images ensemble plutôt qu'une par "
    "une. Ils ajoutent des couches d'attention temporelle et des convolutions 3D qui relient "
    "les images entre elles, ou traitent la vidéo comme des patchs spatio-temporels dans un "
    "transformer (comme Sora). Souvent on part d'un modèle d'images et on ajoute des couches "
    "temporelles entraînées sur de la vidéo; on peut aussi conditionner sur les images "
    "précédentes ou sur le flux optique."
)


def test_an_answer_in_another_language_is_not_also_called_a_string_of_terms(
    genai: Bank, genai_grader: Grader
) -> None:
    # play28 minor 1: a French answer was flagged unreadable *and* keyword_list, and told
    # "a string of terms makes no claim" although it is prose
    grade = genai_grader.grade(genai.get("genai-207"), FRENCH_VIDEO)
    assert "unreadable" in grade.flags
    assert "keyword_list" not in grade.flags
    assert "string of terms" not in " ".join(grade.feedback)
