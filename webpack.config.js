/**
 * Builds the task pane into dist/: taskpane.html, its JavaScript (ExcelJS in a separate chunk, loaded only in
 * preview mode), assets/ (icons, samples) and manifest.xml. Prints the gzipped size of the pane's initial
 * JavaScript and fails a production build above the budget.
 *
 * Every emitted script is parsed at the pane's ECMAScript level (scripts/esLevel.js): the build fails when one
 * holds newer syntax than the hosts admitted by the manifest's minimum requirement set can run.
 *
 * Env: ADDIN_BASE_URL rewrites the manifest's https://localhost:3000 (the deploy address). It must be https;
 * plain http is accepted only for this machine (localhost, 127.0.0.1: `npm start` without certificates).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ES_LEVEL, syntaxAbove } = require('./scripts/esLevel');

const ROOT = __dirname;
const MANIFEST_BASE = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Budget for the JavaScript the pane needs before it can render (gzip). */
const INITIAL_JS_BUDGET = 300 * 1024;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The deploy address from ADDIN_BASE_URL, without a trailing slash. Office loads add-ins only over https: an
 * http address is refused unless it names this machine (development), and so is anything but a plain
 * absolute URL (no query, no fragment, no credentials).
 * @example deployBase('https://addins.example.it/traguardo/') //=> 'https://addins.example.it/traguardo'
 */
function deployBase(baseUrl) {
  if (baseUrl === undefined || baseUrl === null || String(baseUrl).trim() === '') return MANIFEST_BASE;
  const raw = String(baseUrl).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not an absolute address; use e.g. ADDIN_BASE_URL=https://addins.example.it/traguardo`);
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `ADDIN_BASE_URL "${raw}" is http: Office loads add-ins only over https. Serve dist/ over https and build with ` +
        `ADDIN_BASE_URL=https://${url.host}${url.pathname.replace(/\/+$/, '')} (http is accepted only for localhost during development).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`ADDIN_BASE_URL "${raw}" must start with https://`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL "${raw}" must be a plain address without query, fragment or credentials`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The manifest with its base address replaced (see deployBase for what is accepted). AppDomain takes the origin
 * only (a domain, not a folder); every other URL takes the full base.
 */
function rewriteManifest(xml, baseUrl) {
  const base = deployBase(baseUrl);
  const origin = new URL(base).origin;
  return xml
    .toString('utf8')
    .split(`<AppDomain>${MANIFEST_BASE}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(MANIFEST_BASE)
    .join(base);
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

/** Fails the build when an emitted script does not parse at ES_LEVEL (the level the supported hosts run). */
class EsLevelPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('EsLevelPlugin', (compilation) => {
      for (const file of Object.keys(compilation.assets).filter((f) => f.endsWith('.js'))) {
        const source = fs.readFileSync(path.join(compilation.outputOptions.path, file), 'utf8');
        const bad = syntaxAbove(source, ES_LEVEL);
        if (bad) {
          compilation.errors.push(
            new webpack.WebpackError(`${file} is not ES${ES_LEVEL} (${bad.message}) near ${JSON.stringify(bad.excerpt)}: the manifest's hosts cannot run it`),
          );
        }
      }
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const base = deployBase(process.env.ADDIN_BASE_URL);
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', `es${ES_LEVEL}`],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? (process.env.TRAGUARDO_SOURCEMAP ? 'source-map' : false) : 'cheap-module-source-map',
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
              compilerOptions: { module: 'esnext', moduleResolution: 'node', target: `ES${ES_LEVEL}`, sourceMap: !production },
            },
          },
        },
        {
          // Dependencies that ship syntax newer than ES_LEVEL are lowered; the rest pass through untouched.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          exclude: /exceljs[\\/]dist[\\/]/,
          use: path.join(ROOT, 'scripts', 'downlevelLoader.js'),
        },
      ],
      // exceljs.min.js is a prebuilt bundle: do not parse it for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new webpack.DefinePlugin({
        // Shared code may read optional debug switches from process.env; the browser has none.
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
        'process.env': '({})',
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        // office.js is referenced in <head> before the bundle: Microsoft's CDN in production, the local copy
        // (served by `npm start` under /office-js/) in development.
        templateParameters: { officeJsUrl: production ? OFFICE_CDN : 'office-js/office.js' },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'assets/samples/[name][ext]', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, base) },
        ],
      }),
      new SizeReportPlugin({ budget: INITIAL_JS_BUDGET, enforce: production }),
      new EsLevelPlugin(),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    stats: 'errors-warnings',
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.deployBase = deployBase;
module.exports.ES_LEVEL = ES_LEVEL;
module.exports.OFFICE_CDN = OFFICE_CDN;
module.exports.MANIFEST_BASE = MANIFEST_BASE;
