// `make dev`: rebuilds dist/ (`make build`) whenever a source file changes and serves it on
// http://127.0.0.1:8080 with tools/serve.mjs, which re-reads dist/_headers after each build. The
// article is HTML written by the build, so a dev server has to run the same build: Trunk's
// `trunk serve` only compiles the wasm, which renders no article any more. Reload the page
// after the "built" line.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';

const WATCHED = ['src', 'locales', 'data', 'style', 'public', 'index.html', 'build.rs', 'Cargo.toml', 'tools/assemble.mjs'];
let running = null;
let again = false;

function build() {
  if (running) {
    again = true;
    return;
  }
  const started = Date.now();
  running = spawn('make', ['--no-print-directory', 'build'], { stdio: 'inherit' });
  running.on('exit', (code) => {
    running = null;
    console.log(code === 0 ? `dev: built in ${((Date.now() - started) / 1000).toFixed(0)} s; reload the page` : `dev: the build failed (exit ${code}); fix and save again`);
    if (again) {
      again = false;
      build();
    }
  });
}

let timer = null;
for (const path of WATCHED) {
  watch(path, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(build, 300);
  });
}
spawn('node', ['tools/serve.mjs', 'dist', '8080'], { stdio: 'inherit' });
console.log('dev: serving dist/ on http://127.0.0.1:8080/, rebuilding on every change');
