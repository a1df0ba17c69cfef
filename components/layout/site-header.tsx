import Link from "next/link";
import { NavLinks } from "./nav-links";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="6" fill="#14171c" />
            <rect x="7" y="6" width="7" height="20" rx="1.5" fill="#d55e00" />
            <rect x="18" y="11" width="7" height="15" rx="1.5" fill="#0072b2" />
          </svg>
          OpenGap
        </Link>
        <span className={styles.tagline}>open-weight vs proprietary LLMs</span>
      </div>
      <NavLinks />
    </header>
  );
}
