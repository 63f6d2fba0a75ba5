"""The embedded index keeps its payload indexes on disk, and moves an earlier version's there."""

from __future__ import annotations

from pathlib import Path

import qdrant_edge as edge

from signalbox.tools.knowledge.edge import EdgeEngine
from signalbox.tools.knowledge.engine import PAYLOAD_INDEXES, StoredPoint, Where
from signalbox.tools.knowledge.sparse import SparseVector

COLLECTION = "signalbox"


def _points(count: int) -> list[StoredPoint]:
    return [
        StoredPoint(
            id=f"00000000-0000-4000-8000-{n:012d}",
            dense=[1.0, float(n), 0.5, 0.25],
            sparse=SparseVector([n + 1], [1.0]),
            payload={
                "path": f"/docs/{n % 3}.md",
                "source": f"{n % 3}.md",
                "doc_type": "md",
                "file_hash": f"h{n % 3}",
                "chunk_index": n,
                "complete": True,
            },
        )
        for n in range(count)
    ]


def _memory(engine: EdgeEngine) -> dict[str, object]:
    engine.close()
    shard = edge.EdgeShard.load(str(engine.directory))
    schema = shard.info().payload_schema
    shard.close()
    return {key: info.params.memory if info.params else None for key, info in schema.items()}


def test_a_new_index_keeps_every_payload_index_on_disk(tmp_path: Path) -> None:
    engine = EdgeEngine(tmp_path, COLLECTION)
    engine.create(4)
    engine.upsert(_points(30))
    assert _memory(engine) == {key: edge.Memory.Cold for key in PAYLOAD_INDEXES}


def test_building_the_index_moves_payload_indexes_held_in_memory_to_disk(tmp_path: Path) -> None:
    directory = tmp_path / "edge" / COLLECTION
    directory.parent.mkdir(parents=True)
    config = edge.EdgeConfig(
        vectors={"dense": edge.EdgeVectorParams(size=4, distance=edge.Distance.Cosine)},
        sparse_vectors={"sparse": edge.EdgeSparseVectorParams(modifier=edge.Modifier.Idf)},
    )
    earlier = edge.EdgeShard.create(str(directory), config)
    earlier.update(edge.UpdateOperation.create_field_index("path", edge.PayloadSchemaType.Keyword))
    earlier.close()
    engine = EdgeEngine(tmp_path, COLLECTION)
    engine.upsert(_points(30))
    assert _memory(engine)["path"] is None  # opening alone leaves it as it was
    assert engine.optimize()  # a change, though 30 points are too few for the HNSW graph
    assert _memory(engine) == {key: edge.Memory.Cold for key in PAYLOAD_INDEXES}
    found, _ = engine.scroll(Where(visible=True, path="/docs/1.md"), None, 100, None)
    assert len(found) == 10
