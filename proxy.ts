import { NextResponse, type NextRequest } from "next/server";

// A hand-typed "%" in a path makes Next's own decoding fail with a 500 before any page runs;
// answer with a 400 that says what is wrong instead.
export function proxy(req: NextRequest) {
  try {
    decodeURIComponent(req.nextUrl.pathname);
  } catch {
    return new NextResponse(
      "Bad request: the address has a broken percent-encoding (a stray %). Check the link, or start again at /.",
      { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } },
    );
  }
  return NextResponse.next();
}

export const config = { matcher: "/models/:path*" };
