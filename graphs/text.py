"""Sentence splitting and lexical overlap, for extractive answers, grading and citation checks."""

from __future__ import annotations

import csv
import re

from signalbox.graphs.furniture import is_furniture_line, opens_news_item
from signalbox.tools.cjk import count_cjk, has_cjk
from signalbox.tools.knowledge.sparse import tokenize

# A full stop after a title, an initial or a short form ("Dr. Anna Berg", "No. 33", "J. K. Rowling",
# "Units affected: approx. 212,000") ends nothing.
_ABBREVIATIONS = (
    "Dr Mr Ms Mrs St No Nr vs Jr Sr Co Inc Ltd Prof Gen Rev e.g i.e approx Approx est temp incl "
    "excl fig Fig vol ca Capt Lt Sgt Gov Mt"
).split()
_NOT_AN_END = (
    "".join(rf"(?<!\b{re.escape(short)}\.)" for short in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
)
SENTENCE_BREAK = re.compile(rf"(?<=[.!?]){_NOT_AN_END}\s+(?=[A-Z0-9\"'(\[])|(?<=[。！？；])")
"""Where one sentence ends and the next begins, within a line."""
_SENTENCE_END = re.compile(rf"{SENTENCE_BREAK.pattern}|\n")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|#+)\s+")
_ITEM_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
ITEM_WORDS = 3
"""Words a list item needs to be a statement: "- Home", "- Contact us" are a page's navigation."""
# A name, a separator, and a value with a figure in it: "Orbit 3.2.0 - March 4, 2021", "2019: Alder
# Rovers" (the figure may be on either side).
_STATES_FACT = re.compile(r"^(?=.*\d).{2,60}?\s*(?:[:—–]|\s-\s)\s*\S.{1,80}$")
_ENDS_SENTENCE = re.compile(r"[.!?:;。！？：；)\"'”]$")
# A single line break inside a paragraph is layout (hard-wrapped text, PDF lines), not a sentence end.
_SOFT_BREAK = re.compile(r"(?<=[^\n.!?:;。！？：；])\n(?![\n\s]*(?:[-*+•#|]|\d+[.)]\s))")


def is_heading(line: str) -> bool:
    """A short line without end punctuation: a title or a section name, not a statement."""
    return bool(line) and not _ENDS_SENTENCE.search(line) and len(line.split()) <= 8


CHINESE_VALUE_CHARACTERS = 12
"""Chinese characters a labelled value holds at most to count as a fact without a digit."""
YEAR_LABEL = r"(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?"
"""A year or a season ("2021", "2022-23", "2022/2023") standing as a label or a column's name."""
# The label is a word, or a year ("2021: "Tinsel Town" — The Parlour Kings" in a list of winners).
_KEY_VALUE = re.compile(
    rf"^(?:[^\W\d][^:：|]{{0,40}}|{YEAR_LABEL})[:：]\s*(?P<value>\S.{{0,160}})$"
)


_FIELD_BREAK = re.compile(r"\s+[·•]\s+")
INFOBOX_FIELDS = 3
"""Fields at least on a line of labelled facts set apart by dots, for it to be an infobox."""


def is_key_value(line: str) -> bool:
    """A labelled fact on its own line ("Battery: 4,158 mAh", "Venue: Penminster Park").

    A statement, though short and without a full stop; a label whose value has neither a digit nor
    a capital ("Northern Trophy: recent finals") is a title. Chinese has no capitals: a short value
    in Chinese characters ("冠军：恒大") is a fact; a long one is more likely a hard-wrapped line of
    prose ("他表示：我们将在明年……").
    """
    match = _KEY_VALUE.match(line.strip())
    if match is None:
        return False
    value = match.group("value")
    return bool(re.search(r"[\dA-Z]", value)) or 0 < count_cjk(value) <= CHINESE_VALUE_CHARACTERS


# A row of dots between a label and its value ("Members ............ 26,377", a form, a table of
# contents, a PDF's annual figures) is a leader, not a cut mark: it reads as "Members: 26,377".
# Five dots at least: prose ends a sentence on an ellipsis and a full stop ("he said.... and").
_DOT_LEADER = re.compile(
    r"^(?P<label>\s*[^\W\d][^.:：|]{0,40}?)\s*(?:\.\s?){5,}\s*(?P<value>\S.{0,160})$"
)


def _without_leader(line: str) -> str:
    match = _DOT_LEADER.match(line)
    return f"{match['label']}: {match['value']}" if match else line


def _separator(line: str) -> str:
    """The character a delimited line's cells are split by: "|", a tab, or "," (CSV)."""
    return next((separator for separator in ("|", "\t") if separator in line), ",")


def _split_cells(line: str) -> list[str]:
    """A delimited line's cells: by "|" or tab where there is one, else as CSV (quotes kept whole)."""
    separator = _separator(line)
    if separator != ",":
        return [cell.strip() for cell in line.strip().strip("|").split(separator)]
    return [cell.strip() for cell in next(csv.reader([line]), [])]


_FIGURE_CELL = re.compile(r"[\s$£€¥+\-−–(]*\d[\d\s.,:/%()]*(?:[a-zA-Z]{1,3}|[万亿%])?\s*")
"""A cell that is a figure: "312", "+44", "−13", "£1.2bn", "61.3%", "1:05:22"."""


_YEAR_CELL = re.compile(rf"\s*{YEAR_LABEL}\s*")
# A number made plural names a column ("180s" counts maximum darts scores, "1990s" is a decade).
_NUMBER_NAME_CELL = re.compile(r"\s*\d+['’]?s\s*")


# A day of a month ("2 April 2024", "Sept 30"): a value, unless columns are named by such days.
_DAY_OF_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d)",
)
_DAY_CELL = re.compile(rf"\s*(?:{_DAY_OF_MONTH.pattern})(?:,?\s+(?:19|20)\d\d)?\s*")


def _is_header(cells: list[str]) -> bool:
    """Whether a table's first line names its columns: no figure, unless a year or a day heads it.

    "Commune | 2024 | 2023 | Change" heads a table of two years, "Reservoir | Capacity | 1 Jul 2025
    | 1 Jul 2024" one of two days; "2023 | Alder Rovers | Selby" is a row, keyed by its year;
    "Period covered | 2 April 2024 to 30 September 2025" is the first row of a table of labelled
    values (one day is a value: only columns named by days come in twos). "Player | Sets won |
    Average | 180s" names its columns: a number made plural is a name.
    """
    days = [cell for cell in cells[1:] if _DAY_OF_MONTH.search(cell)]
    named_by_days = len(days) >= 2 and all(_DAY_CELL.fullmatch(cell) for cell in days)
    return (
        not _FIGURE_CELL.fullmatch(cells[0])
        and not any(
            (
                _FIGURE_CELL.fullmatch(cell)
                and not _YEAR_CELL.fullmatch(cell)
                and not _NUMBER_NAME_CELL.fullmatch(cell)
            )
            for cell in cells[1:]
        )
        and (not days or named_by_days)
    )


def _table_rows(lines: list[str]) -> dict[int, tuple[list[str], list[str]]]:
    """Plain-text tables (pipes, tabs or CSV lines, no Markdown rule): line -> (header, cells).

    A run of lines that split into the same number of cells is a table: two lines for pipes and
    tabs (rare in prose), three for commas (prose has commas too, but not in a steady count). The
    first line is the header when it names columns (``_is_header``) and the rows below have digits
    ("Service area | £m | change on 2024/25" above "Housing | 312 | +44").
    """
    found: dict[int, tuple[list[str], list[str]]] = {}
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if not line or line.startswith("|"):
            index += 1
            continue
        width = len(_split_cells(line))
        end = index + 1
        # One table is delimited one way: "Markets | 28 August 2021" above a sentence with one
        # comma is a masthead and its article.
        while (
            end < len(lines)
            and lines[end].strip()
            and _separator(lines[end]) == _separator(line)
            and len(_split_cells(lines[end])) == width
        ):
            end += 1
        delimited = "|" in line or "\t" in line
        if width >= (2 if delimited else 3) and end - index >= (2 if delimited else 3):
            rows = [_split_cells(lines[i]) for i in range(index, end)]
            header: list[str] = []
            if _is_header(rows[0]) and any(re.search(r"\d", r) for r in lines[index + 1 : end]):
                header, rows = rows[0], rows[1:]
                start = index + 1
            else:
                start = index
            for offset, cells in enumerate(rows):
                found[start + offset] = (header, cells)
            found.setdefault(index, (header, []))
        index = max(end, index + 1)
    return found


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines, keeping headings, labelled facts and table rows apart."""
    # A lone carriage return (old Mac line ends, pasted web text) ends a line too; left inside a
    # line, it stops the CSV reader that reads table rows.
    lines = [
        _without_leader(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    tables = _table_rows(lines)
    joined: list[str] = []
    for number, line in enumerate(lines):
        stripped = line.strip()
        previous = joined[-1].strip() if joined else ""
        following = lines[number + 1] if number + 1 < len(lines) else ""
        # A short line above a list names the list ("Highlights" above "- Live window tiling").
        names_list = is_heading(stripped) and _ITEM_MARK.match(following) is not None
        if (
            joined
            and stripped
            and previous
            and not names_list
            and not is_heading(previous)
            and not is_key_value(previous)
            and not is_key_value(stripped)
            and not is_furniture_line(previous)
            and not is_furniture_line(stripped)
            and not opens_news_item(stripped)
            and number not in tables
            and number - 1 not in tables
            and _SOFT_BREAK.search(f"{previous}\n{stripped}")
        ):
            separator = "" if has_cjk(previous[-1:]) else " "
            joined[-1] = f"{joined[-1].rstrip()}{separator}{stripped}"
        else:
            joined.append(line)
    return "\n".join(joined)


def sentences(text: str) -> list[tuple[str, str]]:
    """(heading, sentence) pairs: sentences long enough to state a fact, with the nearest heading.

    Headings themselves are not returned as sentences; they give the sentences below them context
    ("Core hours" above "Everyone is reachable between 10:00 and 15:00").
    """
    found: list[tuple[str, str]] = []
    heading = ""
    header: list[str] = []
    lines = _unwrap(text).split("\n")
    tables = _table_rows(lines)
    for index, paragraph in enumerate(lines):
        if index in tables:
            table_header, cells = tables[index]
            if cells:
                found.append((heading, table_record(table_header, cells)))
            continue
        if paragraph.lstrip().startswith("|"):
            cells = _cells(paragraph)
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _TABLE_RULE.match(following):
                header = cells
            elif cells and not _TABLE_RULE.match(paragraph):
                found.append((heading, table_record(header, cells)))
            continue
        header = []
        line = _LIST_MARK.sub("", paragraph).strip()
        fields = _FIELD_BREAK.split(line)
        # An infobox written on one line ("Genre: Cooking competition · Presented by: Hattie
        # Lomax · Judges: ..."): each field is a fact of its own, quoted alone.
        if len(fields) >= INFOBOX_FIELDS and all(is_key_value(field) for field in fields):
            found += [(heading, f"{field.rstrip('.')}.") for field in fields]
            continue
        if not line or set(line) <= set("|-: ") or is_furniture_line(line):
            continue
        # A list item states something however short ("- Fixed: a crash on start"); only a line
        # marked as a heading, or a short unmarked line, names a section.
        item = _ITEM_MARK.match(paragraph) is not None and len(line.split()) >= ITEM_WORDS
        if is_key_value(line) or item:
            end = "" if _ENDS_SENTENCE.search(line) else "。" if has_cjk(line[-1:]) else "."
            found.append((heading, f"{line}{end}"))
            continue
        if is_heading(line) and not has_cjk(line):
            if _STATES_FACT.match(line):
                # "## Orbit 3.2.0 - March 4, 2021", "### 2019: Alder Rovers": the section's name is
                # a fact as well (when that version came out, who won that year).
                found.append((heading, f"{line}."))
            heading = line
            continue
        for raw in _SENTENCE_END.split(line):
            sentence = raw.strip()
            cjk = count_cjk(sentence)
            # Three words state a fact when one is a figure: "Turnout was 61.3%."
            words = len(sentence.split()) + bool(re.search(r"\d", sentence))
            if cjk >= 6 or (not cjk and words >= 4):
                found.append((heading, sentence))
    return found


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def table_record(header: list[str], cells: list[str]) -> str:
    """A table row as a statement a reader can check: "OR-117: capacity_kg 7500, depot Leeds".

    The row's first cell names it (a key, an id); every other cell is given with its column name,
    so the answer never has to be read off a header row that the reader does not see. It ends
    with a full stop: it is a statement, not a heading.
    """
    # A table of labelled values: "Vouchers issued | 23,418", under no header or under one that
    # names no column ("Item | Detail", "Fact | Value").
    labelled = not header or all(_GENERIC_COLUMN.fullmatch(name.strip()) for name in header)
    if labelled and len(cells) == 2 and all(cells):
        return f"{cells[0]}: {cells[1]}."
    if not header or len(header) != len(cells):
        return " | ".join(cell for cell in cells if cell) + "."
    pairs = [_cell_with(name, value) for name, value in zip(header[1:], cells[1:], strict=True)]
    pairs = [pair for pair in pairs if pair]
    return (f"{cells[0]}: " + ", ".join(pairs) if pairs else cells[0]) + "."


# The header of a two-column table of labelled values says nothing of its values. Written by
# hand: the words such headers are made of.
_GENERIC_COLUMN = re.compile(
    r"(?i)(?:items?|details?|facts?|fields?|values?|keys?|propert(?:y|ies)|attributes?|"
    r"information|info|descriptions?|particulars|data|entry|entries|measures?|results?|figures?|"
    r"metrics?|statistics?)?"
)


# A column headed by its unit alone ("£m", "($bn)", "%", "km"): its figures are read in it.
_UNIT_HEADER = re.compile(
    r"\(?\s*(?P<currency>[£$€¥])?\s*(?P<scale>m|bn|k|%|km|kg|mi|million|billion)?\s*\)?"
)


def _cell_with(name: str, value: str) -> str:
    """A cell under its column's name: "capacity_kg 7500", or "£312m" under a "£m" column."""
    if not value:
        return ""
    unit = _UNIT_HEADER.fullmatch(name)
    if unit is None or not (unit["currency"] or unit["scale"]) or not _FIGURE_CELL.fullmatch(value):
        return f"{name} {value}"
    scale = unit["scale"] or ""
    space = "" if unit["currency"] or scale == "%" else " "
    return f"{unit['currency'] or ''}{value.strip()}{space}{scale}"


def overlap(query: str, passage: str) -> float:
    """Share of the query's distinct terms that the passage contains (0–1)."""
    wanted = set(tokenize(query, bigrams=False))
    if not wanted:
        return 0.0
    return len(wanted & set(tokenize(passage, bigrams=False))) / len(wanted)
