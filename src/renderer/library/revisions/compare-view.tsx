// What changed in a paper between two of its revisions: any two the desk keeps, chosen in the
// page and kept in its address (so Back and a link return to the same comparison). Without a
// choice, the default: since the revision last read, else annotated, else the previous one.
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useLocation, useSearch } from 'wouter';
import type { DocumentComparison, DocumentDetail } from '../../../api/types';
import { useCall } from '../../api/hooks';
import { formatDate } from '../../shell/format';
import { paths } from '../../shell/paths';
import { ErrorState, Loading } from '../../shell/states';
import { defaultComparison, revisionLabel } from './default-comparison';
import { DiffText } from './diff-text';
import { LibraryTrail } from '../library-trail';
import './revisions.css';


export function CompareView({ id }: { id: string }) {
  const query = useCall('documents.get', { id }, { retry: false });
  if (query.isPending) return <Loading label="Opening the paper…" />;
  if (query.error || !query.data) {
    return (
      <Stack>
        <LibraryTrail />
        <Title order={2}>What changed</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  return <ComparePage document={query.data} />;
}

/** A revision number from the address, or undefined when there is none (or it is not one). */
function revisionParam(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 ? n : undefined;
}

function ComparePage({ document: d }: { document: DocumentDetail }) {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const usual = defaultComparison(d, d.readRevision);
  const from = revisionParam(params.get('from')) ?? usual?.from ?? d.revision;
  const to = revisionParam(params.get('to')) ?? usual?.to ?? d.revision;
  // The previous comparison stays in view while the next is worked out.
  const comparison = useCall('documents.compare', { id: d.id, from, to }, { retry: false, placeholderData: keepPreviousData });
  const options = [...d.revisions]
    .sort((a, b) => a.seq - b.seq)
    .map((r) => ({ value: String(r.seq), label: `${revisionLabel(r)}, ${formatDate(r.receivedAt)}` }));
  const choose = (next: { from?: number; to?: number }) =>
    navigate(paths.compare(d.id, next.from ?? from, next.to ?? to), { replace: true });

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        <LibraryTrail paper={d} current="What changed" />
        <Title order={2}>What changed</Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          in {d.title}
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm" role="group" aria-label="Revisions compared">
        <Select
          label="From"
          data={options}
          value={String(from)}
          onChange={(v) => v && choose({ from: Number(v) })}
          allowDeselect={false}
          w={280}
        />
        <IconArrowRight size={18} aria-hidden style={{ marginBottom: 9 }} color="var(--mantine-color-dimmed)" />
        <Select label="To" data={options} value={String(to)} onChange={(v) => v && choose({ to: Number(v) })} allowDeselect={false} w={280} />
      </Group>
      {comparison.isPending ? (
        <Loading label="Comparing the revisions…" />
      ) : comparison.error || !comparison.data ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <Comparison comparison={comparison.data} />
      )}
    </Stack>
  );
}

function words(n: number): string {
  return `${n} ${n === 1 ? 'word' : 'words'}`;
}

function Comparison({ comparison: c }: { comparison: DocumentComparison }) {
  const unchanged = c.parts.every((p) => p.kind === 'same');
  return (
    <Stack gap="sm" component="section" aria-labelledby="comparison-heading">
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={3} size="h4" id="comparison-heading">
          Revision {c.from.seq} to revision {c.to.seq}
        </Title>
        <Text size="sm" role="status" aria-live="polite">
          {unchanged ? 'No differences' : `${words(c.addedWords)} added, ${words(c.removedWords)} removed`}
        </Text>
      </Group>
      {unchanged ? (
        <Text size="sm" c="dimmed">
          {c.from.seq === c.to.seq ? 'You chose the same revision twice.' : 'The two revisions have the same text.'} Choose
          other revisions above to compare them.
        </Text>
      ) : (
        <Legend />
      )}
      <Paper withBorder radius="md" p="lg">
        <DiffText parts={c.parts} />
      </Paper>
    </Stack>
  );
}

/** The marks in words, shown with a sample of each: underlined is added, struck through removed. */
function Legend() {
  return (
    <Group gap="lg" aria-label="How changes are marked" role="note">
      <Text size="sm">
        <span className="dd-diff-added">
          Added text
        </span>{' '}
        is underlined
      </Text>
      <Text size="sm">
        <span className="dd-diff-removed">
          Removed text
        </span>{' '}
        is struck through
      </Text>
    </Group>
  );
}
