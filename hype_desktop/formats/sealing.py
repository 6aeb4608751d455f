"""The round's keys and what they do: seal shares, sign invitations and summaries, fingerprints.

Only PyNaCl (libsodium) does cryptography here: sealed boxes (X25519 + XSalsa20-Poly1305) so a
member's share opens only with the round's secret key, and Ed25519 signatures so an invitation
or a summary cannot be changed unnoticed. Nothing here is home-made beyond choosing which bytes
are signed (the canonical JSON form, ``team_rules.canonical_bytes``) and turning a hash of the
public keys into digits people can read aloud.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from hype_desktop.formats.team_rules import canonical_bytes


class SealProblem(Exception):
    """A seal or a signature did not check out (the caller names the file)."""


@dataclass(frozen=True)
class RoundPublicKeys:
    """What an invitation carries: the key shares are sealed to, the key summaries are signed with."""

    seal: str  # hex of the X25519 public key
    sign: str  # hex of the Ed25519 verify key

    @property
    def round_id(self) -> str:
        """The round's id is a hash of its public keys: nobody chooses it, so no two rounds share
        one (and members' pseudonyms, derived from the keys, never repeat across rounds)."""
        return hashlib.sha256(f"hype-round\n{self.seal}\n{self.sign}".encode()).hexdigest()[:32]

    @property
    def fingerprint(self) -> str:
        """Twelve digits in three groups, read aloud at the kick-off: both apps show them, so a
        swapped invitation (other keys) is noticed."""
        digest = hashlib.sha256(f"hype-fingerprint\n{self.seal}\n{self.sign}".encode()).digest()
        number = int.from_bytes(digest[:8], "big") % 10**12
        text = f"{number:012d}"
        return " ".join(text[i:i + 4] for i in range(0, 12, 4))

    def as_dict(self) -> dict[str, str]:
        return {"seal": self.seal, "sign": self.sign}


@dataclass(frozen=True)
class RoundSecret:
    """The collator's secret for one round: two 32-byte seeds, kept only in their database."""

    seal_seed: bytes
    sign_seed: bytes

    @classmethod
    def generate(cls) -> RoundSecret:
        return cls(bytes(PrivateKey.generate()), bytes(SigningKey.generate()))

    @classmethod
    def from_text(cls, text: str) -> RoundSecret:
        seal, sign = text.split(":")
        return cls(bytes.fromhex(seal), bytes.fromhex(sign))

    def as_text(self) -> str:
        return f"{self.seal_seed.hex()}:{self.sign_seed.hex()}"

    @property
    def public(self) -> RoundPublicKeys:
        return RoundPublicKeys(bytes(PrivateKey(self.seal_seed).public_key).hex(),
                               bytes(SigningKey(self.sign_seed).verify_key).hex())

    def opener(self) -> SealedBox[PrivateKey]:
        return SealedBox(PrivateKey(self.seal_seed))

    def sign(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` with a ``signature`` over its canonical form (every other field)."""
        signed = SigningKey(self.sign_seed).sign(canonical_bytes(data, "signature"))
        return {**data, "signature": base64.b64encode(signed.signature).decode("ascii")}


def verify(data: dict[str, Any], sign_key_hex: str) -> None:
    """Raise SealProblem unless ``data["signature"]`` signs the rest of ``data`` with that key."""
    try:
        signature = base64.b64decode(data["signature"], validate=True)
        VerifyKey(bytes.fromhex(sign_key_hex)).verify(canonical_bytes(data, "signature"), signature)
    except (KeyError, ValueError, TypeError, BadSignatureError, CryptoError) as exc:
        raise SealProblem(type(exc).__name__) from None


def seal(payload: bytes, seal_key_hex: str) -> str:
    """``payload`` sealed to the round's public key, as base64 text."""
    box = SealedBox(PublicKey(bytes.fromhex(seal_key_hex)))
    return base64.b64encode(box.encrypt(payload)).decode("ascii")


def unseal(sealed_b64: str, opener: SealedBox[PrivateKey]) -> bytes:
    """The sealed payload; SealProblem when it was not sealed to this round's key or was changed."""
    try:
        return opener.decrypt(base64.b64decode(sealed_b64, validate=True))
    except (ValueError, TypeError, CryptoError) as exc:
        raise SealProblem(type(exc).__name__) from None
