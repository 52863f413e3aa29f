// Issue 10 §5: a report's recommendations to a superior ("kiến nghị", "đề nghị Thủ tướng …")
// are not tasks, and the extraction does not propose them as directives — so nothing proposed
// needs a 'recommendation' kind yet. "Đề nghị <unit> chủ trì …" in a notice is an assignment
// and stays a proposed task.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../shared/extract';

describe('recommendation sentences in a report', () => {
  it('are not proposed as tasks', () => {
    for (const s of [
      'Đề nghị Thủ tướng Chính phủ cho phép thí điểm cơ chế điều phối đặc thù trong hội nhập quốc tế.',
      'Kiến nghị Chính phủ sớm ban hành Nghị định hướng dẫn thi hành Luật Đầu tư.',
      'Bộ Công Thương kiến nghị Thủ tướng Chính phủ cho phép kéo dài thời gian thực hiện Đề án.',
      'Kiến nghị của đại biểu: hỗ trợ doanh nghiệp đạt chuẩn về chuyển đổi xanh.',
    ])
      expect(extract(s).directives, s).toEqual([]);
  });

  it('an assignment that starts with "Đề nghị" still is', () => {
    const [d] = extract(
      'Đề nghị Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương hoàn thiện Đề án trước ngày 15/12/2025.',
    ).directives;
    expect(d).toMatchObject({ lead: 'Bộ Tài chính', coordinating: ['Bộ Công Thương'] });
  });
});
