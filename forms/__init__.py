"""The shipped form definitions (``*.yaml``), installed as the package ``needsassess._forms``.

This file only makes the folder a package, so that the app finds the forms with
``importlib.resources`` both in a source checkout (editable install) and in a wheel or a bundle
(``needsassess/resources.py``; the mapping is ``package-dir`` in pyproject.toml).
"""
