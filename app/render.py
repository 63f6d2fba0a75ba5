"""Plain-text descriptions of events, shared by the CLI and the chat's step list."""

from __future__ import annotations

import re

from signalbox.agents.events import (
    CheckEvent,
    Citation,
    ErrorEvent,
    Event,
    GradingEvent,
    RetrievalEvent,
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


def chunks(n: int) -> str:
    """Chunk counts as a reader writes them: "1 chunk", "6 chunks"."""
    return f"{n} chunk" if n == 1 else f"{n} chunks"


def location(citation: Citation) -> str:
    """Where a cited passage is: file and page or section, or the URL."""
    if citation.url:
        return citation.url
    where = citation.source
    if citation.page is not None:
        where += f", page {citation.page}"
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
                snippet = " ".join(hit.text.split())[:SNIPPET]
                lines.append(f"  [{hit.n}] {where} score={hit.score:.3f} — {snippet}")
                if hit.suspicious:
                    lines.append(f"      suspicious: {hit.suspicious}; not quoted as an answer")
            return lines
        case GradingEvent():
            return [f"Graded: {event.relevant} of {event.total} passages relevant"]
        case WebSearchEvent():
            if event.skipped:
                return [f"Web search skipped: {event.skipped}"]
            lines = [f"Web search: {len(event.results)} results for {event.query!r}"]
            lines += [f"  {r.get('title', '')} — {r.get('url', '')}" for r in event.results]
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
    return []
