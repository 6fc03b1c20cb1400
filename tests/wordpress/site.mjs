// A real WordPress for the embed tests (issue 23): Debian's `wordpress` 6.1 package, copied into
// build/wp with our test theme and must-use plugin, a private MariaDB on a socket there, and
// PHP's built-in server on loopback. `make setup-wordpress` installs the packages. Nothing is
// written outside build/wp and nothing listens beyond 127.0.0.1.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const HERE = join(ROOT, 'tests/wordpress');

async function until(what, ok, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await ok()) return;
    } catch {}
    if (Date.now() > end) throw new Error(`WordPress test site: ${what} did not come up in ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts MariaDB and WordPress, installs the blog and publishes one post per address in
 * `addresses` (addresses on `site`, which WordPress fetches from `local`: see the must-use
 * plugin). Returns { url, posts: {address: post URL}, stop() }.
 */
export async function startWordPress({ port = 8085, site = 'https://h200.example/explainer/', local = 'http://127.0.0.1:8080/', addresses }) {
  for (const need of ['/usr/share/wordpress/wp-settings.php', '/usr/sbin/mariadbd', '/usr/bin/php']) {
    if (!existsSync(need)) throw new Error(`WordPress test site: ${need} is missing: run \`make setup-wordpress\``);
  }
  const dir = join(ROOT, 'build/wp');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'db'), { recursive: true });
  const sock = join(dir, 'mysql.sock');
  const procs = [];
  const stop = () => procs.forEach((p) => p.exitCode === null && p.kill('SIGTERM'));
  try {
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${sock}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`, '--user=root', '--skip-log-bin', '--innodb-buffer-pool-size=32M'], { stdio: 'ignore' });
    procs.push(db);
    await until('MariaDB', () => existsSync(sock));
    const sql = "CREATE DATABASE IF NOT EXISTS wp; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';";
    await until('MariaDB accepting', () => (execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', sql], { stdio: 'ignore' }), true));

    // WordPress: Debian's files, with a wp-config.php of our own (Debian's looks in /etc).
    const www = join(dir, 'www');
    cpSync('/usr/share/wordpress', www, { recursive: true, dereference: true, filter: (s) => !s.endsWith('/.htaccess') });
    const content = join(dir, 'content');
    mkdirSync(join(content, 'themes'), { recursive: true });
    cpSync(join(HERE, 'theme'), join(content, 'themes/h200-test'), { recursive: true });
    cpSync(join(HERE, 'mu-plugins'), join(content, 'mu-plugins'), { recursive: true });
    writeFileSync(join(www, 'wp-config.php'), `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${sock}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', 'http://127.0.0.1:${port}/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
    const url = `http://127.0.0.1:${port}/`;
    const env = { ...process.env, H200_TEST_SITE: site, H200_TEST_LOCAL: local };
    const posts = JSON.parse(execFileSync('php', [join(HERE, 'install.php'), url, ...addresses], { cwd: dir, env, encoding: 'utf8' }).replace(/^[^{]*/, ''));
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', www], { cwd: www, env, stdio: 'ignore' });
    procs.push(php);
    await until('PHP server', async () => (await fetch(url)).ok);
    return { url, posts, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
