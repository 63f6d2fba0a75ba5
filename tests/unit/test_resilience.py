"""Which failures are worth another attempt."""

from __future__ import annotations

import httpx
import openai
import pytest

from signalbox.agents.models import is_transient_model_error
from signalbox.graphs.resilience import is_transient, retry_policy
from signalbox.tools.web import WebSearchError

REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")


def _status_error(status: int) -> openai.APIStatusError:
    response = httpx.Response(status, request=REQUEST)
    error_class = {429: openai.RateLimitError, 400: openai.BadRequestError}.get(
        status, openai.InternalServerError if status >= 500 else openai.APIStatusError
    )
    return error_class("scripted", response=response, body=None)


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_rate_limits_and_server_errors_are_transient(status: int) -> None:
    assert is_transient_model_error(_status_error(status))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_refusals_are_not_transient(status: int) -> None:
    assert not is_transient_model_error(_status_error(status))


def test_timeouts_and_dropped_connections_are_transient() -> None:
    assert is_transient_model_error(openai.APITimeoutError(request=REQUEST))
    assert is_transient_model_error(openai.APIConnectionError(request=REQUEST))
    assert is_transient_model_error(httpx.ConnectError("refused"))


def test_a_web_search_error_carries_its_own_verdict() -> None:
    assert is_transient(WebSearchError("busy", transient=True))
    assert not is_transient(WebSearchError("bad key", transient=False))


def test_malformed_replies_are_not_transient() -> None:
    assert not is_transient_model_error(TypeError("the model did not return a routing decision"))


def test_the_policy_allows_the_first_attempt_plus_the_retries() -> None:
    policy = retry_policy(retries=2, backoff_s=0.25)
    assert (policy.max_attempts, policy.initial_interval) == (3, 0.25)


def test_the_graph_retries_what_the_model_provider_calls_transient() -> None:
    policy = retry_policy(model_transient=lambda exc: isinstance(exc, TimeoutError))
    assert callable(policy.retry_on)
    assert policy.retry_on(TimeoutError())
    assert not policy.retry_on(ValueError())


def test_without_a_provider_verdict_only_web_search_errors_are_retried() -> None:
    assert not is_transient(openai.APITimeoutError(request=REQUEST))
    assert is_transient(WebSearchError("busy", transient=True))
