import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { generatePublisherKeys, parsePublicKey, publicKeysOf, samePublicKey, signPage, verifyPage } from './signature';

const page = new TextEncoder().encode('{"version":"https://jsonfeed.org/version/1.1","title":"Feed","items":[]}\n');

describe('feed page signatures', () => {
  const keys = generatePublisherKeys();

  it('verifies a page signed with the matching key', () => {
    const signature = signPage(page, keys.privateKeyPem);
    expect(verifyPage(page, signature, parsePublicKey(keys.publicKeyPem))).toBe(true);
  });

  it('accepts the signature file with its trailing newline and line breaks', () => {
    const signature = signPage(page, keys.privateKeyPem);
    const wrapped = `${signature.slice(0, 40)}\r\n${signature.slice(40)}\n`;
    expect(verifyPage(page, wrapped, parsePublicKey(keys.publicKeyBase64))).toBe(true);
  });

  it('fails when one byte of the page changed', () => {
    const signature = signPage(page, keys.privateKeyPem);
    const tampered = page.slice();
    tampered[20] = tampered[20]! ^ 0x01;
    expect(verifyPage(tampered, signature, parsePublicKey(keys.publicKeyPem))).toBe(false);
  });

  it('fails against another publisher\'s key', () => {
    const signature = signPage(page, keys.privateKeyPem);
    const other = generatePublisherKeys();
    expect(verifyPage(page, signature, parsePublicKey(other.publicKeyPem))).toBe(false);
  });

  it('reads the same key from PEM and from base64 DER, trimmed', () => {
    const fromPem = parsePublicKey(`\n  ${keys.publicKeyPem}  \n`);
    const fromBase64 = parsePublicKey(`  ${keys.publicKeyBase64}\n`);
    expect(fromPem.equals(fromBase64)).toBe(true);
    expect(keys.publicKeyBase64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(keys.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
  });

  it('knows a pinned key given again in another form, and tells another key apart', () => {
    expect(samePublicKey(keys.publicKeyPem, keys.publicKeyBase64)).toBe(true);
    expect(samePublicKey(` ${keys.publicKeyBase64}\n`, keys.publicKeyPem)).toBe(true);
    expect(samePublicKey(generatePublisherKeys().publicKeyPem, keys.publicKeyPem)).toBe(false);
    expect(samePublicKey(keys.publicKeyPem, null)).toBe(false);
    expect(samePublicKey(keys.publicKeyPem, 'edited by hand')).toBe(false);
    expect(() => samePublicKey('not a key', keys.publicKeyPem)).toThrow(DeskError);
  });

  it('derives the public halves from the private key', () => {
    expect(publicKeysOf(keys.privateKeyPem)).toEqual({
      publicKeyPem: keys.publicKeyPem,
      publicKeyBase64: keys.publicKeyBase64,
    });
  });

  it('rejects a garbage key with a readable message', () => {
    for (const garbage of ['', 'not a key', 'AAAA', '-----BEGIN PUBLIC KEY-----\nxyz\n-----END PUBLIC KEY-----']) {
      const error = catchError(() => parsePublicKey(garbage));
      expect(error).toBeInstanceOf(DeskError);
      expect((error as DeskError).kind).toBe('rejected');
      expect((error as DeskError).message).toMatch(/publisher key is not readable.*Ed25519/);
    }
  });

  it('rejects a public key that is not Ed25519, naming its kind', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' });
    const error = catchError(() => parsePublicKey(rsa.toString()));
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).message).toMatch(/rsa key.*Ed25519/);
  });

  it('rejects a private key given where the public key belongs', () => {
    const error = catchError(() => parsePublicKey(keys.privateKeyPem));
    expect((error as DeskError).kind).toBe('rejected');
    expect((error as DeskError).message).toMatch(/private key/);
  });

  it('refuses to sign with a key that is not an Ed25519 private key', () => {
    const error = catchError(() => signPage(page, keys.publicKeyPem));
    expect((error as DeskError).kind).toBe('rejected');
    expect((error as DeskError).message).toMatch(/signing key/);
  });

  it('answers false, without throwing, for a garbage signature', () => {
    const key = parsePublicKey(keys.publicKeyPem);
    for (const garbage of ['', 'not base64 !!', 'AAAA', Buffer.alloc(64).toString('base64'), '=', 'Zm9v'.repeat(40)]) {
      expect(verifyPage(page, garbage, key)).toBe(false);
    }
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
