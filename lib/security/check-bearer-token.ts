import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Whether `Authorization` is exactly `Bearer <token>`. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or content of the guess.
 */
export function checkBearerToken(header: string | null, token: string): boolean {
  const given = /^Bearer (\S+)$/.exec(header ?? "")?.[1];
  const same = timingSafeEqual(digest(given ?? ""), digest(token));
  return same && given !== undefined;
}
