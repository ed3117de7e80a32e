"""piimap's value recognizers, registered explicitly in :data:`RECOGNIZERS`.

Each is a Presidio pattern recognizer for whole column values (see :mod:`.base`); the value
signal runs them next to Presidio's predefined ones. docs/classification.md lists them.
"""

from __future__ import annotations

from .base import ValueRecognizer
from .card import CardBinRecognizer, CardExpiryRecognizer, CardLast4Recognizer, MaskedCardRecognizer
from .city import CityRecognizer
from .cookie_id import CookieIdRecognizer, SessionIdRecognizer
from .date_of_birth import DateOfBirthRecognizer
from .device_id import DeviceIdRecognizer, HexDeviceIdRecognizer
from .email_shape import EmailShapeRecognizer, MailboxRecognizer, ReservedEmailRecognizer
from .gender import GenderRecognizer
from .geolocation import CoordinateRecognizer, GeolocationRecognizer, WkbPointRecognizer
from .national_id import (
    AadhaarRecognizer,
    BsnRecognizer,
    CodiceFiscaleRecognizer,
    DniNieRecognizer,
    NinoRecognizer,
    NirRecognizer,
    SinRecognizer,
    SsnUndashedRecognizer,
)
from .password_hash import LegacyHexHashRecognizer, PasswordHashRecognizer
from .payment_token import AdyenRecurringReferenceRecognizer, PaymentTokenRecognizer
from .person_name import InitialRecognizer, PersonNameRecognizer
from .postal_code import NumericPostalCodeRecognizer, PostalCodeRecognizer
from .region import RegionRecognizer
from .street_address import StreetAddressRecognizer
from .tax_id import EinRecognizer, EuVatRecognizer, IndiaPanRecognizer, SteuerIdRecognizer
from .username import UsernameRecognizer, WindowsAccountRecognizer

RECOGNIZERS: tuple[type[ValueRecognizer], ...] = (
    # Credentials and payment
    PasswordHashRecognizer,
    LegacyHexHashRecognizer,
    CardLast4Recognizer,
    MaskedCardRecognizer,
    CardExpiryRecognizer,
    CardBinRecognizer,
    PaymentTokenRecognizer,
    AdyenRecurringReferenceRecognizer,
    # Government and tax identifiers
    NinoRecognizer,
    NirRecognizer,
    DniNieRecognizer,
    CodiceFiscaleRecognizer,
    SinRecognizer,
    BsnRecognizer,
    AadhaarRecognizer,
    SsnUndashedRecognizer,
    EuVatRecognizer,
    EinRecognizer,
    SteuerIdRecognizer,
    IndiaPanRecognizer,
    # Contact, location and identity
    EmailShapeRecognizer,
    MailboxRecognizer,
    ReservedEmailRecognizer,
    PersonNameRecognizer,
    InitialRecognizer,
    StreetAddressRecognizer,
    CityRecognizer,
    RegionRecognizer,
    PostalCodeRecognizer,
    NumericPostalCodeRecognizer,
    GeolocationRecognizer,
    WkbPointRecognizer,
    CoordinateRecognizer,
    DateOfBirthRecognizer,
    GenderRecognizer,
    UsernameRecognizer,
    WindowsAccountRecognizer,
    # Online identifiers
    DeviceIdRecognizer,
    HexDeviceIdRecognizer,
    CookieIdRecognizer,
    SessionIdRecognizer,
)

__all__ = ["RECOGNIZERS", "ValueRecognizer"]
