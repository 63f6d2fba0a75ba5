"""Optical character recognition for scanned PDF pages and images, Chinese and English, offline.

RapidOCR (``rapidocr-onnxruntime``, Apache-2.0) runs the PP-OCRv4 detection, orientation and
recognition models with ONNX Runtime on the CPU; the models ship inside its wheel, so nothing is
downloaded at run time. Chosen over Tesseract by the numbers in ``benchmarks/ocr.py`` (character
error rate and pages per minute on pages rendered from known text, English and Chinese).

Runs in the parsing worker only: the engine (about 1 s to load, 200 MiB) is built on the first page
that needs it and kept for the worker's life. Recognised boxes become lines (boxes whose vertical
centres fall within half a line height of each other), left to right; Chinese characters are
joined without spaces, other words with one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from signalbox.tools.cjk import IDEOGRAPHS

MIN_SCORE = 0.5
"""Boxes recognised with less confidence are noise (specks, stamps, bleed-through)."""
MAX_IMAGE_PIXELS = 40_000_000
"""An image larger than this (a 6,300 × 6,300 page) is refused: a decompression bomb, not a scan."""
RENDER_SCALE = 2.0
"""PDF pages are rendered at 144 dpi: small print stays legible and a page costs a few seconds."""

_CJK = re.compile(f"[\u3000-\u303f{IDEOGRAPHS}\uff00-\uffef]")


@dataclass
class OcrBudget:
    """How many pages and seconds of OCR one file may still use."""

    pages: int
    seconds: float
    started: float = field(default_factory=time.monotonic)
    skipped: int = 0
    """Pages that needed OCR after the budget was spent."""
    announced: bool = False
    """Whether the worker has told the app that OCR started (it then allows the OCR time)."""

    def take(self) -> bool:
        """Whether one more page may be read; counts the page as skipped when not."""
        if self.pages > 0 and time.monotonic() - self.started < self.seconds:
            self.pages -= 1
            return True
        self.skipped += 1
        return False


@cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    # No text-direction classifier: it turned whole upright lines of typeset English upside down
    # (30 % of the characters wrong on the clean English pages of benchmarks/ocr.py, none
    # without it), and scanners and phones already deliver pages upright.
    # Detection scales the longer side down to 2,000 px at most and never scales up: the default
    # ("min" 736) blows a 900 × 120 strip up to 5,500 px wide and ran the worker out of memory.
    return RapidOCR(use_cls=False, det_limit_type="max", det_limit_side_len=2000)


def _join(left: str, right: str) -> str:
    if not left:
        return right
    if _CJK.match(left[-1]) and _CJK.match(right[:1]):
        return left + right
    return f"{left} {right}"


def boxes_to_text(boxes: Iterable[tuple[Sequence[Sequence[float]], str, float]]) -> str:
    """Recognised boxes ((corners), text, score) as lines of text in reading order."""
    placed = []
    for corners, text, score in boxes:
        if score < MIN_SCORE or not text.strip():
            continue
        ys = [point[1] for point in corners]
        xs = [point[0] for point in corners]
        placed.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text.strip()))
    placed.sort()
    lines: list[list[tuple[float, str]]] = []
    last_centre, last_height = None, 0.0
    for centre, height, left, text in placed:
        if last_centre is not None and centre - last_centre <= max(height, last_height) / 2:
            lines[-1].append((left, text))
        else:
            lines.append([(left, text)])
            last_centre, last_height = centre, height
    rendered = []
    for line in lines:
        joined = ""
        for _, text in sorted(line):
            joined = _join(joined, text)
        rendered.append(joined)
    return "\n".join(rendered)


def read_image(image: Any) -> str:
    """The text of one page image (a PIL image), lines in reading order."""
    import numpy as np

    if image.width * image.height > MAX_IMAGE_PIXELS:
        raise ValueError(f"{image.width}×{image.height} pixels is too large to be a page")
    result, _ = _engine()(np.asarray(image.convert("RGB")))
    return boxes_to_text(result or [])


def read_pdf_page(page: Any) -> str:
    """The text of one pypdfium2 page, rendered and recognised (huge pages at a lower scale)."""
    width, height = page.get_size()
    scale = min(RENDER_SCALE, (MAX_IMAGE_PIXELS / max(width * height, 1.0)) ** 0.5)
    bitmap = page.render(scale=scale)
    try:
        return read_image(bitmap.to_pil())
    finally:
        bitmap.close()
