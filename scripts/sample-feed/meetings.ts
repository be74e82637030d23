// The sample feed's meetings: two invented, upcoming meetings that show how a delegate prepares
// (an agenda whose items link the papers to read, and one paper that is not published yet).
// They are sample data and say so: every title starts with "Sample: " and the first agenda item
// of each explains it. The one work stream is the one public sources name; nothing else about
// the Group's real calendar or organisation is implied.
import type { FeedAgendaItem, FeedMeeting, FeedWorkStream } from '../../src/feed/format';
import { SAMPLE_UPDATED_AT } from './updated-at';

/** Linked from an agenda item on purpose, and published nowhere: the app shows it as unavailable. */
export const UNPUBLISHED_DOCUMENT_ID = 'doc-not-yet-published';

const SAMPLE_NOTICE =
  'Sample data: this meeting and its agenda are invented to show how Delegate Desk presents a meeting. They are not an agenda of the NIS Cooperation Group.';

export const sampleWorkStreams: FeedWorkStream[] = [
  {
    id: 'ws-7',
    title: 'Work stream 7: large-scale cybersecurity incidents',
    lead: 'Bulgaria',
    description: 'The NIS Cooperation Group work stream on large-scale cybersecurity incidents, led by Bulgaria.',
  },
];

export const sampleMeetings: FeedMeeting[] = [
  {
    id: 'mtg-2027-02-plenary',
    title: 'Sample: NIS Cooperation Group plenary meeting',
    description: SAMPLE_NOTICE,
    kind: 'plenary',
    starts_at: '2027-02-17T09:30:00+01:00',
    ends_at: '2027-02-17T17:30:00+01:00',
    location: 'Brussels',
    format: 'hybrid',
    status: 'planned',
    chair: 'Council Presidency',
    updated_at: SAMPLE_UPDATED_AT,
  },
  {
    id: 'mtg-2027-03-ws7',
    title: 'Sample: Work stream 7 meeting on large-scale cybersecurity incidents',
    description: SAMPLE_NOTICE,
    kind: 'work_stream',
    starts_at: '2027-03-10T10:00:00+01:00',
    ends_at: '2027-03-10T16:00:00+01:00',
    location: 'Brussels',
    format: 'in_person',
    status: 'planned',
    work_stream: 'ws-7',
    chair: 'Work stream lead',
    updated_at: SAMPLE_UPDATED_AT,
  },
];

type AgendaEntry = Omit<FeedAgendaItem, 'id' | 'meeting_id' | 'order' | 'updated_at'>;

const PLENARY: AgendaEntry[] = [
  {
    number: '1',
    title: 'Adoption of the agenda',
    purpose: 'decision',
    description: SAMPLE_NOTICE,
  },
  {
    number: '2',
    title: 'Information from the Presidency, the Commission and ENISA',
    purpose: 'information',
    description: 'Short updates from the chair, the secretariat and ENISA.',
  },
  {
    number: '3',
    title: '5G cybersecurity: implementation of the EU Toolbox',
    purpose: 'discussion',
    description: 'Exchange of views on the implementation of the Toolbox, with the risk assessment and the progress reports as background.',
    document_ids: [
      'cg-2020-01-5g-toolbox',
      'cg-2019-10-5g-risk-assessment',
      'cg-2020-07-5g-toolbox-progress',
      'cg-2023-06-5g-toolbox-second-progress',
    ],
  },
  {
    number: '4.a',
    title: 'Risks to the telecommunications and electricity sectors',
    purpose: 'discussion',
    description: 'Exchange of views on the risk evaluation and scenarios, read together with the report on communications infrastructures.',
    document_ids: ['cg-2024-07-telecom-electricity-risks', 'cg-2024-02-communications-infrastructures'],
  },
  {
    number: '4.b',
    title: 'Transition to post-quantum cryptography',
    purpose: 'discussion',
    description:
      'Discussion of the roadmap. The second paper is linked on purpose but not published in the sample feed, to show how an unavailable paper appears.',
    document_ids: ['cg-2025-06-post-quantum-roadmap', UNPUBLISHED_DOCUMENT_ID],
  },
  {
    number: '5',
    title: 'Any other business',
    purpose: 'information',
  },
];

const WORK_STREAM_7: AgendaEntry[] = [
  {
    number: '1',
    title: 'Welcome and adoption of the agenda',
    purpose: 'decision',
    description: SAMPLE_NOTICE,
  },
  {
    number: '2',
    title: 'A shared vocabulary for incidents',
    purpose: 'discussion',
    description: 'How the incident taxonomy serves the description of large-scale incidents.',
    document_ids: ['cg-2018-07-incident-taxonomy'],
  },
  {
    number: '3',
    title: 'Incident notification: circumstances, formats and procedures',
    purpose: 'discussion',
    description: 'Lessons from national practice, with the two notification papers as background.',
    document_ids: ['cg-2018-02-oes-incident-notification', 'cg-2018-07-oes-notification-formats'],
  },
  {
    number: '4',
    title: 'Cross-border dependencies',
    purpose: 'information',
    document_ids: ['cg-cross-border-dependencies'],
  },
  {
    number: '5',
    title: 'Next steps',
    purpose: 'information',
  },
];

export const sampleAgendaItems: FeedAgendaItem[] = [
  ...agenda('mtg-2027-02-plenary', 'ai-2027-02-plenary', PLENARY),
  ...agenda('mtg-2027-03-ws7', 'ai-2027-03-ws7', WORK_STREAM_7),
];

/** Ids follow the printed numbers ("4.a" gives "…-4a"), so they stay stable when items move. */
function agenda(meetingId: string, idPrefix: string, entries: AgendaEntry[]): FeedAgendaItem[] {
  return entries.map((entry, index) => ({
    id: `${idPrefix}-${entry.number.replace(/\./g, '')}`,
    meeting_id: meetingId,
    number: entry.number,
    order: index + 1,
    title: entry.title,
    purpose: entry.purpose,
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.document_ids ? { document_ids: entry.document_ids } : {}),
    updated_at: SAMPLE_UPDATED_AT,
  }));
}
