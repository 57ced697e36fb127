"""Domain logic: no Typer, no Rich. Raises :mod:`mw.errors`, never prints."""
