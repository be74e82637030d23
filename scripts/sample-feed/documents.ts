// The sample feed's papers: one per publication of the NIS Cooperation Group listed in
// /work/shared/domain/nis-cooperation-group.md, with title, reference and date exactly as listed
// there. Where the list says "unknown" the field is left out rather than guessed; a date known
// only to the month is given as the first day of that month. The summaries and texts are our own
// plain descriptions of what each paper is about, not quotations, and every link goes to the
// Group's official page: we do not guess the addresses of individual documents.
import type { FeedItem } from '../../src/feed/format';

export const GROUP_PAGE = 'https://digital-strategy.ec.europa.eu/en/policies/nis-cooperation-group';

interface SampleDocument {
  id: string;
  title: string;
  type: 'guideline' | 'reference_document' | 'report' | 'toolbox';
  reference?: string;
  datePublished?: string;
  summary: string;
  paragraphs: string[];
  tags: string[];
}

const DOCUMENTS: SampleDocument[] = [
  {
    id: 'cg-2018-02-oes-security-measures',
    title: 'Reference document on security measures for Operators of Essential Services',
    type: 'reference_document',
    // reference unknown; date known to the month only (2018-02)
    datePublished: '2018-02-01T00:00:00Z',
    summary:
      'A common reference for the security measures that operators of essential services are expected to take under the NIS Directive.',
    paragraphs: [
      'This reference document deals with the security measures that operators of essential services take to protect the network and information systems their services depend on.',
      'It gives national authorities a shared starting point when they set or review the security requirements that apply in their country, so that operators active in several Member States meet comparable expectations.',
      'Like the Group\'s other outputs, it is not binding: each Member State decides how to use it in its own implementation of the Directive.',
    ],
    tags: ['nis-directive', 'operators-of-essential-services', 'security-measures'],
  },
  {
    id: 'cg-2018-02-oes-incident-notification',
    title:
      'Reference document on incident notification for Operators of Essential Services: circumstances of notification',
    type: 'reference_document',
    reference: 'CG Publication 02/2018',
    // date known to the month only (2018-02)
    datePublished: '2018-02-01T00:00:00Z',
    summary:
      'A common reference on when an incident at an operator of essential services should be notified to the national authorities.',
    paragraphs: [
      'This reference document looks at the circumstances in which operators of essential services notify incidents under the NIS Directive.',
      'It helps national authorities explain to operators which incidents call for a notification, so that the same kind of event is treated in a similar way across Member States.',
      'The formats and procedures of notification are the subject of separate guidelines of the Group.',
    ],
    tags: ['nis-directive', 'operators-of-essential-services', 'incident-notification'],
  },
  {
    id: 'cg-2018-07-election-technology',
    title: 'Compendium on Cyber Security of Election Technology',
    type: 'reference_document',
    reference: 'CG Publication 03/2018',
    // date known to the month only (2018-07)
    datePublished: '2018-07-01T00:00:00Z',
    summary:
      'A compendium on the cybersecurity of the technology used in elections, for the authorities that organise and protect them.',
    paragraphs: [
      'This compendium is about the cybersecurity of election technology: the systems and tools that support the organisation of elections.',
      'It gathers practical considerations for the national authorities involved in elections and in cybersecurity, to help them identify risks and choose protective measures.',
      'It is a reference for Member States to draw on, not a set of binding rules.',
    ],
    tags: ['elections', 'election-technology'],
  },
  {
    id: 'cg-2018-07-incident-taxonomy',
    title: 'Cybersecurity Incident Taxonomy',
    type: 'reference_document',
    reference: 'CG Publication 04/2018',
    // date known to the month only (2018-07)
    datePublished: '2018-07-01T00:00:00Z',
    summary: 'A shared way of classifying cybersecurity incidents, so that authorities describe them in the same terms.',
    paragraphs: [
      'This document proposes a taxonomy of cybersecurity incidents: a common set of terms and categories for describing them.',
      'A shared vocabulary makes it easier for national authorities to compare incidents and to exchange information about them, in particular when an incident affects more than one Member State.',
    ],
    tags: ['incidents', 'taxonomy', 'information-sharing'],
  },
  {
    id: 'cg-2018-07-oes-notification-formats',
    title: 'Guidelines on notification of Operators of Essential Services incidents: formats and procedures',
    type: 'guideline',
    reference: 'CG Publication 05/2018',
    // date known to the month only (2018-07)
    datePublished: '2018-07-01T00:00:00Z',
    summary:
      'Guidelines on how operators of essential services notify incidents: the formats and the procedures of notification.',
    paragraphs: [
      'These guidelines deal with the practical side of incident notification by operators of essential services under the NIS Directive: the formats used and the procedures followed.',
      'They aim to make notifications more consistent from one Member State to another, which helps national authorities handle them and share what they learn.',
      'When an incident is to be notified is the subject of a separate reference document of the Group.',
    ],
    tags: ['nis-directive', 'operators-of-essential-services', 'incident-notification'],
  },
  {
    id: 'cg-cross-border-dependencies',
    title: 'Guidelines on cross-border dependencies',
    type: 'guideline',
    // reference and date unknown: both left out
    summary: 'Guidelines on dependencies between essential services across the borders of Member States.',
    paragraphs: [
      'These guidelines address cross-border dependencies: situations where an essential service in one Member State relies on services or systems in another.',
      'They help national authorities take such dependencies into account, so that a disruption in one country and its effects in another are not overlooked.',
    ],
    tags: ['nis-directive', 'cross-border', 'dependencies'],
  },
  {
    id: 'cg-energy-sector-implementation',
    title: 'Sectoral implementation of the NIS Directive in the energy sector',
    type: 'report',
    // reference unknown; date given only as "2019 or later": left out
    summary: 'A look at how the NIS Directive is implemented in the energy sector.',
    paragraphs: [
      'This paper looks at the implementation of the NIS Directive in one sector: energy.',
      'It considers how the Directive\'s requirements apply to energy operators and what national authorities may take into account when they implement them in this sector.',
    ],
    tags: ['nis-directive', 'energy', 'sectoral-implementation'],
  },
  {
    id: 'cg-2019-10-5g-risk-assessment',
    title: 'EU coordinated risk assessment of the cybersecurity of 5G networks',
    type: 'report',
    // reference unknown
    datePublished: '2019-10-09T00:00:00Z',
    summary: 'A coordinated assessment, at EU level, of the cybersecurity risks to 5G networks.',
    paragraphs: [
      'This report sets out a coordinated, EU-level assessment of the cybersecurity risks that affect 5G networks.',
      'It describes the main threats and vulnerabilities to consider, and gives Member States a shared view of the risks on which common measures can be built.',
      'It is the starting point of the Group\'s later work on 5G, including the EU Toolbox of risk mitigating measures.',
    ],
    tags: ['5g', 'risk-assessment', 'telecommunications'],
  },
  {
    id: 'cg-2020-01-5g-toolbox',
    title: 'Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures',
    type: 'toolbox',
    reference: 'CG Publication 01/2020',
    datePublished: '2020-01-29T00:00:00Z',
    summary: 'A toolbox of measures that Member States can take to mitigate the cybersecurity risks to 5G networks.',
    paragraphs: [
      'This toolbox follows the coordinated risk assessment of 5G networks and turns it into measures that can reduce the risks identified.',
      'It brings together strategic and technical measures, with the actions that support them, for Member States to apply in a coordinated way.',
      'The Group has since reported on how far Member States have gone in implementing it.',
    ],
    tags: ['5g', 'toolbox', 'risk-mitigation', 'telecommunications'],
  },
  {
    id: 'cg-2020-07-5g-toolbox-progress',
    title: "Report on Member States' progress in implementing the EU Toolbox on 5G Cybersecurity",
    type: 'report',
    // reference unknown
    datePublished: '2020-07-24T00:00:00Z',
    summary: "A report on Member States' progress in implementing the EU Toolbox on 5G cybersecurity.",
    paragraphs: [
      'This report takes stock of how Member States have been implementing the measures of the EU Toolbox on 5G cybersecurity.',
      'It gives an overview of where implementation stood at the time of writing.',
    ],
    tags: ['5g', 'toolbox', 'progress-report', 'telecommunications'],
  },
  {
    id: 'cg-2023-06-5g-toolbox-second-progress',
    title: "Second report on Member States' progress in implementing the EU Toolbox on 5G Cybersecurity",
    type: 'report',
    // reference unknown
    datePublished: '2023-06-15T00:00:00Z',
    summary: "The second report on Member States' progress in implementing the EU Toolbox on 5G cybersecurity.",
    paragraphs: [
      'This is the second report in which the Group reviews how Member States implement the EU Toolbox on 5G cybersecurity.',
      'It follows up on the first progress report with a newer picture of implementation.',
    ],
    tags: ['5g', 'toolbox', 'progress-report', 'telecommunications'],
  },
  {
    id: 'cg-2024-02-communications-infrastructures',
    title: 'Report on the cybersecurity and resiliency of the EU communications infrastructures and networks',
    type: 'report',
    // reference unknown; date known to the month only (2024-02)
    datePublished: '2024-02-01T00:00:00Z',
    summary: 'A report on the cybersecurity and resilience of the communications infrastructures and networks of the EU.',
    paragraphs: [
      'This report looks at the cybersecurity and resiliency of communications infrastructures and networks in the European Union.',
      'It considers the risks these infrastructures face and the ways to make them more secure and more resilient.',
    ],
    tags: ['telecommunications', 'resilience', 'risk-assessment'],
  },
  {
    id: 'cg-2024-07-telecom-electricity-risks',
    title: 'EU cybersecurity risk evaluation and scenarios for the telecommunications and electricity sectors',
    type: 'report',
    // reference unknown
    datePublished: '2024-07-24T00:00:00Z',
    summary: 'An EU-level evaluation of cybersecurity risks, with scenarios, for the telecommunications and electricity sectors.',
    paragraphs: [
      'This report evaluates cybersecurity risks in two sectors, telecommunications and electricity, at the level of the Union.',
      'It uses scenarios to describe how risks could materialise, to help Member States and the EU prepare their response.',
    ],
    tags: ['risk-assessment', 'telecommunications', 'electricity', 'scenarios'],
  },
  {
    id: 'cg-2025-06-post-quantum-roadmap',
    title: 'A coordinated implementation roadmap for the transition to post-quantum cryptography',
    type: 'reference_document',
    // reference unknown
    datePublished: '2025-06-23T00:00:00Z',
    summary: 'A roadmap for Member States to move, in a coordinated way, to post-quantum cryptography.',
    paragraphs: [
      'This roadmap is about the transition to post-quantum cryptography: cryptography meant to stay secure against attacks using quantum computers.',
      'It proposes a coordinated path for Member States to plan and carry out that transition, so that they move in step rather than each on its own.',
    ],
    tags: ['cryptography', 'post-quantum', 'roadmap'],
  },
];

export const sampleDocuments: FeedItem[] = DOCUMENTS.map((doc) => ({
  id: doc.id,
  url: GROUP_PAGE,
  title: doc.title,
  summary: doc.summary,
  content_html: doc.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  ...(doc.datePublished ? { date_published: doc.datePublished } : {}),
  tags: doc.tags,
  language: 'en',
  _delegation: {
    type: doc.type,
    ...(doc.reference ? { reference: doc.reference } : {}),
    revision: 1,
    status: 'published',
  },
}));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
