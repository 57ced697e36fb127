"""Getting data in: import files (JSONL/CSV), trade-press feeds and scheduled refresh jobs, and keeping
the vector index and graph in step after every write to the knowledge base."""
