"""What the agent can use: the knowledge base, web search and function tools.

Nothing here knows about chat models or graphs, so each tool is usable on its own.
"""
