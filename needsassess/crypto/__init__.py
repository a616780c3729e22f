"""Signed and encrypted packages: device keys, coordinator keys, the envelope format, signatures.

Only primitives of the ``cryptography`` package are used (Ed25519, X25519, HKDF-SHA256,
ChaCha20-Poly1305, scrypt). The scheme, its threat model and key handling: docs/security.md.
The window's entry points are in ``needsassess.crypto.api``.
"""
