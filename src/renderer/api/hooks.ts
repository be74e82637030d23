// React Query over the API: loading, error and caching states for every view, and one place to
// refresh everything after a sync.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput } from '../../api/contract';
import { api } from './client';

/** An error whose message is already in words for the delegate. */
export class DeskCallError extends Error {}

export async function callApi<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await (api[name] as (i: CallInput<N>) => Promise<{ ok: true; value: CallOutput<N> } | { ok: false; error: string }>)(input);
  if (!result.ok) throw new DeskCallError(result.error);
  return result.value;
}

export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: Omit<UseQueryOptions<CallOutput<N>, DeskCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<CallOutput<N>, DeskCallError>({
    queryKey: [name, input],
    queryFn: () => callApi(name, input),
    ...options,
  });
}

/** A call that changes something; afterwards every view reloads what it shows. */
export function useAction<N extends CallName>(name: N) {
  const client = useQueryClient();
  return useMutation<CallOutput<N>, DeskCallError, CallInput<N>>({
    mutationFn: (input) => callApi(name, input),
    onSettled: () => client.invalidateQueries(),
  });
}
