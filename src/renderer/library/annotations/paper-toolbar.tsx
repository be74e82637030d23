// What turns a selection in a paper into a highlight, shared by the HTML paper and the PDF reader:
// the toolbar under the selection (a colour, a note first, or re-attach here), the highlight
// shortcut, Escape to close, and a click on a highlight to select it. The paper itself (how its
// text is drawn and mapped) is the caller's: it hands over its box and its TextLocator.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useHotkeys } from '@mantine/hooks';
import type { HighlightColor } from '../../../api/types';
import { notify } from '../../sync/notify';
import { usePaperAnnotations, type PaperSelection } from './paper-annotations';
import type { TextLocator } from './paper-text-map';
import { HIGHLIGHT_SHORTCUT, SelectionToolbar, type ToolbarMode } from './selection-toolbar';
import { useAnnotationActions, type AnnotationFields } from './use-annotation-actions';
import { usePaperSelection } from './use-paper-selection';

export function PaperToolbar({
  box,
  map,
}: {
  /** The positioned box the toolbar hangs in (it holds the paper). */
  box: RefObject<HTMLElement | null>;
  /** The paper's text as drawn now. */
  map: RefObject<TextLocator | null>;
}) {
  const ctx = usePaperAnnotations();
  const actions = useAnnotationActions();
  const [noteDraft, setNoteDraft] = useState<PaperSelection | null>(null);
  const { paperRef, selection, reattaching, lastColor } = ctx;

  const noteOpen = useRef(false);
  noteOpen.current = noteDraft !== null;
  const paused = useCallback(
    () => noteOpen.current || Boolean(document.activeElement?.closest('[data-selection-toolbar]')),
    [],
  );
  const readSelection = usePaperSelection({ paper: paperRef, box, map, paused, onSelect: ctx.setSelection });

  const { setSelection, setPending, select, setEditRequest, setReattaching, setFocusRequest } = ctx;
  const close = useCallback(
    (options: { clearSelection?: boolean } = {}) => {
      const hadFocus = document.activeElement?.closest('[data-selection-toolbar]');
      setSelection(null);
      setNoteDraft(null);
      setPending(null);
      if (options.clearSelection) window.getSelection()?.removeAllRanges();
      // The keyboard goes back to the paper, not to the top of the page.
      if (hadFocus) paperRef.current?.focus({ preventScroll: true });
    },
    [setSelection, setPending, paperRef],
  );

  const shown = noteDraft ?? selection;
  const mode: ToolbarMode = noteDraft
    ? { kind: 'note' }
    : reattaching
      ? { kind: 'reattach', annotation: reattaching }
      : { kind: 'actions' };

  const highlight = async (target: PaperSelection, fields: AnnotationFields, then: 'select' | 'edit') => {
    const created = await actions.highlight(target, fields);
    if (!created) return;
    close({ clearSelection: true });
    select(created.id);
    if (then === 'edit') setEditRequest(created.id);
  };

  const reattach = async (target: PaperSelection) => {
    if (!reattaching) return;
    const done = await actions.reattach(reattaching, target);
    if (!done) return;
    const id = reattaching.id;
    setReattaching(null);
    close({ clearSelection: true });
    setFocusRequest(id);
  };

  useHotkeys([
    [
      HIGHLIGHT_SHORTCUT,
      () => {
        const target = noteDraft ?? selection ?? readSelection();
        if (!target) {
          notify({ title: 'Nothing selected', message: 'Select text in the paper first, then press the shortcut again.', failed: true });
          return;
        }
        // From the keyboard, the note comes next: the new highlight opens in the panel for it.
        if (reattaching) void reattach(target);
        else void highlight(target, { color: lastColor }, 'edit');
      },
    ],
  ]);

  // Escape closes the toolbar wherever the focus is (Mantine's own only works inside it).
  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, close]);

  // A click on a highlight selects its annotation.
  useEffect(() => {
    const paper = paperRef.current;
    if (!paper) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const mark = target.closest<HTMLElement>('mark[data-annotation-id]');
      // A click that ends a drag is a selection, and a link inside a highlight still opens.
      if (!mark || target.closest('a[href]') || !window.getSelection()?.isCollapsed) return;
      select(mark.dataset.annotationId!);
    };
    paper.addEventListener('click', onClick);
    return () => paper.removeEventListener('click', onClick);
  }, [paperRef, select]);

  return (
    <SelectionToolbar
      at={shown?.at ?? null}
      mode={mode}
      lastColor={lastColor}
      suggestedTags={ctx.suggestedTags}
      pending={actions.pending}
      onHighlight={(color: HighlightColor) => shown && void highlight(shown, { color }, 'select')}
      onAddNote={() => {
        if (!shown) return;
        setNoteDraft(shown);
        setPending({ selection: shown, color: lastColor });
      }}
      onSaveNote={(fields) => noteDraft && void highlight(noteDraft, fields, 'select')}
      onColorChange={(color) => noteDraft && setPending({ selection: noteDraft, color })}
      onReattach={() => shown && void reattach(shown)}
      onClose={() => close()}
      documentId={ctx.document.id}
    />
  );
}
