// What one sync may cost at most. A feed over a limit is refused, never half-read.
export interface SyncLimits {
  /** Bytes of one page after decompression. */
  maxPageBytes: number;
  /** Pages in one sync (the `next_url` chain). */
  maxPages: number;
  /** One request, from connecting to the last byte. */
  timeoutMs: number;
  /** Redirects followed for one request. */
  maxRedirects: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxPageBytes: 32 * 1024 * 1024,
  maxPages: 200,
  timeoutMs: 30_000,
  maxRedirects: 5,
};

/** A signature file is 88 characters of base64; anything much longer is not one. */
export const MAX_SIGNATURE_BYTES = 4096;
