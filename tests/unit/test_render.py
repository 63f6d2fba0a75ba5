"""Step lines: what the CLI prints and the chat's status box shows for each event."""

from __future__ import annotations

from signalbox.agents.events import RetrievalEvent, RetrievedHit
from signalbox.app.render import escape_markdown, step_lines


def test_a_retrieved_passage_shows_source_page_heading_score_and_snippet() -> None:
    hit = RetrievedHit(
        n=1,
        source="manual.pdf",
        page=3,
        heading="Error codes",
        score=0.5,
        similarity=0.7,
        text="E21 means a propeller is damaged.",
    )
    event = RetrievalEvent(query="E21", mode="hybrid", hits=[hit])
    assert step_lines(event)[1] == (
        "  [1] manual.pdf p.3 › Error codes score=0.500 — E21 means a propeller is damaged."
    )


def test_markdown_from_untrusted_text_is_shown_literally() -> None:
    escaped = escape_markdown("![x](https://attacker.example/?q=1) <img src=x>")
    assert escaped == "\\!\\[x\\]\\(https://attacker\\.example/?q=1\\) \\<img src=x\\>"
