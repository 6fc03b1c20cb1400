// Issue 23: the link previews real apps make, read by the libraries they use: open-graph-scraper
// (Zenn's link cards), unfurl.js and metascraper (Ghost's bookmark cards). Each must find a
// title, a description and a 1200×630 image on the article in both languages and on an embed page.
import { test, expect } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { unfurl } from 'unfurl.js';
import createMetascraper from 'metascraper';
import msTitle from 'metascraper-title';
import msDescription from 'metascraper-description';
import msImage from 'metascraper-image';

const metascraper = createMetascraper([msTitle(), msDescription(), msImage()]);

/** The PNG's size from its IHDR chunk. */
const pngSize = (buf) => [buf.readUInt32BE(16), buf.readUInt32BE(20)];

for (const path of ['', 'en.html', 'embed-gates.html', 'embed-gates-en.html']) {
  test(`link previews read a title, a description and a 1200×630 image from /${path}`, async ({ request, baseURL }) => {
    const url = new URL(path, baseURL).href;
    const html = await (await request.get(url)).text();
    // The page names its images on the site's address (SITE_URL); here they are served locally.
    const site = html.match(/<link rel="canonical" href="([^"]+)"/)[1].replace(/(en\.html|embed-[a-z]+(-en)?\.html)$/, '');
    const local = (u) => u.replace(site, new URL('./', baseURL).href);

    const { result } = await ogs({ html });
    expect(result.ogTitle).toBeTruthy();
    // The English pages' cards are English (the embed page too: issue 23).
    const english = /(^|-)en\.html$/.test(path);
    expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(result.ogTitle), result.ogTitle).toBe(!english);
    expect(result.ogDescription).toBeTruthy();
    expect(result.ogImage[0]).toMatchObject({ width: '1200', height: '630' });

    // (Not its oEmbed lookup: the answer's address is the site's, which this machine cannot
    // reach by name; meta.spec checks the answers.)
    const u = await unfurl(url, { oembed: false });
    expect(u.open_graph.title).toBe(result.ogTitle);
    expect(u.open_graph.description).toBe(result.ogDescription);
    expect(u.open_graph.images[0].url).toBe(result.ogImage[0].url);

    const m = await metascraper({ html, url });
    expect(m.title).toBeTruthy();
    expect(m.description).toBeTruthy();
    expect(m.image).toBe(result.ogImage[0].url);

    // The image really is a 1200×630 PNG.
    const png = await (await request.get(local(m.image))).body();
    expect(pngSize(png)).toEqual([1200, 630]);
  });
}
