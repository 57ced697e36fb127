"""Vector indexes: the embedded exact-numpy index and Pinecone, chosen by URL."""
