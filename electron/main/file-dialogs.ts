// What each native file dialog of the Electron shell asks, by purpose (pure, so it is tested
// without Electron): vaults and backups filter *.bdvault, packages *.bdpack; choosing where
// received attachments go is a folder dialog. The path a dialog returns becomes a handle in the
// handler (vault.chooseFile) and never leaves main.
import type { FilePurpose } from '../../shared/contract';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export const VAULT_FILTER: DialogFilter = { name: 'Briefing Desk vault', extensions: ['bdvault'] };
export const PACKAGE_FILTER: DialogFilter = {
  name: 'Gói Briefing Desk / Briefing Desk package',
  extensions: ['bdpack'],
};

export type FileDialog =
  | {
      kind: 'open';
      options: {
        title: string;
        defaultPath: string;
        filters?: DialogFilter[];
        properties: ('openFile' | 'openDirectory' | 'createDirectory')[];
      };
    }
  | { kind: 'save'; options: { title: string; defaultPath: string; filters: DialogFilter[] } };

const OPEN: Partial<Record<FilePurpose, { title: string; filter: DialogFilter }>> = {
  'open-vault': { title: 'Mở kho / Open vault', filter: VAULT_FILTER },
  'restore-source': { title: 'Chọn bản sao lưu / Choose a backup', filter: VAULT_FILTER },
  'open-package': { title: 'Mở gói / Open a package', filter: PACKAGE_FILTER },
};

const SAVE: Partial<Record<FilePurpose, { title: string; filter: DialogFilter }>> = {
  'create-vault': { title: 'Tạo kho mới / New vault', filter: VAULT_FILTER },
  'save-backup': { title: 'Sao lưu kho / Back up vault', filter: VAULT_FILTER },
  'restore-target': {
    title: 'Khôi phục thành kho mới / Restore as a new vault',
    filter: VAULT_FILTER,
  },
  // A save dialog asks the OS's "replace?" itself for an existing file (vault.chooseFile).
  'save-package': { title: 'Lưu gói / Save the package', filter: PACKAGE_FILTER },
};

export function fileDialogFor(purpose: FilePurpose, documents: string): FileDialog {
  if (purpose === 'attachments-folder')
    return {
      kind: 'open',
      options: {
        title: 'Lưu tệp kèm vào thư mục / Save the attachments in a folder',
        defaultPath: documents,
        properties: ['openDirectory', 'createDirectory'],
      },
    };
  const open = OPEN[purpose];
  if (open)
    return {
      kind: 'open',
      options: {
        title: open.title,
        defaultPath: documents,
        filters: [open.filter],
        properties: ['openFile'],
      },
    };
  const save = SAVE[purpose]!;
  return {
    kind: 'save',
    options: { title: save.title, defaultPath: documents, filters: [save.filter] },
  };
}
