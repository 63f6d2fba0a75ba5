"""Is the configured model server there? Asked by front ends before a reader waits on a dead one."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from signalbox.agents.settings import Settings

PROBE_TIMEOUT_S = 3.0
OPENAI_DEFAULT_BASE = "https://api.openai.com/v1"


def public_url(url: str) -> str:
    """The URL without user:password, which must never reach a page or a log."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def model_server_problem(settings: Settings) -> str | None:
    """A sentence for a banner when the model server cannot be reached, else None.

    Any HTTP answer (even 401 or 404) means the server is there; only a refused, failed or timed-out
    connection is a problem. The API key is not sent.
    """
    if not settings.model_configured:
        return None
    import httpx

    base = (settings.openai_base_url or OPENAI_DEFAULT_BASE).rstrip("/")
    try:
        httpx.get(f"{base}/models", timeout=PROBE_TIMEOUT_S)
    except httpx.HTTPError as exc:
        return (
            f"The model server at {public_url(base)} cannot be reached ({type(exc).__name__}); "
            "answers fall back to the offline mode until it is back."
        )
    return None
