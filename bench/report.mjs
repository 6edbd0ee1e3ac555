/** The printed form of the results: one row per metric with its target and whether it was met. */

/** True when a figure is within its target: at most `atMost` and at least `atLeast` (either may be undefined). */
export function isMet(value, atMost, atLeast) {
  return Number.isFinite(value) && (atMost === undefined || value <= atMost) && (atLeast === undefined || value >= atLeast);
}

const number = (value) => {
  if (!Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 1 ? value.toFixed(3) : value.toFixed(1);
};

/** A plain-text table: metric, value, target, met? ("MISSED" when not, "-" when there is no target). */
export function formatTable(metrics, targets, minimums = {}) {
  const rows = [['metric', 'value', 'target', 'met?']];
  for (const [key, value] of Object.entries(metrics)) {
    const atMost = targets[key];
    const atLeast = minimums[key];
    const target = atMost !== undefined ? `<= ${atMost}` : atLeast !== undefined ? `>= ${atLeast}` : '-';
    const met = target === '-' ? '-' : isMet(value, atMost, atLeast) ? 'yes' : 'MISSED';
    rows.push([key, number(value), target, met]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
