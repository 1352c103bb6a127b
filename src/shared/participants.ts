import { participantDraftSchema, type ParticipantDraft, type Side } from './domain';

/** Words people type for a side, mapped to the side. */
const SIDE_WORDS: Record<string, Side> = {
  it: 'it',
  'i.t.': 'it',
  tech: 'it',
  technology: 'it',
  cio: 'it',
  marketing: 'marketing',
  mkt: 'marketing',
  mktg: 'marketing',
  cmo: 'marketing',
  other: 'other',
  observer: 'other',
};

export interface PastedParticipants {
  readonly rows: readonly ParticipantDraft[];
  readonly problems: readonly { readonly line: number; readonly text: string; readonly message: string }[];
}

/**
 * Reads a pasted list: one person per line as `name, side, title` (commas, tabs or
 * semicolons), or CSV with a `name,side,title` header and quoted fields. Nothing is
 * added from here: the result is shown to the facilitator first.
 */
export function parsePastedParticipants(
  text: string,
  existing: readonly { readonly name: string; readonly side: Side }[] = [],
): PastedParticipants {
  const rows: ParticipantDraft[] = [];
  const problems: { line: number; text: string; message: string }[] = [];
  const lines = text.split(/\r?\n/);
  let columns = { name: 0, side: 1, title: 2 };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const fields = splitFields(line);
    const lower = fields.map((f) => f.toLowerCase());
    if (index === firstNonEmpty(lines) && lower.includes('name') && lower.includes('side')) {
      columns = { name: lower.indexOf('name'), side: lower.indexOf('side'), title: lower.indexOf('title') };
      return;
    }
    const name = fields[columns.name] ?? '';
    const sideWord = (fields[columns.side] ?? '').trim().toLowerCase();
    const side = SIDE_WORDS[sideWord];
    if (!side) {
      const message =
        sideWord === ''
          ? 'Add a side: IT, Marketing or Other.'
          : `"${fields[columns.side]}" is not a side; use IT, Marketing or Other.`;
      problems.push({ line: index + 1, text: line, message });
      return;
    }
    const title = columns.title >= 0 ? (fields[columns.title] ?? '').trim() : '';
    const parsed = participantDraftSchema.safeParse({ name, side, title: title === '' ? null : title });
    if (!parsed.success) problems.push({ line: index + 1, text: line, message: parsed.error.issues[0]!.message });
    else if (existing.some((p) => sameParticipant(p, parsed.data))) {
      problems.push({ line: index + 1, text: line, message: alreadyInWorkshop(parsed.data) });
    } else if (rows.some((p) => sameParticipant(p, parsed.data))) {
      problems.push({ line: index + 1, text: line, message: `${parsed.data.name} is already higher up in this list.` });
    } else rows.push(parsed.data);
  });
  return { rows, problems };
}

/** Names compared as a person reads them: case, accents' encoding and spacing aside. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Two entries for the same person: the same name on the same side cannot be told apart at the ballot. */
export function sameParticipant(
  a: { readonly name: string; readonly side: Side },
  b: { readonly name: string; readonly side: Side },
): boolean {
  return a.side === b.side && nameKey(a.name) === nameKey(b.name);
}

export function alreadyInWorkshop(person: { readonly name: string; readonly side: Side }): string {
  const side = person.side === 'it' ? 'IT' : person.side === 'marketing' ? 'Marketing' : 'Other';
  return `${person.name} (${side}) is already in the workshop.`;
}

/**
 * The first person in `drafts` who would duplicate someone already in the workshop or
 * earlier in the same list, as a message; null when everyone is new.
 */
export function duplicateParticipantProblem(
  existing: readonly { readonly name: string; readonly side: Side }[],
  drafts: readonly { readonly name: string; readonly side: Side }[],
): string | null {
  const earlier: { readonly name: string; readonly side: Side }[] = [];
  for (const draft of drafts) {
    const present = existing.find((p) => sameParticipant(p, draft));
    if (present) return alreadyInWorkshop(present);
    if (earlier.some((p) => sameParticipant(p, draft))) return `${draft.name} is in the list twice.`;
    earlier.push(draft);
  }
  return null;
}

function firstNonEmpty(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim() !== '');
}

/** Splits on tab, semicolon or comma (the first one present), honouring CSV quotes. */
function splitFields(line: string): string[] {
  const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (char === separator) {
      fields.push(current.trim());
      current = '';
    } else current += char;
  }
  fields.push(current.trim());
  return fields;
}

export interface SideWarning {
  readonly side: 'it' | 'marketing';
  readonly message: string;
}

/** The minimum per side before a side's answers are shown on their own with anonymity on. */
export const ANONYMITY_MINIMUM = 3;

/** What a facilitator should know before the room fills: an empty side, or too few for anonymity. */
export function participantWarnings(
  participants: readonly { readonly side: Side }[],
  anonymous: boolean,
): readonly SideWarning[] {
  const warnings: SideWarning[] = [];
  for (const side of ['it', 'marketing'] as const) {
    const label = side === 'it' ? 'IT' : 'Marketing';
    const count = participants.filter((p) => p.side === side).length;
    if (count === 0) {
      warnings.push({ side, message: `No one is on the ${label} side yet: there will be nothing to compare.` });
    } else if (anonymous && count < ANONYMITY_MINIMUM) {
      warnings.push({
        side,
        message:
          `Only ${count} on the ${label} side. With anonymity on, a side needs at least ${ANONYMITY_MINIMUM} ` +
          'people before its answers are shown on their own.',
      });
    }
  }
  return warnings;
}
