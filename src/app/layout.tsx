import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ConsentLayer } from "@/features/consent/ui";
import { APP_SHORT_NAME, appIconPath, THEME_COLOUR } from "@/features/offline";
import { ServiceWorkerRegistration } from "@/features/offline/ui";
import { SiteFooter } from "@/ui/layout/site-footer";
import { SiteHeader } from "@/ui/layout/site-header";
import { SkipLink } from "@/ui/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s – Min side | Klarkraft", default: "Min side | Klarkraft" },
  description: "Klarkrafts kundeportal: se avtalen, forbruket og meldingene dine, og styr personvernet ditt.",
  icons: { icon: "/favicon.svg", apple: appIconPath("apple-touch-icon.png") },
  // The manifest (src/app/manifest.ts) makes Min side installable; iOS reads these instead.
  manifest: "/manifest.webmanifest",
  appleWebApp: { capable: true, title: APP_SHORT_NAME, statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: THEME_COLOUR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body className="flex min-h-dvh flex-col font-sans">
        <SkipLink />
        <ConsentLayer />
        <SiteHeader />
        <main id="innhold" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-10">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
