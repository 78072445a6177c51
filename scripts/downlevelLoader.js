/**
 * Webpack loader for dependencies: leaves a module alone when it parses at the pane's ES level, otherwise lowers
 * its syntax with TypeScript's transpiler (e.g. tabster, under Fluent UI, ships `??=` and class static blocks,
 * ES2021/ES2022). Imports and exports are kept for webpack.
 */
'use strict';
const ts = require('typescript');
const { ES_LEVEL, parsesAt } = require('./esLevel');

module.exports = function downlevelLoader(source, map) {
  if (parsesAt(source)) return this.callback(null, source, map);
  const out = ts.transpileModule(source, {
    fileName: this.resourcePath.replace(/\.[cm]?js$/, '.js'),
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget[`ES${ES_LEVEL}`],
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
      sourceMap: false,
    },
  });
  return this.callback(null, out.outputText);
};
