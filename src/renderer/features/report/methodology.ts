/** How each figure in the report is computed, in plain words (docs/analytics.md has the formulas). */
export const METHODOLOGY: readonly { title: string; text: string }[] = [
  {
    title: 'Who is compared',
    text:
      'Every comparison is IT against Marketing. Observers (CEO, CFO, sales and others) count in the room’s totals ' +
      'but are never compared as a side. With anonymity on, a side with fewer than three voters on a question is not ' +
      'shown on its own, so no one’s answer can be worked out.',
  },
  {
    title: 'Per side',
    text:
      'For each item and side: the number of voters (n), the mean, the median and the sample standard deviation. The ' +
      'value of a vote is the item’s place in a ranking (1 = most important), the points given, the level of ' +
      'agreement (1–5), the rating on the scale, or for ownership and choice the share of the side choosing each option.',
  },
  {
    title: 'Gap and effect size',
    text:
      'The gap is the IT mean minus the Marketing mean. Hedges’ g divides the gap by the pooled standard deviation ' +
      'with the small-sample correction, so gaps on different questions can be compared; it is left out when the ' +
      'sides are too small or unanimous.',
  },
  {
    title: 'How sure a gap is',
    text:
      'Each gap carries a 95% interval (the whiskers on the charts) and a permutation test: how often shuffling ' +
      'the side labels among the same voters gives a gap as large. The p-values are adjusted across all the items ' +
      'of the workshop (Benjamini–Hochberg) and read out as a clear gap (0.05 or below), a likely gap (up to 0.2), ' +
      '“could be chance with this few voters”, or “too few voters to say” with fewer than three voters on a side ' +
      'or seven in all.',
  },
  {
    title: 'Disconnect',
    text:
      'For ownership and choice questions, the disconnect is the share of answers that would have to change for the ' +
      'two sides’ distributions to match (the total variation distance): 0% means the same spread of answers, 100% ' +
      'means no answer in common.',
  },
  {
    title: 'Rankings',
    text:
      'Each side’s order is its mean rank per item. Spearman’s ρ and Kendall’s τ-b measure how alike the two orders are ' +
      '(1 = the same, −1 = reversed); Kendall’s W measures how much each side agrees within itself (1 = everyone ' +
      'gave the same order).',
  },
  {
    title: 'Agreement questions',
    text: 'For statements rated 1–5, the top-2-box share is the share of a side answering 4 or 5; its gap is IT’s share minus Marketing’s.',
  },
  {
    title: 'Divergence and the alignment index',
    text:
      'To compare questions of different kinds, each item’s divergence is its gap as a share of the widest possible ' +
      'gap (for rankings, points, ratings and predictions) or its disconnect (for ownership and choice): 0 when the ' +
      'sides agree, 1 when they could not be further apart. The alignment index is 100 × (1 − the mean divergence), ' +
      'taking each activity’s latest round and giving every activity the same weight.',
  },
  {
    title: 'Rounds and published figures',
    text:
      'When a question was voted on twice, the change in each item’s divergence shows whether the discussion brought ' +
      'the sides closer. Where the research behind the workshop published a figure for a question, it is shown ' +
      'beside the room’s own, with its source and year.',
  },
];
