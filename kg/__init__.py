"""Khabar: conflict news articles to a validated, Wikidata-linked RDF knowledge graph."""

__version__ = "0.1.0"
