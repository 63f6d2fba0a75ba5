"""PowerPoint decks (PPTX) to Markdown-like text, one page per slide.

Each slide is one page, numbered as PowerPoint numbers it, so a citation names the slide; its title
is a ``#`` heading, then its text frames and tables in the order of the slide's shapes (groups
opened), then its speaker notes under a ``## Speaker notes`` heading, since notes often say what
the slide only hints at. Hidden slides keep their number but give no text, and shapes hidden in the
selection pane are left out; their characters are counted as hidden text.

Runs in the parsing worker, like ``converters``, after ``converters.check_zip`` has refused
decompression bombs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from signalbox.tools.knowledge.converters import ConversionError, check_zip, markdown_table

NOTES_HEADING = "Speaker notes"


class Deck(NamedTuple):
    """A deck's title and one text per slide (empty for a hidden or empty slide)."""

    title: str
    slides: list[str]
    hidden_chars: int = 0


def _shapes(shapes: Any, hidden: bool = False) -> Iterator[tuple[Any, bool]]:
    """Every shape of a slide, the members of groups included, in the slide's order.

    Each comes with whether it is hidden: itself, or a group it belongs to.
    """
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        shape_hidden = hidden or _hidden(shape)
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes, shape_hidden)
        else:
            yield shape, shape_hidden


def _frame_text(frame: Any) -> str:
    lines = []
    for paragraph in frame.paragraphs:
        text = "".join(run.text for run in paragraph.runs).strip()
        if text:
            lines.append(("  " * paragraph.level + "- " if paragraph.level else "") + text)
    return "\n".join(lines)


def _shape_text(shape: Any) -> str:
    if getattr(shape, "has_table", False) and shape.has_table:
        return markdown_table([[cell.text for cell in row.cells] for row in shape.table.rows])
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        return _frame_text(shape.text_frame)
    return ""


def _hidden(shape: Any) -> bool:
    """A shape hidden in PowerPoint's selection pane: on the slide's XML, never on the screen."""
    return shape._element._nvXxPr.cNvPr.get("hidden") in ("1", "true")  # no public accessor


def slide_text(slide: Any) -> tuple[str, int]:
    """A slide's title, text, tables and speaker notes as Markdown-like text.

    Shapes hidden in the selection pane are left out; returns the text and the characters left out.
    """
    title_shape = slide.shapes.title
    title = title_shape.text_frame.text.strip() if title_shape is not None else ""
    blocks = [f"# {' '.join(title.split())}"] if title else []
    hidden = 0
    for shape, shape_hidden in _shapes(slide.shapes):
        if title_shape is not None and shape.shape_id == title_shape.shape_id:
            continue
        if shape_hidden:
            hidden += len(_shape_text(shape))
            continue
        blocks.append(_shape_text(shape))
    if slide.has_notes_slide and (frame := slide.notes_slide.notes_text_frame) is not None:
        notes = _frame_text(frame)
        if notes:
            blocks.append(f"## {NOTES_HEADING}\n\n{notes}")
    return "\n\n".join(block for block in blocks if block.strip()), hidden


def pptx_slides(path: Path, max_slides: int) -> Deck:
    """A deck's title and its slides' text, one entry per slide in order.

    A deck of more than ``max_slides`` slides (the PDF page limit) is refused before any is read.
    """
    import pptx

    check_zip(path, "PPTX")
    try:
        presentation = pptx.Presentation(str(path))
    except Exception as exc:  # python-pptx raises KeyError, PackageNotFoundError, lxml errors…
        raise ConversionError(
            f"{path.name} is not a readable PPTX ({type(exc).__name__})"
        ) from None
    count = len(presentation.slides)
    if count > max_slides:
        raise ConversionError(
            f"{path.name} has {count:,} slides; the limit is {max_slides:,} (SIGNALBOX_MAX_PAGES)"
        )
    slides: list[str] = []
    hidden = 0
    for slide in presentation.slides:
        text, left_out = slide_text(slide)
        hidden += left_out
        if slide._element.get("show") in ("0", "false"):  # no public accessor for hidden slides
            hidden += len(text)
            text = ""
        slides.append(text)
    return Deck(presentation.core_properties.title or "", slides, hidden)
