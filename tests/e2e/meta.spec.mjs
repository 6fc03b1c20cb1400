// What link previews, search engines and blog platforms read, as a crawler gets it (no
// JavaScript: the raw HTML of each page): Open Graph and Twitter tags with absolute URLs on the
// site's address, texts in the page's language, card images whose real size is what the tags
// say, canonical and hreflang, the oEmbed answers, the sitemap, and a <head> that ends within
// the 150 KB WordPress reads. Then the English page in a browser: English unless ?lang= or a
// saved choice says otherwise.
//
// The site's address is read from the page (index.html's canonical link); when SITE_URL is set
// (`make test` sets it, tools/test.sh), it must be exactly that.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const locale = (l) => JSON.parse(readFileSync(new URL(`../../locales/${l}.json`, import.meta.url), 'utf8'));
const TEXTS = { ja: locale('ja'), en: locale('en') };
const WIDGETS = ['funnel', 'gates', 'generations', 'map', 'hybrid', 'timeline'];
const PAGES = [
  { file: 'index.html', lang: 'ja', card: 'card-ja.png' },
  { file: 'en.html', lang: 'en', card: 'card-en.png' },
  // Each embed page in both head languages (issue 23): an English blog gets an English card.
  ...WIDGETS.map((w) => ({ file: `embed-${w}.html`, lang: 'ja', card: `card-${w}.png`, widget: w })),
  ...WIDGETS.map((w) => ({ file: `embed-${w}-en.html`, lang: 'en', card: `card-${w}-en.png`, widget: w })),
];
/** A widget's embed page, its oEmbed answer and card with their head in `lang`. */
const suffix = (lang) => (lang === 'ja' ? '' : `-${lang}`);
const HEAD_LIMIT = 150 * 1024;

const HEIGHTS = JSON.parse(readFileSync(new URL('../../data/embed_heights.json', import.meta.url), 'utf8'));
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The raw <head> of a page as a crawler sees it, and its tags by property/name. */
async function head(request, file) {
  const response = await request.get(`./${file}`);
  expect(response.status(), file).toBe(200);
  const html = await response.text();
  const end = html.indexOf('</head>');
  expect(end, `${file} has a </head>`).toBeGreaterThan(0);
  const bytes = Buffer.byteLength(html.slice(0, end + '</head>'.length));
  const h = html.slice(0, end);
  const all = (attr, key) =>
    [...h.matchAll(new RegExp(`<meta ${attr}="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]));
  const one = (attr, key) => {
    const values = all(attr, key);
    expect(values, `${file}: exactly one ${key}`).toHaveLength(1);
    return values[0];
  };
  const links = [...h.matchAll(/<link ([^>]*)>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/([a-z:-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])));
  return { html, h, bytes, og: (k) => one('property', k), all: (k) => all('property', k), name: (k) => one('name', k), links };
}

/** The site's address: index.html's canonical, checked against SITE_URL when that is set. */
async function siteUrl(request) {
  const { links } = await head(request, 'index.html');
  const site = links.find((l) => l.rel === 'canonical')?.href;
  expect(site).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
  if (process.env.SITE_URL) expect(site).toBe(process.env.SITE_URL.replace(/\/?$/, '/'));
  return site;
}

/** An absolute URL on the site, as a path the test server serves. */
function local(site, url) {
  expect(url.startsWith(site), `${url} is on ${site}`).toBe(true);
  return `./${url.slice(site.length)}`;
}

/** Width and height from a PNG's IHDR chunk. */
function ihdr(buf) {
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

for (const p of PAGES) {
  test(`${p.file}: Open Graph and Twitter tags, absolute, in ${p.lang}, with a card of the size they say`, async ({ request }) => {
    const site = await siteUrl(request);
    const { og, all, name, links, bytes } = await head(request, p.file);
    const t = TEXTS[p.lang];
    const url = p.file === 'index.html' ? site : `${site}${p.file}`;
    expect(bytes, `${p.file}: </head> within ${HEAD_LIMIT} bytes`).toBeLessThanOrEqual(HEAD_LIMIT);

    expect(og('og:type')).toBe(p.widget ? 'website' : 'article');
    expect(og('og:site_name')).toBe(t.site.title);
    expect(og('og:url')).toBe(url);
    expect(links.find((l) => l.rel === 'canonical')?.href).toBe(url);
    const title = p.widget ? t.embed.frame_title.replace('{widget}', t.embed.widget[p.widget]) : t.lede.headline;
    const description = p.widget ? t.meta.embed[p.widget] : t.lede.dek;
    expect(og('og:title')).toBe(title);
    expect(name('twitter:title')).toBe(title);
    expect(og('og:description')).toBe(description);
    expect(name('twitter:description')).toBe(description);
    expect(name('description')).toBe(description);
    expect(og('og:locale')).toBe(p.lang === 'ja' ? 'ja_JP' : 'en_US');
    expect(all('og:locale:alternate')).toEqual([p.lang === 'ja' ? 'en_US' : 'ja_JP']);
    expect(name('twitter:card')).toBe('summary_large_image');
    expect(name('theme-color')).toMatch(/^#[0-9a-f]{6}$/);

    // The image: absolute, the page's own card, and really the size the tags claim.
    const image = og('og:image');
    expect(image).toBe(`${site}${p.card}`);
    expect(name('twitter:image')).toBe(image);
    const alt = og('og:image:alt');
    expect(alt.length).toBeGreaterThan(20);
    expect(name('twitter:image:alt')).toBe(alt);
    // In the page's language: Japanese text has kana or kanji; the English alt has none.
    expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(alt)).toBe(p.lang === 'ja');
    if (!p.widget) expect(alt).toContain(t.figures.funnel_title);
    else expect(alt).toContain(t.embed.widget[p.widget]);
    const png = await request.get(local(site, image));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(png.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    const body = await png.body();
    expect(ihdr(body)).toEqual([Number(og('og:image:width')), Number(og('og:image:height'))]);
    expect(ihdr(body)).toEqual([1200, 630]);
    expect(body.length).toBeLessThan(5 * 1024 * 1024);

    // Language alternates on every page; oEmbed discovery on the embed pages.
    const alternates = Object.fromEntries(links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]));
    const oembed = links.filter((l) => l.type === 'application/json+oembed');
    if (p.widget) {
      const ja = `${site}embed-${p.widget}.html`;
      expect(alternates).toEqual({ ja, en: `${site}embed-${p.widget}-en.html`, 'x-default': ja });
      expect(oembed).toHaveLength(1);
      expect(oembed[0].href).toBe(`${site}oembed-${p.widget}${suffix(p.lang)}.json`);
      expect(oembed[0].title).toBe(title);
    } else {
      expect(alternates).toEqual({ ja: site, en: `${site}en.html`, 'x-default': site });
      expect(oembed).toHaveLength(0);
    }
  });
}

for (const [w, lang] of WIDGETS.flatMap((w) => ['ja', 'en'].map((l) => [w, l]))) {
  const s = suffix(lang);
  test(`oembed-${w}${s}.json: a rich answer in ${lang} whose iframe shows the ${w} embed page`, async ({ request }) => {
    const site = await siteUrl(request);
    const response = await request.get(`./oembed-${w}${s}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const o = await response.json();
    const t = TEXTS[lang];
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: t.embed.frame_title.replace('{widget}', t.embed.widget[w]),
      provider_name: t.site.title,
      provider_url: site,
      thumbnail_url: `${site}card-${w}${s}.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(o.width).toBeGreaterThan(0);
    expect(o.cache_age).toBeGreaterThan(0);
    // The starting height: the widget's measured height in a 700 px column; from the Japanese
    // page, whose frame follows the reader's browser, the larger of the two languages'.
    const initial = lang === 'ja' ? Math.max(...Object.values(HEIGHTS[w])) : HEIGHTS[w][lang];
    expect(o.height).toBe(initial);
    const iframes = [...o.html.matchAll(/<iframe [^>]*src="([^"]+)"[^>]*><\/iframe>/g)];
    expect(iframes).toHaveLength(1);
    expect(o.html).not.toContain('<script');
    // WordPress's fallback: a blockquote with a link to the embed page, in the page's words.
    // Without it WordPress loads no script to size the frame (issue 23).
    const quote = o.html.match(/^<blockquote><a href="([^"]+)">([^<]+)<\/a><\/blockquote><iframe /);
    expect(quote).not.toBeNull();
    expect(decode(quote[1])).toBe(`${site}embed-${w}${s}.html`);
    expect(decode(quote[2])).toBe(o.title);
    expect(o.html).toContain(`height="${initial}"`);
    const src = new URL(decode(iframes[0][1]));
    expect(`${src.origin}${src.pathname}`).toBe(`${site}embed-${w}${s}.html`);
    expect(src.searchParams.get('embed')).toBe(w);
    // The English page's frame asks for English; the Japanese one follows the reader.
    expect(src.searchParams.get('lang')).toBe(lang === 'ja' ? null : lang);
    const page = await request.get(local(site, `${src.origin}${src.pathname}`) + src.search);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(`data-kind="${w}"`);
  });
}

test.describe('the English embed page in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('shows its widget in English; ?lang=ja and ?embed= still work on it', async ({ page }) => {
    await page.goto('./embed-gates-en.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'gates');
    await expect(page.locator('svg.gate-pipe').first()).toBeVisible();
    await expect(page.getByRole('link', { name: TEXTS.en.embed.open_full })).toBeVisible();
    await page.goto('./embed-gates-en.html?lang=ja');
    // The Japanese widget is the Japanese page's: the head script goes there.
    await expect(page).toHaveURL(/\/embed-gates\.html\?lang=ja$/);
    await expect(page.getByRole('link', { name: TEXTS.ja.embed.open_full })).toBeVisible();
    // Asked for another widget, it goes to that widget's page in the same head language.
    await page.goto('./embed-gates-en.html?embed=map&lang=en');
    await expect(page).toHaveURL(/\/embed-map-en\.html\?embed=map&lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'map');
  });
});

test('sitemap.xml lists both language pages with their alternates; robots.txt points to it', async ({ request }) => {
  const site = await siteUrl(request);
  const xml = await (await request.get('./sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([site, `${site}en.html`]);
  expect(xml.match(/hreflang="en" href="([^"]+)"/)[1]).toBe(`${site}en.html`);
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const robots = await (await request.get('./robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}sitemap.xml`);
  expect(robots).not.toMatch(/Disallow: \/\s/);
});

test.describe('the English page in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('opens in English, and switches to Japanese in place', async ({ page }) => {
    await page.goto('./en.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(TEXTS.en.lede.headline);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('h1')).toHaveText(TEXTS.ja.lede.headline);
    await expect.poll(() => new URL(page.url()).search).toBe('?lang=ja');
    // The address becomes the Japanese page's, so a reload or a shared link needs no detour.
    expect(new URL(page.url()).pathname).toMatch(/\/$/);
  });

  test('?lang= wins on it, a saved choice does not; index.html follows the saved choice', async ({ page }) => {
    await page.goto('./en.html?lang=ja');
    await expect(page.locator('h1')).toHaveText(TEXTS.ja.lede.headline);
    await page.goto('./index.html');
    await expect(page.locator('h1')).toHaveText(TEXTS.ja.lede.headline);
    // A reader who once chose 日本語 opens a shared /en.html link: English, with the switch to
    // Japanese at the top.
    await page.evaluate(() => localStorage.setItem('h200-explainer.lang', JSON.stringify('ja')));
    await page.goto('./en.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(TEXTS.en.lede.headline);
    await expect(page.getByRole('button', { name: '日本語' })).toBeVisible();
    // The address without a language keeps the saved choice.
    await page.evaluate(() => localStorage.setItem('h200-explainer.lang', JSON.stringify('en')));
    await page.goto('./index.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
