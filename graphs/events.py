"""The graph's contract: the typed events of a turn, and the records they carry.

Nodes emit instances of these models (``graphs.emit.emit``), so a misspelt field fails where the
event is made, not later in a front end. The records that travel through the state (evidence, tool
results, citations) are the same models: a citation's fields are defined once, in ``Source``.
Front ends receive them through ``signalbox.agents`` (``Assistant.stream``), unchanged.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter


class _Event(BaseModel):
    def to_json(self) -> str:
        """One JSON line, as ``signalbox ask --json`` prints it."""
        return self.model_dump_json()


class RouteEvent(_Event):
    """Where the turn goes and why."""

    type: Literal["route"] = "route"
    route: Literal["knowledge", "web", "functions", "direct"]
    reason: str
    scores: dict[str, float] = Field(default_factory=dict)
    mode: str = "offline"
    """Who decided: "offline" (patterns and the semantic router) or "model"."""
    query: str = ""
    """What the knowledge base or the web is searched for (follow-ups rewritten to stand alone)."""


class Source(BaseModel):
    """Where a passage is from and what it says: the fields every citable record shares."""

    kind: Literal["document", "web"] = "document"
    source: str
    """The file name, or the URL of a web page."""
    path: str = ""
    """The ingested file a document passage is from (two files may share a name); empty for web."""
    page: int | None = None
    title: str = ""
    heading: str = ""
    url: str | None = None
    text: str = ""

    def source_fields(self) -> dict[str, Any]:
        """The ``Source`` fields alone, to make another record about the same passage."""
        return self.model_dump(include=set(Source.model_fields))


class Evidence(Source):
    """A numbered source gathered this turn (a widened chunk or a web result); untrusted text."""

    n: int
    score: float = 0.0


class RetrievedHit(Source):
    """A chunk the retriever returned, numbered as the answer cites it."""

    n: int
    score: float
    similarity: float
    suspicious: str = ""
    """Why the passage looks written for an AI assistant rather than a reader ("" when it does
    not); its instructions are never quoted in an answer."""


class Grade(BaseModel):
    """Why one retrieved chunk was kept or dropped."""

    n: int
    source: str
    relevant: bool
    similarity: float
    overlap: float


class WebResult(BaseModel):
    """A web search result as the steps show it (its text is cut; the evidence holds all of it)."""

    n: int
    title: str
    url: str
    score: float
    content: str


class ToolResult(BaseModel):
    """What one function tool call returned, or why it failed."""

    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    output: Any = None
    error: str | None = None


class RetrievalEvent(_Event):
    """The knowledge-base search and what it found."""

    type: Literal["retrieval"] = "retrieval"
    query: str
    mode: str
    hits: list[RetrievedHit]


class GradingEvent(_Event):
    """Which retrieved chunks were judged relevant."""

    type: Literal["grading"] = "grading"
    relevant: int
    total: int
    method: str = "similarity"
    """"model" (the model as judge) or "similarity" (embedding similarity and term overlap)."""
    grades: list[Grade] = Field(default_factory=list)


class WebSearchEvent(_Event):
    """A web search, its results, or why it was skipped."""

    type: Literal["web_search"] = "web_search"
    query: str
    results: list[WebResult] = Field(default_factory=list)
    skipped: str | None = None


class ToolCallEvent(_Event):
    """A function tool about to run."""

    type: Literal["tool_call"] = "tool_call"
    name: str
    args: dict[str, Any]


class ToolResultEvent(_Event):
    """What a function tool returned, or its error."""

    type: Literal["tool_result"] = "tool_result"
    name: str
    output: Any = None
    error: str | None = None


class ApprovalEvent(_Event):
    """A tool call that waits for a person's approval; the turn is paused until it is given.

    Resume with ``Assistant.resume(thread_id, approved=...)`` (in LangGraph Studio: resume the
    interrupt with ``{"approved": true}`` or ``{"approved": false}``).
    """

    type: Literal["approval"] = "approval"
    name: str
    args: dict[str, Any]
    server: str = ""
    """The MCP server that would run it."""
    description: str = ""
    """What the server says the tool does (untrusted text)."""


class TokenEvent(_Event):
    """A piece of the answer as it is written (with a model or offline: one channel)."""

    type: Literal["token"] = "token"
    text: str


class RewriteEvent(_Event):
    """The answer shown so far is withdrawn: the tokens that follow replace it, not extend it.

    Sent before a second attempt (the citation check rejected sentences of the first) and before
    the offline answer that stands in for a model that failed half-way.
    """

    type: Literal["rewrite"] = "rewrite"
    reason: str


class CheckEvent(_Event):
    """The verdict of the citation check."""

    type: Literal["check"] = "check"
    grounded: bool
    unsupported: list[str] = Field(default_factory=list)
    dropped_markers: list[int] = Field(default_factory=list)
    method: str = "overlap"
    """"overlap" (the cited passage holds the sentence's terms), "model and overlap" (the model as
    judge, which can only add doubts to the overlap's), or "echoes" (only links and prompt text were
    looked for, in an answer without cited sources)."""
    removed: list[str] = Field(default_factory=list)
    """Links and system-prompt text taken out of the answer: no evidence or user message held them."""


class Span(BaseModel):
    """Where, in a citation's ``text``, the sentences that support one claim of the answer are.

    Offsets count Unicode code points (Python string indices): ``text[start:end]`` is the span.
    """

    start: int
    end: int
    claim: str = ""
    """The answer's sentence that this span supports."""


class Citation(Source):
    """A source the answer cites as [n]; ``text`` is the whole passage the answer drew on."""

    n: int
    spans: list[Span] = Field(default_factory=list)
    """The supporting sentences of each claim that cites this source; empty when none stands out."""


class AnswerEvent(_Event):
    """The final answer of the turn."""

    type: Literal["answer"] = "answer"
    text: str
    citations: list[Citation] = Field(default_factory=list)
    grounded: bool
    route: str
    message_id: str = ""
    """The id of the answer's message in the thread, for feedback; empty when the turn failed."""
    abstained: bool = False
    """The answer says the documents do not answer the question, rather than quoting near misses;
    evaluations score negative rejection from this flag, not from the wording."""
    conflict: bool = False
    """The answer says the sources disagree on the fact asked (two numbers, names or dates for the
    same thing); evaluations score error detection from this flag."""


class SummaryEvent(_Event):
    """Older turns were folded into a summary to keep the thread within its budget."""

    type: Literal["summary"] = "summary"
    summarised: int
    text: str


class ErrorEvent(_Event):
    """A failure in one stage; the turn still answers."""

    type: Literal["error"] = "error"
    stage: str
    message: str


Event = Annotated[
    RouteEvent
    | RetrievalEvent
    | GradingEvent
    | WebSearchEvent
    | ToolCallEvent
    | ToolResultEvent
    | ApprovalEvent
    | TokenEvent
    | RewriteEvent
    | CheckEvent
    | AnswerEvent
    | SummaryEvent
    | ErrorEvent,
    Field(discriminator="type"),
]
_EVENT = TypeAdapter(Event)


def parse_event(data: Event | dict[str, Any]) -> Event:
    """The typed event of a custom-stream payload: an event as nodes emit it, or its JSON form."""
    return _EVENT.validate_python(data)
