// A paper that came as plain text is shown as its lines, one paragraph each: its plain text
// (cleanFeedText) is already one folded, trimmed line per paragraph, so the page reads back
// exactly the text that annotation offsets count in.
export function paragraphsOf(contentText: string): string[] {
  return contentText.split('\n').filter((line) => line.trim() !== '');
}
