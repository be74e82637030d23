// Colour swatches in the three roles they play: one colour to pick (a radio group: arrow keys
// move, as in any radio group), colours to show (toggles, for the filter), and a colour to
// highlight in at once (buttons, in the selection toolbar). Each says its colour in words.
import type { KeyboardEvent } from 'react';
import { CheckIcon, ColorSwatch, Group, UnstyledButton } from '@mantine/core';
import type { HighlightColor } from '../../../api/types';
import { HIGHLIGHT_COLOR_ORDER, HIGHLIGHT_INKS, highlightInk } from './highlight-colors';

const SIZE = 26;

function Swatch({ color, checked }: { color: HighlightColor; checked: boolean }) {
  const ink = highlightInk(color);
  return (
    <ColorSwatch component="span" color={ink.background} size={SIZE} style={{ color: ink.color }} className="dd-swatch">
      {checked && <CheckIcon width={11} height={11} />}
    </ColorSwatch>
  );
}

export function ColorRadios({
  value,
  onChange,
  label = 'Colour',
}: {
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
  label?: string;
}) {
  const move = (event: KeyboardEvent<HTMLElement>, color: HighlightColor) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const order = HIGHLIGHT_COLOR_ORDER;
    const next = order[(order.indexOf(color) + step + order.length) % order.length]!;
    onChange(next);
    const group = event.currentTarget.parentElement;
    group?.querySelector<HTMLElement>(`[data-color="${next}"]`)?.focus();
  };
  return (
    <Group gap={6} role="radiogroup" aria-label={label}>
      {HIGHLIGHT_COLOR_ORDER.map((color) => (
        <UnstyledButton
          key={color}
          role="radio"
          aria-checked={value === color}
          aria-label={HIGHLIGHT_INKS[color].label}
          data-color={color}
          tabIndex={value === color ? 0 : -1}
          onClick={() => onChange(color)}
          onKeyDown={(event) => move(event, color)}
          className="dd-swatch-button"
        >
          <Swatch color={color} checked={value === color} />
        </UnstyledButton>
      ))}
    </Group>
  );
}

export function ColorToggles({
  value,
  onChange,
  available,
  label = 'Show only these colours',
}: {
  value: HighlightColor[];
  onChange: (colors: HighlightColor[]) => void;
  /** Only the colours in use are offered. */
  available: HighlightColor[];
  label?: string;
}) {
  return (
    <Group gap={6} role="group" aria-label={label}>
      {HIGHLIGHT_COLOR_ORDER.filter((c) => available.includes(c)).map((color) => {
        const on = value.includes(color);
        return (
          <UnstyledButton
            key={color}
            aria-pressed={on}
            aria-label={HIGHLIGHT_INKS[color].label}
            onClick={() => onChange(on ? value.filter((c) => c !== color) : [...value, color])}
            className="dd-swatch-button"
          >
            <Swatch color={color} checked={on} />
          </UnstyledButton>
        );
      })}
    </Group>
  );
}

export function HighlightButtons({ onHighlight, last }: { onHighlight: (color: HighlightColor) => void; last: HighlightColor }) {
  return (
    <Group gap={6} role="group" aria-label="Highlight in">
      {HIGHLIGHT_COLOR_ORDER.map((color) => (
        <UnstyledButton
          key={color}
          aria-label={`Highlight in ${HIGHLIGHT_INKS[color].label.toLowerCase()}`}
          onClick={() => onHighlight(color)}
          className="dd-swatch-button"
          data-autofocus={color === last || undefined}
        >
          <Swatch color={color} checked={false} />
        </UnstyledButton>
      ))}
    </Group>
  );
}
