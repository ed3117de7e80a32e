r"""Address lines: a house number with a street word, a flat or suite, a PO box. A flat or suite
alone is a weak match: it confirms a column named for an address but never labels one alone.

The number may come first ("47 MySakila Drive", "12 rue de la Paix") or last ("Hauptstraße 12",
"Via Roma 10", a Russian or Ukrainian street written in Cyrillic, "ul. Sadovaya, d. 5, kv. 12",
after its town); a line may go on with a unit, city or postcode after commas. Patterns use the
``regex`` module's ``\p{L}`` (any letter), as Presidio compiles with it.

>>> StreetAddressRecognizer().analyze("1600 Pennsylvania Avenue NW", ["STREET_ADDRESS"])[0].score
0.6
>>> StreetAddressRecognizer().analyze("Red T-shirt size L", ["STREET_ADDRESS"])
[]
"""

from __future__ import annotations

import re
from itertools import filterfalse

import regex
from presidio_analyzer import Pattern

from .base import ValueRecognizer

#: Street types written after the name (English), with the USPS street suffixes (Publication
#: 28, appendix C1: Canyon, Ridge, Heights...) that rarely end anything but a street: not Pass,
#: Key, Club, View, Point, Station, Center (a "3 Day Pass" or a "2 Bedroom View" is no address),
#: nor Path, Field, Mount or Ford, which the prefilter would find inside other words.
_AFTER = (
    "street st avenue ave road rd lane ln boulevard blvd drive dr way court ct place pl square sq"
    " terrace ter close crescent cres parkway pkwy highway hwy circle cir trail trl row grove"
    " gardens mews walk loop plaza alley"
)
_AFTER_US = (
    "canyon ridge ridges heights hollow glen glens green greens groves harbor harbour haven hill"
    " hills junction knoll knolls lake lakes landing lodge manor manors meadow meadows mountain"
    " orchard pike prairie ranch river route shore shores skyway spring springs stravenue stream"
    " summit throughway trafficway tunnel turnpike underpass valley valleys viaduct village"
    " villages ville vista brook brooks bypass causeway cliff cliffs corner corners courts cove"
    " coves creek crest crossing crossroad curve dale divide drives estates expressway ferry"
    " forest forge freeway gateway inlet island islands motorway overpass parks passage radial"
    " rapids shoal shoals streets"
)
#: Street types written before the name (French, Spanish, Italian, Portuguese).
_BEFORE = (
    "rue avenue av boulevard bd chemin place allée impasse quai route cours calle avenida avda"
    " paseo plaza via viale piazza corso largo vicolo rua travessa praça"
)
#: Street types glued to or after the name, number last (German, Dutch, Nordic).
_GLUED = (
    "straße strasse str. weg platz allee gasse damm chaussee straat laan plein gracht kade dijk"
    " singel steeg gade vej gatan vägen gata veien"
)
#: Street types written in Cyrillic before the name, or after it, whole and abbreviated:
#: Russian (ulitsa, prospekt, pereulok, bulvar, shosse, naberezhnaya, ploshchad, alleya, proezd,
#: tupik, mikrorayon), Ukrainian vulytsia and provulok only (not shose, naberezhna, ploshcha,
#: uzviz), and the Bulgarian types Russian shares (``бул.``; a name in „…“ quotes is no match).
_CYRILLIC = (
    "улица ул проспект просп пр-кт пр-т переулок бульвар бул б-р шоссе набережная"  # noqa: RUF001
    " наб площадь аллея алл проезд пр-д тупик туп микрорайон мкр вулиця вул провулок пров"
)
#: Street types abbreviated to words that abbreviate much else too (``пер.``, a translation;
#: ``пр.``, an order; ``пл.``, a platform; ``ш.``, a width): a street only before a house's or a
#: flat's word (``пер. Садовый, д. 3``).
_CYRILLIC_SHORT = "пр пер пл ш"
#: A house's word before its number (dom, budynok), and a flat's, a block's, a building's or an
#: office's words after it (kvartira, korpus, stroenie, ofis).
_CYRILLIC_HOUSE = r"(?:(?:д|дом|буд)\.?\s*)?"
_CYRILLIC_UNIT = r"(?:кв|квартира|корп|корпус|к|стр|строение|оф|офис)\.?\s*"
_UNITS = "apt apartment suite ste unit flat floor fl room rm bldg building level"
_BOXES = (
    r"p\.?\s?o\.?\s*box|post\s+office\s+box|postfach|postbus|apartado(?:\s+de\s+correos)?"
    r"|caixa\s+postal|casella\s+postale|bo[iî]te\s+postale|b\.?p\.?"
)


def _alt(words: str) -> str:
    """A regex alternation of space-separated literal words, longest first."""
    return (
        "(?:" + "|".join(re.escape(w) for w in sorted(words.split(), key=len, reverse=True)) + ")"
    )


#: What the prefilter looks for: street and unit words, and the start of a PO box.
_PREFILTER_WORDS = f"{_AFTER} {_BEFORE} {_GLUED} {_UNITS} {_CYRILLIC} {_CYRILLIC_SHORT}"
#: The USPS suffixes are looked for as whole words only (glued forms are German, Dutch, Nordic).
_PREFILTER_WHOLE = _AFTER_US
_PREFILTER_TAIL = r"box|postfach|postbus|apartado|caixa|casella|postale|b\.?p\b"

_NUM = r"\d{1,5}[A-Z]?(?:[-/]\d{1,5}[A-Z]?)?(?:\s?(?:bis|ter))?"
_WORD = r"[\p{L}\d][\p{L}\d.'\u2019-]*"
_DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?"
_UNIT = _alt(_UNITS) + r"\.?\s*#?\s*[\p{L}\d-]{1,6}"
_TAIL = rf"(?:,?\s+{_UNIT})?(?:,\s*[\p{{L}}\d][\p{{L}}\d .'\u2019#/-]*){{0,4}}"
#: Up to three parts of a place before a Cyrillic street, each after a comma (a town, perhaps
#: with its region in brackets).
_PLACE_FIRST = r"(?:[\p{L}\d][\p{L}\d .'()-]{0,39},\s*){0,3}"


def _cyrillic_street(types: str) -> str:
    """A street of these types written in Cyrillic: the type before its name or after it."""
    return rf"(?:{_alt(types)}\.?(?:\s+{_WORD}){{1,4}}|(?:{_WORD}\s+){{1,4}}{_alt(types)}\.?)"


_CYRILLIC_FLAT = rf"(?:,?\s*{_CYRILLIC_UNIT}{_NUM})"


class StreetAddressRecognizer(ValueRecognizer):
    """A street line (house number and street word), a unit line or a PO box."""

    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        Pattern(
            "number, name, street type",
            rf"^{_NUM},?\s+(?:{_DIR}\s+)?(?:{_WORD}\s+){{1,5}}{_alt(f'{_AFTER} {_AFTER_US}')}"
            rf"\.?(?:\s+{_DIR})?"
            rf"{_TAIL}$",
            0.6,
        ),
        Pattern(
            "number, street type, name",
            rf"^{_NUM},?\s+{_alt(_BEFORE)}\.?(?:\s+{_WORD}){{1,6}}{_TAIL}$",
            0.6,
        ),
        Pattern(
            "street type, name, number",
            rf"^{_alt(_BEFORE)}\.?(?:\s+{_WORD}){{1,6}},?\s+(?:n[º°o.]?\s*)?{_NUM}{_TAIL}$",
            0.6,
        ),
        Pattern(
            "name with street type, number",
            rf"^(?:(?:{_WORD}\s+){{1,4}}\p{{L}}*|\p{{L}}{{2,}}){_alt(_GLUED)}\s*{_NUM}{_TAIL}$",
            0.6,
        ),
        Pattern(
            "Cyrillic street type, name, house",
            rf"^{_PLACE_FIRST}{_cyrillic_street(_CYRILLIC)},?\s+{_CYRILLIC_HOUSE}{_NUM}"
            rf"{_CYRILLIC_FLAT}{{0,3}}{_TAIL}$",
            0.6,
        ),
        Pattern(
            "Cyrillic short street type, name, house's or flat's word",
            rf"^{_PLACE_FIRST}{_cyrillic_street(_CYRILLIC_SHORT)},?\s+"
            rf"(?:(?:д|дом|буд)\.?\s*{_NUM}{_CYRILLIC_FLAT}{{0,3}}|{_NUM}{_CYRILLIC_FLAT}{{1,3}})"
            rf"{_TAIL}$",
            0.6,
        ),
        # A flat or suite alone ("Apt. 585") is part of an address, not one: weak, so it only
        # confirms a column named for an address (a building's unit numbers are no one's).
        Pattern("unit", rf"^{_UNIT}$", 0.05),
        Pattern("PO box", rf"^(?:{_BOXES})\s*\d{{1,6}}$", 0.6),
    )
    CONTEXT = ("address", "street", "addr", "line")
    #: A digit and a street word on the first line: short words whole, longer ones anywhere
    #: (``Hauptstraße``). The specification of :meth:`may_match`, which answers the same faster.
    PREFILTER = (
        r"(?i)^(?=.*\d).*(?:str|"
        + "|".join(
            re.escape(w) if len(w) > 3 else rf"\b{re.escape(w)}\b" for w in _PREFILTER_WORDS.split()
        )
        + "|"
        + "|".join(rf"\b{re.escape(w)}\b" for w in _PREFILTER_WHOLE.split())
        + rf"|{_PREFILTER_TAIL})"
    )

    def may_match(self, value: str) -> bool:
        """:attr:`PREFILTER`'s answer without its backtracking: the regex tries its 102 words at
        every position (70 us on a 32-character digest); a digit test and one search of the
        first line through ``regex``'s named lists give the same answer (tested) 5-10x faster."""
        line = value.partition("\n")[0]  # "." stops at a newline
        if _DIGIT.search(line) is None:
            return False
        if _HEX_ONLY.fullmatch(line):
            # Digests and tokens: every word looked for has a letter after f, but "bd", which
            # must stand alone (a line of hex digits with a digit in it is one word): none fits.
            return False
        return _street_word(line)

    def may_match_any(self, values: list[str]) -> bool:
        r""":meth:`may_match` of each value, in C: the first lines with a digit that are not hex
        digits alone, then one search for a street word in them joined by newlines (no word
        holds a newline, and a newline stands where a line's start or end stood for ``\b``)."""
        if all(map(_HEX_ONLY.fullmatch, values)):
            return False  # digests: every word looked for has a letter past f, but "bd" (alone)
        joined = "\n".join(values)
        if _DIGIT.search(joined) is None:
            return False  # most columns of names, cities, statuses: no line has a digit
        lines = values if joined.count("\n") == len(values) - 1 else _first_lines(values)
        kept = "\n".join(filterfalse(_HEX_ONLY.fullmatch, filter(_DIGIT.search, lines)))
        # Every street word has a letter past f, or a character that may fold to one, but "bd"
        # (whole): dates, prices, card numbers and UUIDs need no search.
        if _PAST_F.search(kept) is None and _BD.search(kept) is None:
            return False
        return _street_word(kept)


def _street_word(text: str) -> bool:
    """Whether ``text`` holds a street word (:data:`_STREET_ANYWHERE`, :data:`_STREET_WHOLE`);
    text of ASCII characters alone is lower-cased and searched for the ASCII words
    case-sensitively, the same answer 20 times faster (on a column of e-mail addresses, 1.2 ms
    a probe: the case-insensitive search tries every word's folded forms at each position)."""
    if text.isascii():
        return _ASCII_STREET_WORD.search(text.lower()) is not None
    return _STREET_ANYWHERE.search(text) is not None or _STREET_WHOLE.search(text) is not None


def _first_lines(values: list[str]) -> list[str]:
    return [value.partition("\n")[0] for value in values]


_DIGIT = re.compile(r"\d")
#: A letter past f, or any character outside ASCII (``\u017f`` folds to s, ``\u212a`` to k).
_PAST_F = re.compile(r"[g-zG-Z]|[^\x00-\x7f]")
_BD = re.compile(r"\bbd\b", re.IGNORECASE)
_HEX_ONLY = re.compile(r"[0-9a-fA-F]+")
_ANYWHERE = [w for w in _PREFILTER_WORDS.split() if len(w) > 3]
_WHOLE = [w for w in _PREFILTER_WORDS.split() if len(w) <= 3] + _PREFILTER_WHOLE.split()
_TAIL_WORDS = _PREFILTER_TAIL.split("|")
#: The words found anywhere, in one search of ``regex``'s named list: no word boundary is
#: asked, where the two engines would differ.
_STREET_ANYWHERE = regex.compile(
    "(?i)(?:str|\\L<anywhere>|" + "|".join(w for w in _TAIL_WORDS if r"\b" not in w) + ")",
    anywhere=_ANYWHERE,
)

#: A prefix tree of words: each character's subtree; "" marks a word's end.
_Tree = dict[str, "_Tree"]


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, written as their prefix tree: at each position the
    regex engine follows one branch per character instead of trying every word (2-3x faster
    for 200 words).

    >>> _trie(["st", "str", "street", "rd"])
    '(?:rd|st(?:r(?:eet)?)?)'
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        ways = [re.escape(char) + branch(node[char]) for char in sorted(node) if char]
        if not ways:
            return ""
        body = ways[0] if len(ways) == 1 and "" not in node else "(?:" + "|".join(ways) + ")"
        return body + ("?" if "" in node else "")

    return branch(tree)


#: The whole words, searched by ``re`` as :attr:`StreetAddressRecognizer.PREFILTER` is: what
#: a word character is differs between the engines outside ASCII (``re``: a letter or any
#: number, ``\u00bc`` in, a combining mark out; ``regex``: Unicode's word characters, marks
#: in, ``\u00bc`` out), so ``\b`` must be ``re``'s. The ``\b`` before a word fails at once
#: inside a word, so the search is cheap.
_STREET_WHOLE = re.compile(
    r"(?i)\b" + _trie(sorted(set(_WHOLE))) + r"\b|" + "|".join(w for w in _TAIL_WORDS if r"\b" in w)
)

#: The same words for lower-cased ASCII text: only the ASCII words (no other folds to ASCII).
_ASCII_STREET_WORD = re.compile(
    "(?:"
    + _trie(sorted({"str", *(w.lower() for w in _ANYWHERE if w.isascii())}))
    + r"|\b"
    + _trie(sorted({w.lower() for w in _WHOLE if w.isascii()}))
    + rf"\b|{_PREFILTER_TAIL})"
)
