import type { BarChart } from '../../../src/contracts/annual-report.ts';

const COLOURS = ['#9bb7d4', '#1c4e80'];
const LABEL_WIDTH = 200;
const BAR_AREA = 280;
const BAR = 14;
const GAP = 10;

/** Grouped horizontal bars, one per year, with each value written beside its bar. */
export function YearOverYearChart({ chart }: { chart: BarChart }) {
  const max = Math.max(1, ...chart.groups.flatMap((group) => group.values));
  const groupHeight = chart.series.length * BAR + GAP;
  const height = 28 + chart.groups.length * groupHeight + 24;
  const width = LABEL_WIDTH + BAR_AREA + 50;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        role="img"
        aria-label={chart.title}
      >
        <text x={0} y={14} fontSize={13} fontWeight="bold">
          {chart.title}
        </text>
        {chart.groups.map((group, groupIndex) => {
          const top = 28 + groupIndex * groupHeight;
          return (
            <g key={group.label}>
              <text x={0} y={top + BAR} fontSize={11}>
                {group.label}
              </text>
              {group.values.map((value, seriesIndex) => {
                const y = top + seriesIndex * BAR;
                const length = Math.round((value / max) * BAR_AREA);
                return (
                  <g key={chart.series[seriesIndex]?.label ?? seriesIndex}>
                    <rect
                      x={LABEL_WIDTH}
                      y={y}
                      width={length}
                      height={BAR - 2}
                      fill={COLOURS[seriesIndex % 2]}
                    />
                    <text x={LABEL_WIDTH + length + 4} y={y + BAR - 4} fontSize={10}>
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        {chart.series.map((series, index) => (
          <g key={series.label}>
            <rect
              x={LABEL_WIDTH + index * 80}
              y={height - 17}
              width={10}
              height={10}
              fill={COLOURS[index % 2]}
            />
            <text x={LABEL_WIDTH + index * 80 + 14} y={height - 8} fontSize={11}>
              {series.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
