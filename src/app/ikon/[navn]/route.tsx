// The app's icons as PNG, drawn from the favicon's lightning bolt at build time (no image files kept
// in the repository): /ikon/ikon-192.png, /ikon/ikon-512.png, /ikon/ikon-maskerbar-512.png and
// /ikon/apple-touch-icon.png.
import { ImageResponse } from "next/og";
import { APP_ICONS, type AppIcon, THEME_COLOUR } from "@/features/offline";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return APP_ICONS.map((icon) => ({ navn: icon.name }));
}

/** The bolt of public/favicon.svg (a 32 × 32 box). */
const BOLT = "M18.5 5 9 18.2h6.2L13.4 27 23 13.6h-6.1z";

function iconImage({ size, maskable }: AppIcon) {
  // A maskable icon fills its square; the bolt stays in the middle 60 %, inside the 80 % safe zone.
  const bolt = Math.round(size * (maskable ? 0.6 : 0.9));
  return (
    <div
      style={{
        width: size,
        height: size,
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: THEME_COLOUR,
        borderRadius: maskable ? 0 : size / 4,
      }}
    >
      <svg width={bolt} height={bolt} viewBox="0 0 32 32" aria-hidden="true">
        <path d={BOLT} fill="#ffffff" />
      </svg>
    </div>
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ navn: string }> }) {
  const { navn } = await params;
  const icon = APP_ICONS.find((candidate) => candidate.name === navn);
  if (!icon) return new Response("Ikonet finnes ikke.", { status: 404 });
  return new ImageResponse(iconImage(icon), { width: icon.size, height: icon.size });
}
