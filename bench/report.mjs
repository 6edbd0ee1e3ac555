/** The printed form of the results: one row per metric with its target and whether it was met. */

/** True when a figure is within its target (at most the target). */
export function isMet(value, target) {
  return Number.isFinite(value) && value <= target;
}

const number = (value) => (Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : 'n/a');

/** A plain-text table: metric, value, target, met? ("MISSED" when not, "-" when there is no target). */
export function formatTable(metrics, targets) {
  const rows = [['metric', 'value', 'target', 'met?']];
  for (const [key, value] of Object.entries(metrics)) {
    const target = targets[key];
    const met = target === undefined ? '-' : isMet(value, target) ? 'yes' : 'MISSED';
    rows.push([key, number(value), target === undefined ? '-' : `<= ${target}`, met]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
