"""Web search through Tavily, normalised to {title, url, content, score}.

Page text is untrusted: callers must treat ``content`` as data, never as instructions.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_TIMEOUT_S = 15.0


class WebSearchError(RuntimeError):
    """The search service failed; the message never contains the API key.

    ``transient`` failures (429, 5xx, timeouts, dropped connections) are worth another attempt.
    """

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


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
    ) -> None:
        from tavily import TavilyClient

        self._client = TavilyClient(api_key=api_key, api_base_url=base_url)
        self._api_key = api_key
        self.timeout_s = timeout_s
        self.max_results = max_results

    def search(self, query: str) -> list[WebResult]:
        """Search the web once; failures become ``WebSearchError`` with the key scrubbed out.

        Retries belong to the caller (the graph's RetryPolicy), so that they are not multiplied.
        """
        try:
            response = self._client.search(
                query, max_results=self.max_results, timeout=self.timeout_s
            )
        except Exception as exc:  # tavily raises many unrelated types; all mean the same here
            message = str(exc).replace(self._api_key, "***") if self._api_key else str(exc)
            raise WebSearchError(
                f"web search failed: {type(exc).__name__}: {message}", transient=_is_transient(exc)
            ) from None
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

    if isinstance(
        exc, UsageLimitExceededError | TavilyTimeout | requests.ConnectionError | requests.Timeout
    ):
        return True
    response = getattr(exc, "response", None)
    return (
        isinstance(exc, requests.HTTPError) and response is not None and response.status_code >= 500
    )
