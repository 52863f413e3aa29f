// @vitest-environment jsdom
// The indicators register's two small forms over the real handlers: a save closes the form and
// the register shows the record; a refused save keeps the form open with the host's message; a
// deletion takes the record out of the register, and a refused one says why above it.
import { describe, expect, it } from 'vitest';
import { useIndicatorsStore } from '../../../renderer/stores/indicatorsStore';
import { realApp } from './setup';

const refused = {
  code: 'conflict' as const,
  message: { vi: 'Bản ghi đã bị sửa ở nơi khác.', en: 'The record was changed elsewhere.' },
};

const store = () => useIndicatorsStore.getState();

async function savedIndicator() {
  store().startIndicator();
  store().editIndicator({ name: 'Tốc độ tăng trưởng GDP', unit: '%' });
  expect(await store().saveIndicator()).toBe(true);
  expect(store().indicatorEditor).toBeNull();
  expect(store().items.map((i) => i.name)).toEqual(['Tốc độ tăng trưởng GDP']);
  return store().items[0]!;
}

describe('the indicator forms of the store', () => {
  it('saves an indicator and a figure of it, each closing its form and showing in the register', async () => {
    await realApp({ unlocked: true });
    const indicator = await savedIndicator();
    store().startObservation(indicator.id);
    expect(store().indicatorEditor).toBeNull();
    store().editObservation({ value: 7.52, source: 'Cổng TTĐT Chính phủ' });
    expect(await store().saveObservation()).toBe(true);
    expect(store().observationEditor).toBeNull();
    expect(store().items[0]!.observations.map((o) => o.value)).toEqual([7.52]);
  });

  it('keeps a refused form open, with the host’s message and the draft as typed', async () => {
    const desk = await realApp({ unlocked: true });
    const indicator = await savedIndicator();
    store().startIndicator(indicator);
    store().editIndicator({ name: 'GDP (giá so sánh)' });
    desk.failNext('indicators.save', refused);
    expect(await store().saveIndicator()).toBe(false);
    expect(store().indicatorEditor?.error?.message).toEqual(refused.message);
    expect(store().indicatorEditor?.draft.name).toBe('GDP (giá so sánh)');
    expect(store().indicatorEditor?.saving).toBe(false);

    store().startObservation(indicator.id);
    store().editObservation({ value: 7.52, source: 'Tổng cục Thống kê' });
    desk.failNext('observations.save', refused);
    expect(await store().saveObservation()).toBe(false);
    expect(store().observationEditor?.error?.message).toEqual(refused.message);
    expect(store().items[0]!.observations).toEqual([]);
  });

  it('deletes a figure and then its indicator; a refused deletion is shown and changes nothing', async () => {
    const desk = await realApp({ unlocked: true });
    const indicator = await savedIndicator();
    store().startObservation(indicator.id);
    store().editObservation({ value: 7.52, source: 'Cổng TTĐT Chính phủ' });
    await store().saveObservation();
    const figure = store().items[0]!.observations[0]!;

    desk.failNext('observations.delete', refused);
    expect(await store().deleteObservation(figure)).toBe(false);
    expect(store().error?.message).toEqual(refused.message);
    expect(store().items[0]!.observations).toHaveLength(1);

    expect(await store().deleteObservation(figure)).toBe(true);
    expect(store().items[0]!.observations).toEqual([]);
    desk.failNext('indicators.delete', refused);
    expect(await store().deleteIndicator(store().items[0]!)).toBe(false);
    expect(store().items).toHaveLength(1);
    expect(await store().deleteIndicator(store().items[0]!)).toBe(true);
    expect(store().items).toEqual([]);
  });
});
