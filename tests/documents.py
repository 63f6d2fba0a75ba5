"""Documents the tests write for themselves: EPUB books and page images as a scanner gives them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2
from fpdf import FPDF
from PIL import Image

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def epub(path: Path, chapters: list[str], *, title: str = "Field Guide", doctype: str = "",
          spine: list[int] | None = None, extra: dict[str, str] | None = None) -> Path:  # fmt: skip
    """A minimal EPUB 3: chapter i is ``text/ch i.xhtml`` (a space, so hrefs are URL-encoded)."""
    items = "".join(
        f'<item id="c{i}" href="text/ch%20{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(len(chapters))
    )
    order = "".join(f'<itemref idref="c{i}"/>' for i in spine or range(len(chapters)))
    package = (
        f'<?xml version="1.0"?>{doctype}<package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title></metadata><manifest>{items}</manifest>"
        f"<spine>{order}</spine></package>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", package)
        for i, body in enumerate(chapters):
            archive.writestr(
                f"OEBPS/text/ch {i}.xhtml",
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Field Guide</title>'
                f"</head><body>{body}</body></html>",
            )
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def page_image(lines: list[str], *, chinese: bool = False) -> Image.Image:
    """A page typeset from ``lines`` and rendered at 150 dpi, as a scanner would give it."""
    pdf = FPDF()
    pdf.add_page()
    if chinese:
        pdf.add_font("cjk", fname=str(CJK_FONT))
        pdf.set_font("cjk", size=14)
    else:
        pdf.set_font("Helvetica", size=14)
    for line in lines:
        pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    page = pypdfium2.PdfDocument(bytes(pdf.output()))[0]
    return page.render(scale=150 / 72).to_pil().convert("L")
