// What the delegate does to annotations, as calls to the core with their outcome said in a
// notice: highlight a selection, edit, delete (with Undo), restore, re-attach an orphan.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Annotation, HighlightColor } from '../../../api/types';
import { pageAt } from '../../../pdf/pdf-text';
import { useAction } from '../../api/hooks';
import { notify } from '../../sync/notify';
import { usePaperAnnotations } from './paper-annotations';
import { MAX_QUOTE_LENGTH, type QuoteSelection } from './quote-selectors';

export interface AnnotationFields {
  color: HighlightColor;
  note?: string;
  tags?: string[];
}

const UNDO_MS = 10_000;
export const UNDO_SHORTCUT = 'mod+Z';
const UNDO_KEYS = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

function failed(title: string, error: unknown) {
  notify({ title, message: error instanceof Error ? error.message : String(error), failed: true });
}

function tooLong(selection: QuoteSelection): boolean {
  if (selection.exact.length <= MAX_QUOTE_LENGTH) return false;
  notify({
    title: 'That selection is too long',
    message: `A highlight holds up to ${MAX_QUOTE_LENGTH.toLocaleString('en-GB')} characters; select a shorter passage.`,
    failed: true,
  });
  return true;
}

export function useAnnotationActions() {
  const { document, pdf, setLastColor, select, setUndoable } = usePaperAnnotations();
  // In a PDF, a selection also says which file it was made on and its page.
  const fileOf = (selection: QuoteSelection) =>
    pdf ? { file: { url: pdf.url, sha256: pdf.sha256, page: pageAt(pdf.pageStarts, selection.start) } } : {};
  const create = useAction('annotations.create');
  const update = useAction('annotations.update');
  const remove = useAction('annotations.delete');
  const restore = useAction('annotations.restore');
  const reattach = useAction('annotations.reattach');

  const restoreDeleted = async (id: string) => {
    notifications.hide(undoNoticeId(id));
    setUndoable(null);
    try {
      await restore.mutateAsync({ id });
      notify({ title: 'Highlight restored', message: 'It is back in the paper and the panel.' });
      select(id);
    } catch (error) {
      failed('The highlight could not be restored', error);
    }
  };

  return {
    pending: create.isPending || update.isPending || remove.isPending || reattach.isPending,

    /** Saves a selection as a highlight on the revision in view. Null when it did not work. */
    async highlight(selection: QuoteSelection, fields: AnnotationFields): Promise<Annotation | null> {
      if (tooLong(selection)) return null;
      setLastColor(fields.color);
      try {
        const { start, end, exact, prefix, suffix } = selection;
        return await create.mutateAsync({ documentId: document.id, revision: document.revision, start, end, exact, prefix, suffix, ...fileOf(selection), ...fields });
      } catch (error) {
        failed('The highlight could not be saved', error);
        return null;
      }
    },

    async edit(annotation: Annotation, fields: Partial<AnnotationFields>): Promise<boolean> {
      try {
        await update.mutateAsync({ id: annotation.id, ...fields });
        if (fields.color) setLastColor(fields.color);
        return true;
      } catch (error) {
        failed('The annotation could not be saved', error);
        return false;
      }
    },

    /** Deletes, and offers to undo for a while (the record is kept as a tombstone meanwhile). */
    async delete(annotation: Annotation): Promise<boolean> {
      try {
        await remove.mutateAsync({ id: annotation.id });
      } catch (error) {
        failed('The annotation could not be deleted', error);
        return false;
      }
      setUndoable(annotation);
      notifications.show({
        id: undoNoticeId(annotation.id),
        // Undo is offered as long as the notice shows.
        onClose: () => setUndoable(null),
        title: 'Highlight deleted',
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" c="var(--mantine-color-text)" lineClamp={2}>
              “{annotation.exact}” (or press {UNDO_KEYS})
            </Text>
            <Button size="compact-sm" variant="light" onClick={() => void restoreDeleted(annotation.id)}>
              Undo
            </Button>
          </Group>
        ),
        autoClose: UNDO_MS,
        closeButtonProps: { 'aria-label': 'Close this notice' },
      });
      return true;
    },

    restore: restoreDeleted,

    /** Moves an annotation to a new selection in this revision; note and tags stay. */
    async reattach(annotation: Annotation, selection: QuoteSelection): Promise<boolean> {
      if (tooLong(selection)) return false;
      try {
        const { start, end, exact, prefix, suffix } = selection;
        await reattach.mutateAsync({ id: annotation.id, revision: document.revision, start, end, exact, prefix, suffix, ...fileOf(selection) });
        notify({ title: 'Re-attached', message: 'The annotation is on the passage you selected.' });
        return true;
      } catch (error) {
        failed('The annotation could not be re-attached', error);
        return false;
      }
    },
  };
}

function undoNoticeId(id: string): string {
  return `annotation-deleted-${id}`;
}
