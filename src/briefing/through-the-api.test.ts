// The briefing calls the UI makes (the preview and the export), through the same dispatch the
// window and the browser host use: options as the contract shapes them, errors as sentences.
import { afterEach, beforeEach, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Desk } from '../desk/desk';
import { createHandlers } from '../api/handlers';
import { dispatch, type Handlers } from '../api/dispatch';
import type { BriefingExport, BriefingPreview } from '../api/types';
import { GREEK, MEETING_ID, seedBriefingMeeting } from '../../tests/support/briefing-meeting';

let desk: Desk;
let handlers: Handlers;

beforeEach(async () => {
  desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
  handlers = createHandlers(desk);
  await seedBriefingMeeting(desk.db, 2);
});
afterEach(() => desk.close());

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.value as T;
}

it('previews the note as the HTML the export writes, with the options applied', async () => {
  const { html } = await value<BriefingPreview>('briefing.preview', { meetingId: MEETING_ID, options: { items: ['ai-2'], marking: 'RESTRICTED' } });
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain(GREEK);
  expect(html).not.toContain('Hostile');
  expect(html).toContain('RESTRICTED');
});

it('exports a Word file as base64 under a safe suggested name', async () => {
  const file = await value<BriefingExport>('briefing.export', { meetingId: MEETING_ID, format: 'docx', options: { sections: ['position'] } });
  expect(file.fileName).toBe('briefing-mtg-2027-02-plenary-2027-02-10.docx');
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  expect(await zip.file('word/document.xml')!.async('string')).toContain(GREEK);
});

it('answers an unknown meeting or a bad option with a sentence, not an exception', async () => {
  expect(await dispatch(handlers, 'briefing.export', { meetingId: 'mtg-nope', format: 'md' })).toEqual({
    ok: false,
    error: expect.stringMatching(/no meeting with id "mtg-nope"/),
  });
  const bad = await dispatch(handlers, 'briefing.export', { meetingId: MEETING_ID, format: 'odt' });
  expect(bad.ok).toBe(false);
  const section = await dispatch(handlers, 'briefing.preview', { meetingId: MEETING_ID, options: { sections: ['gossip'] } });
  expect(section.ok).toBe(false);
});
