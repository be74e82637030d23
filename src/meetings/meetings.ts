// Reading meetings and their agendas.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { AgendaItem, MeetingDetail, MeetingSummary, ReadMark } from '../api/types';
import { readMarkSql } from '../library/read-state';
import { meetingPreparation } from './preparation';

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
  return {
    ...row,
    archived: Boolean(row.archived),
    agenda: listAgenda(db, { meetingId: id, includeArchived: true }),
    preparation: meetingPreparation(db, id),
  };
}

export function listAgenda(db: Store, options: { meetingId?: string; includeArchived?: boolean } = {}): AgendaItem[] {
  if (options.meetingId && !db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(options.meetingId)) {
    throw new DeskError('not_found', `there is no meeting with id "${options.meetingId}"`);
  }
  // The meeting's condition is left out, not made a no-op, when no meeting is asked for: with
  // `:meeting IS NULL OR ...` SQLite cannot use the index by meeting and reads every agenda item
  // (30,000 items: a meeting's page took 78 ms instead of 1).
  const where = `${options.meetingId ? 'i.meeting_id = :meeting' : '1'} AND (:archived OR i.archived_at IS NULL)`;
  const params = { meeting: options.meetingId ?? null, archived: options.includeArchived ? 1 : 0 };
  // A deleted position reads as none, like an item never prepared.
  const items = db
    .prepare(
      `SELECT i.id, i.meeting_id AS meetingId, i.number, i.title, i.purpose, i.description, i.lead,
              i.archived_at IS NOT NULL AS archived,
              coalesce((SELECT p.status FROM positions p WHERE p.agenda_item_id = i.id AND p.deleted_at IS NULL), 'none') AS positionStatus
       FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
       WHERE ${where}
       ORDER BY m.starts_at, m.id, i.ord, i.number`,
    )
    .all(params) as (Omit<AgendaItem, 'documents' | 'archived'> & { archived: number })[];
  // Every item's papers in one query (a whole agenda list may hold thousands of items). A paper
  // not yet published has no read mark.
  const links = db
    .prepare(
      `SELECT l.agenda_item_id AS itemId, l.document_id AS id, d.title, d.id IS NOT NULL AS available,
              CASE WHEN d.id IS NOT NULL THEN ${readMarkSql('rs', 'd')} END AS readMark
       FROM agenda_items i JOIN agenda_item_documents l ON l.agenda_item_id = i.id
       LEFT JOIN documents d ON d.id = l.document_id LEFT JOIN read_state rs ON rs.document_id = d.id
       WHERE ${where}
       ORDER BY l.agenda_item_id, l.position`,
    )
    .all(params) as { itemId: string; id: string; title: string | null; available: number; readMark: ReadMark | null }[];
  const papersOf = new Map<string, AgendaItem['documents']>();
  for (const { itemId, available, ...paper } of links) {
    const papers = papersOf.get(itemId) ?? [];
    papers.push({ ...paper, available: Boolean(available) });
    papersOf.set(itemId, papers);
  }
  return items.map((i) => ({ ...i, archived: Boolean(i.archived), documents: papersOf.get(i.id) ?? [] }));
}
