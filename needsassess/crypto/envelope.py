"""The encryption envelope around a package: streaming, authenticated, for one coordinator key.

Layout (docs/security.md has the full description)::

    header   magic "NAPKG-ENC" | version 1 | suite 1 | chunk size (u32 BE) | recipient key id (20)
             | ephemeral X25519 public key (32) | salt (32) | name length (u16 BE) | recipient name
    chunks   ChaCha20-Poly1305(chunk) + 16-byte tag, each of ``chunk size`` plaintext bytes but the last

The key is HKDF-SHA256(X25519(ephemeral, recipient), salt, info = tag | ephemeral | recipient); a
fresh ephemeral key per package makes the key unique, so the nonce can be a counter. The nonce is
an 11-byte chunk counter and a last-chunk flag (the STREAM construction, as in age): a reordered,
dropped or duplicated chunk fails its tag, and a file cut at a chunk boundary ends with a chunk not
flagged last, which is refused as truncated. The whole header is the associated data of every
chunk, so a changed header fails the first chunk.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from needsassess.crypto.errors import EnvelopeRefused
from needsassess.crypto.fingerprints import format_fingerprint
from needsassess.crypto.keys import CoordinatorKey, PublicKey
from needsassess.errors.crypto_codes import EnvelopeCode

MAGIC = b"NAPKG-ENC"
VERSION = 1
SUITE = 1  # X25519, HKDF-SHA256, ChaCha20-Poly1305, STREAM
DEFAULT_CHUNK = 256 * 1024
MIN_CHUNK, MAX_CHUNK = 16, 16 * 1024 * 1024
TAG = 16
_FIXED = struct.Struct(">9sBBI20s32s32sH")
_INFO = b"needsassess-envelope-v1"


@dataclass(frozen=True)
class EnvelopeHeader:
    chunk_size: int
    key_id: bytes
    ephemeral: bytes
    salt: bytes
    recipient_name: str
    raw: bytes

    @property
    def recipient_fingerprint(self) -> str:
        return format_fingerprint(self.key_id)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _derive(shared: bytes, header: EnvelopeHeader, recipient_raw: bytes) -> ChaCha20Poly1305:
    if shared == bytes(32):
        raise EnvelopeRefused(EnvelopeCode.EPHEMERAL_KEY)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=header.salt,
                info=_INFO + header.ephemeral + recipient_raw)
    return ChaCha20Poly1305(hkdf.derive(shared))


class EnvelopeWriter:
    """A write-only stream that encrypts into ``out`` chunk by chunk; ``close()`` seals the last one.

    It offers ``tell`` but not ``seek``, so zipfile writes a streamed archive straight into it and no
    plaintext package ever touches the disk.
    """

    def __init__(self, out: IO[bytes], recipient: PublicKey, chunk_size: int = DEFAULT_CHUNK) -> None:
        if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk size {chunk_size} outside {MIN_CHUNK}..{MAX_CHUNK}")
        ephemeral = X25519PrivateKey.generate()
        name = recipient.name.encode("utf-8")[:1000]
        raw = _FIXED.pack(MAGIC, VERSION, SUITE, chunk_size, recipient.key_id,
                          ephemeral.public_key().public_bytes_raw(), os.urandom(32), len(name)) + name
        self.header = parse_header(raw)
        shared = ephemeral.exchange(recipient.x25519())
        self._aead = _derive(shared, self.header, recipient.raw)
        self._out, self._chunk = out, chunk_size
        self._buffer = bytearray()
        self._counter = 0
        self._written = 0
        self._closed = False
        out.write(raw)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed envelope")
        self._buffer += data
        self._written += len(data)
        # Keep at least one byte back: the final chunk must be sealed with the last flag.
        full = (len(self._buffer) - 1) // self._chunk
        if full > 0:
            with memoryview(self._buffer) as view:
                for index in range(full):
                    self._seal(view[index * self._chunk : (index + 1) * self._chunk], last=False)
            del self._buffer[: full * self._chunk]  # one move per write, however large
        return len(data)

    def _seal(self, plain: bytes | memoryview, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._counter, last), plain, self.header.raw))
        self._counter += 1

    def tell(self) -> int:
        return self._written

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        """Seal the last chunk (possibly empty, when nothing was written)."""
        if not self._closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True
            self._out.flush()


def parse_header(raw: bytes) -> EnvelopeHeader:
    """The header's fields; EnvelopeRefused when it is not one this version can read."""
    if len(raw) < _FIXED.size or not raw.startswith(MAGIC):
        raise EnvelopeRefused(EnvelopeCode.NOT_ENVELOPE)
    _magic, version, suite, chunk, key_id, ephemeral, salt, name_len = _FIXED.unpack_from(raw)
    if version != VERSION or suite != SUITE:
        raise EnvelopeRefused(EnvelopeCode.VERSION, version=f"{version}.{suite}")
    if not MIN_CHUNK <= chunk <= MAX_CHUNK:
        raise EnvelopeRefused(EnvelopeCode.CHUNK_SIZE, chunk=chunk)
    if len(raw) != _FIXED.size + name_len:
        raise EnvelopeRefused(EnvelopeCode.HEADER_SHORT)
    try:
        name = raw[_FIXED.size :].decode("utf-8")
    except UnicodeDecodeError:
        raise EnvelopeRefused(EnvelopeCode.RECIPIENT_NAME) from None
    return EnvelopeHeader(chunk, key_id, ephemeral, salt, name, raw)


def read_header(src: IO[bytes]) -> EnvelopeHeader:
    fixed = _read_exact(src, _FIXED.size)
    if len(fixed) < _FIXED.size:
        raise EnvelopeRefused(EnvelopeCode.HEADER_SHORT)
    name_len = struct.unpack_from(">H", fixed, _FIXED.size - 2)[0]
    return parse_header(fixed + _read_exact(src, name_len))


def _read_exact(src: IO[bytes], size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        part = src.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def decrypt_stream(src: IO[bytes], out: IO[bytes], key: CoordinatorKey) -> EnvelopeHeader:
    """Decrypt ``src`` into ``out``, refusing at the first chunk that fails; returns the header.

    ``out`` holds unauthenticated-so-far plaintext until this returns: the caller discards it on
    refusal and reads it only afterwards.
    """
    header = read_header(src)
    if header.key_id != key.key_id:
        raise EnvelopeRefused(
            EnvelopeCode.OTHER_RECIPIENT,
            recipient=repr(header.recipient_name),
            recipient_fingerprint=header.recipient_fingerprint,
            name=repr(key.name),
            fingerprint=key.fingerprint,
        )
    try:
        shared = key.private.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
    except ValueError:
        raise EnvelopeRefused(EnvelopeCode.EPHEMERAL_KEY) from None
    aead = _derive(shared, header, key.public_raw)
    _open_chunks(src, out, aead, header)
    return header


def _open_chunks(src: IO[bytes], out: IO[bytes], aead: ChaCha20Poly1305, header: EnvelopeHeader) -> None:
    sealed_size = header.chunk_size + TAG
    pending, counter = _read_exact(src, sealed_size), 0
    while True:
        following = _read_exact(src, sealed_size) if len(pending) == sealed_size else b""
        last = not following
        if len(pending) < TAG:
            raise EnvelopeRefused(EnvelopeCode.CHUNK_INCOMPLETE, counter=counter)
        try:
            plain = aead.decrypt(_nonce(counter, last), pending, header.raw)
        except InvalidTag:
            raise _failure(aead, pending, counter, last, header) from None
        if last and not plain and counter > 0:
            raise EnvelopeRefused(EnvelopeCode.EMPTY_LAST_CHUNK)
        out.write(plain)
        if last:
            return
        pending, counter = following, counter + 1


def _failure(
    aead: ChaCha20Poly1305, sealed: bytes, counter: int, last: bool, header: EnvelopeHeader
) -> EnvelopeRefused:
    """Why a chunk failed, as precisely as can be told."""
    if last:
        try:
            aead.decrypt(_nonce(counter, False), sealed, header.raw)
        except InvalidTag:
            pass
        else:
            return EnvelopeRefused(EnvelopeCode.ENDS_EARLY, counter=counter)
    if counter == 0:
        return EnvelopeRefused(EnvelopeCode.FIRST_CHUNK)
    return EnvelopeRefused(EnvelopeCode.CHUNK_AUTH, counter=counter)


def is_envelope(path: os.PathLike[str] | str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def peek_header(path: os.PathLike[str] | str) -> EnvelopeHeader | None:
    """For whom an encrypted package is (None when the file is not one); needs no key."""
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            return None
        handle.seek(0)
        return read_header(handle)
