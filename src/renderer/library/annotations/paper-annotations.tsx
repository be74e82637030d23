// What the paper and the side panel share on a document page: the paper's annotations, which one
// is selected, the selection the delegate made in the text, the highlight being written, and the
// orphan being re-attached. The paper draws from it, the panel lists from it.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import type { Annotation, DocumentDetail, HighlightColor } from '../../../api/types';
import { useCall } from '../../api/hooks';
import { annotationsOn, highlightsElsewhere, panelLists, tagSuggestions, type HighlightsElsewhere, type PanelLists } from './annotation-order';
import { DEFAULT_HIGHLIGHT_COLOR } from './highlight-colors';
import type { QuoteSelection } from './quote-selectors';

/**
 * A stored PDF attachment shown in the reader: its annotations' selectors count in its whole text
 * (src/pdf/pdf-text.ts), and each knows its page.
 */
export interface PdfPaper {
  url: string;
  sha256: string;
  text: string;
  pageStarts: number[];
}

/** A selection in the paper: what it says, and where on screen it ends (for the toolbar). */
export interface PaperSelection extends QuoteSelection {
  /** Relative to the paper's box: the toolbar opens below this point. */
  at: { x: number; y: number };
}

export interface PaperAnnotations {
  document: DocumentDetail;
  /** The PDF in view, or null on the paper's own page. */
  pdf: PdfPaper | null;
  annotations: Annotation[];
  lists: PanelLists;
  /** The paper's highlights in its other places (its own text, its other PDFs). */
  elsewhere: HighlightsElsewhere[];
  loading: boolean;
  error: Error | null;
  retry: () => void;
  /** Tags to offer: those already used on the desk, then the paper's. */
  suggestedTags: string[];

  selectedId: string | null;
  /** Selects an annotation; `reveal` also scrolls the paper to its highlight and flashes it. */
  select: (id: string | null, options?: { reveal?: boolean }) => void;
  /** The element that holds the paper's text (the highlights live in it). */
  paperRef: RefObject<HTMLDivElement | null>;

  /** The delegate's current selection in the paper. */
  selection: PaperSelection | null;
  setSelection: (selection: PaperSelection | null) => void;
  /** A selection drawn as a pending highlight while its note is written or it is re-attached. */
  pending: { selection: QuoteSelection; color: HighlightColor } | null;
  setPending: (pending: { selection: QuoteSelection; color: HighlightColor } | null) => void;

  /** The colour the last highlight got: the shortcut and the form start from it. */
  lastColor: HighlightColor;
  setLastColor: (color: HighlightColor) => void;

  /** The orphan waiting for the delegate to select its new passage. */
  reattaching: Annotation | null;
  setReattaching: (annotation: Annotation | null) => void;

  /** The annotation deleted last, while its Undo is still offered (Ctrl/Cmd+Z restores it). */
  undoable: Annotation | null;
  setUndoable: (annotation: Annotation | null) => void;

  /** An annotation whose card takes the keyboard once it is listed as placed (after a re-attach). */
  focusRequest: string | null;
  setFocusRequest: (id: string | null) => void;

  /** An annotation whose editor opens with the keyboard in its note (after a shortcut highlight). */
  editRequest: string | null;
  setEditRequest: (id: string | null) => void;
}

const Context = createContext<PaperAnnotations | null>(null);

export function usePaperAnnotations(): PaperAnnotations {
  const value = useContext(Context);
  if (!value) throw new Error('usePaperAnnotations is used outside a PaperAnnotationsProvider');
  return value;
}

const FLASH_MS = 1600;

export function PaperAnnotationsProvider({
  document,
  pdf = null,
  reveal = revealHighlight,
  children,
}: {
  document: DocumentDetail;
  pdf?: PdfPaper | null;
  /** Brings an annotation's highlight into view (the PDF reader first renders its page). */
  reveal?: (paper: HTMLElement | null, id: string) => void;
  children: ReactNode;
}) {
  const query = useCall('annotations.list', { documentId: document.id });
  // Every annotation on the desk, for its tags: a delegate reuses the same few across papers.
  const everywhere = useCall('annotations.list', {});
  const paperRef = useRef<HTMLDivElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<PaperSelection | null>(null);
  const [pending, setPending] = useState<PaperAnnotations['pending']>(null);
  const [reattaching, setReattaching] = useState<Annotation | null>(null);
  const [editRequest, setEditRequest] = useState<string | null>(null);
  const [undoable, setUndoable] = useState<Annotation | null>(null);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [lastColor, setLastColor] = useLocalStorage<HighlightColor>({
    key: 'delegate-desk:highlight-color',
    defaultValue: DEFAULT_HIGHLIGHT_COLOR,
    getInitialValueInEffect: false,
  });

  const select = useCallback((id: string | null, options: { reveal?: boolean } = {}) => {
    setSelectedId(id);
    if (id && options.reveal) reveal(paperRef.current, id);
  }, [reveal]);

  const pdfUrl = pdf?.url ?? null;
  const annotations = useMemo(() => annotationsOn(query.data ?? [], pdfUrl), [query.data, pdfUrl]);
  const elsewhere = useMemo(() => highlightsElsewhere(query.data ?? [], pdfUrl), [query.data, pdfUrl]);
  const textLength = pdf ? pdf.text.length : document.contentText.length;
  const sha256 = pdf?.sha256 ?? null;
  const lists = useMemo(
    () => panelLists(annotations, document.revision, textLength, sha256),
    [annotations, document.revision, textLength, sha256],
  );
  const suggestedTags = useMemo(() => tagSuggestions(everywhere.data ?? annotations, document.tags), [everywhere.data, annotations, document.tags]);

  const value: PaperAnnotations = {
    document,
    pdf,
    annotations,
    lists,
    elsewhere,
    loading: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
    suggestedTags,
    selectedId,
    select,
    paperRef,
    selection,
    setSelection,
    pending,
    setPending,
    lastColor: lastColor ?? DEFAULT_HIGHLIGHT_COLOR,
    setLastColor,
    reattaching,
    setReattaching,
    undoable,
    setUndoable,
    focusRequest,
    setFocusRequest,
    editRequest,
    setEditRequest,
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Scrolls the paper to an annotation's first mark and flashes all of its marks. */
export function revealHighlight(paper: HTMLElement | null, id: string): void {
  if (!paper) return;
  const marks = [...paper.querySelectorAll<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`)];
  if (marks.length === 0) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  marks[0]!.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  for (const mark of marks) {
    mark.classList.remove('dd-mark-flash');
    // Read layout once so the animation starts again when the same highlight is revealed twice.
    void mark.offsetWidth;
    mark.classList.add('dd-mark-flash');
  }
  window.setTimeout(() => {
    for (const mark of marks) mark.classList.remove('dd-mark-flash');
  }, FLASH_MS);
}
