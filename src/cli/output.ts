// How the CLI prints: JSON for programs, aligned columns for people. Messages go to stderr.
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  isTerminal: boolean;
}

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  isTerminal: Boolean(process.stderr.isTTY),
};

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Columns padded to the widest cell; the last column is never padded or cut. */
export function table(rows: readonly (readonly string[])[], header: readonly string[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.min(60, Math.max(...all.map((r) => (r[c] ?? '').length))));
  return all
    .map((r) =>
      r
        .map((cell, c) => {
          const text = cell.length > widths[c]! && c < r.length - 1 ? `${cell.slice(0, widths[c]! - 1)}…` : cell;
          return c === r.length - 1 ? text : text.padEnd(widths[c]!);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function flag(archived: boolean): string {
  return archived ? ' [archived]' : '';
}
