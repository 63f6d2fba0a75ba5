"""The turn's topology is declared once: the same table draws the edges and routes degraded runs."""

from __future__ import annotations

from langgraph.graph import END

from signalbox.graphs.graph import RECURSION_LIMIT, Branch, build_graph, topology
from signalbox.graphs.routing import OfflineRouter, SemanticRouter
from signalbox.graphs.toolbox import Toolbox
from signalbox.tools.knowledge import KnowledgeBase, LocalEmbeddings


def _edges(toolbox: Toolbox) -> set[tuple[str, str]]:
    drawing = build_graph(toolbox).get_graph()
    return {(edge.source, edge.target) for edge in drawing.edges}


def test_every_edge_of_the_drawing_comes_from_the_table(
    empty_kb: KnowledgeBase, embeddings: LocalEmbeddings
) -> None:
    toolbox = Toolbox(knowledge=empty_kb, embeddings=embeddings)
    steps = topology(OfflineRouter(SemanticRouter(embeddings)))
    expected = {("__start__", "memory"), ("check", "answer"), ("check", "__end__")}
    for name, step in steps.items():
        if isinstance(step.then, Branch):
            expected |= {(name, target) for target in step.then.targets.values()}
        elif step.then is not None:
            expected.add((name, step.then))
    assert _edges(toolbox) == expected


def test_a_degraded_run_goes_where_the_edges_go(embeddings: LocalEmbeddings) -> None:
    steps = topology(OfflineRouter(SemanticRouter(embeddings)))
    assert steps["knowledge"].next_step({"fallback": True, "messages": []}) == "web"
    assert steps["knowledge"].next_step({"fallback": False, "messages": []}) == "answer"
    assert steps["route"].next_step({"route": "direct", "messages": []}) == "answer"
    assert steps["check"].next_step({"messages": []}) == END


def test_the_compiled_graph_carries_its_recursion_limit_for_every_caller(
    empty_kb: KnowledgeBase, embeddings: LocalEmbeddings
) -> None:
    graph = build_graph(Toolbox(knowledge=empty_kb, embeddings=embeddings))
    assert graph.config is not None
    assert graph.config["recursion_limit"] == RECURSION_LIMIT
