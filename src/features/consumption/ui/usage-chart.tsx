// Consumption as bars and the area's spot price as a line, drawn on the server as SVG: no chart library
// and no client JavaScript. The table beside it carries the same figures for screen readers and anyone
// who prefers numbers; the SVG itself is one labelled image. It is drawn twice, for a phone (360 units
// wide, shown at about 320 px) and for a wider screen (720 units), and CSS shows the one that fits: an SVG
// scales its text with it, so each is drawn for the width it is shown at (axis text ≥ 12 px at 390 px).
import { decimalText } from "@/platform/format/display";

export interface ChartBucket {
  /** Unique: the bucket's start instant. */
  key: string;
  label: string;
  /** kWh as a decimal string, or null for a gap. */
  kwh: string | null;
  /** øre/kWh excl. VAT, or null. */
  price: string | null;
  /** Consumption before the customer's supply began: drawn in a colour of its own. */
  beforeSupply?: boolean;
}

interface Layout {
  /** Suffix of the SVG's ids, so the two drawings do not share one. */
  id: string;
  width: number;
  height: number;
  /** Axis text size in SVG units. */
  font: number;
  pad: { left: number; right: number; top: number; bottom: number };
  /** At most this many labels along the time axis. */
  labels: number;
  className: string;
}

const LAYOUTS: readonly Layout[] = [
  {
    id: "smal",
    width: 360,
    height: 240,
    font: 15,
    pad: { left: 46, right: 40, top: 24, bottom: 30 },
    labels: 4,
    className: "sm:hidden",
  },
  {
    id: "bred",
    width: 720,
    height: 280,
    font: 16,
    pad: { left: 56, right: 52, top: 26, bottom: 32 },
    labels: 8,
    className: "hidden sm:block",
  },
];

/** A time-axis label that fits: "oktober 2025" becomes "okt." where there is room for four labels. */
function axisLabel(label: string, layout: Layout): string {
  const text = label.replace(" (andre gang, vintertid)", "*");
  const month = /^(\p{L}+) \d{4}$/u.exec(text);
  return month && layout.labels < 8 ? `${month[1]?.slice(0, 3)}.` : text;
}

/** A round step for axis ticks: 1, 2 or 5 × 10ⁿ, giving about three ticks. */
function niceMax(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.5 };
  const raw = max / 3;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? raw;
  return { top: Math.ceil(max / step) * step, step };
}

/** An axis label: one decimal under 10 where it is not whole ("0,5", "1", "12"). */
const tick = (value: number) =>
  decimalText(value, value < 10 && !Number.isInteger(Math.round(Math.abs(value) * 10) / 10) ? 1 : 0);

/** The price line as polyline point lists, broken where a price is missing. */
function lineSegments(points: ([number, number] | null)[]): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  for (const point of points) {
    if (point === null) {
      if (current.length > 1) segments.push(current.join(" "));
      current = [];
    } else current.push(`${point[0].toFixed(1)},${point[1].toFixed(1)}`);
  }
  if (current.length > 1) segments.push(current.join(" "));
  return segments;
}

/** The colour of a bar: a gap, consumption before the supply, or ours. */
const BAR_CLASSES = ["fill-brand-600", "fill-slate-500", "fill-slate-300"] as const;

/**
 * The bars as one path per colour rather than a <rect> each: a year by day is 365 bars in two
 * drawings, and every element is rendered, serialised into the page's RSC payload and sent twice.
 */
function barPaths(
  kwh: (number | null)[],
  buckets: ChartBucket[],
  geometry: { x: (i: number) => number; y: (v: number) => number; barW: number; base: number },
): { className: string; d: string }[] {
  const { x, y, barW, base } = geometry;
  const parts = new Map<string, string[]>(BAR_CLASSES.map((c) => [c, []]));
  kwh.forEach((v, i) => {
    // A gap is a low grey marker on the axis, never a zero bar.
    const top = v === null ? base - 3 : y(v);
    const className =
      v === null ? "fill-slate-300" : buckets[i]?.beforeSupply ? "fill-slate-500" : "fill-brand-600";
    const height = Math.max(0, base - top);
    parts
      .get(className)
      ?.push(
        `M${x(i).toFixed(2)} ${top.toFixed(2)}h${barW.toFixed(2)}v${height.toFixed(2)}h-${barW.toFixed(2)}z`,
      );
  });
  return [...parts]
    .filter(([, list]) => list.length > 0)
    .map(([className, list]) => ({ className, d: list.join("") }));
}

export function UsageChart(props: { buckets: ChartBucket[]; title: string; description: string }) {
  return (
    <>
      {LAYOUTS.map((layout) => (
        <ChartSvg key={layout.id} layout={layout} {...props} />
      ))}
    </>
  );
}

function ChartSvg({
  buckets,
  title,
  description,
  layout,
}: {
  buckets: ChartBucket[];
  title: string;
  description: string;
  layout: Layout;
}) {
  const { width: WIDTH, height: HEIGHT, pad: PAD, font } = layout;
  // Geometry only: drawing positions may be floats; the figures shown are the table's exact ones.
  const kwh = buckets.map((b) => (b.kwh === null ? null : Number(b.kwh)));
  const prices = buckets.map((b) => (b.price === null ? null : Number(b.price)));
  const kwhScale = niceMax(Math.max(0, ...kwh.map((v) => v ?? 0)));
  const priceMin = Math.min(0, ...prices.map((v) => v ?? 0));
  const priceScale = niceMax(Math.max(0, ...prices.map((v) => v ?? 0)) - priceMin);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, buckets.length);
  const barW = Math.max(1, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / kwhScale.top) * plotH;
  const py = (v: number) => PAD.top + plotH - ((v - priceMin) / priceScale.top) * plotH;
  const labelEvery = Math.ceil(buckets.length / layout.labels);

  const segments = lineSegments(
    prices.map((p, i) => (p === null ? null : [PAD.left + slot * (i + 0.5), py(p)])),
  );

  const ticks: number[] = [];
  for (let v = 0; v <= kwhScale.top + 1e-9; v += kwhScale.step) ticks.push(v);

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className={`h-auto w-full ${layout.className}`}
      role="img"
      aria-labelledby={`forbruk-graf-tittel-${layout.id} forbruk-graf-beskrivelse-${layout.id}`}
      data-testid={`forbruk-graf-${layout.id}`}
      fontSize={font}
    >
      <title id={`forbruk-graf-tittel-${layout.id}`}>{title}</title>
      <desc id={`forbruk-graf-beskrivelse-${layout.id}`}>{description}</desc>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="stroke-slate-200" />
          <text x={PAD.left - 6} y={y(v) + font / 3} textAnchor="end" className="fill-slate-600">
            {tick(v)}
          </text>
        </g>
      ))}
      <text x={4} y={PAD.top - 4} className="fill-slate-700">
        kWh
      </text>
      <text x={WIDTH - 4} y={PAD.top - 4} textAnchor="end" className="fill-amber-800">
        øre/kWh
      </text>
      {[priceMin, priceMin + priceScale.top].map((v) => (
        <text key={v} x={WIDTH - PAD.right + 6} y={py(v) + font / 3} className="fill-amber-800">
          {tick(v)}
        </text>
      ))}
      {barPaths(kwh, buckets, {
        x: (i) => PAD.left + slot * i + (slot - barW) / 2,
        y,
        barW,
        base: PAD.top + plotH,
      }).map(({ className, d }) => (
        <path key={className} d={d} className={className} />
      ))}
      {segments.map((points) => (
        <polyline
          key={points.slice(0, 40)}
          points={points}
          fill="none"
          strokeWidth={2}
          className="stroke-amber-600"
        />
      ))}
      {buckets.map((b, i) =>
        i % labelEvery === 0 ? (
          <text
            key={`l-${b.key}`}
            x={PAD.left + slot * (i + 0.5)}
            y={HEIGHT - 8}
            textAnchor="middle"
            className="fill-slate-600"
          >
            {axisLabel(b.label, layout)}
          </text>
        ) : null,
      )}
      <line
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
        className="stroke-slate-400"
      />
    </svg>
  );
}
