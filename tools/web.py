"""Web search through Tavily, normalised to {title, url, content, score}.

Page text is untrusted: callers must treat ``content`` as data, never as instructions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_RETRIES = 2


class WebSearchError(RuntimeError):
    """The search service failed; the message never contains the API key."""


@dataclass(frozen=True)
class WebResult:
    """One search result."""

    title: str
    url: str
    content: str
    score: float


class WebSearch:
    """A thin, timeout-bounded wrapper over tavily-python's client."""

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_results: int = 5,
        retries: int = DEFAULT_RETRIES,
        backoff_s: float = 0.5,
    ) -> None:
        from tavily import TavilyClient

        self._client = TavilyClient(api_key=api_key, api_base_url=base_url)
        self._api_key = api_key
        self.timeout_s = timeout_s
        self.max_results = max_results
        self.retries = retries
        self.backoff_s = backoff_s

    def _search_with_retries(self, query: str) -> dict[str, Any]:
        """tavily-python does not retry; 429, 5xx, timeouts and dropped connections are retried here."""
        from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

        retrying = Retrying(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(self.retries + 1),
            wait=wait_exponential(multiplier=self.backoff_s, max=8),
            reraise=True,
        )
        return retrying(
            self._client.search, query, max_results=self.max_results, timeout=self.timeout_s
        )

    def search(self, query: str) -> list[WebResult]:
        """Search the web; failures become ``WebSearchError`` with the key scrubbed out."""
        try:
            response = self._search_with_retries(query)
        except Exception as exc:  # tavily raises many unrelated types; all mean the same here
            message = str(exc).replace(self._api_key, "***") if self._api_key else str(exc)
            raise WebSearchError(f"web search failed: {type(exc).__name__}: {message}") from None
        return [
            WebResult(
                title=str(item.get("title") or item.get("url") or "untitled"),
                url=str(item.get("url") or ""),
                content=str(item.get("content") or ""),
                score=float(item.get("score") or 0.0),
            )
            for item in response.get("results", [])
            if item.get("url")
        ]


def _is_transient(exc: BaseException) -> bool:
    """Worth another try: rate limits, server errors, timeouts, dropped connections."""
    import requests
    from tavily.errors import TimeoutError as TavilyTimeout
    from tavily.errors import UsageLimitExceededError

    if isinstance(exc, UsageLimitExceededError | TavilyTimeout | requests.ConnectionError):
        return True
    response = getattr(exc, "response", None)
    return (
        isinstance(exc, requests.HTTPError) and response is not None and response.status_code >= 500
    )
