"""The embedded API: ``Assistant().ask(...)`` and ``Assistant().stream(...)``.

``Assistant`` is the only door for front ends: besides turns it offers the knowledge base (ingest,
sources, search, forget), its index (status, HNSW build, copy to a server), the limits to check input
against, threads and feedback, so that nothing in ``app/`` reaches into the graph or the tools.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from langchain_core.messages import BaseMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.types import Command

from signalbox.agents import index
from signalbox.agents.events import (
    AnswerEvent,
    ApprovalEvent,
    Citation,
    ErrorEvent,
    Event,
    RewriteEvent,
    TokenEvent,
    parse_event,
)
from signalbox.agents.journal import Feedback, ThreadInfo, Turn
from signalbox.agents.resources import (
    checkpointer,
    journal,
    mcp_connections,
    shared_semantic_router,
    toolbox,
)
from signalbox.agents.settings import Settings
from signalbox.graphs import Context, InputState, build_graph
from signalbox.graphs.nodes.route import MAX_QUESTION_CHARS
from signalbox.graphs.redaction import StreamRedactor, redact
from signalbox.graphs.resilience import describe
from signalbox.tools.knowledge import (
    Hit,
    IngestProgress,
    IngestReport,
    KnowledgeBase,
    SearchMode,
    SourceInfo,
    ingest,
)
from signalbox.tools.knowledge.loaders import SUPPORTED_SUFFIXES
from signalbox.tools.knowledge.sparse import tokenize

AWAITING = (
    "A tool call in this conversation is waiting for approval; approve or reject it before "
    "asking something else."
)
NOTHING_PENDING = "No tool call in this conversation is waiting for approval."
READ_ONLY = (
    "This conversation belongs to another session and is read-only here; start a new "
    "conversation to ask a question."
)


@dataclass(frozen=True)
class ToolInfo:
    """A tool the functions route offers the model."""

    name: str
    description: str
    server: str = ""
    """The MCP server that runs it; empty for a built-in tool."""
    needs_approval: bool = False


@dataclass(frozen=True)
class Limits:
    """What a front end can refuse up front, before the graph or the ingestion refuses it."""

    max_question_chars: int
    file_types: tuple[str, ...]
    """The file suffixes ingestion reads, without the dot, sorted: ``("csv", "docx", …)``."""
    max_file_mb: float


@dataclass
class Answer:
    """The outcome of one turn."""

    text: str
    route: str
    grounded: bool
    thread_id: str
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    message_id: str = ""
    """The answer's id in the thread, for ``Assistant.give_feedback``."""
    pending: ApprovalEvent | None = None
    """A tool call waiting for approval: the turn is paused (``text`` is empty) until
    ``Assistant.decide`` (or ``resume``) approves or rejects it."""


class Written(Enum):
    """A marker in the graph's event stream: the answer node has written the whole answer."""

    WRITTEN = "written"


WRITTEN = Written.WRITTEN


class Assistant:
    """Signalbox for Python programs; threads persist in SQLite under the data dir."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._toolbox = toolbox(self.settings)
        self._checkpointer = checkpointer(self.settings.threads_db.resolve())
        self.journal = journal(self.settings.threads_db.resolve())
        self._paused: dict[str, tuple[str, list[Event]]] = {}
        """Question and steps of turns paused for approval, to journal them whole once finished."""
        self._graph = build_graph(
            self._toolbox,
            checkpointer=self._checkpointer,
            semantic_router=shared_semantic_router(),
        )

    @property
    def mode(self) -> str:
        """The answering mode: "offline", or the model in use."""
        return self.settings.mode

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base this assistant searches."""
        return self._toolbox.knowledge

    @property
    def function_tools(self) -> list[ToolInfo]:
        """Every tool the functions route may call: built-in ones, then those of MCP servers."""
        return [
            ToolInfo(
                name=tool.name,
                description=tool.description,
                server=(tool.metadata or {}).get("mcp_server", ""),
                needs_approval=bool((tool.metadata or {}).get("needs_approval")),
            )
            for tool in self._toolbox.functions
        ]

    @property
    def mcp_problems(self) -> dict[str, str]:
        """Configured MCP servers that are not connected, with why (their tools are missing)."""
        if self.settings.mcp_config is None:
            return {}
        return mcp_connections(self.settings.mcp_config.resolve()).problems

    @property
    def web_search_enabled(self) -> bool:
        """Whether a web search key is configured."""
        return self._toolbox.web is not None

    @property
    def context(self) -> Context:
        """The run settings a turn gets unless the call passes its own: every field from Settings.

        To change one for one turn, pass a copy:
        ``assistant.ask(q, context=dataclasses.replace(assistant.context, web_search=False))``.
        """
        return Context(
            top_k=self.settings.top_k,
            search_mode=self.settings.search_mode,
            neighbours=self.settings.neighbours,
            memory_tokens=self.settings.memory_tokens,
            model=self.settings.model,
            web_search=self.settings.web_search,
        )

    @property
    def limits(self) -> Limits:
        """The longest question the graph answers and the files ingestion accepts."""
        return Limits(
            max_question_chars=MAX_QUESTION_CHARS,
            file_types=tuple(sorted(suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES)),
            max_file_mb=self.settings.max_file_mb,
        )

    def warm_up(self, sample: str) -> None:
        """Load now what a first question would otherwise wait for.

        That is the embedding model, the index, the route examples, and the word list of
        ``sample``'s languages (Chinese text loads jieba's). Raises what opening them raises
        (``IndexLockedError``, ``EmbeddingModelMissing``), so a front end can report it before
        anyone asks.
        """
        self.knowledge.count()
        shared_semantic_router().scores(sample)
        tokenize(sample)

    @property
    def index_location(self) -> str:
        """Where the index lives, for people (never includes an API key)."""
        return self.knowledge.location.describe()

    def chunk_count(self) -> int:
        """How many chunks the index holds (0 before the first ingestion)."""
        return self.knowledge.count()

    def ingest(
        self,
        paths: Iterable[Path],
        *,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        on_progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """Add files and folders (walked) to the knowledge base, within the configured file limits.

        Unchanged files are skipped and changed ones replaced; a failing file costs only itself
        (see the report). ``on_progress`` is called as files are read and chunks embedded.
        """
        return ingest(
            self.knowledge,
            paths,
            include=include,
            exclude=exclude,
            on_progress=on_progress,
            limits=self.settings.file_limits,
        )

    def sources(self) -> list[SourceInfo]:
        """Every ingested file with its chunk count, by name."""
        return self.knowledge.sources()

    def sources_named(self, name: str) -> list[SourceInfo]:
        """The ingested files ``name`` means: a file name as ``sources`` lists it, or a path.

        Several files may share a name; a caller that needs one asks for the path then.
        """
        wanted = str(Path(name).expanduser().resolve())
        return [
            info
            for info in self.sources()
            if name in (info.source, info.path) or info.path == wanted
        ]

    def forget(self, source: SourceInfo) -> None:
        """Remove an ingested file and all its chunks; no later answer can cite it."""
        self.knowledge.forget(source.path)

    def index_status(self) -> index.IndexStatus:
        """Points, HNSW-indexed vectors, segments and disk size of the index, and where it is.

        On a Qdrant server only the points are counted here; its dashboard reports the rest.
        """
        return index.index_status(self.knowledge)

    def build_index(self) -> index.IndexBuild:
        """Build the embedded index's HNSW graph (worth it from ``Settings.hnsw_from`` chunks).

        It blocks: qdrant-edge-py 0.9.0 holds the GIL for the whole build (minutes at a few hundred
        thousand chunks on 2 cores), so no thread of this process runs meanwhile, and no progress
        can be reported. Call it from a process that serves no chat, such as ``signalbox index
        build``; that process holds the index's lock, so the chat cannot open it until the end.
        On a Qdrant server nothing is done: the server indexes by itself.
        """
        return index.build_index(self.knowledge)

    def release_index(self) -> None:
        """Close the embedded index and its one-process lock, so that another process may open it.

        For a command that hands the index to a child process (the HNSW build); this assistant
        must not search or ingest afterwards. A Qdrant server connection is left as it is.
        """
        self.knowledge.release()

    def copy_index(
        self,
        url: str,
        *,
        api_key: str | None = None,
        collection: str | None = None,
        resume: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Copy the embedded index to a Qdrant server, nothing embedded again; how many points.

        ``collection`` defaults to this one's name, so that setting ``QDRANT_URL`` afterwards finds
        it. ``on_progress`` receives (points copied, points in the index) after each batch. Raises
        ``NoEmbeddedIndex``, ``ServerUnavailable``, ``TargetNotEmpty`` (unless ``resume``) or
        ``IndexCopyError``; their messages never include the API key.
        """
        return index.copy_to_server(
            self.knowledge,
            url,
            api_key=api_key,
            collection=collection or self.settings.collection,
            resume=resume,
            on_progress=on_progress,
        )

    def search(
        self,
        query: str,
        *,
        k: int | None = None,
        mode: SearchMode | None = None,
        sources: Sequence[str] = (),
        types: Sequence[str] = (),
    ) -> list[Hit]:
        """The retriever's raw hits with their scores (no grading, no answer).

        ``k`` and ``mode`` default to the configured top_k and search mode; ``sources`` (file
        names) and ``types`` (e.g. "pdf") narrow the search.
        """
        return self.knowledge.search(
            query,
            k=k or self.settings.top_k,
            mode=mode or self.settings.search_mode,
            sources=sources,
            types=types,
        )

    def stream(
        self,
        question: str,
        *,
        thread_id: str | None = None,
        space: str | None = None,
        context: Context | None = None,
    ) -> Iterator[Event]:
        """Run one turn, yielding its events as they happen; the last is always an answer.

        The finished turn is kept in the journal (and listed in ``space``, a browser session's
        sidebar, when given), so that its steps can be shown again later. A browser session may
        only add to threads it started: another's thread, opened from a shared link, is read-only.
        ``context`` replaces the run settings for this turn only (default: ``self.context``).
        """
        thread = thread_id or new_thread_id()
        if space is not None and not self.owns_thread(space, thread):
            yield ErrorEvent(stage="thread", message=READ_ONLY)
            yield AnswerEvent(text=READ_ONLY, grounded=False, route="direct")
            return
        if self.pending_approval(thread) is not None:
            yield ErrorEvent(stage="thread", message=AWAITING)
            yield AnswerEvent(text=AWAITING, grounded=False, route="direct")
            return
        yield from self._journaled(
            {"messages": [HumanMessage(content=question)]},
            question,
            thread,
            space,
            [],
            context or self.context,
        )

    def resume(
        self,
        thread_id: str,
        *,
        approved: bool,
        space: str | None = None,
        context: Context | None = None,
    ) -> Iterator[Event]:
        """Approve or reject the tool call a paused turn waits for, and finish the turn.

        Only an explicit approval runs the tool; a rejected call is reported to the model (or the
        offline answer) as not run. The events are those of the rest of the turn, run with
        ``context`` when given (as ``stream`` does).
        """
        if space is not None and not self.owns_thread(space, thread_id):
            yield ErrorEvent(stage="thread", message=READ_ONLY)
            yield AnswerEvent(text=READ_ONLY, grounded=False, route="direct")
            return
        if self.pending_approval(thread_id) is None:
            yield ErrorEvent(stage="approval", message=NOTHING_PENDING)
            yield AnswerEvent(text=NOTHING_PENDING, grounded=False, route="direct")
            return
        question, steps = self._paused.pop(thread_id, (self._question(thread_id), []))
        decision: Command[Any] = Command(resume={"approved": approved})
        yield from self._journaled(
            decision, question, thread_id, space, steps, context or self.context
        )

    def _journaled(
        self,
        payload: InputState | Command[Any],
        question: str,
        thread: str,
        space: str | None,
        steps: list[Event],
        context: Context,
    ) -> Iterator[Event]:
        """Run the graph, keeping the finished turn (with the steps before any pause) in the journal."""
        for event in self._run(payload, thread, context):
            if isinstance(event, AnswerEvent):
                self.journal.record(thread, Turn(question, event, steps), space=space)
            elif isinstance(event, ApprovalEvent):
                self._paused[thread] = (question, [*steps, event])
            elif not isinstance(event, TokenEvent | RewriteEvent):
                steps.append(event)
            yield event

    def pending_approval(self, thread_id: str) -> ApprovalEvent | None:
        """The tool call this thread's turn is paused on, if any (survives a restart)."""
        snapshot = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        for pause in snapshot.interrupts:
            if isinstance(pause.value, dict) and pause.value.get("type") == "approval":
                event = parse_event(json.loads(redact(json.dumps(pause.value))))
                if isinstance(event, ApprovalEvent):
                    return event
        return None

    def _question(self, thread_id: str) -> str:
        snapshot = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return str(snapshot.values.get("question", ""))

    def _run(
        self, payload: InputState | Command[Any], thread: str, context: Context
    ) -> Iterator[Event]:
        """The graph's events with every registered key scrubbed from every text they carry."""
        tokens = StreamRedactor()
        for event in self._raw_events(payload, thread, context):
            if event is WRITTEN:  # the answer is whole: nothing more can follow its last characters
                if held := tokens.flush():
                    yield TokenEvent(text=held)
                continue
            if isinstance(event, TokenEvent):
                if text := tokens.feed(event.text):
                    yield TokenEvent(text=text)
                continue
            if held := tokens.flush():
                yield TokenEvent(text=held)
            yield parse_event(json.loads(_scrubbed(event)))

    def _raw_events(
        self, payload: InputState | Command[Any], thread: str, context: Context
    ) -> Iterator[Event | Written]:
        """The graph's events, and ``WRITTEN`` when the answer node has finished its answer.

        The redactor holds back an answer's last characters until it knows what follows; without
        the marker they would wait for the citation check (a model call) to end.
        """
        config: RunnableConfig = {"configurable": {"thread_id": thread}}
        answered = False
        try:
            for part in self._graph.stream(
                payload,
                config,
                context=context,
                stream_mode=["custom", "updates"],
                version="v2",
                durability="sync",
            ):
                if part["type"] == "updates":
                    if "answer" in part["data"]:
                        yield WRITTEN
                    continue
                if part["type"] != "custom":
                    continue
                event = parse_event(part["data"])
                answered = answered or isinstance(event, AnswerEvent)
                yield event
        except Exception as exc:  # the turn must end in an answer, whatever failed
            yield ErrorEvent(stage="graph", message=describe(exc))
        if not answered and (pending := self.pending_approval(thread)) is not None:
            yield pending  # paused: the turn ends when the call is approved or rejected
            return
        if not answered:
            yield AnswerEvent(
                text="Something went wrong before I could answer; the error is shown above.",
                grounded=False,
                route="direct",
            )

    def ask(
        self, question: str, *, thread_id: str | None = None, context: Context | None = None
    ) -> Answer:
        """Run one turn and return its answer with every event (or the call it waits on).

        ``context`` replaces the run settings for this turn only, as in ``stream``.
        """
        thread = thread_id or new_thread_id()
        return _answer(thread, list(self.stream(question, thread_id=thread, context=context)))

    def decide(self, thread_id: str, *, approved: bool, context: Context | None = None) -> Answer:
        """Approve or reject the call a paused turn waits for; the rest of the turn's answer."""
        events = self.resume(thread_id, approved=approved, context=context)
        return _answer(thread_id, list(events))

    def history(self, thread_id: str) -> list[BaseMessage]:
        """The messages the graph still holds for a thread (older ones may be summarised away)."""
        snapshot = self._graph.get_state({"configurable": {"thread_id": thread_id}})
        return list(snapshot.values.get("messages", []))

    def turns(self, thread_id: str) -> list[Turn]:
        """Every finished turn of a thread with its steps, oldest first."""
        return self.journal.turns(thread_id)

    def threads(self, space: str) -> list[ThreadInfo]:
        """The threads listed in a browser session's sidebar, most recent first."""
        return self.journal.threads(space)

    def list_thread(self, space: str, thread_id: str) -> None:
        """Show a thread in a browser session's sidebar (listing it does not make it the owner)."""
        self.journal.remember(space, thread_id)

    def unlist_thread(self, space: str, thread_id: str) -> None:
        """Take a thread off a browser session's sidebar; the thread itself stays."""
        self.journal.forget(space, thread_id)

    def owns_thread(self, space: str | None, thread_id: str) -> bool:
        """Whether a browser session (``space``; None: this program) may change a thread.

        The space that started a thread owns it; one that opened it from a shared link only reads.
        """
        return self.journal.owned_by(thread_id, space)

    def rename_thread(self, thread_id: str, title: str, *, space: str | None = None) -> None:
        """Give a thread a title; refused (PermissionError) unless ``space`` owns it."""
        self._check_owner(thread_id, space)
        self.journal.rename(thread_id, title)

    def delete_thread(self, thread_id: str, *, space: str | None = None) -> None:
        """Delete a thread: its checkpoints, its turns and its feedback; only its owner may."""
        self._check_owner(thread_id, space)
        self._checkpointer.delete_thread(thread_id)
        self.journal.delete(thread_id)

    def _check_owner(self, thread_id: str, space: str | None) -> None:
        if not self.owns_thread(space, thread_id):
            raise PermissionError(f"thread {thread_id!r} belongs to another session")

    def give_feedback(
        self,
        thread_id: str,
        message_id: str,
        rating: Literal["up", "down"],
        comment: str = "",
    ) -> Feedback:
        """Keep a reader's verdict on one answer, with the question and answer it is about."""
        turn = next(
            (t for t in self.journal.turns(thread_id) if t.answer.message_id == message_id), None
        )
        if turn is None:
            raise KeyError(f"no answer {message_id!r} in thread {thread_id!r}")
        feedback = Feedback(
            thread_id=thread_id,
            message_id=message_id,
            rating=rating,
            comment=comment.strip(),
            question=turn.question,
            answer=turn.answer.text,
        )
        self.journal.add_feedback(feedback)
        return feedback

    def feedback(self, thread_id: str | None = None) -> list[Feedback]:
        """Every verdict given (on one thread's answers, when given), oldest first."""
        return self.journal.feedback(thread_id)


def _answer(thread: str, events: list[Event]) -> Answer:
    """The Answer of a turn's events: the final answer, or the approval it is paused on."""
    if events and isinstance(events[-1], ApprovalEvent):
        return Answer(
            text="",
            route="functions",
            grounded=False,
            thread_id=thread,
            events=events,
            pending=events[-1],
        )
    final = next(e for e in reversed(events) if isinstance(e, AnswerEvent))
    return Answer(
        text=final.text,
        route=final.route,
        grounded=final.grounded,
        thread_id=thread,
        citations=final.citations,
        events=events,
        message_id=final.message_id,
    )


def _scrubbed(event: Event) -> str:
    """The event as JSON without this process's keys; error texts also lose anything key-shaped."""
    return redact(event.to_json(), key_shapes=isinstance(event, ErrorEvent))


def new_thread_id() -> str:
    """A fresh conversation id."""
    return uuid.uuid4().hex
