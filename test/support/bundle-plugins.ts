import type { BuildOptions, Plugin } from 'esbuild';

interface BundleOptions {
  readonly bundlePlugins: Plugin[];
  readonly pluginBundle: BuildOptions;
  readonly withoutUnreachableCiteproc: (source: string, cuts?: readonly { from: string; to: string }[]) => string;
  readonly shippedCslData: (file: string) => Promise<Record<string, string>>;
  readonly withoutXmlComments: (xml: string) => string;
}

/** The esbuild options every real bundle shares (scripts/bundle-options.cjs), typed for tests. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, shared with esbuild.config.mjs
export const bundleOptions = require('../../scripts/bundle-options.cjs') as BundleOptions;
