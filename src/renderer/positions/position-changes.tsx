// What changed in a position, field by field: short fields as "before → after", texts with the
// removed words struck through and the added ones marked. Colour is never the only cue: removed
// and added runs are <del> and <ins>, which screen readers announce, with a line through or under.
import { Box, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { DiffPart, FieldChange } from './position-diff';

const PART_STYLE = {
  added: {
    background: 'light-dark(var(--mantine-color-green-1), rgba(47, 158, 68, 0.28))',
    textDecoration: 'underline',
    textDecorationColor: 'var(--mantine-color-green-7)',
  },
  removed: {
    background: 'light-dark(var(--mantine-color-red-1), rgba(224, 49, 49, 0.28))',
    textDecoration: 'line-through',
    textDecorationColor: 'var(--mantine-color-red-7)',
  },
} as const;

function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <Box key={i} component={part.kind === 'added' ? 'ins' : 'del'} style={{ ...PART_STYLE[part.kind], borderRadius: 2 }}>
            {part.text}
          </Box>
        ),
      )}
    </Text>
  );
}

function Empty() {
  return (
    <Text span c="dimmed" fs="italic">
      empty
    </Text>
  );
}

export function PositionChanges({ changes, emptyText }: { changes: FieldChange[]; emptyText: string }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {changes.map((change) => (
        <div key={change.field}>
          <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {change.label}
          </Text>
          {change.parts ? (
            <DiffText parts={change.parts} />
          ) : (
            <Text size="sm">
              {change.before ? <del style={PART_STYLE.removed}>{change.before}</del> : <Empty />}
              <span aria-hidden> → </span>
              <VisuallyHidden> changed to </VisuallyHidden>
              {change.after ? <ins style={PART_STYLE.added}>{change.after}</ins> : <Empty />}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}
