"""Writes :mod:`.regex_table`: what each built-in pattern's source tells a finder, worked out
ahead so that a process does not parse and bound every pattern the first time a value reaches
its recognizer (:func:`.matching.regex_facts` reads the table, and works out what is not in it:
a user's recognizer, a pattern of another Presidio release).

Run it after a change to a recognizer's patterns (piimap's or Presidio's) or to what
:func:`.matching.regex_facts` works out: ``python -m classifiers.regex_table_make``.
``tests/test_regex_table.py`` works every entry out again and fails when one is stale or
missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .matching import RegexFacts, _guard_of, _worked_out, fact_key, has_pattern_finder

HEADER = '''"""What each built-in pattern's source tells a finder (:class:`.matching.RegexFacts`),
worked out ahead by ``python -m classifiers.regex_table_make``; do not edit by hand.

``FACTS``: :func:`.matching.fact_key` of a source and its flags -> (safe length, safe length of
a match from 0 or -1, the characters one of which every match holds or None, the widths of a
whole-line match or None, whether it keeps to lines). Used only under the Python it was worked
out with (``PYTHON``): the standard library's parser of another may read a pattern otherwise.
"""
'''


def built_in_sources() -> dict[tuple[str, int], str]:
    """(source, flags) of each pattern and guard the default engine's finders read, with the
    recognizer and pattern it belongs to."""
    from .presidio_engine import build_analyzer
    from .recognizers import RECOGNIZERS

    analyzer = build_analyzer(extra_recognizers=[cls() for cls in RECOGNIZERS])
    found: dict[tuple[str, int], str] = {}
    for recognizer in analyzer.registry.recognizers:
        if not has_pattern_finder(recognizer):
            continue
        flags = int(recognizer.global_regex_flags)
        for pattern in recognizer.patterns:
            found.setdefault((pattern.regex, flags), f"{recognizer.name}: {pattern.name}")
        sources = [pattern.regex for pattern in recognizer.patterns]
        joined = _guard_of(sources, [_worked_out(source, flags) for source in sources])
        if joined is not None:
            found.setdefault((joined, flags), f"{recognizer.name}: its guard")
    return found


def entry(facts: RegexFacts) -> str:
    """``facts`` as a row of the table (a tuple, its strings in double quotes)."""
    needed = "None" if facts.needed is None else json.dumps("".join(sorted(facts.needed)))
    return f"({facts.safe}, {facts.at_start}, {needed}, {facts.widths!r}, {facts.lines!r})"


def table_text() -> str:
    """The text of :mod:`.regex_table`, every entry worked out now."""
    rows = sorted(built_in_sources().items(), key=lambda item: (item[1], item[0]))
    lines = [HEADER, f"PYTHON = {tuple(sys.version_info[:2])!r}", "", "FACTS = {"]
    for (source, flags), where in rows:
        lines.append(f"    # {where}")
        lines.append(f'    "{fact_key(source, flags)}": {entry(_worked_out(source, flags))},')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    path = Path(__file__).with_name("regex_table.py")
    path.write_text(table_text(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
