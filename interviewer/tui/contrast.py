"""Colours that stay readable in every theme: a theme's own colour, darkened or lightened just
enough to reach the WCAG AA contrast ratio against the backgrounds it is shown on, in a
truecolor terminal and in a 256-colour one (tmux's default, macOS Terminal)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color, ColorParseError

READABLE = 4.5
"""WCAG AA contrast ratio for normal text."""
VISIBLE = 3.0
"""WCAG AA contrast ratio for the parts of a control (1.4.11), such as a checkbox's box."""
DIVIDER = 2.0
"""Contrast of a rule between panes on the background: seen, not read. The dark theme's
`$panel-lighten-2` is 2.25:1 (kept as it is); the light theme's was 1.26:1, white on light
grey, so its panes ran together (play49)."""


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: Color) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def in_256_colours(color: Color) -> Color:
    """`color` as a 256-colour terminal shows it: Textual (through Rich) picks the nearest
    of the palette, which moved the light theme's footer keys from 4.8:1 to 3.8:1."""
    triplet = RichColor.from_rgb(color.r, color.g, color.b).downgrade(ColorSystem.EIGHT_BIT)
    red, green, blue = triplet.get_truecolor()
    return Color(red, green, blue)


def worst_contrast(color: Color, backgrounds: Iterable[Color]) -> float:
    """The lowest contrast of `color` on the backgrounds, in truecolor and in 256 colours."""
    return min(
        min(contrast(color, ground), contrast(in_256_colours(color), in_256_colours(ground)))
        for ground in backgrounds
    )


def readable(color: Color, backgrounds: Iterable[Color], minimum: float = READABLE) -> Color:
    """`color` itself when it reaches `minimum` on every background (in truecolor and in 256
    colours); else the same hue darkened (on light backgrounds) or lightened (on dark ones) in
    small steps until it does, or as far as it goes."""
    grounds = list(backgrounds)
    light = sum(b.brightness for b in grounds) / len(grounds) > 0.5
    if worst_contrast(color, grounds) >= minimum:
        return color
    shade = color
    for step in range(1, 21):
        shade = color.darken(step * 0.025) if light else color.lighten(step * 0.025)
        if worst_contrast(shade, grounds) >= minimum:
            break
    return shade


def readable_variables(variables: dict[str, str]) -> dict[str, str]:
    """The app's own CSS variables for a theme's variables: `$readable-success` and
    `$readable-warning` (covered and missed concepts, strong and weak scores), `$unticked-box`
    (an unticked topic's box, visible on every background of the theme), `$divider` (a rule
    between panes, `DIVIDER`), and the footer's key colour where the theme's is too faint on
    its footer."""
    extra = {}
    grounds = [_colour(variables, name) for name in ("background", "surface", "panel")]
    known = [ground for ground in grounds if ground is not None]
    for name in ("success", "warning"):
        text = _colour(variables, f"text-{name}") or _colour(variables, name)
        if text is not None and known:
            extra[f"readable-{name}"] = readable(text, known).hex
        else:
            extra[f"readable-{name}"] = variables.get(f"text-{name}", variables.get(name, "red"))
    panel = _colour(variables, "panel")
    if panel is not None and known:
        # an unticked topic's box: the theme's panel colour was 251 on 252 in the light theme
        # (play24 D8), so it is shaded until it stands out from the list as a control should
        extra["unticked-box"] = readable(panel, known, VISIBLE).hex
    else:
        extra["unticked-box"] = variables.get("foreground-muted", "grey")
    rule = _colour(variables, "panel-lighten-2")
    background = _colour(variables, "background")
    if rule is not None and background is not None:
        extra["divider"] = readable(rule, [background], DIVIDER).hex
    else:
        extra["divider"] = variables.get("panel-lighten-2", "grey")
    key = _colour(variables, "footer-key-foreground")
    footer = _colour(variables, "footer-background")
    if key is not None and footer is not None:
        extra["footer-key-foreground"] = readable(key, [footer]).hex
    return extra


def _colour(variables: dict[str, str], name: str) -> Color | None:
    """A variable as an opaque colour; None when missing or not a plain colour ("auto 60%")."""
    try:
        colour = Color.parse(variables[name])
    except (KeyError, ColorParseError):
        return None
    return colour if colour.a == 1 else None
