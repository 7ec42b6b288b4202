type Maybe<T> = T | undefined | null | false;

/**
 * Polls `probe` every 5 ms until it gives a truthy value (or a promise of one), and returns that value;
 * throws naming `what` after `tries` polls (400 by default, about two seconds).
 */
export async function waitFor<T>(probe: () => Maybe<T> | Promise<Maybe<T>>, what: string, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}
