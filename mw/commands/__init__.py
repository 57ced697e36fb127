"""Thin command modules: parse flags, call the domain packages (``mw.ask``, ``mw.ingest``, ``mw.ops``), render. Each exposes ``register(app)``."""
