import { BUILT_IN_TEMPLATES, builtInTemplate, templateSummary } from '../../main/core/templates';
import { parseCommandArgs } from '../args';
import { InputError, UsageError, type CliIo } from '../command';
import { json, plural, table } from '../format';

function duration(minutes: number): string {
  if (minutes === 0) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Runs `common-ground template`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const [action, ...rest] = args;
  if (action === 'list') {
    const { values } = parseCommandArgs(rest, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
    const summaries = BUILT_IN_TEMPLATES.map(templateSummary);
    if (values.json) {
      io.out(json(summaries));
    } else {
      io.out(
        table(
          ['ID', 'LANGUAGE', 'ACTIVITIES', 'TIME', 'NAME'],
          summaries.map((t) => [
            t.id,
            t.language,
            plural(t.activityCount, 'activity', 'activities'),
            duration(t.minutes),
            t.name,
          ]),
        ),
      );
    }
    return 0;
  }
  if (action === 'show') {
    const { positionals } = parseCommandArgs(rest, {}, { min: 1, max: 1, names: 'the template id' });
    const id = positionals[0]!;
    const template = builtInTemplate(id);
    if (!template) {
      throw new InputError(`There is no built-in template "${id}"; \`common-ground template list\` shows them.`);
    }
    io.out(json(template));
    return 0;
  }
  throw new UsageError(action === undefined ? 'Missing what to do: list or show.' : `Unknown action "${action}".`);
}
