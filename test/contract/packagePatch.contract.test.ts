import { describeWorkbookPort } from './workbookPort.contract';
import { packageHarness } from './packageHarness';

describeWorkbookPort('ExcelJsWorkbook saved by the package patcher', packageHarness);
