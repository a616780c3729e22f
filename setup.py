"""Which packages the wheel holds; everything else about the build is in pyproject.toml.

pyproject.toml alone cannot both find the ``needsassess`` packages and add the two that live in
top-level folders (``forms/`` -> ``needsassess._forms``, ``resources/`` -> ``needsassess._resources``,
mapped by ``package-dir`` there), so the list is made here.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["needsassess", "needsassess.*"]),
        "needsassess._forms",
        "needsassess._resources",
    ],
)
