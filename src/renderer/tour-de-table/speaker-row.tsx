// One speaker in the grid: who, their stance, and a comment (saved when the field is left). A
// comment belongs to a statement, so it waits for a stance.
import { useEffect, useState } from 'react';
import { Badge, Group, Table, Text, TextInput } from '@mantine/core';
import type { EarlierStatement, Stance, StatementRecord } from '../../api/types';
import { useKeptWriting } from '../shell/kept-writing';
import { useUnsavedWork } from '../shell/unsaved-work';
import { places } from '../../recovery/kept-place';
import type { Speaker } from './speakers';
import { StancePicker } from './stance-picker';
import { stanceLabel } from './stances';
import { formatDate } from '../shell/format';

export function SpeakerRow({
  speaker,
  statement,
  lastTime,
  onStance,
  onComment,
}: {
  speaker: Speaker;
  statement: StatementRecord | undefined;
  /** What they said last time the same papers were discussed, at an earlier meeting. */
  lastTime?: EarlierStatement;
  onStance: (stance: Stance | null) => void;
  onComment: (comment: string) => void;
}) {
  const saved = statement?.comment ?? '';
  const [comment, setComment] = useState(saved);
  const [editing, setEditing] = useState(false);
  const unsaved = editing && comment.trim() !== saved;
  useUnsavedWork(unsaved);
  // A comment needs a statement (a stance first): that is what it is kept against a crash under.
  useKeptWriting(places.comment(statement?.id ?? ''), comment, unsaved && statement !== undefined, { dropOnUnmount: true });
  // A comment saved (or put back) elsewhere shows here, unless the delegate is typing in it.
  useEffect(() => {
    if (!editing) setComment(saved);
  }, [saved, editing]);

  const commit = () => {
    setEditing(false);
    if (statement && comment.trim() !== saved) onComment(comment.trim());
  };
  const own = speaker.group === 'own';

  return (
    <Table.Tr bg={own ? 'var(--mantine-primary-color-light)' : undefined} aria-current={own ? 'true' : undefined}>
      <Table.Th scope="row" fw={own ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          {speaker.group === 'member_state' || own ? (
            <Text span size="sm" ff="monospace" fw={700} w={24}>
              {speaker.id}
            </Text>
          ) : null}
          <Text span size="sm" fw="inherit">
            {speaker.name}
          </Text>
          {own && (
            <Badge size="xs" variant="filled" tt="none">
              Your delegation
            </Badge>
          )}
        </Group>
        {lastTime && (
          <Text
            size="xs"
            c="dimmed"
            fw={400}
            lineClamp={2}
            maw={300}
            style={{ whiteSpace: 'normal' }}
            // The whole of it on hover: which meeting and item, and the comment uncut.
            title={`${lastTime.meetingTitle}, item ${lastTime.number}${lastTime.comment ? `: “${lastTime.comment}”` : ''}`}
          >
            Last time, {formatDate(lastTime.meetingStartsAt)}: {stanceLabel(lastTime.stance)}
            {lastTime.comment ? ` · “${lastTime.comment}”` : ''}
          </Text>
        )}
      </Table.Th>
      <Table.Td>
        <StancePicker speakerId={speaker.id} speakerName={speaker.name} value={statement?.stance ?? null} onChange={onStance} />
      </Table.Td>
      <Table.Td miw={200}>
        <TextInput
          size="xs"
          aria-label={`Comment by ${speaker.name}`}
          placeholder={statement ? 'Comment' : 'Choose a stance first'}
          disabled={!statement}
          value={comment}
          maxLength={20_000}
          onFocus={() => setEditing(true)}
          onChange={(e) => setComment(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape' && comment !== saved) {
              // Escape first undoes the typing; a second Escape closes the drawer.
              e.stopPropagation();
              setComment(saved);
            }
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}
