"""docs/grading.md was cut in two at commit 0363ef5 (docs47): the explanation stays in
docs/grading.md, the stop-by-stop record moved to docs/grading-log.md. Nothing may be lost on the
way, and every relative link of the docs must still lead somewhere."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SPLIT_AT = "0363ef5"
"""The commit whose docs/grading.md was split."""
NEW_FILES = (DOCS / "grading.md", DOCS / "grading-log.md")

RENAMED = {
    "`concepts.py`": "`concepts/`",
    "(directed.py)": "(`directed/`)",
    "read by directed.py because": "read by `directed/` because",
    "(scoring.py)": "(`scoring/off_subject.py`)",
    "(scoring._unreadable)": "(`scoring/off_subject.py`)",
    "`scoring._unreadable`": "`scoring/off_subject.py`",
    "`keywords.BARE_RUN_NO_VERB`": "`bare_runs.BARE_RUN_NO_VERB`",
    "`keywords._bare_run`": "`bare_runs.bare_run`",
    "`swaps.labelled`": "`subject_sides.labelled`",
    "`swaps.referents`": "`subject_sides.referents`",
    "`text._ADVERBS`": "`text/stems.py` `_ADVERBS`",
    "play23, directed.py)": "play23, `directed/`)",
}
"""Code the old text named that has moved since: the log names it as the code now has it (the
list is also at the top of the log)."""


def _old_text() -> str:
    try:
        shown = subprocess.run(
            ["git", "show", f"{SPLIT_AT}:docs/grading.md"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:  # no git on this machine
        pytest.skip("git is not available")
    if shown.returncode != 0:  # a copy of the sources without the history
        pytest.skip(f"commit {SPLIT_AT} is not in this checkout")
    return shown.stdout


def _kept(line: str) -> bool:
    """A heading, or a line that carries a figure."""
    return line.startswith("#") or any(c.isdigit() for c in line)


def test_every_heading_and_figure_line_of_the_old_file_is_kept() -> None:
    new_lines = set()
    for path in NEW_FILES:
        new_lines.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    missing = []
    for number, line in enumerate(_old_text().splitlines(), start=1):
        if not line.strip() or not _kept(line):
            continue
        for old, new in RENAMED.items():
            line = line.replace(old, new)
        if line.strip() not in new_lines:
            missing.append(f"docs/grading.md:{number} (at {SPLIT_AT}): {line.strip()}")
    assert not missing, "\n".join(missing[:20])


def test_the_explanation_is_short_enough_to_read() -> None:
    lines = (DOCS / "grading.md").read_text(encoding="utf-8").splitlines()
    assert 400 <= len(lines) <= 900, len(lines)


def slug(heading: str, seen: dict[str, int]) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens,
    and "-1", "-2" ... after a heading already seen in the file."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
    count = seen.get(text, 0)
    seen[text] = count + 1
    return text if count == 0 else f"{text}-{count}"


def test_slug_reads_as_github_does() -> None:
    seen: dict[str, int] = {}
    assert slug("Behavioural answers (the `star` rubric)", seen) == (
        "behavioural-answers-the-star-rubric"
    )
    assert slug('offq31: answers to another question of the topic, and "=" lists', seen) == (
        "offq31-answers-to-another-question-of-the-topic-and--lists"
    )
    assert slug("Grader 3.9: defects", seen) == "grader-39-defects"
    assert slug("Grader 3.9: defects", seen) == "grader-39-defects-1"


FENCE = re.compile(r"^```.*?^```", re.M | re.S)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _without_code(text: str) -> str:
    return re.sub(r"`[^`\n]*`", "", FENCE.sub("", text))


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {slug(m.group(2), seen) for m in re.finditer(r"^(#{1,6})\s+(.+?)\s*#*$", text, re.M)}


def relative_links(path: Path) -> list[tuple[str, Path, str]]:
    """(link as written, file it leads to, anchor or "") of each relative link of a file."""
    found = []
    for m in LINK.finditer(_without_code(path.read_text(encoding="utf-8"))):
        target = m.group(1)
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        leads_to = (path.parent / file_part).resolve() if file_part else path
        found.append((target, leads_to, anchor))
    return found


def test_every_relative_link_of_the_docs_and_readme_resolves() -> None:
    pages = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
    broken = []
    for page in pages:
        for target, leads_to, anchor in relative_links(page):
            if not leads_to.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}: no such file")
            elif anchor and (leads_to.suffix != ".md" or anchor not in anchors(leads_to)):
                broken.append(f"{page.relative_to(ROOT)}: {target}: no such anchor")
    assert not broken, "\n".join(broken)


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    (tmp_path / "other.md").write_text("# Other\n\n## A section\n", encoding="utf-8")
    page.write_text(
        "# Page\n[ok](other.md#a-section) [bad](other.md#gone) [file](missing.md) "
        "[here](#page) `[code](nowhere.md)`\n",
        encoding="utf-8",
    )
    links = {
        target: (leads_to.exists(), anchor) for target, leads_to, anchor in relative_links(page)
    }
    assert set(links) == {"other.md#a-section", "other.md#gone", "missing.md", "#page"}
    assert not links["missing.md"][0]
    assert "a-section" in anchors(tmp_path / "other.md")
    assert "gone" not in anchors(tmp_path / "other.md")
    assert "page" in anchors(page)


def test_the_log_index_lists_every_section_of_the_log() -> None:
    log = DOCS / "grading-log.md"
    text = log.read_text(encoding="utf-8")
    index = text.split("## Index", 1)[1].split("\n## ", 1)[0]
    listed = {anchor for _, _, anchor in relative_links_in(index, log)}
    seen: dict[str, int] = {}
    sections = [
        slug(m.group(1), seen) for m in re.finditer(r"^##\s+(.+?)\s*$", FENCE.sub("", text), re.M)
    ]
    assert set(sections) - {"grading-log-how-the-grader-got-here", "index"} == listed


def relative_links_in(text: str, path: Path) -> list[tuple[str, Path, str]]:
    return [(m.group(1), path, m.group(1).partition("#")[2]) for m in LINK.finditer(text)]
