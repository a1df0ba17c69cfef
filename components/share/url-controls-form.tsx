"use client";

import type { ReactNode } from "react";
import { CopyLinkButton } from "./copy-link-button";
import { EmbedControl } from "./embed-control";
import { FollowControl } from "./follow-control";

/**
 * The shell of every URL-driven control form: a plain GET form (it works without JavaScript,
 * with an Apply button then), marked busy while the server renders the new view, with its
 * current query in data-query for the e2e tests to wait on, a copy-link button, and where the
 * route offers them, Follow (feeds) and Embed (an iframe snippet).
 */
export function UrlControlsForm(props: {
  action: string;
  className?: string;
  actionsClassName?: string;
  testId: string;
  pending: boolean;
  urlQuery: string;
  copyLink?: boolean;
  /** Beside "Copy link": the view's feed ("Follow") and its embeddable chart ("Embed"). */
  share?: { feedQuery?: string; embed?: { path: string; title: string } };
  /** Set once hydrated (before that the form is a plain one that needs its Apply button). */
  interactive?: boolean;
  /** Hidden fields a plain submit must carry (state kept outside the form's own controls). */
  hidden?: ReactNode;
  children: ReactNode;
}) {
  const { action, className, actionsClassName, testId, pending, urlQuery, children } = props;
  return (
    <form
      method="get"
      action={action}
      className={className}
      onSubmit={(e) => e.preventDefault()}
      aria-busy={pending}
      data-testid={testId}
      data-query={urlQuery}
      data-interactive={props.interactive}
    >
      {children}
      <div className={actionsClassName}>
        <noscript>
          <button type="submit">Apply</button>
        </noscript>
        {props.hidden}
        {props.copyLink !== false && <CopyLinkButton />}
        {props.share?.feedQuery !== undefined && <FollowControl query={props.share.feedQuery} />}
        {props.share?.embed && <EmbedControl {...props.share.embed} />}
        {pending && (
          <span role="status" className="muted">
            Updating…
          </span>
        )}
      </div>
    </form>
  );
}
