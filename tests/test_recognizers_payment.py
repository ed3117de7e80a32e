"""Case tables for the payment, password-hash, national-id and tax-id value recognizers.

Each value is a whole cell; it matches when one result covers all of it. A recognizer's
PREFILTER decides whether a column is analysed at all, so it must accept every positive case.
"""

from __future__ import annotations

import hashlib
from functools import cache

import pytest

from classifiers.recognizers.base import ValueRecognizer
from classifiers.recognizers.card import (
    CardBinRecognizer,
    CardExpiryRecognizer,
    CardLast4Recognizer,
    MaskedCardRecognizer,
)
from classifiers.recognizers.national_id import (
    AadhaarRecognizer,
    BsnRecognizer,
    CodiceFiscaleRecognizer,
    DniNieRecognizer,
    NinoRecognizer,
    NirRecognizer,
    SinRecognizer,
    SsnUndashedRecognizer,
)
from classifiers.recognizers.password_hash import LegacyHexHashRecognizer, PasswordHashRecognizer
from classifiers.recognizers.payment_token import (
    AdyenRecurringReferenceRecognizer,
    PaymentTokenRecognizer,
)
from classifiers.recognizers.tax_id import (
    EinRecognizer,
    EuVatRecognizer,
    IndiaPanRecognizer,
    SteuerIdRecognizer,
)

HEX64 = hashlib.sha256(b"piimap").hexdigest()
CASES: dict[type[ValueRecognizer], list[tuple[str, bool]]] = {
    PasswordHashRecognizer: [
        ("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", True),
        ("$2y$10$abcdefghijklmnopqrstuu5ZXmWJ0iBxKwlRx6e3.Hr8wQ0zg5kGe", True),
        ("$wp$2y$10$abcdefghijklmnopqrstuu5ZXmWJ0iBxKwlRx6e3.Hr8wQ0zg5kGe", True),
        ("bcrypt_sha256$$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", True),
        ("$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", True),
        ("argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", True),
        ("pbkdf2_sha256$600000$c2FsdHNhbHQx$Vt0E4Yc3TmWw1m0xA7s3JzW6Hb0f1mXw2l9qZ3T4o5Y=", True),
        (f"pbkdf2:sha256:600000$Wb5hq5BC${HEX64}", True),
        (f"scrypt:32768:8:1$aBcDeFgH12345678${HEX64}{HEX64}", True),
        ("scrypt$16384$c2FsdHNhbHQ$8$1$aGFzaGhhc2hoYXNoaGFzaA==", True),
        (
            "$pbkdf2-sha256$29000$N2YuJYKJ.o1b3xtpu9h.Ew$9j8rTzM2kQ8m0Bq4Gk8wVh1oG4vZc1yYQYw8x5bqHk4",
            True,
        ),
        (
            "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
            True,
        ),
        ("$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7", True),
        ("$1$saltsalt$qjXMvbEw8oaL.CzflDugX/", True),
        ("$5$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", True),
        ("$6$saltsalt$" + "aB3./" * 17 + "x", True),
        ("$P$BZlPX7NIx8MYpXokBW2AT2j4Sjbm1I1", True),
        ("$H$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", True),
        (f"{HEX64}:tQy4Ct2pa1jgn7IEtjHdKfQzFaTl7BjT:1", True),
        (f"{HEX64}:tQy4Ct2pa1jgn7IEtjHdKfQzFaTl7BjT:3_32_2_67108864", True),
        ("5f4dcc3b5aa765d61d8327deb882cf99:Ab", True),
        ("sha1$a1976$a36cc8cbf81742a8fb52e221aaeab48ed7f58ab4", True),
        ("{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g4f9qS", True),
        ("*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19", True),
        # near misses
        ("5f4dcc3b5aa765d61d8327deb882cf99", False),  # bare digest: LegacyHexHashRecognizer's
        ("$2b$12$tooShort", False),
        ("$2b$99$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", False),  # cost 99
        ("$p$BZlPX7NIx8MYpXokBW2AT2j4Sjbm1I1", False),  # phpass is upper-case $P$
        ("$6$saltsalt$short", False),
        ("{SSHA}", False),
        ("$argon2id$v=19$m=65536", False),
        ("hunter2", False),
        ("password123", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    LegacyHexHashRecognizer: [
        ("5f4dcc3b5aa765d61d8327deb882cf99", True),  # md5
        ("5F4DCC3B5AA765D61D8327DEB882CF99", True),
        (hashlib.sha1(b"piimap").hexdigest(), True),
        (HEX64, True),
        (hashlib.sha512(b"piimap").hexdigest(), True),
        ("9f1c2e4b7a3d4e8f9b0c1d2e3f4a5b6c", False),  # uuid4().hex, not an md5
        ("9f1c2e4b7a3d7e8fab0c1d2e3f4a5b6c", False),  # dashless UUIDv7
        ("9f1c2e4b-7a3d-4e8f-9b0c-1d2e3f4a5b6c", False),
        ("12345678901234567890123456789012", False),  # no letters
        ("abcdefabcdefabcdefabcdefabcdefab", False),  # no digits
        ("5f4dcc3b5aa765d61d8327deb882cf9", False),  # 31
        ("5f4dcc3b5aa765d61d8327deb882cf99a", False),  # 33
        ("5f4dcc3b5aa765d61d8327deb882cg99", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    CardLast4Recognizer: [
        ("4242", True),
        ("0005", True),
        ("1111", True),
        ("2024", True),  # a year is still four digits: the column name decides
        ("424", False),
        ("42424", False),
        ("42a2", False),
        ("4242\n", False),
        ("**** 4242", False),
        ("12/25", False),
        ("four", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    MaskedCardRecognizer: [
        ("424242******4242", True),
        ("************4242", True),
        ("**** **** **** 4242", True),
        ("XXXX-XXXX-XXXX-1881", True),
        ("xxxxxxxxxxxx0005", True),
        ("4111 11XX XXXX 1111", True),
        ("•••• 4242", True),
        ("XXX-XX-6789", False),  # a masked SSN
        ("XXX-XXX-1234", False),  # a masked phone number
        ("*1234", False),
        ("****", False),
        ("4242", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    CardExpiryRecognizer: [
        ("12/25", True),
        ("01/2027", True),
        ("09-26", True),
        ("1/27", True),
        ("12 / 25", True),
        ("2026-11", True),
        ("13/25", False),
        ("00/25", False),
        ("2026-13", False),
        ("2026-00", False),
        ("12/3025", False),
        ("12.25", False),
        ("1225", False),
        ("12/5", False),
        ("2026-11-01", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    CardBinRecognizer: [
        ("424242", True),
        ("51051051", True),
        ("2221000", True),
        ("601100", True),
        ("378282", True),
        ("123456", False),  # 1 starts no card network's range
        ("723456", False),
        ("12345", False),
        ("42424", False),
        ("424242424", False),
        ("4242-42", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    PaymentTokenRecognizer: [
        ("tok_1N3T00LkdIwHu7ixt44h1F8k", True),
        ("cus_NffrFeUfNV2Hib", True),
        ("pm_1MqLiJLkdIwHu7ixUEgbFdYF", True),
        ("pi_3MtwBwLkdIwHu7ix28a3tqPa", True),
        ("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", True),
        ("card_1MvoiELkdIwHu7ixOeFh0mwd", True),
        ("src_1MvoiELkdIwHu7ixOeFh0mwd", True),
        ("ba_1MvoIJ2eZvKYlo2CvLbO2pUJ", True),
        ("B-5YM36180ML3123456", True),
        ("BA-8A802366G0648845V", True),
        ("ccof:uIbfJXhXETSP197M3GB", True),
        ("TOK_1N3T00LkdIwHu7ixt44h1F8k", False),  # Stripe prefixes are lower-case
        ("tok_short", False),
        ("pm_card_visa", False),  # a Stripe test-mode alias, not a stored card
        ("ch_3MmlLrLkdIwHu7ix0snN0B15", False),  # a charge cannot charge again
        ("cus-NffrFeUfNV2Hib", False),
        ("BA-8A802366G0648845", False),
        ("b-5ym36180ml3123456", False),
        ("ccof:", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    AdyenRecurringReferenceRecognizer: [
        ("8315870000000000", True),
        ("8415995487234100", True),
        ("9915693201457311", True),
        ("0000000000000001", True),
        ("831587000000000", False),
        ("83158700000000001", False),
        ("8315 8700 0000 0000", False),
        ("831587000000000A", False),
        ("tok_8315870000000000", False),
        ("SKU-12345", False),
        ("19.99", False),
        ("", False),
    ],
    NinoRecognizer: [
        ("AB123456C", True),
        ("JG103759A", True),
        ("AB 12 34 56 C", True),
        ("ce123456d", True),
        ("BG123456A", False),  # never issued
        ("GB123456A", False),
        ("DA123456A", False),  # D never starts a prefix
        ("AO123456A", False),  # O never ends one
        ("QQ123456C", False),  # HMRC's example prefix
        ("AB123456E", False),
        ("AB12345C", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    NirRecognizer: [
        ("255081416802538", True),
        ("2 55 08 14 168 025 38", True),
        ("1 90 01 2A 004 012 52", True),
        ("295062B12304544", True),
        ("255081416802539", False),  # wrong key
        ("1 90 01 2A 004 012 53", False),
        ("555081416802538", False),
        ("255131416802538", False),  # month 13
        ("25508141680253", False),
        ("2550814168025388", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    DniNieRecognizer: [
        ("12345678Z", True),
        ("12345678-Z", True),
        ("12345678z", True),
        ("X1234567L", True),
        ("Y1234567X", True),
        ("Z1234567R", True),
        ("12345678A", False),  # wrong letter
        ("X1234567A", False),
        ("W1234567L", False),
        ("1234567Z", False),
        ("123456789", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    CodiceFiscaleRecognizer: [
        ("RSSMRA85T10A562S", True),
        ("MRTMTT25D09F205Z", True),
        ("BNCLCU90A41H501W", True),
        ("RSSMRA85T10A56NH", True),  # omocodia: last digit 2 written as N
        ("rssmra85t10a562s", True),
        ("RSSMRA85T10A562T", False),  # wrong check character
        ("RSSMRA85Z10A562S", False),  # Z is no month
        ("RSSMRA85T10A562", False),
        ("RSSMRA85T10A5622", False),
        ("ABCDEFGHIJKLMNOP", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    SinRecognizer: [
        ("130692544", True),
        ("130 692 544", True),
        ("130-692-544", True),
        ("046454286", True),
        ("130692545", False),  # fails Luhn
        ("830692547", False),  # Luhn-valid, but 8 starts a business number
        ("130 692-544", False),
        ("13069254", False),
        ("1306925440", False),
        ("130.692.544", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    BsnRecognizer: [
        ("111222333", True),
        ("123456782", True),
        ("273849153", True),
        ("610293849", True),
        ("123456789", False),
        ("111222334", False),
        ("000000000", False),
        ("12345678", False),
        ("1234567820", False),
        ("123 456 782", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    AadhaarRecognizer: [
        ("726018159082", True),
        ("5016 6131 8603", True),
        ("3390-9960-3089", True),
        ("726018159083", False),  # fails Verhoeff
        ("126018159082", False),  # never starts with 1
        ("7260 18159082", False),
        ("72601815908", False),
        ("7260181590820", False),
        ("SKU-12345", False),
        ("19.99", False),
        ("", False),
        ("2024", False),
    ],
    SsnUndashedRecognizer: [
        ("536904271", True),
        ("078051120", True),
        ("123450001", True),
        ("000123456", False),
        ("666123456", False),
        ("912345678", False),
        ("123004567", False),
        ("123450000", False),
        ("111111111", False),
        ("123456789", False),
        ("12345678", False),
        ("123-45-6789", False),  # the dashed form is Presidio's US_SSN
        ("SKU-12345", False),
        ("19.99", False),
    ],
    EuVatRecognizer: [
        ("ATU13585627", True),
        ("BE0403019261", True),
        ("BE 0403.019.261", True),
        ("DE136695976", True),
        ("DK13585628", True),
        ("FI20774740", True),
        ("FR40303265045", True),
        ("GB980780684", True),
        ("GB 980 7806 84", True),
        ("IT00743110157", True),
        ("NL004495445B01", True),
        ("PL8567346215", True),
        ("PT501964843", True),
        ("SE123456789701", True),
        ("ESB58378431", True),
        ("IE6433435F", True),
        ("DE136695977", False),  # bad checksums from here
        ("IT00743110158", False),
        ("FR41303265045", False),
        ("NL004495446B01", False),
        ("GB980780685", False),
        ("PL8567346216", False),
        ("ATU13585628", False),
        ("DE13669597", False),
        ("XX136695976", False),
        ("de136695976", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    EinRecognizer: [
        ("12-3456789", True),
        ("95-1234567", True),
        ("01-0000001", True),
        ("46-1234567", True),
        ("07-1234567", False),  # prefixes the IRS never assigns
        ("00-1234567", False),
        ("49-1234567", False),
        ("96-1234567", False),
        ("123456789", False),
        ("12-345678", False),
        ("123-45-6789", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    SteuerIdRecognizer: [
        ("47158932047", True),
        ("29531076289", True),
        ("81234567190", True),
        ("47 158 932 047", True),
        ("47158932048", False),  # wrong check digit
        ("12345678903", False),  # no repeated digit: never issued
        ("07158932047", False),
        ("11111111111", False),
        ("4715893204", False),
        ("471589320470", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
    IndiaPanRecognizer: [
        ("ABCPE1234F", True),
        ("AAAPZ1234C", True),
        ("BNZAA2318J", True),
        ("AFKCT9876Q", True),
        ("ABCDE1234F", False),  # D names no kind of holder
        ("abcpe1234f", False),
        ("ABCP1234F", False),
        ("ABCPE12345", False),
        ("ABCPE1234", False),
        ("1BCPE1234F", False),
        ("SKU-12345", False),
        ("19.99", False),
    ],
}

#: Ordinary cell contents that no recognizer here may claim.
ORDINARY = ("SKU-12345", "19.99", "1,299.00", "N/A", "true", "hello world", "2024-05-01", "")


@cache
def _recognizer(cls: type[ValueRecognizer]) -> ValueRecognizer:
    return cls()


def matches(cls: type[ValueRecognizer], value: str) -> bool:
    """True when some result of ``cls`` covers the whole value."""
    results = _recognizer(cls).analyze(value, [cls.ENTITY])
    return any(r.start == 0 and r.end == len(value) for r in results)


@pytest.mark.parametrize(
    ("cls", "value", "expected"),
    [(cls, value, expected) for cls, cases in CASES.items() for value, expected in cases],
    ids=lambda x: x.__name__ if isinstance(x, type) else None,
)
def test_case_table(cls: type[ValueRecognizer], value: str, expected: bool) -> None:
    assert matches(cls, value) is expected


@pytest.mark.parametrize("cls", list(CASES), ids=lambda c: c.__name__)
def test_prefilter_keeps_every_positive(cls: type[ValueRecognizer]) -> None:
    dropped = [v for v, expected in CASES[cls] if expected and not _recognizer(cls).may_match(v)]
    assert dropped == []


@pytest.mark.parametrize("cls", list(CASES), ids=lambda c: c.__name__)
def test_ordinary_values_match_nothing(cls: type[ValueRecognizer]) -> None:
    assert [v for v in ORDINARY if matches(cls, v)] == []
