// Arabic and Hebrew runs get a font with their glyphs; everything else is left as written.
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { scriptRuns, withScriptFonts } from './pdf-script-runs';
import { hasRtlScript, startsRightToLeft } from './text-direction';
import { ARABIC_FONT, HEBREW_FONT } from './render-pdf-fonts';

const fontsOf = (runs: unknown[]) => runs.map((r) => (typeof r === 'string' ? ['', r] : [(r as { font?: string }).font ?? '', (r as { text: string }).text]));

describe('scriptRuns', () => {
  it('cuts a string into runs by script, a phrase with its inner spaces kept whole', () => {
    expect(fontsOf(scriptRuns('Observer: دانة الحربي and יעל כהן.'))).toEqual([
      ['', 'Observer: '],
      [ARABIC_FONT, 'دانة الحربي'],
      ['', ' and '],
      [HEBREW_FONT, 'יעל כהן'],
      ['', '.'],
    ]);
  });

  it('keeps the run’s emphasis and link on every piece', () => {
    const runs = scriptRuns('see دانة', { bold: true, link: 'https://example.eu' });
    expect(runs).toEqual([
      { bold: true, link: 'https://example.eu', text: 'see ' },
      expect.objectContaining({ bold: true, link: 'https://example.eu', text: 'دانة', font: ARABIC_FONT }),
    ]);
  });

  it('takes Arabic punctuation and vowel marks with the Arabic letters', () => {
    expect(fontsOf(scriptRuns('مُرَحَّب، شكرا'))).toEqual([[ARABIC_FONT, 'مُرَحَّب، شكرا']]);
  });
});

describe('direction', () => {
  it('finds right-to-left script, and a paragraph that starts with it', () => {
    expect(hasRtlScript('Κυβερνοασφάλεια Киберсигурност')).toBe(false);
    expect(hasRtlScript('x שלום')).toBe(true);
    expect(startsRightToLeft('שלום NIS2')).toBe(true);
    expect(startsRightToLeft('2027: مرحبا')).toBe(true);
    expect(startsRightToLeft('NIS2 שלום')).toBe(false);
  });
});

describe('withScriptFonts', () => {
  it('leaves content without Arabic or Hebrew as written', () => {
    const content: Content = [{ text: 'Κυβερνοασφάλεια', style: 'h2' }, { ul: ['Киберсигурност'] }];
    expect(withScriptFonts(content)).toEqual(content);
  });

  it('reaches strings in stacks, columns, lists and table cells', () => {
    const content: Content = { stack: [{ columns: [{ text: 'שלום' }] }, { ul: ['دانة'] }, { table: { body: [['Name', 'יעל']] } }] };
    const json = JSON.stringify(withScriptFonts(content));
    expect(json).toContain(`"text":"שלום","font":"${HEBREW_FONT}"`);
    expect(json).toContain(`"text":"دانة","font":"${ARABIC_FONT}"`);
    expect(json).toContain(`"text":"יעל","font":"${HEBREW_FONT}"`);
  });

  it('sets a paragraph that starts right to left from the right, unless its style aligns it', () => {
    const out = withScriptFonts([{ text: 'שלום, NIS2' }, { text: 'NIS2 שלום' }, { text: 'שלום', style: 'marking' }], { marking: { alignment: 'center' } }) as { alignment?: string }[];
    expect(out.map((n) => n.alignment)).toEqual(['right', undefined, undefined]);
  });

  it('keeps a heading’s bookmark as plain text', () => {
    const out = withScriptFonts({ text: '1. دانة', outline: true }) as { outlineText?: string };
    expect(out.outlineText).toBe('1. دانة');
  });

  it('splits runs inside runs, keeping their emphasis', () => {
    const out = withScriptFonts({ text: [{ text: 'Point: ' }, { text: 'שלום', bold: true }] }) as { text: { text: string; bold?: boolean; font?: string }[] };
    expect(out.text[1]).toMatchObject({ text: 'שלום', bold: true, font: HEBREW_FONT });
  });
});
