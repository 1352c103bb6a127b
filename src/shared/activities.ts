import type { ActivityDefinition } from './agenda';
import type { ActivityConfig, ActivityKind } from './domain';
import { KINDS } from './kinds';
import { roomWritesItems } from './kinds/stages';

export interface KindInfo {
  readonly label: string;
  /** What a participant does, in one line. */
  readonly answer: string;
}

export const KIND_INFO: Record<ActivityKind, KindInfo> = KINDS;

export function defaultConfig(kind: ActivityKind): ActivityConfig {
  return KINDS[kind].defaultConfig();
}

/** A new activity of a kind, ready to edit: a title, a prompt and one item (none when the room writes them). */
export function newActivity(kind: ActivityKind): ActivityDefinition {
  return {
    title: `New ${KIND_INFO[kind].label.toLowerCase()} activity`,
    prompt: '',
    minutes: null,
    config: defaultConfig(kind),
    items: roomWritesItems(kind) ? [] : [{ label: 'First item', description: null, benchmark: null }],
  };
}

/** "Outside vendor" → "outside-vendor"; unique among `taken`. */
export function optionIdFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'option';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
