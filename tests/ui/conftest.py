"""The main-window fixtures for every UI test module."""

from .shell_helpers import empty_window, window  # noqa: F401 - fixtures
