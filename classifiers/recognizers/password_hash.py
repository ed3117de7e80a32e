"""Password hashes in the formats web frameworks and shop platforms store them.

Self-describing formats (bcrypt, argon2, PBKDF2, scrypt, crypt(3), phpass, Magento, LDAP) are
near-certain alone. Bare hex digests of the unsalted MD5/SHA era are equally the shape of any
checksum or token, so :class:`LegacyHexHashRecognizer` only confirms a column named as a password.

>>> bcrypt = "$2b$12$" + "R9h/cIPz0gi.URNNX3kh2O" + "PST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
>>> PasswordHashRecognizer().analyze(bcrypt, ["PASSWORD_HASH"])[0].score
0.95
>>> md5 = "5f4dcc3b5aa765d61d8327deb882cf99"
>>> LegacyHexHashRecognizer().analyze(md5, ["PASSWORD_HASH"])[0].score
0.4
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_B64 = r"[A-Za-z0-9+/]+={0,2}"  # standard base64
_CRYPT64 = r"[./A-Za-z0-9]"  # crypt(3)'s alphabet


class PasswordHashRecognizer(ValueRecognizer):
    ENTITY = "PASSWORD_HASH"
    PATTERNS = (
        # WordPress 6.8 prefixes "$wp", Django "bcrypt$" / "bcrypt_sha256$".
        Pattern(
            "bcrypt",
            rf"^(?:\$wp|bcrypt(?:_sha256)?\$)?\$2[abxy]?\$(?:0[4-9]|[12]\d|3[01])\${_CRYPT64}{{53}}$",
            0.95,
        ),
        Pattern(
            "argon2",
            rf"^(?:argon2)?\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\${_B64}\${_B64}$",
            0.95,
        ),
        Pattern("pbkdf2 (Django)", rf"^pbkdf2_sha(?:1|256|512)\$\d+\$[^$\s]+\${_B64}$", 0.95),
        Pattern(
            "pbkdf2 (Werkzeug)", r"^pbkdf2:sha(?:1|256|512)(?::\d+)?\$[^$\s]+\$[0-9a-f]+$", 0.95
        ),
        Pattern(
            "pbkdf2 (passlib)", r"^\$pbkdf2(?:-sha(?:256|512))?\$\d+\$[./\w+=]*\$[./\w+=]+$", 0.9
        ),
        Pattern("scrypt (Werkzeug)", r"^scrypt:\d+:\d+:\d+\$[^$\s]+\$[0-9a-f]+$", 0.95),
        Pattern("scrypt (Django)", rf"^scrypt\$\d+\$[^$\s]+\$\d+\$\d+\${_B64}$", 0.95),
        Pattern("scrypt (passlib)", r"^\$scrypt\$ln=\d+,r=\d+,p=\d+\$[^$\s]*\$[^$\s]+$", 0.9),
        Pattern(
            "scrypt/yescrypt (crypt)", rf"^\$(?:7|g?y)\${_CRYPT64}+(?:\${_CRYPT64}+){{1,2}}$", 0.9
        ),
        Pattern("md5-crypt", rf"^\$(?:1|apr1)\${_CRYPT64}{{0,8}}\${_CRYPT64}{{22}}$", 0.9),
        Pattern(
            "sha256-crypt", rf"^\$5\$(?:rounds=\d+\$)?{_CRYPT64}{{0,16}}\${_CRYPT64}{{43}}$", 0.9
        ),
        Pattern(
            "sha512-crypt", rf"^\$6\$(?:rounds=\d+\$)?{_CRYPT64}{{0,16}}\${_CRYPT64}{{86}}$", 0.9
        ),
        Pattern("phpass", rf"^(?-i:\$[PH]\$){_CRYPT64}{{31}}$", 0.9),
        # Magento 2 "hash:salt:version" (version 1 = SHA-256, 3_32_2_67108864 = Argon2id);
        # Magento 1 and OpenCart "hash:salt".
        Pattern(
            "hash:salt (Magento)",
            r"^(?:[0-9a-f]{32}|[0-9a-f]{64}|[0-9a-f]{128}):[\w./+]{1,64}(?::\d+(?:_\d+)*){0,3}$",
            0.85,
        ),
        Pattern(
            "salted (Django legacy)", r"^(?:unsalted_)?(?:sha1|md5)\$[^$\s]*\$[0-9a-f]{32,40}$", 0.9
        ),
        Pattern(
            "LDAP {SCHEME}",
            r"^\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|BCRYPT|PBKDF2[-\w]*)\}\S+$",
            0.9,
        ),
        Pattern("MySQL PASSWORD()", r"^\*[0-9A-F]{40}$", 0.85),
    )
    CONTEXT = ("password", "passwd", "pwd", "pass", "hash", "digest", "crypted")
    PREFILTER = (
        r"^(?:[$*{]|[0-9a-fA-F]{32}|(?i:pbkdf2|argon2|bcrypt|scrypt|sha1\$|md5\$|unsalted_))"
    )


#: A digest that is really a UUID written without dashes: version 4 or 7, RFC 4122 variant.
_DIGIT = re.compile(r"\d")
_HEX_LETTER = re.compile(r"[a-f]", re.IGNORECASE)
_DASHLESS_UUID = re.compile(r"^[0-9a-f]{12}[47][0-9a-f]{3}[89ab][0-9a-f]{15}$", re.IGNORECASE)


class LegacyHexHashRecognizer(ValueRecognizer):
    """Unsalted MD5, SHA-1, SHA-256 or SHA-512 hex digests; confirms a password column only."""

    ENTITY = "PASSWORD_HASH"
    PATTERNS = (
        Pattern("hex digest", r"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$", 0.4),
    )
    CONTEXT = PasswordHashRecognizer.CONTEXT
    PREFILTER = r"^[0-9a-fA-F]{32}"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Drop dashless UUIDs and digit-only or letter-only strings a real digest hardly is.

        None keeps the pattern's score (True would raise it to 1.0); False drops the match.
        """
        mixed = _DIGIT.search(pattern_text) and _HEX_LETTER.search(pattern_text)
        return None if mixed and not _DASHLESS_UUID.match(pattern_text) else False
