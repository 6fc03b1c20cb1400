// Browser tests run against the release build in dist/, in Debian's Chromium (never a
// downloaded browser), served by a plain static server.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 8081;
const HOST_PORT = 8082;

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
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  webServer: [
    {
      command: `node tests/e2e/static-server.mjs dist ${PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
    {
      // A blogger's site on another origin, for the embed tests.
      command: `node tests/e2e/static-server.mjs tests/e2e/host ${HOST_PORT}`,
      cwd: '../..',
      url: `http://127.0.0.1:${HOST_PORT}/blog.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
