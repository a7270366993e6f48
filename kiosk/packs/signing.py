"""Ed25519 keys and signatures for packs (PyNaCl, i.e. libsodium; nothing hand-rolled).

Private key file: the raw 32-byte seed, mode 0600. Public key: the raw 32 bytes as
base64 text (one line), the form listed in the config's `trusted_keys`.
Signature file: the raw 64-byte signature as base64 text.

PyNaCl is imported on first use, not with this module: the kiosk's start reads packs
only after its first frame.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.packs.errors import PackError

if TYPE_CHECKING:
    from nacl.signing import SigningKey, VerifyKey


def public_key_text(key: VerifyKey) -> str:
    return base64.b64encode(bytes(key)).decode()


def generate_key_files(private_path: Path) -> str:
    """Write a new private key to `private_path` (0600) and its public key beside it.

    Returns the public key text. Refuses to overwrite an existing key file.
    """
    from nacl.signing import SigningKey

    private_path = Path(private_path)
    key = SigningKey.generate()
    seed = bytes(key)
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise PackError(f"{private_path} exists already; not overwriting a key") from None
    with os.fdopen(fd, "wb") as out:
        out.write(seed)
    os.chmod(private_path, 0o600)  # also when the umask was strict or odd
    public = public_key_text(key.verify_key)
    public_path(private_path).write_text(public + "\n", encoding="ascii")
    return public


def public_path(private_path: Path) -> Path:
    return Path(f"{private_path}.pub")


def load_private_key(path: Path) -> SigningKey:
    from nacl.signing import SigningKey

    try:
        seed = Path(path).read_bytes()
    except OSError as error:
        raise PackError(f"cannot read the key {path}: {error.strerror or error}") from None
    if len(seed) != 32:
        raise PackError(f"{path} is not a private key written by `kiosk pack keygen`")
    return SigningKey(seed)


def parse_public_key(text: str) -> VerifyKey:
    """A public key from its base64 text; PackError when it is not one."""
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise PackError(f"not an Ed25519 public key (base64 of 32 bytes): {text[:60]!r}")
    try:
        return VerifyKey(raw)
    except CryptoError as error:
        raise PackError(f"not an Ed25519 public key: {error}") from None


def sign(key: SigningKey, data: bytes) -> bytes:
    """The signature file's bytes (base64 text) for `data`."""
    return base64.b64encode(key.sign(data).signature) + b"\n"


def trusted_signer(data: bytes, signature_file: bytes, trusted: tuple[str, ...]) -> str | None:
    """The trusted public key (text) whose signature `signature_file` is over `data`, or None."""
    from nacl.exceptions import BadSignatureError

    try:
        signature = base64.b64decode(signature_file.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    for text in trusted:
        try:
            key = parse_public_key(text)
        except PackError:
            continue  # a bad entry in the config is reported by `pack verify`, not fatal
        try:
            key.verify(data, signature)
        except (BadSignatureError, ValueError, TypeError):
            continue
        return text.strip()
    return None
