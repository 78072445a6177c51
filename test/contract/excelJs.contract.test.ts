import { describeWorkbookPort } from './workbookPort.contract';
import { excelJsHarness } from './excelJsHarness';

describeWorkbookPort('ExcelJsWorkbook', excelJsHarness());
