/** The Content-Security-Policies a page's HTML declares in <meta> tags, as written. */
export const metaPolicies = (html: string): string[] =>
  [
    ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi),
  ].map((match) => match[1]!);
