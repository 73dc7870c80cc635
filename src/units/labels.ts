/**
 * The name of each send-unit combination (see {@link UnitCombination}) in each locale: the one table the CLI's
 * messages, the HTML report and the checker page show.
 * @module
 */
import type { Locale } from '../issues/locales/index.js';
import type { UnitCombination } from './types.js';

/** Each combination's name, per locale. */
export const COMBINATION_LABELS: { readonly [L in Locale]: { readonly [C in UnitCombination]: string } } = {
  ja: {
    carePlan: '居宅サービス計画（1表〜3表・補足）',
    usage: '利用票（第6表予定・第7表・補足）',
    carePlanDelete: '居宅サービス計画の削除',
    usageDelete: '第6表予定の削除',
    actual: '第6表実績',
    actualDelete: '第6表実績の削除',
    basicInfo: '利用者基本情報',
    preventionPlan: '介護予防サービス・支援計画書',
    preventionPlanWithBasicInfo: '利用者基本情報と介護予防サービス・支援計画書',
    basicInfoDelete: '利用者基本情報の削除',
    preventionPlanDelete: '介護予防サービス・支援計画書の削除',
  },
  en: {
    carePlan: 'care plan (tables 1-3, supplement)',
    usage: 'usage slip (table 6 plan, table 7, supplement)',
    carePlanDelete: 'care plan deletion',
    usageDelete: 'table 6 plan deletion',
    actual: 'table 6 actual',
    actualDelete: 'table 6 actual deletion',
    basicInfo: 'basic user information',
    preventionPlan: 'prevention service plan',
    preventionPlanWithBasicInfo: 'basic user information with prevention service plan',
    basicInfoDelete: 'basic user information deletion',
    preventionPlanDelete: 'prevention service plan deletion',
  },
};
