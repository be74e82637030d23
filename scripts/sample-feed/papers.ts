// The sample feed's PDF papers: short papers in our own words about the subjects of three sample
// documents, one of them with a glossary in Greek and Bulgarian. The Group's official files cannot
// be fetched on our machines, and a sample must show what the desk does with a paper's PDF (kept
// offline, its words found by search, opened at the page). They are not the Group's documents and
// say so on their first page.
//
// Each section starts a page, so a search hit's page number points somewhere a reader can check.

export interface SamplePaperSection {
  heading: string;
  paragraphs: string[];
}

export interface SamplePaper {
  /** The sample document it is attached to. */
  documentId: string;
  /** File name under resources/sample-feed/papers/. */
  file: string;
  title: string;
  sections: SamplePaperSection[];
}

const NOTICE =
  'Sample paper written for Delegate Desk in its own words. It is not a publication of the NIS Cooperation Group and does not quote one.';

export const SAMPLE_PAPERS: SamplePaper[] = [
  {
    documentId: 'cg-2020-01-5g-toolbox',
    file: 'papers/5g-toolbox-explained.pdf',
    title: 'The 5G Toolbox explained: measures, actors and follow-up',
    sections: [
      {
        heading: '1. Why a toolbox',
        paragraphs: [
          NOTICE,
          'Fifth generation mobile networks carry more than calls and data: hospitals, factories, energy grids and transport systems come to depend on them. A weakness in such a network is therefore a weakness in many essential services at once.',
          'Member States first assessed the risks to their 5G networks together. The toolbox is the next step: it lists measures that reduce the risks found, so that each country can choose and apply them while keeping in step with the others.',
        ],
      },
      {
        heading: '2. Strategic and technical measures',
        paragraphs: [
          'The strategic measures concern who may supply and operate a network. They include assessing the risk profile of suppliers, restricting high-risk suppliers for the most sensitive parts of the network, and avoiding dependence on a single supplier through a multi-vendor strategy.',
          'The technical measures concern how a network is built and run: secure configuration, strict access control, protection of the network management and orchestration functions, and the continuity of service when something fails.',
          'Supporting actions help both kinds of measure work: certification of equipment, testing, exchanges of good practice between authorities, and the skills needed to supervise operators.',
        ],
      },
      {
        heading: '3. Following the implementation',
        paragraphs: [
          'A toolbox is only useful when it is applied. Member States report on their progress, and the Group reviews where each measure stands, which ones are still open and where countries differ.',
          'For a delegate, the questions to prepare are practical: which measures has the national authority already taken, which need a law or a regulation, and which depend on decisions by operators.',
          'Keywords for search in this sample: supplier diversification, high-risk supplier, network orchestration, multi-vendor strategy.',
        ],
      },
    ],
  },
  {
    documentId: 'cg-2018-07-incident-taxonomy',
    file: 'papers/incident-taxonomy-primer.pdf',
    title: 'A primer on the cybersecurity incident taxonomy',
    sections: [
      {
        heading: '1. One vocabulary for incidents',
        paragraphs: [
          NOTICE,
          'When an incident crosses borders, the authorities of several Member States need to describe it in the same terms. A taxonomy gives them a shared list of categories: what kind of incident it is, what caused it, and how severe its impact was.',
          'The root cause may be a system failure, a natural phenomenon, a human error or a malicious action. The impact is described by the services affected, how long they were disrupted and how many users were touched.',
          'Using the same categories makes situation reports comparable, so that a crisis can be understood at the European level as well as at home.',
        ],
      },
      {
        heading: '2. Glossary in Greek and Bulgarian',
        paragraphs: [
          'Terms of the taxonomy as a delegate may meet them in national papers:',
          'Περιστατικό κυβερνοασφάλειας: γεγονός που θέτει σε κίνδυνο τη διαθεσιμότητα, την ακεραιότητα ή την εμπιστευτικότητα των δικτύων και των πληροφοριακών συστημάτων.',
          'Βασική αιτία: η κακόβουλη ενέργεια, το ανθρώπινο σφάλμα, η αστοχία συστήματος ή το φυσικό φαινόμενο που προκάλεσε το περιστατικό.',
          'Инцидент в киберсигурността: събитие, което застрашава наличността, целостта или поверителността на мрежите и информационните системи.',
          'Първопричина: злонамерено действие, човешка грешка, системен срив или природно явление, довело до инцидента.',
        ],
      },
    ],
  },
  {
    documentId: 'cg-2025-06-post-quantum-roadmap',
    file: 'papers/post-quantum-transition-notes.pdf',
    title: 'Notes on a coordinated transition to post-quantum cryptography',
    sections: [
      {
        heading: '1. What changes with quantum computers',
        paragraphs: [
          NOTICE,
          'A large enough quantum computer would break the public-key algorithms that protect most communications today. Data recorded now could be decrypted later: an attacker may harvest encrypted traffic today and wait.',
          'Post-quantum cryptography uses algorithms believed to resist such attacks and that run on ordinary computers. Moving to them touches every system that signs or encrypts.',
        ],
      },
      {
        heading: '2. Steps of the transition',
        paragraphs: [
          'First, an inventory: which systems use which cryptography, and which of them protect information that must stay confidential for many years.',
          'Then priorities: high-risk uses move first, often with hybrid schemes that combine a classical and a post-quantum algorithm during the changeover.',
          'Crypto-agility, the ability to replace an algorithm without rebuilding a system, keeps later changes cheap. Member States gain from agreeing on timelines, so that operators active in several countries face one plan rather than many.',
        ],
      },
    ],
  },
];

/** A paper as lines per page, for makePdf: the title on the first page, one section per page. */
export function paperPages(paper: SamplePaper, width = 84): string[][] {
  return paper.sections.map((section, i) => [
    ...(i === 0 ? [...wrap(paper.title, width), ''] : []),
    section.heading,
    '',
    ...section.paragraphs.flatMap((p) => [...wrap(p, width), '']),
  ]);
}

/** Breaks a paragraph into lines of at most `width` characters, between words. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
