import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <Link href="/glossary">Glossary: the words on these pages</Link>
      <Link href="/status">Data status and sources</Link>
      <Link href="/figures">How this compares with published figures</Link>
      <span>Leaderboard data © its publishers, used under the licences listed on Data status.</span>
    </footer>
  );
}
