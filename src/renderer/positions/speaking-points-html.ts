// Speaking points as the editor hands them over to be saved.

/**
 * What the editor holds, as saved: '' when empty, so "nothing" has one spelling, and without the
 * empty paragraphs the editor keeps after a closing list (so one can click below it and type),
 * which are no part of what the delegate wrote.
 */
export function htmlOf(editor: { isEmpty: boolean; getHTML: () => string }): string {
  return editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
}
