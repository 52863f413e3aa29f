// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi as viDict } from '../../../renderer/i18n/vi';
import { en as enDict } from '../../../renderer/i18n/en';
import { App } from '../../../renderer/App';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { realApp } from './setup';
import { giveElementsASize } from './layout-shim';

afterEach(cleanup);

describe('interface language', () => {
  it('every Vietnamese string is NFC, and English has exactly the same keys', () => {
    for (const [key, value] of Object.entries(viDict))
      expect(value, key).toBe(value.normalize('NFC'));
    expect(Object.keys(enDict).sort()).toEqual(Object.keys(viDict).sort());
  });

  it('starts in Vietnamese, switches to English from the top bar, and the host remembers it', async () => {
    giveElementsASize();
    const desk = await realApp({ unlocked: true });
    await act(async () => {
      await useSettingsStore.getState().loadSettings();
      await useVaultStore.getState().loadStatus();
    });
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByTestId('nav-directives').textContent).toBe('Nhiệm vụ');
    expect(screen.getByTestId('lock-button').textContent).toBe('Khóa kho');

    await user.click(screen.getByTestId('lang-en'));
    expect(screen.getByTestId('nav-directives').textContent).toBe('Directives');
    expect(document.documentElement.lang).toBe('en');
    // The host's preferences say so: the next window opens in English.
    expect((await desk.ok('settings.get', {})).language).toBe('en');
  });
});
