"""Excel workbooks (XLSX) to Markdown-like text: each visible sheet a section, its rows one table.

A sheet becomes a ``#`` heading (so a passage's heading names its sheet) followed by one pipe
table whose first row is the sheet's first non-empty row, as a CSV's is; the splitter keeps rows
whole and repeats that header. Each row also carries its row number as Excel shows it, in a last
``Row`` column, so a fact read off a passage can be found in the workbook ("Widget: price 3, Row
7"). Formulas give the value Excel last calculated and saved (``data_only``), not their source.
Hidden and very hidden sheets, hidden rows and hidden columns are left out and their cells counted
as hidden text.

Runs in the parsing worker, like ``converters``: openpyxl in read-only mode streams each sheet's
XML instead of building the workbook in memory, after ``converters.check_zip`` has refused
decompression bombs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Set
from pathlib import Path
from typing import Any

from signalbox.tools.knowledge.converters import (
    ConversionError,
    Converted,
    check_zip,
    markdown_table,
)

ROW_COLUMN = "Row"
MAX_COLUMNS = 16_384
"""Excel's last column (XFD); a hidden range claiming more is cut there."""


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell's value as a reader of the sheet sees it: 3 rather than 3.0, a date without 00:00.

    Percentages are shown as percentages (0.042 formatted ``0.0%`` reads "4.2%"): a question about
    "4.2%" must find the cell. Other number formats (currencies, thousands separators) are left
    out: the plain number is what a question quotes as often as the formatted one.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float) and number_format.endswith("%"):
        decimals = len(number_format.rstrip("%").partition(".")[2])
        return f"{value * 100:.{decimals}f}%"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def hidden_lines(sheet: Any) -> tuple[set[int], set[int]]:
    """The numbers of a sheet's hidden rows and columns (from 1), read from its XML in one pass.

    openpyxl's read-only mode streams values but not row and column properties, and white-on-white
    is rare in sheets while hidden rows and columns are common; so they are found here, with
    lxml's incremental parser, which holds one row at a time.
    """
    from lxml import etree

    rows: set[int] = set()
    columns: set[int] = set()
    row = 0
    # openpyxl offers no public accessor for a read-only sheet's XML part.
    with sheet.parent._archive.open(sheet._worksheet_path) as source:
        for _, element in etree.iterparse(source, resolve_entities=False, no_network=True):
            name = element.tag.rsplit("}", 1)[-1]
            if name == "row":
                row = int(element.get("r") or row + 1)
                if element.get("hidden") in ("1", "true"):
                    rows.add(row)
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
            elif name == "col" and element.get("hidden") in ("1", "true"):
                first, last = int(element.get("min", 1)), int(element.get("max", 1))
                columns.update(range(max(first, 1), min(last, MAX_COLUMNS) + 1))
    return rows, columns


def sheet_table(
    rows: Iterable[tuple[Any, ...]],
    hidden_rows: Set[int] = frozenset(),
    hidden_columns: Set[int] = frozenset(),
) -> tuple[str, int]:
    """One sheet's rows (cells, row 1 first) as a pipe table with each data row's number last.

    Hidden rows and columns are left out; returns the table and the characters left out.
    """
    numbered: list[tuple[int, list[str]]] = []
    hidden = 0
    for number, row in enumerate(rows, start=1):
        cells = [cell_text(cell.value, cell.number_format or "General") for cell in row]
        if number in hidden_rows:
            hidden += sum(len(cell) for cell in cells)
            continue
        for column in hidden_columns:
            if column <= len(cells):
                hidden += len(cells[column - 1])
                cells[column - 1] = ""
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            numbered.append((number, cells))
    if not numbered:
        return "", hidden
    width = max(len(cells) for _, cells in numbered)
    (_, header), *body = numbered
    table = [header + [""] * (width - len(header)) + [ROW_COLUMN]]
    table += [cells + [""] * (width - len(cells)) + [str(number)] for number, cells in body]
    return markdown_table(table), hidden


def xlsx_to_markdown(path: Path, max_chars: int) -> Converted:
    """A workbook's title and its visible sheets, each a ``#`` section holding one table.

    Stops with a ConversionError once the text passes ``max_chars``, so a workbook of millions of
    cells is refused after reading only as much as the limit allows.
    """
    import openpyxl

    check_zip(path, "XLSX")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, InvalidFileException, lxml errors…
        raise ConversionError(
            f"{path.name} is not a readable XLSX ({type(exc).__name__})"
        ) from None
    try:
        title = workbook.properties.title or ""
        sections: list[str] = []
        hidden = 0
        size = 0
        for sheet in workbook.worksheets:
            # The declared dimension may claim a million empty columns; size rows by their cells.
            sheet.reset_dimensions()
            rows = sheet.iter_rows()
            if sheet.sheet_state != "visible":
                hidden += sum(len(cell_text(cell.value)) for row in rows for cell in row)
                continue
            table, left_out = sheet_table(rows, *hidden_lines(sheet))
            hidden += left_out
            if not table:
                continue
            sections.append(f"# {sheet.title}\n\n{table}")
            size += len(sections[-1])
            if size > max_chars:
                raise ConversionError(
                    f"{path.name} has more than {max_chars:,} characters of text; the limit is "
                    f"{max_chars:,} (SIGNALBOX_MAX_CHARS)"
                )
    finally:
        workbook.close()
    return Converted(title, "\n\n".join(sections), hidden)
