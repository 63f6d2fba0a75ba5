"""The Streamlit chat: live steps, streamed answers with sources, threads, uploads and feedback.

Run with ``make run`` (or ``streamlit run app/streamlit_app.py``). The URL carries the thread
(``thread``), so a reload or a shared link reopens the conversation, and the browser session's own
list of threads (``space``), which a shared link leaves out: whoever opens it sees that thread, not
the sharer's other conversations, and can only read it: adding turns, renaming and deleting are
for the space that started it.

Every text that did not come from this file (documents, web results, questions, titles, file
names, error messages) is shown with ``st.text`` or, where Streamlit only offers Markdown (labels,
titles, captions, alerts, tooltips), through ``escape_markdown``.
"""

# The first page after a start says that it is loading before the heavy imports below run.
# ruff: noqa: E402

from __future__ import annotations

import sys

import streamlit as st

STARTING = None
if "signalbox.agents" not in sys.modules:
    # Importing the model libraries takes seconds the first time: say so instead of a blank page.
    st.set_page_config(page_title="Signalbox", page_icon="🛤️")
    STARTING = st.empty()
    STARTING.info("Starting Signalbox: loading its libraries…", icon=":material/hourglass_top:")

import io
import logging
import mimetypes
import re
import uuid
from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pypdfium2 as pdfium
from pydantic import ValidationError

from signalbox.agents import (
    Assistant,
    EmbeddingModelMissing,
    IndexLockedError,
    IndexUnavailableError,
    IngestProgress,
    new_thread_id,
)
from signalbox.agents.events import (
    AnswerEvent,
    Citation,
    ErrorEvent,
    Event,
    RewriteEvent,
    TokenEvent,
)
from signalbox.agents.health import model_server_problem
from signalbox.agents.journal import Feedback, ThreadInfo, Turn
from signalbox.agents.settings import describe_invalid_settings
from signalbox.app.answer_view import answer_with_citations
from signalbox.app.approval import render_approval
from signalbox.app.evidence import highlighted_html, render_page, supporting_texts
from signalbox.app.render import (
    chunks,
    date_group,
    escape_markdown,
    location,
    one_line,
    plain_lines,
    status_label,
    step_lines,
    suggested_questions,
)
from signalbox.app.uploads import Outcome, Upload, outcomes, save_uploads

# Only plain web addresses become links; anything else (javascript:, data:, odd characters) is text.
SAFE_URL = re.compile(r"https?://[^\s<>()\[\]\\]+")
# st.feedback's thumbs: 0 is down, 1 is up.
RATINGS: tuple[Literal["down"], Literal["up"]] = ("down", "up")
READ_ONLY = (
    "This conversation was shared with you: you can read it, but only the browser session that "
    "started it can add to it, rename or delete it."
)
SHARED_KNOWLEDGE = (
    "Every session shares this knowledge base: removing the document removes it for everyone, "
    "and no answer can cite it afterwards."
)
MISSING_THREAD = (
    "There is no conversation at this link: it was deleted, or the link is incomplete. "
    "Ask a question below to start a new conversation here."
)
SCROLL_TO_LATEST = """<script>
setTimeout(() => {
  const messages = window.parent.document.querySelectorAll('[data-testid="stChatMessage"]');
  if (messages.length) messages[messages.length - 1].scrollIntoView({block: "start"});
}, 400);
</script>"""
LOADING = (
    "Loading the assistant: the embedding model, the index and the word lists "
    "(about 15 seconds after a start; only once)…"
)
logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=LOADING)
def get_assistant() -> Assistant:
    """One assistant (model, index client, checkpointer, journal) per server process.

    The embedding model, the route examples and the Chinese word list are loaded here, under a
    message that says so, rather than during the first question, which would otherwise sit in
    an empty "Working…" box for as long as they take.
    """
    assistant = Assistant()
    assistant.warm_up("Loading the assistant 加载")
    return assistant


@st.cache_data(ttl=30, show_spinner=False)
def model_problem() -> str | None:
    """Whether the model server answers, asked at most every 30 s."""
    return model_server_problem(get_assistant().settings)


def query_param(name: str) -> str:
    """A URL parameter, created when missing so that a reload keeps it."""
    value = st.query_params.get(name)
    if not value:
        value = uuid.uuid4().hex if name == "space" else new_thread_id()
        st.query_params[name] = value
        if name == "thread":
            started_here().add(value)
    return value


def started_here() -> set[str]:
    """Thread ids this browser session made up itself; any other empty thread is a dead link."""
    started: set[str] = st.session_state.setdefault("started_threads", set())
    return started


def open_thread(thread: str) -> None:
    """Show another conversation (the URL changes with it)."""
    st.query_params["thread"] = thread


def open_new_thread() -> None:
    """Start an empty conversation of this session's own."""
    thread = new_thread_id()
    started_here().add(thread)
    open_thread(thread)


def render_status(assistant: Assistant) -> None:
    """Which mode, web search and index are in use; a banner when something is wrong."""
    st.caption(f"Mode: **{escape_markdown(assistant.mode)}**")
    web = "configured" if assistant.web_search_enabled else "not configured (set TAVILY_API_KEY)"
    st.caption(f"Web search: {web}")
    st.caption(f"Index: {escape_markdown(assistant.index_location)}")
    st.caption(f"Chunks indexed: {assistant.chunk_count()}")
    if problem := model_problem():
        st.warning(escape_markdown(problem))


def render_threads(
    assistant: Assistant, space: str, threads: list[ThreadInfo], current: ThreadInfo | None
) -> None:
    """The browser session's conversations: new, switch; rename and delete those it started."""
    st.subheader("Conversations")
    if st.button("New conversation", width="stretch", icon=":material/add:"):
        open_new_thread()
        st.rerun()
    wanted = ""
    if len(threads) > 1:
        wanted = st.text_input(
            "Search conversations",
            key="thread-search",
            placeholder="Search conversations",
            label_visibility="collapsed",
            icon=":material/search:",
        )
    shown = [info for info in threads if wanted.casefold() in info.title.casefold()]
    if wanted and not shown:
        st.caption("No conversation title matches.")
    zone = reader_zone()
    today, heading = datetime.now(zone).astimezone(zone).date(), ""
    for info in shown:
        if (group := date_group(info.updated_at, today, zone)) != heading:
            heading = group
            st.caption(group)
        st.button(
            escape_markdown(one_line(info.title)),
            key=f"thread-{info.id}",
            width="stretch",
            type="primary" if info is current else "secondary",
            icon=None if info.owned_by(space) else ":material/visibility:",
            on_click=open_thread,
            args=(info.id,),
        )
    if current is None:
        return
    with st.expander("This conversation"):
        if current.owned_by(space):
            render_owner_actions(assistant, space, current.id, current.title)
        else:
            st.caption("Shared with you: read-only.")
            if st.button("Remove from my list", key=f"forget-thread-{current.id}"):
                assistant.unlist_thread(space, current.id)
                open_new_thread()
                st.rerun()
        if url := st.context.url:
            st.caption("Link to share (opens read-only):")
            st.code(f"{url}?thread={current.id}", language=None, wrap_lines=True)


def reader_zone() -> tzinfo | None:
    """The browser's time zone, so that "Today" is the reader's day; None (the server's) if unknown."""
    try:
        return ZoneInfo(st.context.timezone) if st.context.timezone else None
    except (ValueError, ZoneInfoNotFoundError):
        return None


def render_owner_actions(assistant: Assistant, space: str, thread: str, title: str) -> None:
    """Rename and delete, offered only to the session that started the conversation."""
    new_title = st.text_input("Title", value=title, key=f"title-{thread}")
    if st.button("Rename", key=f"rename-{thread}") and new_title.strip():
        assistant.rename_thread(thread, new_title, space=space)
        st.rerun()
    with st.popover("Delete conversation", icon=":material/delete:"):
        st.caption(
            escape_markdown(f"Delete “{one_line(title)}” and its answers? This cannot be undone.")
        )
        if st.button(
            escape_markdown(f"Delete “{one_line(title, 40)}”"),
            key=f"delete-{thread}",
            type="primary",
            icon=":material/delete:",
        ):
            assistant.delete_thread(thread, space=space)
            open_new_thread()
            st.toast(escape_markdown(f"Deleted “{one_line(title, 40)}”."))
            st.rerun()


def _progress_text(progress: IngestProgress) -> tuple[float, str]:
    """A fraction for the bar (reading counts half, embedding the other half) and a label."""
    reading = progress.files_done / max(progress.files_total, 1)
    embedding = progress.chunks_embedded / max(progress.chunks_total, 1)
    name = escape_markdown(one_line(progress.path.name)) if progress.path else ""
    return min(1.0, (reading + embedding) / 2), f"{progress.stage}: {name}".strip(": ")


def render_knowledge_base(assistant: Assistant) -> None:
    """Uploads, ingested as the CLI does (a progress bar, a result per file); sources to remove."""
    st.subheader("Knowledge base")
    uploads_key = f"uploads-{st.session_state.setdefault('uploads_round', 0)}"
    limits = assistant.limits
    files = st.file_uploader(
        "Add documents",
        type=list(limits.file_types),
        accept_multiple_files=True,
        key=uploads_key,
        max_upload_size=max(1, int(limits.max_file_mb)),
    )
    if files and st.button("Add to knowledge base", type="primary", width="stretch"):
        try:
            st.session_state["ingest_results"] = add_uploads(assistant, files)
        except Exception as exc:  # the reader gets one line; the traceback goes to the server log
            logger.exception("adding uploaded files failed")
            failure = f"The files could not be added ({type(exc).__name__}); see the server log."
            st.session_state["ingest_results"] = [Outcome(False, failure)]
        st.session_state["uploads_round"] += 1
        st.rerun()
    for outcome in st.session_state.get("ingest_results", []):
        (st.success if outcome.ok else st.error)(escape_markdown(outcome.text))
    for info in assistant.sources():
        name = one_line(info.source)
        # The popover is the confirmation: it names the file and says who else loses it.
        with st.popover(
            escape_markdown(f"{name} — {chunks(info.chunks)}"),
            icon=":material/description:",
            width="stretch",
        ):
            st.caption(escape_markdown(f"Added {info.ingested_at.replace('T', ' ')}"))
            st.caption(SHARED_KNOWLEDGE)
            if st.button(
                escape_markdown(f"Remove {name} for everyone"),
                key=f"forget-{info.path}",
                icon=":material/delete:",
                type="primary",
            ):
                assistant.forget(info)
                st.session_state.pop("ingest_results", None)
                st.toast(escape_markdown(f"Removed {name} from the knowledge base."))
                st.rerun()


def add_uploads(assistant: Assistant, files: Sequence[Upload]) -> list[Outcome]:
    """Save the uploads, ingest those that were saved, and say what became of each."""
    saved = save_uploads(files, assistant.settings.uploads_dir)
    bar = st.progress(0.0, text="Reading…")

    def show(progress: IngestProgress) -> None:
        fraction, text = _progress_text(progress)
        bar.progress(fraction, text=text)

    paths = [upload.path for upload in saved if upload.path is not None]
    return outcomes(saved, assistant.ingest(paths, on_progress=show))


def source_file(assistant: Assistant, citation: Citation) -> Path | None:
    """The ingested file a document citation is from, when it is still in the index and on disk.

    The citation's path is only trusted when the index lists it: a thread is data, not a pointer
    to any file on the server. Citations saved before they carried a path are found by name, when
    exactly one ingested file has that name.
    """
    on_disk = [info for info in assistant.sources() if Path(info.path).is_file()]
    if citation.path:
        return next((Path(i.path) for i in on_disk if i.path == citation.path), None)
    found = {Path(info.path) for info in on_disk if info.source == citation.source}
    return found.pop() if len(found) == 1 else None


@st.cache_data(max_entries=32, show_spinner=False)
def page_png(
    path: str, modified: float, page: int, supporting: tuple[str, ...]
) -> tuple[bytes, int]:
    """A cited PDF page as PNG bytes with its supporting text boxed, and how many texts were boxed.

    ``modified`` is part of the cache key so that a re-ingested file is drawn anew.
    """
    rendered = render_page(Path(path), page, supporting)
    buffer = io.BytesIO()
    rendered.image.save(buffer, format="PNG")
    return buffer.getvalue(), rendered.highlighted


def render_source(assistant: Assistant, citation: Citation) -> None:
    """The dialog's body: the passage with its supporting sentences highlighted, in context.

    Context is the section's name, the PDF page drawn with the same sentences boxed, and the
    original file to download; a web result shows its title and a plain link instead.
    """
    st.caption(escape_markdown(location(citation)))
    if citation.kind == "web":
        st.text(citation.title or citation.source)
        if citation.url and SAFE_URL.fullmatch(citation.url):
            st.markdown(f"[{escape_markdown(citation.url)}](<{citation.url}>)")
        elif citation.url:
            st.text(citation.url)
    elif citation.heading:
        st.caption(f"Section: {escape_markdown(one_line(citation.heading))}")
    for span in citation.spans:
        st.caption(f"Supports: “{escape_markdown(one_line(span.claim, 200))}”")
    if not citation.spans:
        st.caption("No single sentence holds the claim's wording: the whole passage is the source.")
    st.html(highlighted_html(citation.text, citation.spans))
    path = source_file(assistant, citation) if citation.kind == "document" else None
    if path is not None and path.suffix.lower() == ".pdf" and citation.page is not None:
        render_pdf_page(path, citation)
    if path is not None:
        st.download_button(
            f"Download {escape_markdown(path.name)}",
            data=path.read_bytes(),
            file_name=path.name,
            mime=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            icon=":material/download:",
            on_click="ignore",
        )


def render_pdf_page(path: Path, citation: Citation) -> None:
    """The cited page drawn, its supporting text boxed; a caption when it cannot be drawn."""
    page = citation.page or 1
    try:
        image, boxed = page_png(
            str(path), path.stat().st_mtime, page, tuple(supporting_texts(citation))
        )
    except (pdfium.PdfiumError, IndexError, OSError):
        logger.exception("drawing page %s of %s failed", page, path.name)
        st.caption(f"Page {page} could not be drawn; the passage above is its text.")
        return
    st.image(
        image,
        caption=f"Page {page} of {escape_markdown(citation.source)}",
        alt=f"Page {page} of {citation.source}, supporting text highlighted",
    )
    if citation.spans and not boxed:
        st.caption("The supporting text was not found on the page image; it is marked above.")


def open_source(assistant: Assistant, citation: Citation) -> None:
    """Show one cited source in a dialog over the chat."""
    title = escape_markdown(f"[{citation.n}] {one_line(citation.source, 60)}")
    st.dialog(title, width="large")(render_source)(assistant, citation)


def render_citations(assistant: Assistant, citations: list[Citation], key: str) -> None:
    """One button per source under the answer; each opens the passage, highlighted, in a dialog."""
    if not citations:
        return
    st.caption("Sources — open one to see the cited sentence in its passage:")
    for citation in citations:
        icon = ":material/public:" if citation.kind == "web" else ":material/description:"
        label = f"[{citation.n}] {one_line(location(citation))}"
        if st.button(
            escape_markdown(label),
            key=f"source-{key}-{citation.n}",
            icon=icon,
            help=escape_markdown(f"Open source {label}"),
        ):
            open_source(assistant, citation)


def render_answer(assistant: Assistant, answer: AnswerEvent, key: str) -> None:
    """The answer's text, a warning when it is not grounded, and its sources.

    ``key`` tells this answer's source buttons from those of the thread's other answers.
    """
    if answer.citations:
        label_key = f"answer-{answer.message_id or key}"
        describe = lambda citation: one_line(location(citation))  # noqa: E731
        clicked = answer_with_citations(
            answer.text, answer.citations, key=label_key, describe=describe
        )
        if clicked is not None:
            open_source(assistant, clicked)
    else:
        st.text(answer.text)
    if answer.route in ("knowledge", "web") and answer.citations and not answer.grounded:
        st.caption("Some statements could not be verified against their sources.")
    render_citations(assistant, answer.citations, answer.message_id or key)


def render_feedback(
    assistant: Assistant, thread: str, turn: Turn, given: dict[str, Feedback]
) -> None:
    """Thumbs up or down, saved at once, and an optional comment that stays after a reload."""
    message_id = turn.answer.message_id
    if not message_id:
        return
    saved = given.get(message_id)

    def save(comment: str | None = None) -> None:
        rating = st.session_state.get(f"rating-{message_id}")
        if rating is not None:
            kept = saved.comment if saved and comment is None else comment or ""
            assistant.give_feedback(thread, message_id, RATINGS[rating], kept)

    rating = st.feedback(
        "thumbs",
        key=f"rating-{message_id}",
        default=RATINGS.index(saved.rating) if saved else None,
        on_change=save,
    )
    if rating is not None:
        with st.form(key=f"comment-{message_id}", border=False, enter_to_submit=True):
            comment = st.text_input(
                "Comment (optional)",
                value=saved.comment if saved else "",
                key=f"comment-text-{message_id}",
            )
            if st.form_submit_button("Send comment"):
                save(comment)
                st.toast("Thanks, your feedback was saved.")


def step_label(steps: Sequence[Event], answer: AnswerEvent | None) -> tuple[str, bool]:
    """The collapsed status box's title (what the turn did), and whether any step failed."""
    failed = any(isinstance(step, ErrorEvent) for step in steps)
    label = escape_markdown(status_label(steps, answer))
    return label + (" (with errors)" if failed else ""), failed


def render_steps(steps: list[Event]) -> None:
    """Each step in words; scores, modes and raw arguments behind a "Details" button."""
    for step in steps:
        for line in plain_lines(step):
            st.text(line)
    with st.popover("Details: scores and raw steps", icon=":material/tune:"):
        for step in steps:
            for line in step_lines(step):
                st.text(line)


def render_turn(
    assistant: Assistant, thread: str, turn: Turn, given: dict[str, Feedback] | None, index: int
) -> None:
    """A past turn: the question, its steps (collapsed, re-openable), the answer and feedback.

    ``given`` holds the ratings so far; None where the reader may not rate (a shared thread).
    """
    st.chat_message("user").text(turn.question)
    with st.chat_message("assistant"):
        label, failed = step_label(turn.steps, turn.answer)
        with st.status(label, state="error" if failed else "complete", expanded=False):
            render_steps(turn.steps)
        render_answer(assistant, turn.answer, f"turn-{index}")
        if given is not None:
            render_feedback(assistant, thread, turn, given)


def run_turn(assistant: Assistant, question: str, thread: str, space: str) -> None:
    """Stream one turn: steps fill a status box as they come, tokens fill the answer."""
    st.chat_message("user").text(question)
    with st.chat_message("assistant"):
        status = st.status("Working…", expanded=True)
        answer_area = st.empty()
        streamed, steps = "", []
        final: AnswerEvent | None = None
        for event in assistant.stream(question, thread_id=thread, space=space):
            if isinstance(event, TokenEvent):
                streamed += event.text
                answer_area.text(streamed)
            elif isinstance(event, RewriteEvent):  # what was shown is withdrawn, not extended
                streamed = ""
                answer_area.empty()
                status.text(event.reason)
            elif isinstance(event, AnswerEvent):
                final = event
            else:
                steps.append(event)
                for line in plain_lines(event):
                    status.text(line)
        label, failed = step_label(steps, final)
        status.update(label=label, state="error" if failed else "complete", expanded=False)
        # The final text only: the rerun that follows draws the turn again with its source
        # buttons, which a click here would reach just as that rerun takes them away.
        if final is not None:
            answer_area.text(final.text)


def main() -> None:
    """Page layout: sidebar, conversation so far, input."""
    st.set_page_config(page_title="Signalbox", page_icon="🛤️")
    if STARTING is not None:
        STARTING.empty()  # get_assistant's own message takes over
    try:
        assistant = get_assistant()
    except ValidationError as exc:
        st.error(escape_markdown(describe_invalid_settings(exc)))
        st.stop()
    except (IndexLockedError, IndexUnavailableError, EmbeddingModelMissing) as exc:
        st.error(escape_markdown(str(exc)))
        st.stop()
    space, thread = query_param("space"), query_param("thread")
    turns = assistant.turns(thread)
    threads = assistant.threads(space)
    if turns and thread not in {info.id for info in threads}:
        # Opened from a shared link: list it in this session too (to read, not to change).
        assistant.list_thread(space, thread)
        threads = assistant.threads(space)
    current = next((info for info in threads if info.id == thread), None)
    owned = current is None or current.owned_by(space)
    with st.sidebar:
        st.header("Signalbox")
        render_status(assistant)
        render_threads(assistant, space, threads, current)
        render_knowledge_base(assistant)
    st.subheader(escape_markdown(current.title) if current else "New conversation", anchor=False)
    given = (
        {feedback.message_id: feedback for feedback in assistant.feedback(thread)}
        if owned
        else None
    )
    for index, turn in enumerate(turns):
        render_turn(assistant, thread, turn, given, index)
    if turns and st.session_state.get("shown_thread") != thread:
        scroll_to_latest_message()
    st.session_state["shown_thread"] = thread
    if owned and render_approval(assistant, thread, space):
        return  # the paused call is decided first
    if not turns and current is None and thread not in started_here():
        st.info(MISSING_THREAD, icon=":material/link_off:")
    elif not turns:
        render_suggestions(assistant)
    if not owned:
        render_read_only_notice()
    elif (
        question := st.chat_input(
            "Ask about your documents, the web, or a calculation",
            max_chars=assistant.limits.max_question_chars,
        )
    ) or (question := st.session_state.pop("suggested_question", None)):
        run_turn(assistant, question, thread, space)
        st.rerun()


def render_suggestions(assistant: Assistant) -> None:
    """An empty conversation suggests what to ask: its documents' subjects, a sum, the time."""
    sources = [info.source for info in assistant.sources()]
    st.caption("Try one of these, or type your own question below:")
    for index, question in enumerate(suggested_questions(sources)):
        st.button(
            escape_markdown(question),
            key=f"suggestion-{index}",
            icon=":material/lightbulb:",
            on_click=st.session_state.__setitem__,
            args=("suggested_question", question),
        )


def scroll_to_latest_message() -> None:
    """Bring the conversation's latest message into view (the page opens at the top otherwise).

    The script is this file's own and reads nothing from the conversation.
    """
    st.html(SCROLL_TO_LATEST, unsafe_allow_javascript=True)


def render_read_only_notice() -> None:
    """Under a shared conversation: why there is nothing to type into, and the way on."""
    st.info(READ_ONLY, icon=":material/visibility:")
    if st.button("Start a new conversation", key="start-new", icon=":material/add:"):
        open_new_thread()
        st.rerun()
    st.chat_input("This shared conversation is read-only", disabled=True)


main()
