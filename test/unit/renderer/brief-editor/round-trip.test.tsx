// @vitest-environment jsdom
// Every template's body goes into the editor and comes back out unchanged: what the page saves
// after an edit-free load is the stored body itself, in the schema's shape, and it parses.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { TEMPLATE_NAMES, TEMPLATES, bodyDoc, type BodyDoc } from '../../../../shared/brief';
import { MEETING_IDS } from '../../../../shared/sample';
import { sampleContext, smallContext } from '../../brief/fixtures';
import { mountEditor } from './helpers';

afterEach(cleanup);

const contexts = {
  'meeting of 26/8/2025': () => sampleContext(MEETING_IDS.committee20250826),
  '2025 review conference': () => sampleContext(MEETING_IDS.review2025),
  'small meeting': () => smallContext(),
};

describe.each(Object.entries(contexts))('templates drafted from the %s', (_label, context) => {
  it.each(TEMPLATE_NAMES)('the %s body loads and saves without loss', (name) => {
    const body: BodyDoc = TEMPLATES[name](context()).body;
    const original = structuredClone(body);
    const m = mountEditor(body);
    const saved = m.saved();
    expect(saved).toEqual(original);
    expect(bodyDoc.safeParse(saved).success).toBe(true);
    // Loading is not an edit.
    expect(m.changes).toEqual([]);
  });
});

describe('an empty body', () => {
  it('opens with one empty paragraph to type in and saves as an empty body', () => {
    const m = mountEditor({ type: 'doc', content: [] });
    expect(m.pm().querySelectorAll('p')).toHaveLength(1);
    expect(m.saved()).toEqual({ type: 'doc', content: [] });
    expect(bodyDoc.safeParse(m.saved()).success).toBe(true);
  });
});
