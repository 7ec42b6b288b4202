import type { Debouncer, IconName, RequestUrlParam, RequestUrlResponse, RequestUrlResponsePromise } from 'obsidian';
import { parse, stringify } from 'yaml';

/** Desktop on Linux by default; tests may flip fields (and restore them) to try mobile paths. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://fake/',
};

export function setIcon(_parent: HTMLElement, _iconId: IconName): void {}

export function addIcon(_iconId: string, _svgContent: string): void {}

let apiVersion = '1.9.12';

/** TEST HELPER: the Obsidian version the fake claims to be (`requireApiVersion` compares with it). */
export function setApiVersion(version: string): void {
  apiVersion = version;
}

/** Whether the fake's version is at least `version`, compared number by number as Obsidian does. */
export function requireApiVersion(version: string): boolean {
  const have = apiVersion.split('.').map(Number);
  const want = version.split('.').map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const [h, w] = [have[i] ?? 0, want[i] ?? 0];
    if (h !== w) return h > w;
  }
  return true;
}

export function parseYaml(yaml: string): unknown {
  return parse(yaml);
}

export function stringifyYaml(obj: unknown): string {
  return stringify(obj, { lineWidth: 0 });
}

/**
 * Obsidian's `debounce`: `cb` runs `timeout` ms after the first call with the latest arguments;
 * with `resetTimer`, every call restarts the wait. Works with jest's fake timers.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: T | null = null;
  const fire = (): V | void => {
    timer = null;
    const args = latest;
    latest = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: T) => {
    latest = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    timer ??= setTimeout(fire, timeout);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    latest = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer === null) return undefined;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
}

/** What a test's handler answers: a status and body are enough, the rest is filled in. */
export type FakeResponse = Partial<RequestUrlResponse> & { status: number };
export type RequestUrlHandler = (request: RequestUrlParam) => FakeResponse | Promise<FakeResponse>;

const refuse: RequestUrlHandler = (request) => {
  throw new Error(`requestUrl(${request.url}) was called but this test set no handler: call setRequestUrlHandler first.`);
};

let handler: RequestUrlHandler = refuse;

/** TEST HELPER: answers every `requestUrl` call (a jest.fn works, to inspect the requests). */
export function setRequestUrlHandler(next: RequestUrlHandler): void {
  handler = next;
}

/** TEST HELPER: back to the default, which rejects every request (tests never reach the network). */
export function resetRequestUrlHandler(): void {
  handler = refuse;
}

/**
 * Obsidian's `requestUrl` over the test's handler. Like Obsidian, a status of 400 or more rejects
 * unless the request says `throw: false`.
 */
export function fakeRequestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
  const param: RequestUrlParam = typeof request === 'string' ? { url: request } : request;
  const response = (async (): Promise<RequestUrlResponse> => {
    const answer = await handler(param);
    const text = answer.text ?? '';
    const full: RequestUrlResponse = {
      headers: {},
      arrayBuffer: utf8Buffer(text),
      get json(): unknown {
        return JSON.parse(text) as unknown;
      },
      ...answer,
      text,
    };
    if (full.status >= 400 && param.throw !== false) throw new Error(`Request failed, status ${full.status}`);
    return full;
  })();
  // Made on access only, so an unused `.text` promise cannot become an unhandled rejection.
  return Object.defineProperties(response, {
    arrayBuffer: { get: () => response.then((r) => r.arrayBuffer) },
    json: { get: () => response.then((r) => r.json as unknown) },
    text: { get: () => response.then((r) => r.text) },
  }) as RequestUrlResponsePromise;
}

/** UTF-8 bytes via encodeURIComponent's escapes: jsdom's test environment has no TextEncoder. */
function utf8Buffer(text: string): ArrayBuffer {
  const escaped = encodeURIComponent(text);
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      bytes.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(escaped.charCodeAt(i));
    }
  }
  return new Uint8Array(bytes).buffer;
}

/** What `Keymap.isModEvent` reads of an event; mouse, keyboard and touch events all fit. */
interface ModifierEvent {
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
  readonly button?: number;
}

/**
 * Obsidian's `Keymap`, the static helpers: "Mod" is Cmd on macOS and Ctrl elsewhere (Platform
 * decides, so a test can flip it). `isModEvent` gives the pane a link should open in: Mod or a
 * middle click → 'tab', Mod+Alt → 'split', Mod+Alt+Shift → 'window', otherwise false.
 */
export const Keymap = {
  isModifier(evt: ModifierEvent, modifier: string): boolean {
    const mod = Platform.isMacOS ? evt.metaKey === true : evt.ctrlKey === true;
    if (modifier === 'Mod') return mod;
    if (modifier === 'Ctrl') return evt.ctrlKey === true;
    if (modifier === 'Meta') return evt.metaKey === true;
    if (modifier === 'Alt') return evt.altKey === true;
    if (modifier === 'Shift') return evt.shiftKey === true;
    return false;
  },
  isModEvent(evt?: ModifierEvent | null): 'tab' | 'split' | 'window' | boolean {
    if (!evt) return false;
    const mod = Keymap.isModifier(evt, 'Mod');
    if (mod && evt.altKey === true && evt.shiftKey === true) return 'window';
    if (mod && evt.altKey === true) return 'split';
    if (mod || evt.button === 1) return 'tab';
    return false;
  },
};
