// Biểu đồ xu hướng: a small inline SVG line of one series' values.
import { trendGeometry } from '../history/trend.js';

const WIDTH = 120;
const HEIGHT = 32;

export function TrendChart({ values, label }: { values: number[]; label: string }) {
  const { path, dots } = trendGeometry(values, WIDTH, HEIGHT);
  return (
    <svg className="trend" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {dots.map((d, i) => (
        <circle key={i} cx={d.x} cy={d.y} r="2" fill="currentColor" />
      ))}
    </svg>
  );
}

/* Made for: the history table's small trend line: one series' values drawn as inline SVG from trend.ts's geometry. */
