"""The tamper-evident chain: each event's hash covers its content and the previous hash."""

from __future__ import annotations

import json
from typing import Any

GENESIS = "0" * 64
SHORT = 16  # hex digits of a hash printed in the minutes and exports (`verify --head` takes 8 or more)


def short_hash(digest: str) -> str:
    return digest[:SHORT]


def canonical_json(value: Any) -> str:
    """The one JSON spelling of a value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    *,
    meeting_uid: str,
    seq: int,
    kind: str,
    payload_json: str,
    actor: str,
    wall_us: int,
    mono_ns: int,
    boot: str,
    prev_hash: str,
) -> str:
    import hashlib  # loaded on first use: it brings OpenSSL, which opening a meeting does not need

    material = canonical_json([meeting_uid, seq, kind, payload_json, actor, wall_us, mono_ns, boot, prev_hash])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
