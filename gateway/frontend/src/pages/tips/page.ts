// Tin báo, tố giác: intake, list, detail with deadlines and decisions, overdue view and statistics (tips.js).
import type { Page } from '../../shared/page';
import { render } from './tips.js';

export const page: Page = { render };
