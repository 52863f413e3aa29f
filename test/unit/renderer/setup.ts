// Shared set-up for renderer tests: a fresh fake transport, fresh stores, DOM cleanup.
import { cleanup } from '@testing-library/react';
import { installApi } from '../../../renderer/api/client';
import { installFilePicker } from '../../../renderer/api/file-picker';
import { installPackageFiles } from '../../../renderer/api/package-files';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import { dropRecords } from '../../../renderer/stores/session';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { createFakeDesk, fakePicker, type FakeDesk } from './fake-desk';
import { fakePackageFiles } from './fake-package-files';

export function freshApp(options: { unlocked?: boolean; today?: string } = {}): FakeDesk {
  cleanup();
  const desk = createFakeDesk(options);
  installApi(desk.api);
  installFilePicker(fakePicker);
  installPackageFiles(fakePackageFiles());
  dropRecords();
  useNavigationStore.setState({ view: 'meetings', helpOpen: false, pendingLeave: null });
  useVaultStore.setState({
    status: null,
    assumed: false,
    entry: null,
    busy: false,
    error: null,
    retryAt: null,
    recoveryKey: null,
    sampleBusy: false,
    sampleError: null,
  });
  useSettingsStore.setState({ settings: null, language: 'vi', error: null });
  return desk;
}
