"""The headless core never loads Textual: every module under interviewer.core imports without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import interviewer.core


def test_every_core_module_imports_without_textual() -> None:
    names = sorted(
        f"interviewer.core.{module.name}"
        for module in pkgutil.iter_modules(interviewer.core.__path__)
    )
    assert "interviewer.core.grading" in names and "interviewer.core.store" in names
    probe = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'sklearn'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_report_does_not_load_the_grader() -> None:
    # `interviewer report` and the history need the Grade and its bands, not the grader
    probe = (
        "import sys, interviewer.core.report, interviewer.core.store\n"
        "print(sorted(m for m in sys.modules if m.startswith('interviewer.core.grading.')"
        " and m.rsplit('.', 1)[1] in {'grader', 'meaning', 'concepts', 'reference'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_module_reaches_into_the_app_s_private_methods() -> None:
    """`tui/closing.py` called the app's `_session_screen()`: what another module needs of
    the app is public (`save_session_draft`), so the app can change its insides freely."""
    import ast
    from pathlib import Path

    reaching = []
    for path in sorted(Path(interviewer.core.__file__).parents[1].rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and (
                    (isinstance(node.value, ast.Name) and node.value.id == "app")
                    or (isinstance(node.value, ast.Attribute) and node.value.attr == "app")
                )
            ):
                reaching.append(f"{path.name}:{node.lineno}: app.{node.attr}")
    assert reaching == []
