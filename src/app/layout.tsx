import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ConsentLayer } from "@/features/consent/ui";
import { SiteFooter } from "@/ui/layout/site-footer";
import { SiteHeader } from "@/ui/layout/site-header";
import { SkipLink } from "@/ui/layout/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s – Min side | Klarkraft", default: "Min side | Klarkraft" },
  description: "Klarkrafts kundeportal: se avtalen, forbruket og meldingene dine, og styr personvernet ditt.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#11574c",
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
      </body>
    </html>
  );
}
