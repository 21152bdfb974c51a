import { expect, test as base } from '@playwright/test';

/**
 * Every browser test runs under two watches that fail it at the end: a request to any origin
 * other than the app's own (the product never calls out), and a Content-Security-Policy
 * violation reported by Chromium (nothing the app does may need the policy relaxed).
 */
export const test = base.extend<{ guardOrigin: boolean }>({
  guardOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
          foreign.push(request.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
          violations.push(message.text());
        }
      });
      await use(true);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
