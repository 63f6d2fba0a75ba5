"""web: Tavily search; results become numbered evidence (untrusted text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import Evidence, WebResult, WebSearchEvent
from signalbox.graphs.resilience import report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox
from signalbox.tools.web import WebSearchError

NOT_CONFIGURED = (
    "Web search is not configured, so I cannot look up current information; set TAVILY_API_KEY to "
    "enable it."
)


FAILED = "Web search failed, so this answer has no web sources."


def make_web_node(toolbox: Toolbox, *, degraded: bool = False) -> Callable[..., dict[str, Any]]:
    """Build the node around a web search client (or its absence); ``degraded`` after it failed."""

    def web(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        context = runtime.context or Context()
        query = state.get("query") or state["question"]
        notes = list(state.get("notes", []))
        if toolbox.web is None or not context.web_search:
            reason = (
                NOT_CONFIGURED
                if toolbox.web is None
                else "Web search is switched off for this run."
            )
            emit(WebSearchEvent(query=query, skipped=reason))
            return {"notes": [*notes, reason]}
        if degraded:
            return {"notes": [*notes, FAILED]}
        try:
            results = toolbox.web.search(query)
        except WebSearchError as exc:
            report_or_retry("web_search", exc, toolbox.retry)
            return {"notes": [*notes, FAILED]}
        evidence = list(state.get("evidence", []))
        start = len(evidence) + 1
        emit(
            WebSearchEvent(
                query=query,
                results=[
                    WebResult(n=n, title=r.title, url=r.url, score=r.score, content=r.content[:300])
                    for n, r in enumerate(results, start=start)
                ],
            )
        )
        evidence += [
            Evidence(
                n=n,
                kind="web",
                source=result.url,
                title=result.title,
                url=result.url,
                text=result.content,
                score=result.score,
            )
            for n, result in enumerate(results, start=start)
        ]
        return {"evidence": evidence, "notes": notes}

    return web
