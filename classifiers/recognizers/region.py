"""States, provinces and Länder: US, Canadian, Australian and German, by name or code, and
ISO 3166-2 subdivision codes (``US-CA``, ``DE-BY``).

A region alone is not personal data, and two-letter codes are common words and abbreviations,
so values only confirm a column whose name says state or province.

>>> RegionRecognizer().analyze("North Rhine-Westphalia", ["REGION"])[0].score
0.6
>>> RegionRecognizer().analyze("DE-BY", ["REGION"])[0].score
0.5
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NAMES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii
|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan
|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico
|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia
|Wisconsin|Wyoming|District of Columbia|Puerto Rico|Guam|US Virgin Islands|American Samoa
|Northern Mariana Islands
|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Newfoundland
|Nova Scotia|Ontario|Prince Edward Island|Québec|Saskatchewan|Northwest Territories|Nunavut|Yukon
|New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania
|Australian Capital Territory|Northern Territory
|Baden-Württemberg|Bayern|Bavaria|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Hesse
|Mecklenburg-Vorpommern|Niedersachsen|Lower Saxony|Nordrhein-Westfalen|North Rhine-Westphalia
|Rheinland-Pfalz|Rhineland-Palatinate|Saarland|Sachsen|Saxony|Sachsen-Anhalt|Saxony-Anhalt
|Schleswig-Holstein|Thüringen|Thuringia
"""
_CODES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP
AB BC MB NB NL NS NT NU ON PE QC SK YT  NSW VIC QLD SA TAS ACT
BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH
"""
#: ISO 3166-1 alpha-2 country codes, the first half of an ISO 3166-2 subdivision code.
COUNTRIES = _words(
    """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
)


def _name(name: str) -> str:
    """A name as a regex: any run of spaces or hyphens between words, umlauts spelt either way."""
    text = re.sub(r"[\s-]+", " ", name.strip())
    text = text.replace("ü", "(?:ü|ue|u)").replace("é", "[ée]")
    return text.replace(" ", r"[\s-]+")


_ISO_3166_2 = re.compile(r"([A-Za-z]{2})-[A-Za-z0-9]{1,3}")


class RegionRecognizer(ValueRecognizer):
    """A state, province or Land by name or code, or an ISO 3166-2 subdivision code."""

    ENTITY = "REGION"
    PATTERNS = (
        Pattern(
            "state or province name",
            "^(?:" + "|".join(_name(n.strip()) for n in _NAMES.split("|")) + ")$",
            0.6,
        ),
        Pattern("ISO 3166-2 code", r"^[A-Z]{2}-[A-Z0-9]{1,3}$", 0.5),
        Pattern("state or province code", "^(?:" + "|".join(sorted(_words(_CODES))) + ")$", 0.3),
    )
    CONTEXT = ("state", "province", "region", "county", "district")
    PREFILTER = r"^\s*(?:[A-Za-z]{2}-[A-Za-z0-9]{1,3}|(?:[^\W\d_]|[ .'-]){2,40})\s*$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """An ISO 3166-2 code must start with a real country code."""
        iso = _ISO_3166_2.fullmatch(pattern_text)
        return False if iso and iso.group(1).upper() not in COUNTRIES else None
