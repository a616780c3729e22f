"""The PySide6 window. It talks to the core only through the store, engine, reports and sync APIs.

Start it with ``needsassess gui`` (``needsassess.ui.app.run_app``). See docs/window.md.
"""
