import type { FakeExcelHost } from '../fakeExcel';

/** An error shaped like OfficeExtension.Error: a stable `code`, a message, debug info. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export const notLoaded = (prop: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

interface Op {
  write: boolean;
  bytes: number;
  exec: () => unknown;
}

/** What one `context.sync()` carried: for the tests' counts and payload figures. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  reads: number;
  writes: number;
  failed: string | null;
}

/** The fake request context: queues commands and runs them, in order, on `sync()`. */
export class FakeContext {
  private queue: Op[] = [];
  /** Number of completed syncs of this context. */
  syncCount = 0;
  constructor(readonly host: FakeExcelHost) {}

  /** Queue a command; `descriptor` is what would travel in the request (its JSON size is measured). */
  enqueue(write: boolean, descriptor: unknown, exec: () => unknown): void {
    this.queue.push({ write, bytes: JSON.stringify(descriptor ?? null).length + 16, exec });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      requestBytes: ops.reduce((n, o) => n + o.bytes, 0),
      responseBytes: 0,
      reads: ops.filter((o) => !o.write).length,
      writes: ops.filter((o) => o.write).length,
      failed: null,
    };
    this.host.syncs.push(record);
    await Promise.resolve();
    const injected = this.host.takeFailure(record.writes > 0);
    const fail = (error: FakeOfficeError): never => {
      record.failed = error.code;
      throw error;
    };
    if (injected) fail(new FakeOfficeError(injected, `Injected failure: ${injected}`));
    if (this.host.broken) fail(new FakeOfficeError(this.host.broken, `The host does not answer: ${this.host.broken}`));
    if (record.requestBytes > this.host.payloadLimit) {
      fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes}) has exceeded the limit.`));
    }
    for (const op of ops) {
      const refused = op.write ? this.host.takeCommandFailure() : null;
      if (refused) fail(new FakeOfficeError(refused, `Injected failure of a command: ${refused}`));
      try {
        const data = op.exec();
        if (!op.write) record.responseBytes += JSON.stringify(data ?? null).length;
      } catch (err) {
        if (err instanceof FakeOfficeError) fail(err);
        throw err;
      }
    }
    if (record.responseBytes > this.host.payloadLimit) {
      fail(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes}) has exceeded the limit.`));
    }
    this.syncCount++;
  }
}

/** Base of every proxy: loaded properties become readable only after the sync that loaded them. */
export abstract class FakeObject {
  protected readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected setNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  protected read<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) throw notLoaded(prop);
    return this.loadedProps.get(prop) as T;
  }

  /** The value of a scalar property, read from the model at sync time. */
  protected abstract propValue(prop: string): unknown;

  /** The proxy behind a navigation property ("format", "customOrNullObject"), for nested load paths. */
  protected child(_prop: string): FakeObject | null {
    return null;
  }

  /** Load a path at sync time ("values", or "customOrNullObject/rule/formula"); returns what travels back. */
  loadPath(path: string[]): unknown {
    const [head, ...rest] = path;
    if (head === undefined) return null;
    if (rest.length === 0) {
      const v = this.propValue(head);
      this.loadedProps.set(head, v);
      return v;
    }
    const child = this.child(head);
    if (!child) throw new FakeOfficeError('InvalidArgument', `Cannot load '${path.join('/')}'`);
    return child.loadPath(rest);
  }

  /** Queue a load of the given properties (a comma list, an array, or `{ select }`). */
  load(spec?: string | string[] | { select?: string }): this {
    const paths = parseSpec(spec, this.defaultProps());
    this.context.enqueue(false, { load: paths }, () => this.execLoad(paths));
    return this;
  }

  protected execLoad(paths: string[]): unknown {
    if (this.nullState === true) return null;
    return paths.map((p) => this.loadPath(p.split('/')));
  }

  protected defaultProps(): string[] {
    return [];
  }
}

/**
 * Fake OfficeExtension.ClientResult: the value of a method that returns data (`getCount()`), set by the sync
 * that runs it; reading it before then throws 'ValueNotLoaded' like Office.js.
 */
export class FakeClientResult<T> implements OfficeExtension.ClientResult<T> {
  private loaded = false;
  private result: T | undefined;
  /** Queue the call on `context`; `compute` runs at sync time and its result is what travels back. */
  constructor(context: FakeContext, descriptor: unknown, compute: () => T) {
    context.enqueue(false, descriptor, () => {
      this.result = compute();
      this.loaded = true;
      return this.result;
    });
  }
  get value(): T {
    if (!this.loaded) {
      throw new FakeOfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    }
    return this.result as T;
  }
}

export function parseSpec(spec: string | string[] | { select?: string } | undefined, defaults: string[]): string[] {
  if (spec === undefined) return defaults;
  const raw = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec.select ?? '').split(',');
  const out = raw.map((s) => s.trim()).filter((s) => s !== '');
  return out.length > 0 ? out : defaults;
}
