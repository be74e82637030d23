// extractPdfText on PDFs the test makes: each page's text as the shared rule builds it, Greek and
// Bulgarian exactly, and a locked or damaged file refused in words a delegate can read.
import { describe, expect, it } from 'vitest';
import { damagedPdf, encryptedPdf, makePdf } from '../../tests/support/pdfs';
import { DAMAGED_MESSAGE, extractPdfText, PASSWORD_MESSAGE, UnreadablePdf } from './extract-text';

describe('extractPdfText', () => {
  it('gives each page its lines, in order, Greek and Bulgarian included', async () => {
    const bytes = await makePdf({
      pages: [
        ['Guidelines on supply chain security', 'First page, second line'],
        ['Η κυβερνοασφάλεια των δικτύων', 'Националната киберсигурност на България'],
        ['Third page'],
      ],
      title: 'Three pages',
      outline: [{ title: 'Start', page: 1 }, { title: 'Γλώσσες', page: 2 }],
    });
    expect(await extractPdfText(bytes)).toEqual([
      'Guidelines on supply chain security\nFirst page, second line',
      'Η κυβερνοασφάλεια των δικτύων\nНационалната киберсигурност на България',
      'Third page',
    ]);
  });

  it('leaves the bytes it was given untouched', async () => {
    const bytes = await makePdf({ pages: [['Kept']] });
    const copy = Uint8Array.from(bytes);
    await extractPdfText(bytes);
    expect(bytes).toEqual(copy);
  });

  it('says a PDF locked by a password cannot be searched', async () => {
    const error = await extractPdfText(encryptedPdf()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadablePdf);
    expect((error as Error).message).toBe(PASSWORD_MESSAGE);
  });

  it('says a damaged PDF cannot be searched, with what pdf.js found', async () => {
    const error = await extractPdfText(damagedPdf()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadablePdf);
    expect((error as Error).message).toMatch(/^This PDF is damaged \(.+\); its text cannot be searched\.$/);
    expect(DAMAGED_MESSAGE).toBe('This PDF is damaged; its text cannot be searched.');
  });

  it('calls a PDF cut short (a download that stopped half way) damaged', async () => {
    const whole = await makePdf({ pages: [['Alpha page'], ['Beta page']] });
    const error = await extractPdfText(whole.slice(0, Math.floor(whole.length * 0.6))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^This PDF is damaged/);
  });
});
