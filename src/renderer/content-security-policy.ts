// The page's Content Security Policy, in one place: the build writes it into index.html, the
// desktop app's app:// protocol and the browser mode's host send it as a header too.
//
// Nothing loads from anywhere but the app itself and no inline script runs. style-src allows
// 'unsafe-inline' because Mantine writes its theme variables into <style> elements at run time
// (a nonce cannot help a static file). Feed HTML is cleaned twice before display, so this is
// the third wall, not the first.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/** Header-only directives (a meta tag cannot carry them). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
