// citation-js ships no type declarations; these cover the small part of the 0.8 API we call.
declare module '@citation-js/core' {
  /** A named store, e.g. of CSL style XML by template name. */
  export interface CitationJsRegister<T> {
    add(key: string, value: T): this;
    has(key: string): boolean;
    get(key: string): T | undefined;
  }

  export interface CslPluginConfig {
    readonly styles: CitationJsRegister<string>;
    readonly locales: CitationJsRegister<string>;
  }

  export interface BibliographyOptions {
    readonly format?: 'text' | 'html' | 'rtf';
    readonly template?: string;
    readonly lang?: string;
  }

  export const plugins: {
    readonly config: {
      get(plugin: '@csl'): CslPluginConfig | undefined;
    };
    readonly output: {
      /** Formats CSL-JSON items directly, without citation-js's input parsing (which may fetch). */
      format(name: 'bibliography', data: readonly object[], options?: BibliographyOptions): string;
    };
  };
}

declare module '@citation-js/plugin-csl' {
  // Imported only for its side effect: it registers the '@csl' plugin with @citation-js/core.
}

// The core modules src/shims/citation-js-core.ts is built from (see there why).
declare module '@citation-js/core/lib-mjs/plugins/config.js' {
  export function add(ref: string, config: unknown): void;
  export function get(ref: string): unknown;
}

declare module '@citation-js/core/lib-mjs/plugins/output.js' {
  export function add(name: string, formatter: (...args: unknown[]) => unknown): void;
  export function format(name: string, data: unknown, ...options: unknown[]): unknown;
}

declare module '@citation-js/core/lib-mjs/util/csl.js' {
  export function upgradeCsl<T>(item: T): T;
  export function downgradeCsl<T>(item: T): T;
}

declare module '@citation-js/core/lib-mjs/util/register.js' {
  export default class Register<T = unknown> {
    constructor(data?: Record<string, T>);
    set(key: string, value: T): this;
    add(key: string, value: T): this;
    get(key: string): T | undefined;
    has(key: string): boolean;
  }
}
