"""The limits every form and every expression stays within, so a hostile file cannot exhaust memory or time.

A form travels in packages and XLSForms from people we do not control; the engine must refuse a
file built to blow up (a YAML alias bomb, a 50 MB file, a doubling ``concat()`` chain) with a located
message, in seconds, instead of running the machine out of memory. The limits are far above real
forms: the largest real XLSForms have a few thousand rows and a few thousand choices (big lists
belong in datasets). Expressions have their own budget (``expr.budget``). docs/security.md states
the limits; tests/engine/test_hostile_forms.py measures them.
"""

from __future__ import annotations

# A form's YAML text (characters). The shipped forms are ~65 KB; a 5,000-row form with three
# languages is ~3 MB.
MAX_FORM_CHARS = 8 * 2**20
# YAML events (scalars, mappings, sequences) in one form: ~1 µs each to read; a shipped form has ~5,000.
MAX_YAML_NODES = 500_000
# Rows of the survey (questions, groups and repeats, nested ones included).
MAX_ELEMENTS = 10_000
# Choices summed over every list.
MAX_CHOICES = 20_000
