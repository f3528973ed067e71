"""A bank's fit kept on disk (grader/fit_cache.py): read back, it grades exactly as a fresh fit;
a damaged, truncated, foreign or unwritable cache is survived by fitting again."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader, grader_for, reference_question
from interviewer.core.grading.grader.fit_cache import Fit, FitCache, fit_key

DATA = Path(__file__).resolve().parent.parent / "data"
REPO = DATA.parent.parent
MINI = DATA / "banks" / "mini.yaml"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("fit-*.npz"))


def test_a_cached_fit_grades_the_whole_devset_identically(genai, tmp_path: Path) -> None:
    fresh = Grader(genai)
    writer = Grader(genai, fit_cache=FitCache(tmp_path)).fit()
    assert not writer.fit_from_cache and len(_entries(tmp_path)) == 1
    cached = Grader(genai, fit_cache=FitCache(tmp_path)).fit()
    assert cached.fit_from_cache
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    assert len(rows) > 1000
    differ = [
        row["id"]
        for row in rows
        if fresh.grade(q := genai.get(row["question_id"]), row["answer"]).to_dict()
        != cached.grade(q, row["answer"]).to_dict()
    ]
    assert differ == []


def test_a_cached_fit_grades_reference_mode_identically(genai, tmp_path: Path) -> None:
    """Questions with no rubric: key terms are derived from the fitted word weights."""
    keys = [reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in genai]
    Grader(questions=keys, fit_cache=FitCache(tmp_path)).fit()
    cached = Grader(questions=keys, fit_cache=FitCache(tmp_path)).fit()
    fresh = Grader(questions=keys)
    assert cached.fit_from_cache
    rows = yaml.safe_load((DATA / "devset.yaml").read_text(encoding="utf-8"))["answers"]
    by_id = {q.id: q for q in keys}
    for row in rows[::15]:
        question = by_id[row["question_id"]]
        expected = fresh.grade(question, row["answer"]).to_dict()
        assert cached.grade(question, row["answer"]).to_dict() == expected, row["id"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a zip file at all"),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b""),
    ],
    ids=["garbage", "truncated", "empty"],
)
def test_a_damaged_entry_is_refitted_and_written_again(tmp_path: Path, damage) -> None:
    bank = load_bank(MINI)
    question = bank.questions[0]
    answer = question.reference_answers[0]
    expected = Grader(bank).grade(question, answer).to_dict()
    Grader(bank, fit_cache=FitCache(tmp_path)).fit()
    (entry,) = _entries(tmp_path)
    damage(entry)
    again = Grader(bank, fit_cache=FitCache(tmp_path))
    assert again.grade(question, answer).to_dict() == expected
    assert not again.fit_from_cache
    assert Grader(bank, fit_cache=FitCache(tmp_path)).fit().fit_from_cache  # written again


def _fit_of(bank_path: Path, folder: Path) -> tuple[str, dict[str, np.ndarray]]:
    bank = load_bank(bank_path)
    Grader(bank, fit_cache=FitCache(folder)).fit()
    (entry,) = _entries(folder)
    with np.load(entry, allow_pickle=False) as stored:
        return entry.name, {name: stored[name] for name in stored.files}


def test_a_foreign_or_tampered_entry_is_not_used(tmp_path: Path) -> None:
    bank = load_bank(MINI)
    question = bank.questions[0]
    answer = question.reference_answers[0]
    expected = Grader(bank).grade(question, answer).to_dict()
    name, arrays = _fit_of(MINI, tmp_path)
    entry = tmp_path / name
    for tampered in (
        {**arrays, "key": np.frombuffer(b"another key", np.uint8)},
        {**arrays, "format": np.array(99)},
        {**arrays, "word_idf": arrays["word_idf"][:-1]},
        {**arrays, "char_idf": np.full_like(arrays["char_idf"], np.nan)},
        {k: v for k, v in arrays.items() if k != "bank_words"},
        {**arrays, "word_idf": arrays["word_idf"].astype(object)},
    ):
        with open(entry, "wb") as out:
            np.savez(out, **tampered)  # type: ignore[arg-type]
        grader = Grader(bank, fit_cache=FitCache(tmp_path))
        assert grader.grade(question, answer).to_dict() == expected
        assert not grader.fit_from_cache


def test_the_key_follows_what_the_fit_is_fitted_on(tmp_path: Path) -> None:
    bank = load_bank(MINI)
    Grader(bank, fit_cache=FitCache(tmp_path)).fit()
    (first,) = _entries(tmp_path)
    first_question = replace(bank.questions[0], reference_answers=("Something else entirely.",))
    changed = replace(bank, questions=(first_question, *bank.questions[1:]))
    grader = Grader(changed, fit_cache=FitCache(tmp_path)).fit()
    assert not grader.fit_from_cache
    (second,) = _entries(tmp_path)  # the bank's older fit is replaced, not kept beside it
    assert second != first
    assert fit_key(["a"], [0], {}) != fit_key(["a"], [0], {"a": "b"})
    assert fit_key(["a", "b"], [0, 1], {}) != fit_key(["a", "b"], [0, 0], {})


def test_an_unwritable_cache_still_grades(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bank = load_bank(MINI)
    question = bank.questions[0]
    grader = Grader(bank, fit_cache=FitCache(blocker / "fits"))
    assert grader.grade(question, question.reference_answers[0]).score > 0
    assert not grader.fit_from_cache


def test_grader_for_and_the_catalog_keep_fits_in_the_cache_folder(tmp_path: Path) -> None:
    catalog = Catalog(None, tmp_path / "cache")
    assert catalog.fit_cache_dir == tmp_path / "cache" / "fits"
    grader_for(load_bank(MINI), catalog.fit_cache_dir).fit()
    assert len(_entries(tmp_path / "cache" / "fits")) == 1
    assert Catalog(None).fit_cache_dir is None


def test_a_cached_fit_grades_without_importing_scikit_learn(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from interviewer.core.bank import load_bank\n"
        "from interviewer.core.grading import grader_for\n"
        f"bank = load_bank(Path({str(MINI)!r}))\n"
        f"grader = grader_for(bank, Path({str(tmp_path)!r}))\n"
        "q = bank.questions[0]\n"
        "print(grader.grade(q, q.reference_answers[0]).score, grader.fit_from_cache,"
        " 'sklearn' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][1:] == ["False", "True"] and runs[1][1:] == ["True", "False"]
    assert runs[0][0] == runs[1][0]


_strings = st.lists(st.text(st.characters(blacklist_characters="\x00"), max_size=12), max_size=8)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=_strings, stems=_strings, weights=st.floats(0.0, 50.0), data=st.binary(max_size=64))
def test_any_fit_reads_back_whole_and_any_bytes_read_as_nothing(
    tmp_path: Path, words: list[str], stems: list[str], weights: float, data: bytes
) -> None:
    words = sorted(set(words))
    fit = Fit(
        word_features=words,
        word_idf=np.full(len(words), weights),
        word_unseen=weights + 1,
        char_features=words[::-1],
        char_idf=np.arange(len(words), dtype=np.float64),
        char_unseen=0.5,
        common_stems=frozenset(stems),
        bank_words=frozenset(stems[:2]),
        distinct_stems=frozenset(),
    )
    cache = FitCache(tmp_path / "fits")
    cache.save("bank", "k" * 64, fit)
    back = cache.load("bank", "k" * 64)
    assert back is not None
    assert back.word_features == fit.word_features and back.char_features == fit.char_features
    assert back.word_idf.tolist() == fit.word_idf.tolist() and back.word_unseen == weights + 1
    assert back.char_idf.tolist() == fit.char_idf.tolist()
    assert (back.common_stems, back.bank_words, back.distinct_stems) == (
        fit.common_stems,
        fit.bank_words,
        fit.distinct_stems,
    )
    assert cache.load("bank", "j" * 64) is None
    (entry,) = _entries(tmp_path / "fits")
    entry.write_bytes(data)
    assert cache.load("bank", "k" * 64) is None
