"""Plain data (dicts, lists, strings, numbers, booleans, None) as the block YAML PyYAML writes
with ``yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)``,
written straight from the data instead of through PyYAML's nodes and events (half a million
for a system of 2,000 tables).

A scalar the emitter writes as it is (plain) or between single quotes on one line is written
here; any other (a long text it folds, text with a line break or a character it escapes) is
written by the emitter itself, in a small document that puts it at the same place (the same
column, the same indentation), and cut out of that document's text. A document holding an
object twice (an anchor and an alias in PyYAML's text), a key that is not a simple key, or a
type other than those is left to PyYAML: :func:`dump` returns None for it.

>>> doc = [{"name": "users", "at": "2026-01-01", "fields": [{"name": "email", "tags": []}]}]
>>> print(dump(doc), end="")
- name: users
  at: '2026-01-01'
  fields:
  - name: email
    tags: []
"""

from __future__ import annotations

import io
import re
from typing import Any

import yaml
from yaml.nodes import ScalarNode

#: Characters the emitter prints as they are (libyaml's ``IS_PRINTABLE``, less line breaks):
#: no tab, control character, byte-order mark or character outside the Basic Multilingual Plane.
_PRINTED = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
#: What keeps printable text from being plain (libyaml's ``yaml_emitter_analyze_scalar``): a
#: space at either end, an indicator first (``#`` ``,`` ``[`` ... ``@``; ``-``, ``?`` or ``:``
#: before a space or the end; ``---``, ``...``), ``: `` or ``:`` at the end, `` #``.
_NOT_PLAIN = re.compile(r"[ #,\[\]{}&*!|>'\"%@`]|[-?:](?: |$)|---|\.\.\.|.*(?:: |:$| #| $)")
#: The column past which the emitter breaks a line at the next space (``width``).
_WIDTH = 100
#: A key this long or shorter (in UTF-8 bytes) is a simple key for either emitter; a longer one
#: may be ``? key`` (libyaml: over 128 bytes; PyYAML's: 128 characters with its implicit tag).
_SHORT_KEY = 100
_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
#: A representer for floats' text only (its ``represent_float`` reads no other state).
_REPRESENTER = yaml.SafeDumper(io.StringIO())


class _Unwritten(Exception):
    """A document :func:`dump` leaves to PyYAML."""


def dump(data: Any, dumper: type[yaml.SafeDumper] = yaml.SafeDumper) -> str | None:
    """The YAML text of ``data`` (a list or dict) as PyYAML writes it with ``dumper`` (see the
    module's docstring), or None for a document left to PyYAML."""
    if type(data) not in (list, dict) or not data or dumper.yaml_path_resolvers:
        return None
    writer = _Writer(dumper, data)
    try:
        if type(data) is list:
            writer.sequence(data, 0, (), inline=False)
        else:
            writer.mapping(data, 0, (), inline=False)
    except _Unwritten:
        return None
    return "".join(writer.out)


class _Writer:
    """One document's text (``out``), as PyYAML's emitter writes a block document. ``path``:
    the kinds (``[]``, ``{}``) of the containers around a value, outermost first."""

    def __init__(self, dumper: type[yaml.SafeDumper], data: Any) -> None:
        self.dumper = dumper
        self.out: list[str] = []
        self.seen = {id(data)}
        # the implicit resolvers the dumper has (a program can add its own), by first character
        self.resolvers = dumper.yaml_implicit_resolvers
        self.resolver = yaml.resolver.Resolver()
        self.resolver.yaml_implicit_resolvers = self.resolvers
        self.written: dict[tuple[Any, ...], str] = {}  # scalars the emitter wrote, by place
        self.strings: dict[str, str | None] = {}  # what text() gave for each string met
        self.keys: dict[Any, str] = {}  # each key's text

    def sequence(self, items: Any, indent: int, path: tuple[str, ...], inline: bool) -> None:
        """``- item`` at ``indent``; ``inline``: the first follows a ``- `` already written."""
        pad = " " * indent
        path += ("[]",)
        for i, item in enumerate(items):
            self.out.append("- " if inline and i == 0 else pad + "- ")
            cls = type(item)
            if (cls is dict or cls is list or cls is tuple) and item:
                self.enter(item)
                if cls is dict:
                    self.mapping(item, indent + 2, path, inline=True)
                else:
                    self.sequence(item, indent + 2, path, inline=True)
            else:
                self.out.append(self.scalar(item, indent + 2, path, None) + "\n")

    def mapping(self, pairs: Any, indent: int, path: tuple[str, ...], inline: bool) -> None:
        """``key: value`` at ``indent``; ``inline``: the first follows a ``- `` already written."""
        pad = " " * indent
        path += ("{}",)
        for i, (key, value) in enumerate(pairs.items()):
            text = self.keys.get(key) or self.key(key)
            self.out.append(text + ":" if inline and i == 0 else pad + text + ":")
            cls = type(value)
            if (cls is dict or cls is list or cls is tuple) and value:
                self.enter(value)
                self.out.append("\n")
                if cls is dict:
                    self.mapping(value, indent + 2, path, inline=False)
                else:  # a sequence in a mapping is not indented
                    self.sequence(value, indent, path, inline=False)
            else:
                self.out.append(" " + self.scalar(value, indent + len(text) + 2, path, key) + "\n")

    def enter(self, container: Any) -> None:
        """A container met twice is an anchor and an alias in PyYAML's text: left to PyYAML."""
        if id(container) in self.seen:
            raise _Unwritten
        self.seen.add(id(container))

    def scalar(self, value: Any, column: int, path: tuple[str, ...], key: str | None) -> str:
        """The text of a scalar (or an empty list or dict) written from ``column``, as the
        value of ``key`` in a mapping (None: an item of a sequence) inside ``path``."""
        cls = type(value)
        if cls is str:
            text = self.strings[value] if value in self.strings else self.text(value, _STR)
            if text is not None and (text.rfind(" ") + column <= _WIDTH):
                return text
            return self.emitted(value, path, key)
        if value is None:
            return "null"
        if cls is bool:
            return "true" if value else "false"
        if cls is int or cls is float:
            tag, text = (
                (_INT, str(value))
                if cls is int
                else (_FLOAT, _REPRESENTER.represent_float(value).value)
            )
            if self.text(text, tag) != text:
                raise _Unwritten
            return text
        if cls is dict or cls is list:  # empty: in flow style
            self.enter(value)
            return "{}" if cls is dict else "[]"
        if cls is tuple:  # (), which PyYAML never makes an alias of
            return "[]"
        raise _Unwritten

    def key(self, key: Any) -> str:
        """A simple key's text (never broken across lines); a key the emitter quotes is
        written by the emitter (libyaml's and PyYAML's disagree on what a simple key is)."""
        if type(key) is not str:
            raise _Unwritten
        plain = self.text(key, _STR) == key and len(key.encode()) <= _SHORT_KEY
        self.keys[key] = text = key if plain else self.emitted(key, (), None, True)
        return text

    def text(self, text: str, tag: str) -> str | None:
        """``text`` (of type ``tag``) plain or single-quoted, as the emitter writes printable
        text on one line: plain when nothing in it keeps it from being so and, read back, it
        is of that type. None for text it writes otherwise."""
        if _PRINTED.fullmatch(text) is None:
            written = None
        elif text and _NOT_PLAIN.match(text) is None and self.resolves(text, tag):
            written = text
        else:
            written = "'" + text.replace("'", "''") + "'"
        if tag is _STR:
            self.strings[text] = written
        return written

    def resolves(self, text: str, tag: str) -> bool:
        if tag is _STR and text[0] not in self.resolvers and None not in self.resolvers:
            return True  # no implicit resolver reads a text starting so
        return self.resolver.resolve(ScalarNode, text, (True, False)) == tag

    def emitted(
        self, value: str, path: tuple[str, ...], key: str | None, as_key: bool = False
    ) -> str:
        """``value`` as the emitter writes it at its place (a mapping's ``key`` inside ``path``),
        from a document of one item per container that puts it there."""
        place = (path, key, value, as_key)
        if place not in self.written:
            if as_key:
                text, prefix, end = self.render({value: None}), "", ": null\n"
            else:
                inner = (lambda v: [v]) if key is None else (lambda v: {key: v})
                text = self.render(_nest(path[:-1], inner(value)))
                prefix, end = self.render(_nest(path[:-1], inner("x")))[:-2], "\n"
            if not text.startswith(prefix) or not text.endswith(end) or text.startswith("? "):
                raise _Unwritten  # not a simple key, or not where it was expected
            self.written[place] = text[len(prefix) : len(text) - len(end)]
        return self.written[place]

    def render(self, doc: Any) -> str:
        return str(
            yaml.dump(doc, Dumper=self.dumper, sort_keys=False, allow_unicode=True, width=100)
        )


def _nest(path: tuple[str, ...], inner: Any) -> Any:
    """``inner`` inside one container of each kind of ``path`` (outermost first)."""
    for kind in reversed(path):
        inner = [inner] if kind == "[]" else {"k": inner}
    return inner
