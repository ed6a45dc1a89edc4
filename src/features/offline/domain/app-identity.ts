// What the phone shows of the installed app: its names, colours and icons. The manifest, the icon
// routes and the root layout read these, so the home-screen icon and the browser bar agree.

export const APP_NAME = "Klarkraft Min side";
export const APP_SHORT_NAME = "Min side";
export const APP_START_URL = "/min-side";
/** brand-700 in globals.css: the header's green, behind the white lightning bolt. */
export const THEME_COLOUR = "#11574c";
export const BACKGROUND_COLOUR = "#ffffff";

export type AppIconName = "ikon-192.png" | "ikon-512.png" | "ikon-maskerbar-512.png" | "apple-touch-icon.png";

export interface AppIcon {
  name: AppIconName;
  size: number;
  /** Maskable: full-bleed background, the bolt inside the 80 % safe zone a launcher may crop to. */
  maskable: boolean;
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: "ikon-192.png", size: 192, maskable: false },
  { name: "ikon-512.png", size: 512, maskable: false },
  { name: "ikon-maskerbar-512.png", size: 512, maskable: true },
  // iOS rounds the corners itself and ignores the manifest's icons.
  { name: "apple-touch-icon.png", size: 180, maskable: true },
];

/** Where the icon routes answer (src/app/ikon/[navn]/route.tsx). */
export function appIconPath(name: AppIconName): string {
  return `/ikon/${name}`;
}
