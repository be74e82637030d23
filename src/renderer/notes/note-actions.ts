// Writing, deleting and restoring notes, and what is shown again afterwards: the notes of every
// subject (a list is cheap) and search, which finds notes too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallName } from '../../api/contract';
import type { NoteRecord } from '../../api/types';
import { callApi, type DeskCallError } from '../api/hooks';

const SHOWN_AFTER_A_CHANGE: CallName[] = ['notes.list', 'search'];

function useNoteCall<N extends 'notes.save' | 'notes.delete' | 'notes.restore'>(name: N) {
  const client = useQueryClient();
  return useMutation<NoteRecord, DeskCallError, CallInput<N>>({
    mutationFn: (input) => callApi(name, input) as Promise<NoteRecord>,
    onSuccess: () => {
      for (const query of SHOWN_AFTER_A_CHANGE) void client.invalidateQueries({ queryKey: [query] });
    },
  });
}

export function useNoteActions() {
  return { save: useNoteCall('notes.save'), remove: useNoteCall('notes.delete'), restore: useNoteCall('notes.restore') };
}
