"""Fixtures shared by the integration tests that drive the console script."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import run_cli
from tests.conftest import SAMPLES


@pytest.fixture(scope="session")
def cli_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir that the CLI itself filled with the samples (this process never opens it)."""
    data_dir = tmp_path_factory.mktemp("cli-data")
    result = run_cli("ingest", str(SAMPLES), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "4 added" in result.stdout
    return data_dir
