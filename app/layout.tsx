import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getSettings } from "@/lib/settings";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    // Canonical and card URLs resolve against the configured origin, never the request's Host.
    metadataBase: new URL(getSettings().OPENGAP_PUBLIC_ORIGIN),
    title: { default: "OpenGap: open vs closed LLMs", template: "%s · OpenGap" },
    description:
      "How far behind the best proprietary LLMs are the best open-weight ones? Leaderboard history since 2023, traced to its source.",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, so every page (the 404 too) carries this request's CSP nonce.
  await connection();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
