"""Readers of integration config formats (YAML, JSON, dotenv, Java properties, INI): each
returns the file's string values, with the key holding each and the lines it spans, and the
first problem as ``"LINE:COL: ..."`` (a malformed file still gives what could be read).

>>> values, problem = PARSERS["dotenv"]("API_URL=https://a.example.com/v1\\n# note\\nTOKEN='x'\\n")
>>> [(v.key, v.line, v.text) for v in values], problem
([('API_URL', 1, 'https://a.example.com/v1'), ('TOKEN', 3, 'x')], None)
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Value:
    """A string value of a config file, its key and the lines it spans (1-based)."""

    key: str
    line: int
    end_line: int
    text: str


Parser = Callable[[str], tuple[list[Value], str | None]]


# --- Parsers: each returns the file's string values and the first problem ("LINE:COL: ...") ---


def _parse_yaml(text: str) -> tuple[list[Value], str | None]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        docs = list(yaml.compose_all(text, Loader=loader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and start:
            problem += f" ({context.removeprefix('while ')} that starts at line {start.line + 1})"
        # A quoted word of the text (an alias or tag name) could be part of a secret.
        problem = re.sub(r"'[^'\s]{3,}'", "'...'", problem)
        return [], f"{where}: malformed YAML: {problem}"
    except RecursionError:
        return [], "1:1: malformed YAML: nested too deeply"
    values: list[Value] = []
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(d, "") for d in reversed(docs) if d is not None]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:  # an alias: reported where its anchor is
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if path and isinstance(node.value, str):
                end = node.end_mark.line + (1 if node.end_mark.column else 0)
                line = node.start_mark.line + 1
                values.append(Value(path, line, max(line, end), node.value))
        elif isinstance(node, yaml.MappingNode):
            for k, v in reversed(node.value):
                name = str(k.value) if isinstance(k, yaml.ScalarNode) else "?"
                stack.append((v, f"{path}.{name}" if path else name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(
                (item, f"{path}[{i}]") for i, item in reversed(list(enumerate(node.value)))
            )
    return values, None


def yaml_expands(text: str, limit: int = 100_000) -> bool:
    """True when the YAML's aliases expand it to more than ``limit`` nodes."""
    import yaml

    try:
        docs = list(yaml.compose_all(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except (yaml.YAMLError, RecursionError):
        return False
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        if id(node) not in sizes:
            sizes[id(node)] = 0  # a recursive alias counts once
            children: list[yaml.Node] = []
            if isinstance(node, yaml.MappingNode):
                children = [n for pair in node.value for n in pair]
            elif isinstance(node, yaml.SequenceNode):
                children = list(node.value)
            sizes[id(node)] = min(limit + 1, 1 + sum(size(c) for c in children))
        return sizes[id(node)]

    try:
        return sum(size(d) for d in docs if d is not None) > limit
    except RecursionError:
        return True


_JSON_SCALAR = re.compile(
    r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity"
)
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _parse_json(text: str) -> tuple[list[Value], str | None]:
    """String values with the lines they span, found by walking the (already validated) text."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return [], f"{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}"
    except RecursionError:
        return [], "1:1: malformed JSON: nested too deeply"
    values: list[Value] = []

    breaks = [m.start() for m in re.finditer("\n", text)]

    def line(pos: int) -> int:
        return bisect.bisect_left(breaks, pos) + 1

    def space(pos: int) -> int:
        m = _JSON_SPACE.match(text, pos)
        return m.end() if m else pos

    def walk(pos: int, path: str) -> int:
        pos = space(pos)
        c = text[pos]
        if c == '"':
            s, end = _scanstring(text, pos + 1)
            if path:
                values.append(Value(path, line(pos), line(end - 1), s))
            return end
        if c in "{[":
            close, index = ("}" if c == "{" else "]"), 0
            pos = space(pos + 1)
            while text[pos] != close:
                if c == "{":
                    name, pos = _scanstring(text, space(pos) + 1)
                    pos = walk(space(pos) + 1, f"{path}.{name}" if path else name)  # past ':'
                else:
                    pos = walk(pos, f"{path}[{index}]")
                    index += 1
                pos = space(pos)
                if text[pos] == ",":
                    pos = space(pos + 1)
            return pos + 1
        m = _JSON_SCALAR.match(text, pos)
        return m.end() if m else pos + 1

    try:
        walk(0, "")
    except RecursionError:
        return [], "1:1: malformed JSON: nested too deeply"
    return values, None


_DOTENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][\w.\-]*)\s*(?:=|:(?=\s|$))\s*(.*)$")
#: The rest of a quoted value, up to its closing quote (across lines).
_QUOTED_REST = {'"': re.compile(r'(?:[^"\\]|\\.)*"', re.DOTALL), "'": re.compile(r"[^']*'")}


def _parse_dotenv(text: str, strict: bool = True) -> tuple[list[Value], str | None]:
    """``KEY=value`` lines (``export``, quotes, multi-line quoted values, ``# comments``).
    Without ``strict`` (a file of unknown type) other lines are ignored, not a problem."""
    lines, values, problem, i = text.split("\n"), [], None, 0
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    while i < len(lines):
        start, stripped = i, lines[i].strip()
        i += 1
        if not stripped or stripped.startswith("#"):
            continue
        m = _DOTENV_LINE.match(lines[start])
        if not m:
            if strict and problem is None:
                problem = f"{start + 1}:1: malformed dotenv: expected KEY=value"
            continue
        key, rest = m.group(1), m.group(2)
        if rest[:1] in ("'", '"'):
            opened = offsets[start] + m.start(2) + 1
            closed = _QUOTED_REST[rest[0]].match(text, opened)
            if not closed:
                problem = problem or f"{start + 1}:1: malformed dotenv: {key} has no closing quote"
                break
            value = text[opened : closed.end() - 1]
            i = start + 1 + value.count("\n")
            if rest[0] == '"':
                value = re.sub(r"\\(.)", lambda e: {"n": "\n", "t": "\t"}.get(e[1], e[1]), value)
        else:
            value = re.split(r"\s#", rest, maxsplit=1)[0].strip()
        values.append(Value(key, start + 1, i, value))
    return values, problem


def _parse_properties(text: str) -> tuple[list[Value], str | None]:
    """Java ``.properties``: ``key=value``, ``key: value`` or ``key value``; ``#``/``!``
    comments; a trailing backslash continues the line; ``\\uXXXX`` escapes."""
    lines, values, i = text.split("\n"), [], 0
    while i < len(lines):
        start, parts = i, [lines[i].lstrip()]
        i += 1
        if not parts[0] or parts[0][0] in "#!":
            continue
        while _continues(parts[-1]):
            parts[-1] = parts[-1][:-1]
            if i == len(lines):
                break
            parts.append(lines[i].lstrip())
            i += 1
        key, value = _split_property("".join(parts))
        values.append(Value(_unescape(key), start + 1, i, _unescape(value)))
    return values, None


def _continues(line: str) -> bool:
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _split_property(line: str) -> tuple[str, str]:
    pos = 0
    while pos < len(line) and line[pos] not in "=: \t\f":
        pos += 2 if line[pos] == "\\" else 1
    key, rest = line[:pos], line[pos:].lstrip(" \t\f")
    if rest[:1] in ("=", ":"):
        rest = rest[1:].lstrip(" \t\f")
    return key, rest


def _unescape(text: str) -> str:
    escapes = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}

    def one(m: re.Match[str]) -> str:
        return chr(int(m[2], 16)) if m[2] else escapes.get(m[1], m[1])

    return re.sub(r"\\(u([0-9a-fA-F]{4})|.)", one, text)


_INI_SECTION = re.compile(r"^\[([^\]]+)\]\s*(?:[#;].*)?$")
_INI_OPTION = re.compile(r"^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$")


def _parse_ini(text: str) -> tuple[list[Value], str | None]:
    """configparser-style ``[section]`` and ``key = value`` / ``key: value``; each line of a
    multi-line (indented) value is a value of its own, so it keeps its line number."""
    values, problem, section, key = [], None, "", None
    for n, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if raw[0] in " \t" and key is not None:
            values.append(Value(key, n, n, _strip_inline_comment(stripped)))
        elif m := _INI_SECTION.match(stripped):
            section, key = m.group(1).strip(), None
        elif m := _INI_OPTION.match(stripped):
            option = m.group(1).strip()
            key = f"{section}.{option}" if section else option
            values.append(Value(key, n, n, _strip_inline_comment(m.group(2))))
        else:
            key = None
            problem = problem or f"{n}:1: malformed INI: expected [section] or key = value"
    return values, problem


def _strip_inline_comment(value: str) -> str:
    return re.split(r"\s[;#]", value, maxsplit=1)[0].strip()


PARSERS: dict[str, Parser] = {
    "yaml": _parse_yaml,
    "json": _parse_json,
    "dotenv": _parse_dotenv,
    "properties": _parse_properties,
    "ini": _parse_ini,
    "keyvalue": lambda text: _parse_dotenv(text, strict=False),
}
