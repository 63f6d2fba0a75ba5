"""``signalbox eval`` in the model mode, with the scripted reader as the model.

Run: ``.venv/bin/python -m benchmarks.model_eval DATASET [signalbox eval options...] --out FILE``.

The scripted reader (``benchmarks.scripted_reader``, not a language model) is served on loopback,
``OPENAI_BASE_URL`` points at it with a placeholder ``OPENAI_API_KEY``, and the ``signalbox eval``
command itself runs in this process on those settings: the same code path, the Assistant in the
model mode, the real ChatOpenAI client over HTTP. An RGB set is indexed in a fresh temporary data
dir unless ``--data-dir`` is given, as ``signalbox eval`` does. The JSON written to ``--out`` is
``signalbox eval``'s, plus ``model``: the scripted reader's description and the calls it played.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchmarks.scripted_reader import MODEL_NAME, scripted_reader
from signalbox.agents.resources import shared_embeddings
from signalbox.app.cli import app

PLACEHOLDER_KEY = "sk-scripted-reader-no-key"
MODEL_VARIABLES = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "SIGNALBOX_MODEL")


def run(arguments: list[str], out: Path) -> int:
    """Run ``signalbox eval ARGUMENTS --out OUT`` on the scripted reader; its exit code.

    The model settings are set for the run only and restored after it.
    """
    saved = {name: os.environ.get(name) for name in MODEL_VARIABLES}
    with scripted_reader(shared_embeddings()) as reader:
        os.environ.update(
            OPENAI_BASE_URL=reader.base_url,
            OPENAI_API_KEY=PLACEHOLDER_KEY,
            SIGNALBOX_MODEL=MODEL_NAME,
        )
        try:
            code = app(["eval", *arguments, "--out", str(out)], standalone_mode=False)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    if out.exists():
        report = json.loads(out.read_text(encoding="utf-8"))
        report["model"] = reader.report()
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return int(code or 0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Every other option is passed to signalbox eval unchanged.",
    )
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    known, rest = parser.parse_known_args()
    sys.exit(run([str(known.dataset), *rest], known.out))


if __name__ == "__main__":
    main()
