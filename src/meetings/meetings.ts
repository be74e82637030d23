// Reading meetings and their agendas.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { AgendaItem, MeetingDetail, MeetingSummary } from '../api/types';

const SUMMARY = `m.id, m.title, m.kind, m.starts_at AS startsAt, m.ends_at AS endsAt, m.location, m.format, m.status,
  m.archived_at IS NOT NULL AS archived,
  (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS agendaItems`;

export function listMeetings(db: Store, options: { includeArchived?: boolean } = {}): MeetingSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY} FROM meetings m WHERE (? OR m.archived_at IS NULL) ORDER BY m.starts_at, m.title`)
    .all(options.includeArchived ? 1 : 0) as (Omit<MeetingSummary, "archived"> & { archived: number })[];
  return rows.map((r) => ({ ...r, archived: Boolean(r.archived) }));
}

export function getMeeting(db: Store, id: string): MeetingDetail {
  const row = db
    .prepare(`SELECT ${SUMMARY}, m.description, m.chair, m.work_stream_id AS workStreamId FROM meetings m WHERE m.id = ?`)
    .get(id) as (Omit<MeetingDetail, "archived"> & { archived: number }) | undefined;
  if (!row) throw new DeskError('not_found', `there is no meeting with id "${id}"`);
  return { ...row, archived: Boolean(row.archived), agenda: listAgenda(db, { meetingId: id, includeArchived: true }) };
}

export function listAgenda(db: Store, options: { meetingId?: string; includeArchived?: boolean } = {}): AgendaItem[] {
  if (options.meetingId && !db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(options.meetingId)) {
    throw new DeskError('not_found', `there is no meeting with id "${options.meetingId}"`);
  }
  const items = db
    .prepare(
      `SELECT i.id, i.meeting_id AS meetingId, i.number, i.title, i.purpose, i.description, i.lead,
              i.archived_at IS NOT NULL AS archived
       FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
       WHERE (:meeting IS NULL OR i.meeting_id = :meeting) AND (:archived OR i.archived_at IS NULL)
       ORDER BY m.starts_at, m.id, i.ord, i.number`,
    )
    .all({ meeting: options.meetingId ?? null, archived: options.includeArchived ? 1 : 0 }) as (Omit<AgendaItem, 'documents' | 'archived'> & {
    archived: number;
  })[];
  const links = db.prepare(
    `SELECT l.document_id AS id, d.title, d.id IS NOT NULL AS available FROM agenda_item_documents l
     LEFT JOIN documents d ON d.id = l.document_id WHERE l.agenda_item_id = ? ORDER BY l.position`,
  );
  return items.map((i) => ({
    ...i,
    archived: Boolean(i.archived),
    documents: (links.all(i.id) as { id: string; title: string | null; available: number }[]).map((d) => ({
      ...d,
      available: Boolean(d.available),
    })),
  }));
}
