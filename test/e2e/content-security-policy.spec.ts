import { CONTENT_SECURITY_POLICY_META } from '../../shared/security/content-security-policy';
import { LAB_MODE, pagesFor } from '../../vite.config';
import { metaPolicies } from '../support/csp-meta';
import { expect, test } from './fixtures';

/**
 * Every page the build serves carries the one policy (shared/security/content-security-policy.ts),
 * once, and Chromium enforces it: the browser host has no other protection than this <meta>.
 */
test.use({ cameraVideo: 'none' });

test('every built page carries the one policy, once', async ({ request, origin }) => {
  const pages = pagesFor(LAB_MODE);
  expect(pages).toContain('index');
  for (const name of pages) {
    const response = await request.get(`${origin}/${name}.html`);
    expect(response.ok(), name).toBe(true);
    expect(metaPolicies(await response.text()), name).toEqual([CONTENT_SECURITY_POLICY_META]);
  }
});

test('the browser host enforces it: no inline script, no request to another origin', async ({
  page,
  appUrl,
  pageProblems,
}) => {
  // Chromium reports each refusal as a console error: here they are the point of the test.
  pageProblems.expect(/Executing inline script violates .*'script-src/, 'the inline script');
  // Two messages for the one refused request: the directive's, and the fetch's own.
  pageProblems.expect(/127\.0\.0\.2:9\/.* Content Security Policy/, 'the other origin');
  await page.goto(appUrl);
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.head.append(script);
    const fetched = await fetch('http://127.0.0.2:9/').then(
      () => 'answered',
      (error: Error) => error.name,
    );
    return {
      inlineScriptRan: (window as { __inlineScriptRan?: boolean }).__inlineScriptRan ?? false,
      fetched,
    };
  });
  expect(outcome).toEqual({ inlineScriptRan: false, fetched: 'TypeError' });
});
