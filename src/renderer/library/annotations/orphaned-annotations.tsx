// Annotations whose passage could not be found in this revision of the paper. A sync never
// deletes them: they wait here with their quote and note until the delegate re-attaches them to
// a new selection (or deletes them).
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import type { Annotation } from '../../../api/types';
import { AnnotationCard } from './annotation-card';
import { usePaperAnnotations } from './paper-annotations';
import { shortQuote } from './quote-selectors';
import { revisionLabel } from './revision-label';

export function OrphanedAnnotations({ annotations, onDeleted }: { annotations: Annotation[]; onDeleted: (index: number) => void }) {
  const { document, reattaching, setReattaching, setSelection } = usePaperAnnotations();
  if (annotations.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="orphaned-annotations-title">
      <Title order={3} size="h6" id="orphaned-annotations-title" className="dd-panel-subtitle">
        <IconLinkOff size={16} aria-hidden /> Orphaned ({annotations.length})
      </Title>
      <Text size="xs" c="dimmed">
        Their passage is not in this revision. Re-attach one, then select its new passage in the paper; its note and tags stay.
      </Text>
      <ul className="dd-annotation-list">
        {annotations.map((a, i) => (
          <AnnotationCard
            key={a.id}
            annotation={a}
            onDeleted={() => onDeleted(i)}
            extra={
              <Text size="xs" c="dimmed">
                Made on {revisionLabel(document, a.revision)}
              </Text>
            }
            footer={
              <Button
                className="dd-annotation-footer"
                size="compact-xs"
                variant={reattaching?.id === a.id ? 'filled' : 'light'}
                leftSection={<IconLink size={14} aria-hidden />}
                aria-label={`Re-attach “${shortQuote(a.exact)}”`}
                aria-pressed={reattaching?.id === a.id}
                onClick={() => {
                  setSelection(null);
                  setReattaching(reattaching?.id === a.id ? null : a);
                }}
              >
                Re-attach
              </Button>
            }
          />
        ))}
      </ul>
    </Stack>
  );
}
