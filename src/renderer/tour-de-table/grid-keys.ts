// The grid's keyboard, beyond what each row's toolbar does (left and right, Home and End): up
// and down move to the same stance of the speaker above or below, a digit records that stance
// and moves on to the next speaker, 0 or Delete clears. Rows are found by their data attribute,
// so the grid's markup can change without this.
import type { KeyboardEvent } from 'react';
import type { Stance } from '../../api/types';
import { stanceForKey } from './stances';

const ROW = '[data-stance-row]';
const TOGGLE = '[data-toolbar-toggle]';

function focusRow(grid: HTMLElement, rowIndex: number, column: number) {
  const rows = [...grid.querySelectorAll<HTMLElement>(ROW)];
  const row = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
  const toggles = row ? [...row.querySelectorAll<HTMLElement>(TOGGLE)] : [];
  toggles[Math.min(column, toggles.length - 1)]?.focus();
}

export function handleGridKey(
  event: KeyboardEvent<HTMLElement>,
  choose: (speakerId: string, stance: Stance | null) => void,
): void {
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>(ROW);
  if (!row || !target.matches(TOGGLE) || event.ctrlKey || event.metaKey || event.altKey) return;
  const grid = event.currentTarget;
  const rows = [...grid.querySelectorAll<HTMLElement>(ROW)];
  const rowIndex = rows.indexOf(row);
  const column = [...row.querySelectorAll<HTMLElement>(TOGGLE)].indexOf(target);
  const speakerId = row.dataset.stanceRow!;

  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    focusRow(grid, rowIndex + (event.key === 'ArrowDown' ? 1 : -1), column);
    return;
  }
  if (event.key === '0' || event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    choose(speakerId, null);
    return;
  }
  const stance = stanceForKey(event.key);
  if (stance) {
    event.preventDefault();
    choose(speakerId, stance);
    focusRow(grid, rowIndex + 1, Number(event.key) - 1);
  }
}
