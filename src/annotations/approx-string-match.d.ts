// approx-string-match ships JavaScript only; this is its one function as its README states it.
declare module 'approx-string-match' {
  export interface Match {
    start: number;
    end: number;
    errors: number;
  }
  /** The matches of `pattern` in `text` with the fewest errors, none above `maxErrors`. */
  export default function search(text: string, pattern: string, maxErrors: number): Match[];
}
