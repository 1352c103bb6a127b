import type { ActivityConfig, Option } from './domain';

type Options = ActivityConfig | readonly Option[];

/** An activity's answer options; none for the kinds that have no options. */
export function optionsOf(from: Options): readonly Option[] {
  if (Array.isArray(from)) return from as readonly Option[];
  const config = from as ActivityConfig;
  return 'options' in config ? config.options : [];
}

/** The option with this id, if the activity has one. */
export function findOption(from: Options, id: string | null | undefined): Option | undefined {
  return id == null ? undefined : optionsOf(from).find((o) => o.id === id);
}

/** An option's label as the ballot shows it; the id itself when the activity has no such option. */
export function optionLabel(from: Options, id: string): string {
  return findOption(from, id)?.label ?? id;
}
