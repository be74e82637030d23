// Builds the signed sample feed in resources/sample-feed/ from scripts/sample-feed/content.ts, and
// its PDF papers in resources/sample-feed/papers/ from scripts/sample-feed/papers.ts.
//
// The signing key never enters the repository. Give its path in SAMPLE_FEED_KEY to re-sign with
// the key of the committed publisher.pub (same key and content give the same bytes: Ed25519 is
// deterministic and every timestamp is fixed). Without it, a fresh key pair is made, its private
// half written to /tmp, and publisher.pub / publisher.pub.b64 replaced by the new public key.
//
//   SAMPLE_FEED_KEY=~/keys/sample-feed.key npm run sample:build
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePublisherKeys, publicKeysOf, signPage } from '../src/feed/signature';
import { samplePages } from './sample-feed/content';
import { samplePaperFiles } from './sample-feed/paper-files';

const OUT = fileURLToPath(new URL('../resources/sample-feed/', import.meta.url));

function signingKey(): { privateKeyPem: string; publicKeyPem: string; publicKeyBase64: string } {
  const path = process.env.SAMPLE_FEED_KEY;
  if (path) {
    const privateKeyPem = readFileSync(path, 'utf8');
    console.log(`signing with ${path}`);
    return { privateKeyPem, ...publicKeysOf(privateKeyPem) };
  }
  const keys = generatePublisherKeys();
  const keyPath = join(tmpdir(), `delegate-desk-sample-feed-${Date.now()}.key`);
  writeFileSync(keyPath, keys.privateKeyPem, { mode: 0o600 });
  chmodSync(keyPath, 0o600);
  console.log(`SAMPLE_FEED_KEY not set: made a new key pair; private key in ${keyPath} (keep it out of the repository)`);
  return keys;
}

const keys = signingKey();
mkdirSync(OUT, { recursive: true });
const papers = await samplePaperFiles();
for (const { paper, bytes } of papers) {
  mkdirSync(dirname(join(OUT, paper.file)), { recursive: true });
  writeFileSync(join(OUT, paper.file), bytes);
  console.log(`wrote ${paper.file}`);
}
const attachments = new Map(papers.map(({ paper, attachment }) => [paper.documentId, [attachment]]));
for (const { file, page } of samplePages(attachments)) {
  const bytes = new TextEncoder().encode(`${JSON.stringify(page, null, 2)}\n`);
  writeFileSync(join(OUT, file), bytes);
  writeFileSync(join(OUT, `${file}.sig`), `${signPage(bytes, keys.privateKeyPem)}\n`);
  console.log(`wrote ${file} and ${file}.sig`);
}
writeFileSync(join(OUT, 'publisher.pub'), keys.publicKeyPem);
writeFileSync(join(OUT, 'publisher.pub.b64'), `${keys.publicKeyBase64}\n`);
console.log(`publisher key (base64 DER SPKI): ${keys.publicKeyBase64}`);
