import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDecree30Date,
  formatLongDateEn,
  formatMeetingWhen,
  formatMeetingWhenEn,
  formatPlaceAndDate,
  formatShortDate,
  parseShortDate,
  todayIso,
} from '../../../shared/format';
import { itRefuses } from './refusal';

describe('Decree 30 issue-date line', () => {
  it('pads days below 10 and only the months January and February', () => {
    expect(formatDecree30Date('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDecree30Date('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020');
    expect(formatDecree30Date('2025-08-26')).toBe('ngày 26 tháng 8 năm 2025');
    expect(formatDecree30Date('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatDecree30Date('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatDecree30Date('2025-12-01')).toBe('ngày 01 tháng 12 năm 2025');
  });

  it('puts the place before the date', () => {
    expect(formatPlaceAndDate('Hà Nội', '2025-08-26')).toBe('Hà Nội, ngày 26 tháng 8 năm 2025');
    expect(formatPlaceAndDate('Hà Nội'.normalize('NFD'), '2020-01-05')).toBe(
      'Hà Nội, ngày 05 tháng 01 năm 2020',
    );
  });

  it('shows a malformed stored date as stored instead of inventing one', () => {
    expect(formatDecree30Date('2025-02-30')).toBe('2025-02-30');
    expect(formatShortDate('garbage')).toBe('garbage');
  });
});

describe('short dates and meeting times', () => {
  it('writes d/m/yyyy without padding', () => {
    expect(formatShortDate('2025-08-26')).toBe('26/8/2025');
    expect(formatShortDate('2025-05-31')).toBe('31/5/2025');
  });

  it('says when a meeting is, as an invitation does', () => {
    expect(formatMeetingWhen('2025-08-26', 'afternoon', null)).toBe('chiều 26/8/2025');
    expect(formatMeetingWhen('2025-08-26', 'morning', null)).toBe('sáng 26/8/2025');
    expect(formatMeetingWhen('2025-08-26', 'evening', null)).toBe('tối 26/8/2025');
    expect(formatMeetingWhen('2025-08-26', 'all-day', null)).toBe('26/8/2025');
    expect(formatMeetingWhen('2025-08-26', null, null)).toBe('26/8/2025');
    expect(formatMeetingWhen('2025-08-26', 'afternoon', '14:00')).toBe('14 giờ 00, ngày 26/8/2025');
    expect(formatMeetingWhen('2025-08-26', null, '08:30')).toBe('8 giờ 30, ngày 26/8/2025');
  });

  it('has English forms for the English interface', () => {
    expect(formatLongDateEn('2025-08-26')).toBe('26 August 2025');
    expect(formatMeetingWhenEn('2025-08-26', 'afternoon', null)).toBe('afternoon, 26 August 2025');
    expect(formatMeetingWhenEn('2025-08-26', 'afternoon', '14:00')).toBe('14:00, 26 August 2025');
    expect(formatMeetingWhenEn('2025-08-26', 'all-day', null)).toBe('26 August 2025');
  });
});

describe('parseShortDate', () => {
  it.each([
    ['26/8/2025', '2025-08-26'],
    ['26/08/2025', '2025-08-26'],
    ['2025-08-26', '2025-08-26'],
    [' 5/1/2026 ', '2026-01-05'],
    ['25-10-2017', '2017-10-25'],
    ['29/2/2024', '2024-02-29'],
    ['26 / 8 / 2025', '2025-08-26'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseShortDate(input)).toEqual({ ok: true, value: iso });
  });

  itRefuses(parseShortDate, [
    '31/2/2025',
    '29/2/2025',
    '8/26/2025',
    '26/8/25',
    'hôm nay',
    '',
    '2025-13-01',
    '26/8/1066',
    '1'.repeat(1000),
  ]);

  it('round-trips every date through the short form', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2150-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseShortDate(formatShortDate(iso))).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIso(new Date(2025, 7, 26, 0, 1))).toBe('2025-08-26');
  });
});
