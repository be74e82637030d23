// The text of a comparison: unchanged text as it is, added text in <ins>, removed text in <del>,
// each with a label a screen reader reads out, and long unchanged stretches folded.
import { useMemo, useState } from 'react';
import { Button, VisuallyHidden } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { DocumentComparison } from '../../../api/types';
import { diffRuns } from './diff-runs';
import './revisions.css';

export function DiffText({ parts }: { parts: DocumentComparison['parts'] }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const runs = useMemo(() => diffRuns(parts, open), [parts, open]);
  return (
    <div className="dd-diff-text">
      {runs.map((run, i) => {
        switch (run.kind) {
          case 'same':
            return <span key={i}>{run.text}</span>;
          case 'added':
            return (
              <ins key={i} className="dd-diff-added">
                <VisuallyHidden>[added: </VisuallyHidden>
                {run.text}
                <VisuallyHidden>]</VisuallyHidden>
              </ins>
            );
          case 'removed':
            return (
              <del key={i} className="dd-diff-removed">
                <VisuallyHidden>[removed: </VisuallyHidden>
                {run.text}
                <VisuallyHidden>]</VisuallyHidden>
              </del>
            );
          case 'folded':
            return (
              <span key={i} className="dd-diff-fold">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconChevronDown size={14} aria-hidden />}
                  onClick={() => setOpen(new Set(open).add(run.key))}
                >
                  Show {run.paragraphs} unchanged paragraphs
                </Button>
              </span>
            );
        }
      })}
    </div>
  );
}
