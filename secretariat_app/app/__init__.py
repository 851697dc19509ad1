"""The application layer: the use cases the desktop app and the command line call, bound to one
database, one user and the write observers (the search index) — see :class:`.facade.App`.

Below it, ``services/`` (the write path and read models) and the libraries on plain data (``search/``,
``exchange/``, ``reports/``); above it, only ``ui/``, ``cli/`` and the composition root ``bootstrap``.
"""
