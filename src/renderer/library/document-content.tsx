// The paper itself, set for a long read. HTML from the feed goes through the second cleaning
// (safe-html.tsx); a paper that came as plain text is shown as its paragraphs.
import { Text } from '@mantine/core';
import type { DocumentDetail } from '../../api/types';
import { EmptyState } from '../shell/states';
import { SafeHtml } from './safe-html';

export function DocumentContent({ document: d }: { document: DocumentDetail }) {
  if (d.contentHtml) return <SafeHtml html={d.contentHtml} className="dd-document-text" />;
  const paragraphs = d.contentText.split('\n').filter((line) => line.trim() !== '');
  if (paragraphs.length === 0) {
    return (
      <EmptyState title="No text in the feed">
        The publisher sent this paper without its text.{d.url ? ' Open the original to read it.' : ''}
      </EmptyState>
    );
  }
  return (
    <div className="dd-document-text">
      {paragraphs.map((p, i) => (
        <Text key={i} component="p" inherit>
          {p}
        </Text>
      ))}
    </div>
  );
}
