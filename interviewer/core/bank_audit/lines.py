"""Where each question, concept, alias and misconception stands in the rubric and bank YAML
files, so that a problem is reported at `path:line`."""

from __future__ import annotations

from pathlib import Path

from ..bank import Bank


class Lines:
    """Line numbers of questions, concepts, aliases and misconceptions in the bank's files."""

    def __init__(self, bank: Bank) -> None:
        self.bank_path = str(bank.source) if bank.source else bank.id
        self.rubric_path = str(bank.rubric_source) if bank.rubric_source else self.bank_path
        self._lines: dict[tuple[str, ...], int] = {}
        if bank.rubric_source is not None:
            self._read_rubric(bank.rubric_source)
        if bank.source is not None:
            self._read_bank(bank.source)

    def rubric(self, *key: str) -> tuple[str, int | None]:
        """(rubric path, line) of the deepest node of `key` found (question id, field, name,
        ...); the line is None when not even the question is found."""
        for end in range(len(key), 0, -1):
            line = self._lines.get(("rubric", *key[:end]))
            if line is not None:
                return self.rubric_path, line
        return self.rubric_path, None

    def bank(self, *key: str) -> tuple[str, int | None]:
        """(bank path, line) of the deepest node of `key` found, as `rubric` does."""
        for end in range(len(key), 0, -1):
            line = self._lines.get(("bank", *key[:end]))
            if line is not None:
                return self.bank_path, line
        return self.bank_path, None

    @staticmethod
    def _compose(path: Path) -> object:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            return yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, UnicodeError, yaml.YAMLError):
            return None

    def _set(self, key: tuple[str, ...], node: object) -> None:
        mark = getattr(node, "start_mark", None)
        if mark is not None:
            self._lines.setdefault(key, mark.line + 1)

    def _read_rubric(self, path: Path) -> None:
        import yaml

        root = self._compose(path)
        if not isinstance(root, yaml.MappingNode):
            return
        for key, value in root.value:
            if key.value == "misconceptions" and isinstance(value, yaml.SequenceNode):
                for item in value.value:  # the bank's own, under the question key "*"
                    self._rubric_item("*", key.value, item)
            if key.value != "questions" or not isinstance(value, yaml.MappingNode):
                continue
            for qkey, qnode in value.value:
                self._set(("rubric", qkey.value), qkey)
                if not isinstance(qnode, yaml.MappingNode):
                    continue
                for field, items in qnode.value:
                    if field.value == "order":  # a list of names, not of items
                        self._set(("rubric", qkey.value, "order"), field)
                    if not isinstance(items, yaml.SequenceNode):
                        continue
                    for item in items.value:
                        self._rubric_item(qkey.value, field.value, item)

    def _rubric_item(self, qid: str, field: str, item: object) -> None:
        import yaml

        if not isinstance(item, yaml.MappingNode):
            return
        values = {k.value: v for k, v in item.value}
        name_node = values.get("name") if field == "concepts" else values.get("phrase")
        name = getattr(name_node, "value", None)
        if not isinstance(name, str):
            return
        self._set(("rubric", qid, field, name), item)
        for sub in ("aliases", "contradicts", "description", "weight"):
            node = values.get(sub)
            if node is None:
                continue
            self._set(("rubric", qid, field, name, sub), node)
            if isinstance(node, yaml.SequenceNode):
                for alias in node.value:
                    if isinstance(alias.value, str):
                        self._set(("rubric", qid, field, name, sub, alias.value), alias)

    def _read_bank(self, path: Path) -> None:
        import yaml

        root = self._compose(path)
        if not isinstance(root, yaml.MappingNode):
            return
        for key, value in root.value:
            if key.value != "questions" or not isinstance(value, yaml.SequenceNode):
                continue
            for item in value.value:
                if not isinstance(item, yaml.MappingNode):
                    continue
                fields = {k.value: v for k, v in item.value}
                qid = getattr(fields.get("id"), "value", None)
                if not isinstance(qid, str):
                    continue
                self._set(("bank", qid), item)
                for field in ("prompt", "references"):
                    if field in fields:
                        self._set(("bank", qid, field), fields[field])
