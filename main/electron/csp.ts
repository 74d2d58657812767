// The renderer's Content-Security-Policy: sent as a header by the app:// handler and ensured as a <meta> in index.html.

/** No remote sources, no eval, no plugins, no framing; styles allow inline for React style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/** Returns the HTML with our CSP <meta> as the first element of <head>, unless it already carries one. */
export function withCspMeta(html: string): string {
  if (/<meta[^>]+http-equiv\s*=\s*["']?Content-Security-Policy/i.test(html)) return html;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${META}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${META}${html.slice(at)}`;
}

/** Parses a CSP string into directive → sources, for tests and checks. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
