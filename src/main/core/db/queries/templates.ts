import { templateSchema, type Template } from '../../../../shared/agenda';
import type { Db } from '../connection';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface StoredTemplate {
  readonly template: Template;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function toStored(row: TemplateRow): StoredTemplate {
  return { template: templateSchema.parse(JSON.parse(row.body)), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The facilitator's own templates; built-in ones live in assets/templates. */
export function templateQueries(db: Db) {
  const insert = db.prepare<{ id: string; name: string; description: string; body: string; now: string }>(
    'INSERT INTO templates (id, name, description, body, created_at, updated_at) VALUES (@id, @name, @description, @body, @now, @now)',
  );
  const byId = db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?');
  const list = db.prepare<[], TemplateRow>('SELECT * FROM templates ORDER BY name COLLATE NOCASE, id');
  const remove = db.prepare<[string]>('DELETE FROM templates WHERE id = ?');

  return {
    insert(template: Template, now: string): StoredTemplate {
      insert.run({
        id: template.id,
        name: template.name,
        description: template.description,
        body: JSON.stringify(template),
        now,
      });
      return toStored(byId.get(template.id)!);
    },
    get(id: string): StoredTemplate | undefined {
      const row = byId.get(id);
      return row && toStored(row);
    },
    list(): StoredTemplate[] {
      return list.all().map(toStored);
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}
