"""Which HTML text a reader of the rendered page can see, decided without a layout engine.

Hidden instructions hide with CSS: ``display:none``, white or transparent text, tiny fonts, off-screen
or clipped boxes. A page is walked top-down once; each element's view is its parent's view plus its
own declarations (legacy presentational attributes, the simple rules of the page's ``<style>``
sheets, the inline ``style``), cascaded by importance, origin, specificity and order. Inherited
properties (colour, font size, visibility, opacity) follow the tree as in a browser, and text counts
as unreadable when its colour is too close to the background it is drawn on, so white text on a
dark box is kept while white on the default white page is not.

tinycss2 (Kozea's parser, the one WeasyPrint uses) does the CSS syntax: tokenising it right
(comments, escapes, ``!important``, every colour syntax of CSS Color 4) is what keeps
``display:/**/none`` and ``rgb(255 255 255)`` from slipping past a hand-written pattern.

Left out on purpose: complex selectors (descendants, attributes, pseudo-classes), ``@media`` rules,
custom properties (``var()``), background images (the colour under them counts), and layout (an
element covered by another stays visible).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import tinycss2
import tinycss2.color4
from tinycss2.ast import Declaration, FunctionBlock, Node

RGBA = tuple[float, float, float, float]
RGB = tuple[float, float, float]

MIN_CONTRAST = 1.25
"""Below this WCAG contrast ratio text is unreadable: #e6e6e6 on white is 1.24, #ddd is 1.35."""
MIN_FONT_PX = 2.0
"""Text smaller than 2 px (1.5 pt) cannot be read."""
MIN_OPACITY = 0.02
OFF_SCREEN_PX = -1000.0
"""A box moved this far left or up (``left:-9999px``, ``text-indent:-999em``) is off the page."""
MAX_BOX_PX = 1.0
"""A box this small that hides its overflow (``height:0``, screen-reader-only tricks) shows nothing."""

_RELEVANT = frozenset(
    """display visibility content-visibility opacity color background background-color font
    font-size position left right top text-indent margin-left transform clip clip-path overflow
    overflow-x overflow-y width height max-width max-height""".split()
)
_SHORTHANDS = {"background": "background-color", "font": "font-size"}
_ABSOLUTE_PX = {
    "px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 9.6 / 2.54,
    "q": 2.4 / 2.54, "vw": 12.8, "vh": 8.0, "vmin": 8.0, "vmax": 12.8,
}  # fmt: skip
"""CSS pixels per unit; viewport units for a 1280 × 800 window."""
_FONT_KEYWORDS = {
    "xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
    "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0,
}  # fmt: skip
_SIMPLE_SELECTOR = re.compile(r"(\*|[a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)")
_SELECTOR_PART = re.compile(r"([.#])([\w-]+)")
_LEGACY_HEX = re.compile(r"[0-9a-fA-F]{6}")
_WHITESPACE = re.compile(r"\s+")


def text_length(text: str) -> int:
    """Characters of text with each whitespace run counted as one: how dropped text is counted."""
    return len(_WHITESPACE.sub(" ", text).strip())


@dataclass(frozen=True)
class View:
    """The inherited rendering state that decides whether an element's own text can be read."""

    color: RGBA
    background: RGB
    """The opaque colour the text is drawn on."""
    font_px: float
    visible: bool
    """The CSS ``visibility`` property."""
    opacity: float
    """The product of the element's and its ancestors' opacity."""

    @cached_property
    def text_hidden(self) -> bool:
        """True when this element's own text cannot be read."""
        if not self.visible or self.font_px < MIN_FONT_PX:
            return True
        alpha = self.color[3] * self.opacity
        drawn = _blend(self.color[:3], self.background, alpha)
        return contrast(drawn, self.background) < MIN_CONTRAST


PAGE = View(
    color=(0.0, 0.0, 0.0, 1.0), background=(1.0, 1.0, 1.0), font_px=16.0, visible=True, opacity=1.0
)
"""A browser's defaults: black 16 px text on a white page."""


def _blend(top: RGB, bottom: RGB, alpha: float) -> RGB:
    return (
        top[0] * alpha + bottom[0] * (1 - alpha),
        top[1] * alpha + bottom[1] * (1 - alpha),
        top[2] * alpha + bottom[2] * (1 - alpha),
    )


def _luminance(rgb: RGB) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: RGB, second: RGB) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def parse_color(value: str | Node) -> RGBA | str | None:
    """A CSS colour in any syntax as sRGB with alpha, ``"currentcolor"``, or None when not a colour."""
    try:
        color = tinycss2.color4.parse_color(value)
    except (ValueError, TypeError, ArithmeticError):
        return None
    if color is None or isinstance(color, str):
        return color
    if color.alpha == 0:
        return (0.0, 0.0, 0.0, 0.0)
    try:
        srgb = color.to("srgb")
    except (NotImplementedError, ValueError, ArithmeticError):
        return None  # Lab, Oklab… a colour tinycss2 cannot convert: not judged
    red, green, blue = (min(max(float(channel), 0.0), 1.0) for channel in srgb.coordinates)
    return (red, green, blue, min(max(float(color.alpha), 0.0), 1.0))


def _values(declaration: Declaration) -> list[Node]:
    return [token for token in declaration.value if token.type not in ("whitespace", "comment")]


def _ident(tokens: Sequence[Node]) -> str | None:
    if tokens and tokens[0].type == "ident":
        return str(tokens[0].lower_value)
    return None


def _px(token: Node, font_px: float) -> float | None:
    """A length in CSS pixels; None for what needs layout (percentages of boxes, ``calc()``)."""
    if token.type == "number" and token.value == 0:
        return 0.0
    if token.type != "dimension":
        return None
    unit = token.lower_unit
    if unit in _ABSOLUTE_PX:
        return float(token.value) * _ABSOLUTE_PX[unit]
    if unit in ("em", "ex", "ch"):
        return float(token.value) * font_px * (1.0 if unit == "em" else 0.5)
    if unit == "rem":
        return float(token.value) * PAGE.font_px
    return None


def _font_px(tokens: Sequence[Node], parent_px: float) -> float | None:
    if not tokens:
        return None
    token = tokens[0]
    if token.type == "percentage":
        return float(token.value) * parent_px / 100
    if token.type == "ident":
        if token.lower_value == "smaller":
            return parent_px / 1.2
        if token.lower_value == "larger":
            return parent_px * 1.2
        return _FONT_KEYWORDS.get(token.lower_value)
    return _px(token, parent_px)


def _shorthand_font_px(tokens: Sequence[Node], parent_px: float) -> float | None:
    """The size inside ``font: italic bold 12px/30px Georgia`` (or the ``font: 0/0 a`` trick)."""
    for token in tokens:
        if token.type in ("dimension", "percentage") or (
            token.type == "number" and token.value == 0
        ):
            return _font_px([token], parent_px)
        if token.type == "ident" and token.lower_value in _FONT_KEYWORDS:
            return _FONT_KEYWORDS[token.lower_value]
    return None


def _opacity(tokens: Sequence[Node]) -> float | None:
    if tokens and tokens[0].type == "number":
        return min(max(float(tokens[0].value), 0.0), 1.0)
    if tokens and tokens[0].type == "percentage":
        return min(max(float(tokens[0].value) / 100, 0.0), 1.0)
    return None


def _color(tokens: Sequence[Node]) -> RGBA | str | None:
    return parse_color(tokens[0]) if len(tokens) == 1 else None


def _background(declared: Mapping[str, list[Node]]) -> RGBA | str | None:
    if "background-color" in declared:
        return _color(declared["background-color"])
    for token in declared.get("background", ()):
        if (color := parse_color(token)) is not None:
            return color
    if _ident(declared.get("background", [])) == "none":
        return (0.0, 0.0, 0.0, 0.0)
    return None


def _function_lengths(token: FunctionBlock, font_px: float) -> list[float | None]:
    return [
        _px(argument, font_px)
        for argument in token.arguments
        if argument.type not in ("whitespace", "comment", "literal")
    ]


def _clipped(declared: Mapping[str, list[Node]], positioned: bool, font_px: float) -> bool:
    """``clip: rect(0 0 0 0)`` on an absolute box, or ``clip-path: inset(50%)`` / ``circle(0)``."""
    clip = declared.get("clip", [])
    if positioned and clip and isinstance(clip[0], FunctionBlock) and clip[0].lower_name == "rect":
        sides = _function_lengths(clip[0], font_px)
        if len(sides) == 4:
            top, right, bottom, left = sides
            if right is not None and left is not None and right - left <= MAX_BOX_PX:
                return True
            if bottom is not None and top is not None and bottom - top <= MAX_BOX_PX:
                return True
    path = declared.get("clip-path", [])
    if path and isinstance(path[0], FunctionBlock):
        arguments = [a for a in path[0].arguments if a.type not in ("whitespace", "comment")]
        first = arguments[0] if arguments else None
        if path[0].lower_name == "inset" and first is not None and first.type == "percentage":
            return float(first.value) >= 50
        if path[0].lower_name == "circle" and first is not None:
            return _px(first, font_px) == 0 or (first.type == "percentage" and first.value == 0)
    return False


def _off_screen(declared: Mapping[str, list[Node]], positioned: bool, font_px: float) -> bool:
    """Moved a thousand pixels or more off the page, by offsets, indent, margin or transform."""
    sides = ("left", "right", "top") if positioned else ()
    for name in (*sides, "text-indent", "margin-left"):
        tokens = declared.get(name, [])
        if tokens and (length := _px(tokens[0], font_px)) is not None and length <= OFF_SCREEN_PX:
            return True
    for token in declared.get("transform", []):
        if not isinstance(token, FunctionBlock):
            continue
        if token.lower_name.startswith("translate"):
            lengths = _function_lengths(token, font_px)
            if any(length is not None and length <= OFF_SCREEN_PX for length in lengths[:2]):
                return True
        elif token.lower_name.startswith("scale"):
            numbers = [a.value for a in token.arguments if a.type == "number"]
            if any(number == 0 for number in numbers):
                return True
    return False


def _collapsed(declared: Mapping[str, list[Node]], font_px: float) -> bool:
    """A box of at most a pixel that hides what overflows it (``height:0;overflow:hidden``)."""
    overflow = {_ident(declared.get(name, [])) for name in ("overflow", "overflow-x", "overflow-y")}
    if not overflow & {"hidden", "clip"}:
        return False
    for name in ("height", "max-height", "width", "max-width"):
        tokens = declared.get(name, [])
        if tokens and (length := _px(tokens[0], font_px)) is not None and length <= MAX_BOX_PX:
            return True
    return False


def _box_hidden(declared: Mapping[str, list[Node]], font_px: float, opacity: float) -> bool:
    if _ident(declared.get("display", [])) == "none":
        return True
    if _ident(declared.get("content-visibility", [])) == "hidden" or opacity <= MIN_OPACITY:
        return True
    position = _ident(declared.get("position", []))
    positioned = position in ("absolute", "fixed", "relative", "sticky")
    return (
        _clipped(declared, position in ("absolute", "fixed"), font_px)
        or _off_screen(declared, positioned, font_px)
        or _collapsed(declared, font_px)
    )


@dataclass(frozen=True)
class _Rule:
    tag: str | None
    element_id: str | None
    classes: frozenset[str]
    specificity: tuple[int, int, int]
    order: int
    declarations: tuple[Declaration, ...]


def _relevant(declarations: Iterable[Node]) -> tuple[Declaration, ...]:
    return tuple(
        item
        for item in declarations
        if isinstance(item, Declaration) and item.lower_name in _RELEVANT
    )


class Stylesheet:
    """The rules of a page's ``<style>`` sheets whose selectors are simple enough to match cheaply.

    Type, class and id selectors and their compounds (``p.note``, ``.a.b``, ``div#x``) are kept,
    indexed by their most specific part, so matching an element looks only at rules that name its
    id, one of its classes or its tag. Other selectors and at-rules are ignored.
    """

    def __init__(self, sheets: Iterable[str] = ()) -> None:
        self._index: dict[str, list[_Rule]] = {}
        order = 0
        for css in sheets:
            for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
                if rule.type != "qualified-rule":
                    continue
                declarations = _relevant(
                    tinycss2.parse_declaration_list(
                        rule.content, skip_comments=True, skip_whitespace=True
                    )
                )
                if not declarations:
                    continue
                for selector in tinycss2.serialize(rule.prelude).split(","):
                    order += 1
                    self._add(selector.strip(), order, declarations)

    def __bool__(self) -> bool:
        return bool(self._index)

    def _add(self, selector: str, order: int, declarations: tuple[Declaration, ...]) -> None:
        match = _SIMPLE_SELECTOR.fullmatch(selector)
        if not selector or match is None:
            return
        tag = match.group(1).lower() if match.group(1) and match.group(1) != "*" else None
        parts = _SELECTOR_PART.findall(match.group(2))
        ids = [name for kind, name in parts if kind == "#"]
        classes = frozenset(name for kind, name in parts if kind == ".")
        if len(ids) > 1:
            return
        rule = _Rule(
            tag,
            ids[0] if ids else None,
            classes,
            (len(ids), len(classes), 1 if tag else 0),
            order,
            declarations,
        )
        key = f"#{ids[0]}" if ids else f".{min(classes)}" if classes else tag or "*"
        self._index.setdefault(key, []).append(rule)

    def matching(
        self, tag: str, element_id: str | None, classes: Sequence[str]
    ) -> list[tuple[tuple[int, int, int], int, Declaration]]:
        """(specificity, order, declaration) of every rule that applies to the element."""
        keys = {tag, "*", *(f".{name}" for name in classes)}
        if element_id:
            keys.add(f"#{element_id}")
        class_set = frozenset(classes)
        found = []
        for key in keys:
            for rule in self._index.get(key, ()):
                if (
                    (rule.tag is None or rule.tag == tag)
                    and (rule.element_id is None or rule.element_id == element_id)
                    and rule.classes <= class_set
                ):
                    found += [(rule.specificity, rule.order, item) for item in rule.declarations]
        return found


def _presentational(tag: str, attrs: Mapping[str, object]) -> list[Declaration]:
    """``<font color=white>`` and ``bgcolor``: the old way, still honoured by every browser."""
    pairs = []
    if tag == "font" and "color" in attrs:
        pairs.append(("color", str(attrs["color"])))
    if "bgcolor" in attrs:
        pairs.append(("background-color", str(attrs["bgcolor"])))
    declarations = []
    for name, value in pairs:
        value = value.strip()
        if _LEGACY_HEX.fullmatch(value):
            value = f"#{value}"
        parsed = tinycss2.parse_one_declaration(f"{name}: {value}")
        if isinstance(parsed, Declaration):
            declarations.append(parsed)
    return declarations


def _classes(attrs: Mapping[str, object]) -> list[str]:
    value = attrs.get("class")
    if isinstance(value, str):
        return value.split()
    return [str(name) for name in value] if isinstance(value, list | tuple) else []


def _declared(tag: str, attrs: Mapping[str, object], sheet: Stylesheet) -> dict[str, list[Node]]:
    """The winning value of each relevant property: importance, then origin, specificity, order."""
    ranked: list[tuple[tuple[bool, int, tuple[int, int, int], int], Declaration]] = [
        ((False, 0, (0, 0, 0), 0), item) for item in _presentational(tag, attrs)
    ]
    if sheet:
        element_id = attrs.get("id")
        for specificity, order, item in sheet.matching(
            tag, str(element_id) if element_id else None, _classes(attrs)
        ):
            ranked.append(((item.important, 1, specificity, order), item))
    if style := attrs.get("style"):
        for position, item in enumerate(
            _relevant(
                tinycss2.parse_declaration_list(
                    str(style), skip_comments=True, skip_whitespace=True
                )
            )
        ):
            ranked.append(((item.important, 2, (0, 0, 0), position), item))
    ranked.sort(key=lambda pair: pair[0])
    declared: dict[str, list[Node]] = {}
    for _, item in ranked:
        if item.lower_name in _SHORTHANDS:  # a later shorthand resets what its longhand said
            declared.pop(_SHORTHANDS[item.lower_name], None)
        declared[item.lower_name] = _values(item)
    return declared


def element_view(
    parent: View, tag: str, attrs: Mapping[str, object], sheet: Stylesheet
) -> View | None:
    """The element's view, or None when nothing inside it is shown (its box is hidden or gone)."""
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return None
    if not sheet and "style" not in attrs and "bgcolor" not in attrs and tag != "font":
        return parent
    declared = _declared(tag, attrs, sheet)
    if not declared:
        return parent
    font_px = _font_size(parent, declared)
    own_opacity = _opacity(declared.get("opacity", []))
    opacity = parent.opacity * (1.0 if own_opacity is None else own_opacity)
    if _box_hidden(declared, font_px, opacity):
        return None
    return replace(
        parent,
        color=_inherited_color(parent, declared),
        background=_drawn_background(parent, declared),
        font_px=font_px,
        visible=_visibility(parent, declared),
        opacity=opacity,
    )


def _font_size(parent: View, declared: Mapping[str, list[Node]]) -> float:
    if "font-size" in declared:
        size = _font_px(declared["font-size"], parent.font_px)
    else:
        size = _shorthand_font_px(declared.get("font", []), parent.font_px)
    return parent.font_px if size is None else size


def _inherited_color(parent: View, declared: Mapping[str, list[Node]]) -> RGBA:
    color = _color(declared.get("color", []))
    return color if isinstance(color, tuple) else parent.color


def _drawn_background(parent: View, declared: Mapping[str, list[Node]]) -> RGB:
    background = _background(declared)
    if background == "currentcolor":
        background = _inherited_color(parent, declared)
    if not isinstance(background, tuple):
        return parent.background
    return _blend(background[:3], parent.background, background[3])


def _visibility(parent: View, declared: Mapping[str, list[Node]]) -> bool:
    value = _ident(declared.get("visibility", []))
    if value in ("hidden", "collapse"):
        return False
    return True if value == "visible" else parent.visible
