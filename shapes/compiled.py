"""The shapes compiled for many graphs at once: flag every article graph pySHACL could reject.

`validate_many` (in `shapes/__init__.py`) runs this check on a batch of article graphs and hands
only the flagged ones to pySHACL, so its results are pySHACL's own. The check may flag a graph
that conforms (it then costs one pySHACL run), but it must never pass a graph that pySHACL
rejects. It does what pySHACL does with `validate()`'s settings, on the article graph merged with
the ontology:

- targets (`sh:targetClass` through the ontology's `rdfs:subClassOf`, `sh:targetSubjectsOf`,
  `sh:targetObjectsOf`, `sh:targetNode`) and core constraints are checked in Python on rdflib
  terms, mirroring pySHACL's own comparisons (`compare_literal`, its datatype and string rules);
- SPARQL constraints run once per batch in an in-memory Oxigraph store, one named graph per
  article, with `$this` bound by `VALUES` to the focus nodes computed in Python.

A graph is flagged whenever that reasoning would not hold: it states something about an ontology
term, declares `rdfs:subClassOf`, or holds a literal Oxigraph would rewrite (`"01"^^xsd:integer`).
Shapes using a SHACL feature not listed in `_CHECKED` (or a SPARQL constraint that reads the
ontology) make `Compiled.unavailable` say why, and every graph goes to pySHACL.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from datetime import date, datetime, time
from typing import Iterable, Sequence

import pyoxigraph as ox
import rdflib
from pyshacl.rdfutil.compare import compare_literal
from rdflib import OWL, RDF, RDFS, SH, XSD, BNode, Literal, URIRef
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, Path, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

# Constraint parameters checked here; with the annotations and structure below, every sh: term
# a shape may use. Anything else sends every graph to pySHACL.
_CHECKED = {SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minLength, SH.maxLength,
            SH.pattern, SH.flags, SH.languageIn, SH["in"], SH.hasValue, SH.minInclusive, SH.maxInclusive,
            SH.minExclusive, SH.maxExclusive, SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint,
            SH["or"], SH["and"], SH["not"], SH.node, SH.property, SH.sparql}
_STRUCTURE = {SH.path, SH.inversePath, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode,
              SH.select, SH.prefixes, SH.declare, SH.prefix, SH.namespace}
_ANNOTATIONS = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.defaultValue}
_KNOWN_TYPES = {SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint, SH.PrefixDeclaration}
_STRINGS = (None, RDF.langString, XSD.string)
_TYPE_IRI, _SUBCLASS_IRI, _XSD_STRING = str(RDF.type), str(RDFS.subClassOf), str(XSD.string)
_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}



class Unsupported(Exception):
    """The shapes use something this check does not mirror; pySHACL must check every graph."""


@dataclass
class Shape:
    """A node or property shape: its path, its constraint checks, its property shapes."""

    node: rdflib.term.Node
    path: str | None = None  # the predicate IRI of a property shape
    inverse: bool = False  # True for [ sh:inversePath p ]
    params: dict[URIRef, list] = field(default_factory=dict)
    checks: list = field(default_factory=list)  # (check function, its setting), ready to run
    properties: list["Shape"] = field(default_factory=list)
    sparql: list["SparqlCheck"] = field(default_factory=list)

    def param(self, name: URIRef):
        """The single value of a parameter, or None."""
        values = self.params.get(name)
        return values[0] if values else None


@dataclass
class SparqlCheck:
    """A SPARQL constraint, rewritten to run over many article graphs at once."""

    shape: Shape
    query: str  # SELECT DISTINCT ?g ... with {VALUES} to fill in


@dataclass
class Batch:
    """One article graph, indexed by plain strings (rdflib terms compare slowly in Python)."""

    spo: dict  # subject key -> predicate IRI -> objects (xsd:string written as simple literals)
    terms: dict  # subject key -> the subject term
    by_type: dict  # class IRI -> {subject key: subject term}
    rewritten: list  # (subject, predicate) of literals Oxigraph would store rewritten ("+00:00" as "Z")
    pos: dict = field(default_factory=dict)  # predicate IRI -> object key -> subjects (built when needed)
    blank: bool = False  # True if a blank node occurs (VALUES cannot bind one to a data node)


class Compiled:
    """The shapes and the ontology, compiled once per process."""

    def __init__(self, shapes_graph: rdflib.Graph, ontology: rdflib.Graph, ontology_results: bool):
        self.unavailable: str | None = None
        self._ontology_conforms = ontology_results
        self._ontology = _batch_of(ontology)
        self._o_nodes = {_key(n) for t in ontology for n in (t[0], t[2]) if not isinstance(n, Literal)}
        self._subclasses = _subclass_closure(ontology)
        self.roots: list[tuple[Shape, list]] = []
        self.sparql: list[SparqlCheck] = []
        self._sparql_reads: set = set()  # predicates SPARQL constraints name
        self._open_shapes: set = set()  # shapes whose SPARQL reads any predicate of $this
        self._o_focus_nonlocal: set = set()
        try:
            _check_vocabulary(shapes_graph)
            self._compile(shapes_graph, ontology)
        except Unsupported as why:
            self.unavailable = str(why)

    # --- compiling -------------------------------------------------------------------------------

    def _compile(self, sg: rdflib.Graph, ontology: rdflib.Graph) -> None:
        """Read every shape that has a target, with its property shapes and SPARQL constraints."""
        targeted = {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                    for s in sg.subjects(p, None)}
        for node in sg.subjects(RDF.type, SH.NodeShape):
            if (node, RDF.type, RDFS.Class) in sg or (node, RDF.type, OWL.Class) in sg:
                raise Unsupported(f"{node} is both a shape and a class (implicit class target)")
        o_predicates = set(ontology.predicates())
        cache: dict = {}
        for node in sorted(targeted, key=str):
            shape = self._shape(sg, node, cache, o_predicates)
            targets = [(p, o) for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                       for o in sg.objects(node, p)]
            self.roots.append((shape, targets))
        for shape, targets in self.roots:
            if _looks_beyond(shape):
                self._o_focus_nonlocal |= set(self._targets(targets, self._ontology))

    def _shape(self, sg: rdflib.Graph, node, cache: dict, o_predicates: set) -> Shape:
        """One shape (memoised: sh:or lists and sh:node may share them)."""
        if node in cache:
            return cache[node]
        shape = cache[node] = Shape(node)
        path = sg.value(node, SH.path)
        if path is not None:
            shape.path, shape.inverse = _path(sg, path)
        for predicate, value in sg.predicate_objects(node):
            if predicate in (SH.property, SH.sparql) or predicate not in _CHECKED:
                continue
            if predicate in (SH["or"], SH["and"], SH["in"], SH.languageIn):
                items = list(rdflib.collection.Collection(sg, value))
                if predicate in (SH["or"], SH["and"]):
                    items = [self._shape(sg, item, cache, o_predicates) for item in items]
                value = items
            elif predicate in (SH["not"], SH.node):
                value = self._shape(sg, value, cache, o_predicates)
            shape.params.setdefault(predicate, []).append(value)
        shape.checks = [(_CHECKS[name], _prepared_setting(name, setting, self, shape))
                        for name, settings in sorted(shape.params.items()) for setting in settings
                        if name != SH.flags]
        shape.properties = [self._shape(sg, p, cache, o_predicates) for p in sg.objects(node, SH.property)]
        for constraint in sg.objects(node, SH.sparql):
            if shape.path is not None:
                raise Unsupported("a SPARQL constraint on a property shape ($PATH)")
            check = SparqlCheck(shape, _batch_query(sg, constraint, o_predicates, self))
            shape.sparql.append(check)
            self.sparql.append(check)
        return shape

    # --- checking ----------------------------------------------------------------------------------

    def flag(self, graphs: Sequence[rdflib.Graph | Sequence[tuple]],
             nquads: Sequence[tuple[str, str | bytes]] | None = None, dataset: ox.Store | None = None) -> set[int]:
        """The indexes of the graphs pySHACL may reject (all of them when the check is unavailable).

        Each graph is an rdflib graph or the list of its distinct triples.

        `nquads`, when given, holds for each graph its name and its N-Quads in that named graph
        (what the builder writes to the store anyway), and `dataset` a store already holding
        them; else the graphs are serialized and loaded here.
        """
        if self.unavailable or not self._ontology_conforms:
            return set(range(len(graphs)))
        flagged: set[int] = set()
        focus: dict[int, list] = {}
        for i, graph in enumerate(graphs):
            batch = _batch_of(graph, self._o_nodes)
            if batch is None or batch.blank or set(batch.spo) & self._o_focus_nonlocal:
                flagged.add(i)
                continue
            focus[i] = []
            if self._core_fails(batch, focus[i]) or self._rewrite_matters(batch, focus[i]):
                flagged.add(i)
        pending = [i for i in focus if i not in flagged and focus[i]]
        if self.sparql and pending:
            flagged |= self._sparql_fails(pending, focus, graphs, nquads, dataset)
        return flagged

    def _rewrite_matters(self, batch: Batch, focus: list) -> bool:
        """True if a SPARQL constraint could read a literal that Oxigraph stores rewritten."""
        if not batch.rewritten:
            return False
        open_focus = {key for shape, nodes in focus if shape.node in self._open_shapes for key in nodes}
        return any(str(p) in self._sparql_reads or _key(s) in open_focus for s, p in batch.rewritten)

    def _core_fails(self, batch: Batch, sparql_focus: list) -> bool:
        """True if some core constraint fails on a focus node from the article graph."""
        for shape, targets in self.roots:
            nodes = self._targets(targets, batch)
            if shape.sparql and nodes:
                sparql_focus.append((shape, nodes))
            for key, node in nodes.items():
                if not self._conforms(shape, node, key, batch):
                    return True
        return False

    def _targets(self, targets: list, batch: Batch) -> dict:
        """Focus nodes of a shape in one graph, as {key: term}."""
        found: dict = {}
        for kind, value in targets:
            if kind == SH.targetNode:
                found[_key(value) or _term_key(value)] = value
            elif kind == SH.targetClass:
                for cls in self._subclasses.get(str(value), {str(value)}):
                    found.update(batch.by_type.get(cls, {}))
            elif kind == SH.targetSubjectsOf:
                iri = str(value)
                found.update((key, batch.terms[key]) for key, props in batch.spo.items() if iri in props)
            elif kind == SH.targetObjectsOf:
                iri = str(value)
                for props in batch.spo.values():
                    found.update((_key(o) or _term_key(o), o) for o in props.get(iri, ()))
        return found

    def _values(self, key, predicate: str, batch: Batch, inverse: bool = False) -> list:
        """Value nodes of a path from a node, in the article graph merged with the ontology."""
        if key is None:
            return []
        if not inverse:
            props = batch.spo.get(key)
            if props is None:
                props = self._ontology.spo.get(key)
            return props.get(predicate, []) if props else []
        found = []
        for graph in (batch, self._ontology):
            if predicate not in graph.pos:
                graph.pos[predicate] = index = {}
                for subject, props in graph.spo.items():
                    for o in props.get(predicate, ()):
                        index.setdefault(_key(o) or _term_key(o), []).append(graph.terms[subject])
            found += graph.pos[predicate].get(key, [])
        return found

    def _conforms(self, shape: Shape, node, key, batch: Batch) -> bool:
        """True if `node` certainly conforms to `shape` (its SPARQL constraints aside)."""
        values = [node] if shape.path is None else self._values(key, shape.path, batch, shape.inverse)
        for check, setting in shape.checks:
            if not check(self, setting, values, key, batch):
                return False
        for prop in shape.properties:
            if not self._conforms(prop, node, key, batch):
                return False
        return True

    def _has_class(self, node, classes: set, batch: Batch) -> bool:
        """pySHACL's sh:class test: an rdf:type that is the class or one of its subclasses."""
        if isinstance(node, Literal):
            return False
        return any(str(t) in classes for t in self._values(_key(node), _TYPE_IRI, batch))

    def _sparql_fails(self, pending: list[int], focus: dict, graphs, nquads, dataset) -> set[int]:
        """Run each SPARQL constraint once over the pending graphs; return those with a result."""
        flagged: set[int] = set()
        if dataset is not None and nquads is not None:
            store, names = dataset, {i: nquads[i][0] for i in pending}
        else:
            names = _load_batch(store := ox.Store(), pending, graphs, nquads)
        if names is None:
            return flagged | set(pending)  # not loadable as RDF: pySHACL will say what is wrong
        by_name = {name: i for i, name in names.items()}
        for check in self.sparql:
            rows = [f"(<{names[i]}> <{key}>)" for i in pending for shape, nodes in focus[i]
                    if shape is check.shape for key in nodes]
            if not rows:
                continue
            try:
                result = store.query(check.query.replace("{VALUES}", " ".join(rows)))
                flagged |= {by_name[row["g"].value] for row in result}
            except (SyntaxError, OSError, ValueError):
                return flagged | set(pending)
        return flagged


def _load_batch(store: ox.Store, pending: list[int], graphs, nquads) -> dict[int, str] | None:
    """Load the pending graphs, one named graph each; return their names (None if one fails)."""
    try:
        if nquads is not None:
            texts = [nquads[i][1] for i in pending]
            data = b"".join(text if isinstance(text, bytes) else text.encode("utf-8") for text in texts)
            store.load(data, format=ox.RdfFormat.N_QUADS)
            return {i: nquads[i][0] for i in pending}
        names = {i: f"urn:khabar:check:{i}" for i in pending}
        for i in pending:
            graph = graphs[i]
            if not isinstance(graph, rdflib.Graph):  # a list of triples
                graph = rdflib.Graph()
                graph.addN((s, p, o, graph) for s, p, o in graphs[i])
            store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(names[i]))
        return names
    except (SyntaxError, ValueError, OSError):
        return None


def _key(node) -> str | None:
    """A plain-string key for an IRI or blank node (None for a literal)."""
    if isinstance(node, URIRef):
        return str(node)
    if isinstance(node, BNode):
        return "_:" + node
    return None


def _term_key(node) -> tuple:
    """A key with rdflib's term equality, for any term (literals included)."""
    if isinstance(node, Literal):
        return (str(node), node.datatype and str(node.datatype), node.language)
    return (_key(node),)


def _batch_of(graph: rdflib.Graph, o_nodes: set | None = None) -> Batch | None:
    """Index a graph; None if it names an ontology node as subject or declares rdfs:subClassOf."""
    spo: dict = {}
    terms: dict = {}
    by_type: dict = {}
    rewritten = []
    normalised = blank = False
    for s, p, o in graph:
        sk = _key(s)
        pk = str(p)
        if o_nodes is not None and (sk in o_nodes or pk == _SUBCLASS_IRI):
            return None
        if isinstance(o, Literal):
            datatype = o.datatype
            if datatype is not None:
                datatype = str(datatype)
                if datatype == _XSD_STRING:
                    o = Literal(str(o))
                    normalised = True
                elif not _kept_by_oxigraph(str(o), datatype):
                    rewritten.append((s, p))
        else:
            blank = blank or isinstance(o, BNode) or isinstance(s, BNode)
            if pk == _TYPE_IRI:
                by_type.setdefault(str(o), {})[sk] = s
        props = spo.get(sk)
        if props is None:
            spo[sk] = props = {}
            terms[sk] = s
        props.setdefault(pk, []).append(o)
    if normalised:  # "x"^^xsd:string and "x" are one triple once written alike
        for props in spo.values():
            for pk, values in props.items():
                if len(values) > 1:
                    props[pk] = list({_term_key(v): v for v in values}.values())
    return Batch(spo, terms, by_type, rewritten, blank=blank)


# --- the constraint components, as pySHACL evaluates them ------------------------------------------


def _prepared_setting(name: URIRef, setting, compiled: Compiled, shape: Shape):
    """A parameter's value in the form its check uses (sets of keys, class closures, regexes)."""
    if name == SH.pattern:
        return _regex(str(setting), str(shape.param(SH.flags) or ""))
    if name == SH["class"]:
        return compiled._subclasses.get(str(setting), {str(setting)})
    if name in (SH["in"],):
        return {_term_key(m) for m in setting}
    if name == SH.hasValue:
        return _term_key(setting)
    if name in (SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint):
        return str(setting)
    if name in (SH.minCount, SH.maxCount, SH.minLength, SH.maxLength):
        return int(setting)
    return setting


def _check_class(self, classes, values, key, batch):
    return all(self._has_class(v, classes, batch) for v in values)


def _check_datatype(self, datatype, values, key, batch):
    return all(_datatype_matches(v, datatype) for v in values)


_DATATYPE_CACHE: dict = {}
_KINDS = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,), SH.BlankNodeOrIRI: (BNode, URIRef),
          SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal)}


def _check_node_kind(self, kind, values, key, batch):
    allowed = _KINDS[kind]
    return all(isinstance(v, allowed) for v in values)


def _check_min_count(self, n, values, key, batch):
    return len(values) >= n


def _check_max_count(self, n, values, key, batch):
    return len(values) <= n


def _check_min_length(self, n, values, key, batch):
    return n == 0 or all(not isinstance(v, BNode) and len(_string(v)) >= n for v in values)


def _check_max_length(self, n, values, key, batch):
    return all(not isinstance(v, BNode) and len(_string(v)) <= n for v in values)


def _check_pattern(self, matcher, values, key, batch):
    return all(not isinstance(v, BNode) and matcher.search(_string(v)) for v in values)


def _check_language_in(self, languages, values, key, batch):
    wanted = {str(lang).lower() for lang in languages}
    return all(isinstance(v, Literal) and v.language and
               ("*" in wanted or v.language.lower() in wanted or v.language.split("-")[0].lower() in wanted)
               for v in values)


def _check_in(self, members, values, key, batch):
    return all(_term_key(v) in members for v in values)


def _check_has_value(self, expected, values, key, batch):
    return any(_term_key(v) == expected for v in values)


def _range(strict: bool, low: bool):
    """sh:minInclusive and its siblings, with pySHACL's string rule and compare_literal."""
    def holds(v, bound) -> bool:
        if not isinstance(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
            return False
        try:
            cmp = compare_literal(v, bound)
        except (TypeError, NotImplementedError):
            return False
        return (cmp > 0 if strict else cmp >= 0) if low else (cmp < 0 if strict else cmp <= 0)

    memo: dict = {}

    def check(self, bound, values, key, batch):
        for v in values:
            memo_key = (_term_key(v), id(bound))
            found = memo.get(memo_key)
            if found is None:
                if len(memo) > 100_000:
                    memo.clear()
                found = memo[memo_key] = holds(v, bound)
            if not found:
                return False
        return True
    return check


def _pair(strict: bool):
    """sh:lessThan and sh:lessThanOrEquals, as pySHACL compares the two values."""
    def check(self, other, values, key, batch):
        others = self._values(key, other, batch)
        for v in values:
            for o in others:
                if isinstance(v, BNode) or isinstance(o, BNode):
                    return False
                a, b = _comparable(v), _comparable(o)
                if isinstance(a, str) != isinstance(b, str):
                    return False
                try:
                    if not (a < b if strict else a <= b):
                        return False
                except Exception:  # pySHACL would fail on it too: let it say so
                    return False
        return True
    return check


def _check_equals(self, other, values, key, batch):
    return {_term_key(v) for v in values} == {_term_key(v) for v in self._values(key, other, batch)}


def _check_disjoint(self, other, values, key, batch):
    return not {_term_key(v) for v in values} & {_term_key(v) for v in self._values(key, other, batch)}


def _check_or(self, members, values, key, batch):
    return all(any(self._conforms(m, v, _key(v), batch) for m in members) for v in values)


def _check_and(self, members, values, key, batch):
    return all(all(self._conforms(m, v, _key(v), batch) for m in members) for v in values)


def _check_not(self, member, values, key, batch):
    return False  # rare, and hard to bound from above: let pySHACL decide


def _check_node(self, member, values, key, batch):
    return not member.sparql and all(self._conforms(member, v, _key(v), batch) for v in values)


_CHECKS = {
    SH["class"]: _check_class, SH.datatype: _check_datatype, SH.nodeKind: _check_node_kind,
    SH.minCount: _check_min_count, SH.maxCount: _check_max_count, SH.minLength: _check_min_length,
    SH.maxLength: _check_max_length, SH.pattern: _check_pattern, SH.languageIn: _check_language_in,
    SH["in"]: _check_in, SH.hasValue: _check_has_value,
    SH.minInclusive: _range(False, True), SH.minExclusive: _range(True, True),
    SH.maxInclusive: _range(False, False), SH.maxExclusive: _range(True, False),
    SH.lessThan: _pair(True), SH.lessThanOrEquals: _pair(False), SH.equals: _check_equals,
    SH.disjoint: _check_disjoint, SH["or"]: _check_or, SH["and"]: _check_and, SH["not"]: _check_not,
    SH.node: _check_node,
}


def _datatype_matches(v, datatype) -> bool:
    """pySHACL's DatatypeConstraintComponent, for one value (memoised: the values repeat)."""
    key = (v, datatype)
    found = _DATATYPE_CACHE.get(key)
    if found is None:
        if len(_DATATYPE_CACHE) > 100_000:
            _DATATYPE_CACHE.clear()
        found = _DATATYPE_CACHE[key] = _datatype_rule(v, datatype)
    return found


def _datatype_rule(v, datatype) -> bool:
    """pySHACL's DatatypeConstraintComponent, for one value."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == datatype:
        return getattr(v, "ill_typed", None) is not True and _actual_datatype(v, datatype)
    if datatype == RDFS.Literal:
        return True
    if datatype == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and datatype == XSD.string:
        return _actual_datatype(v, datatype)
    if datatype == RDF.langString and v.language:
        return _actual_datatype(v, datatype)
    return False


def _actual_datatype(v: Literal, datatype) -> bool:
    """The Python type rdflib gave the value, as pySHACL checks it."""
    expected = _PYTHON_TYPES.get(datatype)
    return expected is None or isinstance(v.value, expected)


def _string(v) -> str:
    """pySHACL's value_node_to_string."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in _STRINGS:
        return str(v.value)
    return str(v)


def _comparable(v):
    """What pySHACL's sh:lessThan compares: strings for IRIs and string literals, else the literal."""
    if isinstance(v, URIRef):
        return str(v)
    if isinstance(v, Literal) and isinstance(v.value, str):
        return v.value
    return v


@functools.lru_cache(maxsize=64)
def _regex(pattern: str, flags: str) -> re.Pattern:
    """A compiled sh:pattern with its sh:flags, as pySHACL compiles it."""
    value = 0
    for letter, flag in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL), ("x", re.VERBOSE)):
        if letter in flags.lower():
            value |= flag
    return re.compile(pattern, value)


@functools.lru_cache(maxsize=65536)
def _kept_by_oxigraph(lexical: str, datatype: str) -> bool:
    """True if Oxigraph stores this typed literal as written (it rewrites "01"^^xsd:integer as "1")."""
    literal = ox.Literal(lexical, datatype=ox.NamedNode(datatype))
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), literal))
    (stored,) = list(store)
    return stored.object.value == lexical and stored.object.datatype.value == datatype


# --- helpers ---------------------------------------------------------------------------------------


def _check_vocabulary(sg: rdflib.Graph) -> None:
    """Refuse shapes that use SHACL terms this check does not mirror."""
    allowed = _CHECKED | _STRUCTURE | _ANNOTATIONS
    for s, p, o in sg:
        if str(p).startswith(str(SH)) and p not in allowed:
            raise Unsupported(f"the shapes use {p.n3(sg.namespace_manager)}")
        if p == RDF.type and str(o).startswith(str(SH)) and o not in _KNOWN_TYPES:
            raise Unsupported(f"the shapes use {o.n3(sg.namespace_manager)}")


def _path(sg: rdflib.Graph, path) -> tuple[str, bool]:
    """A predicate path or an inverse path, as (IRI, inverse); other paths are not mirrored."""
    if isinstance(path, URIRef):
        return str(path), False
    inverse = sg.value(path, SH.inversePath)
    if isinstance(inverse, URIRef) and len(list(sg.predicate_objects(path))) == 1:
        return str(inverse), True
    raise Unsupported(f"the path {path} (only predicate and inverse paths are mirrored)")


def _subclass_closure(ontology: rdflib.Graph) -> dict:
    """Each class -> itself and every class below it (rdfs:subClassOf*)."""
    below: dict = {}
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        below.setdefault(str(sup), set()).add(str(sub))
    closure = {}
    for cls in set(below) | {c for subs in below.values() for c in subs}:
        seen, todo = {cls}, [cls]
        while todo:
            for sub in below.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        closure[cls] = seen
    return closure


def _looks_beyond(shape: Shape) -> bool:
    """True if a shape reads more than its focus node's own triples (inverse paths, SPARQL)."""
    return bool(shape.sparql) or any(p.inverse or _looks_beyond(p) for p in shape.properties)


def _batch_query(sg: rdflib.Graph, constraint, o_predicates: set, compiled: Compiled) -> str:
    """Rewrite a SPARQL constraint to find, in one query, the graphs where it has a result."""
    if (constraint, SH.deactivated, None) in sg:
        raise Unsupported("a deactivated SPARQL constraint")
    select = str(sg.value(constraint, SH.select) or "")
    if not select or "$currentShape" in select or "$shapesGraph" in select or "$PATH" in select:
        raise Unsupported(f"the SPARQL constraint {constraint} (only sh:select with $this is mirrored)")
    prefixes = _prefixes(sg, constraint)
    reads, open_predicate = _check_reads(prefixes + select, o_predicates)
    compiled._sparql_reads |= reads
    if open_predicate:
        compiled._open_shapes.add(sg.value(None, SH.sparql, constraint))
    start = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
    if start is None or not select.rstrip().endswith("}"):
        raise Unsupported(f"the SPARQL constraint {constraint} (its WHERE clause)")
    body = select[start.end():select.rstrip().rindex("}")].replace("$this", "?this")
    return f"{prefixes}SELECT DISTINCT ?g WHERE {{ VALUES (?g ?this) {{ {{VALUES}} }} GRAPH ?g {{ {body} }} }}"


def _prefixes(sg: rdflib.Graph, constraint) -> str:
    """PREFIX lines from the constraint's sh:prefixes declarations."""
    lines = []
    for holder in sg.objects(constraint, SH.prefixes):
        for declaration in sg.objects(holder, SH.declare):
            lines.append(f"PREFIX {sg.value(declaration, SH.prefix)}: <{sg.value(declaration, SH.namespace)}>\n")
    return "".join(sorted(lines))


def _check_reads(text: str, o_predicates: set) -> tuple[set, bool]:
    """Refuse a SPARQL constraint that could read the ontology's triples or that binds $this late.

    Its triple patterns are checked on rdflib's algebra: a predicate the ontology uses (rdf:type,
    rdfs:label...) could match ontology triples, which the batch store does not hold; a variable
    predicate is only safe from $this (article nodes are never ontology subjects). A FILTER that
    names $this must sit where a pattern already binds it, so that VALUES and pre-binding agree.
    Returns the predicates it names and whether it reads a variable predicate of $this.
    """
    query = prepareQuery(text)
    reads, open_predicate = set(), False
    for node in _algebra_nodes(query.algebra):
        if node.name == "BGP":
            for s, p, o in node.triples:
                if isinstance(p, Variable):
                    if s != Variable("this"):
                        raise Unsupported("a SPARQL constraint with a variable predicate away from $this")
                    open_predicate = True
                    continue
                for iri in _path_iris(p):
                    if iri in o_predicates:
                        raise Unsupported(f"a SPARQL constraint reads {iri}, which the ontology also uses")
                    reads.add(str(iri))
        if node.name == "Filter" and Variable("this") in _expression_vars(node.expr):
            if Variable("this") not in getattr(node.p, "_vars", set()):
                raise Unsupported("a SPARQL constraint filters on $this before binding it")
    return reads, open_predicate


def _path_iris(path) -> Iterable[URIRef]:
    """Every IRI in a predicate or property path."""
    if isinstance(path, URIRef):
        yield path
    elif isinstance(path, (SequencePath, AlternativePath)):
        for part in path.args:
            yield from _path_iris(part)
    elif isinstance(path, (InvPath, MulPath)):
        yield from _path_iris(path.path)
    elif isinstance(path, NegatedPath) or isinstance(path, Path):
        raise Unsupported("a SPARQL constraint with a negated property path")


def _algebra_nodes(node) -> Iterable[CompValue]:
    """Every algebra node below (and including) `node`."""
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _algebra_nodes(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _algebra_nodes(value)


def _expression_vars(expr) -> set:
    """Variables an expression names (EXISTS patterns included)."""
    found = set()
    if isinstance(expr, Variable):
        found.add(expr)
    elif isinstance(expr, CompValue):
        for value in expr.values():
            found |= _expression_vars(value)
    elif isinstance(expr, (list, tuple)):
        for value in expr:
            found |= _expression_vars(value)
    return found
