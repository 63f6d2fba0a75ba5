"""Plain-text descriptions of events, shared by the CLI and the chat's step list.

``step_lines`` gives every detail (scores, modes, raw arguments), as the CLI prints it; ``plain_lines``
gives what a reader wants first, in words, and ``status_label`` names what a turn did in one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from signalbox.agents.events import (
    AnswerEvent,
    CheckEvent,
    Citation,
    ErrorEvent,
    Event,
    GradingEvent,
    RetrievalEvent,
    RetrievedHit,
    RewriteEvent,
    RouteEvent,
    SummaryEvent,
    ToolCallEvent,
    ToolResultEvent,
    WebSearchEvent,
)

SNIPPET = 160
LABEL_CHARS = 80
"""Labels (source expanders, thread buttons) are one line: a long heading must not fill the page."""

WORD_JOINER = "\u2060"
"""Invisible and zero-width, and not a word break: it splits what Streamlit's Markdown would turn
into a link or an icon even in text whose Markdown characters are all escaped."""

# CommonMark lets every ASCII punctuation character be escaped with a backslash.
_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
# Streamlit's Markdown rewrites plain text after the escapes are undone: GFM autolink literals
# (http://…, www.…, a@b.c), the :streamlit: logo and :material_…: icons, and arrows such as " -> ".
# A word joiner at each of these places leaves nothing for those rewrites to match.
_REWRITTEN = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)|(?<=:)(?=streamlit:|material_)", re.I)
_ARROW = re.compile(r"(?<!\S)(?:<->|->|<-|--|>=|<=|~=)(?!\S)")


def escape_markdown(text: str) -> str:
    """Untrusted text that Streamlit's Markdown shows exactly as written.

    Labels, titles, captions, alerts and tooltips all render Markdown, and escaping its syntax is
    not enough: autolinks, icons and arrows are found in the text after the escapes are undone.
    What the reader sees differs from ``text`` only by invisible word joiners.
    """
    joined = _ARROW.sub(lambda arrow: WORD_JOINER.join(arrow.group()), text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _REWRITTEN.sub(WORD_JOINER, joined))


def one_line(text: str, limit: int = LABEL_CHARS) -> str:
    """Text for a label: whitespace collapsed, cut to ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def counted(n: int, noun: str) -> str:
    """Counts as a reader writes them: "1 chunk", "6 chunks"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def chunks(n: int) -> str:
    """Chunk counts as a reader writes them: "1 chunk", "6 chunks"."""
    return counted(n, "chunk")


_SENTENCE_END = re.compile(r"[.!?。！？；](?=\s|$)|[。！？；]")


def snippet(text: str, limit: int = SNIPPET) -> str:
    """``text`` on one line, cut at a sentence end or else a word break before ``limit`` characters.

    A sentence end is used when it keeps at least half of the room; Chinese, which has no spaces,
    is cut at a character when no sentence ends in time.
    """
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    room = line[: limit - 1]
    ends = [match.end() for match in _SENTENCE_END.finditer(room)]
    if ends and ends[-1] >= limit // 2:
        return room[: ends[-1]] + " …"
    space = room.rfind(" ")
    cut = room[:space] if space >= limit // 2 else room
    return cut.rstrip(" ,;:") + "…"


def location(citation: Citation) -> str:
    """Where a cited passage is: file and page or section, or the URL."""
    if citation.url:
        return citation.url
    where = citation.source
    if citation.page is not None:
        unit = "slide" if citation.source.lower().endswith(".pptx") else "page"
        where += f", {unit} {citation.page}"
    if citation.heading:
        where += f" — {citation.heading}"
    return where


def step_lines(event: Event) -> list[str]:
    """One headline and optional detail lines for a step; no lines for tokens and answers."""
    match event:
        case RouteEvent():
            return [f"Route: {event.route} — {event.reason}"]
        case RetrievalEvent():
            lines = [f"Retrieved {len(event.hits)} passages ({event.mode} search)"]
            for hit in event.hits:
                where = hit.source + (f" p.{hit.page}" if hit.page is not None else "")
                where += f" › {hit.heading}" if hit.heading else ""
                lines.append(f"  [{hit.n}] {where} score={hit.score:.3f} — {snippet(hit.text)}")
                if hit.suspicious:
                    lines.append(f"      suspicious: {hit.suspicious}; not quoted as an answer")
            return lines
        case GradingEvent():
            return [f"Graded: {event.relevant} of {event.total} passages relevant"]
        case WebSearchEvent():
            if event.skipped:
                return [f"Web search skipped: {event.skipped}"]
            lines = [f"Web search: {len(event.results)} results for {event.query!r}"]
            lines += [f"  {r.title} — {r.url}" for r in event.results]
            return lines
        case ToolCallEvent():
            args = ", ".join(f"{key}={value!r}" for key, value in event.args.items())
            return [f"Tool call: {event.name}({args})"]
        case ToolResultEvent():
            if event.error:
                return [f"Tool {event.name} failed: {event.error}"]
            return [f"Tool result: {event.name} → {event.output}"]
        case CheckEvent():
            verdict = "every citation supports its sentence" if event.grounded else "not grounded"
            lines = [f"Citation check: {verdict}"]
            lines += [f"  unsupported: {sentence}" for sentence in event.unsupported]
            if event.dropped_markers:
                lines.append(f"  removed markers pointing at nothing: {event.dropped_markers}")
            lines += [f"  removed (not in the evidence): {text}" for text in event.removed]
            return lines
        case SummaryEvent():
            return [f"Memory: summarised {event.summarised} earlier messages to stay within budget"]
        case ErrorEvent():
            return [f"Error in {event.stage}: {event.message}"]
        case RewriteEvent():
            return [f"Rewriting the answer: {event.reason}"]
    return []


_ROUTES = {
    "knowledge": "Looking in your documents",
    "web": "Searching the web",
    "functions": "Using a tool",
    "direct": "Answering from the conversation",
}


def _where(hit: RetrievedHit) -> str:
    where = hit.source + (f", page {hit.page}" if hit.page is not None else "")
    return where + (f" › {hit.heading}" if hit.heading else "")


def tool_name(name: str) -> str:
    """A tool's name as a reader writes it: "unit_convert" becomes "Unit convert"."""
    return name.replace("_", " ").strip().capitalize()


def _arguments(args: dict[str, Any]) -> str:
    if len(args) == 1:
        return str(next(iter(args.values())))
    return ", ".join(f"{key} {value}" for key, value in args.items())


def plain_lines(event: Event) -> list[str]:
    """What a step did, in words, with the passages numbered as the answer cites them.

    Scores, search modes and raw arguments are left to ``step_lines``; what a reader must know to
    trust the answer (a suspicious passage, an unsupported sentence, removed text) stays here.
    """
    match event:
        case RouteEvent():
            return [_ROUTES[event.route]]
        case RetrievalEvent():
            if not event.hits:
                return [f"Searched your documents for “{event.query}”: nothing matched"]
            lines = [
                f"Searched your documents for “{event.query}”: "
                f"{counted(len(event.hits), 'passage')}, best from {_where(event.hits[0])}"
            ]
            for hit in event.hits:
                lines.append(f"[{hit.n}] {_where(hit)} — {snippet(hit.text)}")
                if hit.suspicious:
                    lines.append(
                        f"    Looks written for an AI assistant ({hit.suspicious}); not quoted"
                    )
            return lines
        case GradingEvent():
            judge = "the model" if event.method == "model" else "similarity to the question"
            return [f"{event.relevant} of {event.total} passages judged relevant (by {judge})"]
        case WebSearchEvent():
            if event.skipped:
                return [f"Web search skipped: {event.skipped}"]
            lines = [
                f"Searched the web for “{event.query}”: {counted(len(event.results), 'result')}"
            ]
            lines += [f"[{result.n}] {result.title} — {result.url}" for result in event.results]
            return lines
        case ToolCallEvent():
            return [f"{tool_name(event.name)}: {_arguments(event.args)}"]
        case ToolResultEvent():
            if event.error:
                return [f"{tool_name(event.name)} failed: {event.error}"]
            return [f"{tool_name(event.name)} gave {event.output}"]
        case CheckEvent():
            if event.method == "echoes":
                lines = []
            elif event.grounded:
                lines = ["Checked: every cited sentence is in its source"]
            else:
                lines = ["Checked: some sentences were not found in their sources"]
            lines += [f"Not found in its source: “{sentence}”" for sentence in event.unsupported]
            lines += [f"Removed (no source holds it): {text}" for text in event.removed]
            return lines
        case SummaryEvent():
            return [
                f"Summarised {event.summarised} earlier messages to keep within the model's memory"
            ]
        case ErrorEvent():
            return [f"Something went wrong in {event.stage}: {event.message}"]
        case RewriteEvent():
            return [event.reason]
    return []


def date_group(updated_at: str, today: date, zone: tzinfo | None = None) -> str:
    """The heading a conversation is listed under ("Today", "Yesterday", "Previous 7 days"...).

    ``updated_at`` is an ISO timestamp, read in the reader's time ``zone`` (the server's when
    unknown); ``today`` is the reader's date.
    """
    try:
        day = datetime.fromisoformat(updated_at).astimezone(zone).date()
    except ValueError:
        return "Older"
    age = (today - day).days
    if age <= 0:
        return "Today"
    if age == 1:
        return "Yesterday"
    if age < 7:
        return "Previous 7 days"
    if age < 30:
        return "Previous 30 days"
    return "Older"


BUILT_IN_QUESTIONS = ("What is 12*(3+4)?", "What time is it in Tokyo?")
"""Suggested on an empty conversation next to the documents' own: a calculation and a clock."""


def suggested_questions(sources: Sequence[str], limit: int = 3) -> list[str]:
    """Questions to start an empty conversation: what the first documents are about, then tools.

    A file's name stands for its title ("expense-policy.md" asks "What is expense policy about?"),
    which the retriever finds by its words in any language.
    """
    documents = []
    for source in sources[:limit]:
        stem = source.rsplit(".", 1)[0] if "." in source else source
        title = one_line(re.sub(r"[-_]+", " ", stem), 60).strip()
        if title:
            documents.append(f"What is {title} about?")
    return [*documents, *BUILT_IN_QUESTIONS]


def status_label(steps: Sequence[Event], answer: AnswerEvent | None) -> str:
    """What the turn did, in one line: "Calculator: 12*(3+4) → 84", "3 sources from 2 documents"."""
    if answer is None:
        return "Steps"
    if answer.route == "functions":
        calls = [step for step in steps if isinstance(step, ToolCallEvent)]
        results = [step for step in steps if isinstance(step, ToolResultEvent)]
        done = [
            f"{tool_name(call.name)}: {_arguments(call.args)} → "
            + (f"failed ({result.error})" if result.error else str(result.output))
            for call, result in zip(calls, results, strict=False)
        ]
        return one_line("; ".join(done)) if done else "No tool could answer"
    if answer.citations:
        documents = {c.source for c in answer.citations if c.kind == "document"}
        web = any(c.kind == "web" for c in answer.citations)
        origin = [counted(len(documents), "document")] if documents else []
        origin += ["the web"] if web else []
        return f"{counted(len(answer.citations), 'source')} from {' and '.join(origin)}"
    searched = [step for step in steps if isinstance(step, RetrievalEvent | WebSearchEvent)]
    if answer.route in ("knowledge", "web") or searched:
        return "Searched, but nothing was cited"
    return "Answered from the conversation"
