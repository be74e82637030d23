// The DeskError a piece of work is refused with, for tests that check the words a delegate reads.
import { expect } from 'vitest';
import { DeskError } from '../../src/desk-error';

export function refusal(work: () => unknown): DeskError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    return error as DeskError;
  }
  throw new Error('expected a refusal');
}
