// Defaults the forms start from: today (local time) and the label of this fiscal year's revision.
import { currentFiscalYear } from '../../../shared/domain/fiscal-year.ts';

export { localToday } from '../../../shared/revisions/today.ts';

export const suggestLabel = (now: Date) => `${currentFiscalYear(now)}年度改定版`;
