import { describe, expect, it } from 'vitest';
import { extract } from '../../../../shared/extract';
import {
  parsePeriod,
  formatPeriod,
  periodStart,
  periodEnd,
} from '../../../../shared/format/period';

describe('extraction engine', () => {
  it('gives a comparison figure its own period, not the sentence’s', () => {
    const r = extract(
      'GDP quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước, chỉ thấp hơn mức tăng 14,38% của quý III/2022.',
    );
    expect(r.figures.map((f) => [f.value, f.period?.label])).toEqual([
      [8.23, 'quý III/2025'],
      [14.38, 'quý III/2022'],
    ]);
    expect(r.figures[0]?.qualifier).toBe('estimate');
    expect(r.figures[0]?.rule).toMatch(/kind:/);
  });

  it('carries "Tính chung 9 tháng" to the next sentence and reads ranges and thousands', () => {
    const r = extract(
      'Tính chung 9 tháng năm 2025, xuất khẩu đạt 348,7 tỷ USD. Nhập khẩu đạt 1.234,5 nghìn tỷ đồng, tăng 8,3–8,5%.',
    );
    expect(
      r.figures.map((f) => [f.subject, f.value, f.valueHigh, f.unit, f.period?.label]),
    ).toEqual([
      ['Kim ngạch xuất khẩu', 348.7, undefined, 'tỷ USD', '9 tháng đầu năm 2025'],
      ['Kim ngạch nhập khẩu', 1234.5, undefined, 'nghìn tỷ đồng', '9 tháng đầu năm 2025'],
      ['Kim ngạch nhập khẩu', 8.3, 8.5, '%', '9 tháng đầu năm 2025'],
    ]);
  });

  it('reads text in NFD like NFC', () => {
    const nfc =
      'Bộ Tài chính chủ trì, phối hợp với NHNN hoàn thiện Đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.';
    const a = extract(nfc.normalize('NFD'));
    expect(a.directives).toHaveLength(1);
    expect(a.directives[0]).toMatchObject({
      lead: 'Bộ Tài chính',
      coordinating: ['Ngân hàng Nhà nước Việt Nam'],
      due: '2025-12-15',
      dueText: 'trước ngày 15/12/2025',
    });
  });

  it('proposes nothing from text with no figures or tasks', () => {
    expect(extract('Hai bên trao đổi ý kiến trong không khí thân mật.')).toEqual({
      figures: [],
      directives: [],
    });
  });

  it('reads the meeting facts of an opening paragraph', () => {
    const r = extract(
      'Sáng ngày 26/8/2025, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp Ban Chỉ đạo, kết nối trực tuyến với 34 tỉnh, thành phố. Tham dự có Phó Thủ tướng Hồ Đức Phớc; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng.',
    );
    expect(r.meeting).toMatchObject({
      date: '2025-08-26',
      chair: { title: 'Thủ tướng Chính phủ', name: 'Phạm Minh Chính' },
      place: 'trụ sở Chính phủ',
      connectionPoints: 34,
      attendees: [
        { title: 'Phó Thủ tướng', name: 'Hồ Đức Phớc' },
        { title: 'Bộ trưởng Bộ Tài chính', name: 'Nguyễn Văn Thắng' },
      ],
    });
    expect(r.figures).toEqual([]);
  });

  it('holds and reads the new periods: giai đoạn and lũy kế đến ngày', () => {
    const years = parsePeriod('giai đoạn 2021–2025');
    expect(years.ok && formatPeriod(years.value)).toBe('giai đoạn 2021–2025');
    expect(years.ok && [periodStart(years.value), periodEnd(years.value)]).toEqual([
      '2021-01-01',
      '2025-12-31',
    ]);
    const toDate = parsePeriod('lũy kế đến ngày 15/10/2025');
    expect(
      toDate.ok && [formatPeriod(toDate.value), periodStart(toDate.value), periodEnd(toDate.value)],
    ).toEqual(['đến ngày 15/10/2025', '2025-01-01', '2025-10-15']);
  });
});

describe('source citation', () => {
  it('names the title, publisher and date, and the file', async () => {
    const { sourceCitation } = await import('../../../../shared/extract/citation');
    expect(
      sourceCitation({
        title: 'Báo cáo quý III',
        publisher: 'Cục Thống kê',
        publishedOn: '2025-10-06',
        fileName: 'bc.docx',
      }),
    ).toBe('Báo cáo quý III (Cục Thống kê, 6/10/2025), tệp bc.docx');
    expect(sourceCitation({ fileName: 'bc.pdf' })).toBe('tệp bc.pdf');
  });
});
