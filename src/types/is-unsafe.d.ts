// The is-unsafe modules src/shims/is-unsafe.ts is built from; the package exports only its index.
declare module 'is-unsafe/src/contexts/html.js' {
  const rules: readonly { readonly id: string; readonly pattern: RegExp }[];
  export default rules;
}

declare module 'is-unsafe/src/contexts/xml.js' {
  const rules: readonly { readonly id: string; readonly pattern: RegExp }[];
  export default rules;
}

declare module 'is-unsafe/src/util/decode-entities.js' {
  export default function decodeEntities(input: string): string;
}
