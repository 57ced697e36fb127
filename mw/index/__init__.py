"""The dense index: the embedding model, keeping the vector index in step with the knowledge base, and
dense search for questions. Used by both ingest (indexing) and ask (query embedding)."""
