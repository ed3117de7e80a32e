"""At-rest evidence from sampled bytes: does a binary column hold ciphertext?

Only evidence, never a guess: a column is reported encrypted when its sampled bytes carry a PGP
packet header (pgcrypto) or are statistically indistinguishable from random and are not a known
compressed file format. Anything else says nothing.

>>> import random
>>> rnd = random.Random(1)
>>> ciphertext_evidence([bytes(rnd.randrange(256) for _ in range(40)) for _ in range(50)])[:28]
'bytes look like ciphertext ('
>>> ciphertext_evidence([b"hello world, plain text bytes"] * 50) is None
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

#: Fewer sampled bytes than this cannot tell ciphertext from other binary data.
MIN_BYTES = 512
#: Bits of entropy per byte above which sampled bytes are taken as random-looking.
MIN_ENTROPY = 7.2

_FILE_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"%PDF",
    b"BZh",
    b"\x28\xb5\x2f\xfd",
    b"RIFF",
    b"\x00\x00\x00",
)
# OpenPGP packet tags pgcrypto writes first: symmetric-key (3) or public-key (1) encrypted
# session key, in old and new packet formats.
_PGP_FIRST_BYTES = {0xC3, 0xC1, 0x8C, 0x8D, 0x84, 0x85}


def ciphertext_evidence(values: Sequence[object]) -> str | None:
    """A sentence of evidence when the sampled values look encrypted, else None."""
    blobs = [v for v in values if isinstance(v, bytes) and v]
    if not blobs:
        return None
    if len(blobs) >= 5 and sum(b[0] in _PGP_FIRST_BYTES for b in blobs) >= 0.9 * len(blobs):
        return (
            f"{len(blobs)} sampled values start with an OpenPGP encrypted-session-key "
            f"packet (pgcrypto pgp_*_encrypt)"
        )
    if any(b.startswith(m) for b in blobs for m in _FILE_MAGIC):
        return None
    data = b"".join(blobs)
    if len(data) < MIN_BYTES:
        return None
    counts = Counter(data)
    entropy = -sum(n / len(data) * math.log2(n / len(data)) for n in counts.values())
    if entropy < MIN_ENTROPY:
        return None
    return (
        f"bytes look like ciphertext ({entropy:.2f} bits/byte over {len(data)} sampled bytes "
        f"of {len(blobs)} values, no known file header)"
    )
