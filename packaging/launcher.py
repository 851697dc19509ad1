"""The desktop bundle's entry point (PyInstaller starts a script, not a package's __main__)."""

from secretariat_app.cli import main

raise SystemExit(main())
