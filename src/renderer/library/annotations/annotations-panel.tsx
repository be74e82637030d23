// The side panel of a paper: the delegate's annotations on it in reading order, filtered by
// colour and tag, the orphaned ones apart, and the re-attach step when one is under way.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconHighlight, IconLink } from '@tabler/icons-react';
import { ErrorState, Loading } from '../../shell/states';
import { AnnotationCard, focusInAnnotationCard } from './annotation-card';
import { activeFilters, filterAnnotations, filterChoices, isFiltering, NO_FILTERS, type AnnotationFilters } from './annotation-order';
import { ColorToggles } from './color-choice';
import { ExportAnnotationsButton } from './export-annotations-button';
import { HighlightsElsewhere } from './highlights-elsewhere';
import { OrphanedAnnotations } from './orphaned-annotations';
import { usePaperAnnotations } from './paper-annotations';
import { shortQuote } from './quote-selectors';
import { SHORTCUT_KEYS } from './selection-toolbar';
import { UNDO_SHORTCUT, useAnnotationActions } from './use-annotation-actions';
import './annotations.css';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function AnnotationsPanel() {
  const { document: paper, lists, loading, error, retry, undoable } = usePaperAnnotations();
  const actions = useAnnotationActions();
  // Outside text fields (where Ctrl+Z undoes typing), the last delete can be undone from the keyboard.
  useHotkeys([[UNDO_SHORTCUT, () => undoable && void actions.restore(undoable.id)]]);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const [filters, setFilters] = useState<AnnotationFilters>(NO_FILTERS);
  const { placed, orphaned } = lists;
  const { colors, tags } = filterChoices(placed);
  const active = activeFilters(filters, { colors, tags });
  const shown = filterAnnotations(placed, active);

  // Once a card is deleted, the keyboard goes to the card that took its place, or the heading.
  const focusAfterDelete = (section: 'placed' | 'orphaned', index: number) => {
    requestAnimationFrame(() => {
      const cards = listRef.current?.querySelectorAll<HTMLElement>(`[data-section="${section}"] .dd-annotation-main`);
      const next = cards?.[Math.min(index, cards.length - 1)];
      (next ?? heading.current)?.focus();
    });
  };

  const counts = placed.length + orphaned.length === 0 ? [] : [plural(placed.length, 'highlight', 'highlights')];
  if (orphaned.length > 0) counts.push(`${orphaned.length} orphaned`);

  return (
    <Card withBorder radius="md" padding="md" className="dd-annotations-panel">
      <Stack gap={2}>
        <Title order={2} size="h5" id="annotations-title" ref={heading} tabIndex={-1} className="dd-panel-title">
          <IconHighlight size={18} stroke={1.6} aria-hidden className="dd-panel-icon" />
          Annotations
        </Title>
        {counts.length > 0 && (
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed" aria-live="polite">
              {counts.join(' · ')}
            </Text>
            <ExportAnnotationsButton documentId={paper.id} />
          </Group>
        )}
      </Stack>

      {loading ? (
        <Loading label="Reading your annotations…" />
      ) : error ? (
        <Stack mt="sm">
          <ErrorState error={error} onRetry={retry} />
        </Stack>
      ) : (
        <Stack gap="sm" mt="sm" ref={listRef}>
          <ReattachStep />
          {placed.length === 0 && orphaned.length === 0 && <EmptyPanel />}
          {placed.length > 1 && (colors.length > 1 || tags.length > 0) && (
            <Stack gap={6}>
              {colors.length > 1 && (
                <Group gap="xs">
                  <Text size="xs" c="dimmed" aria-hidden>
                    Show
                  </Text>
                  <ColorToggles value={active.colors} available={colors} onChange={(c) => setFilters({ ...active, colors: c })} />
                </Group>
              )}
              {tags.length > 0 && (
                <MultiSelect
                  size="xs"
                  aria-label="Show only these tags"
                  placeholder={active.tags.length ? undefined : 'Filter by tag'}
                  data={tags}
                  value={active.tags}
                  onChange={(t) => setFilters({ ...active, tags: t })}
                  clearable
                  searchable
                />
              )}
              {isFiltering(active) && (
                <Group justify="space-between" gap="xs">
                  <Text size="xs" c="dimmed">
                    Showing {shown.length} of {placed.length}
                  </Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
                    Show all
                  </Button>
                </Group>
              )}
            </Stack>
          )}
          {placed.length > 0 && (
            <ul className="dd-annotation-list" data-section="placed" aria-label="Highlights in reading order">
              {shown.map((a, i) => (
                <AnnotationCard key={a.id} annotation={a} onDeleted={() => focusAfterDelete('placed', i)} />
              ))}
            </ul>
          )}
          <div data-section="orphaned">
            <OrphanedAnnotations annotations={orphaned} onDeleted={(i) => focusAfterDelete('orphaned', i)} />
          </div>
          <HighlightsElsewhere />
        </Stack>
      )}
    </Card>
  );
}

function EmptyPanel() {
  return (
    <Stack gap={6}>
      <Text size="sm">Select text in the paper to highlight it.</Text>
      <Text size="sm" c="dimmed">
        Pick a colour in the toolbar that opens, or add a note and tags first. Your highlights are listed here in reading order, and
        stay on their text when the paper is revised.
      </Text>
      <Text size="xs" c="dimmed">
        Keyboard: select with the keys, then {SHORTCUT_KEYS.join('+')} highlights in the last colour.
      </Text>
    </Stack>
  );
}

/** While an orphan is being re-attached: what to do, and the buttons to finish or give up. */
function ReattachStep() {
  const { reattaching, setReattaching, selection, setSelection, setFocusRequest } = usePaperAnnotations();
  const actions = useAnnotationActions();
  const box = useRef<HTMLDivElement | null>(null);
  const id = reattaching?.id;
  // The instruction takes the focus, so a screen reader says what to do next.
  useEffect(() => {
    if (id) box.current?.focus();
  }, [id]);
  if (!reattaching) return null;
  const finish = async () => {
    if (!selection) return;
    if (!(await actions.reattach(reattaching, selection))) return;
    setReattaching(null);
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    setFocusRequest(reattaching.id);
  };
  const cancel = () => {
    setReattaching(null);
    focusInAnnotationCard(reattaching.id, '.dd-annotation-footer');
  };
  return (
    <Alert ref={box} tabIndex={-1} color="indigo" variant="light" title="Re-attach an annotation" className="dd-reattach-step">
      <Stack gap="xs">
        <Text size="sm">
          Select the new passage for “<Text span fs="italic">{shortQuote(reattaching.exact, 80)}</Text>” in the paper.
        </Text>
        <Text size="sm" c="dimmed" aria-live="polite">
          {selection ? `Selected: “${shortQuote(selection.exact)}”` : 'Nothing selected yet.'}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconLink size={14} aria-hidden />}
            disabled={!selection}
            loading={actions.pending}
            onClick={() => void finish()}
            aria-label="Re-attach to the selection"
          >
            Re-attach
          </Button>
          <Button size="xs" variant="default" onClick={cancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
