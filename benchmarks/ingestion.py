"""Ingestion throughput against the raw throughput of the embedding model, in the same run.

Run: ``.venv/bin/python -m benchmarks.ingestion [--files N] [--out FILE]``.

The corpus is written for the run: msmarco-5k passages from ../shared/data grouped ten to a Markdown
file (with headings, as real notes have), plus the bundled sample documents (PDF, Chinese, text).
Reported: end-to-end chunks/s of ``ingest`` (files → chunks stored) over chunks/s of
``embed_documents`` on exactly the same chunk texts; and how much faster re-ingesting the unchanged
corpus is than the first ingestion.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.datasets import DEFAULT_DATA, msmarco
from benchmarks.output import publish
from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings, ingest
from signalbox.tools.knowledge.ingest import EMBED_BATCH, collect_files
from signalbox.tools.knowledge.loaders import load_file
from signalbox.tools.knowledge.splitting import split_documents

SAMPLES = Path(__file__).resolve().parents[1] / "app" / "samples"
PASSAGES_PER_FILE = 10


def write_corpus(folder: Path, files: int, data: Path) -> None:
    """Markdown notes built from public passages, plus the sample documents."""
    passages = msmarco(data).passages[: files * PASSAGES_PER_FILE]
    for number in range(files):
        group = passages[number * PASSAGES_PER_FILE : (number + 1) * PASSAGES_PER_FILE]
        sections = "\n\n".join(f"## Passage {p.id}\n\n{p.text}" for p in group)
        (folder / f"note-{number:04d}.md").write_text(f"# Note {number}\n\n{sections}\n", "utf-8")
    shutil.copytree(SAMPLES, folder / "samples")


def run(files: int, data: Path) -> dict[str, Any]:
    """Time the first ingestion, the raw embedding of the same chunks, and a re-ingestion."""
    embeddings = LocalEmbeddings()
    embeddings.embed_documents(["warm-up"] * EMBED_BATCH)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, files, data)
        kb = KnowledgeBase(IndexLocation(path=Path(tmp) / "index"), embeddings)

        started = time.perf_counter()
        first = ingest(kb, [corpus])
        ingest_s = time.perf_counter() - started

        paths, _ = collect_files([corpus])
        texts = [c.embedding_text() for path in paths for c in split_documents(load_file(path))]
        started = time.perf_counter()
        for offset in range(0, len(texts), EMBED_BATCH):
            embeddings.embed_documents(texts[offset : offset + EMBED_BATCH])
        embed_s = time.perf_counter() - started

        started = time.perf_counter()
        again = ingest(kb, [corpus])
        reingest_s = time.perf_counter() - started
    chunks = sum(item.chunks for item in first.files)
    assert chunks == len(texts), "ingestion and the raw run must embed the same chunks"
    return {
        "files": len(first.files),
        "chunks": chunks,
        "failed": len(first.failed),
        "ingest_chunks_per_s": round(chunks / ingest_s, 1),
        "raw_embed_chunks_per_s": round(chunks / embed_s, 1),
        "ingest_vs_raw_embedding": round(embed_s / ingest_s, 3),
        "first_ingest_s": round(ingest_s, 2),
        "unchanged_reingest_s": round(reingest_s, 2),
        "reingest_speedup": round(ingest_s / reingest_s, 1),
        "reingest_all_unchanged": again.count("unchanged") == len(again.files),
    }


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100, help="Markdown files to generate")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args()
    publish(run(args.files, args.data), args.out)


if __name__ == "__main__":
    main()
