"""Khabar's RDF namespaces, as rdflib namespaces that make each of their terms only once."""

from __future__ import annotations

from rdflib import Namespace, URIRef


class Vocabulary(Namespace):
    """An rdflib Namespace whose terms are made once and kept.

    rdflib's Namespace makes (and checks) a new URIRef at every `KH.start` or `KH["index"]`;
    writing an article graph asks for a few hundred terms, most of them the same ones.

    >>> KH.start is KH.start and KH["index"] == URIRef("https://w3id.org/khabar/ontology#index")
    True
    """

    def __new__(cls, value: str) -> "Vocabulary":
        namespace = super().__new__(cls, value)
        namespace._terms = {}  # not the instance's own attributes: "index" would hide str.index
        return namespace

    def term(self, name: str) -> URIRef:
        """The IRI of `name` in this namespace."""
        made = self._terms.get(name) if isinstance(name, str) else None
        if made is None:
            made = super().term(name)
            if isinstance(name, str):
                self._terms[name] = made
        return made


KH = Vocabulary("https://w3id.org/khabar/ontology#")
KHR = Vocabulary("https://w3id.org/khabar/resource/")
SCHEMA = Vocabulary("https://schema.org/")
GEO = Vocabulary("http://www.w3.org/2003/01/geo/wgs84_pos#")
WD = Vocabulary("http://www.wikidata.org/entity/")
