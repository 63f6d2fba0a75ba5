"""Front ends: the command line, the Streamlit chat and the MCP server.

They call ``signalbox.agents.Assistant`` (the only door; ``app/ruff.toml`` bans imports of graphs and
tools here) and render its events.
"""
