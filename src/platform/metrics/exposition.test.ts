import { describe, expect, it } from 'vitest';
import { createCounter, createHistogram, renderGauge } from './exposition.ts';

describe('Prometheus text exposition', () => {
  it('counts per label set', () => {
    const counter = createCounter('enlace_things_total', 'Things.');
    counter.inc({ route: '/a', status: '200' });
    counter.inc({ status: '200', route: '/a' });
    counter.inc({ route: '/b', status: '404' }, 3);
    expect(counter.render()).toEqual([
      '# HELP enlace_things_total Things.',
      '# TYPE enlace_things_total counter',
      'enlace_things_total{route="/a",status="200"} 2',
      'enlace_things_total{route="/b",status="404"} 3',
    ]);
  });

  it('puts each observation in every bucket at or above it, with sum and count', () => {
    const histogram = createHistogram('enlace_wait_seconds', 'Wait.', [0.1, 1]);
    histogram.observe({ route: '/a' }, 0.05);
    histogram.observe({ route: '/a' }, 0.1);
    histogram.observe({ route: '/a' }, 3);
    expect(histogram.render()).toEqual([
      '# HELP enlace_wait_seconds Wait.',
      '# TYPE enlace_wait_seconds histogram',
      'enlace_wait_seconds_bucket{route="/a",le="0.1"} 2',
      'enlace_wait_seconds_bucket{route="/a",le="1"} 2',
      'enlace_wait_seconds_bucket{route="/a",le="+Inf"} 3',
      'enlace_wait_seconds_sum{route="/a"} 3.15',
      'enlace_wait_seconds_count{route="/a"} 3',
    ]);
  });

  it.each([
    ['a quote', 'a"b', 'a\\"b'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['a line break', 'a\nb', 'a\\nb'],
  ])('escapes %s in label values', (_, value, escaped) => {
    expect(renderGauge('enlace_g', 'G.', [{ labels: { name: value }, value: 1 }])[2]).toBe(
      `enlace_g{name="${escaped}"} 1`,
    );
  });

  it('renders a gauge without labels', () => {
    expect(renderGauge('enlace_g', 'G.', [{ labels: {}, value: 7 }])).toEqual([
      '# HELP enlace_g G.',
      '# TYPE enlace_g gauge',
      'enlace_g 7',
    ]);
  });
});
