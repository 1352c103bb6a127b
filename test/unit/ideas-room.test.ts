import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { exportWorkshop, importWorkshop } from '../../src/main/core/workshopFile';
import { checkWorkshopFile } from '../../src/shared/workshopFile';
import { defaultIdeasConfig } from '../../src/shared/kinds/ideasRules';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';

let core: Core;
let dir: string;
let file: string;
let cleanup: () => void;
let workshopId: string;
let activityId: string;
let people: { it1: string; it2: string; mk1: string; mk2: string };

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  file = join(dir, 'ideas.sqlite');
  core = createCore(file, fixedClock());
  workshopId = core.workshops.create({ title: 'W', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
  const added = core.participants.add(workshopId, [
    { name: 'Ines', side: 'it', title: null },
    { name: 'Ivo', side: 'it', title: null },
    { name: 'Marc', side: 'marketing', title: null },
    { name: 'Mia', side: 'marketing', title: null },
  ]).participants;
  people = { it1: added[0]!.id, it2: added[1]!.id, mk1: added[2]!.id, mk2: added[3]!.id };
  activityId = core.clock.newId();
  core.queries.activities.insert(activityId, workshopId, {
    title: 'Misread',
    prompt: 'What does the other side not understand about us?',
    config: { ...defaultIdeasConfig(), perPerson: 2 },
  });
});
afterEach(() => {
  core.close();
  cleanup();
});

const ideas = () => core.queries.activities.get(activityId)!.items;
const labels = () => ideas().map((item) => item.label);
const idOf = (label: string) => ideas().find((item) => item.label === label)!.id;
const collect = () => core.voting.openRound(activityId, null, 'collect').id;

/** Raised or backed marks in a round, as [person, idea, mark], read straight from the file. */
function marks(roundId: string) {
  const raw = new Database(file, { readonly: true });
  try {
    return raw
      .prepare<[string], { participant_id: string; label: string; value: string }>(
        `SELECT v.participant_id, i.label, v.value FROM votes v JOIN items i ON i.id = v.item_id
          WHERE v.round_id = ? ORDER BY i.position, v.participant_id`,
      )
      .all(roundId)
      .map((row) => [row.participant_id, row.label, JSON.parse(row.value) as string]);
  } finally {
    raw.close();
  }
}

describe('a collect round', () => {
  it('opens with no ideas yet, and refuses a vote round until there are two', () => {
    expect(() => core.voting.openRound(activityId, null)).toThrow(
      /Choose what the round does: Collect ideas or Vote on ideas/,
    );
    expect(() => core.voting.openRound(activityId, null, 'vote')).toThrow(
      'Collect at least 2 ideas before the room votes on them.',
    );
    const roundId = collect();
    expect(core.queries.rounds.get(roundId)!.stage).toBe('collect');
  });

  it('stores each idea as an item its writer raised, and the same idea from two people once', () => {
    const roundId = collect();
    core.ideas.submit(roundId, people.it1, ['  Security   is a feature ', 'We carry the pager'], false);
    core.ideas.submit(roundId, people.mk1, ['security is a FEATURE', 'Brand is not decoration'], false);
    expect(labels()).toEqual(['Brand is not decoration', 'Security is a feature', 'We carry the pager']);
    expect(marks(roundId)).toEqual([
      [people.mk1, 'Brand is not decoration', 'raised'],
      [people.it1, 'Security is a feature', 'raised'],
      [people.mk1, 'Security is a feature', 'raised'],
      [people.it1, 'We carry the pager', 'raised'],
    ]);
  });

  it('refuses what breaks the rules and changes nothing', () => {
    const roundId = collect();
    const refused = (texts: string[], message: string | RegExp) => {
      expect(() => core.ideas.submit(roundId, people.it1, texts, false)).toThrow(message);
      expect(ideas()).toEqual([]);
      expect(marks(roundId)).toEqual([]);
    };
    refused(['a', 'b', 'c'], 'Write at most 2 ideas; these are 3.');
    refused(['Fine', '   '], 'Idea 2 needs letters or digits, not only spaces or invisible characters.');
    refused(['x'.repeat(141)], 'Idea 1 is 141 characters long; keep it to 140.');
    refused(['Same', ' same '], 'Ideas 1 and 2 say the same thing; keep one of them.');
    expect(() => core.ideas.submit(roundId, 'nobody', ['Hello'], false)).toThrow(/not a participant/);
    // A collect round takes written ideas only, never a ballot of items.
    expect(() => core.voting.recordBallot(roundId, people.it1, [], false)).toThrow(/collects written ideas/);
  });

  it('replaces a person’s ideas as a whole when they answer again; an idea only they wrote goes', () => {
    const roundId = collect();
    core.ideas.submit(roundId, people.it1, ['Shared idea', 'Only mine'], false);
    core.ideas.submit(roundId, people.mk1, ['Shared idea'], false);
    core.ideas.submit(roundId, people.it1, ['A better one'], false);
    expect(labels()).toEqual(['A better one', 'Shared idea']);
    expect(marks(roundId)).toEqual([
      [people.it1, 'A better one', 'raised'],
      [people.mk1, 'Shared idea', 'raised'],
    ]);
  });

  it('shows nobody’s ideas at the ballot or on the projector; the facilitator sees them without names', () => {
    const roundId = collect();
    core.ideas.submit(roundId, people.it1, ['We carry the pager'], false);
    const ballot = core.live.snapshot(workshopId, 'ballot');
    expect(ballot.round?.stage).toBe('collect');
    expect(ballot.activity?.items).toEqual([]);
    expect(JSON.stringify(ballot)).not.toContain('pager');
    const room = core.live.snapshot(workshopId, 'room');
    expect(room.round?.stage).toBe('collect');
    expect(room.progress).toEqual({ voted: 1, total: 4 });
    expect(JSON.stringify(room)).not.toContain('pager');
    const console = core.live.snapshot(workshopId, 'facilitator');
    expect(console.activities.find((a) => a.id === activityId)!.items.map((i) => i.label)).toEqual([
      'We carry the pager',
    ]);
    expect(console.stages[activityId]).toEqual({ rounds: 1, status: 'open', stage: 'collect' });
    expect(console.progress?.voted.map((v) => v.name)).toEqual(['Ines']);
  });

  it('holds an idea added in the designer to the rules of a written one', () => {
    const seed = (label: string) => core.agenda.addItem(activityId, { label, description: null, benchmark: null });
    seed('  Security   is a feature ');
    expect(() => seed('y'.repeat(141))).toThrow('The idea is 141 characters long; keep it to 140.');
    expect(() => seed('SECURITY is a feature')).toThrow(
      '“Security is a feature” already says this: merge the two ideas instead.',
    );
    expect(labels()).toEqual(['Security is a feature']);
    const roundId = collect();
    core.ideas.submit(roundId, people.mk1, ['security is a feature'], false);
    expect(labels()).toEqual(['Security is a feature']);
  });

  it('lists the ideas alphabetically, so their order says nothing of who wrote first', () => {
    // At a shared screen the room sees who writes first; the list must not follow them.
    const roundId = collect();
    core.ideas.submit(roundId, people.mk1, ['Zero-day fixes come first', 'Budgets close in October'], false);
    core.ideas.submit(roundId, people.it1, ['Agile is not a plan'], false);
    core.voting.closeRound(roundId);
    core.voting.openRound(activityId, null, 'vote');
    const ballot = core.live.snapshot(workshopId, 'ballot');
    expect(ballot.activity?.items.map((item) => item.label)).toEqual([
      'Agile is not a plan',
      'Budgets close in October',
      'Zero-day fixes come first',
    ]);
    expect(ideas().map((item) => item.position)).toEqual([1, 2, 3]);
  });

  it('refuses to reveal a collect round: it only feeds the vote, and stays closed', () => {
    const roundId = collect();
    core.ideas.submit(roundId, people.it1, ['We carry the pager'], false);
    core.voting.closeRound(roundId);
    expect(() => core.voting.revealRound(roundId)).toThrow(
      'A collect round is never revealed on its own: open a vote round, then reveal that.',
    );
    expect(core.queries.rounds.get(roundId)!.status).toBe('closed');
  });

  it('holds the shared screen to one answer per person, like a ballot', () => {
    const roundId = collect();
    core.live.handOver(7, workshopId, '2468');
    core.live.submitIdeas(7, { roundId, participantId: people.it1, ideas: ['First'], byFacilitator: false });
    expect(() =>
      core.live.submitIdeas(7, { roundId, participantId: people.it1, ideas: ['Overwritten'], byFacilitator: false }),
    ).toThrow(/already voted/);
    expect(labels()).toEqual(['First']);
  });
});

describe('curating, then voting', () => {
  let collectId: string;
  beforeEach(() => {
    collectId = collect();
    core.ideas.submit(collectId, people.it1, ['We carry the pager', 'Security is a feature'], false);
    core.ideas.submit(collectId, people.it2, ['We are on call at night', 'Budgets are fixed in October'], false);
    core.ideas.submit(collectId, people.mk1, ['Brand is not decoration', 'We are on call at night'], false);
    core.ideas.submit(collectId, people.mk2, ['Campaign dates are not movable'], false);
  });

  it('refuses curating while the collect round is open', () => {
    expect(() => core.ideas.merge(idOf('We are on call at night'), idOf('We carry the pager'))).toThrow(
      'A round is open on these ideas, so ideas can no longer be merged until it is closed.',
    );
  });

  it('merges a duplicate: its raisers count for the idea kept, and it goes', () => {
    core.voting.closeRound(collectId);
    const kept = idOf('We carry the pager');
    core.ideas.merge(idOf('We are on call at night'), kept);
    expect(labels()).toEqual([
      'Brand is not decoration',
      'Budgets are fixed in October',
      'Campaign dates are not movable',
      'Security is a feature',
      'We carry the pager',
    ]);
    expect(marks(collectId).filter(([, label]) => label === 'We carry the pager')).toEqual([
      [people.it1, 'We carry the pager', 'raised'],
      [people.it2, 'We carry the pager', 'raised'],
      [people.mk1, 'We carry the pager', 'raised'],
    ]);
    expect(ideas().map((item) => item.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps one mark for a person who raised both ideas merged', () => {
    core.voting.closeRound(collectId);
    core.ideas.merge(idOf('Security is a feature'), idOf('We carry the pager'));
    expect(marks(collectId).filter(([who]) => who === people.it1)).toEqual([
      [people.it1, 'We carry the pager', 'raised'],
    ]);
  });

  it('rewords an idea, and refuses what would change nothing or break the rules', () => {
    core.voting.closeRound(collectId);
    const id = idOf('Brand is not decoration');
    core.ideas.edit(id, '  Brand   is strategy, not decoration ');
    expect(labels()).toContain('Brand is strategy, not decoration');
    const before = labels();
    expect(() => core.ideas.merge(id, id)).toThrow('An idea cannot be merged into itself: choose another idea.');
    expect(() => core.ideas.edit(id, '   ')).toThrow(
      'The idea needs letters or digits, not only spaces or invisible characters.',
    );
    expect(() => core.ideas.edit(id, 'y'.repeat(141))).toThrow('The idea is 141 characters long; keep it to 140.');
    expect(() => core.ideas.edit(id, 'we carry the PAGER')).toThrow(
      '“We carry the pager” already says this: merge the two ideas instead.',
    );
    expect(() => core.ideas.merge('nope', id)).toThrow('That idea is no longer on the list.');
    expect(labels()).toEqual(before);
  });

  it('holds the agenda’s own item editing to the same rules as rewording an idea', () => {
    const reword = (id: string, label: string) =>
      core.agenda.updateItem(id, { label, description: null, benchmark: null });
    const brand = idOf('Brand is not decoration');
    expect(() => reword(brand, 'Strategy')).toThrow(
      'A round is open on these ideas, so its wording can no longer change until it is closed.',
    );
    core.voting.closeRound(collectId);
    const before = labels();
    expect(() => reword(brand, 'we carry the PAGER')).toThrow(
      '“We carry the pager” already says this: merge the two ideas instead.',
    );
    expect(() => reword(brand, 'y'.repeat(141))).toThrow('The idea is 141 characters long; keep it to 140.');
    expect(labels()).toEqual(before);
    // Not even while a vote round is open and nobody has voted yet: the ballot already shows the wording.
    const voteId = core.voting.openRound(activityId, null, 'vote').id;
    expect(() => reword(brand, 'Brand is strategy')).toThrow(
      'A round is open on these ideas, so its wording can no longer change until it is closed.',
    );
    core.voting.closeRound(voteId);
    reword(brand, '  Brand   is strategy ');
    expect(labels()).toContain('Brand is strategy');
  });

  it('votes on the ideas, then refuses curating and collecting again, and a re-vote is another vote round', () => {
    core.voting.closeRound(collectId);
    core.ideas.merge(idOf('We are on call at night'), idOf('We carry the pager'));
    const pager = idOf('We carry the pager');
    const brand = idOf('Brand is not decoration');
    const security = idOf('Security is a feature');
    const voteId = core.voting.openRound(activityId, null, 'vote').id;
    const ballot = core.live.snapshot(workshopId, 'ballot');
    expect(ballot.round?.stage).toBe('vote');
    expect(ballot.activity?.items).toHaveLength(5);
    expect(() => core.ideas.submit(voteId, people.it1, ['More'], false)).toThrow(/choose among them/);

    const back = (who: string, ids: string[]) =>
      core.voting.recordBallot(
        voteId,
        who,
        ids.map((itemId) => ({ itemId, value: 'backed' })),
        false,
      );
    expect(() => back(people.it1, [])).toThrow('Back at least one idea before you confirm.');
    expect(() =>
      back(
        people.it1,
        ideas()
          .map((i) => i.id)
          .slice(0, 4),
      ),
    ).toThrow('Back at most 3 ideas; you checked 4.');
    expect(() => core.voting.recordBallot(voteId, people.it1, [{ itemId: pager, value: 'raised' }], false)).toThrow(
      'A vote on ideas backs them; ideas are written in a collect round.',
    );
    back(people.it1, [pager, security]);
    back(people.it2, [pager]);
    back(people.mk1, [pager, brand]);
    back(people.mk2, [brand]);

    expect(() => core.ideas.edit(pager, 'Reworded')).toThrow(
      'A round is open on these ideas, so its wording can no longer change until it is closed.',
    );
    core.voting.closeRound(voteId);
    expect(() => core.ideas.edit(pager, 'Reworded')).toThrow(
      'The room has already voted on these ideas, so its wording can no longer change: the votes were given to the ideas as they read.',
    );
    expect(() => core.ideas.merge(brand, pager)).toThrow(
      /already voted on these ideas, so ideas can no longer be merged/,
    );
    // Nor through the agenda's own item editing.
    expect(() => core.agenda.updateItem(pager, { label: 'Reworded', description: null, benchmark: null })).toThrow(
      /already voted on these ideas, so its wording can no longer change/,
    );
    expect(() => core.voting.openRound(activityId, null, 'collect')).toThrow(
      'The room has already voted on these ideas, so no more can be collected: open another vote round instead.',
    );

    // Two people a side: the sides are broken out only with anonymity off.
    core.workshops.update(workshopId, {
      title: 'W',
      organization: 'O',
      date: '2026-11-22',
      facilitator: 'F',
      language: 'en',
      anonymous: false,
    });
    // Nothing shows before the reveal; then the vote round, read alongside the collect round.
    expect(core.live.snapshot(workshopId, 'room').revealed).toBeNull();
    core.voting.revealRound(voteId);
    const revealed = core.live.snapshot(workshopId, 'room').revealed!;
    expect(revealed.rounds.map((r) => r.roundNumber)).toEqual([2]);
    const byLabel = new Map(revealed.latest!.items.map((item) => [item.label, item]));
    const p = byLabel.get('We carry the pager')!;
    expect([p.it.mean, p.marketing.mean]).toEqual([1, 0.5]);
    expect(p.ideas).toEqual({
      raised: { it: 2, marketing: 1, room: 3 },
      backed: { it: 2, marketing: 1, room: 3 },
      bridge: true,
    });
    expect(byLabel.get('Brand is not decoration')!.ideas?.bridge).toBe(false);
    expect(byLabel.get('Security is a feature')!.gap).toBe(0.5);

    const again = core.voting.openRound(activityId, null, 'vote');
    expect([again.number, again.stage]).toEqual([3, 'vote']);
    core.voting.closeRound(again.id);

    // The workshop file carries each round's stage and who raised and backed what; imported, it reads the same.
    const file = exportWorkshop(core.queries, workshopId);
    expect(checkWorkshopFile(file).ok).toBe(true);
    // A collect round holds who raised each idea, nothing else: a "backed" there is refused, saying where.
    const backedInCollect = structuredClone(file);
    const collected = backedInCollect.activities.find((a) => a.config.kind === 'ideas')!.rounds[0]!;
    collected.votes[0] = { ...collected.votes[0]!, value: 'backed' };
    const refused = checkWorkshopFile(backedInCollect);
    expect(!refused.ok && refused.error.message).toMatch(
      /votes\[0\]\.value: A vote in a collect round is "raised": who wrote the idea\.$/,
    );
    const exported = file.activities.find((a) => a.config.kind === 'ideas')!;
    expect(exported.rounds.map((r) => [r.number, r.stage, r.status])).toEqual([
      [1, 'collect', 'closed'],
      [2, 'vote', 'revealed'],
      [3, 'vote', 'closed'],
    ]);
    const { workshopId: copy } = importWorkshop(core.db, file, core.clock);
    core.voting.setCurrentActivity(copy, core.workshops.detail(copy).activities.find((a) => a.kind === 'ideas')!.id);
    const copied = core.live.snapshot(copy, 'facilitator').revealed!;
    expect(copied.latest!.items.map((item) => [item.label, item.ideas])).toEqual(
      revealed.latest!.items.map((item) => [item.label, item.ideas]),
    );
  });
});
