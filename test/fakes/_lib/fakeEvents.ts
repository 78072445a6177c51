import type { FakeContext } from './context';
import { FakeOfficeError } from './context';

/**
 * What Excel passes to a selection-changed handler (Excel.WorksheetSelectionChangedEventArgs, ExcelApi 1.7): the
 * selected area's address on its sheet ("G5", "B2:D4"), the sheet's ID, and the event type.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetselectionchangedeventargs
 */
export interface FakeSelectionArgs {
  address: string;
  worksheetId: string;
  type: 'WorksheetSelectionChanged';
}

export type FakeSelectionHandler = (args: FakeSelectionArgs) => Promise<unknown>;

/** A handler the host calls, and the request context it was added in. */
export interface Registration {
  context: FakeContext;
  handler: FakeSelectionHandler;
}

/**
 * Fake OfficeExtension.EventHandlerResult: `remove()` queues the removal on the context the handler was added in;
 * it takes effect only when that very context syncs ("The same RequestContext object that the handler was added in
 * must be used when removing the handler",
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.eventhandlerresult and
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 * A removal queued there and synced through another context never reaches the host: the handler stays.
 */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly registration: Registration,
    private readonly list: Registration[],
  ) {}
  remove(): void {
    this.context.enqueue(true, { remove: 'handler' }, () => {
      const at = this.list.indexOf(this.registration);
      if (at >= 0) this.list.splice(at, 1);
    });
  }
}

/**
 * Fake OfficeExtension.EventHandlers for `WorksheetCollection.onSelectionChanged` (ExcelApi 1.9: "Occurs when the
 * selection changes on any worksheet", https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onselectionchanged-member).
 * `add` registers the handler with the host when its context syncs, as the documented pattern adds then syncs
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events#register-an-event-handler).
 */
export class FakeSelectionEvent {
  constructor(
    private readonly context: FakeContext,
    private readonly list: Registration[],
  ) {}
  add(handler: FakeSelectionHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw new FakeOfficeError('InvalidArgument', 'The event handler must be a function.');
    const registration: Registration = { context: this.context, handler };
    this.context.enqueue(true, { add: 'onSelectionChanged' }, () => {
      this.context.host.requireApi('1.9');
      this.list.push(registration);
    });
    return new FakeEventHandlerResult(this.context, registration, this.list);
  }
}
