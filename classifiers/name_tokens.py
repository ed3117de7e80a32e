"""How the name signal cuts a name into words: identifiers at case changes, separators and digits,
without Salesforce suffixes and namespaces, glued words split with a small vocabulary; a rough
singular for table names, a dataset's table name, whether a short word abbreviates another
(``mbr`` of ``member``), and the short prefix most of a table's columns share (``mb_login``).

>>> words = Tokenizer(frozenset({"date", "of", "birth"}))
>>> words.tokens("customerDateOfBirth"), words.tokens("dateofbirth"), singular("addresses")
(('customer', 'date', 'of', 'birth'), ('date', 'of', 'birth'), 'address')
>>> words.tokens("b2bdateofbirth"), words.tokens("mp3_title")
(('b2b', 'date', 'of', 'birth'), ('mp', '3', 'title'))
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

#: Letters of the ``x2y`` abbreviations of who trades with whom (``b2b``, ``b2c``, ``p2p``), kept
#: one word rather than cut at the digit: ``b2csurname`` is ``b2c surname``.
_TRADERS = "bcgpBCGP"
_TOKEN = re.compile(
    rf"[{_TRADERS}]2[{_TRADERS}]|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[^\W\dA-Z_]+|[A-Z]+|\d+"
)
_SF_SUFFIX = re.compile(r"__(?:latitude__s|longitude__s|c|pc|r|s|x|e|b|mdt|kav|ka)$", re.I)
#: Words that end a glued name after any word of three letters or more (``legacypassword``,
#: ``temppassword``, ``initpwd``, ``siteusername``): what the column holds, whatever kind of
#: one it is.
TAIL_WORDS = ("password", "passwd", "pwd", "username")
#: Organisations that end a glued name after the word of what they do (``travelagency``,
#: ``insurancecompanies``): the kind of organisation the table lists.
ORGANISATION_TAILS = ("agency", "agencies", "company", "companies")
#: The shortest application prefix glued to the words of a name (``acme`` in ``acmepersonid``).
_PREFIX = 3


class Tokenizer:
    """Cuts identifiers into lower-case words, splitting glued words into words of
    ``vocabulary``; it remembers every identifier and glued word it has cut (a scan meets the
    same names again and again). A ``paired`` word is cut out only at the end of a glued word or
    before one of the words it maps to, and never first after an application's prefix (``race``
    in ``raceethnicity``, not in ``racename`` nor ``terracename``).

    >>> words = Tokenizer(frozenset({"race", "ethnicity", "name"}), {"race": {"ethnicity"}})
    >>> words.tokens("raceethnicity"), words.tokens("racename"), words.tokens("terracename")
    (('race', 'ethnicity'), ('racename',), ('terracename',))
    """

    def __init__(self, vocabulary: Set[str], paired: Mapping[str, Set[str]] | None = None) -> None:
        self._vocabulary = vocabulary
        self._paired = dict(paired or {})
        self._unpaired = frozenset(vocabulary - self._paired.keys())
        self._token_cache: dict[str, tuple[str, ...]] = {}
        self._glue_cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, identifier: str) -> tuple[str, ...]:
        """Lower-case words of an identifier, whatever its casing and separators."""
        cached = self._token_cache.get(identifier)
        if cached is None:
            words: list[str] = []
            for piece in identifier_words(identifier):
                words.extend(self.unglue(piece))
            cached = self._token_cache[identifier] = tuple(words)
        return cached

    def unglue(self, word: str) -> tuple[str, ...]:
        """Split a glued word into vocabulary words (``dateofbirth``), or keep it whole."""
        if word in self._vocabulary or len(word) < 5 or not word.isalpha():
            return (word,)
        cached = self._glue_cache.get(word)
        if cached is None:
            cached = self._cut(word, self._vocabulary)
            if not self._pairs_fit(cached):
                cached = self._cut(word, self._unpaired)
            self._glue_cache[word] = cached
        return cached

    def _cut(self, word: str, vocabulary: Set[str]) -> tuple[str, ...]:
        """``word`` split into words of ``vocabulary``, after a prefix, before a tail, or whole."""
        return (
            self._split(word, vocabulary)
            or self._prefix_split(word, vocabulary)
            or _tail_split(word)
        )

    def _pairs_fit(self, words: tuple[str, ...]) -> bool:
        """Whether every paired word of a cut ends it or comes before a word it is paired with."""
        return all(
            i == len(words) - 1 or words[i + 1] in self._paired[w]
            for i, w in enumerate(words)
            if w in self._paired
        )

    def _split(self, word: str, vocabulary: Set[str]) -> tuple[str, ...] | None:
        """The fewest vocabulary words that make up ``word``, or None; of two splits into as
        many words, the one whose last word is shorter (``modelname``: ``model name``, not
        ``mode lname``). The last word may be a vocabulary word's plural (``emergencycontacts``:
        ``emergency contacts``), as a table is named for the rows it holds."""
        best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
        for end in range(2, len(word) + 1):
            for start in range(end - 1):
                head = best[start]
                if (
                    end - start >= 2
                    and head is not None
                    and self._known(word[start:end], end == len(word), vocabulary)
                ):
                    candidate = (*head, word[start:end])
                    current = best[end]
                    if current is None or len(candidate) <= len(current):
                        best[end] = candidate
        return best[-1]

    @staticmethod
    def _known(piece: str, last: bool, vocabulary: Set[str]) -> bool:
        """Whether ``piece`` is a vocabulary word, or the plural of one at the end of a name."""
        if piece in vocabulary:
            return True
        return last and piece.endswith("s") and singular(piece) in vocabulary

    def _prefix_split(self, word: str, vocabulary: Set[str]) -> tuple[str, ...] | None:
        """An application's prefix glued to two or more vocabulary words (``acmepersonid``:
        ``acme person id``, as an application lower-cases ``acmePersonID``), split after the
        shortest prefix; None when no such split exists (``automobile`` is no ``auto mobile``:
        one word after the prefix is not enough, nor a first word of two letters)."""
        for cut in range(_PREFIX, len(word) - 3):
            rest = self._split(word[cut:], vocabulary)
            if (
                rest is not None
                and len(rest) >= 2
                and len(rest[0]) >= 3
                and rest[0] not in self._paired
            ):
                return (word[:cut], *rest)
        return None


def identifier_words(identifier: str) -> tuple[str, ...]:
    """An identifier's words in lower case, cut at case changes, separators and digits, without
    a Salesforce suffix and namespace; glued words are left whole.

    >>> identifier_words("acme__DateOfBirth__c"), identifier_words("b2b_customerID")
    (('date', 'of', 'birth'), ('b2b', 'customer', 'id'))
    """
    text = identifier.strip().strip('`"[]')
    bare = _SF_SUFFIX.sub("", text)
    if bare != text and "__" in bare:
        bare = bare.rsplit("__", 1)[1]
    return tuple(piece.lower() for piece in _TOKEN.findall(bare))


def _tail_split(word: str) -> tuple[str, ...]:
    """A glued word of an unknown word and a :data:`TAIL_WORDS` or :data:`ORGANISATION_TAILS`
    word, split there; else whole.

    >>> _tail_split("legacypassword"), _tail_split("travelagency"), _tail_split("automobile")
    (('legacy', 'password'), ('travel', 'agency'), ('automobile',))
    """
    for tail in TAIL_WORDS + ORGANISATION_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            return (word[: -len(tail)], tail)
    return (word,)


def table_name(dataset: str) -> str:
    """A dataset's table name, without its schema.

    >>> table_name("public.cms_pages"), table_name("signups")
    ('cms_pages', 'signups')
    """
    return dataset.rsplit(".", 1)[-1]


def singular(word: str) -> str:
    """A rough singular for table names: ``customers`` → ``customer``, ``addresses`` → ``address``.

    >>> [singular(w) for w in ("customers", "addresses", "people", "categories", "status")]
    ['customer', 'address', 'people', 'category', 'status']
    """
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


#: Plurals :func:`plural` does not form by rule.
_IRREGULAR = {"person": "people", "child": "children", "country": "countries"}


def plural(word: str) -> str:
    """An English word's plural, :func:`singular`'s other way (``address``: ``addresses``,
    ``person``: ``people``), as a table is named for the rows it holds.

    >>> [plural(w) for w in ("address", "person", "category", "day", "customer")]
    ['addresses', 'people', 'categories', 'days', 'customers']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


#: Fewest columns a table needs for a prefix shared by its columns to count, and the share of
#: its columns that must start with it.
PREFIX_MIN_COLUMNS = 3
PREFIX_SHARE = 0.8


def table_prefix(columns: Sequence[Sequence[str]]) -> str | None:
    """The short word (two to four letters) that starts most of a table's column names, or None:
    a schema's habit of prefixing every column with its table's abbreviation (``mb_login``,
    ``mb_password``, ``tk_token``), which hides what the rest of the name says.

    >>> table_prefix([("mb", "id"), ("mb", "login"), ("mb", "password")])
    'mb'
    >>> table_prefix([("first", "name"), ("last", "name"), ("email",)]) is None
    True
    >>> table_prefix([("is", "active"), ("is", "admin"), ("name",)]) is None
    True
    """
    if len(columns) < PREFIX_MIN_COLUMNS:
        return None
    firsts = [c[0] for c in columns if len(c) >= 2]
    if not firsts:
        return None
    first = max(set(firsts), key=firsts.count)
    if not (2 <= len(first) <= 4 and first.isalpha()) or first in {"is", "has", "can", "id"}:
        return None
    return first if firsts.count(first) >= PREFIX_SHARE * len(columns) else None


def unprefixed(words: Sequence[str], prefix: str | None) -> tuple[str, ...]:
    """A column's words without the table's prefix (``tk_token`` as ``token``).

    >>> unprefixed(("tk", "member", "id"), "tk"), unprefixed(("tk",), "tk")
    (('member', 'id'), ('tk',))
    """
    if prefix and len(words) >= 2 and words[0] == prefix:
        return tuple(words[1:])
    return tuple(words)


def abbreviates(word: str, head: str) -> bool:
    """Whether a column's first word is its table head's abbreviation: two to four letters, the
    head's first letter first, the others in the head in order (``vlnt`` of ``volunteer``,
    ``pat`` of ``patient``, ``mbr`` of ``member``); not the head itself.

    >>> abbreviates("pat", "patient"), abbreviates("mbr", "member"), abbreviates("pt", "people")
    (True, True, False)
    >>> abbreviates("employee", "employee"), abbreviates("emp", "")
    (False, False)
    """
    if not head or not 2 <= len(word) <= 4 or len(word) >= len(head) or not word.isalpha():
        return False
    if word[0] != head[0]:
        return False
    rest = iter(head[1:])
    return all(letter in rest for letter in word[1:])
