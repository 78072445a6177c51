/**
 * Builds the task pane into dist/: taskpane.html, its JavaScript (ExcelJS in a separate chunk, loaded only in
 * preview mode), assets/ (icons, samples) and manifest.xml. Prints the gzipped size of the pane's initial
 * JavaScript and fails a production build above the budget.
 *
 * Env: ADDIN_BASE_URL rewrites the manifest's https://localhost:3000 (e.g. the deploy address).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const MANIFEST_BASE = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Budget for the JavaScript the pane needs before it can render (gzip). */
const INITIAL_JS_BUDGET = 300 * 1024;

/** The manifest with its base address replaced. */
function rewriteManifest(xml, baseUrl) {
  const base = (baseUrl || MANIFEST_BASE).replace(/\/+$/, '');
  return xml.toString('utf8').split(MANIFEST_BASE).join(base);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the gzipped size of the entry's initial JS and of the lazy chunks; errors when over budget. */
class SizeReportPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('SizeReportPlugin', (compilation) => {
      const gz = (file) => {
        const buf = fs.readFileSync(path.join(compilation.outputOptions.path, file));
        return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      };
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const initial = entry.getFiles().filter((f) => f.endsWith('.js'));
      const initialSet = new Set(initial);
      const lazy = [...compilation.chunks].flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js') && !initialSet.has(f));
      let total = 0;
      const lines = ['', 'Task pane JavaScript (gzip):'];
      for (const f of initial) {
        const s = gz(f);
        total += s.gzip;
        lines.push(`  initial  ${f.padEnd(44)} ${kb(s.raw).padStart(10)} → ${kb(s.gzip).padStart(9)}`);
      }
      for (const f of lazy) {
        const s = gz(f);
        lines.push(`  lazy     ${f.padEnd(44)} ${kb(s.raw).padStart(10)} → ${kb(s.gzip).padStart(9)}`);
      }
      const ok = total <= this.options.budget;
      const verdict = this.options.enforce ? (ok ? 'OK' : 'OVER BUDGET') : 'development build, unminified: the budget applies to production';
      lines.push(`Initial JavaScript: ${kb(total)} gzipped (budget ${kb(this.options.budget)}) ${verdict}`);
      console.log(lines.join('\n'));
      if (!ok && this.options.enforce) {
        compilation.errors.push(new webpack.WebpackError(`Initial JavaScript ${kb(total)} gzipped exceeds ${kb(this.options.budget)}`));
      }
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? false : 'cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: { exceljs$: path.join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'node', target: 'ES2020', sourceMap: !production },
            },
          },
        },
      ],
      // exceljs.min.js is a prebuilt bundle: do not parse it for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new webpack.DefinePlugin({
        OFFICE_JS_URL: JSON.stringify(production ? OFFICE_CDN : 'office-js/office.js'),
        // Shared code may read optional debug switches from process.env; the browser has none.
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
        'process.env': '({})',
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'assets/samples/[name][ext]', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, process.env.ADDIN_BASE_URL) },
        ],
      }),
      new SizeReportPlugin({ budget: INITIAL_JS_BUDGET, enforce: production }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    stats: 'errors-warnings',
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.MANIFEST_BASE = MANIFEST_BASE;
