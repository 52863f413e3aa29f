// A changed field as people read it (history panel, package preview): the field's label in the
// interface language, a date the Vietnamese way, a coded value by its name, and anything not
// recognised shown as it came rather than hidden.
import { describe, expect, it } from 'vitest';
import { fieldLabel, valueText } from '../../../renderer/features/history/field-text';
import { translate, type MessageKey } from '../../../renderer/i18n';

const vi = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('vi', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('en', key, params);

describe('changed fields as text', () => {
  it('names a field by its record kind, then by the labels every kind shares', () => {
    expect(fieldLabel(vi, 'title', 'meeting')).toBe('Tên cuộc họp');
    expect(fieldLabel(vi, 'status', 'observation')).toBe('Tình trạng');
    expect(fieldLabel(vi, 'originOrg', 'directive')).toBe('Cơ quan lập bản ghi');
    expect(fieldLabel(en, 'attendees', 'meeting')).toBe('Attendees');
    expect(fieldLabel(vi, 'somethingNew', 'meeting')).toBe('somethingNew');
  });

  it('writes dates the Vietnamese way and codes by their names, per kind of record', () => {
    expect(valueText(vi, 'date', '2025-08-26', 'meeting')).toBe('26/8/2025');
    expect(valueText(vi, 'mode', 'in-person', 'meeting')).toBe('Trực tiếp');
    expect(valueText(vi, 'status', 'done', 'directive')).toBe('Hoàn thành');
    expect(valueText(vi, 'status', 'preliminary', 'observation')).toBe(
      translate('vi', 'obsStatus.preliminary'),
    );
    expect(valueText(vi, 'kind', 'regular', 'meeting')).toBe(translate('vi', 'kind.regular'));
    // A directive's kind (task or recommendation), in the history and in a package preview.
    expect(fieldLabel(vi, 'kind', 'directive')).toBe('Loại');
    expect(valueText(vi, 'kind', 'recommendation', 'directive')).toBe('Kiến nghị');
    expect(valueText(en, 'kind', 'directive', 'directive')).toBe('Task');
    expect(valueText(vi, 'kind', 'recommendation')).toBe('Kiến nghị');
    // Free text that happens to match a code of another field stays as typed.
    expect(valueText(vi, 'title', 'done', 'meeting')).toBe('done');
    expect(valueText(vi, 'summary', 'Đắk Lắk báo cáo quý III/2025', 'meeting')).toBe(
      'Đắk Lắk báo cáo quý III/2025',
    );
  });
});
