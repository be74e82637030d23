// The per-feed choice of which attachments a sync keeps on this device, in the delegate's words,
// and its size budget in megabytes (the unit the rest of the app shows sizes in: formatBytes).
import type { AttachmentPolicy } from '../../api/types';

const MB = 1024 * 1024;
/** The most the contract takes (1 TiB), in MB. */
export const MAX_BUDGET_MB = 1024 * 1024;

export function budgetMb(bytes: number): number {
  return Math.round(bytes / MB);
}

export function budgetBytes(mb: number): number {
  return Math.round(mb * MB);
}

export function policyLabel(policy: AttachmentPolicy, budget: number): string {
  switch (policy) {
    case 'upcoming':
      return `For upcoming meetings (up to ${budgetMb(budget)} MB)`;
    case 'all':
      return 'All attachments';
    case 'on_open':
      return 'When I open the paper';
    case 'never':
      return 'Never';
  }
}

/** What the choice does, in one or two sentences under the field. */
export function policyExplanation(policy: AttachmentPolicy): string {
  switch (policy) {
    case 'upcoming':
      return 'Each sync downloads the files of papers on the agenda of meetings not yet over, up to the size you set.';
    case 'all':
      return 'Each sync downloads every file of every paper of this feed. This can take a lot of space.';
    case 'on_open':
      return "A sync downloads nothing: a paper's files are downloaded when you open the paper.";
    case 'never':
      return 'A sync downloads nothing by itself. "Download now" on a paper still fetches a file.';
  }
}

export const POLICIES: AttachmentPolicy[] = ['upcoming', 'all', 'on_open', 'never'];

/** Why a budget typed in the field cannot be saved; null when it can. */
export function budgetError(value: string | number): string | null {
  const mb = typeof value === 'number' ? value : Number(value.trim());
  if (value === '' || !Number.isFinite(mb)) return 'Enter a size in MB, for example 500.';
  if (!Number.isInteger(mb)) return 'Enter a whole number of MB.';
  if (mb < 1) return 'Enter at least 1 MB. To download nothing at sync, choose "Never".';
  if (mb > MAX_BUDGET_MB) return `Enter at most ${MAX_BUDGET_MB} MB (1 TB).`;
  return null;
}
