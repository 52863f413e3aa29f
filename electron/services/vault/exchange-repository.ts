// The exchange functions of an open vault, as one group (guarded against use after lock).
import type { VaultContext } from './context';
import { exchangeLog, importPackage, myCard, previewPackage } from './exchange';
import { recordSource, type RecordKind, type Resolution } from './exchange-merge';
import { sealFromVault, type SealRequest } from './exchange-seal';
import { addContact, listContacts, renameContact, revokeContact } from './exchange-identity';

export const exchangeRepository = (ctx: VaultContext) => ({
  myCard: () => myCard(ctx),
  contacts: () => listContacts(ctx),
  addContact: (cardBytes: Uint8Array, typedFingerprint: string) =>
    addContact(ctx, cardBytes, typedFingerprint),
  renameContact: (fingerprint: string, name: string) => renameContact(ctx, fingerprint, name),
  revokeContact: (fingerprint: string) => revokeContact(ctx, fingerprint),
  seal: (req: SealRequest) => sealFromVault(ctx, req),
  preview: (bytes: Uint8Array) => previewPackage(ctx, bytes),
  import: (bytes: Uint8Array, resolutions: Readonly<Record<string, Resolution>>) =>
    importPackage(ctx, bytes, resolutions),
  log: () => exchangeLog(ctx),
  source: (kind: RecordKind, id: string) => recordSource(ctx, kind, id),
  sources: (kind: RecordKind, ids: readonly string[]) => {
    const out: Record<string, { sourceOrg: string; packageId: string; at: string }> = {};
    for (const id of ids) {
      const s = recordSource(ctx, kind, id);
      if (s) out[id] = s;
    }
    return out;
  },
});
