"""The TF-IDF feature space: ids of fitted and unseen features."""

from __future__ import annotations

from interviewer.core.grading.similarity import fit_idf


def test_an_unseen_feature_keeps_one_id_above_the_fitted_ones():
    space = fit_idf([["attention", "heads"], ["attention", "softmax"]])
    fitted = space.ids(["attention", "heads", "softmax"])
    assert sorted(fitted) == [0, 1, 2]
    first = space.ids(["gradient", "attention", "gradient", "noise"])
    assert first[0] == first[2] > space.size
    assert first[1] == fitted[0]
    assert first[3] not in (first[0], *fitted)
    assert space.ids(["noise", "gradient"]) == [first[3], first[0]]
    assert space.idf.size > max(first)
    assert space.idf[first[3]] == space.unseen


def test_forgetting_drops_the_unseen_ids_only():
    space = fit_idf([["attention", "heads"]])
    space.ids(["gradient"])
    space._overflow.update({f"f{i}": space.size + 2 + i for i in range(500_001)})
    space._known.update(space._overflow)
    assert space.forget()
    assert space.ids(["attention", "heads"]) == [
        space.vocabulary[w] for w in ("attention", "heads")
    ]
    assert space.ids(["noise"]) == [space.size + 1]
