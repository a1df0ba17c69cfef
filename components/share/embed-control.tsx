"use client";

import { buildEmbedSnippet } from "@/lib/embeds/build-embed-snippet";
import { CopyField } from "./copy-field";
import { useSiteOrigin } from "./use-site-origin";
import styles from "./share-panel.module.css";

/** "Embed": a copyable <iframe> of this view's live chart for a page, wiki or post. */
export function EmbedControl({ path, title }: { path: string; title: string }) {
  const origin = useSiteOrigin();
  const src = `${origin}${path}`;
  return (
    <details className={styles.panel} name="share-panel" data-testid="embed-control">
      <summary>Embed</summary>
      <div className={styles.body}>
        <p>
          Paste this into a page to show the live chart (it follows the newest data and links back
          here).
        </p>
        <CopyField
          label="Embed snippet"
          value={buildEmbedSnippet({ src, title })}
          multiline
          testId="embed-snippet"
        />
        <p className="muted">
          <a href={path} target="_blank" rel="noopener">
            Preview the embed
          </a>{" "}
          · link unfurlers find it by oEmbed.
        </p>
      </div>
    </details>
  );
}
