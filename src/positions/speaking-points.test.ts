import { describe, expect, it } from 'vitest';
import { cleanFeedHtml } from '../feed/clean-html';
import { speakingPointsAsLines, speakingPointsFromLines } from './speaking-points';

describe('speaking points from plain lines (the CLI)', () => {
  it('make one bullet per non-empty line, dropping typed bullets and escaping markup', () => {
    expect(speakingPointsFromLines('- Welcome the scope\n\n* Ask for <b>18 months</b> & no more\n  • Thank ENISA  ')).toBe(
      '<ul><li>Welcome the scope</li><li>Ask for &lt;b&gt;18 months&lt;/b&gt; &amp; no more</li><li>Thank ENISA</li></ul>',
    );
  });

  it('make nothing of blank text', () => {
    expect(speakingPointsFromLines(' \n\n ')).toBe('');
  });

  it('survive the cleaning unchanged', () => {
    const html = speakingPointsFromLines('one\ntwo & three');
    expect(cleanFeedHtml(html).html).toBe(html);
  });
});

describe('speaking points as lines (the CLI)', () => {
  it('read the editor\'s lists (items holding paragraphs) as bullets, nested ones indented', () => {
    const html =
      '<p>Opening:</p><ul><li><p>Welcome the <strong>scope</strong></p><ul><li><p>energy</p></li><li><p>health</p></li></ul></li>' +
      '<li><p>Ask for 18&nbsp;months</p></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol>';
    expect(speakingPointsAsLines(html)).toEqual([
      'Opening:',
      '- Welcome the scope',
      '  - energy',
      '  - health',
      '- Ask for 18 months',
      '3. Third',
      '4. Fourth',
    ]);
  });

  it('read nothing from an empty position', () => {
    expect(speakingPointsAsLines('')).toEqual([]);
  });

  it('give back the lines they were made from', () => {
    expect(speakingPointsAsLines(speakingPointsFromLines('a < b\nc & d'))).toEqual(['- a < b', '- c & d']);
  });
});
