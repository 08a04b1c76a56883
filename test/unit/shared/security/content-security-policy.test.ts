import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  withPolicyMetaTag,
} from '../../../../shared/security/content-security-policy';
import { metaPolicies } from '../../../support/csp-meta';
import { repoRoot } from '../../../support/repo-paths';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values];
    }),
  );

describe('the Content-Security-Policy', () => {
  it('allows only the app itself: no remote origins, no eval, no inline script', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });

  it('in a <meta>, is the same policy less frame-ancestors, which only a header can deliver', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(CONTENT_SECURITY_POLICY_META)).toEqual(header);
  });
});

describe('withPolicyMetaTag', () => {
  const page = (head: string) =>
    `<!doctype html>\n<html>\n  <head>\n${head}\n  </head>\n  <body></body>\n</html>\n`;

  it('puts the policy right after the charset, ahead of every script and stylesheet', () => {
    const html = withPolicyMetaTag(
      page(
        '    <meta charset="UTF-8" />\n    <link rel="stylesheet" href="./a.css" />\n' +
          '    <script type="module" src="./a.ts"></script>',
      ),
      'a.html',
    );
    expect(metaPolicies(html)).toEqual([CONTENT_SECURITY_POLICY_META]);
    const policyAt = html.indexOf('Content-Security-Policy');
    expect(html.indexOf('charset')).toBeLessThan(policyAt);
    expect(policyAt).toBeLessThan(html.indexOf('<link'));
    expect(policyAt).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses a page with a policy of its own, which the browser would enforce as well', () => {
    const own = page(
      '    <meta charset="UTF-8" />\n' +
        `    <meta http-equiv="content-security-policy" content="default-src *" />`,
    );
    expect(() => withPolicyMetaTag(own, 'renderer/own.html')).toThrow(
      /renderer\/own\.html has a Content-Security-Policy <meta> of its own/,
    );
  });

  it('refuses a page without a charset, having no safe place to put the policy', () => {
    expect(() => withPolicyMetaTag(page('    <title>x</title>'), 'renderer/bare.html')).toThrow(
      /renderer\/bare\.html has no <meta charset>/,
    );
  });

  it('takes every page in renderer/: each gets the policy once', () => {
    const rendererDir = join(repoRoot, 'renderer');
    const pages = readdirSync(rendererDir).filter((name) => name.endsWith('.html'));
    expect(pages).toContain('index.html');
    for (const name of pages) {
      const html = withPolicyMetaTag(readFileSync(join(rendererDir, name), 'utf8'), name);
      expect(metaPolicies(html), name).toEqual([CONTENT_SECURITY_POLICY_META]);
    }
  });
});
