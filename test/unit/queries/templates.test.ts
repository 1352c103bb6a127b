import { describe, expect, it } from 'vitest';
import type { Template } from '../../../src/shared/agenda';
import { T0, useTempDatabase } from '../../support/db';
import { templateQueries } from '../../../src/main/core/db/queries/templates';

const template: Template = {
  format: 'common-ground/template',
  version: 1,
  id: 'my-offsite',
  name: 'My offsite',
  description: 'Two hours',
  language: 'en',
  activities: [
    {
      title: 'Drivers',
      prompt: '',
      minutes: 20,
      config: { kind: 'ranking' },
      items: [{ label: 'Cost', description: null, benchmark: null }],
    },
  ],
};

describe('template queries', () => {
  const t = useTempDatabase();

  it('store, list, get and remove a facilitator’s template', () => {
    const q = templateQueries(t.db);
    expect(q.insert(template, T0)).toEqual({ template, createdAt: T0, updatedAt: T0 });
    q.insert({ ...template, id: 'another', name: 'Another' }, T0);
    expect(q.list().map((s) => s.template.name)).toEqual(['Another', 'My offsite']);
    expect(q.get('my-offsite')?.template).toEqual(template);
    expect(q.remove('my-offsite')).toBe(true);
    expect(q.get('my-offsite')).toBeUndefined();
  });

  it('refuse a second template with the same id', () => {
    const q = templateQueries(t.db);
    q.insert(template, T0);
    expect(() => q.insert(template, T0)).toThrow(/UNIQUE/);
  });
});
