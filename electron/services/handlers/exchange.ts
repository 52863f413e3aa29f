// Exchange between ministries (issue 4): this vault's identity and card, the contacts, sealing
// a package (the bytes come back for a download or the CLI's --out), previewing one (verified,
// nothing written) and importing it with the user's choice for each conflict; the audit log.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { draftView, exportFileName } from '../../../shared/brief';
import { encodeCardFile } from '../exchange/card';
import { exchangeFailures } from '../exchange/failures';
import { MAX_PACKAGE_BYTES } from '../exchange/package';
import { assertExportable } from '../export';
import { renderBrief } from './briefs';
import type { OpenVault } from '../vault/types';
import type { HandlerContext, HandlerGroup } from './context';

type ExchangeCalls =
  | 'identity.get'
  | 'identity.setUnit'
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

/** A file name within `max` characters, cut in the stem so the extension stays. */
const fitName = (name: string, max: number) => {
  if (name.length <= max) return name;
  const ext = path.extname(name);
  return `${name.slice(0, max - ext.length)}${ext}`;
};

interface Rendering {
  briefId: string;
  revision: number;
  format: 'docx' | 'pdf';
  fileName: string;
  bytes: Buffer;
}

/**
 * Each chosen brief's files, rendered from its latest revision through the same pre-export
 * check as an export (a blocking problem refuses the seal with the list). Marked briefs are
 * not rendered: the seal refuses them with the reason.
 */
async function renderBriefs(
  v: OpenVault,
  briefIds: readonly string[],
  formats: readonly ('docx' | 'pdf')[],
  today: string,
): Promise<Rendering[]> {
  const out: Rendering[] = [];
  for (const briefId of briefIds) {
    const stored = v.briefs.get(briefId);
    if (stored.brief.header.secrecy !== 'none') continue;
    for (const format of new Set(formats)) {
      // A draft travels as a draft (DỰ THẢO, no number or day); an issued one as issued.
      const issued = stored.status === 'issued';
      const printed = issued ? stored.brief : draftView(stored.brief, today);
      assertExportable(printed, { figureState: v.briefs.figureStates() });
      const bytes = await renderBrief(printed, format, !issued);
      out.push({
        briefId,
        revision: stored.revision,
        format,
        fileName: fitName(exportFileName(stored.brief, format), 300),
        bytes,
      });
    }
  }
  return out;
}

export function exchangeHandlers({
  session,
  platform,
}: HandlerContext): HandlerGroup<ExchangeCalls> {
  const ex = () => session.require().exchange;
  return {
    'identity.get': () => ex().identity(),
    'identity.setUnit': ({ unit }) => ex().setUnit(unit),
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
    'packages.seal': async ({ renderings: formats, ...req }) => {
      const renderings = await renderBriefs(
        session.require(),
        req.briefIds,
        formats,
        platform.today(),
      );
      // The vault may have been locked while the files rendered: then 'locked', nothing sealed.
      const v = session.require();
      const sealed = v.exchange.seal({ ...req, renderings });
      const exportedAt = new Date().toISOString();
      for (const r of renderings)
        v.briefs.recordExport({
          briefId: r.briefId,
          revision: r.revision,
          format: r.format,
          sha256: createHash('sha256').update(r.bytes).digest('hex'),
          exportedAt,
        });
      return {
        packageId: sealed.manifest.packageId,
        fileName: sealed.fileName,
        base64: sealed.bytes.toString('base64'),
        items: sealed.manifest.items.length,
        leftOut: sealed.leftOut,
      };
    },
    'packages.preview': ({ base64 }) => ex().preview(Buffer.from(base64, 'base64')),
    'packages.import': ({ base64, packageId, resolutions }) => {
      const summary = ex().import(Buffer.from(base64, 'base64'), resolutions, packageId);
      return {
        ...summary,
        attachments: summary.attachments.map((a) => ({
          name: a.name,
          recordId: a.recordId,
          base64: a.bytes.toString('base64'),
        })),
      };
    },
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
