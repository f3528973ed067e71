"""Reading YAML with node positions: every problem found names its file and line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from ..errors import Problem
from ..limits import MAX_ANSWER_CHARS
from ..safe_text import control_character_lines
from ..safe_text import neutralise as neutralise_controls

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ID_CHARS = 100
"""Bank and question ids name files and database rows: well under the 255-byte name limit."""
MAX_PROMPT_CHARS = 4_000
"""A prompt is a question someone reads aloud; longer text is a mistake (or an attack)."""
MAX_TEXT_CHARS = MAX_ANSWER_CHARS
"""Any other text (a reference answer, a description): the one limit on an answer's length."""
MAX_NUMBER_CHARS = 30
"""A number written with more characters than this is refused before it is converted."""
MAX_WEIGHT = 100.0
MIN_TIME_LIMIT = 5
"""Seconds: a shorter limit ends a question before it can be read."""
MAX_TIME_LIMIT = 24 * 60 * 60
MAX_SEED = 10**12
MAX_PATH_CHARS = 1_024
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it (about 20 times faster); it keeps node line numbers."""


class Reader:
    """Walks composed YAML nodes, collecting problems with file and line instead of raising."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []
        self.skipped: set[str] = set()
        """Ids of questions left out for their errors (their rubric entries are ignored)."""
        self._constructor = yaml.constructor.SafeConstructor()

    def problem(self, node: yaml.Node | None, message: str, *, warning: bool = False) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.path, line, message, warning))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def warn(self, node: yaml.Node | None, message: str) -> None:
        self.problem(node, message, warning=True)

    def compose(self, raw: bytes) -> yaml.Node | None:
        if len(raw) > MAX_FILE_BYTES:
            self.problems.append(
                Problem(self.path, 1, f"file is over {MAX_FILE_BYTES:,} bytes; the limit is 20 MB")
            )
            return None
        if b"\x00" in raw:
            line = raw[: raw.index(b"\x00")].count(b"\n") + 1
            self.problems.append(Problem(self.path, line, "this is a binary file, not YAML text"))
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            self.problems.append(Problem(self.path, line, "not valid UTF-8 text"))
            return None
        for line in control_character_lines(text):
            self.problems.append(
                Problem(
                    self.path,
                    line,
                    "control character replaced (text is shown, not obeyed)",
                    warning=True,
                )
            )
        text = neutralise_controls(text, keep="\r")
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            at = mark.line + 1 if mark is not None else None
            what = err.problem or err.context or "invalid YAML"
            start = err.context_mark
            if err.problem and err.context and start is not None and start.line + 1 != at:
                # where the unclosed quote or bracket opened, not only the end of the file
                # where it was found (play56: an unclosed quote on line 5 was told at line 9)
                what += f" ({err.context} started on line {start.line + 1})"
            self.problems.append(Problem(self.path, at, f"YAML syntax error: {what}"))
            return None
        except yaml.YAMLError as err:
            self.problems.append(Problem(self.path, None, f"YAML syntax error: {err}"))
            return None
        if node is None:
            self.problems.append(Problem(self.path, 1, "the file is empty"))
        return node

    def mapping(
        self, node: yaml.Node, what: str, allowed: Iterable[str] | None = None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """The keys of a mapping node with their key and value nodes, or None (problem noted)."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping, not {node_kind(node)}")
            return None
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        allowed_set = set(allowed) if allowed is not None else None
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"{what}: keys must be plain text")
                continue
            key = str(key_node.value)
            if key in result:
                self.problem(key_node, f"{what}: key '{key}' appears twice")
                continue
            if allowed_set is not None and key not in allowed_set:
                expected = ", ".join(sorted(allowed_set))
                self.problem(key_node, f"{what}: unknown key '{key}' (expected one of {expected})")
                continue
            result[key] = (key_node, value_node)
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list, not {node_kind(node)}")
            return None
        return list(node.value)

    def value(self, node: yaml.Node) -> object:
        numeric = node.tag.endswith((":int", ":float"))
        if numeric and isinstance(node.value, str) and len(node.value) > MAX_NUMBER_CHARS:
            self.problem(node, f"number too long ({len(node.value):,} characters)")
            return None
        try:
            value = self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as err:
            self.problem(node, f"cannot read this value: {getattr(err, 'problem', None) or err}")
            return None
        except (ValueError, TypeError, OverflowError, RecursionError):
            shown = str(node.value)[:40] if isinstance(node, yaml.ScalarNode) else "this value"
            self.problem(node, f"cannot read {shown!r} as {node.tag.rsplit(':', 1)[-1]}")
            return None
        return value

    def text(
        self,
        node: yaml.Node,
        what: str,
        *,
        allow_empty: bool = False,
        max_chars: int = MAX_TEXT_CHARS,
    ) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be text, not {node_kind(node)}")
            return None
        value = self.value(node)
        if value is None and not allow_empty:
            self.problem(node, f"{what} must not be empty")
            return None
        if isinstance(value, bool):
            self.problem(node, f"{what} must be text, not a boolean")
            return None
        text = "" if value is None else str(value).strip()
        if not text and not allow_empty:
            self.problem(node, f"{what} must not be empty")
            return None
        if len(text) > max_chars:
            self.problem(node, f"{what} is {len(text):,} characters; the limit is {max_chars:,}")
            return None
        clean = neutralise_controls(text)
        if clean != text:  # written as an escape ("\e") in a quoted string
            self.warn(node, f"{what}: control character replaced (text is shown, not obeyed)")
        return clean

    def integer(
        self, node: yaml.Node, what: str, *, minimum: int = 0, maximum: int = MAX_SEED
    ) -> int | None:
        before = len(self.problems)
        value = self.value(node) if isinstance(node, yaml.ScalarNode) else node
        if len(self.problems) > before:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(node, f"{what} must be a whole number")
            return None
        if not minimum <= value <= maximum:
            self.problem(node, f"{what} must be between {minimum:,} and {maximum:,}")
            return None
        return value

    def number(self, node: yaml.Node, what: str, *, maximum: float = MAX_WEIGHT) -> float | None:
        before = len(self.problems)
        value = self.value(node) if isinstance(node, yaml.ScalarNode) else node
        if len(self.problems) > before:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(node, f"{what} must be a number")
            return None
        if not value > 0:  # False for NaN too
            self.problem(node, f"{what} must be a positive number")
            return None
        if value > maximum:
            self.problem(node, f"{what} must be at most {maximum:g}")
            return None
        return float(value)

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        """A list of non-empty strings (a single string is accepted as a list of one)."""
        if isinstance(node, yaml.ScalarNode):
            one = self.text(node, what)
            return (one,) if one is not None else None
        items = self.sequence(node, what)
        if items is None:
            return None
        result = []
        for item in items:
            text = self.text(item, f"{what} item")
            if text is not None:
                result.append(text)
        return tuple(result)


def node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "empty"
    return f"the value {str(node.value)[:40]!r}"


def is_null(node: yaml.Node) -> bool:
    """An empty YAML value (`~`, `null` or nothing)."""
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def read_bytes(path: Path, reader: Reader) -> bytes | None:
    """The file's bytes, at most one more than the size limit (so a device cannot fill memory)."""
    if len(str(path)) > MAX_PATH_CHARS or any(len(part) > 255 for part in path.parts):
        reader.problems.append(Problem(str(path)[:200] + "...", 1, "file name too long"))
        return None
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        reader.problems.append(Problem(str(path), 1, "no such file"))
    except IsADirectoryError:
        reader.problems.append(Problem(str(path), 1, "is a folder, not a bank file"))
    except OSError as err:
        reader.problems.append(Problem(str(path), 1, f"cannot read: {err.strerror or err}"))
    return None


Top = tuple[yaml.Node, dict[str, tuple[yaml.Node, yaml.Node]]]
"""A YAML file's root node (problems of the whole file are told at it) and its keys."""


def read_top(path: Path, reader: Reader, what: str, allowed: Iterable[str]) -> Top | None:
    """The file's top mapping (`Reader.mapping`, keys outside `allowed` noted) with its root
    node; None, the problem noted, when the file cannot be read, is no YAML, is empty or is not
    a mapping."""
    raw = read_bytes(path, reader)
    if raw is None:
        return None
    root = reader.compose(raw)
    if root is None:
        return None
    top = reader.mapping(root, what, allowed)
    return None if top is None else (root, top)
