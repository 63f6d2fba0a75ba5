"""check: verify that citations resolve and support their sentences, then publish the answer.

Markers that point at nothing are removed. Whether each cited sentence is supported is judged by the
model when there is one (term overlap cannot see "180 EUR" misattributed to Paris when the passage
names both), else by term overlap. A failing model answer is rewritten once with the rejected
sentences as feedback; if it fails again it is published marked as uncertain, never as fact.
The judge can only add doubts to the overlap measure's, since it may have read the same hostile
passage as the writer. Links and system-prompt wording that the evidence does not hold are removed
first, and the published message is marked when it drew on untrusted text, so that later turns
do not take it for the user's or the assistant's own words.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime
from langgraph.types import Command
from pydantic import BaseModel, Field

from signalbox.graphs.citations import CheckedAnswer, check_citations
from signalbox.graphs.context import Context
from signalbox.graphs.echoes import scrub_answer
from signalbox.graphs.emit import emit
from signalbox.graphs.events import AnswerEvent, CheckEvent, Citation, Evidence
from signalbox.graphs.prompts import JUDGE_SYSTEM, UNTRUSTED, data_block
from signalbox.graphs.resilience import report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox

MAX_ANSWERS = 2
UNCERTAIN = (
    "I could not verify every statement below against its source; treat it as uncertain.\n\n"
)


class Support(BaseModel):
    """The judge's verdict."""

    unsupported: list[int] = Field(
        description="Numbers of the claims their sources do not support."
    )


def judge_claims(
    model: BaseChatModel, checked: CheckedAnswer, evidence: list[Evidence]
) -> list[str]:
    """The claims that the model finds unsupported by the sources they cite (one call)."""
    by_number = {item.n: item for item in evidence}
    cited = sorted({n for _, numbers in checked.claims for n in numbers if n in by_number})
    sources = "\n\n".join(data_block("source", by_number[n].text, id=n) for n in cited)
    claims = "\n".join(
        data_block("claim", sentence, id=i, cites=",".join(map(str, numbers)))
        for i, (sentence, numbers) in enumerate(checked.claims, start=1)
    )
    verdict = model.with_structured_output(Support).invoke(
        [SystemMessage(JUDGE_SYSTEM), HumanMessage(f"{sources}\n\n{claims}")]
    )
    if not isinstance(verdict, Support):
        raise TypeError("the model did not return a verdict")
    return [checked.claims[i - 1][0] for i in verdict.unsupported if 1 <= i <= len(checked.claims)]


def _known_texts(state: State) -> list[str]:
    """What an answer may quote links and wording from: this turn's evidence and the user's words."""
    texts = [item.text for item in state.get("evidence", [])]
    texts += [item.url or "" for item in state.get("evidence", [])]
    texts += [str(r.output) for r in state.get("tool_results", []) if r.error is None]
    texts += [m.text for m in state["messages"] if isinstance(m, HumanMessage)]
    return texts


def make_check_node(toolbox: Toolbox, *, degraded: bool = False) -> Callable[..., Command[Any]]:
    """Build the check; with a model (not ``degraded``) it judges support and can have a rewrite."""

    def check(state: State, runtime: Runtime[Context]) -> Command[Any]:
        model = None if degraded else toolbox.model_for(runtime.context)
        route = state["route"]
        evidence = state.get("evidence", [])
        results = state.get("tool_results", [])
        scrubbed = scrub_answer(state.get("answer", ""), _known_texts(state))
        text, removed = scrubbed.text, scrubbed.removed
        citations: list[Citation] = []
        if route in ("knowledge", "web") and evidence:
            checked = check_citations(text, evidence)
            unsupported, method = checked.unsupported, "overlap"
            if model is not None and checked.claims:
                try:
                    judged = judge_claims(model, checked, evidence)
                except Exception as exc:  # the overlap verdict stands in for a failed judge
                    report_or_retry("check", exc, toolbox.retry)
                else:
                    # The judge may have read the same hostile passage as the writer: it can
                    # add doubts, never lift the overlap measure's.
                    unsupported = judged + [s for s in unsupported if s not in judged]
                    method = "model and overlap"
            text, citations = checked.text, checked.citations
            grounded = bool(citations) and not unsupported
            emit(
                CheckEvent(
                    grounded=grounded,
                    unsupported=unsupported,
                    dropped_markers=checked.dropped_markers,
                    method=method,
                    removed=removed,
                )
            )
            if unsupported and model is not None and state.get("attempts", 1) < MAX_ANSWERS:
                return Command(goto="answer", update={"feedback": unsupported})
            if unsupported:
                text = UNCERTAIN + text
        else:
            grounded = route == "functions" and bool(results) and not any(r.error for r in results)
            if removed:
                emit(CheckEvent(grounded=grounded, method="echoes", removed=removed))
        message_id = uuid.uuid4().hex
        emit(
            AnswerEvent(
                text=text,
                citations=citations,
                grounded=grounded,
                route=route,
                message_id=message_id,
                abstained=state.get("abstained", False),
                conflict=state.get("conflict", False),
            )
        )
        return Command(
            goto="__end__",
            update={
                "answer": text,
                "citations": citations,
                "grounded": grounded,
                "messages": [
                    AIMessage(
                        content=text,
                        id=message_id,
                        response_metadata={UNTRUSTED: bool(evidence or results)},
                    )
                ],
            },
        )

    return check
