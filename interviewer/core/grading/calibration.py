"""From signals to the 0-5 scale a senior interviewer uses: a fitted, monotone calibration.

The grader measures signals, each 0-1 (concept coverage, essential coverage, similarity to the
reference, length). A small ensemble of shallow regression trees, fitted on graded answers with
scikit-learn's HistGradientBoostingRegressor under monotonic constraints (more of any signal
never lowers the grade), maps them to the expected grade. The fitted trees are data, written
once by `benchmarks/calibrate.py` into calibration.json and shipped: nothing is fitted when
grading, and evaluating them is a few hundred comparisons.

Each grade can be explained as a sum: the grade of an answer with every signal at 0, then what
each signal adds once the ones before it are known (coverage, essential, similarity, length,
contradicted; see `Calibration.explain`). A signal that grows never takes points away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from .shipped import shipped_data

FEATURES = ("coverage", "essential", "similarity", "length", "contradicted")
"""The signals, each 0-1, in the order the trees index them."""
MONOTONE = (1, 1, 1, 1, -1)
"""How each signal may move the grade: up (1) or down (-1), never the other way."""

Node = tuple[int, float, int, int, float]
"""(feature index or -1 for a leaf, threshold, left child, right child, value)."""

_STARTS: dict[int, tuple[Callable[..., list[float]], float]] = {}
"""Each compiled calibration's grade of an answer with every signal at 0, worked out once."""
_WALKS: dict[int, tuple[Calibration, float, tuple[Any, ...]]] = {}
"""Each calibration's base value and trees with their changes of value, worked out once."""


@dataclass(frozen=True)
class Calibration:
    """A fitted map from signals to the expected 0-5 grade."""

    baseline: float
    trees: tuple[tuple[Node, ...], ...]
    fitted_on: str = ""
    """What it was fitted on (a note for people)."""

    def explain(self, signals: Mapping[str, float]) -> tuple[float, float, dict[str, float]]:
        """(grade 0-5, base value, contribution of each signal); the base value plus the
        contributions is the grade before it is clipped to 0-5.

        The base value is the grade of an answer whose signals are all 0 (nothing detected,
        nothing wrong), and each signal's contribution is what it adds once the signals before
        it in FEATURES are known: coverage first, then essential, similarity, length and
        contradicted. So a signal that grows never takes points away (the trees are monotone),
        and what the answer says is credited before how long it is."""
        x = [float(signals.get(name, 0.0)) for name in FEATURES]
        base, walks = self._walks()
        compiled = _COMPILED.get(id(walks))
        if compiled is None or compiled[0] is not walks:
            compiled = _COMPILED[id(walks)] = (walks, compile_walks(walks), {})
        trees, totals = compiled[1], compiled[2]
        known = [0.0] * len(x)
        start = _STARTS.get(id(trees))
        if start is None or start[0] is not trees:
            start = _STARTS[id(trees)] = (trees, base + sum(trees(*known)))
        before = start[1]
        named: dict[str, float] = {}
        for i, name in enumerate(FEATURES):
            if x[i] != 0.0:
                known[i] = x[i]
                # the first signals take few values (coverage is a share of a few weights):
                # their totals are remembered, each the same float as worked out again
                key = tuple(known)
                after = totals.get(key)
                if after is None:
                    if len(totals) >= TOTALS_REMEMBERED:
                        totals.clear()
                    after = totals[key] = base + sum(trees(*known))
                named[name] = after - before
                before = after
            else:
                named[name] = 0.0
        return max(0.0, min(5.0, before)), start[1], named

    def spread(self, center: float, factor: float) -> Calibration:
        """The same trees with every grade moved `factor` times as far from `center`: a fitted
        expected grade is pulled towards the mean (its signals are noisy), and this gives the
        grades back the spread the interviewers' grades have (benchmarks/calibrate.py)."""
        return Calibration(
            round(center + factor * (self.baseline - center), 6),
            tuple(
                tuple((f, t, left, right, round(factor * v, 6)) for f, t, left, right, v in nodes)
                for nodes in self.trees
            ),
            self.fitted_on,
        )

    def _walks(
        self,
    ) -> tuple[float, tuple[tuple[tuple[int, float, int, int, float, float], ...], ...]]:
        """The base value (the baseline plus every tree's root value, in order) and each tree
        with the change of value to its left and right child at each split: the same sums as
        walking the trees node by node, worked out once."""
        found = _WALKS.get(id(self))
        if found is not None and found[0] is self:
            return found[1], found[2]
        base = self.baseline
        for nodes in self.trees:
            base += nodes[0][4]
        walks = tuple(
            tuple(
                (f, t, left, right, nodes[left][4] - v, nodes[right][4] - v)
                if f >= 0
                else (f, t, left, right, 0.0, 0.0)
                for f, t, left, right, v in nodes
            )
            for nodes in self.trees
        )
        _WALKS[id(self)] = (self, base, walks)
        return base, walks

    def expected_grade(self, signals: Mapping[str, float]) -> float:
        """The expected grade, 0-5, of an answer with these signals."""
        return self.explain(signals)[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "baseline": self.baseline,
            "trees": [[list(node) for node in tree] for tree in self.trees],
            "fitted_on": self.fitted_on,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calibration:
        if list(data.get("features", ())) != list(FEATURES):
            raise ValueError("calibration features do not match this grader")
        trees = []
        for tree in data["trees"]:
            nodes = tuple((int(n[0]), float(n[1]), int(n[2]), int(n[3]), float(n[4])) for n in tree)
            _check_tree(nodes)
            trees.append(nodes)
        return cls(float(data["baseline"]), tuple(trees), str(data.get("fitted_on", "")))


Walk = tuple[tuple[int, float, int, int, float, float], ...]
_COMPILED: dict[
    int, tuple[tuple[Walk, ...], Callable[..., list[float]], dict[tuple[float, ...], float]]
] = {}
"""Each calibration's trees as one Python function (see `compile_walks`), made once, with the
totals it gave for the signals known so far (see `Calibration.explain`)."""
TOTALS_REMEMBERED = 4096
"""At most this many totals are remembered per calibration (then they are forgotten)."""


def walk_trees(walks: tuple[Walk, ...], *x: float) -> list[float]:
    """The contribution of each signal: every tree walked from its root, the change of value
    at each split put down to the signal split on, in order."""
    contributions = [0.0] * len(FEATURES)
    for nodes in walks:
        node = nodes[0]
        while node[0] >= 0:
            if x[node[0]] <= node[1]:
                contributions[node[0]] += node[4]
                node = nodes[node[2]]
            else:
                contributions[node[0]] += node[5]
                node = nodes[node[3]]
    return contributions


def compile_walks(walks: tuple[Walk, ...]) -> Callable[..., list[float]]:
    """`walk_trees` for these trees, written out as nested ifs and compiled: the same
    comparisons and the same additions in the same order (floats written with repr, which
    reads back exactly), without a loop over the nodes; evaluating the trees is most of the
    calibration's cost. Trees too deep to nest are walked by `walk_trees`."""
    if any(len(nodes) > 63 for nodes in walks):
        return partial(walk_trees, walks)
    names = [f"x{k}" for k in range(len(FEATURES))]
    lines = [f"def contributions({', '.join(names)}):"]
    lines += [f"    c{k} = 0.0" for k in range(len(FEATURES))]

    def write(nodes: Walk, index: int, indent: str) -> None:
        feature, threshold, left, right, to_left, to_right = nodes[index]
        if feature < 0:
            return
        lines.append(f"{indent}if x{feature} <= {threshold!r}:")
        lines.append(f"{indent}    c{feature} += {to_left!r}")
        write(nodes, left, indent + "    ")
        lines.append(f"{indent}else:")
        lines.append(f"{indent}    c{feature} += {to_right!r}")
        write(nodes, right, indent + "    ")

    for nodes in walks:
        write(nodes, 0, "    ")
    lines.append(f"    return [{', '.join(f'c{k}' for k in range(len(FEATURES)))}]")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<calibration trees>", "exec"), namespace)  # noqa: S102
    return cast(Callable[..., list[float]], namespace["contributions"])


def _check_tree(nodes: Sequence[Node]) -> None:
    if not nodes:
        raise ValueError("calibration tree is empty")
    for feature, _, left, right, _ in nodes:
        if feature >= len(FEATURES):
            raise ValueError("calibration tree splits on an unknown signal")
        if feature >= 0 and not (0 < left < len(nodes) and 0 < right < len(nodes)):
            raise ValueError("calibration tree points outside itself")


def prior() -> Calibration:
    """Used only when calibration.json is missing or unreadable: the grade grows with coverage
    and essential coverage, one step per signal."""
    return Calibration(
        0.0,
        (
            ((0, 0.5, 1, 2, 1.5), (-1, 0.0, 0, 0, 0.5), (-1, 0.0, 0, 0, 2.5)),
            ((1, 0.5, 1, 2, 1.0), (-1, 0.0, 0, 0, 0.5), (-1, 0.0, 0, 0, 1.5)),
        ),
        "prior (no fitted calibration shipped)",
    )


def shipped() -> Calibration:
    """The calibration shipped with the package (read once)."""
    return shipped_data("calibration.json", Calibration.from_dict, prior)


def from_sklearn(model: object, fitted_on: str) -> Calibration:
    """The trees of a fitted HistGradientBoostingRegressor, as data.

    Internal node values are recomputed as the sample-weighted mean of their leaves, so that
    the contributions of `Calibration.explain` add up exactly."""
    trees = []
    for (predictor,) in model._predictors:  # type: ignore[attr-defined]
        raw = predictor.nodes
        values = _leaf_means(raw)
        tree = []
        for i, node in enumerate(raw):
            feature = -1 if node["is_leaf"] else int(node["feature_idx"])
            tree.append(
                (
                    feature,
                    round(float(node["num_threshold"]), 6) if feature >= 0 else 0.0,
                    int(node["left"]) if feature >= 0 else 0,
                    int(node["right"]) if feature >= 0 else 0,
                    round(values[i], 6),
                )
            )
        trees.append(tuple(tree))
    baseline = float(model._baseline_prediction.ravel()[0])  # type: ignore[attr-defined]
    return Calibration(round(baseline, 6), tuple(trees), fitted_on)


def _leaf_means(raw: Sequence[Any]) -> dict[int, float]:
    """Each node's value as the sample-weighted mean of the leaves below it."""
    values: dict[int, tuple[float, float]] = {}

    def visit(i: int) -> tuple[float, float]:
        node = raw[i]
        if node["is_leaf"]:
            result = (float(node["value"]), float(max(1, node["count"])))
        else:
            lv, lc = visit(int(node["left"]))
            rv, rc = visit(int(node["right"]))
            result = ((lv * lc + rv * rc) / (lc + rc), lc + rc)
        values[i] = result
        return result

    visit(0)
    return {i: v for i, (v, _) in values.items()}
