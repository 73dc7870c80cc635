import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FILE, checked, dropFiles, launch, networkRequests, openPage, sampleFiles } from './browser.js';

describe('checker page: no network', () => {
  let browser: Browser;
  let server: Server;
  /** Requests that reached the local server: the page must make none, whatever it tries. */
  const hits: string[] = [];
  let origin = '';
  beforeAll(async () => {
    browser = await launch();
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.end('ok');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it('has a Content-Security-Policy that forbids every connection and lets only its own script, style and worker run', () => {
    const html = readFileSync(PAGE_FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(csp!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('worker-src')).toBe('blob:');
    expect(directives.get('script-src')).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(directives.get('style-src')).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(directives.get('form-action')).toBe("'none'");
    // Self-contained: one inline script, one inline style, nothing loaded from elsewhere.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(\s*['"]?(https?:|\/\/)/);
  });

  it('checks files with no request, and every attempt to connect, from the page or its worker, is blocked', async () => {
    const { page, errors, requests, violations } = await openPage(browser);
    await dropFiles(page, sampleFiles());
    await checked(page);
    // The worker ran (from a blob: URL of the page's own script): the only request besides the page itself.
    expect(requests.filter((u) => u.startsWith('blob:')).length).toBeGreaterThanOrEqual(1);
    expect(networkRequests(requests)).toEqual([]);

    const attempts = await page.evaluate(async (to) => {
      const outcome = async (f: () => Promise<unknown>) =>
        f().then(
          () => 'connected',
          () => 'blocked',
        );
      const img = new Promise((ok) => {
        const i = new Image();
        i.onload = () => ok('connected');
        i.onerror = () => ok('blocked');
        i.src = `${to}/img`;
      });
      const worker = new Promise((ok) => {
        const code = `fetch(${JSON.stringify(`${to}/worker`)}).then(() => postMessage('connected'), () => postMessage('blocked'))`;
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.onmessage = (e) => ok(e.data);
        w.onerror = () => ok('blocked');
      });
      const socket = new Promise((ok) => {
        try {
          const s = new WebSocket(`${to.replace('http', 'ws')}/ws`);
          s.onopen = () => ok('connected');
          s.onerror = () => ok('blocked');
        } catch {
          ok('blocked');
        }
      });
      navigator.sendBeacon?.(`${to}/beacon`, 'x');
      return {
        fetch: await outcome(() => fetch(`${to}/fetch`)),
        xhr: await outcome(
          () =>
            new Promise((ok, fail) => {
              const x = new XMLHttpRequest();
              x.open('GET', `${to}/xhr`);
              x.onload = ok;
              x.onerror = fail;
              x.send();
            }),
        ),
        img: await img,
        worker: await worker,
        socket: await socket,
      };
    }, origin);
    expect(attempts).toEqual({ fetch: 'blocked', xhr: 'blocked', img: 'blocked', worker: 'blocked', socket: 'blocked' });
    await page.waitForTimeout(300);
    expect(hits).toEqual([]);
    expect((await violations()).some((v) => v.startsWith('connect-src'))).toBe(true);
    expect(networkRequests(requests).every((u) => u.startsWith(origin))).toBe(true);
    // Only the attempts above logged anything (the browser's CSP reports), the page itself nothing.
    expect(errors.filter((e) => !/Content Security Policy|Failed to load resource|WebSocket|net::ERR/.test(e))).toEqual([]);
  });
});
