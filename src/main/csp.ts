/**
 * The renderer's Content Security Policy, sent with every app:// response. Styles are
 * applied through the CSSOM by React and D3, which CSP does not restrict, so no
 * 'unsafe-inline' is needed; nothing may be evaluated or fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_SCHEME = 'app';
export const APP_HOST = 'common-ground';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
