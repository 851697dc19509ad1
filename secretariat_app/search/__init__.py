"""Offline search in Korean, Chinese and English.

- :mod:`.words` folds text (NFKC, case, Traditional → Simplified) and splits it into index words:
  Chinese, Japanese and Korean runs into overlapping two-character pieces, other words whole.
- :mod:`.query` is the query language: a lexer and a recursive-descent parser giving a tree.
- :mod:`.entries` turns a record (its exchange document) into index entries with their filter values.
- :mod:`.backends` keeps the index in SQLite (FTS5) or PostgreSQL (tsvector + GIN) and compiles trees.
- :mod:`.index` keeps the index right: a write observer in every write's transaction, reindex, check.
- :mod:`.snippets` builds highlighted snippets from the original text.
- :mod:`.service` is what the UI and the command line call; :mod:`.history` keeps recent and saved searches.
"""
