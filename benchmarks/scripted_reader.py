"""The scripted reader: an OpenAI-compatible server on loopback that plays Signalbox's model calls.

It is a scripted stand-in, not a language model. It lets ``signalbox eval`` run its model mode
(the real ``langchain_openai.ChatOpenAI`` over real HTTP, structured output, SSE streaming, the
judge and the rewrite loop) on a machine without a model, and every reply is decided by a fixed,
documented rule, so a figure measured with it says what the model path does to the offline
reader's answers, not how good any model is:

- **route** (structured output ``RouteChoice``): always ``knowledge``, with the user's latest
  message, unchanged, as the search query;
- **grading** (schema ``Relevance``): every passage in the prompt is relevant, in the order given,
  so the model mode answers from all the hits the retriever returned, in its order;
- **judge** (schema ``Support``): no claim is unsupported (the check's own overlap measure still
  applies, as in every mode);
- **answer** (streamed text): the numbered ``<source>`` blocks of the prompt are read back and given
  to Signalbox's own offline extractive reader (``graphs.extractive.extract_answer``) with the
  prompt's question; its ``[n]`` are the prompt's source ids. When it abstains, the reply is the
  offline mode's own "I don't know from these sources" wording (``graphs.compose.no_answer``, with
  the prompt's system notes), which is how the answer prompt asks a model to say what is missing.
  The prompt carries a source's text, title and origin but not the section heading that the
  offline reader also sees, so on documents with headings the two can differ;
- anything else (function tools, a direct reply, a summary) gets a fixed text saying that the call
  is not scripted.

Every call is counted by kind, with the answers that abstained or flagged a conflict, the replies
that were streamed, and any call the script failed on (answered with HTTP 500).

The server binds 127.0.0.1 only and stops when its context exits or, by itself, after
``lifetime_s``.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from langchain_core.embeddings import Embeddings

from benchmarks.loopback import chunks, completion, send_stream, serve
from signalbox.graphs.compose import no_answer
from signalbox.graphs.events import Evidence
from signalbox.graphs.extractive import extract_answer
from signalbox.graphs.prompts import ANSWER_SYSTEM, REWRITE_FEEDBACK

MODEL_NAME = "scripted-reader"
DESCRIPTION = (
    "scripted reader (benchmarks/scripted_reader.py): not a language model; routes every "
    "question to the documents, keeps every retrieved passage in the retriever's order, finds "
    "no claim unsupported, and answers with Signalbox's offline extractive reader applied to the "
    "sources in the answer prompt, over the real ChatOpenAI client and HTTP"
)
NOT_SCRIPTED = (
    "The scripted reader only plays routing, grading, judging and answering from sources."
)
DEFAULT_LIFETIME_S = 3 * 3600.0

_SOURCE = re.compile(r'<source id="(\d+)"([^>]*)>\n(.*?)\n</source>', re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_PASSAGE_ID = re.compile(r'<passage id="(\d+)"')
_NOTES = re.compile(r"\n\nNotes from the system: (.*?)\n\nQuestion: ", re.DOTALL)
_FEEDBACK = "\n\n" + REWRITE_FEEDBACK.split("\n", 1)[0]
_PIECE = re.compile(r"\S+\s*|\s+")


@dataclass
class ScriptedReader:
    """The server's address and a count of the calls it played, by kind."""

    base_url: str
    calls: Counter[str] = field(default_factory=Counter)

    def report(self) -> dict[str, Any]:
        """What a report says about the model: that it was this script, and what it was asked."""
        return {"name": MODEL_NAME, "description": DESCRIPTION, "calls": dict(self.calls)}


def call_kind(body: dict[str, Any]) -> str:
    """Which of Signalbox's calls a request is: by its structured-output schema, else its prompt."""
    schema = (body.get("response_format") or {}).get("json_schema", {}).get("name")
    kinds = {"RouteChoice": "route", "Relevance": "grading", "Support": "judge"}
    if schema:
        return kinds.get(schema, "other")
    messages = body.get("messages") or [{}]
    if not body.get("tools") and messages[0].get("content") == ANSWER_SYSTEM:
        return "answer"
    return "other"


def _last_user_text(body: dict[str, Any]) -> str:
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    return str(users[-1].get("content") or "") if users else ""


def _sources(prompt: str) -> list[Evidence]:
    """The numbered sources of an answer prompt, as the evidence the answer node had."""
    evidence = []
    for number, attributes, text in _SOURCE.findall(prompt):
        attrs = {k: html.unescape(v) for k, v in _ATTRIBUTE.findall(attributes)}
        evidence.append(
            Evidence(
                n=int(number),
                source=attrs.get("origin", ""),
                title=attrs.get("title", ""),
                text=html.unescape(text),
            )
        )
    return evidence


def _question_and_notes(prompt: str) -> tuple[str, str]:
    """The question (without any rewrite feedback) and the system notes, after the last block."""
    tail = prompt.rsplit("</source>", 1)[-1]
    notes = _NOTES.search(tail)
    question = tail.split("\n\nQuestion: ", 1)[-1].split(_FEEDBACK, 1)[0]
    return question.strip(), notes.group(1).strip() if notes else ""


class _Script:
    """The replies, one rule per kind of call (see the module docstring)."""

    def __init__(self, embeddings: Embeddings, calls: Counter[str]) -> None:
        self.embeddings = embeddings
        self.calls = calls

    def reply(self, body: dict[str, Any]) -> str:
        kind = call_kind(body)
        self.calls[kind] += 1
        prompt = _last_user_text(body)
        if kind == "route":
            reason = "scripted reader: every question searches the documents"
            return json.dumps({"route": "knowledge", "reason": reason, "query": prompt.strip()})
        if kind == "grading":
            ids = list(dict.fromkeys(int(n) for n in _PASSAGE_ID.findall(prompt)))
            return json.dumps({"relevant": ids})
        if kind == "judge":
            return json.dumps({"unsupported": []})
        if kind == "answer":
            return self._answer(prompt)
        return NOT_SCRIPTED

    def _answer(self, prompt: str) -> str:
        question, notes = _question_and_notes(prompt)
        evidence = _sources(prompt)
        found = extract_answer(question, evidence, self.embeddings) if evidence else None
        if found is not None and found.text:
            if found.conflict:
                self.calls["answer_conflict"] += 1
            return found.text
        self.calls["answer_abstained"] += 1
        return no_answer(question, [notes] if notes else [])


@contextmanager
def scripted_reader(
    embeddings: Embeddings, lifetime_s: float = DEFAULT_LIFETIME_S
) -> Iterator[ScriptedReader]:
    """Serve the script on a free 127.0.0.1 port; stops on exit, or by itself after ``lifetime_s``.

    ``embeddings`` is what the offline reader compares sentences with: pass the assistant's own
    (``signalbox.agents.resources.shared_embeddings()``) so that both modes read alike.
    """
    calls: Counter[str] = Counter()
    script = _Script(embeddings, calls)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            model = str(body.get("model") or MODEL_NAME)
            try:
                text = script.reply(body)
            except Exception as exc:  # reported to the client as a server error, and counted
                calls["failed"] += 1
                error = {"error": {"message": f"scripted reader: {exc!r}", "type": "server_error"}}
                self._send_json(500, error)
                return
            if not body.get("stream"):
                self._send_json(200, completion({"role": "assistant", "content": text}, model))
                return
            calls["streamed"] += 1
            send_stream(self, chunks(_PIECE.findall(text), model))

        def _send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    with serve(Handler, lifetime_s) as port:
        yield ScriptedReader(f"http://127.0.0.1:{port}/v1", calls)
