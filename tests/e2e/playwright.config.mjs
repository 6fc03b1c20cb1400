// Browser tests run against the release build in dist/, in Debian's Chromium (never a
// downloaded browser), served by tools/serve.mjs with the build's _headers, as a real host would.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

// Other ports only for a second checkout's run beside this one (the host pages and the embed
// tests name 8081 and 8082, so the embed and host specs need the defaults).
const PORT = Number(process.env.E2E_PORT || 8081);
const HOST_PORT = Number(process.env.E2E_HOST_PORT || 8082);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: './.output',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report is what `make test` (tools/test.sh) counts for its closing line.
  reporter: [['list'], ['json', { outputFile: './.output/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  webServer: [
    {
      command: `node tools/serve.mjs dist ${PORT} --sub-path /some/sub/path/`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/index.html`,
      // Never a server left from another run or checkout: it might serve other files.
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // A blogger's site on another origin, for the embed tests.
      command: `node tools/serve.mjs tests/e2e/host ${HOST_PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${HOST_PORT}/blog.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
