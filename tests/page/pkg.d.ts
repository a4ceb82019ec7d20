// The wasm package the page imports (www/pkg, built by scripts/build-wasm.sh), as far as the
// type check of the page needs it: its exports, typed as the built package declares them.
declare module "*/pkg/resplain.js" {
  import type { Report } from "../../src/report";
  export default function init(): Promise<unknown>;
  export function inspect(text: string): Report;
  export function inspectBytes(bytes: Uint8Array): Report;
  export function render(paste: string | Uint8Array, format: "text" | "markdown", entry: number | undefined): string;
}
