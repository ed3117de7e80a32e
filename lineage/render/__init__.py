"""Renderers: diagram views, Graphviz DOT, Mermaid, report.html and summaries."""
