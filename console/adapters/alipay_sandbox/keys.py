"""Sandbox key material: an app keypair (ours) and a platform keypair (the sandbox's), RSA2.

Generated on first use into <data dir>/sandbox and reused after; never committed.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

SANDBOX_APP_ID = "9021000100000001"
SANDBOX_SELLER_ID = "2088000000000001"

_FILES = ("app_private.pem", "app_public.pem", "platform_private.pem", "platform_public.pem")


@dataclass(frozen=True)
class SandboxKeys:
    folder: Path

    @property
    def app_private(self) -> Path:
        return self.folder / "app_private.pem"

    @property
    def app_public(self) -> Path:
        return self.folder / "app_public.pem"

    @property
    def platform_private(self) -> Path:
        return self.folder / "platform_private.pem"

    @property
    def platform_public(self) -> Path:
        return self.folder / "platform_public.pem"


def _write(path: Path, data: bytes, private: bool) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    if private:
        os.chmod(tmp, 0o600)
    tmp.replace(path)


def ensure_keys(folder: Path) -> SandboxKeys:
    """Create both keypairs in `folder` unless they are already there."""
    keys = SandboxKeys(folder)
    if all((folder / name).exists() for name in _FILES):
        return keys
    folder.mkdir(parents=True, exist_ok=True)
    for who in ("app", "platform"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        _write(folder / f"{who}_private.pem", key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()), True)
        _write(folder / f"{who}_public.pem", key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo), False)
    return keys


def load_private(path: Path) -> RSAPrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, RSAPrivateKey)
    return key


def load_public(path: Path) -> RSAPublicKey:
    key = serialization.load_pem_public_key(path.read_bytes())
    assert isinstance(key, RSAPublicKey)
    return key


def sign(key: RSAPrivateKey, text: str) -> str:
    return base64.b64encode(key.sign(text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())).decode()


def verify(key: RSAPublicKey, text: str, signature: str) -> bool:
    try:
        key.verify(base64.b64decode(signature, validate=True), text.encode("utf-8"), padding.PKCS1v15(),
                   hashes.SHA256())
        return True
    except Exception:  # bad base64 or bad signature: both are simply "not verified"
        return False


def signing_text(params: dict[str, str], exclude: tuple[str, ...]) -> str:
    """Alipay's signed text: sorted k=v pairs joined by &, without the excluded keys and empty values."""
    return "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k not in exclude and v != "")
