import { describe, expect, it } from 'vitest';
import {
  createBrief,
  inlineNodes,
  layoutBrief,
  numberLine,
  preExportCheck,
  TEMPLATE_NAMES,
  type Brief,
} from '../../../shared/brief';
import {
  ORGANISATION,
  printed,
  printedLines as lines,
  SMALL_MEETING_ID,
  SMALL_OBSERVATION_ID,
  smallContext,
} from './fixtures';

const body = (b: Brief) => JSON.stringify(b.body);

describe('templates fill from the meeting', () => {
  it('conclusion notice: opening, numbered conclusions with their tasks, closing line', () => {
    const b = createBrief('conclusion-notice', smallContext());
    expect(b.header.typeName).toBe('Thông báo');
    expect(b.header.abstract).toBe(
      'Kết luận của Thứ trưởng Bộ Tài chính Trần Thị Bình tại cuộc họp về tiến độ giải ngân vốn đầu tư công',
    );
    expect(numberLine(b.header.numberSymbol, b.header.form)).toMatch(/^Số:\s+\/TB-VPCP$/);
    const out = lines(b);
    expect(out).toContain(
      'Sáng 5/9/2025, tại Trụ sở Bộ Tài chính, Thứ trưởng Bộ Tài chính Trần Thị Bình đã chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công. Tham dự cuộc họp có đồng chí Lê Văn Cường, Vụ trưởng Vụ Đầu tư.',
    );
    // A conclusion with one task carries it in its own paragraph: no lone "a)".
    expect(out).toContain(
      '1. Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm. Hoàn thành giải phóng mặt bằng Dự án đường vành đai. Cơ quan chủ trì: Ủy ban nhân dân tỉnh Bắc Ninh; cơ quan phối hợp: ủy ban nhân dân các tỉnh; thời hạn: 31/10/2025.',
    );
    expect(out.some((l) => /^a\) /.test(l))).toBe(false);
    expect(
      out.some((l) => l.startsWith('2. Rà soát, điều chuyển vốn của các dự án chậm giải ngân.')),
    ).toBe(true);
    expect(out).toContain(
      'Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    );
    expect(out).toContain('- Lưu: VT, QHQT, NVA.');
    expect(out).toContain('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
    expect(out).toContain('PHÓ CHỦ NHIỆM');
    expect(b.meetingId).toBe(SMALL_MEETING_ID);
  });

  it('report: Kính gửi, the figure as a live reference with its source as a footnote, the task table', () => {
    const b = createBrief('report', smallContext());
    expect(b.header.addressees).toEqual(['Thứ trưởng Bộ Tài chính']);
    const figure = [...inlineNodes(b.body.content)].find((n) => n.type === 'indicatorFigure');
    expect(figure?.type === 'indicatorFigure' && figure.attrs).toMatchObject({
      observationId: SMALL_OBSERVATION_ID,
      snapshot: {
        value: 7.52,
        unit: '%',
        revision: 1,
        period: { kind: 'half', year: 2025, half: 1 },
      },
    });
    const layout = layoutBrief(b);
    expect(printed(layout.blocks)).toContain(
      '- Tốc độ tăng trưởng GDP: 7,52% (6 tháng đầu năm 2025).',
    );
    expect(layout.footnotes).toEqual([
      {
        number: 1,
        text: 'Tốc độ tăng trưởng GDP 6 tháng đầu năm 2025: 7,52% (số liệu ước tính, cập nhật ngày 26/8/2025). Nguồn: Cổng Thông tin điện tử Chính phủ (VGP), 26/8/2025.',
      },
    ]);
    expect(body(b)).toContain('"variant":"six-ro"');
    expect(lines(b)).toContain(
      'Tổng số 2 nhiệm vụ: hoàn thành 0; đang thực hiện 2; chưa triển khai 0.',
    );
    expect(lines(b)).toContain('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(lines(b)).toContain('IV. KIẾN NGHỊ, ĐỀ XUẤT');
  });

  it('conclusion notice: a task that restates its conclusion adds only who does it and by when', () => {
    const ctx = smallContext();
    const k1 = ctx.directives.find((d) => d.conclusionId === 'k1')!;
    ctx.directives = ctx.directives.map((d) =>
      d.id === k1.id
        ? { ...d, task: 'Đẩy nhanh việc giải phóng mặt bằng các dự án trọng điểm' }
        : d,
    );
    const first = lines(createBrief('conclusion-notice', ctx)).find((l) => l.startsWith('1. '));
    expect(first).toBe(
      '1. Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm. Cơ quan chủ trì: Ủy ban nhân dân tỉnh Bắc Ninh; cơ quan phối hợp: ủy ban nhân dân các tỉnh; thời hạn: 31/10/2025.',
    );
  });

  it('report: results the user numbered become a), b) under "1. Kết quả chung", not a second 1., 2.', () => {
    const ctx = smallContext();
    ctx.meeting = {
      ...ctx.meeting,
      results:
        'Kết quả nổi bật:\n1. Giải ngân 8 tháng đạt 46,3% kế hoạch.\n2) Ba dự án trọng điểm khởi công.\n- Vốn ODA giải ngân nhanh hơn.',
      difficulties: '- Giải phóng mặt bằng chậm.\n- Thủ tục điều chỉnh vốn kéo dài.',
    };
    const out = lines(createBrief('report', ctx));
    const at = out.indexOf('1. Kết quả chung');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 5)).toEqual([
      'Kết quả nổi bật:',
      'a) Giải ngân 8 tháng đạt 46,3% kế hoạch.',
      'b) Ba dự án trọng điểm khởi công.',
      'c) Vốn ODA giải ngân nhanh hơn.',
    ]);
    // Under the roman heading II. the items are 1., 2.; the typed dashes are gone.
    const ii = out.findIndex((l) => l.startsWith('II.'));
    expect(out.slice(ii + 1, ii + 3)).toEqual([
      '1. Giải phóng mặt bằng chậm.',
      '2. Thủ tục điều chỉnh vốn kéo dài.',
    ]);
  });

  it('plan: legal bases in Decree 30 form and the task table with the six plan columns', () => {
    const b = createBrief('plan', smallContext());
    expect(b.header.legalBases).toEqual([
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư',
    ]);
    const out = lines(b);
    expect(out).toContain(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.',
    );
    for (const column of [
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời gian hoàn thành',
      'Sản phẩm',
    ]) {
      expect(out).toContain(column);
    }
    // Both tasks share their coordinating unit: said once above the table, not in a column.
    expect(out).not.toContain('Cơ quan phối hợp');
    expect(out).toContain('Cơ quan phối hợp: Ủy ban nhân dân các tỉnh.');
    expect(out).toContain('Trình phương án điều chuyển vốn');
    expect(out).toContain('31/10/2025');
  });

  it('official letter: no type name, V/v under the number, Kính gửi the units given tasks', () => {
    const b = createBrief('official-letter', smallContext());
    expect(b.header.form).toBe('official-letter');
    expect(numberLine(b.header.numberSymbol, b.header.form)).toMatch(/\/VPCP-QHQT$/);
    const out = lines(b);
    expect(out).toContain(
      'V/v triển khai kết luận của Thứ trưởng Bộ Tài chính Trần Thị Bình tại cuộc họp ngày 5/9/2025',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        '- Ủy ban nhân dân tỉnh Bắc Ninh;',
        '- Ủy ban nhân dân các tỉnh;',
        '- Vụ Đầu tư.',
      ]),
    );
    expect(out).toContain('Trân trọng./.');
    expect(out).not.toContain('CÔNG VĂN');
  });

  it('minutes: no place or date in the header, the meeting lines, secretary and chair side by side', () => {
    const b = createBrief('minutes', smallContext());
    const out = lines(b);
    expect(out.some((l) => l.startsWith('Hà Nội, ngày'))).toBe(false);
    expect(out).toContain('BIÊN BẢN');
    expect(out).toContain('Họp về tiến độ giải ngân vốn đầu tư công');
    expect(out).toContain('Thời gian bắt đầu: Sáng 5/9/2025.');
    expect(out).toContain('Chủ trì (chủ tọa): Thứ trưởng Bộ Tài chính Trần Thị Bình.');
    expect(out).toContain('Cuộc họp kết thúc vào … giờ …, ngày 05 tháng 9 năm 2025./.');
    expect(out).toEqual(
      expect.arrayContaining(['THƯ KÝ', 'CHỦ TỌA', 'Trần Thị Bình', '- Lưu: VT, Hồ sơ, NVA.']),
    );
  });

  it('talking points: a working paper with the key figures and no number or signature', () => {
    const b = createBrief('talking-points', smallContext());
    expect(numberLine(b.header.numberSymbol, b.header.form)).toBeNull();
    const out = lines(b);
    expect(out).toContain('ĐỀ CƯƠNG PHÁT BIỂU');
    expect(out).toContain(
      'Của đồng chí Phó Chủ nhiệm Nguyễn Văn An tại cuộc họp về tiến độ giải ngân vốn đầu tư công',
    );
    expect(out).toContain('- Tốc độ tăng trưởng GDP: 7,52% (6 tháng đầu năm 2025).');
    expect(out).toContain('Xin trân trọng cảm ơn./.');
    expect(out).not.toContain('Nơi nhận:');
  });

  it('submission: Kính gửi the approver, grounds from the legal references, the request', () => {
    const b = createBrief('submission', smallContext());
    const out = lines(b);
    expect(b.header.typeName).toBe('Tờ trình');
    expect(out).toContain('Kính gửi: Thứ trưởng Bộ Tài chính');
    expect(out).toContain(
      '- Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
    );
    expect(out).toContain(
      'Văn phòng Chính phủ kính trình Thứ trưởng Bộ Tài chính xem xét, phê duyệt./.',
    );
    expect(out[out.indexOf('Nơi nhận:') + 1]).toBe('- Như trên;');
  });

  it('with a complete organisation, a template blocks only on what it leaves for the drafter to fill', () => {
    const leftToFill = new Set(['placeholder', 'empty-task-cell', 'no-secretary']);
    for (const name of TEMPLATE_NAMES) {
      const blocking = preExportCheck(createBrief(name, smallContext())).filter(
        (p) => p.severity === 'blocking',
      );
      expect(
        blocking.filter((p) => !leftToFill.has(p.code)),
        name,
      ).toEqual([]);
    }
    // The conclusion notice leaves nothing: it can be issued as drafted.
    expect(
      preExportCheck(createBrief('conclusion-notice', smallContext())).filter(
        (p) => p.severity === 'blocking',
      ),
    ).toEqual([]);
  });

  it('the issuing body, place and signer come from the organisation, the date from today', () => {
    const b = createBrief('conclusion-notice', { ...smallContext(), today: '2026-01-05' });
    expect(b.header).toMatchObject({
      issuingBody: ORGANISATION.name,
      place: 'Hà Nội',
      date: '2026-01-05',
    });
    expect(lines(b)).toContain('Hà Nội, ngày 05 tháng 01 năm 2026');
  });
});
