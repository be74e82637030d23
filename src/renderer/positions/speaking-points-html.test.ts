import { describe, expect, it } from 'vitest';
import { htmlOf } from './speaking-points-html';

const editor = (html: string, isEmpty = false) => ({ isEmpty, getHTML: () => html });

describe('speaking points as saved', () => {
  it('spells an empty editor as nothing', () => {
    expect(htmlOf(editor('<p></p>', true))).toBe('');
  });

  it('drops the empty paragraphs the editor keeps after a closing list', () => {
    expect(htmlOf(editor('<ul><li><p>One</p></li></ul><p></p>'))).toBe('<ul><li><p>One</p></li></ul>');
    expect(htmlOf(editor('<ol><li><p>One</p></li></ol><p></p><p></p>'))).toBe('<ol><li><p>One</p></li></ol>');
  });

  it('keeps everything the delegate wrote, empty paragraphs between points included', () => {
    expect(htmlOf(editor('<p>One</p><p></p><p><strong>Two</strong></p>'))).toBe('<p>One</p><p></p><p><strong>Two</strong></p>');
  });
});
