"""Reusable field widgets for the record editors: every field has ``value()``, ``set_value()`` and ``changed``."""
