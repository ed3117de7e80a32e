"""piimap's value recognizers, registered explicitly in :data:`RECOGNIZERS`."""

from __future__ import annotations

from .base import ValueRecognizer
from .email_shape import EmailShapeRecognizer

RECOGNIZERS: tuple[type[ValueRecognizer], ...] = (EmailShapeRecognizer,)

__all__ = ["RECOGNIZERS", "ValueRecognizer"]
