"""The built wheel carries the banks and rubrics and finds them from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("interviewer_tui-*.whl")
    return built


def test_wheel_contains_banks_and_rubrics(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "interviewer/_data/banks/genai.yaml" in names or not (REPO / "banks/genai.yaml").exists()
    banks = {n for n in names if n.startswith("interviewer/_data/banks/")}
    rubrics = {n for n in names if n.startswith("interviewer/_data/rubrics/")}
    assert {Path(n).name for n in banks} == {p.name for p in (REPO / "banks").glob("*.yaml")}
    assert {Path(n).name for n in rubrics} == {p.name for p in (REPO / "rubrics").glob("*.yaml")}


def test_installed_wheel_loads_bundled_banks_from_another_folder(
    wheel: Path, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # The project's dependencies come from the test environment, appended after the new
    # venv's own site-packages so that the wheel, not the source checkout, is imported.
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import interviewer, json, sys\n"
        "from interviewer.core.catalog import Catalog\n"
        "banks, errors = Catalog(None).load_all()\n"
        "print(json.dumps({'file': interviewer.__file__, 'banks': sorted(b.id for b in banks),"
        " 'sizes': {b.id: len(b) for b in banks}, 'errors': [str(e) for e in errors]}))\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert result.returncode == 0, result.stderr
    import json

    found = json.loads(result.stdout)
    assert str(env_dir) in found["file"], "imported the source checkout, not the wheel"
    assert found["errors"] == []
    expected = sorted(p.stem for p in (REPO / "banks").glob("*.yaml"))
    assert found["banks"] == expected and expected
