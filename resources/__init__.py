"""Fonts (with their licence), translations (``.qm``) and the application icon, installed as the
package ``needsassess._resources``.

This file only makes the folder a package, so that the app finds these files with
``importlib.resources`` both in a source checkout (editable install) and in a wheel or a bundle
(``needsassess/resources.py``; the mapping is ``package-dir`` in pyproject.toml).
"""
