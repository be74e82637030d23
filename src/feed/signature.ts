// Feed pages are signed with Ed25519 over their exact bytes, and the signature is published in
// base64 beside the page, at the page's URL + ".sig". Signing the bytes, not the parsed JSON,
// spares publishers and readers any canonical-JSON rules: what was signed is what was fetched.
//
// A subscription pins the publisher's public key, given either as PEM (what `openssl` and
// node:crypto write) or as the one-line base64 of the DER SPKI (what fits in a settings field or
// an e-mail to a delegate). Both name the same key.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { DeskError } from '../desk-error';

export interface PublisherKeys {
  privateKeyPem: string;
  publicKeyPem: string;
  /** Base64 of the DER SubjectPublicKeyInfo, on one line. */
  publicKeyBase64: string;
}

/** Ed25519 signatures are always 64 bytes. */
const SIGNATURE_BYTES = 64;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function generatePublisherKeys(): PublisherKeys {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privateKeyPem, ...publicKeysOf(privateKeyPem) };
}

/** The public halves of a private key, so a publisher who kept only the key can republish them. */
export function publicKeysOf(privateKeyPem: string): Omit<PublisherKeys, 'privateKeyPem'> {
  const publicKey = createPublicKey(readPrivateKey(privateKeyPem));
  return {
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** Signs a page's exact bytes; returns the base64 signature to publish as the page's `.sig`. */
export function signPage(bytes: Uint8Array, privateKeyPem: string): string {
  return sign(null, bytes, readPrivateKey(privateKeyPem)).toString('base64');
}

/** Reads a pinned publisher key, PEM or base64 DER SPKI, and refuses anything but Ed25519. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  // createPublicKey happily derives a public key from a private one: refuse it instead, since a
  // private key pasted into a subscription has leaked and the publisher should be told.
  if (/PRIVATE KEY/.test(trimmed)) {
    throw new DeskError('rejected', 'this is a private key: give the publisher\'s public key (the .pub file), and keep the private key secret');
  }
  let key: KeyObject;
  try {
    if (trimmed.startsWith('-----BEGIN')) {
      key = createPublicKey({ key: trimmed, format: 'pem' });
    } else {
      const compact = trimmed.replace(/\s+/g, '');
      if (!BASE64.test(compact)) throw new Error('not base64');
      key = createPublicKey({ key: Buffer.from(compact, 'base64'), format: 'der', type: 'spki' });
    }
  } catch {
    throw new DeskError(
      'rejected',
      'the publisher key is not readable: expected an Ed25519 public key as PEM ("-----BEGIN PUBLIC KEY-----") or as one line of base64',
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new DeskError(
      'rejected',
      `the publisher key is a ${key.asymmetricKeyType ?? 'unknown'} key; feeds are signed with Ed25519 keys (make one with "delegate-desk feed keygen")`,
    );
  }
  return key;
}

/**
 * Whether a key given is the key pinned, whatever the form of each (PEM or base64). A pin that
 * cannot be read (a store edited by hand) is not the same key as any.
 */
export function samePublicKey(given: string, pinned: string | null): boolean {
  if (pinned === null) return false;
  const key = parsePublicKey(given);
  try {
    return key.equals(parsePublicKey(pinned));
  } catch {
    return false;
  }
}

/**
 * Checks a page's `.sig` against the pinned key. A garbled signature is simply not valid: the
 * caller reports "signature does not match", whatever the reason.
 */
export function verifyPage(bytes: Uint8Array, signatureText: string, key: KeyObject): boolean {
  const compact = signatureText.replace(/\s+/g, '');
  if (!BASE64.test(compact)) return false;
  const signature = Buffer.from(compact, 'base64');
  if (signature.length !== SIGNATURE_BYTES) return false;
  try {
    return verify(null, bytes, key, signature);
  } catch {
    return false;
  }
}

function readPrivateKey(privateKeyPem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: privateKeyPem.trim(), format: 'pem' });
  } catch {
    throw new DeskError('rejected', 'the signing key is not readable: expected an Ed25519 private key in PEM ("-----BEGIN PRIVATE KEY-----")');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new DeskError('rejected', `the signing key is a ${key.asymmetricKeyType ?? 'unknown'} key; feeds are signed with Ed25519 keys`);
  }
  return key;
}
