import { roomWritesItems } from '../../shared/kinds/stages';
import { TEMPLATE_FORMAT, templateSchema, type Template } from '../../shared/agenda';
import { optionIdFor } from '../../shared/activities';
import type { TemplateSummary, Workshop, WorkshopDraft } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { findInputProblem, firstProblem, formatJsonPath } from '../../shared/validation';
import type { Clock } from './clock';
import type { Queries } from './db/queries';
import { BUILT_IN_TEMPLATES, builtInTemplate } from './templates';
import type { WorkshopService } from './workshops';

/** Template files are small; anything larger is refused before it is parsed. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

function summarize(template: Template, builtIn: boolean): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    language: template.language,
    builtIn,
    activityCount: template.activities.length,
    itemCount: template.activities.reduce((sum, a) => sum + a.items.length, 0),
    minutes: template.activities.reduce((sum, a) => sum + (a.minutes ?? 0), 0),
  };
}

export function templateLibrary(queries: Queries, clock: Clock, workshops: WorkshopService) {
  function get(id: string): Template {
    const template = builtInTemplate(id) ?? queries.templates.get(id)?.template;
    if (!template) throw new AppError('not-found', 'That template no longer exists.');
    return template;
  }

  function freeId(name: string): string {
    const taken = [...BUILT_IN_TEMPLATES.map((t) => t.id), ...queries.templates.list().map((s) => s.template.id)];
    return optionIdFor(name, taken);
  }

  function store(template: Template): TemplateSummary {
    const stored = queries.templates.insert({ ...template, id: freeId(template.name) }, clock.now());
    return summarize(stored.template, false);
  }

  return {
    list(): TemplateSummary[] {
      return [
        ...BUILT_IN_TEMPLATES.map((t) => summarize(t, true)),
        ...queries.templates.list().map((s) => summarize(s.template, false)),
      ];
    },
    get,
    createWorkshop(templateId: string, draft: WorkshopDraft): Workshop {
      const template = get(templateId);
      return workshops.create(draft, template.activities, template.language);
    },
    saveFromWorkshop(workshopId: string, name: string, description: string): TemplateSummary {
      const { workshop, activities } = workshops.detail(workshopId);
      if (activities.length === 0) {
        throw new AppError('invalid-input', 'This workshop has no activities yet; there is nothing to save.');
      }
      return store({
        format: TEMPLATE_FORMAT,
        version: 1,
        id: 'draft',
        name,
        description,
        language: workshop.language,
        activities: activities.map((a) => ({
          title: a.title,
          prompt: a.prompt,
          minutes: a.minutes,
          config: a.config,
          // Items the room wrote (ideas) belong to that room, not to the next one.
          items: roomWritesItems(a.kind)
            ? []
            : a.items.map((i) => ({ label: i.label, description: i.description, benchmark: i.benchmark })),
        })),
      });
    },
    /** Built-in templates are read-only; a copy is the facilitator's own to change. */
    copy(id: string): TemplateSummary {
      const template = get(id);
      return store({ ...template, name: `${template.name} (copy)`.slice(0, 200) });
    },
    remove(id: string): void {
      if (builtInTemplate(id))
        throw new AppError('conflict', 'Built-in templates are read-only; they cannot be deleted.');
      if (!queries.templates.remove(id)) throw new AppError('not-found', 'That template no longer exists.');
    },
    /** Reads a template file; a bad one is refused with the JSON path of its first problem. */
    importText(text: string): TemplateSummary {
      // The size was checked by the one file reader (readUserFile) that read it.
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new AppError('invalid-input', 'This file is not a template: it is not valid JSON.');
      }
      const badText = findInputProblem(json);
      if (badText) {
        const where = formatJsonPath(badText.path ?? []);
        throw new AppError('invalid-input', where ? `${where}: ${badText.message}` : badText.message, badText.path);
      }
      const parsed = templateSchema.safeParse(json);
      if (!parsed.success) {
        const problem = firstProblem(parsed.error, 'This file is not a valid template.');
        throw new AppError(problem.code, problem.message, problem.path);
      }
      return store(parsed.data);
    },
    exportText(id: string): { name: string; text: string } {
      const template = get(id);
      return { name: template.name, text: `${JSON.stringify(template, null, 2)}\n` };
    },
  };
}
