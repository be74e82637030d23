// Selecting text with the mouse, as a delegate does: a drag from the first character of a
// passage to its last, wherever it sits in `root` (a paper's text, a PDF's text layers).
import type { Locator, Page } from '@playwright/test';

// A text node of the page, for the code these tests run in it (they compile without the DOM's types).
type PageText = { data: string; parentElement: { scrollIntoView(options: { block: string }): void } | null };

export async function dragOver(page: Page, root: Locator, text: string): Promise<void> {
  const box = await root.evaluate((element, wanted) => {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as PageText | null; node; node = walker.nextNode() as PageText | null) {
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = element.ownerDocument.createRange();
      const rectOf = (from: number) => {
        range.setStart(node as never, from);
        range.setEnd(node as never, from + 1);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, y: (top + bottom) / 2 };
      };
      return { first: rectOf(at), last: rectOf(at + wanted.length - 1) };
    }
    throw new Error(`"${wanted}" is not in one text node`);
  }, text);
  await page.mouse.move(box.first.left + 1, box.first.y);
  await page.mouse.down();
  await page.mouse.move(box.last.right - 1, box.last.y, { steps: 5 });
  await page.mouse.up();
}
