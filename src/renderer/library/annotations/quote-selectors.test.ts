import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSelection, shortQuote } from './quote-selectors';

const TEXT =
  'This toolbox follows the coordinated risk assessment of 5G networks.\nIt brings together strategic and technical measures, with the actions that support them.';

describe('describeSelection', () => {
  it('gives the quote, its place and 32 characters of context either side', () => {
    const start = TEXT.indexOf('strategic and technical measures');
    const end = start + 'strategic and technical measures'.length;
    const selection = describeSelection(TEXT, start, end)!;
    expect(selection).toEqual({
      start,
      end,
      exact: 'strategic and technical measures',
      prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: TEXT.slice(end, end + CONTEXT_LENGTH),
    });
    expect(selection.prefix).toHaveLength(32);
    expect(selection.suffix).toHaveLength(32);
  });

  it('drops the white space and line breaks a drag picks up at its edges', () => {
    const start = TEXT.indexOf('networks.');
    const selection = describeSelection(TEXT, start, TEXT.indexOf('brings'))!;
    expect(selection.exact).toBe('networks.\nIt');
    expect(selection.start).toBe(start);
    expect(describeSelection(TEXT, start - 1, start + 'networks.'.length + 1)!.exact).toBe('networks.');
  });

  it('keeps the context short at the start and end of the paper', () => {
    const first = describeSelection(TEXT, 0, 4)!;
    expect(first.prefix).toBe('');
    const last = describeSelection(TEXT, TEXT.length - 5, TEXT.length)!;
    expect(last.suffix).toBe('');
    expect(last.exact).toBe('them.');
  });

  it('takes a selection made backwards the same as forwards', () => {
    expect(describeSelection(TEXT, 12, 5)).toEqual(describeSelection(TEXT, 5, 12));
  });

  it('refuses a selection of nothing but white space', () => {
    const gap = TEXT.indexOf('\n');
    expect(describeSelection(TEXT, gap, gap + 1)).toBeNull();
    expect(describeSelection(TEXT, 3, 3)).toBeNull();
  });
});

describe('shortQuote', () => {
  it('keeps a short quote whole and cuts a long one with an ellipsis at the length asked', () => {
    expect(shortQuote('strategic measures')).toBe('strategic measures');
    const cut = shortQuote('x'.repeat(100), 60);
    expect(cut).toHaveLength(60);
    expect(cut.endsWith('…')).toBe(true);
  });
});
