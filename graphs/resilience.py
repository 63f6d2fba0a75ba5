"""Failures of the network nodes: retried by LangGraph's RetryPolicy, then degraded, never fatal.

A node that calls the model or the web raises a transient failure (429, 5xx, timeout, dropped
connection) only while it has shown nothing: its RetryPolicy then runs it again with backoff. Once the
attempts are spent, the graph's error handler reports one ``error`` event naming the stage and runs the
node again without the failed service (the offline path), so the turn still ends with an answer.
Anything else (a malformed reply, a refused request, a failure after tokens were shown) is not worth
repeating: the node reports it and degrades at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from langgraph.errors import NodeError
from langgraph.runtime import Runtime
from langgraph.types import Command, RetryPolicy

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.redaction import redact
from signalbox.graphs.state import State
from signalbox.tools.web import WebSearchError

DEFAULT_RETRIES = 2
DEFAULT_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0

Degraded = Callable[[State, Runtime[Context]], Mapping[str, Any] | Command[Any]]
NextStep = Callable[[State], str]


def is_transient(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts and dropped connections; not refusals or bad replies."""
    import httpx
    import openai

    if isinstance(exc, WebSearchError):
        return exc.transient
    if isinstance(exc, httpx.TimeoutException | httpx.TransportError):
        return True
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError | openai.RateLimitError):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def retry_policy(
    retries: int = DEFAULT_RETRIES, backoff_s: float = DEFAULT_BACKOFF_S
) -> RetryPolicy:
    """``retries`` more attempts after the first, waiting ``backoff_s``, then twice as long each time."""
    return RetryPolicy(
        initial_interval=backoff_s,
        backoff_factor=2.0,
        max_interval=MAX_BACKOFF_S,
        max_attempts=retries + 1,
        jitter=True,
        retry_on=is_transient,
    )


def describe(exc: BaseException) -> str:
    """A one-line account of a failure for an ``error`` event, with secrets scrubbed out."""
    return redact(f"{type(exc).__name__}: {exc}")


def report_or_retry(stage: str, exc: Exception) -> None:
    """Re-raise a transient failure for the RetryPolicy; report anything else as an error step."""
    if is_transient(exc):
        raise exc
    emit("error", stage=stage, message=describe(exc))


@dataclass(frozen=True)
class Fallback:
    """How a node carries on without its service.

    ``stage`` names it in the error event, ``degraded`` is the node run offline, and ``next_step``
    routes on (LangGraph runs the error handler instead of the node's outgoing edges).
    """

    stage: str
    degraded: Degraded
    next_step: NextStep


def after_retries(fallbacks: Mapping[str, Fallback]) -> Callable[..., Command[Any]]:
    """The graph's error handler: report the last failure, then run the failed node offline.

    One handler for the whole graph, not one per node, so that the drawing in Studio gains a single
    ``__default_error_handler__`` box instead of one per node.
    """

    def handler(state: State, runtime: Runtime[Context], error: NodeError) -> Command[Any]:
        fallback = fallbacks.get(error.node)
        if fallback is None:  # a node without a service to do without: a bug, shown as one
            raise error.error
        emit(
            "error",
            stage=fallback.stage,
            message=f"{describe(error.error)} (gave up after retries)",
        )
        result = fallback.degraded(state, runtime)
        if isinstance(result, Command):
            return result
        update = dict(result)
        return Command(update=update, goto=fallback.next_step({**state, **update}))  # type: ignore[typeddict-item]

    return handler
