"""Failures of the network nodes: retried by LangGraph's RetryPolicy, then degraded, never fatal.

A node that calls the model or the web raises a transient failure (429, 5xx, timeout, dropped
connection) only while it has shown nothing: its RetryPolicy then runs it again with backoff. Once the
attempts are spent, the graph's error handler reports one ``error`` event naming the stage and runs the
node again without the failed service (the offline path), so the turn still ends with an answer.
Anything else (a malformed reply, a refused request, a failure after tokens were shown) is not worth
repeating: the node reports it and degrades at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from langgraph.errors import NodeError
from langgraph.runtime import Runtime
from langgraph.types import Command, RetryPolicy

from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import ErrorEvent
from signalbox.graphs.redaction import redact
from signalbox.graphs.state import State
from signalbox.tools.web import WebSearchError

DEFAULT_RETRIES = 2
DEFAULT_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0

Degraded = Callable[[State, Runtime[Context]], Mapping[str, Any] | Command[Any]]
NextStep = Callable[[State], str]


Transient = Callable[[BaseException], bool]
"""Whether a failure is worth another attempt; the code that builds a model client knows its errors."""


def never(exc: BaseException) -> bool:
    """No failure is transient: the verdict for a toolbox without a model provider's."""
    return False


def is_transient(exc: BaseException, model_transient: Transient = never) -> bool:
    """A web search's own verdict, else the model provider's (rate limits, 5xx, timeouts)."""
    if isinstance(exc, WebSearchError):
        return exc.transient
    return model_transient(exc)


def retry_policy(
    retries: int = DEFAULT_RETRIES,
    backoff_s: float = DEFAULT_BACKOFF_S,
    model_transient: Transient = never,
) -> RetryPolicy:
    """``retries`` more attempts after the first, waiting ``backoff_s``, then twice as long each time."""
    return RetryPolicy(
        initial_interval=backoff_s,
        backoff_factor=2.0,
        max_interval=MAX_BACKOFF_S,
        max_attempts=retries + 1,
        jitter=True,
        retry_on=partial(is_transient, model_transient=model_transient),
    )


def describe(exc: BaseException) -> str:
    """A one-line account of a failure for an ``error`` event, with secrets scrubbed out."""
    return redact(f"{type(exc).__name__}: {exc}")


def report_or_retry(stage: str, exc: Exception, policy: RetryPolicy) -> None:
    """Re-raise a failure that ``policy`` retries; report anything else as an error step."""
    retry_on = policy.retry_on
    if isinstance(retry_on, type):
        transient = isinstance(exc, retry_on)
    elif isinstance(retry_on, Sequence):
        transient = isinstance(exc, tuple(retry_on))
    else:
        transient = retry_on(exc)
    if transient:
        raise exc
    emit(ErrorEvent(stage=stage, message=describe(exc)))


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
            ErrorEvent(
                stage=fallback.stage, message=f"{describe(error.error)} (gave up after retries)"
            )
        )
        result = fallback.degraded(state, runtime)
        if isinstance(result, Command):
            return result
        update = dict(result)
        # A node's update writes only State's channels (the graph refuses any other key), so the
        # state after it is a State; mypy cannot see that through the Mapping the node returns.
        after = cast(State, {**state, **update})
        return Command(update=update, goto=fallback.next_step(after))

    return handler
