import { ImageResponse } from "next/og";

// The same mark as app/icon.svg (a tall proprietary bar beside a shorter open-weight one), as
// the PNG home-screen icon iOS and Android ask for.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  const bar = (height: number, color: string) => (
    <div style={{ width: 40, height, background: color, borderRadius: 8 }} />
  );
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        background: "#14171c",
        display: "flex",
        alignItems: "flex-end",
        justifyContent: "center",
        gap: 22,
        paddingBottom: 34,
      }}
    >
      {bar(112, "#d55e00")}
      {bar(84, "#0072b2")}
    </div>,
    size,
  );
}
