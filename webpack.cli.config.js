/**
 * The command-line build: src/cli/main.ts and everything it needs (ExcelJS included) in one file,
 * build/traguardo.js, so `npx traguardo` starts fast (one module to load instead of hundreds).
 * Run by `npm run build:cli` (and by `npm install` through the prepare script).
 */
'use strict';
const path = require('node:path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.join(__dirname, 'src', 'cli', 'main.ts'),
  output: { path: path.join(__dirname, 'build'), filename: 'traguardo.js', library: { type: 'commonjs2' }, clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(__dirname, 'tsconfig.cli.json') } }],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: [{ module: /node_modules/ }],
};
