"""Which runs of a Word document a reader sees: hidden, white-on-white and tiny runs are dropped.

Word hides text with the Hidden font effect (``w:vanish``), with a colour equal to the page, and with
a size too small to read. A run's look is its direct formatting, then its character style, then its
paragraph's style, then the document defaults (each style through its ``basedOn`` chain), as Word
resolves it. The colour is judged against what the text is drawn on: the run's shading or
highlight, else the paragraph's shading, else the table cell's, else the white page. So white text
in a dark table header is kept, black text on black shading is not, and ``auto`` (black or white,
whichever reads) is always visible.

Theme colours are taken at the value Word writes next to them (``w:val``); the effect toggles are
read as plain on/off rather than XOR-ed through the style chain (a style that re-hides hidden text).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from docx.styles import BabelFish

from signalbox.tools.knowledge.visibility import MIN_CONTRAST, contrast, text_length

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_HALF_POINTS = 2
"""Runs of 1 pt or less cannot be read."""
_HIGHLIGHTS = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF",
    "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080",
    "darkCyan": "008080", "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000",
    "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip
_WHITE_THEME = frozenset({"background1", "light1"})
_OFF = frozenset({"false", "0", "off"})
_STYLE_DEPTH = 20


@dataclass(frozen=True)
class _Look:
    """The run properties that decide visibility; None where this level does not set them."""

    hidden: bool | None = None
    color: str | None = None
    """``RRGGBB`` or ``auto``."""
    half_points: int | None = None
    fill: str | None = None
    """The run's own background (shading or highlight) as ``RRGGBB``."""

    def over(self, other: _Look) -> _Look:
        """Lay this look over ``other``: what it leaves unset comes from ``other``."""
        return _Look(
            *(
                getattr(self, item.name)
                if getattr(self, item.name) is not None
                else getattr(other, item.name)
                for item in fields(self)
            )
        )


def _attr(element: Any, name: str) -> str | None:
    if element is None:
        return None
    value = element.get(f"{_W}{name}")
    return None if value is None else str(value)


def _shading(parent: Any) -> str | None:
    """The background a ``w:shd`` paints: its fill, or its pattern colour when the pattern is solid."""
    shading = parent.find(f"{_W}shd") if parent is not None else None
    if shading is None:
        return None
    color = _attr(shading, "color") if _attr(shading, "val") == "solid" else _attr(shading, "fill")
    return None if color in (None, "auto") else color


def _hex(value: str | None) -> tuple[float, float, float] | None:
    if value is None or len(value) != 6:
        return None
    try:
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)
    except ValueError:
        return None


def _look(rpr: Any) -> _Look:
    if rpr is None:
        return _Look()
    vanish = rpr.find(f"{_W}vanish")
    color = rpr.find(f"{_W}color")
    color_value = _attr(color, "val")
    if color_value is None and _attr(color, "themeColor") in _WHITE_THEME:
        color_value = "FFFFFF"
    size = _attr(rpr.find(f"{_W}sz"), "val")
    highlight = _attr(rpr.find(f"{_W}highlight"), "val")
    return _Look(
        hidden=None if vanish is None else (_attr(vanish, "val") or "true") not in _OFF,
        color=color_value,
        half_points=int(size) if size and size.isdigit() else None,
        fill=_shading(rpr) or _HIGHLIGHTS.get(highlight or ""),
    )


class RunFilter:
    """Rebuilds paragraph text from the runs a reader sees, counting the characters dropped."""

    def __init__(self, document: Document) -> None:
        styles = document.styles.element
        self._styles: dict[str, tuple[Any, str | None]] = {}
        self._paragraph_names: dict[str, str] = {}
        self._default_paragraph_style: str | None = None
        for style in styles.findall(f"{_W}style"):
            style_id = _attr(style, "styleId")
            if style_id is None:
                continue
            self._styles[style_id] = (
                style.find(f"{_W}rPr"),
                _attr(style.find(f"{_W}basedOn"), "val"),
            )
            if _attr(style, "type") not in (None, "paragraph"):
                continue
            name = _attr(style.find(f"{_W}name"), "val") or ""
            self._paragraph_names[style_id] = BabelFish.internal2ui(name)
            if _attr(style, "default") in ("1", "true"):
                self._default_paragraph_style = style_id  # the last default wins, as in the spec
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self._defaults = _look(defaults)
        self._resolved: dict[str | None, _Look] = {None: _Look()}

    def _style(self, style_id: str | None) -> _Look:
        """A style's look through its ``basedOn`` chain (cycles and deep chains cut short)."""
        if style_id in self._resolved:
            return self._resolved[style_id]
        chain: list[Any] = []
        current = style_id
        while current in self._styles and len(chain) < _STYLE_DEPTH:
            rpr, current = self._styles[current]
            chain.append(rpr)
        look = _Look()
        for rpr in chain:
            look = look.over(_look(rpr))
        self._resolved[style_id] = look
        return look

    def _paragraph_style(self, paragraph: Paragraph) -> str | None:
        """The paragraph's style id, or the default's when it names none (or none that exists)."""
        ppr = paragraph._p.find(f"{_W}pPr")
        style_id = _attr(ppr.find(f"{_W}pStyle"), "val") if ppr is not None else None
        return style_id if style_id in self._paragraph_names else self._default_paragraph_style

    def style_name(self, paragraph: Paragraph) -> str:
        """The paragraph style's name, as python-docx's ``paragraph.style.name`` gives it.

        Read from the styles parsed once: python-docx's ``paragraph.style`` scans every style of
        the document for each paragraph (over a millisecond each: minutes on a large document).
        """
        return self._paragraph_names.get(self._paragraph_style(paragraph) or "", "")

    def visible_text(self, paragraph: Paragraph, cell_fill: str | None = None) -> tuple[str, int]:
        """The paragraph's text without unseen runs, and the number of characters left out."""
        p = paragraph._p
        ppr = p.find(f"{_W}pPr")
        inherited = self._style(self._paragraph_style(paragraph)).over(self._defaults)
        background = _shading(ppr) or cell_fill or "FFFFFF"
        kept, dropped = [], 0
        for run in p.xpath("w:r | w:hyperlink/w:r"):
            rpr = run.find(f"{_W}rPr")
            character_style = _attr(rpr.find(f"{_W}rStyle"), "val") if rpr is not None else None
            look = _look(rpr).over(self._style(character_style)).over(inherited)
            text = run.text
            if self._seen(look, background):
                kept.append(text)
            else:
                dropped += text_length(text)
        return "".join(kept), dropped

    def cell_text(self, cell: _Cell) -> tuple[str, int]:
        """A table cell's paragraphs, as python-docx joins them, without unseen runs."""
        fill = _shading(cell._tc.find(f"{_W}tcPr"))
        texts, dropped = [], 0
        for paragraph in cell.paragraphs:
            text, count = self.visible_text(paragraph, fill)
            texts.append(text)
            dropped += count
        return "\n".join(texts), dropped

    @staticmethod
    def _seen(look: _Look, background: str) -> bool:
        if look.hidden or (look.half_points is not None and look.half_points <= MAX_HALF_POINTS):
            return False
        text_color, drawn_on = _hex(look.color), _hex(look.fill or background)
        if text_color is None or drawn_on is None:
            return True
        return contrast(text_color, drawn_on) >= MIN_CONTRAST
