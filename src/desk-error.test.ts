import { describe, expect, it } from 'vitest';
import { asDeskError, describeSystemError } from './desk-error';

describe('describeSystemError', () => {
  it('says what a full disk, a busy store and a failing disk mean, extended codes included', () => {
    expect(describeSystemError('SQLITE_FULL')).toBe('the disk is full');
    expect(describeSystemError('SQLITE_BUSY')).toMatch(/^another program .* was writing to the data file .* try again in a moment$/);
    expect(describeSystemError('SQLITE_BUSY_SNAPSHOT')).toBe(describeSystemError('SQLITE_BUSY'));
    expect(describeSystemError('SQLITE_IOERR_FSYNC')).toBe('the disk could not be read or written');
    expect(describeSystemError('SQLITE_BUSYNESS')).toBeUndefined();
    expect(describeSystemError(undefined)).toBeUndefined();
  });

  it('asDeskError keeps the context and hides the raw SQLite message', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const error = asDeskError(busy, 'Could not save the note');
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/^Could not save the note: another program/);
    expect(error.message).not.toContain('database is locked');
  });
});
