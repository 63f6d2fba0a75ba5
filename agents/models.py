"""The chat model: OpenAI, or any OpenAI-compatible server (Ollama, vLLM, LM Studio) by base URL."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from signalbox.agents.settings import Settings

# OpenAI-compatible local servers ignore the key, but the client insists on one.
PLACEHOLDER_KEY = "not-needed"


def chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured model, or None for the offline mode.

    Every call has an explicit timeout (the client's default is 600 s). The client does not retry: the
    graph's nodes do, with their RetryPolicy, so that attempts are not multiplied by two layers.
    """
    if not settings.model_configured:
        return None
    from langchain_openai import ChatOpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else PLACEHOLDER_KEY
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        temperature=settings.temperature,
        timeout=settings.model_timeout_s,
        max_retries=0,
        stream_usage=False,
    )


def is_transient_model_error(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts and dropped connections; not refusals or bad replies.

    Decided here, where the OpenAI client is built, so the graph stays free of one provider's types.
    """
    import httpx
    import openai

    if isinstance(exc, httpx.TimeoutException | httpx.TransportError):
        return True
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError | openai.RateLimitError):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500
