"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./site-header.module.css";

const LINKS = [
  { href: "/", label: "Gap" },
  { href: "/metrics", label: "Every benchmark" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/compare", label: "Compare" },
  { href: "/wizard", label: "Which model?" },
  { href: "/figures", label: "Published figures" },
  { href: "/status", label: "Data status" },
] as const;

/** The main navigation; the current section is marked for screen readers and by an underline. */
export function NavLinks() {
  const path = usePathname();
  const current = (href: string) =>
    href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
  return (
    <nav className={styles.nav} aria-label="Main">
      {LINKS.map(({ href, label }) => (
        <Link
          key={href}
          href={href}
          className={styles.link}
          aria-current={current(href) ? "page" : undefined}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
