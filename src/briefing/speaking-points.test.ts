import { describe, expect, it } from 'vitest';
import { pointText, speakingPointsFromHtml } from './speaking-points';

describe('speaking points from the editor\'s HTML', () => {
  it('keeps paragraphs, bullet and numbered items in order, with the editor\'s <li><p> nesting', () => {
    const points = speakingPointsFromHtml('<p>Opening.</p><ul><li><p>First</p></li><li><p>Second</p></li></ul><ol><li>One</li><li>Two</li></ol><p>Closing.</p>');
    expect(points.map((p) => [p.kind, pointText(p)])).toEqual([
      ['paragraph', 'Opening.'],
      ['bullet', 'First'],
      ['bullet', 'Second'],
      ['numbered', 'One'],
      ['numbered', 'Two'],
      ['paragraph', 'Closing.'],
    ]);
  });

  it('carries bold, italic and web links as runs, and drops links that are not web or mail', () => {
    const [point] = speakingPointsFromHtml(
      '<p>We <strong>support</strong> the <em>revised</em> <a href="https://example.eu/x">text</a> and <a href="javascript:alert(1)">this</a>.</p>',
    );
    expect(point!.runs).toEqual([
      { text: 'We ' },
      { text: 'support', bold: true },
      { text: ' the ' },
      { text: 'revised', italic: true },
      { text: ' ' },
      { text: 'text', link: 'https://example.eu/x' },
      { text: ' and this.' },
    ]);
  });

  it('decodes entities to text (escaped markup stays text, never becomes tags) and folds white space', () => {
    const [point] = speakingPointsFromHtml('<p>  &lt;script&gt;x&lt;/script&gt;   &amp; "q"\n  Ελληνικά — български  </p>');
    expect(pointText(point!)).toBe('<script>x</script> & "q" Ελληνικά — български');
  });

  it('prints a nested list\'s items as their own kind and leaves no empty points', () => {
    const points = speakingPointsFromHtml('<ul><li>Outer<ol><li>Inner</li></ol></li><li></li></ul><p> </p>');
    expect(points.map((p) => [p.kind, pointText(p)])).toEqual([
      ['bullet', 'Outer'],
      ['numbered', 'Inner'],
    ]);
  });

  it('reads nothing from empty speaking points', () => {
    expect(speakingPointsFromHtml('')).toEqual([]);
  });
});
