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
