"""What each built-in pattern's source tells a finder (:class:`.matching.RegexFacts`),
worked out ahead by ``python -m classifiers.regex_table_make``; do not edit by hand.

``FACTS``: :func:`.matching.fact_key` of a source and its flags -> (safe length, safe length of
a match from 0 or -1, the characters one of which every match holds or None, the widths of a
whole-line match or None, whether it keeps to lines). Used only under the Python it was worked
out with (``PYTHON``): the standard library's parser of another may read a pattern otherwise.
"""

PYTHON = (3, 11)

FACTS = {
    # AadhaarRecognizer: Aadhaar
    "9bc55d0fe52de56b0fbe59a5": (0, 0, "23456789", (12, 14), True),
    # AdyenRecurringReferenceRecognizer: sixteen digits
    "9c365275aebf812e1b5a4215": (512, 512, None, (16, 16), True),
    # BsnRecognizer: BSN
    "1512f7ca064c3aa05c7cd418": (512, 512, None, (9, 9), True),
    # CardBinRecognizer: bin
    "9a0894efd1cc47b559effd4c": (512, 512, "23456", (6, 8), True),
    # CardExpiryRecognizer: month/year
    "6b414b2f5a4ab6533b8b7dce": (512, 512, "-/", (4, 9), True),
    # CardExpiryRecognizer: year-month
    "21a2226ee7a9d3f2daee93c9": (512, 512, "-", (7, 7), True),
    # CardLast4Recognizer: four digits
    "9d388741a5ca02430b8be75d": (512, 512, None, (4, 4), True),
    # CityRecognizer: capitalised place words
    "3adfa08feb1c8bc5108abc30": (2, 2, None, (1, 18446744073709551616), True),
    # CodiceFiscaleRecognizer: codice fiscale
    "9ea51846b5c55cfa9f35d655": (512, 512, None, (16, 16), True),
    # CookieIdRecognizer: GA client id
    "facf7a36293dbcb36002fa24": (512, 512, ".", (17, 21), True),
    # CookieIdRecognizer: GA client id cookie
    "d8e32625dffdbaa41664a40a": (512, 512, ".", (18, 27), True),
    # CookieIdRecognizer: GA4 session cookie
    "284b42b38c85e79668737e15": (6, 7, ".", (18, 18446744073709551616), True),
    # CookieIdRecognizer: Meta _fbp/_fbc cookie
    "e450b2c72ac78158e4890fac": (512, 512, ".", (24, 18446744073709551616), True),
    # CoordinateRecognizer: decimal degrees
    "00d52d8d81d26548d1e287be": (409, 512, ".", (6, 18446744073709551616), True),
    # CoordinateRecognizer: degrees, minutes, seconds
    "471507a132b98c4443ac79c9": (71, 512, None, (6, 18446744073709551616), True),
    # CoordinateRecognizer: geohash
    "360375023dc0d1809470ce30": (512, 512, None, (5, 12), True),
    # CreditCardRecognizer: All Credit Cards (weak)
    "2d51131082b340b0943551c6": (512, -1, "13456", None, True),
    # CryptoRecognizer: Crypto (Medium)
    "fdfaa26c419f89baa93239a3": (512, -1, "13", None, True),
    # DateOfBirthRecognizer: D Month Y
    "e1c7836ea4ce688c47b4b6b4": (9, 32, None, (10, 18446744073709551616), True),
    # DateOfBirthRecognizer: D.M.Y
    "bd8407c141fe8c07228181ac": (512, 512, ".", (8, 10), True),
    # DateOfBirthRecognizer: D/M/Y or M/D/Y
    "ab538f456a8b3de1a3c778b0": (0, 0, "-/", (8, 10), True),
    # DateOfBirthRecognizer: ISO date
    "6e607fffea2d40423cd842af": (248, 512, "-/", (8, 18446744073709551616), True),
    # DateOfBirthRecognizer: Month D, Y
    "5312f308a354327816f55eef": (9, 32, None, (10, 18446744073709551616), True),
    # DateOfBirthRecognizer: YYYYMMDD
    "fd820528d9a6952c03a6503e": (512, 512, "12", (8, 8), True),
    # DateOfBirthRecognizer: year
    "3150f8d88f3414416aa64c32": (512, 512, "12", (4, 4), True),
    # DateRecognizer: Datetime (yyyy-mm-ddThh:mm[:ss[.f]] with timezone)
    "c9d366e115faeb9e85a54d1a": (287, -1, "-", None, True),
    # DateRecognizer: MMM-yyyy or MMM-yy
    "b0cf77aeddfd9ac77d7ba9c7": (512, -1, "-", None, True),
    # DateRecognizer: dd-MMM or dd-MMM
    "36a3739a22eafb7a9d127d3a": (512, -1, "-", None, True),
    # DateRecognizer: dd-MMM-yyyy or dd-MMM-yy
    "0c85a799bec3135a87715e73": (512, -1, "-", None, True),
    # DateRecognizer: dd-mm-yyyy
    "22c01f39f1acafed211b5a60": (512, -1, "-", None, True),
    # DateRecognizer: dd.mm.yyyy or dd.mm.yy
    "13564376d49c8a38363c08c8": (512, -1, ".", None, True),
    # DateRecognizer: dd/mm/yyyy or dd/mm/yy
    "15614366afb65e41675b4cd0": (512, -1, "/", None, True),
    # DateRecognizer: its guard
    "cd0e6b9d57df56b89a95efe9": (275, -1, "-./", None, True),
    # DateRecognizer: mm-dd-yyyy
    "e3f960cdc57ffcec230bd1fe": (512, -1, "-", None, True),
    # DateRecognizer: mm/dd/yyyy or mm/dd/yy
    "bf60603a3977a422916db430": (512, -1, "/", None, True),
    # DateRecognizer: mm/yy or m/yy
    "5142b14a39c0e8a4ffdd4c9e": (512, -1, "/", None, True),
    # DateRecognizer: mm/yyyy or m/yyyy
    "cb807b1bedbe5f81a73c1e6f": (512, -1, "/", None, True),
    # DateRecognizer: yyyy-mm-dd
    "c6679cf8957c7d63ba6cde8b": (512, -1, "-", None, True),
    # DateRecognizer: yyyy/mm/dd
    "3eb64e911c3be7ff2c2ca112": (512, -1, "/", None, True),
    # DeviceIdRecognizer: FCM registration token
    "b10a3df676e67e1eed6e6645": (117, 512, ":", (58, 18446744073709551616), True),
    # DeviceIdRecognizer: GCM registration id
    "9c92853b1285e290c210ae09": (512, 512, "9", (106, 18446744073709551616), True),
    # DeviceIdRecognizer: MAC address
    "d07f22a06411dd7b37443c36": (3, 3, "-:", None, True),
    # DeviceIdRecognizer: MAC address (dotted)
    "3f9f09d6cb2b80d7ca50a60e": (512, 512, ".", (14, 14), True),
    # DniNieRecognizer: DNI
    "9143906745bbc5b9c0129281": (512, 512, None, (9, 10), True),
    # DniNieRecognizer: NIE
    "afa8a9ee3a275d20dddc87e0": (512, 512, None, (9, 11), True),
    # EinRecognizer: EIN
    "60c3c83ef422f5c3ae4d229a": (512, 512, "-", (10, 10), True),
    # EmailRecognizer: Email (Medium)
    "4cba6ceee338444f472d3c2b": (2, -1, "@", None, True),
    # EmailShapeRecognizer: email shape
    "7abc548686856f3b3bbf9a59": (4, 5, "@", (6, 18446744073709551616), True),
    # EuVatRecognizer: VAT AT
    "033374ec834f9165ae72c2d8": (512, 512, None, (11, 12), True),
    # EuVatRecognizer: VAT BE
    "d3a0fa286caf389f5b9e082a": (512, 512, "01", (12, 15), True),
    # EuVatRecognizer: VAT DE
    "24c126329515c188becb0ce9": (512, 512, None, (11, 12), True),
    # EuVatRecognizer: VAT DK
    "544d891689b6ce70bc73ef66": (512, 512, None, (10, 11), True),
    # EuVatRecognizer: VAT ES
    "c65faee7e7bdc7d743ebeaa6": (512, 512, None, (11, 12), True),
    # EuVatRecognizer: VAT FI
    "b1a2b3f274343dc79747b663": (512, 512, None, (10, 11), True),
    # EuVatRecognizer: VAT FR
    "3acb1f8b405a69741b827c2e": (512, 512, None, (13, 15), True),
    # EuVatRecognizer: VAT GB
    "aa280dbd2665e60f1a36b161": (512, 512, None, (7, 18), True),
    # EuVatRecognizer: VAT IE
    "8dcecf37247d444e313e3285": (512, 512, None, (10, 12), True),
    # EuVatRecognizer: VAT IT
    "5890b8dc147fc805313d9fd2": (512, 512, None, (13, 14), True),
    # EuVatRecognizer: VAT NL
    "3ffd4a761ef01f664cccdd50": (512, 512, None, (14, 15), True),
    # EuVatRecognizer: VAT PL
    "3fcf8104c8d8506cbda95e55": (512, 512, None, (12, 13), True),
    # EuVatRecognizer: VAT PT
    "11f5758a06aed2d1bc915011": (512, 512, None, (11, 12), True),
    # EuVatRecognizer: VAT SE
    "ea645a6bc97ec82d39b4732c": (512, 512, "0", (14, 15), True),
    # GenderRecognizer: gender word
    "26b5a6da1a2ba37ff80003c9": (512, 512, None, (2, 22), True),
    # GenderRecognizer: one-letter code
    "6d0c01f383fd50212e51869a": (512, 512, None, (1, 2), True),
    # GenderRecognizer: salutation
    "ce17aed1f637a65b53063a88": (512, 512, None, (2, 9), True),
    # GeolocationRecognizer: GeoJSON point
    "b3e3527710ad4c8f2421cd8b": (1, 1, "{", None, True),
    # GeolocationRecognizer: WKT point
    "ebc80699709cf9b00a2b7201": (1, 1, "(", (10, 18446744073709551616), True),
    # GeolocationRecognizer: latitude, longitude
    "7bdf091b4f2311abed9c4164": (3, 4, ".", (11, 18446744073709551616), True),
    # HexDeviceIdRecognizer: APNs device token
    "58b1e3bf8e14cf2eff69399d": (512, 512, None, (64, 64), True),
    # HexDeviceIdRecognizer: APNs device token (spaced)
    "864d283402a800ff9550b082": (512, 512, " ", (71, 73), True),
    # HexDeviceIdRecognizer: Android ID
    "55af5537b1bbf28da513c8ee": (512, 512, None, (16, 16), True),
    # HexDeviceIdRecognizer: UUID (IDFA/GAID)
    "ce574835ca42334d62693ed9": (512, 512, "-", (36, 36), True),
    # IndiaPanRecognizer: PAN
    "9c2d1375d068a53b1f802186": (512, 512, None, (10, 10), True),
    # InitialRecognizer: initial
    "ffa0bb543f53d5c6df9025d6": (512, 512, None, (1, 2), True),
    # IpRecognizer: IPv4
    "eb7fb88c569e366192512793": (191, -1, ".", None, True),
    # IpRecognizer: IPv4_embedded
    "b0c7d813b68a2e22d3eb2b26": (2, -1, ":", None, True),
    # IpRecognizer: IPv4_mapped
    "e89e4ee8d458d022359cb951": (24, -1, ":", None, True),
    # IpRecognizer: IPv6
    "5487eae5604b08a6e6a1bf1e": (3, -1, ":", None, True),
    # IpRecognizer: IPv6_unspecified
    "ee6458de40dfc77763b44d0d": (512, -1, ":", None, True),
    # IpRecognizer: its guard
    "c36a11d762c8fce851ebd2d6": (2, -1, ".:", None, True),
    # LegacyHexHashRecognizer: hex digest
    "05dda9ea144e478ab6da2ae6": (512, 512, None, (32, 128), True),
    # MacAddressRecognizer: MAC_CISCO_DOT
    "3119870d5b25752b726ad5b3": (512, -1, ".", None, True),
    # MacAddressRecognizer: MAC_COLON_OR_HYPHEN
    "b00c992d61ea8c98228f808a": (3, -1, "-:", None, True),
    # MailboxRecognizer: mailbox name
    "b08c0b1a0514534dc86e0511": (247, 512, None, (2, 128), True),
    # MaskedCardRecognizer: masked card
    "2fd8ab27f8893bf8db40d8c3": (10, 14, None, (8, 44), True),
    # MedicalLicenseRecognizer: USA DEA Certificate Number (weak)
    "664e1df9263b414e12f23e75": (512, -1, None, None, True),
    # NhsRecognizer: NHS (medium)
    "22ab29f8503cb77d5482c933": (512, -1, "0123456789", None, True),
    # NinoRecognizer: NINO
    "cab1bfcff5d8ab833e2eb5eb": (512, 512, None, (9, 13), True),
    # NirRecognizer: NIR
    "cba39d3c05aa42f7587f3c4d": (512, 512, "123478", (15, 21), True),
    # NumericPostalCodeRecognizer: 4- or 5-digit postal code
    "4b8d97a98dab44e249a2ca21": (512, 512, None, (4, 5), True),
    # PasswordHashRecognizer: LDAP {SCHEME}
    "94aa09df8bf373fe743b2b2a": (95, 512, "{", None, True),
    # PasswordHashRecognizer: MySQL PASSWORD()
    "8970e0c18e223e470f0927c2": (512, 512, "*", (41, 41), True),
    # PasswordHashRecognizer: argon2
    "68a2f6e0828f516dff5aba5a": (3, 4, "$", (24, 18446744073709551616), True),
    # PasswordHashRecognizer: bcrypt
    "38d0f3d187571fa757626de6": (512, 512, "$", (59, 74), True),
    # PasswordHashRecognizer: hash:salt (Magento)
    "0bdb7fe085c81a7cd6b32ea6": (2, 2, ":", (34, 18446744073709551616), True),
    # PasswordHashRecognizer: md5-crypt
    "e032203205a0179de10b769e": (512, 512, "$", (26, 37), True),
    # PasswordHashRecognizer: pbkdf2 (Django)
    "da225990565e6a88025de3b2": (18, 48, "_", (17, 18446744073709551616), True),
    # PasswordHashRecognizer: pbkdf2 (Werkzeug)
    "2350bdff857d3705ec0b8868": (23, 69, ":", (15, 18446744073709551616), True),
    # PasswordHashRecognizer: pbkdf2 (passlib)
    "8782417dc3f42de7d77947e8": (23, 69, "$", (12, 18446744073709551616), True),
    # PasswordHashRecognizer: phpass
    "7198a7e17f7a0a22bfe84747": (512, 512, "$", (34, 34), True),
    # PasswordHashRecognizer: salted (Django legacy)
    "34427c824ee10a28b51015cc": (165, 512, "$", (37, 18446744073709551616), True),
    # PasswordHashRecognizer: scrypt (Django)
    "8271df82b0a2b0969e50fa16": (8, 12, "$", (16, 18446744073709551616), True),
    # PasswordHashRecognizer: scrypt (Werkzeug)
    "5cb6991e2e7f513f58e87fe5": (9, 15, ":", (16, 18446744073709551616), True),
    # PasswordHashRecognizer: scrypt (passlib)
    "4af9e464fb2d803b31dbf792": (9, 15, "$", (23, 18446744073709551616), True),
    # PasswordHashRecognizer: scrypt/yescrypt (crypt)
    "47bf640738ddcdca45870976": (23, 69, "$", (6, 18446744073709551616), True),
    # PasswordHashRecognizer: sha256-crypt
    "83b5a2885abea26fab626ea6": (241, 512, "$", (47, 18446744073709551616), True),
    # PasswordHashRecognizer: sha512-crypt
    "e6fe2f51e6926d1dd2b28468": (241, 512, "$", (90, 18446744073709551616), True),
    # PaymentTokenRecognizer: PayPal billing agreement
    "0503a8ca4d41a95b9ae25df2": (512, 512, "-", (19, 20), True),
    # PaymentTokenRecognizer: Square card on file
    "dcd6e41e8f8369afdec805e0": (512, 512, ":", (15, 69), True),
    # PaymentTokenRecognizer: Stripe id
    "b10cfc87a9239bcac6c95796": (512, 512, "_", (17, 35), True),
    # PersonNameRecognizer: capitalised words
    "fa5f48c80245f7649ac0f2d5": (2, 2, None, (1, 18446744073709551616), True),
    # PostalCodeRecognizer: Brazilian CEP
    "0b3827cb05dcd18073bf537a": (512, 512, "-", (9, 9), True),
    # PostalCodeRecognizer: Canadian postal code
    "d814a11becdf0fdef7964dad": (512, 512, None, (6, 7), True),
    # PostalCodeRecognizer: Dutch postcode
    "17a80e97c22b1e1212b65850": (512, 512, "123456789", (6, 7), True),
    # PostalCodeRecognizer: Japanese postal code
    "ad7d91e8cb1c170ebb631bff": (512, 512, "-", (8, 8), True),
    # PostalCodeRecognizer: Polish postal code
    "eda327c1516af359892d414c": (512, 512, "-", (6, 6), True),
    # PostalCodeRecognizer: UK postcode
    "aa495e846203c4e5f488d61a": (512, 512, None, (5, 8), True),
    # PostalCodeRecognizer: US ZIP+4
    "eedd5f6efdd3c012ed412a9c": (512, 512, "-", (10, 10), True),
    # RegionRecognizer: ISO 3166-2 code
    "46cc05814660a91820decf19": (512, 512, "-", (4, 6), True),
    # RegionRecognizer: state or province code
    "5dd386824d6f43dc45b94762": (512, 512, None, (2, 3), True),
    # RegionRecognizer: state or province name
    "f26cb7ec7c8aae2695499f94": (48, 351, None, (4, 18446744073709551616), True),
    # ReservedEmailRecognizer: email on a reserved domain
    "33e4a78170b0f48dc189093f": (4, 4, "@", None, True),
    # SessionIdRecognizer: PHP/Django/ASP.NET session id
    "36defe6910ee87506e44d9ae": (512, 512, None, (24, 48), True),
    # SessionIdRecognizer: hex session id
    "5db63c6f0ff2aafb43dfb8e7": (173, 512, None, (32, 18446744073709551616), True),
    # SinRecognizer: SIN
    "8fcddb2faa9faadb0a46949c": (0, 0, "012345679", (9, 11), True),
    # SsnUndashedRecognizer: SSN without dashes
    "45c4daf9e8ee37e2be03b553": (512, 512, None, (9, 9), True),
    # SteuerIdRecognizer: Steuer-ID
    "fe3e0dd199a65639be35f935": (512, 512, "123456789", (11, 14), True),
    # StreetAddressRecognizer: Cyrillic short street type, name, house's or flat's word
    "2407226b402868e355b7b2d3": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: Cyrillic street type, name, house
    "90d6a24c038e5775fa5982aa": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: PO box
    "382ef1c85745240048b83d41": (15, 41, None, (3, 18446744073709551616), True),
    # StreetAddressRecognizer: name with street type, number
    "3c7a1d577385d7f5fc655b2b": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: number, name, street type
    "ffc8f9323be9a2d4e856a049": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: number, street type, name
    "00397c642264900259065c10": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: street type, name, number
    "b53c34471277a5993b889554": (0, 0, None, (6, 18446744073709551616), True),
    # StreetAddressRecognizer: unit
    "f172811060a264aa200bd7d9": (13, 55, None, (3, 18446744073709551616), True),
    # UrlRecognizer: Non schema URL
    "a1bc1b53eb14dd8c5c8e3471": (5, -1, ".", None, True),
    # UrlRecognizer: Quoted Non-schema URL
    "7c208cc86349b63f0843bb2a": (5, -1, ".", None, True),
    # UrlRecognizer: Quoted URL
    "5c07cf040f74b97b939a5ec6": (4, -1, ":", None, True),
    # UrlRecognizer: Standard Url
    "a216880c8a2db9c8e5b6b3d3": (4, -1, ":", None, True),
    # UsBankRecognizer: Bank Account (weak)
    "e37fc5224717e9fcc6a28b49": (512, -1, "0123456789", None, True),
    # UsItinRecognizer: Itin (medium)
    "a85c5563e52571fbeb35f355": (512, -1, " -", None, True),
    # UsItinRecognizer: Itin (very weak)
    "101f567b99edb8ea9a66eb5a": (512, -1, " -", None, True),
    # UsItinRecognizer: Itin (weak)
    "3b1347f2da4262425ed2237b": (512, -1, "9", None, True),
    # UsItinRecognizer: its guard
    "35c649ec2235eb402a839566": (512, -1, "9", None, True),
    # UsLicenseRecognizer: Driver License - Alphanumeric (weak)
    "fa4956cfec893b200f2901e7": (512, -1, "-0123456789", None, True),
    # UsLicenseRecognizer: Driver License - Digits (very weak)
    "4a7b52c213ff895df37d9dea": (512, -1, "0123456789", None, True),
    # UsLicenseRecognizer: its guard
    "5eafba854898c7fc1ae1ba29": (512, -1, "-0123456789", None, True),
    # UsPassportRecognizer: Passport (very weak)
    "76cb1dd6df72cc9348f5bdfa": (512, -1, "0123456789", None, True),
    # UsPassportRecognizer: Passport Next Generation (very weak)
    "b00ad393e5e874ab94764af5": (512, -1, "0123456789", None, True),
    # UsPassportRecognizer: its guard
    "91be7de7859ef49950bf26c0": (512, -1, "0123456789", None, True),
    # UsSsnRecognizer: SSN1 (very weak)
    "5e31ba4d109be53207655864": (512, -1, "-", None, True),
    # UsSsnRecognizer: SSN2 (very weak)
    "20acdc6277dfe0a0967b0c5b": (512, -1, "-", None, True),
    # UsSsnRecognizer: SSN3 (very weak)
    "1b733750c758bdb4d534eef7": (512, -1, "-", None, True),
    # UsSsnRecognizer: SSN4 (very weak)
    "543be795d347bd47715fb309": (512, -1, "0123456789", None, True),
    # UsSsnRecognizer: SSN5 (medium)
    "0569787ecb494e75c8b5fbd3": (512, -1, " -.", None, True),
    # UsSsnRecognizer: its guard
    "47a46fba7233747ffa22f89d": (512, -1, " -.0123456789", None, True),
    # UsernameRecognizer: handle
    "7b6072cf9055f4708d794ac9": (181, 512, None, (3, 32), True),
    # UuidRecognizer: UUID (hyphenated)
    "35c1aea0f6aeb6588c22bec4": (512, -1, "-", None, True),
    # WindowsAccountRecognizer: DOMAIN\user
    "1d0ae3960042c966c053781c": (247, 512, "\\", (3, 128), True),
    # WkbPointRecognizer: hex WKB point
    "e979fa1fe0e3952eb88c6d83": (512, 512, None, (42, 84), True),
}
