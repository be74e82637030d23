// The schema's history, in order. Add a migration as a new numbered file with its own test.
import type { Migration } from './migration';
import { feedRecords } from './001-feed-records';
import { localRecords } from './002-local-records';
import { searchIndex } from './003-search-index';
import { settings } from './004-settings';
import { delegateWork } from './005-delegate-work';
import { attachmentFiles } from './006-attachment-files';
import { pageRecords } from './007-page-records';
import { searchIndexMerging } from './008-search-index-merging';
import { positionDrafts } from './009-position-drafts';
import { archivedRecords } from './010-archived-records';
import { keptWriting } from './011-kept-writing';

export const MIGRATIONS: readonly Migration[] = [feedRecords, localRecords, searchIndex, settings, delegateWork, attachmentFiles, pageRecords, searchIndexMerging, positionDrafts, archivedRecords, keptWriting];
