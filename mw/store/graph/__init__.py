"""Graph backends: the embedded SQLite graph, FalkorDB and Neo4j (shared Cypher), chosen by URL."""
