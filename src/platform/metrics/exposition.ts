/**
 * A small Prometheus registry: counters and histograms keyed by label values, rendered in the text
 * exposition format (version 0.0.4). Label values are route patterns, methods, statuses and fixed
 * names chosen by the code, never anything a request carries.
 */
export type Labels = Record<string, string>;

export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Series<T> = Map<string, { labels: Labels; value: T }>;
type HistogramValue = { buckets: number[]; sum: number; count: number };

// Every request records two series: a plain comparison of the label names, not a locale-aware one.
const keyOf = (labels: Labels) =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function createCounter(name: string, help: string) {
  const series: Series<number> = new Map();
  return {
    inc(labels: Labels, by = 1) {
      const key = keyOf(labels);
      const found = series.get(key) ?? { labels, value: 0 };
      found.value += by;
      series.set(key, found);
    },
    render: () => [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} counter`,
      ...[...series.values()].map((each) => `${name}${formatLabels(each.labels)} ${each.value}`),
    ],
  };
}

export function createHistogram(name: string, help: string, bounds = DURATION_BUCKETS) {
  const series: Series<HistogramValue> = new Map();
  return {
    observe(labels: Labels, value: number) {
      const key = keyOf(labels);
      const found = series.get(key) ?? {
        labels,
        value: { buckets: bounds.map(() => 0), sum: 0, count: 0 },
      };
      bounds.forEach((bound, index) => {
        if (value <= bound) found.value.buckets[index]!++;
      });
      found.value.sum += value;
      found.value.count++;
      series.set(key, found);
    },
    render: () => [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} histogram`,
      ...[...series.values()].flatMap(({ labels, value }) => [
        ...bounds.map(
          (bound, index) =>
            `${name}_bucket${formatLabels({ ...labels, le: String(bound) })} ${value.buckets[index]}`,
        ),
        `${name}_bucket${formatLabels({ ...labels, le: '+Inf' })} ${value.count}`,
        `${name}_sum${formatLabels(labels)} ${value.sum}`,
        `${name}_count${formatLabels(labels)} ${value.count}`,
      ]),
    ],
  };
}

/** A value read when scraped (pool sizes, audit lag), one sample per label set. */
export function renderGauge(
  name: string,
  help: string,
  samples: { labels: Labels; value: number }[],
): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...samples.map((sample) => `${name}${formatLabels(sample.labels)} ${sample.value}`),
  ];
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

const escapeLabel = (value: string) =>
  value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
