"""Saved e-mails (``.eml``) to Markdown-like text: headers, body, and the attachments a reader opens.

The subject is the title and the first heading; From, To, Cc and Date follow as lines of text, so
"who wrote about the depot, and when" can be answered and cited. The plain-text body is preferred;
a mail with only an HTML body goes through the HTML converter, which drops what a reader of the
mail would not see. Each attachment of a format Signalbox reads becomes a section of its own,
``# Attachment: NAME``, holding its text as that format's parser extracts it (its own headings one
level down, its pages or slides as ``## Page N`` / ``## Slide N``), so a citation names the
attachment and the sheet, slide or page inside it. Attachments of other types, and ones whose
parser refuses them, are named in the header lines with the reason, and the rest of the mail is
still read.

Runs in the parsing worker, which passes the function that extracts an attachment's text (the same
parsers, limits and refusals as for a file on disk).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import Path, PurePath
from typing import Any, NamedTuple

from signalbox.tools.knowledge.converters import ConversionError, html_to_markdown

MAX_MAIL_PARTS = 500
"""MIME parts in one mail (a real one has a few dozen at most)."""

ATTACHMENT_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".epub": "epub",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".csv": "csv",
}
_HEADERS = ("From", "To", "Cc", "Date")
_HEADING = re.compile(r"^(#{1,6})(?=[ \t])", re.MULTILINE)

Extract = Callable[[str, str], dict[str, Any]]
"""(path, format) → the worker's reply for that file: title, pages, hidden_chars, or an error."""


class Mail(NamedTuple):
    """A mail's subject and text, with the hidden characters its HTML parts left out."""

    title: str
    text: str
    hidden_chars: int = 0


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _demote(text: str, levels: int) -> str:
    """Headings ``levels`` deeper, so an attachment's sections sit under its own heading."""
    return _HEADING.sub(lambda match: match.group(1) + "#" * levels, text)


def _body(message: EmailMessage) -> tuple[str, int]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", 0
    try:
        content = part.get_content()
    except LookupError:  # a charset Python does not know: read it as UTF-8, marking what fails
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return "", 0
    if part.get_content_subtype() == "html":
        converted = html_to_markdown(content)
        return converted.text, converted.hidden_chars
    return content.strip(), 0


def _attachment_text(name: str, reply: dict[str, Any]) -> str:
    pages: list[str] = reply["pages"]
    if len(pages) == 1:
        return _demote(pages[0], 1)
    label = "Slide" if name.lower().endswith(".pptx") else "Page"
    return "\n\n".join(
        f"## {label} {number}\n\n{_demote(page, 2)}"
        for number, page in enumerate(pages, start=1)
        if page.strip()
    )


def _attachments(
    message: EmailMessage, extract: Extract, folder: Path
) -> tuple[list[str], list[str], int]:
    """(sections, notes on attachments not read, hidden characters) of a mail's attachments."""
    sections: list[str] = []
    skipped: list[str] = []
    hidden = 0
    for number, part in enumerate(message.iter_attachments(), start=1):
        # The name is the sender's: keep only its last component, never a path.
        name = _one_line(PurePath(part.get_filename() or f"attachment-{number}").name)
        kind = ATTACHMENT_FORMATS.get(PurePath(name).suffix.lower())
        payload = part.get_payload(decode=True) if not part.is_multipart() else None
        if kind is None or not isinstance(payload, bytes) or not payload:
            skipped.append(f"{name} (not a format Signalbox reads)")
            continue
        stored = folder / f"{number}{PurePath(name).suffix.lower()}"
        stored.write_bytes(payload)
        reply = extract(str(stored), kind)
        stored.unlink()
        if "error" in reply:
            detail = str(reply.get("detail") or reply["error"]).replace(stored.name, name)
            skipped.append(f"{name} ({detail})")
            continue
        hidden += reply.get("hidden_chars", 0)
        sections.append(f"# Attachment: {name}\n\n{_attachment_text(name, reply)}")
    return sections, skipped, hidden


def eml_to_markdown(path: Path, extract: Extract) -> Mail:
    """A saved mail's subject, header lines, body and readable attachments as one text."""
    data = path.read_bytes()
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage objects
    if _part_count(message) > MAX_MAIL_PARTS:
        raise ConversionError(
            f"{path.name} has more than {MAX_MAIL_PARTS} MIME parts (a mail bomb?)"
        )
    subject = _one_line(message.get("Subject", ""))
    lines = [f"{header}: {_one_line(message[header])}" for header in _HEADERS if message[header]]
    body, hidden = _body(message)
    with tempfile.TemporaryDirectory(prefix="signalbox-mail-") as folder:
        sections, skipped, attached_hidden = _attachments(message, extract, Path(folder))
    if skipped:
        lines.append("Attachments not read: " + "; ".join(skipped))
    head = f"# {subject}\n\n" if subject else ""
    text = head + "\n".join(lines) + ("\n\n" + body if body else "")
    return Mail(subject, "\n\n".join([text, *sections]), hidden + attached_hidden)


def _part_count(message: Message) -> int:
    """MIME parts, counted without recursion (a hostile mail may nest them thousands deep).

    Stops counting once past the limit: the count is then a lower bound.
    """
    count, stack = 0, [message]
    while stack and count <= MAX_MAIL_PARTS:
        part = stack.pop()
        count += 1
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(part for part in payload if isinstance(part, Message))
    return count + len(stack)
