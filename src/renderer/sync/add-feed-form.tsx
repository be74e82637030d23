// Following a new feed: its address (checked here before asking the core) and, optionally, the
// publisher's public key, which makes Delegate Desk accept only pages signed with it. The core's
// refusals are shown under the field they are about.
import { Button, Group, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { Feed } from '../../api/types';
import { useAction } from '../api/hooks';
import { feedName } from './feed-name';
import { notify } from './notify';

/** A web address the core will take: http or https, nothing else. */
function checkAddress(text: string): string | null {
  if (!text) return 'Enter the address of the feed.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'This is not a web address. It should look like https://example.org/feed.json.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'A feed address starts with https:// (or http://).';
  return null;
}

export function AddFeedForm({ existing, onAdded }: { existing: Feed[]; onAdded: (feed: Feed) => void }) {
  const add = useAction('feeds.add');
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = url.trim();
    const key = publicKey.trim();
    const problem = checkAddress(address);
    setUrlError(problem);
    setKeyError(null);
    if (problem) return;
    const known = existing.find((f) => f.url === new URL(address).href);
    if (known && !key) {
      setUrlError('You already follow this feed.');
      return;
    }
    try {
      const feed = await add.mutateAsync(key ? { url: address, publicKey: key } : { url: address });
      notify({
        title: known ? 'Publisher key updated' : 'Feed added',
        message: known
          ? `${feedName(feed)} will now accept only pages signed with this key.`
          : `You now follow ${feedName(feed)}. Its first sync starts now.`,
      });
      setUrl('');
      setPublicKey('');
      onAdded(feed);
    } catch (e) {
      const message = (e as Error).message;
      // The core names the key when the key is the problem; anything else is about the address.
      if (/\bkey\b/i.test(message)) setKeyError(message);
      else setUrlError(message);
    }
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a feed">
        <Stack gap="sm">
          <TextInput
            label="Feed address"
            placeholder="https://example.org/nis-cg/feed.json"
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              setUrlError(null);
            }}
            error={urlError}
            required
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
          />
          <Textarea
            label="Publisher's public key (optional)"
            description="Paste the publisher's public key (PEM or base64) to accept only signed pages"
            placeholder="-----BEGIN PUBLIC KEY-----"
            value={publicKey}
            onChange={(e) => {
              setPublicKey(e.currentTarget.value);
              setKeyError(null);
            }}
            error={keyError}
            autosize
            minRows={3}
            maxRows={8}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
          />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
              Add feed
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
