// A list page's filter, kept for the rest of the session: a delegate who narrows a list, opens one
// of its rows and comes back finds the list as they left it. Session storage, not the store: a
// filter is a passing view, not something to keep on the device.
import { useSessionStorage } from '@mantine/hooks';

/**
 * The choice stored under `key`, or `defaults`. A choice saved by an older version may lack a
 * field, or be unreadable: the rest is filled in from `defaults`, and `mend` can fix a field's shape.
 */
export function useKeptChoice<T extends object>(key: string, defaults: T, mend: (read: T) => T = (read) => read) {
  return useSessionStorage<T>({
    key,
    defaultValue: defaults,
    // Read at once, not after mount: the list must not first render unfiltered and then jump.
    getInitialValueInEffect: false,
    deserialize: (saved) => {
      if (!saved) return defaults;
      try {
        return mend({ ...defaults, ...(JSON.parse(saved) as Partial<T>) });
      } catch {
        return defaults;
      }
    },
    serialize: JSON.stringify,
  });
}
