"""An offline Presidio AnalyzerEngine: no model download, no network call, ever.

The NLP engine is Presidio's ``NoOpNlpEngine`` unless the user names a spaCy model they
installed themselves (``classification.spacy_model``); then NER adds PERSON and LOCATION. The
e-mail recognizer's tldextract would fetch the Public Suffix List at import; piimap points it at
its bundled snapshot instead.

Presidio's entity names are mapped onto piimap's vocabulary by :data:`PRESIDIO_ENTITIES`, each
with a cheap prefilter regex and whether a value match alone may label a column.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lineage.core.errors import ConfigError

from .phone_digits import PHONE_REGIONS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PresidioEntity:
    """How one of Presidio's entities maps onto piimap's."""

    entity: str
    prefilter: str
    needs_name: bool = False


#: An IPv4 address is no phone number: four dotted groups of up to three digits, the first with
#: no leading zero; a first group of a zero and more digits before a group of three is a number
#: written with full stops (a Swiss ``079.515.20.46``, a Belgian ``02.512.34.56``), which only
#: ``phonenumbers`` can tell. Zero-led groups of two (``02.14.07.31``) are a version or a code.
_PHONE_PREFILTER = (
    r"^(?!\s*(?:(?:0|[1-9]\d{0,2})\.\d{1,3}|0\d{1,2}\.\d{1,2})(?:\.\d{1,3}){2}\s*$).*?\d"
    + r"[\s().+/-]*\d" * 6
)

#: Presidio's predefined entities piimap uses; the others (URL, DATE_TIME, UUID, CRYPTO...) say
#: nothing about people in a column of an e-commerce database.
PRESIDIO_ENTITIES: dict[str, PresidioEntity] = {
    "EMAIL_ADDRESS": PresidioEntity("EMAIL_ADDRESS", r"@"),
    # Seven digits or more with phone separators, the first on the first line; an IPv4 address
    # is not one. Written out digit by digit and tried from the line's start (the same values
    # as ``.*\d(?:[\s().+/-]*\d){6,}``: a 7th digit is all a longer run needs), it takes a
    # third less of the regex engine's time (one repeat of one character per separator).
    "PHONE_NUMBER": PresidioEntity("PHONE_NUMBER", _PHONE_PREFILTER),
    # Card numbers exported through a spreadsheet turn into 4.53929E+15: still card data.
    "CREDIT_CARD": PresidioEntity("CREDIT_CARD", r"^[\d\s-]{12,23}$|^\d\.\d+[eE]\+1[1-8]$"),
    "IP_ADDRESS": PresidioEntity("IP_ADDRESS", r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|:.*:"),
    "IBAN_CODE": PresidioEntity("BANK_ACCOUNT", r"^[A-Za-z]{2}\d{2}"),
    "US_SSN": PresidioEntity("NATIONAL_ID", r"^\d{3}[- .]?\d{2}[- .]?\d{4}$"),
    "UK_NHS": PresidioEntity("NATIONAL_ID", r"^\d{3}[- ]?\d{3}[- ]?\d{4}$", needs_name=True),
    "US_ITIN": PresidioEntity("TAX_ID", r"^9\d{2}[- ]?\d{2}[- ]?\d{4}$"),
    "US_PASSPORT": PresidioEntity("NATIONAL_ID", r"^[A-Za-z]?\d{8,9}$", needs_name=True),
    "US_DRIVER_LICENSE": PresidioEntity("NATIONAL_ID", r"^[A-Za-z0-9*-]{5,20}$", needs_name=True),
    "US_BANK_NUMBER": PresidioEntity("BANK_ACCOUNT", r"^\d{8,17}$", needs_name=True),
    "MAC_ADDRESS": PresidioEntity("DEVICE_ID", r"^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$"),
    # Only with a user-installed spaCy model:
    "PERSON": PresidioEntity("PERSON_NAME", r"[^\W\d_]{2}"),
    "LOCATION": PresidioEntity("CITY", r"[^\W\d_]{2}", needs_name=True),
}
_NER_ONLY = ("PERSON", "LOCATION")


def _offline_tldextract() -> None:
    """Make tldextract use its bundled Public Suffix List snapshot and never fetch it."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract
    import tldextract.tldextract as module

    module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def spacy_model_available(model: str) -> bool:
    """True when ``model`` is an installed spaCy package (piimap never downloads one)."""
    return importlib.util.find_spec(model) is not None


def build_analyzer(
    *,
    phone_regions: Sequence[str] = PHONE_REGIONS,
    spacy_model: str | None = None,
    recognizer_files: Sequence[Path] = (),
    extra_recognizers: Sequence[Any] = (),
) -> Any:
    """An AnalyzerEngine that runs offline, with piimap's recognizers and the user's YAML ones."""
    _offline_tldextract()
    # Presidio logs a warning per recognizer of a language piimap does not load.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(PhoneRecognizer(supported_regions=tuple(phone_regions)))
    if spacy_model:
        if not spacy_model_available(spacy_model):
            raise ConfigError(
                f"classification.spacy_model: the spaCy model {spacy_model!r} is not installed; "
                f"install it yourself (piimap never downloads models) or remove the key."
            )
        nlp_engine: Any = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": spacy_model}])
    else:
        registry.remove_recognizer("SpacyRecognizer")
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    for recognizer in extra_recognizers:
        registry.add_recognizer(recognizer)
    for path in recognizer_files:
        _add_yaml(registry, path)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


def _add_yaml(registry: Any, path: Path) -> None:
    """User recognizers in Presidio's ad-hoc YAML format (``recognizers:`` list)."""
    if not path.is_file():
        raise ConfigError(f"classification.recognizers: no file at {path}.")
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # Presidio prints its own error lines
            registry.add_recognizers_from_yaml(str(path))
    except Exception as exc:  # Presidio raises several types for a bad file
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(
            f"{path}: not a Presidio recognizer file ({first}); see docs/classification.md."
        ) from None


def ner_entities(spacy_model: str | None) -> tuple[str, ...]:
    return _NER_ONLY if spacy_model else ()
