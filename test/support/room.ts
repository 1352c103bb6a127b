import type { Core } from '../../src/main/core';

export const DRAFT = { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' };

/** A workshop with people on both sides and one ranking activity of three items, ready to open. */
export function seedRoom(core: Core, people = 4) {
  const workshopId = core.workshops.create(DRAFT).id;
  const participants = core.participants
    .add(
      workshopId,
      Array.from({ length: people }, (_, i) => ({
        name: `Person ${i + 1}`,
        side: i % 2 === 0 ? ('it' as const) : ('marketing' as const),
        title: null,
      })),
    )
    .participants.map((p) => p.id);
  const activityId = core.clock.newId();
  core.queries.activities.insert(activityId, workshopId, { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
  const itemIds = ['Customer insight', 'Speed', 'Trust'].map(
    (label) =>
      core.queries.activities.insertItem(core.clock.newId(), activityId, { label, description: null, benchmark: null })
        .id,
  );
  return { workshopId, participants, activityId, itemIds };
}

/** A full ranking: the items in the given order of rank. */
export function ranking(itemIds: readonly string[], shift = 0) {
  return itemIds.map((itemId, i) => ({ itemId, value: ((i + shift) % itemIds.length) + 1 }));
}

/** Two people a side, as the end-to-end tests seat them at the shared screen. */
export const ROOM = [
  { name: 'Ines Duarte', side: 'it' as const },
  { name: 'Omar Haddad', side: 'it' as const },
  { name: 'Marc Lefèvre', side: 'marketing' as const },
  { name: 'Amy Chen', side: 'marketing' as const },
];

const ROOM_DRAFT = {
  title: 'One roadmap for 2027',
  organization: 'Northwind Retail',
  date: '2026-12-03',
  facilitator: 'Dana Whitfield',
};

/**
 * A workshop from the built-in template with `ROOM` as its people. With anonymity off (the
 * default here), two people a side are broken out in the results.
 */
export function templateRoom(core: Core, { anonymous = false }: { anonymous?: boolean } = {}) {
  const workshop = core.templates.createWorkshop('cio-cmo-alignment', ROOM_DRAFT);
  if (!anonymous) core.workshops.update(workshop.id, { ...ROOM_DRAFT, language: 'en', anonymous: false });
  core.participants.add(
    workshop.id,
    ROOM.map((p) => ({ ...p, title: null })),
  );
  return workshop;
}
