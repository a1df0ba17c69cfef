import { TableScroll } from "@/components/layout/table-scroll";

interface Delivery {
  id: number;
  url: string;
  eventTitle: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
}

interface Subscription {
  id: number;
  origin: string;
  url: string;
  kinds: string[];
  view: Record<string, unknown>;
  delivered: number;
  failed: number;
  pending: number;
}

const time = (iso: string) => iso.slice(0, 19).replace("T", " ");

/** Webhook subscriptions and their newest deliveries: status, attempts and the last error. */
export function WebhookLog({
  subscriptions,
  deliveries,
}: {
  subscriptions: Subscription[];
  deliveries: Delivery[];
}) {
  if (subscriptions.length === 0 && deliveries.length === 0)
    return (
      <p data-testid="webhook-log">
        No webhook subscriptions. An operator adds them in OPENGAP_WEBHOOKS_FILE or through POST
        /api/admin/webhooks (see the README).
      </p>
    );
  return (
    <div data-testid="webhook-log">
      <TableScroll label="Webhook subscriptions (table scrolls sideways)">
        <table data-testid="webhook-subscriptions">
          <caption className="sr-only">Webhook subscriptions</caption>
          <thead>
            <tr>
              <th>Receiver</th>
              <th>From</th>
              <th>Kinds</th>
              <th>View</th>
              <th className="num">Delivered</th>
              <th className="num">Failed</th>
              <th className="num">Pending</th>
            </tr>
          </thead>
          <tbody>
            {subscriptions.map((s) => (
              <tr key={s.id}>
                <td>{s.url}</td>
                <td>{s.origin}</td>
                <td>{s.kinds.length ? s.kinds.join(", ") : "all"}</td>
                <td>
                  {Object.entries(s.view)
                    .map(([k, v]) => `${k}=${String(v)}`)
                    .join(", ") || "all"}
                </td>
                <td className="num">{s.delivered}</td>
                <td className="num">{s.failed}</td>
                <td className="num">{s.pending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {deliveries.length > 0 && (
        <TableScroll label="Newest webhook deliveries (table scrolls sideways)">
          <table data-testid="webhook-deliveries">
            <caption className="sr-only">Newest webhook deliveries</caption>
            <thead>
              <tr>
                <th>Queued (UTC)</th>
                <th>Event</th>
                <th>Receiver</th>
                <th>Status</th>
                <th className="num">Attempts</th>
                <th>Last answer</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-status={d.status}>
                  <td>{time(d.createdAt)}</td>
                  <td>{d.eventTitle}</td>
                  <td>{d.url}</td>
                  <td>
                    {d.status}
                    {d.status === "pending" ? `, next try ${time(d.nextAttemptAt)}` : ""}
                  </td>
                  <td className="num">{d.attempts}</td>
                  <td className="error-text">
                    {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : "")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
