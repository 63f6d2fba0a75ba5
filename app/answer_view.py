"""An answer whose every [n] is a button that opens its source: a small Streamlit component.

Streamlit's own text elements cannot hold a control inside a sentence, so the answer is drawn by
a component of ours. The answer is untrusted text (it quotes documents and web pages): it reaches
the browser as data and becomes text nodes (``textContent``), never HTML; the only elements are
the component's own ``<span>`` and ``<button>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import streamlit as st

from signalbox.agents.events import Citation

_MARKER = re.compile(r"\[(\d{1,3})\]")

_CSS = """
.signalbox-answer { white-space: pre-wrap; line-height: 1.6; font-family: inherit; }
.signalbox-answer .signalbox-cite {
  font: inherit; font-weight: 600; color: var(--st-primary-color, #ff4b4b);
  background: none; border: none; padding: 0 0.1em; cursor: pointer; text-decoration: underline;
}
.signalbox-answer .signalbox-cite:focus-visible { outline: 2px solid currentColor; }
"""

_JS = """
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let root = parentElement.querySelector(".signalbox-answer");
  if (!root) {
    root = document.createElement("div");
    root.className = "signalbox-answer";
    parentElement.appendChild(root);
  }
  root.replaceChildren();
  for (const part of (data && data.parts) || []) {
    if (part.n === undefined) {
      root.appendChild(document.createTextNode(part.text));
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "signalbox-cite";
    button.textContent = "[" + part.n + "]";
    button.title = part.label;
    button.setAttribute("aria-label", "Open source " + part.n + ": " + part.label);
    button.addEventListener("click", () => setTriggerValue("opened", part.n));
    root.appendChild(button);
  }
}
"""

_answer = st.components.v2.component("signalbox_answer", css=_CSS, js=_JS, isolate_styles=False)


def answer_parts(text: str, labels: dict[int, str]) -> list[dict[str, Any]]:
    """The answer as text pieces and citation markers; a marker without a source stays text."""
    parts: list[dict[str, Any]] = []
    position = 0
    for match in _MARKER.finditer(text):
        n = int(match.group(1))
        if n not in labels:
            continue
        if match.start() > position:
            parts.append({"text": text[position : match.start()]})
        parts.append({"n": n, "label": labels[n]})
        position = match.end()
    if position < len(text):
        parts.append({"text": text[position:]})
    return parts


def answer_with_citations(
    text: str,
    citations: list[Citation],
    *,
    key: str,
    describe: Callable[[Citation], str],
) -> Citation | None:
    """Draw the answer with clickable markers; the citation whose marker was just clicked."""
    labels = {citation.n: describe(citation) for citation in citations}
    result = _answer(
        data={"parts": answer_parts(text, labels)},
        key=key,
        on_opened_change=lambda: None,
    )
    opened = getattr(result, "opened", None)
    return next((citation for citation in citations if citation.n == opened), None)
