"""Key fingerprints that a person can read out over a telephone line.

A fingerprint is the first 160 bits of SHA-256 over a domain tag, the algorithm name and the raw
public key, written in base32 (letters A-Z and digits 2-7: no 0/O or 1/I to confuse) as eight
groups of four characters. Two people compare it group by group; a forged key would need a
160-bit second preimage.
"""

from __future__ import annotations

import base64
import hashlib
import re

_DOMAIN = b"needsassess-key-fingerprint-v1\x00"
FINGERPRINT_BYTES = 20
_CLEAN = re.compile(r"[\s\-:]")
_VALID = re.compile(r"[A-Z2-7]{32}")


def fingerprint_bytes(algorithm: str, public_raw: bytes) -> bytes:
    """The 20-byte identifier of a public key (it names the recipient in an envelope header)."""
    digest = hashlib.sha256(_DOMAIN + algorithm.encode("ascii") + b"\x00" + public_raw).digest()
    return digest[:FINGERPRINT_BYTES]


def format_fingerprint(raw: bytes) -> str:
    """``ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567``: eight groups of four base32 characters."""
    text = base64.b32encode(raw).decode("ascii")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def fingerprint(algorithm: str, public_raw: bytes) -> str:
    return format_fingerprint(fingerprint_bytes(algorithm, public_raw))


def normalize_fingerprint(text: str) -> str | None:
    """The canonical form of a typed fingerprint (spaces, dashes and case ignored), or None."""
    cleaned = _CLEAN.sub("", text).upper()
    if not _VALID.fullmatch(cleaned):
        return None
    return " ".join(cleaned[i : i + 4] for i in range(0, 32, 4))
