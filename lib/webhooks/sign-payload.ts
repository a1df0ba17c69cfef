import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-OpenGap-Signature";
export const TIMESTAMP_HEADER = "X-OpenGap-Timestamp";

/** `sha256=<hex HMAC-SHA256 of "timestamp.body">`: the timestamp is signed so a replay is detectable. */
export function signPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (the README shows the same check): constant-time compare. */
export function verifySignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Wait before retry `attempt` (1 = the first retry): base, 2×base, 4×base… */
export function backoffDelay(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}
