// The ways to reach a contact, made safe: the feed is data from outside, so only web addresses
// become links (never javascript: or file:), and e-mail addresses become mailto: links only when
// they look like one.

export interface WebLink {
  href: string;
  /** The host without "www.", short enough for a table cell. */
  label: string;
}

export function websiteOf(url: string | null): WebLink | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return { href: parsed.href, label: parsed.hostname.replace(/^www\./, '') };
  } catch {
    return null;
  }
}

// Stricter than RFC 5322 on purpose: no query (?subject=, ?bcc=), no spaces, no quotes.
const EMAIL = /^[^\s@<>()"',;:?&=]+@[^\s@<>()"',;:?&=]+\.[^\s@<>()"',;:?&=]+$/;

export function mailtoOf(email: string | null): string | null {
  if (!email || !EMAIL.test(email.trim())) return null;
  return `mailto:${email.trim()}`;
}
