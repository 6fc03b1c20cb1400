// Serves a folder the way a well-configured static host serves dist/: precompressed .br/.gz
// copies when the client accepts them, the right Content-Type (application/wasm for wasm), the
// headers of the folder's `_headers` file (Netlify / Cloudflare Pages format, written by
// tools/assemble.mjs: the Content-Security-Policy and the cache rules), ETag revalidation, and a
// redirect from a folder without its trailing slash. `make serve`, the e2e suite and `make bench`
// all use it, so what they see is what a real host sends.
// Usage: node tools/serve.mjs [root=dist] [port=8080] [--host 127.0.0.1] [--sub-path /some/sub/path/]
// --sub-path also serves the folder under that path (the e2e suite proves relative URLs with it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const host = option('--host', '127.0.0.1');
const subPath = option('--sub-path', null);
const root = resolve(args[0] ?? 'dist');
const port = Number(args[1] ?? 8080);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of `_headers`: a path pattern on its own line, then indented `Name: value` lines. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // `*` matches anything (a splat), `:name` one path segment; the rest literally.
      const pattern = line.trim().split(/(\*|:\w+)/).map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('');
      rules.push({ path: line.trim(), re: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** The headers every matching rule sets; a header set by two rules gets both values, joined. */
function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    if (!rule.re.test(path)) continue;
    for (const [name, value] of rule.headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

// Read again whenever the file changes, as a host does on a new deploy: a server left running
// across a rebuild must not send the old build's CSP (its script hashes would block the new
// page's inline scripts).
let rules = [];
let rulesStamp = null;
function currentRules() {
  let stamp = null;
  try {
    stamp = statSync(join(root, '_headers')).mtimeMs;
  } catch {
    // No _headers: a plain folder (the e2e suite's blog host), served with no extra headers.
  }
  if (stamp !== rulesStamp) {
    rulesStamp = stamp;
    rules = stamp === null ? [] : parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  }
  return rules;
}
currentRules();

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let url;
  try {
    url = new URL(req.url, 'http://x');
    url.pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let path = url.pathname;
  if (subPath && path.startsWith(subPath)) path = '/' + path.slice(subPath.length);
  // Like the hosts, _headers is configuration, not content.
  if (path === '/_headers') {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // A precompressed copy when the client takes it; `vary` so caches keep them apart.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = null;
    let encoding = null;
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!body && new RegExp(`\\b${enc}\\b`).test(accepts)) {
        body = await readFile(file + ext).catch(() => null);
        if (body) encoding = enc;
      }
    }
    body ??= await readFile(file);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      ...headersFor(currentRules(), path),
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      etag,
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
});

server.listen(port, host, () =>
  console.log(`serving ${root} on http://${host}:${port}/${subPath ? ` and ${subPath}` : ''}${rules.length ? ` with ${rules.length} rules from _headers` : ''}`));
