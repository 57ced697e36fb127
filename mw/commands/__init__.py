"""Thin command modules: parse flags, call ``mw.core``, render. Each exposes ``register(app)``."""
