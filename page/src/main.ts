/**
 * The one script of the checker page. It runs twice: as the page (with a `document`), and as the page's Web
 * Worker, which the page starts from this same script's text (a blob: URL, allowed by the page's CSP as
 * `worker-src blob:`). One bundle, inlined once, serves both.
 */
import { startPage } from './page.js';
import { startWorker } from './worker.js';

if (typeof document === 'undefined') {
  startWorker(self as unknown as Parameters<typeof startWorker>[0]);
} else {
  const script = document.currentScript;
  startPage(script?.textContent ?? '');
}
