"""RAG answer-quality sets in RGB's shape: the English look-alike sets and their generator."""
