"""A site's signing key (Ed25519, from the ``cryptography`` package) and the checks of a signature.

The private key is made on first use and kept in a file only its owner may read; the public key travels
in every package, and the counterpart trusts it once (after the clerk compared its fingerprint).
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import ExchangeError


def load_or_make(path: Path) -> Ed25519PrivateKey:
    """The key in ``path``, made there (owner-only, never overwritten) if there is none."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # made meanwhile by another process of this clerk's: use that one
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise ExchangeError(f"{path}: the site's signing key cannot be read ({exc}); packages cannot be signed "
                            f"until it is restored from a backup or removed (a new key is then made, and the "
                            f"counterpart must trust it again)") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ExchangeError(f"{path}: not an Ed25519 key")
    return key


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public: str) -> str:
    """What a clerk compares over the phone: 8 groups of 4 hex digits of the key's SHA-256."""
    digest = hashlib.sha256(base64.b64decode(public)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(key.sign(data)).decode("ascii")


def verifies(public: str, data: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(public, validate=True)
        sig = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
