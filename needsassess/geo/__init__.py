"""Shipped geography: country and first-level (province, region) outlines, with no network.

Pure Python below every layer that draws or checks places (ui, reports, analysis): it reads the
bundled ``resources/boundaries/boundaries.bin`` (Natural Earth, public domain) and answers "which
country and province is this point in?" and "which outlines cross this box?".
"""
