import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../store/open';
import { CONTACT_NAME, CONTACT_ORGANISATION, CONTACT_PHONE, NOW, storeForExports } from './export-fixtures';
import { exportContacts } from './vcard';

let db: Store;
beforeAll(async () => {
  db = await storeForExports();
});
afterAll(() => closeStore(db));

/** Parsed with ical.js, as an address book would read it: one component per card, by UID. */
function cards(content: string) {
  const parsed = ICAL.parse(content);
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return new Map(
    list.map((jcard) => {
      const card = new ICAL.Component(jcard as never);
      return [card.getFirstPropertyValue('uid') as string, card];
    }),
  );
}

describe('contacts as vCard 4.0', () => {
  it('writes every contact with its name, organisation, e-mail, phone, web page, country and roles', () => {
    const file = exportContacts(db, {}, NOW);
    expect(file).toMatchObject({ fileName: 'delegate-desk-contacts-2026-12-01.vcf', mimeType: 'text/vcard' });
    const all = cards(file.content);
    expect([...all.keys()].sort()).toEqual(['c-bg@delegate-desk', 'c-delegate@delegate-desk', 'c-fr@delegate-desk']);

    const fr = all.get('c-fr@delegate-desk')!;
    expect(fr.getFirstPropertyValue('version')).toBe('4.0');
    expect(fr.getFirstPropertyValue('fn')).toBe('ANSSI');
    expect(fr.getFirstPropertyValue('email')).toBe('spoc@example.fr');
    expect(fr.getFirstPropertyValue('tel')).toBe(CONTACT_PHONE);
    expect(fr.getFirstProperty('adr')!.getParameter('cc')).toBe('FR');
    expect(fr.getFirstPropertyValue('adr')).toEqual(['', '', '', '', '', '', 'France']);
    expect(fr.getFirstPropertyValue('note')).toBe('Roles: Single point of contact, National authority');
    expect(fr.getFirstPropertyValue('kind')).toBe('org');
  });

  it('keeps Greek and Bulgarian text with its commas and semicolons, in ORG too', () => {
    const bg = cards(exportContacts(db, {}, NOW).content).get('c-bg@delegate-desk')!;
    expect(bg.getFirstPropertyValue('fn')).toBe(CONTACT_NAME);
    // ORG is structured: read back as one component, the semicolon kept as text.
    expect(bg.getFirstPropertyValue('org')).toBe(CONTACT_ORGANISATION);
    expect(bg.getFirstPropertyValue('url')).toBe('https://www.govcert.bg/');
    expect(bg.getFirstPropertyValue('adr')).toEqual(['', '', '', '', '', '', 'Bulgaria']);
  });

  it('marks organisations as KIND:org and a delegate as a person', () => {
    const all = cards(exportContacts(db, {}, NOW).content);
    expect(all.get('c-bg@delegate-desk')!.getFirstPropertyValue('kind')).toBe('org');
    expect(all.get('c-delegate@delegate-desk')!.getFirstPropertyValue('kind')).toBe('individual');
    expect(all.get('c-delegate@delegate-desk')!.getFirstPropertyValue('fn')).toBe('Мария Иванова');
  });

  it('writes only a country\'s or a role\'s contacts when asked, and names the file after the filter', () => {
    const bg = exportContacts(db, { country: 'bg' }, NOW);
    expect(bg.fileName).toBe('delegate-desk-contacts-BG-2026-12-01.vcf');
    expect([...cards(bg.content).keys()].sort()).toEqual(['c-bg@delegate-desk', 'c-delegate@delegate-desk']);
    expect([...cards(exportContacts(db, { role: 'spoc' }, NOW).content).keys()]).toEqual(['c-fr@delegate-desk']);
    expect([...cards(exportContacts(db, { country: 'BG', role: 'delegate' }, NOW).content).keys()]).toEqual(['c-delegate@delegate-desk']);
  });

  it('writes exactly the contacts the directory shows when given their ids', () => {
    const file = exportContacts(db, { ids: ['c-fr', 'c-delegate', 'c-unknown'] }, NOW);
    expect([...cards(file.content).keys()].sort()).toEqual(['c-delegate@delegate-desk', 'c-fr@delegate-desk']);
  });

  it('writes an empty file, not an error, when no contact matches', () => {
    expect(exportContacts(db, { country: 'MT' }, NOW).content).toBe('');
  });

  it('folds long lines at 75 octets and ends each with CRLF', () => {
    const { content } = exportContacts(db, {}, NOW);
    for (const line of content.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(content.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
