// Which attachments a sync of this feed keeps on the device, and for "upcoming meetings" how much
// space they may take. Saved as soon as it changes (the budget when the field is left), like the
// Settings; a refusal shows under its field in words, and the field keeps what was typed.
import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentPolicy, Feed } from '../../api/types';
import { useAction } from '../api/hooks';
import { budgetBytes, budgetError, budgetMb, MAX_BUDGET_MB, POLICIES, policyExplanation, policyLabel } from './attachment-policy-words';
import { feedName } from './feed-name';
import { notify } from './notify';

export function AttachmentPolicyField({ feed }: { feed: Feed }) {
  const save = useAction('feeds.setAttachmentPolicy');
  // What the delegate chose, shown at once while the save runs and the feed list reloads.
  const [policy, setPolicy] = useState(feed.attachmentPolicy);
  const [budget, setBudget] = useState<string | number>(budgetMb(feed.attachmentBudgetBytes));
  const [errors, setErrors] = useState<{ policy?: string; budget?: string }>({});
  // Taken again from the feed when its saved values change (not on every reload of the list,
  // which would wipe a budget being typed).
  const savedKey = `${feed.attachmentPolicy} ${feed.attachmentBudgetBytes}`;
  const [seen, setSeen] = useState(savedKey);
  if (savedKey !== seen) {
    setSeen(savedKey);
    setPolicy(feed.attachmentPolicy);
    setBudget(budgetMb(feed.attachmentBudgetBytes));
  }

  function send(next: AttachmentPolicy, bytes: number, field: 'policy' | 'budget') {
    setErrors({});
    save.mutate(
      { id: feed.id, policy: next, budgetBytes: bytes },
      {
        onSuccess: (saved) =>
          notify({
            title: 'Feed setting saved',
            message: `Attachments of ${feedName(saved)}: ${policyLabel(saved.attachmentPolicy, saved.attachmentBudgetBytes).toLowerCase()}.`,
          }),
        onError: (error) => setErrors({ [field]: error.message }),
      },
    );
  }

  function choosePolicy(value: string | null) {
    if (!value || value === policy) return;
    setPolicy(value as AttachmentPolicy);
    send(value as AttachmentPolicy, feed.attachmentBudgetBytes, 'policy');
  }

  function saveBudget() {
    const error = budgetError(budget);
    if (error) return setErrors({ budget: error });
    const bytes = budgetBytes(Number(budget));
    // Enter then leaving the field would otherwise send the same size twice.
    const sending = save.isPending && save.variables?.budgetBytes === bytes;
    if (bytes !== feed.attachmentBudgetBytes && !sending) send(policy, bytes, 'budget');
  }

  const name = feedName(feed);
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label="Attachments kept on this device"
          aria-label={`Attachments kept on this device: ${name}`}
          data={POLICIES.map((p) => ({ value: p, label: policyLabel(p, budgetBytes(Number(budget) || 0)) }))}
          value={policy}
          onChange={choosePolicy}
          allowDeselect={false}
          error={errors.policy}
          size="sm"
          w={350}
        />
        {policy === 'upcoming' && (
          <NumberInput
            label="Up to (MB)"
            aria-label={`Most space for attachments, in MB: ${name}`}
            value={budget}
            onChange={setBudget}
            onBlur={saveBudget}
            onKeyDown={(e) => e.key === 'Enter' && saveBudget()}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            max={MAX_BUDGET_MB}
            step={100}
            thousandSeparator=" "
            error={errors.budget}
            size="sm"
            w={160}
          />
        )}
      </Group>
      <Text size="xs" c="dimmed" maw={560}>
        {policyExplanation(policy)}
      </Text>
    </Stack>
  );
}
