"""The HTTP JSON API (``mw serve``): :func:`mw.api.app.create_app` builds the ASGI app."""
