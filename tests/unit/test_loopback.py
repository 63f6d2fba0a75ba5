"""The tests' loopback server: a client that gives up is no error of the server's."""

from __future__ import annotations

import time
import urllib.request
from typing import Any

import pytest

from tests.servers import scripted_server


def test_a_client_that_hung_up_leaves_no_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    def slow(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        time.sleep(0.5)
        return 200, {"padding": "x" * 200_000}

    with scripted_server(slow) as (url, _):
        request = urllib.request.Request(url, data=b"{}", method="POST")
        with pytest.raises(TimeoutError):
            urllib.request.urlopen(request, timeout=0.1)
        time.sleep(1.0)  # the handler now writes to the socket the client closed
    assert "Traceback" not in capsys.readouterr().err
