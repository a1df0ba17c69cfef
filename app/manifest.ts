import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "OpenGap: open vs closed LLMs",
    short_name: "OpenGap",
    description: "How far behind the best proprietary LLMs are the best open-weight ones.",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/apple-icon", type: "image/png", sizes: "180x180" },
    ],
  };
}
