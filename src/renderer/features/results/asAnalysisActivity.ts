import type { AnalysisActivity } from '../../../shared/analytics';
import type { Activity } from '../../../shared/domain';

/** An agenda activity in the shape the charts read; its rounds come with the result. */
export function asAnalysisActivity(activity: Activity): AnalysisActivity {
  return {
    id: activity.id,
    kind: activity.kind,
    title: activity.title,
    config: activity.config,
    items: activity.items.map((item) => ({ id: item.id, label: item.label, benchmark: item.benchmark })),
    rounds: [],
  };
}
