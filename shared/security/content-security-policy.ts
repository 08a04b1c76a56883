/**
 * The one Content-Security-Policy of every Poise page. The main process sends it as a header on
 * poise://app; the build writes it into each page's <meta>, which is all the browser host has.
 * 'wasm-unsafe-eval' lets tfjs compile its WebAssembly backend; nothing allows eval or inline
 * script, and connect-src 'self' means no request can leave the app.
 *
 * This file imports nothing: vite.config.ts loads it, and a config's own imports must work
 * without a bundler (Vite's coming native config loader).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/**
 * Directives a <meta> cannot deliver: Chromium ignores them there, and logs an error that says so
 * (https://www.w3.org/TR/CSP3/#meta-element). The header carries them.
 */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

const directiveName = (directive: string): string => directive.split(' ')[0]!;

/** The policy as the poise://app protocol sends it in its response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy less what only a header can do: the content of each page's <meta>. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(
  (directive) => !HEADER_ONLY.includes(directiveName(directive)),
).join('; ');

const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
const ANY_POLICY_META = /<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i;
const CHARSET_META = /<meta\s+charset\s*=[^>]*>/i;

/**
 * A page's HTML with the policy's <meta> right after its charset, before any script or stylesheet
 * it must govern. The build runs every page through this (vite.config.ts), and so does the
 * security scan (scripts/security-scan.mjs), so both see the page as it ships.
 */
export function withPolicyMetaTag(html: string, page: string): string {
  // A second policy would not replace this one: the browser would enforce both.
  if (ANY_POLICY_META.test(html)) {
    throw new Error(
      `${page} has a Content-Security-Policy <meta> of its own: remove it, the build adds the ` +
        'one policy (shared/security/content-security-policy.ts).',
    );
  }
  const charset = CHARSET_META.exec(html);
  if (!charset) throw new Error(`${page} has no <meta charset>: the policy goes right after it.`);
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}\n    ${META_TAG}${html.slice(end)}`;
}
