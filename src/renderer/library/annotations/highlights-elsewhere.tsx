// Under the panel: where else on this paper the delegate has highlights (its own text, each of
// its PDFs), each a link to that reader, so none of them is out of sight from the other places.
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { paths } from '../../shell/paths';
import { attachmentName } from '../attachments/copy-words';
import { usePaperAnnotations } from './paper-annotations';

export function HighlightsElsewhere() {
  const { document: paper, elsewhere } = usePaperAnnotations();
  if (elsewhere.length === 0) return null;
  const count = (n: number) => `${n} ${n === 1 ? 'highlight' : 'highlights'}`;
  return (
    <Stack gap={4} component="section" aria-labelledby="highlights-elsewhere-title">
      <Text size="xs" c="dimmed" id="highlights-elsewhere-title">
        Elsewhere on this paper
      </Text>
      {elsewhere.map(({ url, count: n }) => {
        if (url === null) {
          return (
            <Anchor key="paper" component={Link} href={paths.document(paper.id)} size="sm">
              {count(n)} in the paper's text
            </Anchor>
          );
        }
        const attachment = paper.attachments.find((a) => a.url === url);
        return (
          <Anchor key={url} component={Link} href={paths.pdf(paper.id, url)} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {count(n)} in {attachmentName({ title: attachment?.title ?? null, url })}
          </Anchor>
        );
      })}
    </Stack>
  );
}
