// A plain static file server for the browser tests: serves dist/ at `/` and again under
// `/some/sub/path/`, so a test can prove the build works from a sub-path on any static host.
// Usage: node tests/e2e/static-server.mjs [root=dist] [port=8081] [host=127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8081);
const host = process.argv[4] ?? '127.0.0.1';
const SUB_PATH = '/some/sub/path/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    // Serve a precompressed copy when the client takes it, as a well-configured host would.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = null;
    let encoding = null;
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!body && accepts.includes(enc)) {
        body = await readFile(file + ext).catch(() => null);
        if (body) encoding = enc;
      }
    }
    body ??= await readFile(file);
    res.writeHead(200, {
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // An iframe sandboxed without allow-same-origin has an opaque origin: its module script
      // and wasm fetches are cross-origin and need this, as on any real host that allows it.
      'access-control-allow-origin': '*',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, host, () => console.log(`static server: ${root} on http://${host}:${port}/ and ${SUB_PATH}`));
