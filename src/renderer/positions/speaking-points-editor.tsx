// The speaking points: rich text, as much as a delegate needs to speak from (bold, italic,
// bullet and numbered lists, links) and no more. The HTML it starts from is cleaned with the
// page's allow-list first: speaking points may come from a colleague's pack.
import { Input, Text } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useMemo } from 'react';
import '@mantine/tiptap/styles.css';
import { cleanDocumentHtml } from '../library/safe-html';
import { htmlOf } from './speaking-points-html';

export function SpeakingPointsEditor({
  initialHtml,
  onChange,
  onReady,
}: {
  initialHtml: string;
  onChange: (html: string) => void;
  /** The starting HTML as the editor writes it back, so loading it does not count as a change. */
  onReady: (html: string) => void;
}) {
  const labelId = useId();
  const hintId = useId();
  const content = useMemo(() => cleanDocumentHtml(initialHtml), [initialHtml]);
  const editor = useEditor({
    // StarterKit brings its own Link; Mantine's adds the Ctrl+K link editor, so it replaces it.
    extensions: [StarterKit.configure({ link: false, heading: false, codeBlock: false, code: false, horizontalRule: false }), Link],
    content,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
      },
    },
    onCreate: ({ editor: e }) => onReady(htmlOf(e)),
    onUpdate: ({ editor: e }) => onChange(htmlOf(e)),
  });

  return (
    <div>
      <Input.Label labelElement="div" id={labelId} onClick={() => editor?.commands.focus()}>
        Speaking points
      </Input.Label>
      <Text id={hintId} size="xs" c="dimmed" mb={6}>
        What you will say, point by point. Ctrl+B bold, Ctrl+I italic, Ctrl+K link; start a line with "- " or "1. " for a
        list.
      </Text>
      <RichTextEditor editor={editor}>
        <RichTextEditor.Toolbar aria-label="Speaking points formatting">
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={140} />
      </RichTextEditor>
    </div>
  );
}
