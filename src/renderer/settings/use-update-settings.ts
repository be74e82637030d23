// Saving a setting: the answer is the settings as stored, put straight into the cache, so the
// views showing them agree at once without reloading everything else in the app (a theme change
// must not refetch the library). The schedule depends on the interval, so its status reloads.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../api/contract';
import type { Settings } from '../../api/types';
import { callApi, type DeskCallError } from '../api/hooks';

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation<Settings, DeskCallError, CallInput<'settings.update'>>({
    mutationFn: (changes) => callApi('settings.update', changes),
    onSuccess: (settings) => {
      client.setQueryData(['settings.get', {}], settings);
      void client.invalidateQueries({ queryKey: ['sync.status'] });
      void client.invalidateQueries({ queryKey: ['dashboard.get'] });
    },
  });
}
