// The delegate's notes on a meeting, on its page: who to see in the margins, what to follow up.
import { Stack, Title } from '@mantine/core';
import { NotesPanel } from './notes-panel';

export function MeetingNotes({ meetingId }: { meetingId: string }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="meeting-notes-heading" maw={760}>
      <Title order={3} id="meeting-notes-heading">
        Your notes
      </Title>
      <NotesPanel
        subjectType="meeting"
        subjectId={meetingId}
        emptyText="Nothing noted on this meeting yet: who to talk to in the margins, what to report back to the capital."
      />
    </Stack>
  );
}
