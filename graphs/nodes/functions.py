"""functions: call the function tools the router parsed from the question (offline mode)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from signalbox.graphs.emit import emit
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox


def make_functions_node(toolbox: Toolbox) -> Callable[[State], dict[str, Any]]:
    """Build the node around the toolbox's function tools."""

    def functions(state: State) -> dict[str, Any]:
        request = state.get("tool_request") or {}
        name, args = request.get("name", ""), request.get("args", {})
        emit("tool_call", name=name, args=args)
        tool = toolbox.function(name)
        if tool is None:
            result = {
                "name": name,
                "args": args,
                "output": None,
                "error": f"no tool named {name!r}",
            }
        else:
            try:
                result = {"name": name, "args": args, "output": tool.invoke(args), "error": None}
            except Exception as exc:  # a tool failure is a visible step, never a crashed turn
                result = {"name": name, "args": args, "output": None, "error": str(exc)}
        emit("tool_result", name=name, output=result["output"], error=result["error"])
        return {"tool_results": [*state.get("tool_results", []), result]}

    return functions
