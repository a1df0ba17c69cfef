"use client";

import { CopyField } from "./copy-field";
import { useSiteOrigin } from "./use-site-origin";
import styles from "./share-panel.module.css";

/** "Follow": the Atom and JSON Feed URLs of the view on show, for a feed reader. */
export function FollowControl({ query }: { query: string }) {
  const origin = useSiteOrigin();
  const atom = `${origin}/feed.xml${query}`;
  return (
    <details className={styles.panel} name="share-panel" data-testid="follow-control">
      <summary>Follow</summary>
      <div className={styles.body}>
        <p>
          Paste this feed into a feed reader to hear when this view changes: a new open-weight
          record or leader, a tie, the gap or months behind moving, a source failing.
        </p>
        <CopyField label="Atom feed URL" value={atom} testId="follow-feed-url" />
        <p className="muted">
          Also as <a href={`/feed.json${query}`}>JSON Feed</a>. Operators can push the same events
          to a webhook (see the README).
        </p>
      </div>
    </details>
  );
}
