/**
 * The 17 CSV file kinds of ケアプランデータ連携標準仕様 第4.1版, with the file-name prefix of each.
 *
 * Facts taken by hand from the spec reference (file catalogue, §3); the package never reads the
 * reference at run time.
 */

/** Public ids of the 17 CSV layouts (the file names of spec/layouts/). */
export const KINDS = [
  'userSupplement',
  'plan1',
  'plan1Delete',
  'plan2',
  'plan3',
  'table6Plan',
  'table6Actual',
  'table6PlanDelete',
  'table6ActualDelete',
  'table7',
  'preventionBasicInfo',
  'preventionBasicInfoDelete',
  'preventionBasicInfoSub1',
  'preventionBasicInfoSub2',
  'preventionPlan',
  'preventionPlanDelete',
  'preventionPlanSub',
] as const;

export type Kind = (typeof KINDS)[number];

export interface KindInfo {
  readonly kind: Kind;
  /** File-name prefix, e.g. `UPPLAN`. */
  readonly prefix: string;
  /** 日本語名称 of the file. */
  readonly nameJa: string;
  /** Whether the file name carries a `_YYYYMM` segment (対象年月 / 提供年月). */
  readonly monthSegment: boolean;
  /** Whether the kind existed in CSVバージョン 202208 (第3.x). */
  readonly inV3: boolean;
}

function info(kind: Kind, prefix: string, nameJa: string, monthSegment: boolean, inV3: boolean): KindInfo {
  return { kind, prefix, nameJa, monthSegment, inV3 };
}

export const KIND_INFO: { readonly [K in Kind]: KindInfo } = {
  userSupplement: info('userSupplement', 'UPHOSOKU', '利用者補足情報', true, true),
  plan1: info('plan1', 'UP1KYO', '居宅サービス計画1表', false, true),
  plan1Delete: info('plan1Delete', 'DLT1KYO', '居宅サービス計画1表_削除', false, true),
  plan2: info('plan2', 'UP2KYO', '居宅サービス計画2表', false, true),
  plan3: info('plan3', 'UP3KYO', '居宅サービス計画３表', false, false),
  table6Plan: info('table6Plan', 'UPPLAN', '第6表（サービス利用票）予定', true, true),
  table6Actual: info('table6Actual', 'UPJSK', '第6表 実績情報', true, true),
  table6PlanDelete: info('table6PlanDelete', 'DLTPLAN', '第6表 予定削除', true, true),
  table6ActualDelete: info('table6ActualDelete', 'DLTJSK', '第6表 実績情報削除', true, true),
  table7: info('table7', 'UPSIKYU', '第7表（サービス利用票別表）', true, true),
  preventionBasicInfo: info('preventionBasicInfo', 'UPKIHON', '利用者基本情報', false, false),
  preventionBasicInfoDelete: info('preventionBasicInfoDelete', 'DLTKIHON', '利用者基本情報_削除', false, false),
  preventionBasicInfoSub1: info('preventionBasicInfoSub1', 'UPKIHON_SUB1', '利用者基本情報（別表1）１日の生活・すごし方', false, false),
  preventionBasicInfoSub2: info('preventionBasicInfoSub2', 'UPKIHON_SUB2', '利用者基本情報（別表2）現病歴・既往歴', false, false),
  preventionPlan: info('preventionPlan', 'UPYOBO', '介護予防サービス・支援計画書', false, false),
  preventionPlanDelete: info('preventionPlanDelete', 'DLTYOBO', '介護予防サービス・支援計画書_削除', false, false),
  preventionPlanSub: info('preventionPlanSub', 'UPYOBO_SUB', '介護予防サービス・支援計画書（別表）支援計画', false, false),
};

/** Prefix of the UPKIHON family-chart JPEG attachment (not a CSV kind). */
export const IMAGE_PREFIX = 'UPKIHON_IMAGE';

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
