// How a paper's coded fields read in the library: language codes as names, types in a colour of
// their own (so a report and a guideline tell apart at a glance down a long list), file types as
// their usual short names.
import { humanize } from '../shell/format';
import { NO_DATE } from './filter-documents';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "en" → "English"; an odd code stays as it came. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function yearLabel(year: string): string {
  return year === NO_DATE ? 'No date' : year;
}

const TYPE_COLOURS: Record<string, string> = {
  guideline: 'teal',
  reference_document: 'indigo',
  report: 'grape',
  toolbox: 'orange',
  agenda: 'cyan',
  minutes: 'blue',
  working_document: 'yellow',
  news: 'pink',
};

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? 'gray';
}

export function typeLabel(type: string): string {
  return humanize(type);
}

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/zip': 'ZIP archive',
  'text/html': 'Web page',
  'text/plain': 'Text',
  'text/csv': 'CSV',
};

export function fileTypeLabel(mimeType: string): string {
  return FILE_TYPES[mimeType.toLowerCase()] ?? mimeType;
}

/** The last part of an address's path, for an attachment the feed gave no title. */
export function fileName(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}
