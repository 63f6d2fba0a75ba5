"""The ``signalbox`` command: ingest, ask, search, sources, forget, index, eval, feedback export.

Exit codes: 0 success, 1 some input failed (e.g. a file could not be ingested), 2 the index or the
set-up is unusable (e.g. locked by another process).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from signalbox.agents import Assistant, IndexStatus, IngestProgress
    from signalbox.agents.evaluation import RgbCase
    from signalbox.agents.events import ApprovalEvent, Event

app = typer.Typer(
    help="Signalbox: answers from your documents, the web and function tools, with citations.",
    no_args_is_help=True,
    add_completion=False,
)
# soft_wrap: long lines stay whole, so scripts and pipes see each message on one line.
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

EXIT_INPUT_FAILED = 1
EXIT_UNUSABLE = 2
# The retriever's modes by the names --mode takes (typer passes a plain string).
SEARCH_MODES: dict[str, Literal["dense", "sparse", "hybrid"]] = {
    "dense": "dense",
    "sparse": "sparse",
    "hybrid": "hybrid",
}


def _assistant() -> Assistant:
    """Build the assistant, turning set-up failures into one clear line and exit code 2."""
    from pydantic import ValidationError

    from signalbox.agents import (
        Assistant,
        EmbeddingModelMissing,
        IndexLockedError,
        IndexUnavailableError,
        MCPConfigError,
    )
    from signalbox.agents.settings import describe_invalid_settings

    try:
        assistant = Assistant()
        assistant.chunk_count()
    except ValidationError as exc:
        errors.print(f"error: {describe_invalid_settings(exc)}", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    except (
        IndexLockedError,
        IndexUnavailableError,
        EmbeddingModelMissing,
        MCPConfigError,
    ) as exc:
        errors.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    return assistant


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")],
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Only files matching this glob (repeatable), e.g. '*.md'."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude", help="Skip files matching this glob (repeatable), e.g. 'drafts/*'."
        ),
    ] = None,
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Do nothing when the index already has documents.")
    ] = False,
    build_index: Annotated[
        bool,
        typer.Option(
            "--build-index/--no-build-index",
            help="Build the HNSW graph afterwards when the chunks outside it reach "
            "SIGNALBOX_HNSW_FROM (the embedded index only).",
        ),
    ] = True,
) -> None:
    """Add documents to the knowledge base; unchanged files are skipped, changed ones replaced.

    After a bulk ingestion that leaves at least ``SIGNALBOX_HNSW_FROM`` chunks outside the HNSW
    graph, the graph is built (as `signalbox index build` does), since exact search slows down at
    that size; the chat never builds it.
    """
    assistant = _assistant()
    if if_empty and assistant.chunk_count() > 0:
        console.print("The index already has documents; nothing to do.")
        return
    with Progress(
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[detail]}"),
        console=console,
        transient=True,
    ) as progress:
        files = progress.add_task("files", total=None, detail="")
        chunks = progress.add_task("chunks", total=None, detail="embedded")

        def show(state: IngestProgress) -> None:
            name = state.path.name if state.path else ""
            progress.update(
                files,
                total=state.files_total,
                completed=state.files_done,
                detail=f"{state.stage} {name}",
            )
            progress.update(chunks, total=state.chunks_total, completed=state.chunks_embedded)

        report = assistant.ingest(
            paths, include=include or (), exclude=exclude or (), on_progress=show
        )
    for item in report.files:
        if item.status == "failed":
            errors.print(f"failed    {item.path}: {item.error}", markup=False)
        else:
            detail = f" ({item.chunks} chunks)" if item.chunks else ""
            console.print(f"{item.status:<9} {item.path}{detail}", markup=False)
            if item.hidden_chars:
                console.print(
                    f"{'':<9} {item.path.name}: dropped {item.hidden_chars:,} characters of hidden text",
                    markup=False,
                )
    counts = ", ".join(
        f"{report.count(s)} {s}" for s in ("added", "updated", "unchanged", "failed")
    )
    console.print(f"Done: {counts}. The index holds {assistant.chunk_count()} chunks.")
    status = assistant.index_status()
    exact = status.points - status.hnsw_vectors
    grew = report.count("added") + report.count("updated") > 0
    large = status.engine == "qdrant-edge" and exact >= assistant.settings.hnsw_from
    if build_index and grew and large:
        assistant.release_index()
        _build_with_progress()
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def forget(
    source: Annotated[
        str, typer.Argument(help="A file name as `signalbox sources` lists it, or its path.")
    ],
) -> None:
    """Remove a source and all its chunks from the knowledge base."""
    assistant = _assistant()
    matches = assistant.sources_named(source)
    if not matches:
        errors.print(
            f"error: no source named {source!r}; `signalbox sources` lists them", markup=False
        )
        raise typer.Exit(EXIT_INPUT_FAILED)
    if len(matches) > 1:
        paths = ", ".join(info.path for info in matches)
        errors.print(
            f"error: {source!r} names several files ({paths}); give the path", markup=False
        )
        raise typer.Exit(EXIT_INPUT_FAILED)
    assistant.forget(matches[0])
    console.print(f"Removed {matches[0].source} ({matches[0].chunks} chunks).", markup=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print events as JSON lines.")] = False,
    thread: Annotated[
        str | None, typer.Option("--thread", help="Continue this conversation id.")
    ] = None,
) -> None:
    """Ask one question; shows each step, then the answer with its sources.

    A tool call that needs approval is asked about on the terminal; without a terminal (or with
    --json) the turn stays paused, and `signalbox resume THREAD --approve|--reject` finishes it.
    """
    from signalbox.agents import new_thread_id

    # A spinner on the terminal (nothing when piped) names what the first seconds are spent on.
    with errors.status("Loading the embedding model and the index…"):
        assistant = _assistant()
        assistant.warm_up(question)
    if not as_json:
        console.print(f"[dim]mode: {assistant.mode}[/dim]")
    thread = thread or new_thread_id()
    pending = _show(assistant.stream(question, thread_id=thread), as_json=as_json)
    while pending is not None and not as_json and sys.stdin.isatty():
        approved = typer.confirm("Run this tool call?", default=False)
        pending = _show(assistant.resume(thread, approved=approved), as_json=False)
    if pending is not None and not as_json:
        console.print(
            f"Paused: `signalbox resume {thread} --approve` (or --reject) finishes the turn.",
            markup=False,
        )


@app.command()
def resume(
    thread: Annotated[str, typer.Argument(help="The conversation whose turn is paused.")],
    approve: Annotated[
        bool, typer.Option("--approve/--reject", help="Run the tool call, or refuse it.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print events as JSON lines.")] = False,
) -> None:
    """Approve or reject the tool call a paused turn waits for, and finish the turn."""
    assistant = _assistant()
    if assistant.pending_approval(thread) is None:
        errors.print(f"error: nothing in thread {thread!r} waits for approval", markup=False)
        raise typer.Exit(EXIT_INPUT_FAILED)
    _show(assistant.resume(thread, approved=approve), as_json=as_json)


@app.command()
def tools(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the tools the functions route offers: built-in ones and those of MCP servers."""
    assistant = _assistant()
    infos = assistant.function_tools
    problems = assistant.mcp_problems
    if as_json:
        payload = {"tools": [asdict(info) for info in infos], "unavailable_servers": problems}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    table = Table("tool", "from", "approval", "description")
    for info in infos:
        # Text cells: a server's description is untrusted and must not be read as markup.
        table.add_row(
            Text(info.name),
            Text(f"MCP {info.server}" if info.server else "built-in"),
            "asks first" if info.needs_approval else "",
            Text(info.description.splitlines()[0][:100] if info.description else ""),
        )
    console.print(table)
    for server, problem in problems.items():
        errors.print(f"MCP server {server!r} is not connected: {problem}", markup=False)
    if assistant.mode == "offline" and any(info.server for info in infos):
        console.print(
            "Offline, tools of MCP servers are listed but never called: a model chooses them."
        )


def _show(events: Iterable[Event], *, as_json: bool) -> ApprovalEvent | None:
    """Print a turn's steps and answer; the call it is paused on, if it is."""
    from signalbox.agents.events import AnswerEvent, ApprovalEvent, TokenEvent
    from signalbox.app.render import location, step_lines

    pending = None
    for event in events:
        if as_json:
            sys.stdout.write(event.to_json() + "\n")
            sys.stdout.flush()
        elif isinstance(event, TokenEvent):
            continue
        elif isinstance(event, AnswerEvent):
            console.print()
            console.print(event.text, markup=False, highlight=False)
            for citation in event.citations:
                console.print(f"[{citation.n}] {location(citation)}", markup=False, style="cyan")
            if event.route in ("knowledge", "web") and event.citations and not event.grounded:
                console.print("(some statements could not be verified against their sources)")
        elif isinstance(event, ApprovalEvent):
            args = json.dumps(event.args, ensure_ascii=False)
            console.print(
                f"Approval needed: {event.name} {args} on MCP server {event.server!r}",
                markup=False,
                highlight=False,
            )
        else:
            for line in step_lines(event):
                console.print(line, style="dim", markup=False, highlight=False)
        pending = event if isinstance(event, ApprovalEvent) else pending
    return pending


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    mode: Annotated[str, typer.Option(help="dense, sparse or hybrid.")] = "hybrid",
    k: Annotated[int, typer.Option(min=1, max=100, help="How many hits.")] = 5,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="Only this file name (repeatable).")
    ] = None,
    doc_type: Annotated[
        list[str] | None, typer.Option("--type", help="Only this file type, e.g. pdf (repeatable).")
    ] = None,
) -> None:
    """Show the raw hits of the retriever with their scores (for debugging retrieval)."""
    search_mode = SEARCH_MODES.get(mode)
    if search_mode is None:
        errors.print("[red]error:[/red] --mode must be dense, sparse or hybrid")
        raise typer.Exit(EXIT_INPUT_FAILED)
    hits = _assistant().search(
        query, k=k, mode=search_mode, sources=source or (), types=doc_type or ()
    )
    table = Table("#", "score", "cosine", "source", "page", "text")
    for n, hit in enumerate(hits, start=1):
        page = "" if hit.page is None else str(hit.page)
        snippet = " ".join(hit.text.split())[:100]
        table.add_row(
            str(n), f"{hit.score:.3f}", f"{hit.similarity:.3f}", hit.source, page, snippet
        )
    console.print(table)


@app.command()
def sources(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List ingested files with their chunk counts and when they were ingested."""
    found = _assistant().sources()
    if as_json:
        sys.stdout.write(json.dumps([asdict(info) for info in found], ensure_ascii=False) + "\n")
        return
    if not found:
        console.print("The knowledge base is empty. Add documents with: signalbox ingest PATH")
        return
    table = Table("source", "chunks", "ingested at", "path")
    for info in found:
        table.add_row(info.source, str(info.chunks), info.ingested_at, info.path)
    console.print(table)


index_app = typer.Typer(invoke_without_command=True)
app.add_typer(index_app, name="index")


@index_app.callback()
def index_status(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False,
) -> None:
    """The index: its size and HNSW graph (no subcommand), building the graph, copying it to a server.

    Alone, it shows points, vectors in the HNSW graph, segments, disk size, engine and location.
    """
    if ctx.invoked_subcommand is not None:
        if as_json:
            raise typer.BadParameter(
                "shows the status: give it without a subcommand", param_hint="--json"
            )
        return
    assistant = _assistant()
    status = assistant.index_status()
    if as_json:
        payload = {**asdict(status), "hnsw_vectors": status.hnsw_vectors}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    for label, value in _status_lines(status):
        console.print(f"{label:<16}{value}", markup=False, highlight=False)
    exact = status.points - status.hnsw_vectors
    if status.engine == "qdrant-edge" and exact >= assistant.settings.hnsw_from:
        console.print(
            f"{exact:,} chunks are outside the HNSW graph and searched exactly, which is slow at "
            "this size: stop the chat and run `signalbox index build`.",
            markup=False,
        )


def _status_lines(status: IndexStatus) -> list[tuple[str, str]]:
    """The status as label and value, for people."""
    lines = [("where", status.where), ("collection", status.collection)]
    if status.engine == "qdrant-server":
        return [
            ("engine", "Qdrant server"),
            *lines,
            ("points", f"{status.points:,}"),
            ("", "the server's dashboard reports its indexed vectors, segments and disk size"),
        ]
    graph = (
        f"{status.hnsw_vectors:,} of {status.points:,} dense vectors"
        if status.hnsw_vectors
        else "not built: searches are exact"
    )
    return [
        ("engine", "Qdrant Edge (embedded)"),
        *lines,
        ("points", f"{status.points:,}"),
        ("HNSW graph", graph),
        ("indexed vectors", f"{status.indexed_vectors or 0:,} (sparse and HNSW dense)"),
        ("segments", f"{status.segments or 0:,}"),
        ("disk", _megabytes(status.disk_bytes or 0)),
    ]


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


@index_app.command("build")
def index_build() -> None:
    """Build the embedded index's HNSW graph, which pays beyond about 200,000 chunks.

    Stop the chat first: the build holds the index (minutes for hundreds of thousands of chunks on 2
    cores). A Qdrant server builds its own index.
    """
    _build_with_progress()


def _build_with_progress() -> None:
    """Run the build in a child process and show the time it has taken until it ends.

    Written by hand: qdrant-edge-py holds Python's GIL for the whole build, so the process that builds
    runs nothing else (no progress bar could move); this one only waits, and can.
    """
    import subprocess
    import time

    from rich.progress import SpinnerColumn, TimeElapsedColumn

    errors.print(
        "Building the HNSW graph in a separate process; the chat cannot open the index meanwhile.",
        markup=False,
    )
    command = [sys.executable, "-m", "signalbox.app.cli", "index", "build-here"]
    with (
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as child,
        Progress(
            SpinnerColumn(),
            TextColumn("building the HNSW graph"),
            TimeElapsedColumn(),
            console=errors,
            transient=True,
        ) as progress,
    ):
        progress.add_task("build", total=None)
        while child.poll() is None:
            time.sleep(0.2)
        out, err = child.communicate()
    if child.returncode != 0:
        errors.print(err.strip().splitlines()[-1] if err.strip() else "error: the build failed")
        raise typer.Exit(child.returncode)
    done = json.loads(out.strip().splitlines()[-1])
    if "nothing" in done:
        console.print(done["nothing"], markup=False)
        return
    segments = f"{done['segments']} segment{'' if done['segments'] == 1 else 's'}"
    console.print(
        f"Done in {done['seconds']:.1f} s: {done['hnsw_vectors']:,} of {done['points']:,} dense "
        f"vectors in the HNSW graph, {segments}, {_megabytes(done['disk_bytes'])} on disk. The "
        "chat may open the index again.",
        markup=False,
    )
    if not done["changed"]:
        console.print(
            "Nothing changed: Qdrant builds the graph only for segments large enough to gain from "
            "it, and searches the rest exactly.",
            markup=False,
        )


@index_app.command("build-here", hidden=True)
def index_build_here() -> None:
    """The build itself, in this process, for `index build`: what it did as JSON on stdout."""
    assistant = _assistant()
    before = assistant.index_status()
    if before.engine == "qdrant-server":
        done: dict[str, Any] = {"nothing": "A Qdrant server builds its own index; nothing to do."}
    elif before.points == 0:
        done = {"nothing": "The index is empty; nothing to build."}
    else:
        built = assistant.build_index()
        after = built.status
        done = {
            "seconds": built.seconds,
            "changed": built.changed,
            "points": after.points,
            "hnsw_vectors": after.hnsw_vectors,
            "segments": after.segments or 0,
            "disk_bytes": after.disk_bytes or 0,
        }
    sys.stdout.write(json.dumps(done) + "\n")


@index_app.command("copy")
def index_copy(
    to: Annotated[
        str,
        typer.Option(
            "--to", help="The Qdrant server's URL, e.g. http://qdrant:6333.", show_default=False
        ),
    ],
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            envvar="QDRANT_API_KEY",
            help="The server's API key; prefer the variable, a key typed here stays in the shell's "
            "history.",
            show_default=False,
        ),
    ] = None,
    collection: Annotated[
        str | None,
        typer.Option(
            "--collection",
            help="The target collection [default: this index's, SIGNALBOX_COLLECTION, so that "
            "QDRANT_URL finds it].",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Copy into a collection that already holds points (an interrupted copy): points "
            "already there are rewritten, none duplicated.",
        ),
    ] = False,
) -> None:
    """Copy the embedded index to a Qdrant server, without embedding anything again.

    Afterwards set QDRANT_URL (and QDRANT_API_KEY) so that Signalbox uses the server. Exit 1 when
    the target collection already holds points (without --resume), 2 when the server cannot be
    used or there is no local index to copy.
    """
    import time

    from signalbox.agents import IndexCopyError, TargetNotEmpty

    assistant = _assistant()
    target = collection or assistant.settings.collection
    started = time.perf_counter()
    with Progress(
        TextColumn("points"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task("copy", total=None)
        try:
            copied = assistant.copy_index(
                to,
                api_key=api_key,
                collection=target,
                resume=resume,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
        except TargetNotEmpty as exc:
            errors.print(
                f"error: {exc} Copy into another collection (--collection NAME), or add --resume "
                "to finish an interrupted copy into it.",
                markup=False,
            )
            raise typer.Exit(EXIT_INPUT_FAILED) from None
        except IndexCopyError as exc:  # the server, or nothing to copy: see the subclasses
            errors.print(f"error: {exc}", markup=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
    console.print(
        f"Copied {copied:,} points to collection {target!r} on {to} in "
        f"{time.perf_counter() - started:.1f} s; nothing was embedded again. To use it, set "
        f"QDRANT_URL={to} (and QDRANT_API_KEY when the server needs one)"
        + (
            f" and SIGNALBOX_COLLECTION={target}."
            if target != assistant.settings.collection
            else "."
        ),
        markup=False,
    )


def _thresholds(specs: list[str]) -> dict[str, float]:
    """``name=value`` pairs, e.g. ``routing_accuracy=0.9``."""
    from signalbox.agents.evaluation.report import METRIC_NAMES

    parsed = {}
    for spec in specs:
        name, _, value = spec.partition("=")
        if name not in METRIC_NAMES:
            known = ", ".join(METRIC_NAMES)
            raise typer.BadParameter(f"unknown metric {name!r}; known: {known}", param_hint="--min")
        try:
            parsed[name] = float(value)
        except ValueError:
            raise typer.BadParameter(f"{spec!r} is not NAME=NUMBER", param_hint="--min") from None
    return parsed


def _eval_rgb(
    dataset: Path, cases: list[RgbCase], data_dir: Path | None, withheld_every: int
) -> dict[str, Any]:
    """Run an RGB set on its own index: in a temporary data dir unless one is given."""
    from tempfile import TemporaryDirectory

    from pydantic import ValidationError

    from signalbox.agents import Assistant, EmbeddingModelMissing, IndexLockedError, Settings
    from signalbox.agents.evaluation import ForeignDocumentsError, evaluate_rgb
    from signalbox.agents.settings import describe_invalid_settings

    with TemporaryDirectory(prefix="signalbox-rgb-") as scratch:
        root = data_dir or Path(scratch)
        try:
            # Always a local index: the eval must never write into a configured Qdrant server.
            assistant = Assistant(Settings(data_dir=root, qdrant_url=None))
            with Progress(
                TextColumn("{task.description:<9}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=errors,
            ) as progress:
                tasks: dict[str, TaskID] = {}

                def show(stage: str, done: int, total: int | None) -> None:
                    if stage not in tasks:
                        tasks[stage] = progress.add_task(stage, total=total)
                    progress.update(tasks[stage], completed=done, total=total)

                return evaluate_rgb(
                    assistant,
                    cases,
                    folder=root / "rgb-passages",
                    dataset=dataset.name,
                    withheld_every=withheld_every,
                    on_progress=show,
                )
        except ValidationError as exc:
            errors.print(f"error: {describe_invalid_settings(exc)}", markup=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
        except (IndexLockedError, EmbeddingModelMissing, ForeignDocumentsError) as exc:
            errors.print(f"error: {exc}", markup=False)
            raise typer.Exit(EXIT_UNUSABLE) from None


@app.command("eval")
def eval_command(
    dataset: Annotated[
        Path,
        typer.Argument(
            help="JSONL: question, and any of route, answer, sources; or an RGB set "
            "(query, answer, positive, negative, and positive_wrong for counterfactual sets)."
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the full report (JSON) here.")
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Write the Markdown tables here too.")
    ] = None,
    compare: Annotated[
        Path | None, typer.Option("--compare", help="An earlier JSON report to compare with.")
    ] = None,
    k: Annotated[int, typer.Option(min=1, max=50, help="Cut-off for recall@k and MRR.")] = 10,
    minimum: Annotated[
        list[str] | None,
        typer.Option(
            "--min", help="Fail (exit 1) below this, e.g. --min routing_accuracy=0.9 (repeatable)."
        ),
    ] = None,
    dataset_format: Annotated[
        Literal["auto", "questions", "rgb"],
        typer.Option("--format", help="auto: RGB when the lines have query and positive."),
    ] = "auto",
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Ask at most this many questions.")
    ] = None,
    sample_every: Annotated[
        int, typer.Option("--sample-every", min=1, help="Ask every k-th question only.")
    ] = 1,
    sample_offset: Annotated[
        int,
        typer.Option(
            "--sample-offset", min=0, help="Start the sample at this question (0 is the first)."
        ),
    ] = 0,
    max_negatives: Annotated[
        int | None,
        typer.Option(
            "--max-negatives", min=0, help="RGB: index only each question's first N negatives."
        ),
    ] = None,
    withheld_every: Annotated[
        int,
        typer.Option(
            "--withheld-every",
            min=0,
            help="RGB: ask every k-th question again without its positive passages, for the "
            "rejection rate (0: skip).",
        ),
    ] = 1,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="RGB: build the index here and keep it; a rerun embeds only new passages "
            "(start afresh after changing how documents are split or embedded). "
            "Default: a temporary folder.",
        ),
    ] = None,
) -> None:
    """Score answers, retrieval, citations and latency on a dataset of questions, or on an RGB set.

    An RGB set is indexed on its own and scored for accuracy, rejection with the answering passages
    withheld, error detection on counterfactual passages and first-citation precision.
    """
    from signalbox.agents.evaluation import (
        DatasetError,
        compare_markdown,
        detect_format,
        evaluate,
        load_dataset,
        load_rgb,
        report_markdown,
        select,
    )

    required = _thresholds(minimum or [])
    try:
        chosen = detect_format(dataset) if dataset_format == "auto" else dataset_format
        other = json.loads(compare.read_text(encoding="utf-8")) if compare else None
        if chosen == "rgb":
            rgb_cases = select(
                load_rgb(dataset),
                sample_every=sample_every,
                sample_offset=sample_offset,
                limit=limit,
                max_negatives=max_negatives,
            )
        else:
            cases = load_dataset(dataset)[sample_offset::sample_every][:limit]
    except (DatasetError, OSError, json.JSONDecodeError) as exc:
        errors.print(f"error: {exc}", markup=False)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    if chosen == "rgb":
        report = _eval_rgb(dataset, rgb_cases, data_dir, withheld_every)
    else:
        assistant = _assistant()
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=errors
        ) as progress:
            task = progress.add_task("Asking", total=len(cases))
            report = evaluate(
                assistant,
                cases,
                k=k,
                dataset=dataset.name,
                on_case=lambda _: progress.advance(task),
            )
    tables = report_markdown(report) + ("\n" + compare_markdown(report, other) if other else "")
    console.print(tables, markup=False, highlight=False)
    if out is not None:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if markdown is not None:
        markdown.write_text(tables, encoding="utf-8")
    scored = {name: metric["value"] for name, metric in report["metrics"].items()}
    failed = [
        f"{name} = {scored[name]} < {bound}" if name in scored else f"{name} is not scored here"
        for name, bound in required.items()
        if (scored.get(name) or 0.0) < bound
    ]
    for line in failed:
        errors.print(f"below threshold: {line}", markup=False)
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


feedback_app = typer.Typer(
    help="Readers' verdicts on answers, for evaluation.", no_args_is_help=True
)
app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def feedback_export(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of stdout.")
    ] = None,
    thread: Annotated[str | None, typer.Option("--thread", help="Only this thread.")] = None,
) -> None:
    """Print every thumbs up/down with its comment, question and answer, one JSON object a line."""
    from pydantic import ValidationError

    from signalbox.agents.resources import journal
    from signalbox.agents.settings import Settings, describe_invalid_settings

    try:
        settings = Settings()
    except ValidationError as exc:
        errors.print(f"error: {describe_invalid_settings(exc)}", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    records = journal(settings.threads_db.resolve()).feedback(thread)
    lines = "".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in records)
    if out is None:
        sys.stdout.write(lines)
        return
    out.write_text(lines, encoding="utf-8")
    errors.print(f"Wrote {len(records)} feedback records to {out}", markup=False)


@app.command("mcp")
def mcp_command(
    http: Annotated[
        bool, typer.Option("--http", help="Serve Streamable HTTP at /mcp instead of stdio.")
    ] = False,
    host: Annotated[str, typer.Option(help="HTTP: the address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="HTTP: the port.")] = 8765,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="SIGNALBOX_MCP_TOKEN",
            help="HTTP: require 'Authorization: Bearer TOKEN' (required off loopback).",
            show_default=False,
        ),
    ] = None,
    allow_writes: Annotated[
        bool, typer.Option("--allow-writes", help="Also offer the ingest and forget tools.")
    ] = False,
) -> None:
    """Serve the knowledge base as an MCP server (stdio by default) for other assistants."""
    import contextlib

    from signalbox.app.mcp_server import SignalboxMCP, check_binding, http_app

    if http:
        try:
            check_binding(host, token)
        except ValueError as exc:
            errors.print(f"error: {exc}", markup=False)
            raise typer.Exit(EXIT_UNUSABLE) from None
    # On stdio, stdout is the protocol: anything printed while the model loads goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        server = SignalboxMCP(_assistant(), allow_writes=allow_writes)
    if not http:
        server.run("stdio")
        return
    import uvicorn

    errors.print(f"Signalbox MCP server on http://{host}:{port}/mcp", markup=False)
    uvicorn.run(http_app(server, host=host, token=token), host=host, port=port, log_level="warning")


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":  # `python -m signalbox.app.cli`, as `index build` starts its builder
    main()
