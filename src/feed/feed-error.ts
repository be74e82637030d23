import { DeskError } from '../desk-error';

/** A feed page was refused: names the page and, where there is one, the JSON path. */
export class FeedError extends DeskError {
  constructor(
    readonly source: { page: number; url: string },
    readonly path: string | null,
    problem: string,
  ) {
    super('rejected', `${describePage(source)}${path ? `: ${path}` : ''}: ${problem}`);
  }
}

export function describePage(source: { page: number; url: string }): string {
  return `page ${source.page} (${displayUrl(source.url)})`;
}

/** File URLs are shown as paths, which is what a delegate typed. */
export function displayUrl(url: string): string {
  if (url.startsWith('file://')) {
    try {
      return decodeURIComponent(new URL(url).pathname);
    } catch {
      return url;
    }
  }
  return url;
}
