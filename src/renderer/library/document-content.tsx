// The paper itself, set for a long read, with the delegate's highlights in it. HTML from the
// feed goes through the second cleaning (safe-html.ts); a paper that came as plain text is shown
// as its paragraphs.
import type { DocumentDetail } from '../../api/types';
import { EmptyState } from '../shell/states';
import { AnnotatedPaper } from './annotations/annotated-paper';
import { paragraphsOf } from './annotations/paper-paragraphs';

export function DocumentContent({ document: d }: { document: DocumentDetail }) {
  if (!d.contentHtml && paragraphsOf(d.contentText).length === 0) {
    return (
      <EmptyState title="No text in the feed">
        The publisher sent this paper without its text.{d.url ? ' Open the original to read it.' : ''}
      </EmptyState>
    );
  }
  return <AnnotatedPaper document={d} />;
}
