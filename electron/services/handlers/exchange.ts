// Exchange between ministries (issue 4): this vault's identity and card, the contacts, sealing
// a package into the file behind a 'save-package' handle, previewing one from an 'open-package'
// handle (verified, nothing written) and importing it with the user's choice for each conflict;
// the audit log. No package bytes pass through these calls.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { draftView, exportFileName } from '../../../shared/brief';
import { encodeCardFile } from '../exchange/card';
import { assertExportable } from '../export/exportable';
import { saveAttachments } from '../files/attachment-namer';
import type { Contact } from '../vault/exchange/contacts';
import type { PackageInput } from '../vault/exchange/open-import';
import { AppFailure } from '../../../shared/result';
import { renderBrief } from '../export/render-thread';
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

/** What the screen is told of a contact: not its card nor its lineage. */
const contactInfo = (
  c: Pick<Contact, 'name' | 'fingerprint' | 'organisation' | 'unit' | 'verifiedAt' | 'revokedAt'>,
) => ({
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
      const bytes = await renderBrief({ brief: printed, format, asDraft: !issued });
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
  /** The package file behind an 'open-package' handle (no package bytes over the calls). */
  const packageInput = (handle: string): PackageInput => ({
    file: session.files.resolve(handle, 'open-package').path,
  });
  const attachmentsFolder = (handle: string): string => {
    const dir = session.files.resolve(handle, 'attachments-folder').path;
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
      throw AppFailure.of(
        'not-found',
        `Không có thư mục ${path.basename(dir)} để lưu tệp kèm.`,
        `There is no folder ${path.basename(dir)} to save the attachments in.`,
      );
    return dir;
  };
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
    'packages.seal': async ({ renderings: formats, file, ...req }) => {
      // Checked before anything is rendered; used (once) only when the package is written.
      session.files.resolve(file, 'save-package');
      const renderings = await renderBriefs(
        session.require(),
        req.briefIds,
        formats,
        platform.today(),
      );
      // The vault may have been locked while the files rendered: then 'locked', nothing sealed.
      const v = session.require();
      const target = session.files.consume(file, 'save-package');
      const sealed = v.exchange.sealToFile(
        { ...req, renderings },
        { path: target.path, mode: target.mayReplace ? 'replace' : 'never' },
      );
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
        items: sealed.manifest.items.length,
        leftOut: sealed.leftOut,
      };
    },
    'packages.preview': ({ file }) => ex().preview(packageInput(file)),
    'packages.import': ({ packageId, resolutions, attachments: folder, file }) => {
      // The folder is checked before anything is imported: a bad choice imports nothing.
      const dir = folder === undefined ? null : attachmentsFolder(folder);
      const { release, attachments, ...summary } = ex().import(
        packageInput(file),
        resolutions,
        packageId,
      );
      try {
        const saved = dir === null ? [] : saveAttachments(dir, attachments);
        return {
          ...summary,
          attachments: attachments.map((a, i) => ({
            name: a.name,
            recordId: a.recordId,
            ...(saved[i] === undefined ? {} : { savedAs: saved[i] }),
          })),
        };
      } finally {
        release();
      }
    },
    'exchange.log': () => ex().log(),
    'packages.pending': () => {
      const file = platform.takeOpenedPackage?.() ?? null;
      if (file === null) return null;
      // A handle like a dialog's: preview and import read the file itself, streaming (the
      // opener refuses one past its size limit as it reads).
      return { fileName: path.basename(file), file: session.files.mint('open-package', file) };
    },
    'exchange.sources': ({ kind, ids }) => ex().sources(kind, ids),
  };
}
