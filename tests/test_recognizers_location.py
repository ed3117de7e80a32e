"""Value recognizers for addresses, places, people, devices and cookies: one case table each.

A case is a whole cell value and whether the recognizer must cover all of it. Near misses
(prices, SKUs, booleans, product names, enum codes) sit beside the values they resemble.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.entities import ENTITIES
from classifiers.recognizers.base import ValueRecognizer
from classifiers.recognizers.city import CityRecognizer
from classifiers.recognizers.cookie_id import CookieIdRecognizer, SessionIdRecognizer
from classifiers.recognizers.date_of_birth import DateOfBirthRecognizer
from classifiers.recognizers.device_id import DeviceIdRecognizer, HexDeviceIdRecognizer
from classifiers.recognizers.gender import GenderRecognizer
from classifiers.recognizers.geolocation import CoordinateRecognizer, GeolocationRecognizer
from classifiers.recognizers.person_name import PersonNameRecognizer
from classifiers.recognizers.postal_code import NumericPostalCodeRecognizer, PostalCodeRecognizer
from classifiers.recognizers.region import RegionRecognizer
from classifiers.recognizers.street_address import StreetAddressRecognizer
from classifiers.recognizers.username import UsernameRecognizer

UUID = "cdda802e-fb9c-47ad-9866-0794d394c912"
FCM = "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx" + "Kq8Zr3Tb_Vw9" * 9
APNS = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad"

# fmt: off
POSTAL_CODE = [
    ("SW1A 1AA", True), ("EC1A 1BB", True), ("M1 1AE", True), ("DN55 1PT", True),
    ("GIR 0AA", True), ("K1A 0B1", True), ("H3Z2Y7", True), ("12345-6789", True),
    ("1234 AB", True), ("00-950", True), ("01310-100", True), ("100-0001", True),
    ("QA1 1AA", False),  # no UK postcode starts with Q
    ("W1A 1CA", False),  # the inward code never has a C
    ("D1A 1B1", False),  # no Canadian code starts with D
    ("12345", False), ("19.99", False), ("SKU-12345", False), ("true", False),
    ("PENDING", False), ("1234-56", False), ("Blue Widget 3000", False),
]
NUMERIC_POSTAL_CODE = [
    ("10115", True), ("75001", True), ("2000", True), ("90210", True), ("01001", True),
    ("0800", True), ("00000", False), ("0000", False), ("123", False), ("123456", False),
    ("19.99", False), ("0", False), ("SKU-12345", False), ("true", False),
]
STREET_ADDRESS = [
    ("47 MySakila Drive", True), ("1600 Pennsylvania Avenue NW", True),
    ("221B Baker Street", True), ("123 Main St., Apt 4B", True), ("79 Marina Way Suite 3", True),
    ("1600 Pennsylvania Avenue NW, Washington, DC 20500", True), ("Hauptstraße 12", True),
    ("Berliner Straße 5a", True), ("Hauptstr. 12", True), ("Kerkstraat 12", True),
    ("12 rue de la Paix", True), ("5 avenue des Champs-Élysées", True), ("Via Roma 10", True),
    ("Calle Mayor, 5", True), ("Avenida Paulista, 1578", True), ("Apartment 5", True),
    ("Apt 4B", True), ("Suite 200", True), ("Flat 3", True), ("PO Box 123", True),
    ("P.O. Box 42", True), ("Postfach 1234", True),
    # USPS street suffixes
    ("4410 Quarry Canyon", True), ("18 Hawthorn Ridge Apt. 4", True), ("702 Willow Greens", True),
    ("95 Maple Heights", True), ("3 Day Pass", False), ("12 Pack Club", False),
    ("Red T-shirt size L", False), ("Blue Widget 3000", False), ("3 Way Switch", False),
    ("Spring 2024", False), ("Platz 1", False), ("Baker Street", False), ("19.99", False),
    ("SKU-12345", False), ("PENDING", False), ("true", False),
]
REGION = [
    ("Texas", True), ("new york", True), ("District of Columbia", True), ("Ontario", True),
    ("Québec", True), ("Quebec", True), ("New South Wales", True), ("Bayern", True),
    ("Baden-Württemberg", True), ("Baden-Wuerttemberg", True), ("North Rhine-Westphalia", True),
    ("TX", True), ("NSW", True), ("US-CA", True), ("DE-BY", True), ("GB-ENG", True),
    ("XX-12", False),  # not a country
    ("Texas Instruments", False), ("ZZ", False), ("SKU-12345", False), ("19.99", False),
    ("PENDING", False), ("true", False), ("0", False),
]
GEOLOCATION = [
    ("40.7128, -74.0060", True), ("51.5072,-0.1276", True), ("(48.8566, 2.3522)", True),
    ("-33.8688 151.2093", True), ("POINT(-0.1276 51.5072)", True),
    ("SRID=4326;POINT(2.35 48.85)", True), ("POINT Z (2.35 48.85 35)", True),
    ('{"type": "Point", "coordinates": [-0.1276, 51.5072]}', True),
    ("95.1234, 200.1234", False), ("POINT(200 51)", False), ("0.000, 0.000", False),
    ("12.99, 14.99", False),  # two prices
    ("40.7128", False), ("19.99", False), ("SKU-12345", False), ("true", False),
]
COORDINATE = [
    ("40.7128", True), ("-74.0060", True), ("151.20930", True), ("+0.1276", True),
    ("40°26\u203246\u2033N", True), ("u4pruydqqvj", True), ("ezs42", True), ("9q8yyk8yt", True),
    ("181.00001", False), ("1234.5678", False), ("19.99", False), ("40.71", False),
    ("strength", False),  # a word in the geohash alphabet
    ("12345", False), ("SKU-12345", False), ("true", False), ("0", False),
]
DATE_OF_BIRTH = [
    ("1985-03-14", True), ("1985-03-14 00:00:00", True), ("1985-03-14T00:00:00Z", True),
    ("14/03/1985", True), ("03/14/1985", True), ("12-05-1990", True), ("14.03.1985", True),
    ("March 14, 1985", True), ("Mar 14 1985", True), ("14 March 1985", True),
    ("19850314", True), ("1985", True), ("2000-02-29", True),
    ("1985-03-14 13:45:00", False),  # an event, not a birth
    ("31/02/1985", False), ("13/13/1985", False), ("1900-02-29", False), ("1899-12-31", False),
    ("2099-01-01", False), ("19851314", False), ("19.99", False), ("SKU-12345", False),
    ("true", False), ("0", False),
]
USERNAME = [
    ("jane_doe42", True), ("jdoe", True), ("Mike.Hillyer", True), ("x-ray_99", True),
    ("ünïcode", True), ("abc", True), ("a" * 32, True),
    ("ab", False), ("a" * 33, False), ("12345", False), ("19.99", False),
    ("2021-01-01", False), ("jane@example.com", False), ("john doe", False), ("-_-", False),
    ("0", False),
]
DEVICE_ID = [
    (FCM, True), ("APA91b" + "Xy7_k-Q2" * 18, True), ("00:1A:2B:3C:4D:5E", True),
    ("00-1a-2b-3c-4d-5e", True), ("0123.4567.89ab", True), ("AC:DE:48:00:11:22", True),
    ("00:00:00:00:00:00", False), ("FF:FF:FF:FF:FF:FF", False), ("00:1A:2B-3C:4D:5E", False),
    ("APA91b", False), (UUID, False), (APNS, False), ("SKU-12345", False), ("19.99", False),
]
HEX_DEVICE_ID = [
    ("6D92078A-8246-4BA4-AE5B-76104861E7DC", True), (UUID, True),
    ("00000000-0000-0000-0000-000000000000", True), ("9774d56d682e549c", True), (APNS, True),
    (APNS.upper(), True), ("<740f4707 bebcf74f 9b7c25d4 8e335894 5f6aa01d a5ddb387 462c7eaf "
                           "61bb78ad>", True),
    ("4111111111111111", False),  # sixteen digits are a card number
    ("9f89c84a559f573636a47ff8daed0d33", False), ("cdda802e-fb9c-47ad-9866", False),
    ("19.99", False), ("SKU-12345", False), ("true", False), ("0", False),
]
COOKIE_ID = [
    ("GA1.2.123456789.1234567890", True), ("GA1.1.1843572926.1700000000", True),
    ("123456789.1234567890", True), ("1843572926.1700000000", True),
    ("GS1.1.1660000000.1.1.1660000100.0", True), ("fb.1.1596403881668.1116446470", True),
    ("fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890", True),
    ("123456789.9234567890", False),  # the second half is no Unix time yet
    ("1234567.0000001234", False), ("19.99", False), ("1234.5678", False), ("GA1.2.abc", False),
    ("SKU-12345", False), ("true", False),
]
SESSION_ID = [
    ("9f89c84a559f573636a47ff8daed0d33", True), ("9F89C84A559F573636A47FF8DAED0D33.node0", True),
    (APNS, True), ("k3f9a0c1b2d4e5f6a7b8c9d0e1", True), ("3rnqaek1ibsc2dp2vcvnp9s6ht1abcde", True),
    ("1hs2bf2kx0yv4rt3zx8nq5xe", True), (UUID, True),
    ("abcdefghijklmnopqrstuvwxyz", False), ("12345678901234567890123456", False),
    ("9f89c84a559f", False), ("19.99", False), ("SKU-12345", False), ("true", False),
    ("PENDING", False),
]
GENDER = [
    ("M", True), ("f", True), ("Male", True), ("FEMALE", True), ("Non-binary", True),
    ("nonbinary", True), ("other", True), ("Unknown", True), ("X", True), ("D", True),
    ("diverse", True), ("Mrs.", True), ("Mr", True), ("Ms.", True), ("Mx", True), ("Frau", True),
    ("Mme", True), ("Sra.", True), ("Prefer not to say", True),
    ("0", False), ("1", False), ("true", False), ("L", False), ("XL", False), ("Mister X", False),
    ("PENDING", False), ("19.99", False),
]
PERSON_NAME = [
    ("Mary-Jane", True), ("O'Brien", True), ("J. R. R. Tolkien", True), ("van der Berg", True),
    ("Smith, John", True), ("José Álvarez", True), ("Zoë", True), ("JOHN SMITH", True),
    ("Li", True), ("d'Arcy", True), ("Juan Carlos de la Cruz", True), ("McDonald", True),
    ("SMITH", True), ("mary smith", True),  # legacy stores keep names in any case
    ("Mary Ann Elizabeth Jane Smith", False), ("iPhone", False), ("null", False),
    ("Red T-shirt size L", False), ("Blue Widget 3000", False), ("A", False), ("true", False),
    ("19.99", False), ("SKU-12345", False), ("jane@example.com", False), ("0", False),
]
CITY = [
    ("Paris", True), ("New York", True), ("St. Louis", True), ("Saint-Étienne", True),
    ("Frankfurt am Main", True), ("Washington D.C.", True), ("Stratford-upon-Avon", True),
    ("'s-Hertogenbosch", True), ("Rio de Janeiro", True), ("Kingston upon Hull", True),
    ("São Paulo", True), ("Santa Cruz de la Sierra", True),
    ("PARIS", True), ("Red T-shirt size L", False), ("Blue Widget 3000", False),
    ("berlin", True), ("Paris 15", False), ("19.99", False), ("SKU-12345", False),
    ("true", False), ("0", False),
]
# fmt: on

CASES: dict[type[ValueRecognizer], list[tuple[str, bool]]] = {
    PostalCodeRecognizer: POSTAL_CODE,
    NumericPostalCodeRecognizer: NUMERIC_POSTAL_CODE,
    StreetAddressRecognizer: STREET_ADDRESS,
    RegionRecognizer: REGION,
    GeolocationRecognizer: GEOLOCATION,
    CoordinateRecognizer: COORDINATE,
    DateOfBirthRecognizer: DATE_OF_BIRTH,
    UsernameRecognizer: USERNAME,
    DeviceIdRecognizer: DEVICE_ID,
    HexDeviceIdRecognizer: HEX_DEVICE_ID,
    CookieIdRecognizer: COOKIE_ID,
    SessionIdRecognizer: SESSION_ID,
    GenderRecognizer: GENDER,
    PersonNameRecognizer: PERSON_NAME,
    CityRecognizer: CITY,
}
RECOGNIZERS = {cls: cls() for cls in CASES}


def assert_recognizes(recognizer: ValueRecognizer, value: str, expected: bool) -> None:
    """Whether some result of the recognizer covers the whole value, with a score in (0, 1]."""
    results = recognizer.analyze(value, [recognizer.ENTITY])
    assert all(0 < r.score <= 1 for r in results), results
    whole = any(r.start == 0 and r.end == len(value) for r in results)
    assert whole == expected, f"{type(recognizer).__name__} on {value!r}: {results}"


@pytest.mark.parametrize(
    "cls, value, expected",
    [(cls, value, expected) for cls, table in CASES.items() for value, expected in table],
    ids=[f"{cls.__name__}:{value[:40]}" for cls, table in CASES.items() for value, _ in table],
)
def test_recognizer_cases(cls, value, expected):
    assert_recognizes(RECOGNIZERS[cls], value, expected)


@pytest.mark.parametrize("cls", CASES, ids=lambda cls: cls.__name__)
def test_prefilter_accepts_every_positive_case(cls):
    recognizer = RECOGNIZERS[cls]
    missed = [
        value for value, expected in CASES[cls] if expected and not recognizer.may_match(value)
    ]
    assert not missed, f"{cls.__name__}.PREFILTER drops {missed}"


@pytest.mark.parametrize("cls", CASES, ids=lambda cls: cls.__name__)
def test_entity_is_known_and_tables_are_big_enough(cls):
    assert cls.ENTITY in ENTITIES
    assert len(CASES[cls]) >= 12 and any(not ok for _, ok in CASES[cls])


_NAME_WORDS = st.sampled_from(
    ["Mary", "Ann", "SMITH", "Van", "De", "La", "True", "None", "Test", "No", "McDonald", "J",
     "Lake", "St", "Upon", "Am", "O", "X", "Yes", "NA"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_NAME_WORDS, min_size=1, max_size=8), st.sampled_from([" ", "  ", ", ", "-"]))
def test_capitalised_names_are_validated_as_word_by_word(words, between):
    """The fast answer for ASCII words starting with a capital is the word-by-word one."""
    text = between.join(words)
    for recognizer in (RECOGNIZERS[PersonNameRecognizer], RECOGNIZERS[CityRecognizer]):
        assert recognizer.validate_result(text) == recognizer._validate_words(text), text


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="AaBbZzdeuvnltrpo .,-'\u2019\u00c9\u00e9", min_size=1, max_size=30))
def test_any_words_are_validated_as_word_by_word(text):
    for recognizer in (RECOGNIZERS[PersonNameRecognizer], RECOGNIZERS[CityRecognizer]):
        assert recognizer.validate_result(text) == recognizer._validate_words(text), text
