// One speaker's stance: five toggle buttons in a toolbar, one click to record, the same click
// again to clear. A toolbar is a single Tab stop; arrows move inside it (and, from the grid,
// up and down between speakers), so thirty rows stay quick to fill from the keyboard.
import type { CSSProperties } from 'react';
import { Toolbar } from '@mantine/core';
import type { Stance } from '../../api/types';
import { STANCE_LOOKS } from './stances';

/** A chosen stance is filled in a dark shade of its colour under white text: readable (AA) in
 *  both schemes, and unmistakable down a long grid. */
function activeLook(color: string): CSSProperties {
  const fill = color === 'gray' ? 'var(--mantine-color-gray-7)' : `color-mix(in srgb, var(--mantine-color-${color}-9) 78%, black)`;
  return {
    '--toolbar-toggle-active-bg': fill,
    '--toolbar-toggle-active-hover': fill,
    '--toolbar-toggle-active-color': 'var(--mantine-color-white)',
  } as CSSProperties;
}

export function StancePicker({
  speakerId,
  speakerName,
  value,
  onChange,
}: {
  speakerId: string;
  speakerName: string;
  value: Stance | null;
  onChange: (stance: Stance | null) => void;
}) {
  return (
    <Toolbar size="sm" withBorder={false} p={0} aria-label={`Stance of ${speakerName}`} data-stance-row={speakerId}>
      <Toolbar.ToggleGroup type="single" value={value} onChange={(next) => onChange(next as Stance | null)}>
        {STANCE_LOOKS.map((look) => (
          <Toolbar.ToggleItem
            key={look.value}
            value={look.value}
            autoWidth
            title={`${look.label} (key ${look.key})`}
            style={{ ...activeLook(look.color), whiteSpace: 'nowrap' }}
          >
            {look.label}
          </Toolbar.ToggleItem>
        ))}
      </Toolbar.ToggleGroup>
    </Toolbar>
  );
}
