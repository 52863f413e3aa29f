// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessPassphrase } from '../../../shared/passphrase';
import { PassphraseMeter } from '../../../renderer/features/vault/components/PassphraseMeter';
import { CreateVaultForm } from '../../../renderer/features/vault/components/CreateVaultForm';

afterEach(cleanup);

describe('passphrase strength', () => {
  it('accepts 12+ characters or a phrase of 4+ different words, refuses the rest', () => {
    expect(assessPassphrase('ngắn quá').acceptable).toBe(false);
    expect(assessPassphrase('Xk7#pQ2!m').acceptable).toBe(false);
    expect(assessPassphrase('Tr0ng-d4m-s3n!').acceptable).toBe(true);
    expect(assessPassphrase('mùa thu Hà Nội có hoa sữa').acceptable).toBe(true);
    expect(assessPassphrase('trà đá vỉa hè').acceptable).toBe(true);
    expect(assessPassphrase('ba ba ba ba ba').acceptable).toBe(false);
  });

  it('refuses a common password padded to length, and says why', () => {
    const s = assessPassphrase('matkhau123456!');
    expect(s.acceptable).toBe(false);
    expect(s.hints).toContain('commonWord');
    // Diacritics do not hide it: "mật khẩu" folds to the same word.
    expect(assessPassphrase('Mật_Khẩu_2025!!').hints).toContain('commonWord');
    expect(assessPassphrase('aaaaaaaaaaaaaaaa').acceptable).toBe(false);
  });

  it('scores longer and more varied passphrases higher', () => {
    const a = assessPassphrase('abcdefgh').score;
    const b = assessPassphrase('abcdefghijkm').score;
    const c = assessPassphrase('Sông Hồng chảy qua Hà Nội mỗi sáng').score;
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(c).toBe(4);
  });

  it('the meter shows the level and what to do', () => {
    const { rerender } = render(
      <PassphraseMeter strength={assessPassphrase('abc')} empty={false} />,
    );
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('passphrase-strength').textContent).toContain('Rất yếu');
    expect(screen.getByTestId('passphrase-strength').textContent).toContain('Cần ít nhất 12 ký tự');
    rerender(
      <PassphraseMeter
        strength={assessPassphrase('Sông Hồng chảy qua Hà Nội mỗi sáng')}
        empty={false}
      />,
    );
    expect(screen.getByTestId('passphrase-strength').textContent).toContain('Rất mạnh — dùng được');
  });

  it('the create form will not submit a weak or mismatched passphrase', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <CreateVaultForm
        defaultFolder="/home/u/Tài liệu"
        canChooseFile={false}
        onChooseFile={async () => null}
        busy={false}
        error={null}
        onSubmit={onSubmit}
      />,
    );
    expect((screen.getByTestId('vault-path') as HTMLInputElement).value).toBe(
      '/home/u/Tài liệu/kho-briefing-desk.bdvault',
    );
    await user.type(screen.getByTestId('vault-organisation'), 'Bộ Ngoại giao');
    await user.type(screen.getByTestId('create-passphrase'), 'matkhau');
    await user.type(screen.getByTestId('create-passphrase-confirm'), 'matkhau');
    await user.click(screen.getByTestId('create-vault-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/chưa đủ mạnh/)).toBeTruthy();

    await user.clear(screen.getByTestId('create-passphrase'));
    await user.type(screen.getByTestId('create-passphrase'), 'mùa thu Hà Nội có hoa sữa');
    await user.click(screen.getByTestId('create-vault-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Hai lần nhập không khớp nhau.')).toBeTruthy();

    await user.clear(screen.getByTestId('create-passphrase-confirm'));
    await user.type(screen.getByTestId('create-passphrase-confirm'), 'mùa thu Hà Nội có hoa sữa');
    await user.click(screen.getByTestId('create-vault-submit'));
    expect(onSubmit).toHaveBeenCalledWith({
      path: '/home/u/Tài liệu/kho-briefing-desk.bdvault',
      organisation: 'Bộ Ngoại giao',
      passphrase: 'mùa thu Hà Nội có hoa sữa',
    });
  });
});
