"""The cost of the framework per turn: Signalbox's graph against LangChain's ``create_agent``.

Run: ``.venv/bin/python -m benchmarks.framework [--turns 200] [--out FILE]``.

Both get the same function tools and the same scripted zero-latency model (benchmarks.scripted_model),
an in-memory checkpointer, and the same turns: arithmetic asked in words, so that neither a pattern
nor the offline parser can answer without the model. Each turn starts a new thread. Reported: median
and p95 turn time, model calls per turn, and peak Python memory (tracemalloc, in a second pass so that
tracing does not slow the timed one), each as the ratio Signalbox / create_agent.

What the ratio includes is Signalbox's design, not only LangGraph's: per turn it embeds the question
for the semantic router, asks the model to route, runs the tool loop, writes the answer as a separate
call and checks it; create_agent runs one tool loop whose last reply is the answer.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain.agents import create_agent
from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver

from benchmarks.output import publish
from benchmarks.scripted_model import ScriptedChatModel
from signalbox.agents.resources import shared_embeddings
from signalbox.graphs import Context, Toolbox, build_graph
from signalbox.graphs.graph import RECURSION_LIMIT
from signalbox.graphs.prompts import FUNCTIONS_SYSTEM
from signalbox.tools.functions import FUNCTION_TOOLS
from signalbox.tools.knowledge import IndexLocation, KnowledgeBase

Turn = Callable[[str], str]


def make_turns(count: int) -> dict[str, str]:
    """Questions in words, each with the expression a model would hand the calculator."""
    return {
        f"Could you work out {a} multiplied by {a + 7}, then add {a % 13}? Question {a}.": (
            f"{a}*{a + 7}+{a % 13}"
        )
        for a in range(11, 11 + count)
    }


def signalbox_turn(model: ScriptedChatModel, index: Path) -> Turn:
    """One turn through Signalbox's graph, as ``Assistant`` runs it (minus the SQLite file)."""
    embeddings = shared_embeddings()
    toolbox = Toolbox(
        knowledge=KnowledgeBase(IndexLocation(path=index), embeddings),
        embeddings=embeddings,
        model=model,
    )
    graph = build_graph(toolbox, checkpointer=InMemorySaver())

    def run(question: str) -> str:
        config: RunnableConfig = {
            "configurable": {"thread_id": uuid.uuid4().hex},
            "recursion_limit": RECURSION_LIMIT,
        }
        state = graph.invoke(
            {"messages": [HumanMessage(question)]}, config, context=Context(), durability="sync"
        )
        answer: str = state["answer"]
        return answer

    return run


def create_agent_turn(model: ScriptedChatModel) -> Turn:
    """One turn through LangChain's prebuilt agent with the same tools and model."""
    agent = create_agent(
        model,
        tools=list(FUNCTION_TOOLS),
        system_prompt=FUNCTIONS_SYSTEM,
        checkpointer=InMemorySaver(),
    )

    def run(question: str) -> str:
        config: RunnableConfig = {"configurable": {"thread_id": uuid.uuid4().hex}}
        state = agent.invoke({"messages": [HumanMessage(question)]}, config, durability="sync")
        answer: str = state["messages"][-1].text
        return answer

    return run


def measure(turn: Turn, model: ScriptedChatModel, questions: list[str]) -> dict[str, Any]:
    """Timed pass, then a traced pass for peak memory."""
    turn(questions[0])  # warm-up: first-call imports and caches are not per-turn cost
    model.calls = 0
    seconds = []
    for question in questions:
        start = time.perf_counter()
        answer = turn(question)
        seconds.append(time.perf_counter() - start)
        if not answer:
            raise RuntimeError(f"no answer to {question!r}")
    calls = model.calls / len(questions)
    tracemalloc.start()
    for question in questions:
        turn(question)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    ordered = sorted(seconds)
    return {
        "median_ms": round(statistics.median(seconds) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
        "model_calls_per_turn": round(calls, 2),
        "peak_python_memory_mib": round(peak / 2**20, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    expressions = make_turns(args.turns)
    questions = list(expressions)
    with tempfile.TemporaryDirectory() as folder:
        ours_model = ScriptedChatModel(expressions=expressions)
        ours = measure(signalbox_turn(ours_model, Path(folder) / "index"), ours_model, questions)
    theirs_model = ScriptedChatModel(expressions=expressions)
    theirs = measure(create_agent_turn(theirs_model), theirs_model, questions)
    publish(
        {
            "benchmark": "framework",
            "turns": args.turns,
            "signalbox": ours,
            "create_agent": theirs,
            "ratio_median_turn": round(ours["median_ms"] / theirs["median_ms"], 2),
            "ratio_peak_memory": round(
                ours["peak_python_memory_mib"] / theirs["peak_python_memory_mib"], 2
            ),
        },
        args.out,
    )


if __name__ == "__main__":
    main()
