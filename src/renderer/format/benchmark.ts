import type { Benchmark } from '../../shared/domain';
import * as figure from '../../shared/figures';

/**
 * An item's published figures in a few words, in the source's unit: "CIO 13% · CMO 33%";
 * a rank as a place, "CIO #10 · CMO #1"; a side the source does not give, "—".
 */
export function benchmarkBadge(benchmark: Pick<Benchmark, 'cio' | 'cmo' | 'unit'>): string {
  const write = (value: number | null) =>
    benchmark.unit === 'rank' ? figure.position(value) : figure.number(value, { unit: benchmark.unit });
  return `CIO ${write(benchmark.cio)} · CMO ${write(benchmark.cmo)}`;
}
