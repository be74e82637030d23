// The messages between the text extractor and its worker thread.

/** Read the PDF kept at `path` (the file named `sha256`). */
export interface ExtractionRequest {
  sha256: string;
  path: string;
}

/** Its pages' texts, or why there are none, in the delegate's words. */
export type ExtractionResult = { sha256: string; pages: string[] } | { sha256: string; error: string };
