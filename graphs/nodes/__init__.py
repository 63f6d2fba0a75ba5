"""One module per node of the turn."""
