import type { MetadataRoute } from "next";
import {
  APP_ICONS,
  APP_NAME,
  APP_SHORT_NAME,
  APP_START_URL,
  appIconPath,
  BACKGROUND_COLOUR,
  THEME_COLOUR,
} from "@/features/offline";

/** /manifest.webmanifest: what a phone needs to install Min side as an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: APP_START_URL,
    name: APP_NAME,
    short_name: APP_SHORT_NAME,
    description: "Se forbruket, fakturaene og avtalen din hos Klarkraft – også uten nett.",
    start_url: APP_START_URL,
    scope: "/",
    display: "standalone",
    lang: "nb-NO",
    dir: "ltr",
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: APP_ICONS.filter((icon) => icon.name !== "apple-touch-icon.png").map((icon) => ({
      src: appIconPath(icon.name),
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.maskable ? "maskable" : "any",
    })),
  };
}
