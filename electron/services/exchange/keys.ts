// An organisation's secrets: an Ed25519 key that signs its cards and packages, and an age
// X25519 identity that opens what is sent to it. Generated once per vault and kept only inside
// the encrypted vault; the card carries the public halves.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { generateAgeIdentity, recipientOf } from './age/age';

export interface OrgSecrets {
  /** PKCS#8 DER, base64. */
  signingPrivateKey: string;
  /** Raw 32 bytes, base64. */
  signingPublicKey: string;
  ageIdentity: string;
  ageRecipient: string;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateOrgSecrets(): OrgSecrets {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const age = generateAgeIdentity();
  return {
    signingPrivateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    signingPublicKey: publicKey
      .export({ format: 'der', type: 'spki' })
      .subarray(ED25519_SPKI_PREFIX.length)
      .toString('base64'),
    ageIdentity: age.identity,
    ageRecipient: recipientOf(age.identity),
  };
}

const privateKeyOf = (s: OrgSecrets): KeyObject =>
  createPrivateKey({
    key: Buffer.from(s.signingPrivateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });

export function ed25519PublicKey(rawBase64: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(rawBase64, 'base64')]),
    format: 'der',
    type: 'spki',
  });
}

/** Ed25519 over `domain || message`: a signature made for a card can never pass as a package's. */
export function signWith(secrets: OrgSecrets, domain: string, message: Uint8Array): string {
  return sign(
    null,
    Buffer.concat([Buffer.from(domain, 'utf8'), message]),
    privateKeyOf(secrets),
  ).toString('base64');
}

export function verifyWith(
  publicKeyBase64: string,
  domain: string,
  message: Uint8Array,
  signature: string,
): boolean {
  try {
    return verify(
      null,
      Buffer.concat([Buffer.from(domain, 'utf8'), message]),
      ed25519PublicKey(publicKeyBase64),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
