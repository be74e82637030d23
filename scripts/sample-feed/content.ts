// The sample feed as two pages, the way a real publisher might split one: the papers on the
// first page, which then continues (`next_url`) with the meetings, agendas, contacts and work
// streams. Two pages show, with real content, that a sync reads and applies them together.
import { SUPPORTED_SCHEMA, type FeedItem, type FeedPage } from '../../src/feed/format';
import { sampleContacts } from './contacts';
import { GROUP_PAGE, sampleDocuments } from './documents';
import { sampleAgendaItems, sampleMeetings, sampleWorkStreams } from './meetings';

export const SAMPLE_FEED_TITLE = 'NIS Cooperation Group — sample feed';
export const SAMPLE_PUBLISHER = 'Delegate Desk sample data';

const common = {
  version: 'https://jsonfeed.org/version/1.1',
  title: SAMPLE_FEED_TITLE,
  home_page_url: GROUP_PAGE,
  description:
    'Sample data for trying Delegate Desk: the published papers of the NIS Cooperation Group, described in our own words, ' +
    'with two invented upcoming meetings and organisation-level contacts. Not an official feed.',
  language: 'en',
} as const;

export interface SamplePage {
  /** File name in resources/sample-feed/. */
  file: string;
  page: FeedPage;
}

/** The pages, each paper carrying the attachments given for it (the sample PDFs, by document id). */
export function samplePages(attachments: ReadonlyMap<string, NonNullable<FeedItem['attachments']>> = new Map()): SamplePage[] {
  return [
    {
      file: 'feed.json',
      page: {
        ...common,
        next_url: 'feed-2.json',
        items: sampleDocuments.map((item) => {
          const files = attachments.get(String(item.id));
          return files ? { ...item, attachments: files } : item;
        }),
        _delegation: { schema: SUPPORTED_SCHEMA, publisher: SAMPLE_PUBLISHER },
      },
    },
    {
      file: 'feed-2.json',
      page: {
        ...common,
        items: [],
        _delegation: {
          schema: SUPPORTED_SCHEMA,
          publisher: SAMPLE_PUBLISHER,
          work_streams: sampleWorkStreams,
          meetings: sampleMeetings,
          agenda_items: sampleAgendaItems,
          contacts: sampleContacts,
        },
      },
    },
  ];
}
