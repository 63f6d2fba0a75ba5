"""The Streamlit chat: streams answers, shows each step of a turn, lists the sources it cites.

Run with ``make run`` (or ``streamlit run app/streamlit_app.py``); the thread id lives in the URL, so a
reload or a shared link reopens the conversation.
"""

from __future__ import annotations

import re

import streamlit as st
from langchain_core.messages import AIMessage, HumanMessage
from pydantic import ValidationError

from signalbox.agents import Assistant, new_thread_id
from signalbox.agents.events import AnswerEvent, Citation, ErrorEvent, Event, TokenEvent
from signalbox.agents.settings import describe_invalid_settings
from signalbox.app.render import location, step_lines
from signalbox.tools.knowledge import EmbeddingModelMissing, IndexLockedError

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$])")


def escape_markdown(text: str) -> str:
    """Show untrusted text literally: no links, images, HTML or formulas from documents."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


@st.cache_resource(show_spinner="Loading the assistant…")
def get_assistant() -> Assistant:
    """One assistant (model, index client, checkpointer) per server process."""
    assistant = Assistant()
    assistant.knowledge.count()
    return assistant


def current_thread() -> str:
    """The thread in the URL, or a new one written there."""
    thread = st.query_params.get("thread")
    if not thread:
        thread = new_thread_id()
        st.query_params["thread"] = thread
    return thread


def render_citations(citations: list[Citation]) -> None:
    """Each source under the answer, expandable to the passage it came from."""
    for citation in citations:
        with st.expander(f"[{citation.n}] {location(citation)}"):
            if citation.url:
                st.markdown(f"[{escape_markdown(citation.title)}](<{citation.url}>)")
            st.text(citation.text)


def render_sidebar(assistant: Assistant) -> None:
    """Set-up status and conversation controls."""
    with st.sidebar:
        st.header("Signalbox")
        st.caption(f"Mode: **{assistant.mode}**")
        web = (
            "configured" if assistant.web_search_enabled else "not configured (set TAVILY_API_KEY)"
        )
        st.caption(f"Web search: {web}")
        st.caption(f"Index: {assistant.knowledge.location.describe()}")
        st.caption(f"Chunks indexed: {assistant.knowledge.count()}")
        if st.button("New conversation", width="stretch"):
            st.query_params["thread"] = new_thread_id()
            st.rerun()


def run_turn(assistant: Assistant, question: str, thread: str) -> None:
    """Stream one turn: steps into a status box, tokens into the answer, then the sources."""
    with st.chat_message("assistant"):
        status = st.status("Working…", expanded=True)
        answer_area = st.empty()
        streamed = ""
        final: AnswerEvent | None = None
        failed = False
        event: Event
        for event in assistant.stream(question, thread_id=thread):
            if isinstance(event, TokenEvent):
                streamed += event.text
                answer_area.markdown(escape_markdown(streamed))
            elif isinstance(event, AnswerEvent):
                final = event
            else:
                failed = failed or isinstance(event, ErrorEvent)
                for line in step_lines(event):
                    status.text(line)
        label = f"Route: {final.route}" if final else "Done"
        status.update(label=label, state="error" if failed else "complete", expanded=False)
        if final is not None:
            answer_area.markdown(escape_markdown(final.text))
            if final.route in ("knowledge", "web") and final.citations and not final.grounded:
                st.caption("Some statements could not be verified against their sources.")
            render_citations(final.citations)


def main() -> None:
    """Page layout: sidebar, conversation so far, input."""
    st.set_page_config(page_title="Signalbox", page_icon="🛤️")
    try:
        assistant = get_assistant()
    except ValidationError as exc:
        st.error(describe_invalid_settings(exc))
        st.stop()
    except (IndexLockedError, EmbeddingModelMissing) as exc:
        st.error(str(exc))
        st.stop()
    thread = current_thread()
    render_sidebar(assistant)
    st.title("Signalbox")
    for message in assistant.history(thread):
        if isinstance(message, HumanMessage):
            st.chat_message("user").markdown(escape_markdown(message.text))
        elif isinstance(message, AIMessage):
            st.chat_message("assistant").markdown(escape_markdown(message.text))
    if question := st.chat_input("Ask about your documents, the web, or a calculation"):
        st.chat_message("user").markdown(escape_markdown(question))
        run_turn(assistant, question, thread)


main()
