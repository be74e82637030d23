// The five things a speaker can say in a tour de table, in the order of the grid, with the key
// that records each one and a colour far from the others (the word is always shown too).
import type { MantineColor } from '@mantine/core';
import type { Stance } from '../../api/types';

export interface StanceLook {
  value: Stance;
  label: string;
  /** The digit that records it from the keyboard. */
  key: string;
  color: MantineColor;
}

export const STANCE_LOOKS: StanceLook[] = [
  { value: 'support', label: 'Support', key: '1', color: 'green' },
  { value: 'against', label: 'Against', key: '2', color: 'red' },
  { value: 'reservation', label: 'Reservation', key: '3', color: 'orange' },
  { value: 'scrutiny_reservation', label: 'Scrutiny reservation', key: '4', color: 'grape' },
  { value: 'no_view', label: 'No view', key: '5', color: 'gray' },
];

export function stanceLabel(stance: Stance): string {
  return STANCE_LOOKS.find((look) => look.value === stance)?.label ?? stance;
}

/** The stance a digit key records, if any. */
export function stanceForKey(key: string): Stance | null {
  return STANCE_LOOKS.find((look) => look.key === key)?.value ?? null;
}
