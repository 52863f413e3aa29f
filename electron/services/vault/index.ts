// The vault service: encrypted SQLite (SQLite3MC, AEGIS, raw random key) with key slots in a
// sidecar file. Handlers use `vaultFactory` and the OpenVault it returns (types.ts).
export { vaultFactory, createVaultFactory, type VaultFactoryOptions } from './factory';
export { vaultPragmas, vaultIntegrityOk } from './open-vault';
export { pragmaProblems, type VaultPragmas } from './connection';
export { DEFAULT_ARGON2, nativeArgon2Available, type Argon2Params } from './kdf';
export { keysPathOf } from './key-slots';
export { LATEST_SCHEMA_VERSION } from './migrate';
export type { BriefExportRecord, OpenVault, VaultFactory, UnlockSecret, MeetingSave, DirectiveSave, IndicatorSave, ObservationSave } from './types';
