// The small trend chart's geometry (pure, so it is tested without a DOM).

export type TrendGeometry = { path: string; dots: { x: number; y: number }[] };

/** Polyline through `values` scaled into a width × height box with `pad` pixels of margin. */
export function trendGeometry(values: readonly number[], width: number, height: number, pad = 3): TrendGeometry {
  if (values.length === 0) return { path: '', dots: [] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const dots = values.map((v, i) => ({
    x: round(values.length > 1 ? pad + i * stepX : width / 2),
    // A flat series sits in the middle rather than on an edge.
    y: round(span === 0 ? height / 2 : height - pad - ((v - min) / span) * (height - 2 * pad)),
  }));
  return { path: dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' '), dots };
}

const round = (n: number) => Math.round(n * 10) / 10;

/* Made for: the trend chart's geometry as a pure function, tested without a DOM. */
