// Khabar query page: a small editor, example queries, and results rendered as a table.
"use strict";

(function () {
  const data = (id) => JSON.parse(document.getElementById(id).textContent);
  const EXAMPLES = data("examples-data");
  const PREFIXES = data("prefixes-data");
  const ENDPOINT = data("endpoint-data");
  const PAGE = data("page-data");
  const RESOURCE_BASE = PREFIXES.khr;
  const MAX_ROWS = 2000;
  const RESULT_FORMATS = [["json", "JSON"], ["xml", "XML"], ["csv", "CSV"], ["tsv", "TSV"]];
  const GRAPH_FORMATS = [["ttl", "Turtle"], ["nt", "N-Triples"], ["jsonld", "JSON-LD"],
                         ["rdfxml", "RDF/XML"], ["nq", "N-Quads"], ["trig", "TriG"]];

  const $ = (id) => document.getElementById(id);
  const form = $("query-form"), editor = $("query"), gutter = $("gutter");
  const repaint = SparqlHighlight.attach(editor, $("highlight"));

  // ---- editor -------------------------------------------------------------------------
  let tabLeaves = false; // after Esc, Tab moves focus as usual (keyboard users are not trapped)

  function updateGutter() {
    const lines = editor.value.split("\n").length;
    gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join("\n");
    gutter.scrollTop = editor.scrollTop;
  }

  function insertAtCursor(text) {
    const { selectionStart: start, selectionEnd: end, value } = editor;
    editor.value = value.slice(0, start) + text + value.slice(end);
    editor.selectionStart = editor.selectionEnd = start + text.length;
    repaint();
    updateGutter();
  }

  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runQuery();
    } else if (event.key === "Escape") {
      tabLeaves = true;
    } else if (event.key === "Tab" && !tabLeaves && !event.shiftKey) {
      event.preventDefault();
      insertAtCursor("  ");
    } else {
      tabLeaves = false;
    }
  });
  editor.addEventListener("input", updateGutter);
  editor.addEventListener("scroll", () => { gutter.scrollTop = editor.scrollTop; });

  // ---- examples -----------------------------------------------------------------------
  function loadExample(name) {
    const example = EXAMPLES.find((e) => e.name === name);
    if (!example) return;
    editor.value = example.text;
    $("example-description").textContent = example.description;
    repaint();
    updateGutter();
    editor.focus();
  }
  document.querySelectorAll("button.example").forEach((button) => {
    button.addEventListener("click", () => loadExample(button.dataset.name));
  });

  // ---- running ------------------------------------------------------------------------
  form.addEventListener("submit", (event) => { event.preventDefault(); runQuery(); });

  async function runQuery() {
    const query = editor.value;
    if (!query.trim()) return;
    clearOutput();
    setStatus("Running…");
    const started = performance.now();
    let response;
    try {
      response = await fetch(ENDPOINT, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, application/ld+json;q=0.9",
        },
        body: new URLSearchParams({ query }),
      });
    } catch (error) {
      setStatus("");
      return showError("Network error", String(error));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    history.replaceState(null, "", PAGE + "?" + new URLSearchParams({ query }));
    await showResponse(response, query, seconds);
  }

  async function showResponse(response, query, seconds) {
    const type = (response.headers.get("Content-Type") || "").split(";")[0];
    const text = await response.text();
    if (!response.ok) {
      setStatus("");
      return showServerError(response, text);
    }
    const body = JSON.parse(text);
    if (type === "application/sparql-results+json") {
      const count = "boolean" in body ? 1 : body.results.bindings.length;
      renderResults(body);
      showDownloads(query, RESULT_FORMATS);
      setStatus(`${count} result${count === 1 ? "" : "s"} in ${seconds} s`);
    } else {
      const triples = jsonldTriples(body);
      renderTable(["subject", "predicate", "object"], triples);
      showDownloads(query, GRAPH_FORMATS);
      setStatus(`${triples.length} triple${triples.length === 1 ? "" : "s"} in ${seconds} s`);
    }
    const cut = response.headers.get("Khabar-Truncated");
    if (cut) {
      setStatus(`${$("status").textContent} — cut by the server (${cut}): add LIMIT/OFFSET`);
    }
  }

  function showServerError(response, text) {
    try {
      const error = JSON.parse(text).error;
      showError(`${error.status} ${error.title}`, error.detail);
    } catch (_) {
      showError(`${response.status} ${response.statusText}`, text);
    }
  }

  // ---- output -------------------------------------------------------------------------
  function setStatus(text) { $("status").textContent = text; }

  function clearOutput() {
    $("error").hidden = true;
    $("downloads").hidden = true;
    $("results").replaceChildren();
  }

  function showError(title, detail) {
    const box = $("error");
    const heading = document.createElement("strong");
    heading.textContent = title;
    const pre = document.createElement("pre");
    pre.textContent = detail;
    box.replaceChildren(heading, pre);
    box.hidden = false;
  }

  function showDownloads(query, formats) {
    const box = $("downloads");
    box.replaceChildren(document.createTextNode("Download: "));
    formats.forEach(([key, label]) => {
      const link = document.createElement("a");
      link.href = ENDPOINT + "?" + new URLSearchParams({ query, format: key });
      link.textContent = label;
      link.setAttribute("download", `khabar-results.${key}`);
      box.append(link, document.createTextNode(" "));
    });
    box.hidden = false;
  }

  function renderResults(body) {
    if ("boolean" in body) {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = body.boolean ? "true" : "false";
      return $("results").replaceChildren(p);
    }
    const vars = body.head.vars;
    const rows = body.results.bindings.map((b) => vars.map((v) => b[v]));
    renderTable(vars, rows);
  }

  function renderTable(columns, rows) {
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    columns.forEach((name) => {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    });
    const tbody = table.createTBody();
    rows.slice(0, MAX_ROWS).forEach((cells) => {
      const tr = tbody.insertRow();
      cells.forEach((term) => tr.insertCell().appendChild(renderTerm(term)));
    });
    const out = [table];
    if (rows.length > MAX_ROWS) {
      const note = document.createElement("p");
      note.textContent = `Showing the first ${MAX_ROWS} of ${rows.length} rows; download for all.`;
      out.unshift(note);
    }
    $("results").replaceChildren(...out);
  }

  // A term as in SPARQL JSON results: {type: uri|literal|bnode|triple, value, xml:lang, datatype}.
  function renderTerm(term) {
    if (!term) return document.createTextNode("");
    if (term.type === "uri") return renderIri(term.value);
    if (term.type === "bnode") return codeNode("_:" + term.value);
    if (term.type === "triple") {
      const { subject, predicate, object } = term.value;
      return codeNode(`<< ${termText(subject)} ${termText(predicate)} ${termText(object)} >>`);
    }
    const span = document.createElement("span");
    span.className = "literal";
    const value = document.createElement("span");
    value.setAttribute("dir", "auto");
    value.textContent = term.value;
    if (term["xml:lang"]) value.lang = term["xml:lang"];
    span.appendChild(value);
    const tag = term["xml:lang"] ? "@" + term["xml:lang"]
      : term.datatype && !term.datatype.endsWith("#string") ? "^^" + shorten(term.datatype) : "";
    if (tag) {
      const small = document.createElement("span");
      small.className = "tag";
      small.textContent = tag;
      span.appendChild(small);
    }
    return span;
  }

  function termText(term) {
    if (term.type === "uri") return `<${term.value}>`;
    return term.type === "bnode" ? `_:${term.value}` : JSON.stringify(term.value);
  }

  function codeNode(text) {
    const code = document.createElement("code");
    code.textContent = text;
    return code;
  }

  // Khabar's own IRIs open a query about them on this page; other http(s) IRIs link out;
  // anything else (urn:, javascript:...) is shown as text, never made clickable.
  function renderIri(iri) {
    if (!/^https?:\/\//i.test(iri)) return codeNode(shorten(iri));
    const link = document.createElement("a");
    link.textContent = shorten(iri);
    link.title = iri;
    if (iri.startsWith(RESOURCE_BASE)) {
      link.href = PAGE + "?" + new URLSearchParams({ query: describeQuery(iri) });
    } else {
      link.href = iri;
      link.rel = "noopener noreferrer";
    }
    return link;
  }

  function describeQuery(iri) {
    return `# Everything the articles say about <${iri}>\n` +
      `SELECT ?graph ?property ?value WHERE {\n  GRAPH ?graph { <${iri}> ?property ?value }\n}\n` +
      `ORDER BY ?graph ?property`;
  }

  function shorten(iri) {
    for (const [prefix, base] of Object.entries(PREFIXES)) {
      if (iri.startsWith(base) && /^[\w.\-\/%]*$/.test(iri.slice(base.length))) {
        return `${prefix}:${iri.slice(base.length)}`;
      }
    }
    return iri;
  }

  // Expanded JSON-LD as written by pyoxigraph: [{"@id", property: [{"@id"} | {"@value", ...}]}].
  function jsonldTriples(doc) {
    const nodes = Array.isArray(doc) ? doc : doc["@graph"] || [doc];
    const triples = [];
    const asTerm = (id) => (id.startsWith("_:")
      ? { type: "bnode", value: id.slice(2) } : { type: "uri", value: id });
    nodes.forEach((node) => {
      const subject = asTerm(node["@id"] || "_:");
      Object.entries(node).forEach(([key, values]) => {
        if (key === "@id") return;
        const predicate = { type: "uri", value: key === "@type" ? PREFIXES.rdf + "type" : key };
        [].concat(values).forEach((v) => {
          triples.push([subject, predicate, jsonldObject(v, key, asTerm)]);
        });
      });
    });
    return triples;
  }

  function jsonldObject(value, key, asTerm) {
    if (key === "@type") return asTerm(value);
    if (value["@id"] !== undefined) return asTerm(value["@id"]);
    const term = { type: "literal", value: String(value["@value"]) };
    if (value["@language"]) term["xml:lang"] = value["@language"];
    if (value["@type"]) term.datatype = value["@type"];
    return term;
  }

  // ---- start --------------------------------------------------------------------------
  updateGutter();
  if (editor.value.trim() && new URLSearchParams(location.search).has("query")) runQuery();
})();
