"""The graph's shape is pinned: a change to nodes or edges must update the drawing on purpose."""

from __future__ import annotations

from pathlib import Path

from signalbox.graphs import Toolbox, build_graph
from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings

SNAPSHOT = Path(__file__).parent / "snapshots" / "graph.mmd"


def test_graph_drawing_matches_the_snapshot(tmp_path: Path) -> None:
    embeddings = LocalEmbeddings()
    toolbox = Toolbox(
        knowledge=KnowledgeBase(IndexLocation(path=tmp_path / "index"), embeddings),
        embeddings=embeddings,
    )
    drawing = build_graph(toolbox).get_graph().draw_mermaid()
    assert drawing == SNAPSHOT.read_text(encoding="utf-8")


def test_building_the_graph_opens_no_index_and_loads_no_model(tmp_path: Path) -> None:
    embeddings = LocalEmbeddings()
    build_graph(
        Toolbox(
            knowledge=KnowledgeBase(IndexLocation(path=tmp_path / "index"), embeddings),
            embeddings=embeddings,
        )
    )
    assert not (tmp_path / "index").exists()
