// Defaults the forms start from: today (local time) and a free label for this fiscal year's revision.
import { currentFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { suggestRevisionLabel } from '../../../shared/revisions/freeze.ts';

export { localToday } from '../../../shared/revisions/today.ts';

export const suggestLabel = (now: Date, usedLabels: readonly string[]) => suggestRevisionLabel(currentFiscalYear(now), usedLabels);
