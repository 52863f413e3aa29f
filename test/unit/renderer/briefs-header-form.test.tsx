// @vitest-environment jsdom
// The header form as a user fills it: the number line printed as typed (and why a symbol is
// refused), the legal warning when a secrecy mark is chosen, the công văn fields, the built
// "Lưu" line, and the check taking the user to the field it names.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEMPLATES, type BriefHeader } from '../../../shared/brief';
import { SECRECY_WARNING } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { HeaderForm } from '../../../renderer/features/briefs/HeaderForm';
import { focusField } from '../../../renderer/features/briefs/focusField';
import { sampleContext } from '../brief/fixtures';

afterEach(cleanup);

function noticeHeader(): BriefHeader {
  return TEMPLATES['conclusion-notice'](sampleContext()).header;
}

function Harness({
  initial,
  problems = {},
}: {
  initial: BriefHeader;
  problems?: Record<string, string>;
}) {
  const [header, setHeader] = useState(initial);
  return (
    <I18nProvider language="vi">
      <details open data-testid="brief-header-card">
        <summary>Thể thức</summary>
        <HeaderForm
          header={header}
          readOnly={false}
          problems={problems}
          onChange={(p) => setHeader((h) => ({ ...h, ...p }))}
        />
      </details>
      <output data-testid="state">{JSON.stringify(header)}</output>
    </I18nProvider>
  );
}

const state = (): BriefHeader =>
  JSON.parse(screen.getByTestId('state').textContent!) as BriefHeader;

describe('brief header form', () => {
  it('prints the number line as the number and symbol are typed, and says why a symbol is refused', async () => {
    const user = userEvent.setup();
    render(<Harness initial={noticeHeader()} />);
    const line = screen.getByTestId('brief-number-line');
    expect(line.textContent).toBe('Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-VPCP');

    await user.type(screen.getByTestId('brief-number'), '5');
    expect(line.textContent).toBe('Số: 05/TB-VPCP');
    expect(state().numberSymbol.number).toBe(5);
    expect(screen.queryByTestId('brief-number-problem')).toBeNull();

    const type = screen.getByLabelText('Viết tắt loại văn bản');
    await user.clear(type);
    await user.type(type, 'BC');
    expect(line.textContent).toBe('Số: 05/BC-VPCP');
    // Choosing another type renames the document, as the name was the type's own.
    expect(state().typeName).toBe('Báo cáo');

    await user.clear(type);
    await user.type(type, 'XYZ');
    expect(line.textContent).toBe('Số: 05/XYZ-VPCP');
    expect(screen.getByTestId('brief-number-problem').textContent).toContain(
      '“XYZ” không có trong bảng chữ viết tắt',
    );
    expect(state().typeName).toBe('Báo cáo');
  });

  it('shows the legal warning in full when a secrecy mark is chosen, and hides it again', async () => {
    const user = userEvent.setup();
    render(<Harness initial={noticeHeader()} />);
    expect(screen.queryByTestId('secrecy-warning')).toBeNull();
    await user.selectOptions(screen.getByTestId('brief-secrecy'), 'mat');
    const warning = screen.getByTestId('secrecy-warning');
    expect(warning.textContent).toBe(SECRECY_WARNING.vi);
    expect(warning.textContent).toContain('117/2025/QH15');
    expect(state().secrecy).toBe('mat');
    await user.selectOptions(screen.getByTestId('brief-secrecy'), 'none');
    expect(screen.queryByTestId('secrecy-warning')).toBeNull();
  });

  it('a công văn asks for V/v and the drafting unit instead of a type name', async () => {
    const user = userEvent.setup();
    const letter = TEMPLATES['official-letter'](sampleContext()).header;
    render(<Harness initial={letter} />);
    expect(screen.queryByLabelText(/Tên loại văn bản/)).toBeNull();
    expect(screen.getByLabelText(/Trích yếu \(sau "V\/v"\)/)).toBeTruthy();
    expect(screen.getByTestId('brief-number-line').textContent).toMatch(/\/VPCP-QHQT$/);
    await user.selectOptions(screen.getByLabelText('Mẫu trình bày'), 'named');
    expect(screen.getByLabelText(/Tên loại văn bản/)).toBeTruthy();
  });

  it('builds the last "Nơi nhận" line from the archive units, initials and copies', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{
          ...noticeHeader(),
          archiveUnits: ['QHQT'],
          drafter: { initials: 'NVA', copies: null },
        }}
      />,
    );
    const archive = screen.getByTestId('brief-archive-line');
    expect(archive.textContent).toBe('- Lưu: VT, QHQT, NVA.');
    await user.type(screen.getByLabelText('Số bản phát hành'), '12');
    expect(archive.textContent).toBe('- Lưu: VT, QHQT, NVA.(12).');

    const recipients = screen.getByLabelText(/^Nơi nhận/);
    await user.clear(recipients);
    await user.type(recipients, 'Thủ tướng Chính phủ{Enter}{Enter}Các Bộ: Ngoại giao, Công Thương');
    expect(state().recipients).toEqual(['Thủ tướng Chính phủ', 'Các Bộ: Ngoại giao, Công Thương']);
  });

  it('marks the fields the check blocks on, and a problem takes the user to its field', () => {
    render(
      <Harness
        initial={{ ...noticeHeader(), issuingBody: '' }}
        problems={{ 'header.issuingBody': 'Tên cơ quan ban hành chưa được nhập.' }}
      />,
    );
    const field = screen.getByLabelText(/Tên cơ quan ban hành/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const card = screen.getByTestId('brief-header-card') as HTMLDetailsElement;
    card.open = false;
    expect(focusField('header.issuingBody')).toBe(true);
    expect(card.open).toBe(true);
    expect(document.activeElement).toBe(field);
    // A problem on a group goes to its first control; the date's wrapper hands focus on.
    expect(focusField('header.numberSymbol')).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('brief-number'));
    expect(focusField('header.date')).toBe(true);
    expect(document.activeElement).toBe(
      within(screen.getByTestId('brief-header-form')).getByLabelText('Ngày ban hành'),
    );
  });
});
