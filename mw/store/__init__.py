"""Storage backends behind small interfaces, chosen by URL scheme.

- State store (:mod:`mw.store.state.base`): ``redis://``/``rediss://``/``unix://`` or a directory (diskcache).
- Knowledge base (:mod:`mw.store.kb`): embedded SQLite under ``MW_HOME``.
"""
