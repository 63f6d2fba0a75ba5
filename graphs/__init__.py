"""The state machine of a turn: route → knowledge | web | functions | direct → answer → check.

Generic over the tools it is handed (``Toolbox``); it reads no settings and no environment.
"""

from __future__ import annotations

from signalbox.graphs.context import Context
from signalbox.graphs.graph import build_graph
from signalbox.graphs.state import InputState, State
from signalbox.graphs.toolbox import Toolbox

__all__ = ["Context", "InputState", "State", "Toolbox", "build_graph"]
