// The position on one agenda item, in a drawer beside the agenda: the delegate keeps the
// meeting in view, edits one item at a time, and goes back to the list. Every save is a new
// version (see the history). A save names the version it started from; when another window (or
// a pack import) saved in between, the save is refused, the delegate's text stays on screen, and
// they choose: compare, keep theirs, or save theirs over it.
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Input,
  Kbd,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import type { EarlierPosition, PositionDraft, PositionRecord } from '../../api/types';
import { callApi, useCall } from '../api/hooks';
import { formatDate, formatDateTime } from '../shell/format';
import { EscapeDrawer, useEscapeAnswers } from '../shell/escape-drawer';
import { ErrorState, Loading } from '../shell/states';
import { useUnsavedWork } from '../shell/unsaved-work';
import { OVERDUE_INK } from './due-date';
import { useSavePosition } from './position-actions';
import { positionChanges } from './position-diff';
import { changedFields, formOf, saveInputOf, WRITTEN_FIELDS, writtenOf, type PositionForm } from './position-form';
import { formatDueDate, isOverdue, POSITION_STATUS_LOOK, POSITION_STATUS_ORDER } from './position-labels';
import { PositionChanges } from './position-changes';
import { EarlierPositions } from './earlier-positions';
import { SpeakingPointsEditor } from './speaking-points-editor';
import { speakingPointsText } from './speaking-points-text';
import { usePositionDraft } from './use-position-draft';

export interface ItemRef {
  id: string;
  number: string;
  title: string;
}

/** Saves the position being edited. */
export const SAVE_POSITION_SHORTCUT = 'mod+S';

export function PositionEditor({ item, onClose }: { item: ItemRef; onClose: () => void }) {
  // What is in the store now, not what a list fetched a while ago: the save is checked against it.
  const query = useCall('positions.get', { agendaItemId: item.id }, { refetchOnMount: 'always', retry: false });
  // What was being written and not saved, kept through a crash or a close (use-position-draft.ts).
  const draft = useCall('positions.getDraft', { agendaItemId: item.id }, { refetchOnMount: 'always', retry: false });
  const ready = query.isFetchedAfterMount && query.data !== undefined && draft.isFetchedAfterMount && draft.data !== undefined;
  const failed = query.error ?? draft.error;
  // The form says whether it holds unsaved text; closing then asks first.
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : onClose());

  return (
    <EscapeDrawer
      opened
      onClose={requestClose}
      position="right"
      size="xl"
      title={
        <Text fw={700} component="span" style={{ overflowWrap: 'anywhere' }}>
          Position on item {item.number}: {item.title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the position' }}
    >
      {ready ? (
        <PositionEditorForm
          item={item}
          saved={query.data ?? null}
          draft={draft.data ?? null}
          onClose={onClose}
          onDirtyChange={setDirty}
          asking={asking}
          onAskingChange={setAsking}
        />
      ) : failed ? (
        <ErrorState
          error={failed}
          onRetry={() => {
            void query.refetch();
            void draft.refetch();
          }}
        />
      ) : (
        <Loading label="Opening the position…" />
      )}
    </EscapeDrawer>
  );
}

function PositionEditorForm({
  item,
  saved,
  draft,
  onClose,
  onDirtyChange,
  asking,
  onAskingChange: setAsking,
}: {
  item: ItemRef;
  saved: PositionRecord | null;
  draft: PositionDraft | null;
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Whether "keep your changes?" is showing. */
  asking: boolean;
  onAskingChange: (asking: boolean) => void;
}) {
  const save = useSavePosition();
  /** The version this editor started from (or last saved): a save is checked against it. */
  const [base, setBase] = useState<PositionRecord | null>(saved);
  /** The form as saved; the form differs from it when there is something to save. */
  const [baseline, setBaseline] = useState<PositionForm>(() => formOf(saved));
  // A draft left from before (a crash, a close) comes back as the form, unsaved, if it says
  // anything the saved position does not.
  const [restored, setRestored] = useState<PositionDraft | null>(() =>
    draft && changedFields(formOf(saved), formOf(draft.fields)).length > 0 ? draft : null,
  );
  const [form, setForm] = useState<PositionForm>(() => formOf(restored?.fields ?? saved));
  /** Bumped when the whole form is replaced, so the rich text editor starts again from it. */
  const [generation, setGeneration] = useState(0);
  // Saved elsewhere after the restored draft was started: the delegate chooses, as after a refused save.
  const [theirs, setTheirs] = useState<PositionRecord | null>(() =>
    restored && saved && restored.baseUpdatedAt !== saved.updatedAt ? saved : null,
  );
  const [comparing, setComparing] = useState(false);
  // The earlier meetings' positions come first for a position with nothing written yet (what to
  // start from), and after the form otherwise; decided once, so the list does not jump as one types.
  const [earlierFirst] = useState(() => !saved || WRITTEN_FIELDS.every((field) => saved[field] === ''));
  /** Started from an earlier meeting's position: which, and the form as it was, to put back. */
  const [startedFrom, setStartedFrom] = useState<{ earlier: EarlierPosition; before: PositionForm } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState<string | null>(null);

  const dirty = changedFields(baseline, form).length > 0;
  /** Whether the speaking points shown are the saved ones (read when the rich text editor starts). */
  const editorShowsSaved = form.speakingPoints === baseline.speakingPoints;
  useUnsavedWork(dirty);
  const kept = usePositionDraft(item.id, form, dirty, restored ? restored.baseUpdatedAt : (base?.updatedAt ?? null), draft !== null);
  // Escape on "Keep your changes?" keeps editing, even pressed before focus reached the question.
  const escapeKeepsEditing = useEscapeAnswers(asking, () => setAsking(false));
  const set = <K extends keyof PositionForm>(field: K, value: PositionForm[K]) => setForm((f) => ({ ...f, [field]: value }));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(expectedUpdatedAt: string | null = base?.updatedAt ?? null): Promise<boolean> {
    const submitted = form;
    setError(null);
    try {
      const record = await save.mutateAsync(saveInputOf(item.id, submitted, expectedUpdatedAt));
      setBase(record);
      setBaseline(submitted);
      setRestored(null);
      setTheirs(null);
      setComparing(false);
      setStartedFrom(null);
      setJustSaved(record.updatedAt);
      return true;
    } catch (e) {
      // Refused because it changed elsewhere, or failed for another reason? What is in the store
      // now tells: a newer version than ours means someone saved in between.
      const latest = await callApi('positions.get', { agendaItemId: item.id }).catch(() => undefined);
      if (latest && latest.updatedAt !== expectedUpdatedAt) setTheirs(latest);
      else setError((e as Error).message);
      return false;
    }
  }

  function discardRestored() {
    void kept.discard();
    setRestored(null);
    setForm(baseline);
    setGeneration((g) => g + 1);
    setTheirs(null);
  }

  /** What the delegate writes comes from the earlier position; status, owner and due date stay this item's. */
  function startFrom(earlier: EarlierPosition) {
    setStartedFrom({ earlier, before: form });
    setForm((f) => ({ ...f, ...writtenOf(earlier.position) }));
    setGeneration((g) => g + 1);
  }

  function putBack() {
    if (!startedFrom) return;
    setForm(startedFrom.before);
    setGeneration((g) => g + 1);
    setStartedFrom(null);
  }

  function loadTheirs(record: PositionRecord) {
    setRestored(null);
    setBase(record);
    setBaseline(formOf(record));
    setForm(formOf(record));
    setGeneration((g) => g + 1);
    setTheirs(null);
    setComparing(false);
  }

  const onKeyDown = getHotkeyHandler([
    [
      SAVE_POSITION_SHORTCUT,
      () => {
        if (dirty && !save.isPending) void submit();
      },
    ],
  ]);

  const overdue = form.dueDate !== '' && isOverdue({ status: form.status, dueDate: form.dueDate });

  return (
    <Stack gap="md" onKeyDown={onKeyDown} pb={72}>
      {restored && (
        <Alert color="blue" variant="light" icon={<IconRestore aria-hidden />} title="What you were writing is back" role="status">
          <Group justify="space-between" align="center" gap="sm">
            <Text size="sm">
              Not saved yet: kept as you typed, {formatDateTime(restored.updatedAt)}. Save it, or go back to the saved position.
            </Text>
            <Button size="compact-sm" variant="default" onClick={discardRestored}>
              Discard it
            </Button>
          </Group>
        </Alert>
      )}
      {startedFrom && (
        <Alert color="blue" variant="light" icon={<IconRestore aria-hidden />} title="Started from an earlier position" role="status">
          <Group justify="space-between" align="center" gap="sm">
            <Text size="sm">
              From item {startedFrom.earlier.number} of {startedFrom.earlier.meetingTitle} ({formatDate(startedFrom.earlier.meetingStartsAt)}). Not
              saved yet: change what has changed since, then save.
            </Text>
            <Button size="compact-sm" variant="default" onClick={putBack}>
              Put back what I had
            </Button>
          </Group>
        </Alert>
      )}
      {earlierFirst && <EarlierPositions agendaItemId={item.id} onStartFrom={startFrom} />}
      <div>
        <Input.Label labelElement="div" id={`status-${item.id}`} mb={6}>
          Status
        </Input.Label>
        <SegmentedControl
          fullWidth
          aria-labelledby={`status-${item.id}`}
          value={form.status}
          onChange={(value) => set('status', value as PositionForm['status'])}
          data={POSITION_STATUS_ORDER.map((status) => ({ value: status, label: POSITION_STATUS_LOOK[status].label }))}
        />
      </div>
      <Textarea
        label="Line to take"
        description="The delegation's position in one or two sentences."
        autosize
        minRows={2}
        maxRows={8}
        value={form.lineToTake}
        onChange={(e) => set('lineToTake', e.currentTarget.value)}
        data-autofocus
      />
      <SpeakingPointsEditor
        key={generation}
        initialHtml={form.speakingPoints}
        onChange={(html) => set('speakingPoints', html)}
        onReady={(html) => {
          // The editor writes the HTML its own way; that is not a change by the delegate. Unless
          // it shows other text than the saved (a restored draft, an earlier meeting's position):
          // then what it holds is not what was saved.
          if (!restored && editorShowsSaved) setBaseline((b) => ({ ...b, speakingPoints: html }));
          setForm((f) => ({ ...f, speakingPoints: html }));
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label="Red lines"
          description="What the delegation cannot accept."
          autosize
          minRows={2}
          maxRows={10}
          value={form.redLines}
          onChange={(e) => set('redLines', e.currentTarget.value)}
        />
        <Textarea
          label="Fallback"
          description="What the delegation can live with if pressed."
          autosize
          minRows={2}
          maxRows={10}
          value={form.fallback}
          onChange={(e) => set('fallback', e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        label="Background"
        description="For you: context, history, who said what before."
        autosize
        minRows={2}
        maxRows={12}
        value={form.background}
        onChange={(e) => set('background', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label="Owner in the capital"
          placeholder="e.g. Ministry of the Interior, cyber unit"
          value={form.owner}
          onChange={(e) => set('owner', e.currentTarget.value)}
          maxLength={200}
        />
        <TextInput
          label="Due date"
          type="date"
          value={form.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value)}
          // Late is a fact to notice, not an invalid date: a description, not an error.
          description={
            overdue ? (
              <Text span size="xs" fw={700} style={{ color: OVERDUE_INK }}>
                Overdue: it was due on {formatDueDate(form.dueDate)}
              </Text>
            ) : undefined
          }
        />
      </SimpleGrid>

      {!earlierFirst && <EarlierPositions agendaItemId={item.id} onStartFrom={startFrom} />}

      {theirs && (
        <ChangedElsewhere
          theirs={theirs}
          mine={form}
          comparing={comparing}
          pending={save.isPending}
          onCompare={() => setComparing((c) => !c)}
          onLoadTheirs={() => loadTheirs(theirs)}
          onSaveMine={() => void submit(theirs.updatedAt)}
        />
      )}
      {error && (
        <Alert color="red" variant="light" title="The position was not saved" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {error} Your text is still here.
        </Alert>
      )}

      <Group
        justify="space-between"
        wrap="nowrap"
        py="sm"
        style={{
          position: 'sticky',
          bottom: 0,
          background: 'var(--mantine-color-body)',
          borderTop: '1px solid var(--mantine-color-default-border)',
          zIndex: 2,
        }}
      >
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {dirty
            ? 'Unsaved changes'
            : justSaved
              ? `Saved at ${formatDateTime(justSaved)}`
              : base
                ? `Last saved ${formatDateTime(base.updatedAt)}`
                : 'Nothing written yet'}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">Ctrl</Kbd> <Kbd size="xs">S</Kbd>
          </Text>
          <Button variant="default" onClick={() => (dirty ? setAsking(true) : onClose())}>
            Close
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={() => void submit()}
            loading={save.isPending}
            disabled={!dirty}
          >
            Save position
          </Button>
        </Group>
      </Group>

      <Modal opened={asking} onClose={() => setAsking(false)} {...escapeKeepsEditing} title="Keep your changes?" centered>
        <Stack gap="md">
          <Text size="sm">The position on item {item.number} has changes that are not saved yet.</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setAsking(false)}>
              Keep editing
            </Button>
            <Button
              variant="light"
              color="red"
              onClick={() => {
                void kept.discard();
                onClose();
              }}
            >
              Discard changes
            </Button>
            <Button
              loading={save.isPending}
              onClick={() => {
                setAsking(false);
                void submit().then((ok) => ok && onClose());
              }}
            >
              Save and close
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ChangedElsewhere({
  theirs,
  mine,
  comparing,
  pending,
  onCompare,
  onLoadTheirs,
  onSaveMine,
}: {
  theirs: PositionRecord;
  mine: PositionForm;
  comparing: boolean;
  pending: boolean;
  onCompare: () => void;
  onLoadTheirs: () => void;
  onSaveMine: () => void;
}) {
  const mineAsRecord: PositionRecord = { ...theirs, ...mine, dueDate: mine.dueDate === '' ? null : mine.dueDate };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="This position was changed elsewhere"
      role="alert"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Another window (or a pack import) saved this position at {formatDateTime(theirs.updatedAt)}, after you started
          editing. Your text is still here and not saved.
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onCompare} aria-expanded={comparing}>
            {comparing ? 'Hide the differences' : 'Compare with the saved version'}
          </Button>
          <Button size="xs" variant="default" onClick={onLoadTheirs}>
            Load the saved version
          </Button>
          <Button size="xs" color="orange.9" loading={pending} onClick={onSaveMine}>
            Save mine instead
          </Button>
        </Group>
        {comparing && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              From the saved version to yours: struck through is only in the saved one, underlined only in yours.
            </Text>
            <PositionChanges
              changes={positionChanges(theirs, mineAsRecord, speakingPointsText)}
              emptyText="The two say the same thing."
            />
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
