import { describeWorkbookPort } from './workbookPort.contract';
import { officeHarness } from './officeHarness';

describeWorkbookPort('createOfficeWorkbook over the fake Excel (ExcelApi 1.18)', officeHarness());
