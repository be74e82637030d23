// The fixed set of searches every engine is timed on: what a delegate types, as typed. Common and
// rare words, two-word searches, half-typed prefixes, accented words with and without their
// accents, acronyms and names.
export const QUERIES: readonly string[] = [
  // single words, common to rare
  'security', 'network', 'incident', 'energy', '5G', 'CSIRTs', 'cooperation', 'resilience', 'ransomware', 'satellites',
  // two words
  'incident notification', 'supply chain', 'risk assessment', 'energy sector', 'crisis management',
  'submarine cables', 'post-quantum cryptography', 'trust services', 'national authorities', 'smart grids',
  // prefixes, as while typing
  'secu', 'notif', 'resil', 'crypto', 'vulnera', 'ranso', 'teleco', 'interc', 'sate', 'cyber',
  // accented and unaccented
  'réseau', 'reseau', 'sécurité', 'securite', 'Übersicht', 'ubersicht', 'coopération opérationnelle', 'Müller', 'Muller', 'København',
  // acronyms, names, rare words
  'CERT', 'CERT-EU', 'ENISA', 'EU-CyCLONe', 'Kerckhoffs', 'Log4Shell', 'Stuxnet', 'xz utils', 'Sørensen', 'CVE-2021',
];
