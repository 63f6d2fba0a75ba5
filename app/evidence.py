"""The evidence viewer's pieces: a passage with its supporting sentences marked, a PDF page drawn.

Kept apart from the Streamlit script so that they can be tested as plain functions. Passage text
is untrusted: every character of it is HTML-escaped, and the only markup is this module's own
``<mark>`` and ``<div>`` elements.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from signalbox.agents import segments
from signalbox.agents.events import Citation, Span

RENDER_SCALE = 1.6
"""Page pixels per PDF point: a readable A4 page (about 950 px wide) in a large dialog."""
HIGHLIGHT = (255, 214, 0, 110)
"""Translucent yellow over the supporting text on a page image."""
PASSAGE_STYLE = (
    "white-space: pre-wrap; font-family: inherit; line-height: 1.6; padding: 0.75rem; "
    "border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 0.5rem;"
)
MARK_STYLE = "background: #ffe066; color: #1a1a1a; padding: 0 0.1em; border-radius: 0.2em;"
_SPACE = re.compile(r"\s+")


def reflowed(text: str) -> str:
    """``text`` with line breaks inside a sentence (PDF layout, hard wraps) turned into spaces.

    Each break is replaced by one space, so the text keeps its length and every span's offsets.
    """
    characters = list(text)
    for piece in segments(text):
        for index in range(piece.start, piece.end):
            if characters[index] == "\n":
                characters[index] = " "
    return "".join(characters)


def merged(spans: Sequence[Span], length: int) -> list[tuple[int, int]]:
    """The spans as sorted, non-overlapping ranges within ``[0, length]``."""
    ranges = sorted(
        (max(0, span.start), min(length, span.end)) for span in spans if span.start < span.end
    )
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if start >= end:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def highlighted_html(text: str, spans: Sequence[Span]) -> str:
    """The passage as escaped HTML, its spans wrapped in ``<mark>``; line breaks kept as written."""
    shown = reflowed(text)
    parts: list[str] = []
    position = 0
    for start, end in merged(spans, len(shown)):
        parts.append(html.escape(shown[position:start]))
        parts.append(f'<mark style="{MARK_STYLE}">{html.escape(shown[start:end])}</mark>')
        position = end
    parts.append(html.escape(shown[position:]))
    return f'<div class="signalbox-passage" style="{PASSAGE_STYLE}">{"".join(parts)}</div>'


@dataclass(frozen=True)
class PageImage:
    """A rendered PDF page and how many pieces of the supporting text were found on it."""

    image: Image.Image
    highlighted: int


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and for each kept character its index in ``text``."""
    kept = [(index, char) for index, char in enumerate(text) if not char.isspace()]
    return "".join(char for _, char in kept), [index for index, _ in kept]


def find_on_page(page_text: str, wanted: str) -> list[tuple[int, int]]:
    """Character ranges of ``page_text`` that hold ``wanted``, whitespace and line breaks ignored.

    The whole text is looked for first; failing that (a passage cleaned differently from the
    page's own text), each of its lines on its own.
    """
    squeezed, positions = _squeezed(page_text)
    found: list[tuple[int, int]] = []
    for piece in [wanted, *wanted.splitlines()]:
        needle = _SPACE.sub("", piece)
        if len(needle) < 4:
            continue
        at = squeezed.find(needle)
        if at >= 0:
            found.append((positions[at], positions[at + len(needle) - 1] + 1))
            if piece is wanted:
                return found
    return found


def render_page(path: Path, page_number: int, supporting: Sequence[str]) -> PageImage:
    """Page ``page_number`` (1-based) of the PDF as an image, the supporting texts boxed in yellow.

    PDFium renders locally; nothing is fetched. Character boxes come from the page's own text
    layer, so a text the page does not hold is simply not boxed.
    """
    document = pdfium.PdfDocument(path)
    try:
        page = document[page_number - 1]
        text_page = page.get_textpage()
        page_text = text_page.get_text_range()
        _, height = page.get_size()
        image = page.render(scale=RENDER_SCALE).to_pil().convert("RGBA")
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        highlighted = 0
        for wanted in supporting:
            for start, end in find_on_page(page_text, wanted):
                highlighted += 1
                for index in range(text_page.count_rects(start, end - start)):
                    left, bottom, right, top = text_page.get_rect(index)
                    draw.rectangle(
                        (
                            left * RENDER_SCALE - 1,
                            (height - top) * RENDER_SCALE - 1,
                            right * RENDER_SCALE + 1,
                            (height - bottom) * RENDER_SCALE + 1,
                        ),
                        fill=HIGHLIGHT,
                    )
        return PageImage(Image.alpha_composite(image, overlay).convert("RGB"), highlighted)
    finally:
        document.close()


def supporting_texts(citation: Citation) -> list[str]:
    """The passage's text under each of the citation's spans."""
    return [citation.text[span.start : span.end] for span in citation.spans]
