"""Hidden HTML inside Markdown: comments and elements that the rendered file does not show.

Markdown passes raw HTML through to the page, so ``<!-- … -->`` and ``<span style="display:none">``
keep text in the source that no reader of the rendered file sees. Code (fenced and indented blocks,
inline code spans) is shown literally, so it is masked before markup is looked for and stays exactly
as written, as does any ``<`` in prose that does not form a tag.

One linear pass: tags are listed once, each opening tag is paired with its closing tag through one
stack per tag name, and a hidden element is cut from its opening to its closing tag (to the end of
its paragraph when it is never closed, where a browser's ``</p>`` would close it). Scripts, styles
and templates are cut too (they are not text), after their ``<style>`` rules are read, so a class
hidden by a stylesheet in the file is hidden here as well.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from signalbox.tools.knowledge.visibility import PAGE, Stylesheet, element_view, text_length

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NOT_CODE = re.compile(r"[^\n]")
_MARKUP = re.compile(r"<!--|<(/?)([A-Za-z][\w:-]*)((?:\s[^<>]*?)?)\s*(/?)>")
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_MARKUP_TEXT = re.compile(r"<!--|-->|<[^<>]*>")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_NOT_TEXT = frozenset({"script", "style", "template"})


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    name: str
    """The tag name, lower case; empty for a comment."""
    closing: bool = False
    attributes: str = ""
    self_closing: bool = False


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, and indented ones outside lists, as character ranges."""
    ranges: list[tuple[int, int]] = []
    fence: tuple[str, int, int] | None = None
    offset, previous_blank, in_code, in_list = 0, True, False, False
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        opening = _FENCE.match(line)
        if fence is not None:
            marker, length, fence_start = fence
            if (
                opening
                and opening.group(1)[0] == marker
                and len(opening.group(1)) >= length
                and not line[opening.end() :].strip()
            ):
                ranges.append((fence_start, offset))
                fence = None
            continue
        if opening:
            fence = (opening.group(1)[0], len(opening.group(1)), start)
            continue
        blank = not line.strip()
        indented = line.startswith(("    ", "\t"))
        if indented and not blank and (previous_blank or in_code) and not in_list:
            ranges.append((start, offset))
            in_code = True
        elif not blank:
            in_code = False
            if _LIST_ITEM.match(line):
                in_list = True
            elif not indented:
                in_list = False
        previous_blank = blank
    if fence is not None:
        ranges.append((fence[2], offset))
    return ranges


def _masked(text: str, ranges: list[tuple[int, int]]) -> str:
    pieces, position = [], 0
    for start, end in ranges:
        pieces += [text[position:start], _NOT_CODE.sub(" ", text[start:end])]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code: a run of backticks up to the next run of the same length in its paragraph."""
    breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
    runs = [
        (match.start(), match.end(), bisect.bisect(breaks, match.start()))
        for match in _BACKTICKS.finditer(text)
    ]
    following: list[int | None] = [None] * len(runs)
    latest: dict[tuple[int, int], int] = {}
    for index in range(len(runs) - 1, -1, -1):
        start, end, paragraph = runs[index]
        key = (paragraph, end - start)
        following[index] = latest.get(key)
        latest[key] = index
    spans, index = [], 0
    while index < len(runs):
        closer = following[index]
        if closer is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closer][1]))
        index = closer + 1
    return spans


def _mask_code(text: str) -> str:
    """The text with every character of code turned into a space (line breaks kept)."""
    masked = _masked(text, _code_blocks(text))
    return _masked(masked, _code_spans(masked))


def _tokens(masked: str) -> list[_Token]:
    """Comments and tags in order; an unclosed comment at a line's start runs to the end."""
    tokens: list[_Token] = []
    position, comments_closed = 0, True
    while match := _MARKUP.search(masked, position):
        position = match.end()
        if match.group(0) != "<!--":
            name = match.group(2).lower()
            tokens.append(
                _Token(
                    match.start(),
                    match.end(),
                    name,
                    bool(match.group(1)),
                    match.group(3),
                    bool(match.group(4)),
                )
            )
            continue
        end = masked.find("-->", position) if comments_closed else -1
        if end >= 0:
            tokens.append(_Token(match.start(), end + 3, ""))
            position = end + 3
            continue
        comments_closed = False  # no "-->" after here: later openers need not look again
        line_start = masked.rfind("\n", 0, match.start()) + 1
        if not masked[line_start : match.start()].strip():
            tokens.append(_Token(match.start(), len(masked), ""))
            break
    return tokens


def _closing_tags(tokens: list[_Token]) -> dict[int, int]:
    """Index of each opening tag → index of the closing tag that matches it."""
    matches: dict[int, int] = {}
    open_tags: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        if not token.name or token.self_closing or token.name in _VOID:
            continue
        if not token.closing:
            open_tags.setdefault(token.name, []).append(index)
        elif open_tags.get(token.name):
            matches[open_tags[token.name].pop()] = index
    return matches


def _attributes(source: str) -> dict[str, str]:
    return {name.lower(): value.strip("\"'") for name, value in _ATTRIBUTE.findall(source)}


def _hidden(token: _Token, sheet: Stylesheet) -> bool:
    if token.name in _NOT_TEXT:
        return True
    view = element_view(PAGE, token.name, _attributes(token.attributes), sheet)
    return view is None or view.text_hidden


def _hidden_ranges(masked: str) -> list[tuple[int, int]]:
    tokens = _tokens(masked)
    closing = _closing_tags(tokens)
    sheet = Stylesheet(
        masked[token.end : tokens[closing[index]].start]
        for index, token in enumerate(tokens)
        if token.name == "style" and not token.closing and index in closing
    )
    ranges: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.name and (token.closing or not _hidden(token, sheet)):
            index += 1
            continue
        if not token.name or token.self_closing or token.name in _VOID:
            end = token.end
        elif index in closing:
            end = tokens[closing[index]].end
        else:
            blank = _BLANK_LINE.search(masked, token.end)
            end = blank.start() if blank else len(masked)
        ranges.append((token.start, end))
        while index < len(tokens) and tokens[index].start < end:
            index += 1
    return ranges


def strip_hidden_html(text: str) -> tuple[str, int]:
    """The Markdown without hidden HTML, and how many characters of text were hidden in it."""
    if "<" not in text:
        return text, 0
    ranges = _hidden_ranges(_mask_code(text))
    if not ranges:
        return text, 0
    kept, hidden, position = [], 0, 0
    for start, end in ranges:
        kept.append(text[position:start])
        hidden += text_length(_MARKUP_TEXT.sub(" ", text[start:end]))
        position = end
    kept.append(text[position:])
    return "".join(kept), hidden
