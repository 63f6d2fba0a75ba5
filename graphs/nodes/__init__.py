"""One module per node of the turn; ``graphs/graph.py`` declares how they connect.

Each offers ``make_<name>_node(toolbox, *, degraded=False)``: the node as it runs with the model and
the web, and (``degraded``) as it runs after they failed, emitting typed events from ``graphs/events.py``.
"""
