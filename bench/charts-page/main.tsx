/**
 * The bench page: one 50-item chart fed by a workshop of 30 voters, and a function that
 * records one new vote and times the React update that redraws the chart.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@fontsource-variable/inter';
import '../../src/renderer/app/styles.css';
import {
  ButterflyChart,
  butterflyData,
  DumbbellChart,
  dumbbellData,
  HeatmapChart,
  heatmapData,
  LikertChart,
  likertData,
  SlopeChart,
  slopeData,
} from '../../src/renderer/charts';
import { analyze, type AnalysisInput, type AnalysisVote } from '../../src/shared/analytics';
import type { ActivityConfig, VoteValue } from '../../src/shared/domain';

const ITEMS = 50;
const VOTERS_PER_SIDE = 15;
const WARM_UP = 40;

type Kind = 'butterfly' | 'dumbbell' | 'slope' | 'likert' | 'heatmap';

const OPTIONS = [
  { id: 'it-led', label: 'IT-led' },
  { id: 'marketing-led', label: 'Marketing-led' },
  { id: 'co-led', label: 'Co-led' },
  { id: 'outside-vendor', label: 'Outside vendor' },
];

const CONFIGS: Record<Kind, ActivityConfig> = {
  butterfly: { kind: 'points', total: 1000 },
  dumbbell: { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' },
  slope: { kind: 'ranking' },
  likert: { kind: 'likert', labels: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] },
  heatmap: { kind: 'ownership', options: OPTIONS },
};

let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

function answer(kind: Kind, item: number, side: 'it' | 'marketing', ranks?: number[]): VoteValue {
  const lean = side === 'it' ? item / ITEMS : 1 - item / ITEMS;
  switch (kind) {
    case 'butterfly':
      return Math.round(lean * 30 + random() * 10);
    case 'dumbbell':
      return Math.min(10, Math.round(lean * 8 + random() * 3));
    case 'slope':
      return ranks![item]!;
    case 'likert':
      return Math.min(5, Math.max(1, Math.round(1 + lean * 4 + (random() - 0.5) * 2)));
    case 'heatmap':
      return OPTIONS[Math.floor(random() * (side === 'it' ? 2 : 4))]!.id;
  }
}

function ballot(kind: Kind, participantId: string, side: 'it' | 'marketing'): AnalysisVote[] {
  const order = Array.from({ length: ITEMS }, (_, i) => i).sort(
    (a, b) => (side === 'it' ? a - b : b - a) + (random() - 0.5) * 20,
  );
  const ranks = new Array<number>(ITEMS);
  order.forEach((item, position) => (ranks[item] = position + 1));
  return Array.from({ length: ITEMS }, (_, i) => ({
    participantId,
    itemId: `i${i}`,
    value: answer(kind, i, side, ranks),
  }));
}

function workshop(kind: Kind): AnalysisInput {
  const participants = [
    ...Array.from({ length: VOTERS_PER_SIDE }, (_, i) => ({ id: `it${i}`, side: 'it' as const })),
    ...Array.from({ length: VOTERS_PER_SIDE }, (_, i) => ({ id: `mk${i}`, side: 'marketing' as const })),
  ];
  // Everyone but the last marketer has voted; the bench then records one vote at a time.
  const votes = participants.slice(0, -1).flatMap((p) => ballot(kind, p.id, p.side as 'it' | 'marketing'));
  return {
    anonymous: true,
    participants,
    activities: [
      {
        id: 'a',
        kind: CONFIGS[kind].kind,
        title: 'Bench',
        config: CONFIGS[kind],
        items: Array.from({ length: ITEMS }, (_, i) => ({
          id: `i${i}`,
          label: `Item ${i + 1}: an investment area with a realistic label`,
          benchmark: null,
        })),
        rounds: [{ id: 'r', number: 1, status: 'open', votes }],
      },
    ],
  };
}

/** The input with one participant's answer to one item changed, as a new vote would. */
function withOneVote(input: AnalysisInput, kind: Kind): AnalysisInput {
  const activity = input.activities[0]!;
  const round = activity.rounds[0]!;
  const participant = input.participants[Math.floor(random() * input.participants.length)]!;
  const side = participant.side as 'it' | 'marketing';
  const item = Math.floor(random() * ITEMS);
  let votes: AnalysisVote[];
  if (kind === 'slope') {
    votes = [...round.votes.filter((v) => v.participantId !== participant.id), ...ballot(kind, participant.id, side)];
  } else {
    const others = round.votes.filter((v) => !(v.participantId === participant.id && v.itemId === `i${item}`));
    votes = [...others, { participantId: participant.id, itemId: `i${item}`, value: answer(kind, item, side) }];
  }
  return { ...input, activities: [{ ...activity, rounds: [{ ...round, votes }] }] };
}

function Chart({ kind, input, still }: { kind: Kind; input: AnalysisInput; still: boolean }): ReactNode {
  const analysis = useMemo(() => analyze(input), [input]);
  const activity = analysis.activities[0]!;
  const items = activity.latest!.items;
  const config = input.activities[0]!.config;
  const data = useMemo(() => {
    switch (kind) {
      case 'butterfly':
        return butterflyData(items, { kind: 'mean', label: 'mean points', min: 0, max: null });
      case 'dumbbell':
        return dumbbellData(items, config as Extract<ActivityConfig, { kind: 'scale' }>, []);
      case 'slope':
        return slopeData(items);
      case 'likert':
        return likertData(items, (config as Extract<ActivityConfig, { kind: 'likert' }>).labels);
      case 'heatmap':
        return heatmapData(items, OPTIONS, 'items-as-rows');
    }
  }, [kind, items, config]);
  const common = { title: 'Bench chart', static: still };
  switch (kind) {
    case 'butterfly':
      return <ButterflyChart {...common} data={data as ReturnType<typeof butterflyData>} />;
    case 'dumbbell':
      return <DumbbellChart {...common} data={data as ReturnType<typeof dumbbellData>} />;
    case 'slope':
      return <SlopeChart {...common} data={data as ReturnType<typeof slopeData>} />;
    case 'likert':
      return <LikertChart {...common} data={data as ReturnType<typeof likertData>} />;
    case 'heatmap':
      return <HeatmapChart {...common} data={data as ReturnType<typeof heatmapData>} options={OPTIONS} />;
  }
}

let setInput: (input: AnalysisInput) => void = () => {};

function Harness({ kind, initial, still }: { kind: Kind; initial: AnalysisInput; still: boolean }) {
  const [input, set] = useState(initial);
  setInput = set;
  return <Chart kind={kind} input={input} still={still} />;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The gaps between animation frames for `ms` milliseconds. */
function frameIntervals(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      gaps.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(gaps.slice(1));
    };
    requestAnimationFrame(tick);
  });
}

export interface BenchResult {
  /** performance.now() around flushSync(setInput): analysis, shaping, React render and commit. */
  readonly update: number[];
  /** The same, followed by a forced style and layout of the page. */
  readonly updateAndLayout: number[];
  /** Animated charts: the time between frames while the chart moves to the new vote (60 fps = 16.7 ms). */
  readonly frames: number[];
  /** The analysis of the activity alone, for comparison. */
  readonly analysis: number[];
}

let root: Root | null = null;

async function run(kind: Kind, runs: number, animate: boolean): Promise<BenchResult> {
  root?.unmount();
  root = createRoot(document.getElementById('root')!);
  let input = workshop(kind);
  flushSync(() => root!.render(<Harness kind={kind} initial={input} still={!animate} />));
  await wait(animate ? 1000 : 50);
  // Warm up: let the engine optimise the code paths of this chart before timing them.
  for (let i = 0; i < (animate ? 0 : WARM_UP); i++) {
    input = withOneVote(input, kind);
    const next = input;
    flushSync(() => setInput(next));
  }
  await wait(50);
  const update: number[] = [];
  const updateAndLayout: number[] = [];
  const frames: number[] = [];
  const analysis: number[] = [];
  for (let i = 0; i < runs; i++) {
    input = withOneVote(input, kind);
    const next = input;
    const before = performance.now();
    analyze(next);
    analysis.push(performance.now() - before);
    const start = performance.now();
    flushSync(() => setInput(next));
    const rendered = performance.now();
    void document.body.getBoundingClientRect().height;
    const laidOut = performance.now();
    update.push(rendered - start);
    updateAndLayout.push(laidOut - start);
    if (animate) {
      frames.push(...(await frameIntervals(800)));
    } else {
      await wait(0);
    }
  }
  return { update, updateAndLayout, frames, analysis };
}

(window as unknown as { bench: typeof run }).bench = run;
