import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { registerIpc } from '../../src/main/ipc/register';
import { CHANNELS, type ChannelName } from '../../src/shared/ipc/channels';
import type { BackupInfo, RestoreOutcome } from '../../src/shared/backups';
import { contract } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/result';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom, recordedWindows, scriptedDialogs } from '../support/ipc';
import { tempDir } from '../support/temp';

const draft = { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' };
const T_VOTE = '2026-11-22T09:30:00.000Z';

interface Context {
  core: Core;
  dir: string;
  dialogs: ReturnType<typeof scriptedDialogs>;
  windows: ReturnType<typeof recordedWindows>;
  workshopId: string;
  participantId: string;
  activityId: string;
  itemIds: string[];
}

interface Case {
  valid(ctx: Context): unknown;
  /** What the valid call must have done, read back from the database or the disk. */
  check(ctx: Context, result: Result<unknown>): void;
  invalid: unknown;
}

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

function openRound(ctx: Context): string {
  return ctx.core.voting.openRound(ctx.activityId, null).id;
}

/** An ideas activity on the agenda, made the room's current one; answers its id. */
function ideasActivity(ctx: Context): string {
  const config = { kind: 'ideas', perPerson: 3, maxLength: 140, picks: 3 } as const;
  ctx.core.queries.activities.insert('ideas-1', ctx.workshopId, {
    title: 'Misread',
    prompt: '',
    config: config as never,
  });
  return 'ideas-1';
}

/** Two ideas written in a closed collect round; answers their ids, “We carry the risk” first. */
function collectedIdeas(ctx: Context): [string, string] {
  const round = ctx.core.voting.openRound(ideasActivity(ctx), null, 'collect');
  ctx.core.ideas.submit(round.id, ctx.participantId, ['We carry the risk', 'We carry risk'], false);
  ctx.core.voting.closeRound(round.id);
  // Ideas are listed alphabetically, so they are found by their wording.
  const items = ctx.core.queries.activities.get('ideas-1')!.items;
  const idOf = (label: string) => items.find((item) => item.label === label)!.id;
  return [idOf('We carry the risk'), idOf('We carry risk')];
}

const EARLIER_BACKUP = 'common-ground-2026-11-21T18-00-00Z.sqlite';

/** A backup file made synchronously, as the online backup would have made it. */
function backUpNow(ctx: Context, name: string): void {
  mkdirSync(ctx.core.backups.dir, { recursive: true });
  ctx.core.db.prepare('VACUUM INTO ?').run(join(ctx.core.backups.dir, name));
}

/** An agreement captured in the room, with nothing but its text. */
function addAgreement(ctx: Context): void {
  ctx.core.voting.addActionItem(ctx.workshopId, {
    kind: 'agreement',
    text: 'Co-own CRM',
    ownerIt: null,
    ownerMarketing: null,
    dueDate: null,
    activityId: null,
  });
}

/** Every channel, with a valid call, what it must have done, and an input it must refuse. */
const CASES: Record<ChannelName, Case> = {
  'app.info': {
    valid: () => null,
    check: (ctx, r) =>
      expect(value(r)).toEqual({
        version: '0.1.0-test',
        dataFile: ctx.core.file,
        schemaVersion: LATEST_SCHEMA_VERSION,
      }),
    invalid: { sneaky: 1 },
  },
  'session.get': {
    valid: () => null,
    check: (_ctx, r) => expect(value(r)).toEqual({ openWorkshopId: null }),
    invalid: 'x',
  },
  'session.openWorkshop': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (ctx) => expect(ctx.core.workshops.session().openWorkshopId).toBe(ctx.workshopId),
    invalid: { id: 42 },
  },
  'workshops.list': {
    valid: () => null,
    check: (_ctx, r) => expect(value<{ title: string }[]>(r).map((w) => w.title)).toEqual(['Alignment day']),
    invalid: 42,
  },
  'workshops.listTrash': {
    valid: () => null,
    check: (_ctx, r) => expect(value(r)).toEqual([]),
    invalid: [],
  },
  'workshops.get': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (_ctx, r) =>
      expect(value(r)).toMatchObject({ workshop: { title: 'Alignment day' }, participants: [{ name: 'Ines' }] }),
    invalid: { id: "1' OR 1=1 --" },
  },
  'workshops.create': {
    valid: () => ({ ...draft, title: '  From the template  ', templateId: 'cio-cmo-alignment' }),
    check: (ctx, r) => {
      const created = value<{ id: string; title: string }>(r);
      expect(created.title).toBe('From the template');
      expect(ctx.core.workshops.detail(created.id).activities.length).toBeGreaterThan(5);
    },
    invalid: { ...draft, date: '2026-02-30' },
  },
  'workshops.createDemo': {
    valid: () => ({ participants: 8, seed: 2 }),
    check: (ctx, r) => {
      const demo = value<{ id: string; status: string }>(r);
      expect(demo.status).toBe('closed');
      expect(ctx.core.workshops.detail(demo.id).participants).toHaveLength(8);
    },
    invalid: { participants: 100000 },
  },
  'workshops.update': {
    valid: (ctx) => ({ id: ctx.workshopId, details: { ...draft, title: 'Renamed', language: 'fr', anonymous: false } }),
    check: (ctx) =>
      expect(ctx.core.workshops.requireWorkshop(ctx.workshopId)).toMatchObject({
        title: 'Renamed',
        language: 'fr',
        anonymous: false,
      }),
    invalid: { id: 'w', details: { ...draft, language: 'klingon', anonymous: true } },
  },
  'workshops.duplicate': {
    valid: (ctx) => ({ id: ctx.workshopId, withVotes: false }),
    check: (ctx, r) => {
      const copy = value<{ id: string; title: string }>(r);
      expect(copy.title).toBe('Alignment day (copy)');
      expect(ctx.core.workshops.detail(copy.id).participants.map((p) => p.name)).toEqual(['Ines']);
    },
    invalid: { id: 'x', withVotes: 'yes' },
  },
  'workshops.setArchived': {
    valid: (ctx) => ({ id: ctx.workshopId, archived: true }),
    check: (ctx) => expect(ctx.core.workshops.requireWorkshop(ctx.workshopId).status).toBe('archived'),
    invalid: { id: 'x' },
  },
  'workshops.trash': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (ctx) => expect(ctx.core.workshops.listTrash().map((w) => w.id)).toEqual([ctx.workshopId]),
    invalid: { id: '' },
  },
  'workshops.restore': {
    valid: (ctx) => (ctx.core.workshops.trash(ctx.workshopId), { id: ctx.workshopId }),
    check: (ctx) => expect(ctx.core.workshops.list().map((w) => w.id)).toEqual([ctx.workshopId]),
    invalid: null,
  },
  'workshops.purge': {
    valid: (ctx) => (ctx.core.workshops.trash(ctx.workshopId), { id: ctx.workshopId }),
    check: (ctx) => expect(ctx.core.queries.workshops.get(ctx.workshopId)).toBeUndefined(),
    invalid: { id: ['w'] },
  },
  'workshops.emptyTrash': {
    valid: (ctx) => (ctx.core.workshops.trash(ctx.workshopId), null),
    check: (ctx, r) => {
      expect(value(r)).toBe(1);
      expect(ctx.core.workshops.listTrash()).toEqual([]);
    },
    invalid: { all: true },
  },
  'workshops.exportFile': {
    valid: (ctx) => (ctx.dialogs.savePaths.push(join(ctx.dir, 'out.json')), { id: ctx.workshopId }),
    check: (ctx, r) => {
      expect(value(r)).toEqual({ cancelled: false, path: join(ctx.dir, 'out.json') });
      const file = JSON.parse(readFileSync(join(ctx.dir, 'out.json'), 'utf8'));
      expect(file.format).toBe('common-ground/workshop');
      expect(file.workshop.title).toBe('Alignment day');
    },
    invalid: {},
  },
  'workshops.exportVotes': {
    valid: (ctx) => {
      const round = openRound(ctx);
      ctx.core.queries.votes.replaceBallot(
        round,
        ctx.participantId,
        ctx.itemIds.map((itemId, i) => ({ itemId, value: ctx.itemIds.length - i })),
        false,
        T_VOTE,
      );
      ctx.dialogs.savePaths.push(join(ctx.dir, 'votes.csv'));
      return { id: ctx.workshopId };
    },
    check: (ctx, r) => {
      expect(value(r)).toEqual({ cancelled: false, path: join(ctx.dir, 'votes.csv') });
      // Anonymity is on by default: Ines is P01; item-2 is the agenda's second item, i2.
      const activity = ctx.core.workshops.detail(ctx.workshopId).activities[0]!;
      const [title, labels] = [activity.title, activity.items.map((item) => item.label)];
      expect(readFileSync(join(ctx.dir, 'votes.csv'), 'utf8')).toBe(
        'workshop_id,activity_id,round,participant,side,item_id,value,recorded_at,activity_title,item_label\r\n' +
          `${ctx.workshopId},a1,1,P01,it,i1,2,${T_VOTE},${title},${labels[0]}\r\n` +
          `${ctx.workshopId},a1,1,P01,it,i2,1,${T_VOTE},${title},${labels[1]}\r\n`,
      );
    },
    invalid: { id: 7 },
  },
  'workshops.importFile': {
    valid: (ctx) => {
      ctx.dialogs.savePaths.push(join(ctx.dir, 'in.json'));
      return null;
    },
    check: (ctx, r) => {
      const answer = value<{ cancelled: boolean; workshopId: string }>(r);
      expect(answer.cancelled).toBe(false);
      expect(ctx.core.workshops.requireWorkshop(answer.workshopId).title).toBe('Alignment day');
      expect(ctx.core.workshops.list()).toHaveLength(2);
    },
    invalid: { path: '/etc/passwd' },
  },
  'participants.add': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, participants: [{ name: 'Marc', side: 'marketing', title: 'CMO' }] }),
    check: (ctx) =>
      expect(ctx.core.workshops.detail(ctx.workshopId).participants.map((p) => p.name)).toEqual(['Ines', 'Marc']),
    invalid: { workshopId: 'w', participants: [{ name: 'Marc', side: 'finance' }] },
  },
  'participants.update': {
    valid: (ctx) => ({ id: ctx.participantId, participant: { name: 'Inès', side: 'it', title: 'CIO' } }),
    check: (ctx) =>
      expect(ctx.core.queries.participants.get(ctx.participantId)).toMatchObject({ name: 'Inès', title: 'CIO' }),
    invalid: { id: 'p', participant: { name: '', side: 'it' } },
  },
  'participants.remove': {
    valid: (ctx) => ({ id: ctx.participantId }),
    check: (ctx) => expect(ctx.core.queries.participants.get(ctx.participantId)).toBeUndefined(),
    invalid: { id: null },
  },
  'agenda.addActivity': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, kind: 'points' }),
    check: (ctx) =>
      expect(ctx.core.workshops.detail(ctx.workshopId).activities.map((a) => a.config)).toContainEqual({
        kind: 'points',
        total: 100,
      }),
    invalid: { workshopId: 'w', kind: 'poll' },
  },
  'agenda.updateActivity': {
    valid: (ctx) => ({
      id: ctx.activityId,
      title: 'Budget',
      prompt: 'Spread 50',
      minutes: 25,
      config: { kind: 'points', total: 50 },
    }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.get(ctx.activityId)).toMatchObject({
        title: 'Budget',
        minutes: 25,
        config: { total: 50 },
      }),
    invalid: { id: 'a', title: 'Budget', prompt: '', minutes: null, config: { kind: 'points', total: 7 } },
  },
  'agenda.moveActivity': {
    valid: (ctx) => {
      ctx.core.agenda.addActivity(ctx.workshopId, 'likert');
      return { id: ctx.activityId, toIndex: 1 };
    },
    check: (ctx) => expect(ctx.core.queries.activities.get(ctx.activityId)?.position).toBe(2),
    invalid: { id: 'a', toIndex: -1 },
  },
  'agenda.duplicateActivity': {
    valid: (ctx) => ({ id: ctx.activityId }),
    check: (ctx) =>
      expect(ctx.core.workshops.detail(ctx.workshopId).activities.map((a) => a.title)).toEqual([
        'Drivers',
        'Drivers (copy)',
      ]),
    invalid: { id: 7 },
  },
  'agenda.removeActivity': {
    valid: (ctx) => ({ id: ctx.activityId }),
    check: (ctx) => expect(ctx.core.workshops.detail(ctx.workshopId).activities).toEqual([]),
    invalid: { activity: 'a' },
  },
  'agenda.addItem': {
    valid: (ctx) => ({ activityId: ctx.activityId, item: { label: 'Speed' } }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.get(ctx.activityId)?.items.map((i) => i.label)).toEqual([
        'Insight',
        'Cost',
        'Speed',
      ]),
    invalid: { activityId: 'a', item: { label: '   ' } },
  },
  'agenda.updateItem': {
    valid: (ctx) => ({
      id: ctx.itemIds[0],
      item: {
        label: 'Customer insight',
        benchmark: { cio: 10, cmo: 1, unit: 'rank', source: 'Accenture', year: 2013 },
      },
    }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.getItem(ctx.itemIds[0]!)).toMatchObject({
        label: 'Customer insight',
        benchmark: { cio: 10 },
      }),
    invalid: { id: 'i', item: { label: 'X', benchmark: { cio: null, cmo: null, unit: '%', source: 'S', year: 2013 } } },
  },
  'agenda.moveItem': {
    valid: (ctx) => ({ id: ctx.itemIds[1], toIndex: 0 }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.get(ctx.activityId)?.items.map((i) => i.label)).toEqual(['Cost', 'Insight']),
    invalid: { id: 'i', toIndex: 1.5 },
  },
  'agenda.removeItem': {
    valid: (ctx) => ({ id: ctx.itemIds[1] }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.get(ctx.activityId)?.items.map((i) => i.label)).toEqual(['Insight']),
    invalid: { id: undefined },
  },
  'results.get': {
    valid: (ctx) => {
      const roundId = openRound(ctx);
      ctx.core.voting.recordBallot(
        roundId,
        ctx.participantId,
        [
          { itemId: 'item-1', value: 1 },
          { itemId: 'item-2', value: 2 },
        ],
        false,
      );
      ctx.core.voting.closeRound(roundId);
      ctx.core.voting.revealRound(roundId);
      return { id: ctx.workshopId };
    },
    check: (ctx, r) => {
      const results = value<{ hasVotes: boolean; analysis: { activities: { activityId: string }[] } }>(r);
      expect(results.hasVotes).toBe(true);
      expect(results.analysis.activities.map((a) => a.activityId)).toEqual([ctx.activityId]);
      // The analysis, never the votes it was computed from.
      expect(JSON.stringify(results)).not.toContain(ctx.participantId);
    },
    invalid: { workshopId: 'w' },
  },
  'report.data': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (ctx, r) => {
      const data = value<{ participants: unknown; sideCounts: unknown; activities: unknown[] }>(r);
      expect(data.participants).toBeNull(); // anonymous by default: counts only
      expect(data.sideCounts).toEqual({ it: 1, marketing: 0, other: 0 });
      expect(data.activities).toHaveLength(1);
      // The page gets the analysis; no vote leaves the core unless the appendix is asked for.
      expect(data).not.toHaveProperty('input');
      expect(data).toMatchObject({ votes: null });
    },
    invalid: { id: null },
  },
  'report.exportWorkbook': {
    valid: (ctx) => (ctx.dialogs.savePaths.push(join(ctx.dir, 'workshop.xlsx')), { id: ctx.workshopId }),
    check: (ctx, r) => {
      expect(value(r)).toEqual({ cancelled: false, path: join(ctx.dir, 'workshop.xlsx') });
      // An .xlsx is a zip archive.
      expect(readFileSync(join(ctx.dir, 'workshop.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    },
    invalid: { id: 'w', sheets: 3 },
  },
  'report.exportPdf': {
    valid: (ctx) => (ctx.dialogs.savePaths.push(join(ctx.dir, 'report.pdf')), { id: ctx.workshopId, paper: 'letter' }),
    check: (ctx) => {
      expect(ctx.windows.printed).toEqual([`${ctx.workshopId}:Alignment day:letter`]);
      expect(readFileSync(join(ctx.dir, 'report.pdf'), 'utf8')).toMatch(/^%PDF-/);
      expect(ctx.windows.opened).toEqual([join(ctx.dir, 'report.pdf')]);
    },
    invalid: { id: 'w', paper: 'a3' },
  },
  'live.seat': {
    valid: () => null,
    check: (_ctx, r) => expect(value(r)).toEqual({ audience: 'facilitator', workshopId: null }),
    invalid: { audience: 'facilitator' },
  },
  'live.watch': {
    valid: (ctx) => ({ workshopId: ctx.workshopId }),
    check: (ctx, r) =>
      expect(value(r)).toMatchObject({
        audience: 'facilitator',
        currentActivityId: ctx.activityId,
        openRound: null,
        revealed: null,
      }),
    invalid: { workshopId: '' },
  },
  'live.setCurrentActivity': {
    valid: (ctx) => {
      ctx.core.agenda.addActivity(ctx.workshopId, 'likert');
      return { workshopId: ctx.workshopId, activityId: ctx.core.workshops.detail(ctx.workshopId).activities[1]!.id };
    },
    check: (ctx) =>
      expect(ctx.core.live.snapshot(ctx.workshopId, 'facilitator').currentActivityId).toBe(
        ctx.core.workshops.detail(ctx.workshopId).activities[1]!.id,
      ),
    invalid: { workshopId: 'w' },
  },
  'live.openRound': {
    valid: (ctx) => ({ activityId: ctx.activityId, minutes: 5 }),
    check: (ctx) => {
      const [round] = ctx.core.queries.rounds.listByActivity(ctx.activityId);
      expect(round).toMatchObject({ number: 1, status: 'open' });
      expect(Date.parse(round!.deadlineAt!) - Date.parse(round!.openedAt)).toBe(5 * 60_000);
      expect(ctx.core.workshops.requireWorkshop(ctx.workshopId).status).toBe('live');
    },
    invalid: { activityId: 'a', minutes: 0 },
  },
  'live.closeRound': {
    valid: (ctx) => ({ roundId: openRound(ctx) }),
    check: (ctx) => expect(ctx.core.queries.rounds.listByActivity(ctx.activityId)[0]!.status).toBe('closed'),
    invalid: { round: 'r' },
  },
  'live.revealRound': {
    valid: (ctx) => {
      const roundId = openRound(ctx);
      ctx.core.voting.closeRound(roundId);
      return { roundId };
    },
    check: (ctx) => expect(ctx.core.queries.rounds.listByActivity(ctx.activityId)[0]!.status).toBe('revealed'),
    invalid: { roundId: 5 },
  },
  'live.recordBallot': {
    valid: (ctx) => ({
      roundId: openRound(ctx),
      participantId: ctx.participantId,
      entries: [
        { itemId: 'item-1', value: 2 },
        { itemId: 'item-2', value: 1 },
      ],
      byFacilitator: true,
    }),
    check: (ctx, r) => {
      expect(value<{ recordedAt: string }>(r).recordedAt).toMatch(/^2026-11-22T/);
      const round = ctx.core.queries.rounds.listByActivity(ctx.activityId)[0]!;
      expect(ctx.core.queries.votes.listByRound(round.id).map((v) => [v.itemId, v.value, v.byFacilitator])).toEqual([
        ['item-1', 2, true],
        ['item-2', 1, true],
      ]);
    },
    invalid: {
      roundId: 'r',
      participantId: 'p',
      entries: [{ itemId: 'i', value: { own: 'x' } }],
      byFacilitator: false,
    },
  },
  'live.submitIdeas': {
    valid: (ctx) => ({
      roundId: ctx.core.voting.openRound(ideasActivity(ctx), null, 'collect').id,
      participantId: ctx.participantId,
      ideas: ['  Our   deadlines are real '],
      byFacilitator: false,
    }),
    check: (ctx, r) => {
      expect(value<{ recordedAt: string }>(r).recordedAt).toMatch(/^2026-11-22T/);
      const [idea] = ctx.core.queries.activities.get('ideas-1')!.items;
      expect(idea!.label).toBe('Our deadlines are real');
      const round = ctx.core.queries.rounds.listByActivity('ideas-1')[0]!;
      expect(ctx.core.queries.votes.listByRound(round.id).map((v) => [v.participantId, v.itemId, v.value])).toEqual([
        [ctx.participantId, idea!.id, 'raised'],
      ]);
    },
    invalid: { roundId: 'r', participantId: 'p', ideas: 'one idea', byFacilitator: false },
  },
  'live.mergeIdeas': {
    valid: (ctx) => {
      const [into, from] = collectedIdeas(ctx);
      return { fromId: from, intoId: into };
    },
    check: (ctx) =>
      expect(ctx.core.queries.activities.get('ideas-1')!.items.map((i) => i.label)).toEqual(['We carry the risk']),
    invalid: { fromId: 'a' },
  },
  'live.editIdea': {
    valid: (ctx) => ({ id: collectedIdeas(ctx)[1], text: 'We carry the blame' }),
    check: (ctx) =>
      expect(ctx.core.queries.activities.get('ideas-1')!.items.map((i) => i.label)).toEqual([
        'We carry the blame',
        'We carry the risk',
      ]),
    invalid: { id: 'i', text: 42 },
  },
  'live.handOver': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, pin: '2468' }),
    check: (ctx) => expect(ctx.core.live.seat(1)).toEqual({ audience: 'ballot', workshopId: ctx.workshopId }),
    invalid: { workshopId: 'w', pin: '12' },
  },
  'live.unlock': {
    valid: (ctx) => (ctx.core.live.handOver(1, ctx.workshopId, '2468'), { pin: '2468' }),
    check: (ctx) => expect(ctx.core.live.seat(1)).toEqual({ audience: 'facilitator', workshopId: null }),
    invalid: { pin: 'abcd' },
  },
  'live.allowChange': {
    valid: (ctx) => {
      openRound(ctx);
      ctx.core.live.handOver(1, ctx.workshopId, '2468');
      return { participantId: ctx.participantId, pin: '2468' };
    },
    check: (ctx) => {
      const view = ctx.core.live.watch(1, ctx.workshopId);
      expect(view.audience === 'ballot' && view.mayChange).toEqual([ctx.participantId]);
    },
    invalid: { participantId: 'p', pin: 2468 },
  },
  'live.setPage': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, page: 1 }),
    check: (ctx) => expect(ctx.core.live.snapshot(ctx.workshopId, 'room').page).toBe(1),
    invalid: { workshopId: 'w', page: -1 },
  },
  'live.saveNote': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, activityId: ctx.activityId, body: 'IT ranks cost first' }),
    check: (ctx) =>
      expect(ctx.core.queries.notes.listByWorkshop(ctx.workshopId).map((n) => n.body)).toEqual(['IT ranks cost first']),
    invalid: { workshopId: 'w', activityId: null, body: 'x'.repeat(20_001) },
  },
  'live.addActionItem': {
    valid: (ctx) => ({
      workshopId: ctx.workshopId,
      item: {
        kind: 'action',
        text: 'Shared data model',
        ownerIt: 'Ines',
        ownerMarketing: 'Marc',
        dueDate: '2027-01-31',
        activityId: null,
      },
    }),
    check: (ctx) =>
      expect(ctx.core.queries.actionItems.listByWorkshop(ctx.workshopId)).toMatchObject([
        { text: 'Shared data model', ownerIt: 'Ines', ownerMarketing: 'Marc', dueDate: '2027-01-31' },
      ]),
    invalid: {
      workshopId: 'w',
      item: { kind: 'action', text: ' ', ownerIt: null, ownerMarketing: null, dueDate: null, activityId: null },
    },
  },
  'live.removeActionItem': {
    valid: (ctx) => {
      addAgreement(ctx);
      return { workshopId: ctx.workshopId, id: ctx.core.queries.actionItems.listByWorkshop(ctx.workshopId)[0]!.id };
    },
    check: (ctx) => expect(ctx.core.queries.actionItems.listByWorkshop(ctx.workshopId)).toEqual([]),
    invalid: { id: 'x' },
  },
  'live.updateActionItem': {
    valid: (ctx) => {
      addAgreement(ctx);
      return {
        workshopId: ctx.workshopId,
        id: ctx.core.queries.actionItems.listByWorkshop(ctx.workshopId)[0]!.id,
        item: {
          kind: 'action',
          text: 'Co-own CRM from Q2',
          ownerIt: 'Ines',
          ownerMarketing: null,
          dueDate: '2027-03-31',
          activityId: null,
        },
      };
    },
    check: (ctx) =>
      expect(ctx.core.queries.actionItems.listByWorkshop(ctx.workshopId)).toMatchObject([
        { kind: 'action', text: 'Co-own CRM from Q2', ownerIt: 'Ines', ownerMarketing: null, dueDate: '2027-03-31' },
      ]),
    invalid: {
      workshopId: 'w',
      id: 'x',
      item: { kind: 'action', text: '', ownerIt: null, ownerMarketing: null, dueDate: null, activityId: null },
    },
  },
  'live.closeWorkshop': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (ctx) => expect(ctx.core.workshops.requireWorkshop(ctx.workshopId).status).toBe('closed'),
    invalid: { id: '' },
  },
  'presenter.open': {
    valid: (ctx) => ({ id: ctx.workshopId }),
    check: (ctx) => expect(ctx.windows.presenters).toEqual([ctx.workshopId]),
    invalid: { workshopId: 'w' },
  },
  'backups.list': {
    valid: (ctx) => (backUpNow(ctx, EARLIER_BACKUP), null),
    check: (_ctx, r) =>
      expect(value<BackupInfo[]>(r)).toEqual([
        expect.objectContaining({
          name: EARLIER_BACKUP,
          createdAt: '2026-11-21T18:00:00.000Z',
          summary: { schemaVersion: LATEST_SCHEMA_VERSION, workshops: 1, newestWorkshopTitle: 'Alignment day' },
          problem: null,
        }),
      ]),
    invalid: {},
  },
  'backups.create': {
    valid: () => null,
    check: (ctx, r) => {
      const backup = value<BackupInfo>(r);
      expect(backup.summary).toEqual({
        schemaVersion: LATEST_SCHEMA_VERSION,
        workshops: 1,
        newestWorkshopTitle: 'Alignment day',
      });
      expect(existsSync(join(ctx.core.backups.dir, backup.name))).toBe(true);
    },
    invalid: 'now',
  },
  'backups.restore': {
    valid: (ctx) => {
      backUpNow(ctx, EARLIER_BACKUP);
      ctx.core.db.prepare("UPDATE workshops SET title = 'Renamed after the backup'").run();
      return { name: EARLIER_BACKUP };
    },
    check: (ctx, r) => {
      const { restoredFrom, safetyBackup } = value<RestoreOutcome>(r);
      expect(restoredFrom.name).toBe(EARLIER_BACKUP);
      expect(ctx.core.workshops.requireWorkshop(ctx.workshopId).title).toBe('Alignment day');
      expect(safetyBackup.summary?.newestWorkshopTitle).toBe('Renamed after the backup');
      expect(ctx.core.backups.list().map((b) => b.name)).toEqual([safetyBackup.name, EARLIER_BACKUP]);
    },
    invalid: { name: '../common-ground.sqlite' },
  },
  'templates.list': {
    valid: () => null,
    check: (_ctx, r) =>
      expect(value<{ id: string; builtIn: boolean }[]>(r)).toContainEqual(
        expect.objectContaining({ id: 'cio-cmo-alignment', builtIn: true }),
      ),
    invalid: { builtIn: true },
  },
  'templates.get': {
    valid: () => ({ id: 'cio-cmo-alignment' }),
    check: (_ctx, r) => expect(value<{ name: string }>(r).name).toBe('CIO–CMO alignment'),
    invalid: { id: '../../etc/passwd' },
  },
  'templates.saveFromWorkshop': {
    valid: (ctx) => ({ workshopId: ctx.workshopId, name: 'Our offsite', description: 'Short' }),
    check: (ctx) =>
      expect(
        ctx.core.templates
          .list()
          .filter((t) => !t.builtIn)
          .map((t) => [t.id, t.activityCount]),
      ).toEqual([['our-offsite', 1]]),
    invalid: { workshopId: 'w', name: '' },
  },
  'templates.copy': {
    valid: () => ({ id: 'cio-cmo-alignment' }),
    check: (ctx) =>
      expect(
        ctx.core.templates
          .list()
          .filter((t) => !t.builtIn)
          .map((t) => t.name),
      ).toEqual(['CIO–CMO alignment (copy)']),
    invalid: { id: 'CIO CMO' },
  },
  'templates.remove': {
    valid: (ctx) => ({ id: ctx.core.templates.copy('cio-cmo-alignment').id }),
    check: (ctx) => expect(ctx.core.templates.list().filter((t) => !t.builtIn)).toEqual([]),
    invalid: { id: null },
  },
  'templates.importFile': {
    valid: (ctx) => {
      const path = join(ctx.dir, 'template.json');
      writeFileSync(path, ctx.core.templates.exportText('cio-cmo-alignment').text);
      ctx.dialogs.openPaths.push(path);
      return null;
    },
    check: (ctx, r) => {
      expect(value<{ template: { id: string } }>(r).template.id).toBe('cio-cmo-alignment-2');
      expect(ctx.core.templates.list()).toHaveLength(2);
    },
    invalid: 'template.json',
  },
  'templates.exportFile': {
    valid: (ctx) => (ctx.dialogs.savePaths.push(join(ctx.dir, 'mine.json')), { id: 'cio-cmo-alignment' }),
    check: (ctx) => expect(JSON.parse(readFileSync(join(ctx.dir, 'mine.json'), 'utf8')).id).toBe('cio-cmo-alignment'),
    invalid: { id: '' },
  },
};

describe('IPC', () => {
  let ctx: Context;
  let cleanup: () => void;
  let dispatch: ReturnType<typeof dispatcherFor>;
  const fromApp = eventFrom(APP_URL);

  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const core = createCore(join(temp.dir, 'ipc.sqlite'), fixedClock());
    const dialogs = scriptedDialogs();
    const windows = recordedWindows();
    dispatch = dispatcherFor(core, undefined, dialogs, windows);
    const workshopId = core.workshops.create(draft).id;
    const [participant] = core.participants.add(workshopId, [{ name: 'Ines', side: 'it', title: null }]).participants;
    core.queries.activities.insert('act-1', workshopId, { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    core.queries.activities.insertItem('item-1', 'act-1', { label: 'Insight', description: null, benchmark: null });
    core.queries.activities.insertItem('item-2', 'act-1', { label: 'Cost', description: null, benchmark: null });
    ctx = {
      core,
      dir: temp.dir,
      dialogs,
      windows,
      workshopId,
      participantId: participant!.id,
      activityId: 'act-1',
      itemIds: ['item-1', 'item-2'],
    };
  });
  afterEach(async () => {
    await ctx.core.backups.settled();
    ctx.core.close();
    cleanup();
  });

  const changes = () => ctx.core.db.prepare('SELECT total_changes()').pluck().get();

  it('the contract defines exactly the channel list, and every channel has a case here', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort());
  });

  it('registerIpc registers every channel exactly once', () => {
    const registered: string[] = [];
    registerIpc({ handle: (channel) => registered.push(channel) }, dispatch);
    expect(registered.sort()).toEqual([...CHANNELS].sort());
  });

  describe.each(CHANNELS.map((c) => [c]))('%s', (channel) => {
    const testCase = CASES[channel];

    it('does its work for a valid input from the app window', async () => {
      let input: unknown;
      if (channel === 'workshops.importFile') {
        // The file to import is the workshop's own export.
        await dispatch('workshops.exportFile', fromApp, CASES['workshops.exportFile'].valid(ctx));
        ctx.dialogs.openPaths.push(join(ctx.dir, 'out.json'));
        input = null;
      } else {
        input = testCase.valid(ctx);
      }
      const result = await dispatch(channel, fromApp, input);
      value(result); // every valid call answers ok
      testCase.check(ctx, result);
    });

    it('refuses an invalid input with a clear message and writes nothing', async () => {
      const before = changes();
      const result = await dispatch(channel, fromApp, testCase.invalid);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message.length).toBeGreaterThan(8);
      expect(result.error.message).not.toMatch(/\bat \w+ \(|Error:/);
      expect(changes()).toBe(before);
    });

    it('refuses a foreign sender and writes nothing', async () => {
      const input = testCase.valid(ctx);
      const before = changes();
      for (const event of [
        eventFrom(null),
        eventFrom(APP_URL, { subframe: true }),
        eventFrom('https://evil.example/index.html'),
        eventFrom('file:///tmp/index.html'),
        eventFrom('app://other-host/index.html'),
        eventFrom('not a url'),
      ]) {
        expect(await dispatch(channel, event, input)).toEqual({
          ok: false,
          error: { code: 'forbidden-sender', message: 'This request did not come from the Common Ground window.' },
        });
      }
      expect(changes()).toBe(before);
    });
  });

  it('gives field-level messages for a bad workshop', async () => {
    const cases = [
      [{ ...draft, title: '   ' }, ['title'], 'Title is required.'],
      [{ ...draft, date: '22/11/2026' }, ['date'], 'Use a date like 2026-11-22.'],
      [{ ...draft, organization: 'x'.repeat(121) }, ['organization'], 'Organization must be at most 120 characters.'],
      [{ title: 'T', organization: 'O', date: '2026-11-22' }, ['facilitator'], 'Facilitator is required.'],
    ] as const;
    for (const [input, path, message] of cases) {
      expect(await dispatch('workshops.create', fromApp, input)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message, path },
      });
    }
  });

  it('answers not-found for a workshop that is gone, and cancelled when a dialog is closed', async () => {
    expect(await dispatch('workshops.get', fromApp, { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That workshop no longer exists.' },
    });
    expect(await dispatch('workshops.exportFile', fromApp, { id: ctx.workshopId })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
  });

  it('refuses a bad workshop file with the JSON path of its first problem and imports nothing', async () => {
    const path = join(ctx.dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ format: 'common-ground/workshop', version: 1 }));
    ctx.dialogs.openPaths.push(path);
    const before = changes();
    const result = await dispatch('workshops.importFile', fromApp, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toMatch(/exportedAt|workshop/);
    expect(changes()).toBe(before);
  });

  it('refuses to change an activity that holds votes, and to delete a built-in template', async () => {
    const round = ctx.core.queries.rounds.open('r1', ctx.activityId, '2026-11-22T09:00:00.000Z');
    ctx.core.queries.votes.replaceBallot(round.id, ctx.participantId, [{ itemId: 'item-1', value: 1 }], false, 't');
    const edit = {
      id: ctx.activityId,
      title: 'Drivers',
      prompt: '',
      minutes: null,
      config: { kind: 'points', total: 100 },
    };
    expect(await dispatch('agenda.updateActivity', fromApp, edit)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await dispatch('agenda.removeItem', fromApp, { id: 'item-2' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await dispatch('participants.remove', fromApp, { id: ctx.participantId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await dispatch('templates.remove', fromApp, { id: 'cio-cmo-alignment' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses a channel that is not in the contract', async () => {
    expect(await dispatch('workshops.drop', fromApp, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('turns an unexpected failure into a plain message, not a stack trace', async () => {
    ctx.core.db.exec('ALTER TABLE workshops RENAME TO workshops_gone');
    expect(await dispatch('workshops.list', fromApp, null)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on this computer. Nothing was changed.' },
    });
  });
});
