// The API between the UI and the core: every call the UI can make, with the schema its input is
// validated against at the boundary and the type of its result. This is the one list: the
// Electron main process registers exactly these on ipcMain, the preload exposes exactly these on
// `window.delegateDesk`, and the browser host routes exactly these (a test proves the three sets
// are equal). Add a call here first; the type checker then points at every place to fill in.
import { z } from 'zod';
import type * as T from './types';

/** A call: the schema of its input, and (as a type only) what it returns. */
export interface Call<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the result type for the compiler. */
  output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I): Call<I, O> => ({ input });
}

const none = z.object({}).strict();
const id = z.string().min(1).max(200);
const searchKinds = z.enum(['document', 'meeting', 'agenda_item', 'contact', 'annotation', 'position', 'note']);

export const CONTRACT = {
  'app.info': call<T.AppInfo>()(none),
  'dashboard.get': call<T.Dashboard>()(none),

  'meetings.list': call<T.MeetingSummary[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),
  'meetings.get': call<T.MeetingDetail>()(z.object({ id }).strict()),

  'documents.list': call<T.DocumentSummary[]>()(
    z.object({ includeArchived: z.boolean().optional(), meetingId: id.optional() }).strict(),
  ),
  'documents.get': call<T.DocumentDetail>()(z.object({ id }).strict()),

  'contacts.list': call<T.Contact[]>()(z.object({ includeArchived: z.boolean().optional() }).strict()),

  search: call<T.SearchHit[]>()(
    z
      .object({
        query: z.string().max(1000),
        types: z.array(searchKinds).max(7).optional(),
        limit: z.number().int().min(1).max(200).optional(),
        includeArchived: z.boolean().optional(),
      })
      .strict(),
  ),

  'feeds.list': call<T.Feed[]>()(none),
  'feeds.add': call<T.Feed>()(
    z
      .object({
        url: z.url({ protocol: /^https?$/, error: 'a feed address starts with https:// (or http://)' }).max(2048),
        publicKey: z.string().max(4096).optional(),
      })
      .strict(),
  ),
  'feeds.remove': call<null>()(z.object({ id: z.number().int().positive() }).strict()),

  /** Syncs one feed, or every feed; resolves when done. Progress comes from sync.status. */
  'sync.run': call<T.SyncResult[]>()(z.object({ feedId: z.number().int().positive().optional() }).strict()),
  'sync.status': call<T.SyncStatus>()(none),
  'sync.log': call<T.SyncRun[]>()(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict()),

  'settings.get': call<T.Settings>()(none),
  'settings.update': call<T.Settings>()(
    z
      .object({
        delegationCountry: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: 'a country is a two-letter code, e.g. FR' })
          .nullable()
          .optional(),
        theme: z.enum(['light', 'dark', 'auto']).optional(),
        syncIntervalMinutes: z.number().int().min(0).max(24 * 60).optional(),
      })
      .strict(),
  ),

  'sample.remove': call<T.SyncCounts>()(none),
} as const;

export type Contract = typeof CONTRACT;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(CONTRACT) as CallName[];

export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Exclude<Contract[N]['output'], undefined>;

/** The API as the renderer sees it: one async function per call, each answering a Result. */
export type DeskApi = { [N in CallName]: (input: CallInput<N>) => Promise<T.Result<CallOutput<N>>> };

/** Names as IPC channels: namespaced, so nothing else on ipcMain can collide with them. */
export function channelOf(name: CallName): string {
  return `desk:${name}`;
}
