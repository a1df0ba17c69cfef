import Link from "next/link";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <nav className={styles.nav} aria-label="Main">
        <Link href="/" className={styles.brand}>
          OpenGap
        </Link>
        <span className={styles.tagline}>open-weight vs proprietary LLMs</span>
        <Link href="/" className={styles.link}>
          Gap
        </Link>
        <Link href="/metrics" className={styles.link}>
          Every benchmark
        </Link>
        <Link href="/leaderboard" className={styles.link}>
          Leaderboard
        </Link>
        <Link href="/compare" className={styles.link}>
          Compare
        </Link>
        <Link href="/wizard" className={styles.link}>
          Which model?
        </Link>
        <Link href="/figures" className={styles.link}>
          Published figures
        </Link>
        <Link href="/status" className={styles.link}>
          Data status
        </Link>
      </nav>
    </header>
  );
}
