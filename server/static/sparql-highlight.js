// SPARQL syntax highlighting for the query page: a coloured copy of the text under a textarea
// whose own text is transparent (the textarea keeps editing, selection, undo and accessibility).
"use strict";

const SparqlHighlight = (function () {
  const KEYWORDS = new Set((
    "BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED GRAPH OPTIONAL UNION MINUS " +
    "FILTER BIND VALUES SERVICE SILENT DISTINCT REDUCED AS ORDER BY ASC DESC LIMIT OFFSET GROUP " +
    "HAVING NOT EXISTS IN UNDEF INSERT DELETE DATA WITH USING LOAD CLEAR CREATE DROP COPY MOVE " +
    "ADD TO INTO DEFAULT ALL TRUE FALSE A").split(" "));
  const FUNCTIONS = new Set((
    "STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN " +
    "UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY " +
    "HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE " +
    "IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE " +
    "COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR").split(" "));

  // One alternative per kind of token, tried in this order at each position.
  const TOKEN = new RegExp([
    /(#[^\n]*)/.source,                                                  // 1 comment
    /("""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)/.source,  // 2 string
    /(<[^<>"{}|^`\\\s]*>)/.source,                                      // 3 IRI
    /([?$][\p{L}\p{N}_]+)/u.source,                                     // 4 variable
    /(@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)/.source,                            // 5 language tag
    /((?:[\p{L}][\p{L}\p{N}_.-]*)?:(?:[\p{L}\p{N}_:%-]|\\.|\.(?=[\p{L}\p{N}_:%-]))*|_:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])/u.source, // 6 prefixed name, blank node
    /([+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))/.source, // 7 number
    /([\p{L}_][\p{L}\p{N}_]*)/u.source,                                 // 8 word
  ].join("|"), "gu");
  const KINDS = [null, "comment", "string", "iri", "variable", "lang", "name", "number"];

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // [kind, text] pieces covering the whole text; kind is null for plain text.
  function tokens(text) {
    const pieces = [];
    let last = 0;
    for (const match of text.matchAll(TOKEN)) {
      if (match.index > last) pieces.push([null, text.slice(last, match.index)]);
      let kind = null;
      for (let group = 1; group < KINDS.length; group++) {
        if (match[group] !== undefined) { kind = KINDS[group]; break; }
      }
      if (kind === null) {  // a bare word: keyword, function or plain
        const word = match[0].toUpperCase();
        kind = KEYWORDS.has(word) ? "keyword" : FUNCTIONS.has(word) ? "function" : null;
      }
      pieces.push([kind, match[0]]);
      last = match.index + match[0].length;
    }
    if (last < text.length) pieces.push([null, text.slice(last)]);
    return pieces;
  }

  function toHtml(text) {
    return tokens(text).map(([kind, piece]) =>
      kind ? `<span class="tok-${kind}">${escape(piece)}</span>` : escape(piece)).join("");
  }

  // Keep overlay (a <pre><code>) showing the coloured text of textarea, scrolled alike.
  function attach(textarea, overlay) {
    const code = overlay.querySelector("code") || overlay;
    const paint = () => {
      // A final newline needs a character after it to take up its line in the <pre>.
      code.innerHTML = toHtml(textarea.value) + "\n ";
      sync();
    };
    const sync = () => {
      overlay.scrollTop = textarea.scrollTop;
      overlay.scrollLeft = textarea.scrollLeft;
    };
    textarea.addEventListener("input", paint);
    textarea.addEventListener("scroll", sync);
    paint();
    return paint;  // call after changing textarea.value from script
  }

  return { tokens, toHtml, attach };
})();
