"""Canonical JSON and the content hash of a finalized revision.

The same bytes must come out on every device and every version of the app, because the hash decides
during sync whether two copies of a revision are the same. Sync uses these functions too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys, no spaces, non-ASCII kept; NaN and infinities refused."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def content_hash(document: Any, attachment_hashes: Iterable[str]) -> str:
    """sha256 (hex) of the canonical JSON of ``{"document": ..., "attachments": [sorted hashes]}``."""
    payload = {"attachments": sorted(set(attachment_hashes)), "document": document}
    return hashlib.sha256(canonical_json(payload)).hexdigest()
