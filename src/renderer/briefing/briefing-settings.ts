// The choices behind a briefing note (items, sections, private notes, marking), as the dialog
// holds them, as the core's options, and as remembered per meeting in this browser profile, so
// the next note of the same meeting starts from the last export's settings.
import { BRIEFING_SECTIONS, type BriefingOptions, type BriefingSection } from '../../briefing/model';

export interface BriefingSettings {
  /** Agenda item ids, in agenda order. */
  items: string[];
  /** Sections chosen with a checkbox; private notes follow the switch instead. */
  sections: BriefingSection[];
  includePrivateNotes: boolean;
  /** '' for none. */
  marking: string;
}

/** The sections offered as checkboxes: private notes have their own switch, off by default. */
export const CHOSEN_SECTIONS = BRIEFING_SECTIONS.filter((s) => s !== 'notes');

const KEY_PREFIX = 'delegate-desk.briefing.';

/** Every current item and every section, no private notes, no marking. */
export function defaultSettings(agenda: { id: string; archived: boolean }[]): BriefingSettings {
  return { items: agenda.filter((i) => !i.archived).map((i) => i.id), sections: [...CHOSEN_SECTIONS], includePrivateNotes: false, marking: '' };
}

export function toBriefingOptions(settings: BriefingSettings): BriefingOptions {
  const marking = settings.marking.trim();
  return {
    items: settings.items,
    // The core prints private notes only when both the section and the flag are asked for.
    sections: settings.includePrivateNotes ? [...settings.sections, 'notes'] : settings.sections,
    includePrivateNotes: settings.includePrivateNotes,
    marking: marking === '' ? null : marking,
  };
}

export function rememberSettings(storage: Storage, meetingId: string, settings: BriefingSettings): void {
  try {
    storage.setItem(KEY_PREFIX + meetingId, JSON.stringify(settings));
  } catch {
    // A full or disabled storage only costs the convenience of remembering; the export went through.
  }
}

/**
 * The settings of the last export of this meeting, checked field by field against today's agenda:
 * an item gone from the agenda is dropped, anything unreadable falls back to the default.
 */
export function recallSettings(storage: Storage, meetingId: string, agenda: { id: string; archived: boolean }[]): BriefingSettings {
  const fallback = defaultSettings(agenda);
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(KEY_PREFIX + meetingId) ?? 'null');
  } catch {
    return fallback;
  }
  if (typeof saved !== 'object' || saved === null) return fallback;
  const s = saved as Record<string, unknown>;
  const onAgenda = new Set(agenda.map((i) => i.id));
  const items = Array.isArray(s.items) ? agenda.map((i) => i.id).filter((id) => (s.items as unknown[]).includes(id) && onAgenda.has(id)) : fallback.items;
  const sections = Array.isArray(s.sections) ? CHOSEN_SECTIONS.filter((c) => (s.sections as unknown[]).includes(c)) : fallback.sections;
  return {
    items,
    sections,
    includePrivateNotes: s.includePrivateNotes === true,
    marking: typeof s.marking === 'string' ? s.marking.slice(0, 200) : '',
  };
}
