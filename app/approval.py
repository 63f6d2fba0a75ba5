"""The chat's Approve / Reject box for a tool call that waits for a person (MCP tools so marked).

The call is shown exactly as it would run, its arguments as literal JSON; the server's description
is untrusted text and is shown as plain text, never as Markdown.
"""

from __future__ import annotations

import json

import streamlit as st

from signalbox.agents import Assistant
from signalbox.app.render import one_line


def render_approval(assistant: Assistant, thread: str, space: str) -> bool:
    """Show the call the thread's turn is paused on, if any, with Approve and Reject buttons.

    A decision finishes the turn (the tool runs only on Approve) and reruns the page, which then
    shows the whole turn from the journal. Returns whether a paused call was shown.
    """
    pending = assistant.pending_approval(thread)
    if pending is None:
        return False
    with st.chat_message("assistant"):
        where = f" on MCP server {pending.server!r}" if pending.server else ""
        st.text(f"Approval needed: {pending.name}{where}")
        st.code(json.dumps(pending.args, indent=2, ensure_ascii=False), language="json")
        if pending.description:
            st.text(one_line(pending.description, 300))
        approve, reject = st.columns(2)
        decision: bool | None = None
        if approve.button("Approve", key=f"approve-{thread}", type="primary"):
            decision = True
        if reject.button("Reject", key=f"reject-{thread}"):
            decision = False
        if decision is not None:
            with st.spinner("Running…" if decision else "Finishing without it…"):
                for _ in assistant.resume(thread, approved=decision, space=space):
                    pass
            st.rerun()
    return True
