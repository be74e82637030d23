import { describe, expect, it } from 'vitest';
import { defaultSettings, recallSettings, rememberSettings, toBriefingOptions } from './briefing-settings';

/** localStorage's interface over a Map: the tests run in Node, where there is none. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const AGENDA = [
  { id: 'a1', archived: false },
  { id: 'a2', archived: false },
  { id: 'a3', archived: true },
];

describe('briefing settings', () => {
  it('start with every current item and section, no private notes and no marking', () => {
    expect(defaultSettings(AGENDA)).toEqual({
      items: ['a1', 'a2'],
      sections: ['background', 'position', 'tourDeTable', 'annotations', 'contacts'],
      includePrivateNotes: false,
      marking: '',
    });
  });

  it('are remembered per meeting and restored in agenda order', () => {
    const storage = memoryStorage();
    rememberSettings(storage, 'm1', { items: ['a3', 'a1'], sections: ['position'], includePrivateNotes: true, marking: 'RESTREINT UE' });
    expect(recallSettings(storage, 'm1', AGENDA)).toEqual({ items: ['a1', 'a3'], sections: ['position'], includePrivateNotes: true, marking: 'RESTREINT UE' });
    expect(recallSettings(storage, 'm2', AGENDA)).toEqual(defaultSettings(AGENDA));
  });

  it('drop items no longer on the agenda and fall back on unreadable data', () => {
    const storage = memoryStorage();
    rememberSettings(storage, 'm1', { items: ['gone', 'a2'], sections: ['position'], includePrivateNotes: false, marking: '' });
    expect(recallSettings(storage, 'm1', AGENDA).items).toEqual(['a2']);
    storage.setItem('delegate-desk.briefing.m1', '{not json');
    expect(recallSettings(storage, 'm1', AGENDA)).toEqual(defaultSettings(AGENDA));
    storage.setItem('delegate-desk.briefing.m1', JSON.stringify({ sections: ['nonsense', 'contacts'], marking: 7 }));
    expect(recallSettings(storage, 'm1', AGENDA)).toEqual({ ...defaultSettings(AGENDA), sections: ['contacts'] });
  });

  it('become the core options: private notes ask for their section too, a blank marking is none', () => {
    const base = defaultSettings(AGENDA);
    expect(toBriefingOptions({ ...base, marking: '  ' })).toMatchObject({ marking: null, includePrivateNotes: false });
    expect(toBriefingOptions(base).sections).not.toContain('notes');
    expect(toBriefingOptions({ ...base, includePrivateNotes: true, marking: ' LIMITE ' })).toMatchObject({
      sections: [...base.sections, 'notes'],
      includePrivateNotes: true,
      marking: 'LIMITE',
    });
  });
});
