"""Glossaries that read a schema written in another language in English: one module per
language, each a :class:`~classifiers.glossaries.base.Glossary` of the words and phrases its
schemas name columns and tables with, read by :mod:`classifiers.languages`."""
