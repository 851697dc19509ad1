"""The desktop app (PySide6). The only package that imports Qt."""

from . import qt_fixes

qt_fixes.apply()
