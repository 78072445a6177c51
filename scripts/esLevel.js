/**
 * The ECMAScript level of the task pane bundle, in one place.
 *
 * The manifest's minimum requirement set (ExcelApi 1.14) admits only hosts whose webview is WebView2 (Chromium),
 * Safari's WKWebView (Mac, iPad) or a current browser (Excel on the web): see README "Supported Excel". The pane is
 * compiled to ES_LEVEL; a dependency that ships newer syntax is lowered by `downlevelLoader` (TypeScript's
 * transpiler), and the build and `test/build/esLevel.test.ts` parse every emitted script at ES_LEVEL with acorn.
 * Hosts below that (Internet Explorer 11, Edge Legacy, old Safari) get the message written by the inline ES5
 * check in taskpane.html instead of a blank pane.
 */
'use strict';
const acorn = require('acorn');

/** The language level of every script the pane ships (ES2020: `?.`, `??`, BigInt; no `??=`, class fields, static blocks). */
const ES_LEVEL = 2020;

/**
 * Parse a script at an ECMAScript level.
 * @returns {null | { message: string, line: number, column: number, excerpt: string }} null when it parses.
 */
function syntaxAbove(source, ecmaVersion = ES_LEVEL, sourceType = 'script') {
  try {
    acorn.parse(source, { ecmaVersion, sourceType, allowHashBang: true });
    return null;
  } catch (err) {
    const pos = typeof err.pos === 'number' ? err.pos : 0;
    return {
      message: err.message,
      line: err.loc ? err.loc.line : 0,
      column: err.loc ? err.loc.column : 0,
      excerpt: source.slice(Math.max(0, pos - 50), pos + 30),
    };
  }
}

/** True when a module source parses at ES_LEVEL as an ES module or as a script. */
function parsesAt(source, ecmaVersion = ES_LEVEL) {
  return syntaxAbove(source, ecmaVersion, 'module') === null || syntaxAbove(source, ecmaVersion, 'script') === null;
}

module.exports = { ES_LEVEL, syntaxAbove, parsesAt };
