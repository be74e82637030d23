// The paper's text with the delegate's highlights drawn in it, and the toolbar that turns a
// selection into a highlight.
//
// The text is put into its element here, not by React: highlights cut the page's text nodes
// into <mark>s, and React must not own nodes that change under it. Each time the highlights
// change, the cleaned text is put back and drawn again (a paper is a few pages; this takes a
// millisecond or two), so no half-drawn state can be left behind.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useHotkeys } from '@mantine/hooks';
import type { DocumentDetail, HighlightColor } from '../../../api/types';
import { notify } from '../../sync/notify';
import { cleanDocumentHtml } from '../safe-html';
import { markSelected, paintHighlights, type PaintedHighlight } from './paint-highlights';
import { paragraphsOf } from './paper-paragraphs';
import { usePaperAnnotations, type PaperSelection } from './paper-annotations';
import { PaperTextMap } from './paper-text-map';
import { readSelectionOffsets, restoreSelection } from './selection-offsets';
import { HIGHLIGHT_SHORTCUT, SelectionToolbar, type ToolbarMode } from './selection-toolbar';
import { useAnnotationActions, type AnnotationFields } from './use-annotation-actions';
import { usePaperSelection } from './use-paper-selection';
import './annotations.css';

/** Puts the paper's text into `root`: its cleaned HTML, or its plain-text lines as paragraphs. */
function fillPaper(root: HTMLElement, contentText: string, cleanHtml: string | null): void {
  if (cleanHtml !== null) {
    root.innerHTML = cleanHtml;
    return;
  }
  root.replaceChildren(
    ...paragraphsOf(contentText).map((line) => {
      const p = root.ownerDocument.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

export function AnnotatedPaper({ document: d }: { document: DocumentDetail }) {
  const ctx = usePaperAnnotations();
  const actions = useAnnotationActions();
  const box = useRef<HTMLDivElement | null>(null);
  const map = useRef<PaperTextMap<Node> | null>(null);
  const [noteDraft, setNoteDraft] = useState<PaperSelection | null>(null);
  const cleanHtml = useMemo(() => (d.contentHtml ? cleanDocumentHtml(d.contentHtml) : null), [d.contentHtml]);
  const { paperRef, pending, lists, selectedId, selection, reattaching, lastColor } = ctx;

  // What is drawn: every placed annotation, and the selection a note is being written for.
  const painted = useMemo<PaintedHighlight[]>(() => {
    const placed: PaintedHighlight[] = lists.placed.map((a) => ({
      id: a.id,
      start: a.anchor.start!,
      end: a.anchor.end!,
      createdAt: a.createdAt,
      color: a.color,
      note: a.note,
    }));
    if (pending) {
      const { start, end } = pending.selection;
      placed.push({ id: 'pending', start, end, createdAt: '', color: pending.color, note: '', pending: true });
    }
    return placed;
  }, [lists.placed, pending]);

  const { contentText } = d;
  useLayoutEffect(() => {
    const root = paperRef.current;
    if (!root) return;
    const kept = map.current ? readSelectionOffsets(root, map.current) : null;
    fillPaper(root, contentText, cleanHtml);
    paintHighlights(PaperTextMap.read<Node>(root, contentText), painted);
    // Drawing cut text nodes into new ones: selections are read against the text as drawn.
    map.current = PaperTextMap.read<Node>(root, contentText);
    // A highlight saved or a list refreshed while the delegate is selecting leaves the selection be.
    if (kept) restoreSelection(map.current, kept.start, kept.end);
  }, [paperRef, contentText, cleanHtml, painted]);

  useLayoutEffect(() => {
    if (paperRef.current) markSelected(paperRef.current, selectedId);
  }, [paperRef, selectedId, painted]);

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

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-annotation-id]');
    // A click that ends a drag is a selection, and a link inside a highlight still opens.
    if (!mark || (event.target as HTMLElement).closest('a[href]') || !window.getSelection()?.isCollapsed) return;
    select(mark.dataset.annotationId!);
  };

  return (
    <div ref={box} className="dd-paper-box">
      <div
        ref={paperRef}
        className="dd-document-text dd-paper"
        // Focus returns here from the toolbar; it is not a stop on the Tab path.
        tabIndex={-1}
        onClick={onClick}
        aria-label="The paper's text"
        role="region"
      />
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
      />
    </div>
  );
}
