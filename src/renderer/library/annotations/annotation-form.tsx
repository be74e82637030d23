// The colour, note and tags of an annotation: for a new highlight (in the selection toolbar) and
// for editing one (in the panel). Ctrl/Cmd+Enter saves from the note, Escape cancels.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import type { HighlightColor } from '../../../api/types';
import { useKeptWriting } from '../../shell/kept-writing';
import { useUnsavedWork } from '../../shell/unsaved-work';
import { ColorRadios } from './color-choice';
import type { AnnotationFields } from './use-annotation-actions';

export function AnnotationForm({
  initial,
  suggestedTags,
  saveLabel,
  pending,
  onSave,
  onCancel,
  onColorChange,
  tagsInPortal = true,
  keptAs,
}: {
  initial: { color: HighlightColor; note: string; tags: string[] };
  suggestedTags: string[];
  saveLabel: string;
  pending: boolean;
  onSave: (fields: Required<AnnotationFields>) => void;
  onCancel: () => void;
  /** Follows the colour as it is picked (the pending highlight in the paper shows it). */
  onColorChange?: (color: HighlightColor) => void;
  /** False inside a popover: a tag list drawn outside it would count as a click outside. */
  tagsInPortal?: boolean;
  /** Where the note is written, for keeping it against a crash (src/recovery/kept-place.ts). */
  keptAs: string;
}) {
  const [color, setColor] = useState(initial.color);
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags);
  const noteField = useRef<HTMLTextAreaElement | null>(null);
  const unsaved = note.trim() !== initial.note.trim();
  useUnsavedWork(unsaved);
  useKeptWriting(keptAs, note, unsaved, { dropOnUnmount: true });
  // The form opens for its note: the keyboard starts there.
  useEffect(() => {
    noteField.current?.focus();
  }, []);
  const save = () => onSave({ color, note: note.trim(), tags });
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // The form's own: it must not also close what holds it (the toolbar, the panel's card).
      event.stopPropagation();
      // An open tag list closes first, keeping what was typed.
      if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
      onCancel();
    }
  };
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={keys}
    >
      <ColorRadios
        value={color}
        onChange={(c) => {
          setColor(c);
          onColorChange?.(c);
        }}
      />
      <Textarea
        label="Note"
        placeholder="Why this passage matters, what to ask…"
        autosize
        minRows={2}
        maxRows={8}
        maxLength={100_000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        ref={noteField}
        data-autofocus
      />
      <TagsInput
        label="Tags"
        placeholder="Type a tag, then Enter"
        data={suggestedTags}
        value={tags}
        onChange={(value) => setTags(value.map((t) => t.trim().slice(0, 60)).filter(Boolean))}
        maxTags={50}
        clearable
        acceptValueOnBlur
        comboboxProps={{ withinPortal: tagsInPortal }}
      />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="xs" loading={pending}>
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}
