// Exchange between ministries (issue 4): this vault's card, the contacts, sealing a package
// (the bytes come back for a download or the CLI's --out), previewing one (verified, nothing
// written) and importing it with the user's choice for each conflict; the audit log.
import fs from 'node:fs';
import path from 'node:path';
import { encodeCardFile } from '../exchange/card';
import { exchangeFailures } from '../exchange/failures';
import { MAX_PACKAGE_BYTES } from '../exchange/package';
import type { HandlerContext, HandlerGroup } from './context';

type ExchangeCalls =
  | 'identity.card'
  | 'contacts.list'
  | 'contacts.add'
  | 'contacts.rename'
  | 'contacts.revoke'
  | 'packages.seal'
  | 'packages.preview'
  | 'packages.import'
  | 'exchange.log'
  | 'exchange.sources'
  | 'packages.pending';

const contactInfo = (c: {
  name: string;
  fingerprint: string;
  organisation: string;
  unit: string;
  verifiedAt: string;
  revokedAt: string | null;
}) => ({
  name: c.name,
  fingerprint: c.fingerprint,
  organisation: c.organisation,
  unit: c.unit,
  verifiedAt: c.verifiedAt,
  revokedAt: c.revokedAt,
});

// Characters no file system takes in a name, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;
const fileSafe = (s: string) =>
  s.replace(UNSAFE_IN_FILE_NAME, ' ').trim().slice(0, 80) || 'the-dinh-danh';

export function exchangeHandlers({
  session,
  platform,
}: HandlerContext): HandlerGroup<ExchangeCalls> {
  const ex = () => session.require().exchange;
  return {
    'identity.card': () => {
      const { card, fingerprint } = ex().myCard();
      return {
        card,
        fingerprint,
        fileName: `${fileSafe(card.name)}.bdcard`,
        fileText: encodeCardFile(card),
      };
    },
    'contacts.list': () => ex().contacts().map(contactInfo),
    'contacts.add': ({ cardText, fingerprint }) =>
      contactInfo(ex().addContact(Buffer.from(cardText, 'utf8'), fingerprint)),
    'contacts.rename': ({ fingerprint, name }) =>
      contactInfo(ex().renameContact(fingerprint, name)),
    'contacts.revoke': ({ fingerprint }) => contactInfo(ex().revokeContact(fingerprint)),
    'packages.seal': (req) => {
      const sealed = ex().seal(req);
      return {
        packageId: sealed.manifest.packageId,
        fileName: sealed.fileName,
        base64: sealed.bytes.toString('base64'),
        items: sealed.manifest.items.length,
      };
    },
    'packages.preview': ({ base64 }) => ex().preview(Buffer.from(base64, 'base64')),
    'packages.import': ({ base64, resolutions }) =>
      ex().import(Buffer.from(base64, 'base64'), resolutions),
    'exchange.log': () => ex().log(),
    'packages.pending': () => {
      const file = platform.takeOpenedPackage?.() ?? null;
      if (file === null) return null;
      const size = fs.statSync(file).size;
      if (size > MAX_PACKAGE_BYTES)
        throw exchangeFailures.tooLarge(MAX_PACKAGE_BYTES / 1024 / 1024);
      return { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') };
    },
    'exchange.sources': ({ kind, ids }) => ex().sources(kind, ids),
  };
}
