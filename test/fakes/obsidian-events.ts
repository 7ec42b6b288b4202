import type { EventRef } from 'obsidian';

// Obsidian's own listener type is `(...data: unknown[]) => unknown`; `never[]` here lets tests
// pass typed callbacks such as `(file: TFile) => void` without a cast, as the real overloads do.
export type Listener = (...data: never[]) => unknown;

interface ListenerRef extends EventRef {
  readonly events: Events;
  readonly name: string;
  readonly fn: Listener;
  readonly ctx: unknown;
}

/** Obsidian's `Events`: named listeners, removed by callback or by the ref `on` returned. */
export class Events {
  private readonly listeners = new Map<string, ListenerRef[]>();

  on(name: string, callback: Listener, ctx?: unknown): EventRef {
    const ref: ListenerRef = { events: this, name, fn: callback, ctx };
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: Listener): void {
    const kept = (this.listeners.get(name) ?? []).filter((ref) => ref.fn !== callback);
    this.listeners.set(name, kept);
  }

  offref(ref: EventRef): void {
    const { name } = ref as ListenerRef;
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((r) => r !== ref));
  }

  trigger(name: string, ...data: unknown[]): void {
    // A copy, so a listener that unsubscribes while running does not skip its neighbour.
    for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  /**
   * Like Obsidian, a throwing listener does not stop the others: its error is rethrown on a
   * later tick, where jest reports it instead of letting it pass silently.
   */
  tryTrigger(evt: EventRef, args: unknown[]): void {
    const ref = evt as ListenerRef;
    try {
      (ref.fn as (...data: unknown[]) => unknown).apply(ref.ctx, args);
    } catch (e) {
      setTimeout(() => {
        throw e;
      }, 0);
    }
  }
}

/** Removes the listener behind a ref, whichever `Events` it belongs to (used by Component). */
export function detachRef(ref: EventRef): void {
  (ref as ListenerRef).events.offref(ref);
}
