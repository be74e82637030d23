// "Keyboard shortcuts": every key the app answers to, in one list, opened with ? (outside a text
// field) or from the header. The keys come from where each is bound, so the list cannot say one
// thing while the app does another; the tour de table's keys are its grid's own (grid-keys.ts).
import { ActionIcon, Kbd, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconKeyboard } from '@tabler/icons-react';
import { keysOf } from './keys';
import { FIND_SHORTCUT } from './page-find';
import { SEARCH_SHORTCUT } from '../search/spotlight-search';
import { HIGHLIGHT_SHORTCUT } from '../library/annotations/selection-toolbar';
import { UNDO_SHORTCUT } from '../library/annotations/use-annotation-actions';
import { NOTE_SHORTCUT } from '../notes/note-shortcut';
import { SAVE_POSITION_SHORTCUT } from '../positions/position-editor';

/** Opens this list. */
const HELP_SHORTCUT = 'shift+?';

/** Each combination of keys that does it (either one, or with `range` the first to the last), and what it does. */
type Shortcut = { keys: string[][]; range?: true; what: string };

const GROUPS: [title: string, shortcuts: Shortcut[]][] = [
  [
    'Anywhere',
    [
      { keys: [keysOf(SEARCH_SHORTCUT)], what: 'Search everything' },
      { keys: [keysOf(FIND_SHORTCUT)], what: 'Find on this page (in the PDF reader: in the PDF)' },
      { keys: [['Tab']], what: 'First, skip to the page past the header and the navigation' },
      { keys: [['Esc']], what: 'Close the innermost question, menu or drawer' },
      { keys: [['?']], what: 'This list' },
    ],
  ],
  [
    'Papers',
    [
      { keys: [keysOf(HIGHLIGHT_SHORTCUT)], what: 'Highlight the selected text in the last colour' },
      { keys: [keysOf(UNDO_SHORTCUT)], what: 'Bring back the highlight just deleted' },
    ],
  ],
  [
    'Writing',
    [
      { keys: [keysOf(NOTE_SHORTCUT)], what: "Add the note, or save a note or a highlight's note being edited" },
      { keys: [keysOf(SAVE_POSITION_SHORTCUT)], what: 'Save the position' },
    ],
  ],
  [
    'Tour de table',
    [
      { keys: [['↑'], ['↓']], what: 'The speaker before or after' },
      { keys: [['←'], ['→']], what: 'The stance before or after' },
      { keys: [['1'], ['5']], range: true, what: 'Record that stance and go to the next speaker' },
      { keys: [['0'], ['Delete']], what: 'Clear the stance' },
    ],
  ],
];

function Keys({ keys, range }: Pick<Shortcut, 'keys' | 'range'>) {
  return (
    <Text component="span" size="sm" style={{ whiteSpace: 'nowrap' }}>
      {keys.map((combo, i) => (
        <span key={combo.join('+')}>
          {i > 0 && (range ? ' to ' : ' or ')}
          {combo.map((key, j) => (
            <span key={key}>
              {j > 0 && '+'}
              <Kbd size="sm">{key}</Kbd>
            </span>
          ))}
        </span>
      ))}
    </Text>
  );
}

export function KeyboardShortcuts() {
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([[HELP_SHORTCUT, open]]);
  return (
    <>
      <Tooltip label="Keyboard shortcuts (?)" withArrow>
        <ActionIcon variant="default" size="lg" aria-label="Keyboard shortcuts" onClick={open}>
          <IconKeyboard size={18} stroke={1.6} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title="Keyboard shortcuts" size="lg" centered closeButtonProps={{ 'aria-label': 'Close the shortcuts' }}>
        <Stack gap="md">
          {GROUPS.map(([title, shortcuts]) => (
            <Stack key={title} gap={4}>
              <Title order={3} size="h5">
                {title}
              </Title>
              <Table aria-label={`${title}: keyboard shortcuts`} verticalSpacing={4} withRowBorders={false}>
                <Table.Tbody>
                  {shortcuts.map(({ keys, range, what }) => (
                    <Table.Tr key={what}>
                      <Table.Td w={180}>
                        <Keys keys={keys} range={range} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{what}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
        </Stack>
      </Modal>
    </>
  );
}
