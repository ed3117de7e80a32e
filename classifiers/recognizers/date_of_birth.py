"""Dates a person could have been born on: a real calendar date from 1900 to ten years ago.

Any such date matches, so values only confirm a column whose name says birth; a date at
midnight may carry its ``00:00:00``, any other time makes it an event. A year alone
(``birth_year``) and ``YYYYMMDD`` numbers are accepted too, so that those columns are confirmed
rather than rejected.

>>> DateOfBirthRecognizer().analyze("1985-03-14 00:00:00", ["DATE_OF_BIRTH"])[0].score
0.5
>>> DateOfBirthRecognizer().analyze("31/02/1985", ["DATE_OF_BIRTH"])
[]
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MIDNIGHT = r"(?:[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?"


class DateOfBirthRecognizer(ValueRecognizer):
    """A plausible birth date: ISO, D/M/Y or M/D/Y, D.M.Y, 'March 14, 1985', a year."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (
        Pattern("ISO date", rf"^\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}{_MIDNIGHT}$", 0.5),
        Pattern("D/M/Y or M/D/Y", r"^\d{1,2}([/-])\d{1,2}\1\d{4}$", 0.5),
        Pattern("D.M.Y", r"^\d{1,2}\.\d{1,2}\.\d{4}$", 0.5),
        Pattern("Month D, Y", rf"^{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}$", 0.5),
        Pattern("D Month Y", rf"^\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}$", 0.5),
        Pattern("YYYYMMDD", r"^(?:19|20)\d{6}$", 0.3),
        Pattern("year", r"^(?:19|20)\d{2}$", 0.2),
    )
    CONTEXT = ("birth", "dob", "born", "birthday")
    PREFILTER = (
        r"(?i)^\s*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(?:19|20)\d\d(?:\d{4})?\s*$"
        r"|[a-z]{3,9}\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3})"
    )
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """A real date (either reading of 01/02/1985) with a year from 1900 to ten years ago."""
        last = datetime.date.today().year - 10
        text = pattern_text.lower()
        numbers = [int(n) for n in re.findall(r"\d+", text)][:3]  # a time comes after the date
        month = next((i for i, name in enumerate(_MONTHS, 1) if name in text), None)
        if len(numbers) == 1 and month is None:
            digits = str(numbers[0])
            if len(digits) == 4:
                return None if 1900 <= numbers[0] <= last else False
            numbers = [int(digits[:4]), int(digits[4:6]), int(digits[6:])]
        if month is not None:  # 'March 14, 1985' or '14 March 1985'
            readings = [(numbers[-1], month, numbers[0])]
        elif numbers[0] > 31:  # year first
            readings = [(numbers[0], numbers[1], numbers[2])]
        else:  # day and month in either order
            readings = [(numbers[2], numbers[1], numbers[0]), (numbers[2], numbers[0], numbers[1])]
        return None if any(_valid(y, m, d, last) for y, m, d in readings) else False


def _valid(year: int, month: int, day: int, last: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= last
