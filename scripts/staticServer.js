/**
 * A tiny static file server for dist/ (used by `npm start` and the end-to-end tests): GET/HEAD only, no
 * directory listing, no path escaping its roots, extra mounts (e.g. /office-js/ → the local office.js copy).
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
};

/** The file under `root` for a URL path, or null when it escapes the root. */
function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.normalize(path.join(root, decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serve `root` (and `mounts`: { '/office-js/': '/abs/dir' }) on host:port; over https when `tls` gives
 * { key, cert } (e.g. office-addin-dev-certs' getHttpsServerOptions()).
 * @returns {Promise<{ server: http.Server, url: string, close(): Promise<void> }>}
 */
function serveStatic({ root, host = '127.0.0.1', port = 0, mounts = {}, log = null, tls = null }) {
  const absRoot = path.resolve(root);
  const handler = (req, res) => {
    const url = new URL(req.url || '/', 'http://x');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let base = absRoot;
    let rel = url.pathname === '/' ? '/taskpane.html' : url.pathname;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (rel.startsWith(prefix)) {
        base = path.resolve(dir);
        rel = '/' + rel.slice(prefix.length);
        break;
      }
    }
    const file = resolveUnder(base, rel);
    fs.stat(file || '', (err, st) => {
      if (!file || err || !st.isFile()) {
        if (log) log(`404 ${url.pathname}`);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const shownHost = host === '127.0.0.1' || host === '::1' ? host : 'localhost';
      resolve({
        server,
        url: `${tls ? 'https' : 'http'}://${shownHost}:${addr.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** The first free TCP port from `start` (tries 20). */
async function freePort(start, host = 'localhost') {
  for (let p = start; p < start + 20; p++) {
    const free = await new Promise((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(p, host, () => s.close(() => resolve(true)));
    });
    if (free) return p;
  }
  throw new Error(`No free port in ${start}–${start + 19}`);
}

module.exports = { serveStatic, freePort, resolveUnder };
