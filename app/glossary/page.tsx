import type { Metadata } from "next";
import Link from "next/link";
import { GLOSSARY } from "@/lib/glossary";
import styles from "./glossary.module.css";

export const metadata: Metadata = {
  title: "Glossary",
  description:
    "The words on OpenGap's pages in plain language: rating points, months behind, style control, snapshots and licences.",
};

export default function GlossaryPage() {
  return (
    <main id="main">
      <h1>Glossary</h1>
      <p className="lede">
        The words on OpenGap&apos;s pages, in plain language. Start with{" "}
        <a href="#rating">rating points</a> and <a href="#months-behind">months behind</a>.
      </p>
      <dl className={styles.list} data-testid="glossary">
        {GLOSSARY.map((t) => (
          <div key={t.id} id={t.id} className={styles.entry}>
            <dt>{t.term}</dt>
            <dd>{t.meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href="/">Back to the gap</Link>
      </p>
    </main>
  );
}
