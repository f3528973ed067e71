"""The importer, tested on the seed guide itself and on small texts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interviewer.core.errors import BankError
from interviewer.core.importer import import_text_file, parse_guide, repair_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_0cd6e56ae01fcdad.txt"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"seed guide not at {SEED}")


def test_repair_text_undoes_the_seed_mis_encodings() -> None:
    assert repair_text("Whatβs the difference") == "What's the difference"
    assert repair_text("DALLΒ·E 3") == "DALL·E 3"
    assert repair_text("FID (FrΓ©chet Inception Distance)") == "FID (Fréchet Inception Distance)"
    assert repair_text("industriesβfrom healthcare") == "industries — from healthcare"
    assert repair_text("the model is less βsurprisedβ).") == "the model is less “surprised”)."


@needs_seed
def test_seed_imports_to_140_questions_in_every_section(tmp_path: Path) -> None:
    guide = parse_guide(SEED.read_text(encoding="utf-8"))
    assert [q.number for q in guide.questions] == list(range(1, 141))
    titles = [title for _, title in guide.topics]
    assert titles == [
        "Generative AI",
        "Transformers & Large Language Models",
        "Prompt Engineering",
        "Diffusion Models & GANs",
        "Fine-Tuning & Transfer Learning",
        "RLHF & Model Alignment",
        "Evaluation Metrics & Model Performance",
        "MLOps & LLMOps",
        "Vision & Multimodal Generative AI",
    ]
    by_number = {q.number: q for q in guide.questions}
    assert by_number[21].topic == guide.topics[1][0]
    assert by_number[66].topic == guide.topics[3][0]
    assert by_number[126].topic == guide.topics[8][0]
    assert by_number[10].prompt == "What's the difference between GPT-3.5 and GPT-4?"
    assert "Fréchet" in by_number[110].prompt
    assert by_number[9].answer.startswith("Content writing, chatbots")
    assert by_number[97].answer.count(";") == 2 and "PPO" in by_number[97].answer
    assert "(i.e., the model is less “surprised”)" in by_number[109].answer
    answered = [q.number for q in guide.questions if q.answer]
    assert answered == [1, 9, 28, 49, 50, 97, 104, 107, 108, 109, 115, 125, 127]


@needs_seed
def test_seed_skeleton_is_yaml_the_validator_understands(tmp_path: Path) -> None:
    text = import_text_file(SEED, bank_id="guide")
    data = yaml.safe_load(text)
    assert data["id"] == "guide" and len(data["questions"]) == 140
    assert data["questions"][0]["id"] == "guide-001"
    assert {q["level"] for q in data["questions"]} == {"beginner", "intermediate", "expert"}
    out = tmp_path / "guide.yaml"
    out.write_text(text, encoding="utf-8")
    with pytest.raises(BankError) as caught:
        from interviewer.core.bank import load_bank

        load_bank(out)
    messages = "\n".join(str(p) for p in caught.value.problems)
    assert "question 'guide-002': reference answer item must not be empty" in messages
    assert "question 'guide-040': prompt nearly repeats 'guide-010'" in messages


def test_text_without_numbered_questions_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes\nwith no questions\n", encoding="utf-8")
    with pytest.raises(BankError, match="no numbered question"):
        import_text_file(path)


def test_repeated_number_is_reported_with_its_line() -> None:
    with pytest.raises(BankError, match=r"g\.txt:3: question number 1 appears twice"):
        parse_guide("Title\n1. One?\n1. Again?\n", "g.txt")
