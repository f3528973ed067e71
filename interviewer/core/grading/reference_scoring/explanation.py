"""Reference mode's explanation: the points each signal of the blend gives, as score parts."""

from __future__ import annotations

from ..prepared import PreparedQuestion
from ..result import REFERENCE_BASE, ScorePart
from ..scoring import FULL_SIMILARITY
from .blend import ReferenceBlend
from .signals import ReferenceSignals


def signal_parts(
    blend: ReferenceBlend, best: ReferenceSignals, prepared: PreparedQuestion
) -> list[ScorePart]:
    """The base, similarity and coverage parts, then each other signal that gives or takes
    points (to a tenth of a point)."""
    points = blend.points(best)
    word_cos, char_cos = best.cosines
    what = "key terms" if prepared.key_terms == "derived" else "concepts"
    credited = sum(1 for f in best.findings if f.status == "credited")
    parts = [
        ScorePart("base", 1.0, round(blend.base, 1), REFERENCE_BASE),
        ScorePart(
            "similarity",
            round(best.similarity, 3),
            round(points["similarity"], 1),
            f"TF-IDF similarity to the closest reference: words {word_cos:.2f}, characters "
            f"{char_cos:.2f} without the question's words; full credit at {FULL_SIMILARITY:.2f}",
        ),
        ScorePart(
            "coverage",
            round(best.coverage, 3),
            round(points["coverage"], 1),
            f"{credited} of {len(best.findings)} {what} detected",
        ),
    ]
    optional = (
        ("precision", best.precision, "share of the answer's own words the reference uses too"),
        (
            "length",
            best.length,
            f"{best.answer_words} content words against the reference's {best.reference_words}",
        ),
        (
            "negation",
            1.0,
            "a short answer that negates what the closest reference states, or the reverse",
        ),
        ("too_short", 1.0, "very short answer"),
        ("references", float(best.references), "the best of several references"),
    )
    for name, value, detail in optional:
        if round(points[name], 1) != 0:
            parts.append(ScorePart(name, round(value, 3), round(points[name], 1), detail))
    return parts
