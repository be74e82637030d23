// A find bar: what to look for, how many matches and which one is shown, next and previous
// (Enter, Shift+Enter), Escape to close. The PDF reader's and the page's (page-find.tsx).
import { useEffect, useRef } from 'react';
import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconX } from '@tabler/icons-react';

export function FindBar({
  label,
  query,
  onQuery,
  count,
  current,
  onStep,
  onClose,
  focusKey,
}: {
  /** What is searched, e.g. "Find in the PDF": the field's and the bar's name. */
  label: string;
  query: string;
  onQuery: (query: string) => void;
  count: number;
  /** The index of the match shown, or -1. */
  current: number;
  onStep: (step: 1 | -1) => void;
  onClose: () => void;
  /** Changes each time Ctrl/Cmd+F is pressed: the field takes the keyboard again. */
  focusKey: number;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);
  const status = !query.trim() ? '' : count === 0 ? 'Not found' : `${current + 1} of ${count}`;
  return (
    <Group gap="xs" wrap="nowrap" className="dd-find" role="search" aria-label={label}>
      <TextInput
        ref={input}
        size="xs"
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        placeholder={label}
        aria-label={label}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
        style={{ flex: 1, maxWidth: 280 }}
      />
      <Text size="xs" c="dimmed" miw={70} aria-live="polite">
        {status}
      </Text>
      <ActionIcon variant="subtle" aria-label="Previous match" onClick={() => onStep(-1)} disabled={count === 0}>
        <IconChevronUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" aria-label="Next match" onClick={() => onStep(1)} disabled={count === 0}>
        <IconChevronDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" aria-label="Close find" onClick={onClose}>
        <IconX size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
