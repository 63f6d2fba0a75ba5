"""Running the ``signalbox`` console script as a user does, in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SIGNALBOX = str(Path(sys.executable).with_name("signalbox"))


def run_cli(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``signalbox ARGS`` against ``data_dir`` (and ``env``); never raises on a non-zero exit."""
    env = {**os.environ, **(env or {}), "SIGNALBOX_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [SIGNALBOX, *args], capture_output=True, text=True, timeout=300, env=env, check=False
    )
