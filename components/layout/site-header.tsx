import Link from "next/link";
import { NavLinks } from "./nav-links";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="var(--accent)" />
            <path d="M7 22 L13 13 L18 17 L25 8" stroke="var(--bg)" strokeWidth="3" fill="none" />
          </svg>
          OpenGap
        </Link>
        <span className={styles.tagline}>open-weight vs proprietary LLMs</span>
      </div>
      <NavLinks />
    </header>
  );
}
