// The vault service: encrypted SQLite (SQLite3MC, AEGIS, raw random key) with key slots in a
// sidecar file. Handlers use `vaultFactory` and the OpenVault it returns (types.ts).
export { vaultFactory, createVaultFactory, type VaultFactoryOptions } from './storage/factory';
export { vaultPragmas, vaultIntegrityOk } from './storage/open-vault';
export { pragmaProblems, type VaultPragmas } from './storage/connection';
export { DEFAULT_ARGON2, nativeArgon2Available, type Argon2Params } from './storage/kdf';
export { keysPathOf } from './storage/key-slots';
export { LATEST_SCHEMA_VERSION } from './storage/migrate';
export type {
  BriefExportRecord,
  OpenVault,
  VaultFactory,
  UnlockSecret,
  MeetingSave,
  DirectiveSave,
  IndicatorSave,
  ObservationSave,
} from './types';
