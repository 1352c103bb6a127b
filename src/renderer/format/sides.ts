import type { Side } from '../../shared/domain';

export const SIDE_LABELS: Record<Side, string> = { it: 'IT', marketing: 'Marketing', other: 'Other' };
