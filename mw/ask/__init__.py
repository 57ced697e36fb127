"""Answering: a question is parsed (intent, constraints, names), candidates are retrieved and ranked
from the knowledge base, graph and vector index, and a cited answer is composed."""
