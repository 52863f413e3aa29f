// The exchange functions of an open vault, as one group (guarded against use after lock).
import type { VaultContext } from '../context';
import { importPackage, myCard, previewPackage, type PackageInput } from './open-import';
import { addContact, listContacts, renameContact, revokeContact } from './contacts';
import { identityInfo, setMyUnit } from './identity';
import { exchangeLog, verifyExchangeLog } from './log';
import { recordSource, type RecordKind, type RecordSource, type Resolution } from './merge';
import { sealFromVault, sealFromVaultToFile, type SealRequest, type SealTarget } from './seal';

export const exchangeRepository = (ctx: VaultContext) => ({
  identity: () => identityInfo(ctx),
  setUnit: (unit: string) => setMyUnit(ctx, unit),
  myCard: () => myCard(ctx),
  contacts: () => listContacts(ctx),
  addContact: (cardBytes: Uint8Array, typedFingerprint: string) =>
    addContact(ctx, cardBytes, typedFingerprint),
  renameContact: (fingerprint: string, name: string) => renameContact(ctx, fingerprint, name),
  revokeContact: (fingerprint: string) => revokeContact(ctx, fingerprint),
  seal: (req: SealRequest) => sealFromVault(ctx, req),
  sealToFile: (req: SealRequest, target: SealTarget) => sealFromVaultToFile(ctx, req, target),
  preview: (input: PackageInput) => previewPackage(ctx, input),
  import: (
    input: PackageInput,
    resolutions: Readonly<Record<string, Resolution>>,
    expectedPackageId?: string,
  ) => importPackage(ctx, input, resolutions, expectedPackageId),
  log: () => exchangeLog(ctx),
  verifyLog: () => verifyExchangeLog(ctx),
  source: (kind: RecordKind, id: string) => recordSource(ctx, kind, id),
  sources: (kind: RecordKind, ids: readonly string[]) => {
    const out: Record<string, RecordSource> = {};
    for (const id of ids) {
      const s = recordSource(ctx, kind, id);
      if (s) out[id] = s;
    }
    return out;
  },
});
