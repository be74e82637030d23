// The one way into the core from outside a process: the call is looked up in the contract, its
// input validated against the call's schema, the handler run, and whatever happens comes back
// as `{ ok: true, value }` or `{ ok: false, error }` with words a person can read. No exception
// and no stack trace ever crosses the boundary.
import type { z } from 'zod';
import { CONTRACT, type CallName, type CallOutput, type Contract } from './contract';
import type { Result } from './types';
import { DeskError, describeSystemError } from '../desk-error';
import { formatPath } from '../feed/issue-path';

export type Handlers = {
  [N in CallName]: (input: z.output<Contract[N]['input']>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(CONTRACT, name);
}

export async function dispatch(handlers: Handlers, name: string, raw: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return { ok: false, error: `Delegate Desk has no call named "${name}".` };
  const parsed = CONTRACT[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return { ok: false, error: `The request was not understood (${where}${issue.message}).` };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: (await handler(parsed.data)) ?? null };
  } catch (error) {
    if (error instanceof DeskError) return { ok: false, error: sentence(error.message) };
    // The disk or the data file failed under a call (full, read-only, in use): said as such, so
    // the delegate knows what to mend. Every write runs in a transaction, so nothing half-done stays.
    const reason = describeSystemError((error as { code?: string } | null)?.code);
    if (reason) return { ok: false, error: `Delegate Desk could not do this: ${reason}. Your data is unchanged.` };
    console.error(`Delegate Desk: ${name} failed`, error);
    return { ok: false, error: 'Something went wrong inside Delegate Desk. Your data is unchanged; please try again.' };
  }
}

function sentence(text: string): string {
  const s = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
