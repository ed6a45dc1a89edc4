// Consumption as bars and the area's spot price as a line, drawn on the server as SVG: no chart library
// and no client JavaScript. The table beside it carries the same figures for screen readers and anyone
// who prefers numbers; the SVG itself is one labelled image.
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

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 44, right: 48, top: 16, bottom: 30 };

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

export function UsageChart({
  buckets,
  title,
  description,
}: {
  buckets: ChartBucket[];
  title: string;
  description: string;
}) {
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
  const labelEvery = Math.ceil(buckets.length / 8);

  const segments: string[] = [];
  let current: string[] = [];
  prices.forEach((p, i) => {
    if (p === null) {
      if (current.length > 1) segments.push(current.join(" "));
      current = [];
    } else current.push(`${(PAD.left + slot * (i + 0.5)).toFixed(1)},${py(p).toFixed(1)}`);
  });
  if (current.length > 1) segments.push(current.join(" "));

  const ticks: number[] = [];
  for (let v = 0; v <= kwhScale.top + 1e-9; v += kwhScale.step) ticks.push(v);

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full"
      role="img"
      aria-labelledby="forbruk-graf-tittel forbruk-graf-beskrivelse"
    >
      <title id="forbruk-graf-tittel">{title}</title>
      <desc id="forbruk-graf-beskrivelse">{description}</desc>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="stroke-slate-200" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
            {tick(v)}
          </text>
        </g>
      ))}
      <text x={4} y={PAD.top - 4} className="fill-slate-700 text-[11px]">
        kWh
      </text>
      <text x={WIDTH - 4} y={PAD.top - 4} textAnchor="end" className="fill-amber-800 text-[11px]">
        øre/kWh
      </text>
      {[priceMin, priceMin + priceScale.top].map((v) => (
        <text key={v} x={WIDTH - PAD.right + 6} y={py(v) + 4} className="fill-amber-800 text-[11px]">
          {tick(v)}
        </text>
      ))}
      {kwh.map((v, i) => {
        const x = PAD.left + slot * i + (slot - barW) / 2;
        const key = buckets[i]?.key ?? String(i);
        if (v === null) {
          // A gap: a hollow marker on the axis, never a zero bar.
          return (
            <rect
              key={key}
              x={x}
              y={PAD.top + plotH - 3}
              width={barW}
              height={3}
              className="fill-slate-300"
            />
          );
        }
        return (
          <rect
            key={key}
            x={x}
            y={y(v)}
            width={barW}
            height={Math.max(0, PAD.top + plotH - y(v))}
            className={buckets[i]?.beforeSupply ? "fill-slate-500" : "fill-brand-600"}
          />
        );
      })}
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
            y={HEIGHT - 10}
            textAnchor="middle"
            className="fill-slate-600 text-[11px]"
          >
            {b.label.replace(" (andre gang, vintertid)", "*")}
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
