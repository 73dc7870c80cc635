// @ts-check
/**
 * Realistic, deterministic generator of 第6表 (UPPLAN 予定 / UPJSK 実績) files,
 * CSVバージョン 202407 (ケアプランデータ連携標準仕様 第4.1版), encoded as Shift_JIS (MS932).
 *
 * Used by the benchmark (bench/run.mjs) and to create the small sample files under samples/.
 * It is a development tool: it may use Node APIs and iconv-lite, which the library itself never does.
 *
 * Shape of the data (per file: one 対象年月, one care-management office as sender):
 * - users of one 居宅介護支援事業所, each with a monthly plan of 1–4 service types (11 訪問介護,
 *   13 訪問看護, 15 通所介護, 16 通所リハ, 17 福祉用具貸与, 21 短期入所生活介護, 78 地域密着型通所介護);
 * - one record per service line per サービス利用日 (the 第6表 layout has no day columns), ordered by
 *   user, then service line, then date;
 * - free-text columns (7 プラン担当者名, 18 用具名称（機種名）, 21 サービス事業所名) always quoted, other
 *   columns never; CRLF after every record; no header;
 * - MS932 specifics on purpose: full-width space in names, NEC special characters (㈱, Ⅱ, ①) and IBM
 *   extensions (髙, 﨑) at a low rate; some provider names hold a half-width comma or double quote.
 *
 * サービスコード values are plausible (type + 4 characters) but not checked against the official
 * 介護給付費単位数等サービスコード表; unit values are close to the 2024 tariff.
 *
 * Everything is a pure function of the seed: the same options always give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/**
 * Version of each generator, bumped whenever its bytes change for the same options; part of the bench
 * cache names, so a bump invalidates the cached files of that generator only.
 */
export const GENERATOR_VERSIONS = Object.freeze({ table6: 1, table7: 1, userSupplement: 1, batch: 1, plan2: 1 });

/** Version of the 第6表 generator (= `GENERATOR_VERSIONS.table6`). */
export const GENERATOR_VERSION = GENERATOR_VERSIONS.table6;

/** CSVバージョン written in column 1. */
export const CSV_VERSION = '202407';

/** The 25 column names of 第6表 (UPPLAN / UPJSK), in file order. */
export const TABLE6_COLUMNS = Object.freeze([
  'CSVバージョン',
  '保険者番号',
  '被保険者番号',
  '作成年月日',
  '対象年月',
  'プラン担当業者コード',
  'プラン担当者名',
  '単位数',
  '前月までの短期入所利用日数',
  'サービス利用日',
  '日割対象日',
  'サービス開始時刻',
  'サービス終了時刻',
  'サービス回数',
  'サービスコード',
  'TAISコード',
  '福祉用具届出コード',
  '用具名称（機種名）',
  '明細判別コード',
  'サービス事業者コード',
  'サービス事業所名',
  'サテライト枝番',
  '３０日超区分',
  '更新業者コード',
  '識別子',
]);

/** 0-based indexes of the free-text columns (No. 7, 18, 21), which are always written quoted. */
export const TABLE6_FREE_TEXT = Object.freeze([6, 17, 20]);

// ---------------------------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------------------------

/**
 * A small seeded PRNG (mulberry32-style 32-bit mixer). Not cryptographic; only reproducible.
 * @param {number} seed any integer
 */
export function createRng(seed) {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** Uniform float in [0, 1). */
    float: next,
    /** Uniform integer in [min, max] (inclusive). */
    int: (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (/** @type {number} */ p) => next() < p,
    /**
     * One element of a non-empty array.
     * @template T
     * @param {readonly T[]} items
     * @returns {T}
     */
    pick: (items) => /** @type {T} */ (items[Math.floor(next() * items.length)]),
    /** A string of n random decimal digits. */
    digits: (/** @type {number} */ n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10));
      return s;
    },
  };
}

/** @typedef {ReturnType<typeof createRng>} Rng */

// ---------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------

const pad2 = (/** @type {number} */ n) => String(n).padStart(2, '0');

/** Number of days of month YYYYMM. */
function daysInMonth(/** @type {string} */ yyyymm) {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day of week (0 = Sunday … 6 = Saturday) of day d of month YYYYMM. */
function weekday(/** @type {string} */ yyyymm, /** @type {number} */ d) {
  return new Date(Date.UTC(Number(yyyymm.slice(0, 4)), Number(yyyymm.slice(4, 6)) - 1, d)).getUTCDay();
}

/** Month before YYYYMM, as YYYYMM. */
function previousMonth(/** @type {string} */ yyyymm) {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  return m === 1 ? `${y - 1}12` : `${y}${pad2(m - 1)}`;
}

/** Month after YYYYMM, as YYYYMM. */
function nextMonth(/** @type {string} */ yyyymm) {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  return m === 12 ? `${y + 1}01` : `${y}${pad2(m + 1)}`;
}

/** HHMM from minutes after midnight. */
const hhmm = (/** @type {number} */ minutes) => pad2(Math.floor(minutes / 60)) + pad2(minutes % 60);

// ---------------------------------------------------------------------------------------------
// Word pools (fictional; chosen for realistic character mix)
// ---------------------------------------------------------------------------------------------

const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '斎藤',
  '清水',
  '山崎',
  '森',
  '池田',
  '橋本',
  '阿部',
  '石川',
  '前田',
  '藤田',
  '小川',
  '岡田',
  '後藤',
  '長谷川',
  '村上',
  '近藤',
  '石井',
  '坂本',
  '遠藤',
  '青木',
  '藤井',
  '西村',
];
/** Rarer spellings: IBM extension / JIS level-2 kanji that exist in MS932 only or are easy to garble. */
const RARE_SURNAMES = ['髙橋', '山﨑', '齋藤', '渡邉', '邊見', '德永'];
const GIVEN_NAMES = [
  '花子',
  '恵子',
  '美香',
  '由美',
  '直子',
  '久美子',
  '裕子',
  '真由美',
  '智子',
  '陽子',
  '明美',
  '幸子',
  'さくら',
  '太郎',
  '健一',
  '誠',
  '浩',
  '隆',
  '大輔',
  '翔太',
  '和也',
  '修',
  '茂',
  '一郎',
  'ひろみ',
  'まゆみ',
  '健太',
];
const PLACE_WORDS = [
  'さくら',
  'ひまわり',
  'あおぞら',
  '青葉',
  'やまびこ',
  '陽だまり',
  'すずらん',
  'つばさ',
  'なごみ',
  'こもれび',
  '楓',
  '若葉',
  '虹の架け橋',
  'ゆうゆう',
  'みどり',
  '希望の丘',
  'たんぽぽ',
  'ふれあい',
  'あさひ',
  '清流',
  'もみじ',
  'はなみずき',
  'コスモス',
  'オリーブ',
  'ハーモニー',
  'すこやか',
  '結',
  '絆',
  '東町',
  '駅前',
];

/** Provider-name patterns per service type; `*` is replaced by a place word. */
const PROVIDER_NAME_PATTERNS = {
  11: ['ヘルパーステーション*', '訪問介護事業所　*', '*ホームヘルプサービス', 'ケアサービス*', '㈱*介護サービス'],
  13: ['訪問看護ステーション*', '*訪問看護ステーション', '医療法人*会　訪問看護'],
  15: ['デイサービスセンター*', '*デイサービス', '通所介護事業所　*', 'デイサービス*（通常規模）'],
  16: ['*クリニック　通所リハビリテーション', '介護老人保健施設*', '*病院　デイケア'],
  17: ['*福祉用具レンタル', '㈱*メディカル', '*ケア用品センター', '福祉用具*（本店）'],
  21: ['特別養護老人ホーム*　短期入所', 'ショートステイ*'],
  78: ['地域密着型デイサービス*', '*リハビリデイ', 'デイサービス*Ⅱ'],
};

// ---------------------------------------------------------------------------------------------
// Service catalogue
// ---------------------------------------------------------------------------------------------

/** 訪問介護 items: code, units, minutes. */
const HOME_HELP_ITEMS = [
  { code: '111111', units: 244, minutes: 30 }, // 身体介護１
  { code: '111211', units: 387, minutes: 60 }, // 身体介護２
  { code: '116211', units: 179, minutes: 45 }, // 生活援助２
  { code: '116311', units: 220, minutes: 60 }, // 生活援助３
  { code: '112111', units: 309, minutes: 45 }, // 身体１生活１
];
/** 訪問看護 items. */
const NURSING_ITEMS = [
  { code: '131111', units: 471, minutes: 30 },
  { code: '131211', units: 823, minutes: 60 },
];
/** Day-care base units by 要介護度 1–5. */
const DAY_CARE_UNITS = {
  15: [658, 777, 900, 1023, 1148],
  16: [715, 850, 981, 1137, 1290],
  78: [753, 890, 1032, 1172, 1312],
};
/** 短期入所生活介護 per-day units by 要介護度 1–5. */
const SHORT_STAY_UNITS = [603, 672, 745, 815, 884];
/** 福祉用具貸与 items per 種目: service code, name choices, monthly units range. */
const WELFARE_TOOLS = [
  { code: '171001', names: ['自走用標準型車いす　ＬＣ－２２', '車いす　ライトチェア２２', '介助用車いす　ＫＸ－１６'], min: 450, max: 800 },
  { code: '171003', names: ['特殊寝台　ケアベッドＳ２（２モーター）', '特殊寝台　ローベッド３モーター'], min: 850, max: 1200 },
  { code: '171004', names: ['特殊寝台付属品　マットレス　９１ｃｍ幅', '特殊寝台付属品　サイドレール'], min: 150, max: 350 },
  { code: '171005', names: ['床ずれ防止用具　エアマットレス　ソフィア', '静止型マットレス　ソフトＦ'], min: 500, max: 800 },
  { code: '171006', names: ['体位変換器　ポジショニングクッション'], min: 100, max: 300 },
  { code: '171007', names: ['据置型手すり　スタンドアップⅡ', '手すり　たちあがり①型'], min: 250, max: 350 },
  { code: '171008', names: ['スロープ　段差解消１５ｃｍ', 'ポータブルスロープ　ＰＳ-100'], min: 200, max: 500 },
  { code: '171009', names: ['歩行器　ウォーカーＡ－５', '歩行車　シルバーカート　ＷＸ'], min: 250, max: 350 },
  { code: '171011', names: ['認知症老人徘徊感知機器'], min: 600, max: 1000 },
  { code: '171012', names: ['移動用リフト　つり具　"Comfort"タイプ'], min: 600, max: 1000 },
];
/** Percentage add-on (介護職員等処遇改善加算) code and rate per service type. */
const IMPROVEMENT_ADDON = {
  11: { code: '116275', rate: 0.245 },
  15: { code: '156275', rate: 0.092 },
  78: { code: '786275', rate: 0.092 },
};
/** 入浴介助加算(Ⅰ) code and units for day-care types. */
const BATH_ADDON = { 15: '155051', 16: '165051', 78: '785051' };

/**
 * Probability that a user uses each service type.
 * @type {ReadonlyArray<readonly [string, number]>}
 */
const TYPE_USAGE = [
  ['11', 0.5],
  ['13', 0.2],
  ['15', 0.33],
  ['16', 0.14],
  ['17', 0.45],
  ['21', 0.06],
  ['78', 0.18],
];

// ---------------------------------------------------------------------------------------------
// Number helpers
// ---------------------------------------------------------------------------------------------

/**
 * 介護保険 保険者番号 (6 digits) from a 5-digit prefix: the last digit is the check digit
 * (weights 2,1,2,1,2 from the right; digit sum of the products; 10 minus the last digit, mod 10).
 * @param {string} five
 */
export function insurerNumber(five) {
  let sum = 0;
  for (let i = 0; i < 5; i++) {
    const digit = Number(five[4 - i]);
    const product = digit * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return five + String((10 - (sum % 10)) % 10);
}

/** 介護保険事業所番号-like 10 digits (prefecture 2 + '7' + 7). */
function officeNumber(/** @type {Rng} */ rng, /** @type {string} */ prefecture) {
  return `${prefecture}7${rng.digits(7)}`;
}

function personName(/** @type {Rng} */ rng) {
  const surname = rng.chance(0.04) ? rng.pick(RARE_SURNAMES) : rng.pick(SURNAMES);
  return `${surname}\u3000${rng.pick(GIVEN_NAMES)}`;
}

function providerName(/** @type {Rng} */ rng, /** @type {string} */ type) {
  const patterns = PROVIDER_NAME_PATTERNS[/** @type {keyof typeof PROVIDER_NAME_PATTERNS} */ (Number(type))];
  const pattern = rng.pick(patterns);
  const word = rng.pick(PLACE_WORDS);
  const r = rng.float();
  if (r < 0.04) return `${pattern.replace('*', word)},${rng.pick(['本店', '駅前', '第2'])}`; // half-width comma
  if (r < 0.07) return pattern.replace('*', `"${word}"`); // half-width double quote (written as "")
  return pattern.replace('*', word);
}

// ---------------------------------------------------------------------------------------------
// World (the care-management office, insurers and providers around it)
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ code: string, name: string, type: string, satellites: number }} Provider
 * @typedef {{
 *   month: string,
 *   careOffice: { code: string, name: string, managers: string[] },
 *   insurers: string[],
 *   providers: Record<string, Provider[]>,
 * }} World
 */

/**
 * The fixed surroundings of one file: care-management office, its care managers, insurers and the
 * provider pools per service type.
 * @param {Rng} rng
 * @param {string} month YYYYMM
 * @param {Record<string, number>} [poolSizes] providers per service type
 * @returns {World}
 */
function makeWorld(rng, month, poolSizes = {}) {
  const prefecture = '13';
  /** @type {Set<string>} */
  const used = new Set();
  const uniqueOffice = () => {
    for (;;) {
      const code = officeNumber(rng, prefecture);
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
  const managers = Array.from({ length: 6 }, () => personName(rng));
  const careOffice = { code: uniqueOffice(), name: `居宅介護支援事業所${rng.pick(PLACE_WORDS)}`, managers };
  const insurers = ['13101', '13102', '13104', '13105', '13109', '13110', '13112', '13113', '13120'].map(insurerNumber);
  /** @type {Record<string, Provider[]>} */
  const providers = {};
  for (const [type] of TYPE_USAGE) {
    const size = poolSizes[type] ?? 24;
    providers[type] = Array.from({ length: size }, () => ({
      code: uniqueOffice(),
      name: providerName(rng, type),
      type,
      satellites: (type === '11' || type === '13') && rng.chance(0.08) ? rng.int(1, 2) : 0,
    }));
  }
  return { month, careOffice, insurers, providers };
}

// ---------------------------------------------------------------------------------------------
// Users and their monthly plan
// ---------------------------------------------------------------------------------------------

/**
 * One service line of a user's month: what is delivered on which days.
 * @typedef {{
 *   provider: Provider,
 *   code: string,
 *   units: number,
 *   days: number[],
 *   start: string,
 *   end: string,
 *   satellite: string,
 *   tais?: string,
 *   notified?: string,
 *   toolName?: string,
 *   detailNo?: string,
 *   proRata?: string,
 *   shortStayPrior?: number,
 *   addonOf?: string,
 * }} Line
 * @typedef {{
 *   insurer: string, insuredNo: string, manager: string, level: number, created: string, lines: Line[],
 * }} User
 */

/** Days of the month whose weekday is in `weekdays`. */
function daysOnWeekdays(/** @type {string} */ month, /** @type {number[]} */ weekdays) {
  const out = [];
  const n = daysInMonth(month);
  for (let d = 1; d <= n; d++) if (weekdays.includes(weekday(month, d))) out.push(d);
  return out;
}

/** k distinct weekdays out of `from`, sorted. */
function someWeekdays(/** @type {Rng} */ rng, /** @type {number[]} */ from, /** @type {number} */ k) {
  const pool = [...from];
  const out = [];
  while (out.length < k && pool.length > 0) out.push(...pool.splice(rng.int(0, pool.length - 1), 1));
  return out.sort((a, b) => a - b);
}

function satelliteOf(/** @type {Rng} */ rng, /** @type {Provider} */ provider) {
  return provider.satellites > 0 && rng.chance(0.5) ? String(rng.int(1, provider.satellites)) : '';
}

/**
 * Builds one user with a month of service lines.
 * @param {Rng} rng
 * @param {World} world
 * @param {Set<string>} insuredNos already used numbers (kept unique)
 * @param {string[]} [forceTypes] service types the user must use (samples)
 * @returns {User}
 */
function makeUser(rng, world, insuredNos, forceTypes = []) {
  const { month } = world;
  const nDays = daysInMonth(month);
  let insuredNo;
  do insuredNo = rng.digits(10);
  while (insuredNos.has(insuredNo));
  insuredNos.add(insuredNo);
  const level = rng.int(1, 5);
  const prev = previousMonth(month);
  const created = rng.chance(0.9)
    ? `${prev}${pad2(rng.int(15, 28))}` // plan made late in the previous month
    : `${month}${pad2(rng.int(1, 10))}`; // changed during the month

  let types = TYPE_USAGE.filter(([, p]) => rng.chance(p)).map(([t]) => t);
  if (types.includes('15') && types.includes('78')) types = types.filter((t) => t !== '78');
  for (const t of forceTypes) if (!types.includes(t)) types.push(t);
  if (types.length === 0) types.push(rng.pick(['11', '15', '17']));
  types.sort();

  /** @type {Line[]} */
  const lines = [];
  for (const type of types) {
    const provider = rng.pick(/** @type {Provider[]} */ (world.providers[type]));
    if (type === '11' || type === '13') {
      const visitsPerDay = type === '11' && rng.chance(0.2) ? 2 : 1;
      const weekdays = someWeekdays(rng, [0, 1, 2, 3, 4, 5, 6], type === '11' ? rng.int(2, 6) : rng.int(1, 2));
      const days = daysOnWeekdays(month, weekdays);
      for (let v = 0; v < visitsPerDay; v++) {
        const item = rng.pick(type === '11' ? HOME_HELP_ITEMS : NURSING_ITEMS);
        const startMin = (v === 0 ? rng.int(16, 22) : rng.int(30, 36)) * 30; // 08:00–11:00 / 15:00–18:00
        lines.push({
          provider,
          code: item.code,
          units: item.units,
          days,
          start: hhmm(startMin),
          end: hhmm(startMin + item.minutes),
          satellite: satelliteOf(rng, provider),
        });
      }
    } else if (type === '15' || type === '16' || type === '78') {
      const weekdays = someWeekdays(rng, [1, 2, 3, 4, 5, 6], rng.int(1, 3));
      const days = daysOnWeekdays(month, weekdays);
      const startMin = rng.pick([540, 555, 570]);
      const length = type === '16' ? 390 : rng.pick([420, 435, 450]);
      const start = hhmm(startMin);
      const end = hhmm(startMin + length);
      const units = /** @type {number[]} */ (DAY_CARE_UNITS[/** @type {15 | 16 | 78} */ (Number(type))])[level - 1] ?? 0;
      lines.push({ provider, code: `${type}1${level}11`, units, days, start, end, satellite: '' });
      if (rng.chance(0.7)) {
        const bath = BATH_ADDON[/** @type {15 | 16 | 78} */ (Number(type))];
        lines.push({ provider, code: bath, units: 40, days, start, end, satellite: '' });
      }
    } else if (type === '17') {
      /** @type {Line[]} */
      const tools = [];
      const count = rng.int(1, 4);
      for (let i = 0; i < count; i++) {
        const tool = rng.pick(WELFARE_TOOLS);
        const units = rng.int(tool.min / 10, tool.max / 10) * 10;
        const toolName = rng.pick(tool.names);
        const productCode = `${rng.digits(5)}-${rng.digits(6)}`;
        /** @type {Line} */
        const line = { provider, code: tool.code, units, days: [1], start: '9999', end: '9999', satellite: '', toolName };
        if (rng.chance(0.95)) line.tais = productCode;
        else line.notified = productCode; // product without a TAIS code
        if (rng.chance(0.03)) {
          // rental starting mid-month: pro-rated (日割)
          const from = rng.int(5, nDays - 3);
          let flags = '';
          for (let d = 1; d <= 31; d++) flags += d >= from && d <= nDays ? '1' : '0';
          line.days = [from];
          line.proRata = flags;
          line.units = Math.floor((units * (nDays - from + 1)) / 30);
        }
        tools.push(line);
        // a second identical item (e.g. one rail in the bedroom, one in the corridor)
        if (tool.code === '171007' && rng.chance(0.5)) tools.push({ ...line });
      }
      // 明細判別コード: number the lines that share サービスコード and 単位数 (1, 2, …)
      for (const line of tools) {
        const same = tools.filter((t) => t.code === line.code && t.units === line.units);
        if (same.length > 1) line.detailNo = String(same.indexOf(line) + 1);
      }
      lines.push(...tools);
    } else if (type === '21') {
      const stay = rng.int(3, 7);
      const from = rng.int(1, nDays - stay + 1);
      const days = Array.from({ length: stay }, (_, i) => from + i);
      const prior = rng.chance(0.15) ? rng.int(20, 40) : rng.int(0, 10);
      const units = SHORT_STAY_UNITS[level - 1] ?? 0;
      lines.push({
        provider,
        code: `2111${level}1`,
        units,
        days,
        start: '9999',
        end: '9999',
        satellite: '',
        shortStayPrior: prior,
      });
    }
    const addon = IMPROVEMENT_ADDON[/** @type {11 | 15 | 78} */ (Number(type))];
    if (addon !== undefined) {
      const own = lines.filter((l) => l.provider === provider);
      const total = own.reduce((sum, l) => sum + l.units * l.days.length, 0);
      const first = Math.min(...own.flatMap((l) => l.days));
      lines.push({
        provider,
        code: addon.code,
        units: Math.round(total * addon.rate),
        days: [first],
        start: '9999',
        end: '9999',
        satellite: '',
        addonOf: type,
      });
    }
  }
  return { insurer: rng.pick(world.insurers), insuredNo, manager: rng.pick(world.careOffice.managers), level, created, lines };
}

/**
 * The records of one user as arrays of 25 raw (unquoted) field values.
 * @param {Rng} rng
 * @param {World} world
 * @param {User} user
 * @param {{ kind: 'plan' | 'actual', provider?: Provider }} mode `actual`: only `provider`'s lines,
 *   with realistic deviations (a cancelled visit, shifted times) and 更新業者コード = provider.
 * @returns {string[][]}
 */
function userRecords(rng, world, user, mode) {
  const { month } = world;
  /** @type {string[][]} */
  const out = [];
  for (const line of user.lines) {
    if (mode.kind === 'actual' && line.provider !== mode.provider) continue;
    line.days.forEach((day, dayIndex) => {
      let start = line.start;
      let end = line.end;
      if (mode.kind === 'actual' && start !== '9999') {
        if (line.addonOf === undefined && rng.chance(0.03)) return; // cancelled visit
        if (rng.chance(0.15)) {
          const shift = rng.pick([-10, -5, 5, 10, 15]);
          const toMin = (/** @type {string} */ t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(2));
          start = hhmm(toMin(start) + shift);
          end = hhmm(toMin(end) + shift);
        }
      }
      const prior = line.shortStayPrior;
      const over30 = prior !== undefined && prior + dayIndex + 1 > 30 ? '1' : '0';
      out.push([
        CSV_VERSION,
        user.insurer,
        user.insuredNo,
        user.created,
        month,
        world.careOffice.code,
        user.manager,
        String(line.units),
        prior === undefined ? '' : String(prior),
        `${month}${pad2(day)}`,
        line.proRata ?? '',
        start,
        end,
        '1',
        line.code,
        line.tais ?? '',
        line.notified ?? '',
        line.toolName ?? '',
        line.detailNo ?? '',
        line.provider.code,
        line.provider.name,
        line.satellite,
        over30,
        mode.kind === 'actual' ? line.provider.code : world.careOffice.code,
        '',
      ]);
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV text and MS932 bytes
// ---------------------------------------------------------------------------------------------

const FREE_TEXT_SET = new Set(TABLE6_FREE_TEXT);

/**
 * CSV text of records in the spec's style: free-text columns quoted (`"` doubled), others bare,
 * CRLF after every record.
 * @param {readonly (readonly string[])[]} records
 */
export function formatTable6Csv(records) {
  return formatCsv(records, FREE_TEXT_SET);
}

/**
 * CSV text of records in the spec's canonical style: the columns in `freeText` (0-based) quoted with
 * `"` doubled, all others bare, CRLF after every record.
 * @param {readonly (readonly string[])[]} records
 * @param {ReadonlySet<number>} freeText
 */
export function formatCsv(records, freeText) {
  let text = '';
  for (const record of records) {
    for (let i = 0; i < record.length; i++) {
      if (i > 0) text += ',';
      const value = /** @type {string} */ (record[i]);
      text += freeText.has(i) ? `"${value.replaceAll('"', '""')}"` : value;
    }
    text += '\r\n';
  }
  return text;
}

/**
 * Encodes text as MS932 and checks that it round-trips (so no character was replaced by `?`).
 * Throws on a generator bug (a character outside MS932 in the word pools).
 * @param {string} text
 * @returns {Buffer}
 */
export function encodeMs932(text) {
  const bytes = iconv.encode(text, 'cp932');
  if (iconv.decode(bytes, 'cp932') !== text) throw new Error('generator: text is not representable in MS932');
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Public generators
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{
 *   bytes: Buffer,
 *   records: number,
 *   users: number,
 *   month: string,
 *   sender: { code: string, type: string },
 *   receiver: { code: string, type: string },
 * }} GeneratedFile
 */

/**
 * Generates a 第6表 予定 (UPPLAN) or 実績 (UPJSK) file of at least `minBytes` bytes (MS932).
 *
 * 予定: one care-management office's users (all their services, as the 第6表 shown to the user).
 * 実績: the records one 訪問介護 provider returns for its users (all users are given that provider).
 *
 * @param {object} options
 * @param {number} options.minBytes the file is at least this long; users are never cut in half
 *   unless `cut` is `'record'`
 * @param {number} [options.seed] PRNG seed (default 1)
 * @param {string} [options.month] 対象年月 YYYYMM (default `'202505'`)
 * @param {'plan' | 'actual'} [options.kind] `'plan'` (UPPLAN, default) or `'actual'` (UPJSK)
 * @param {'user' | 'record'} [options.cut] stop after the user (default) or the record that reaches
 *   `minBytes`
 * @returns {GeneratedFile}
 */
export function generateTable6File(options) {
  const { minBytes, seed = 1, month = '202505', kind = 'plan', cut = 'user' } = options;
  if (!Number.isFinite(minBytes) || minBytes < 0) throw new TypeError('minBytes must be a non-negative number');
  if (!/^\d{4}(0[1-9]|1[0-2])$/.test(month)) throw new TypeError('month must be YYYYMM');
  const rng = createRng(seed);
  const world = makeWorld(rng, month, kind === 'actual' ? { 11: 1 } : {});
  const provider = /** @type {Provider} */ (world.providers['11']?.[0]);
  /** @type {Set<string>} */
  const insuredNos = new Set();
  /** @type {Buffer[]} */
  const chunks = [];
  let total = 0;
  let records = 0;
  let users = 0;
  const mode = kind === 'actual' ? { kind, provider } : { kind };
  while (total < minBytes) {
    const user = makeUser(rng, world, insuredNos, kind === 'actual' ? ['11'] : []);
    const rows = userRecords(rng, world, user, mode);
    users++;
    if (cut === 'record') {
      for (const row of rows) {
        const chunk = encodeMs932(formatTable6Csv([row]));
        chunks.push(chunk);
        total += chunk.length;
        records++;
        if (total >= minBytes) break;
      }
    } else if (rows.length > 0) {
      const chunk = encodeMs932(formatTable6Csv(rows));
      chunks.push(chunk);
      total += chunk.length;
      records += rows.length;
    }
  }
  const bytes = Buffer.concat(chunks, total);
  const careOffice = { code: world.careOffice.code, type: '43' };
  const providerEnd = { code: provider.code, type: '11' };
  return {
    bytes,
    records,
    users,
    month,
    sender: kind === 'actual' ? providerEnd : careOffice,
    receiver: kind === 'actual' ? careOffice : providerEnd,
  };
}

/**
 * A small UPPLAN file of about `targetBytes` bytes (default 15,000), cut at a record boundary.
 * Different seeds give different files.
 * @param {number} [seed]
 * @param {number} [targetBytes]
 * @returns {GeneratedFile}
 */
export function generateSmallTable6File(seed = 1, targetBytes = 15_000) {
  return generateTable6File({ minBytes: targetBytes, seed, cut: 'record' });
}

/**
 * @typedef {{ name: string, kind: 'table6Plan' | 'table6Actual', bytes: Buffer, records: number }} SampleFile
 */

/**
 * A small, realistic, valid sample set for one month: a few users of one care-management office
 * (居宅介護支援, type 43) who all use one 訪問介護 provider (type 11).
 * - `UPPLAN_…` from the care-management office to that provider: the users' full 第6表 予定
 *   (all their providers, including 福祉用具貸与 with TAISコード);
 * - `UPJSK_…` from the provider back to the office: its 実績 for those users.
 * File names follow the 第4.1版 rule (`PREFIX_YYYYMM_sender10_type2_receiver10_type2_serial14.CSV`).
 *
 * @param {object} [options]
 * @param {number} [options.seed] PRNG seed (default 7)
 * @param {string} [options.month] 対象年月 YYYYMM (default `'202505'`)
 * @param {number} [options.users] number of users (default 4)
 * @returns {SampleFile[]}
 */
export function sampleFiles(options = {}) {
  const { seed = 7, month = '202505', users = 4 } = options;
  if (!/^\d{4}(0[1-9]|1[0-2])$/.test(month)) throw new TypeError('month must be YYYYMM');
  const rng = createRng(seed);
  const world = makeWorld(rng, month, { 11: 1 });
  const provider = /** @type {Provider} */ (world.providers['11']?.[0]);
  /** @type {Set<string>} */
  const insuredNos = new Set();
  const people = Array.from({ length: users }, (_, i) => makeUser(rng, world, insuredNos, i % 2 === 0 ? ['11', '17'] : ['11']));
  const plan = people.flatMap((u) => userRecords(rng, world, u, { kind: 'plan' }));
  const actual = people.flatMap((u) => userRecords(rng, world, u, { kind: 'actual', provider }));
  const office = world.careOffice.code;
  const latestCreated =
    people
      .map((u) => u.created)
      .sort()
      .at(-1) ?? `${previousMonth(month)}25`;
  const planSerial = `${latestCreated}170512`;
  const actualSerial = `${nextMonth(month)}03120000`;
  return [
    {
      name: `UPPLAN_${month}_${office}_43_${provider.code}_11_${planSerial}.CSV`,
      kind: 'table6Plan',
      bytes: encodeMs932(formatTable6Csv(plan)),
      records: plan.length,
    },
    {
      name: `UPJSK_${month}_${provider.code}_11_${office}_43_${actualSerial}.CSV`,
      kind: 'table6Actual',
      bytes: encodeMs932(formatTable6Csv(actual)),
      records: actual.length,
    },
  ];
}

/**
 * Writes {@link sampleFiles} into `dir` (created if missing) and returns the file names written.
 * @param {string} dir
 * @param {Parameters<typeof sampleFiles>[0]} [options]
 * @returns {string[]}
 */
export function writeSamples(dir, options) {
  mkdirSync(dir, { recursive: true });
  const files = sampleFiles(options);
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
  return files.map((f) => f.name);
}

// ---------------------------------------------------------------------------------------------
// People: the personal data of 利用者補足情報 (fictional)
// ---------------------------------------------------------------------------------------------

/** Readings (katakana) of the surnames, for 利用者氏名フリガナ. */
const SURNAME_KANA = {
  佐藤: 'サトウ',
  鈴木: 'スズキ',
  高橋: 'タカハシ',
  田中: 'タナカ',
  伊藤: 'イトウ',
  渡辺: 'ワタナベ',
  山本: 'ヤマモト',
  中村: 'ナカムラ',
  小林: 'コバヤシ',
  加藤: 'カトウ',
  吉田: 'ヨシダ',
  山田: 'ヤマダ',
  佐々木: 'ササキ',
  山口: 'ヤマグチ',
  松本: 'マツモト',
  井上: 'イノウエ',
  木村: 'キムラ',
  林: 'ハヤシ',
  斎藤: 'サイトウ',
  清水: 'シミズ',
  山崎: 'ヤマザキ',
  森: 'モリ',
  池田: 'イケダ',
  橋本: 'ハシモト',
  阿部: 'アベ',
  石川: 'イシカワ',
  前田: 'マエダ',
  藤田: 'フジタ',
  小川: 'オガワ',
  岡田: 'オカダ',
  後藤: 'ゴトウ',
  長谷川: 'ハセガワ',
  村上: 'ムラカミ',
  近藤: 'コンドウ',
  石井: 'イシイ',
  坂本: 'サカモト',
  遠藤: 'エンドウ',
  青木: 'アオキ',
  藤井: 'フジイ',
  西村: 'ニシムラ',
  髙橋: 'タカハシ',
  山﨑: 'ヤマザキ',
  齋藤: 'サイトウ',
  渡邉: 'ワタナベ',
  邊見: 'ヘンミ',
  德永: 'トクナガ',
};
/** Given names of people born 1923–1960, with reading and 性別 (1 男性, 2 女性). */
const ELDER_GIVEN_NAMES = [
  ['花子', 'ハナコ', '2'],
  ['和子', 'カズコ', '2'],
  ['幸子', 'サチコ', '2'],
  ['節子', 'セツコ', '2'],
  ['久子', 'ヒサコ', '2'],
  ['文子', 'フミコ', '2'],
  ['千代', 'チヨ', '2'],
  ['キヨ', 'キヨ', '2'],
  ['ハル', 'ハル', '2'],
  ['美代子', 'ミヨコ', '2'],
  ['トミ', 'トミ', '2'],
  ['静江', 'シズエ', '2'],
  ['春江', 'ハルエ', '2'],
  ['澄子', 'スミコ', '2'],
  ['弘子', 'ヒロコ', '2'],
  ['洋子', 'ヨウコ', '2'],
  ['恵子', 'ケイコ', '2'],
  ['光子', 'ミツコ', '2'],
  ['貞子', 'サダコ', '2'],
  ['ヨシ', 'ヨシ', '2'],
  ['太郎', 'タロウ', '1'],
  ['一郎', 'イチロウ', '1'],
  ['正', 'タダシ', '1'],
  ['清', 'キヨシ', '1'],
  ['茂', 'シゲル', '1'],
  ['勇', 'イサム', '1'],
  ['実', 'ミノル', '1'],
  ['博', 'ヒロシ', '1'],
  ['進', 'ススム', '1'],
  ['武', 'タケシ', '1'],
  ['昭', 'アキラ', '1'],
  ['三郎', 'サブロウ', '1'],
  ['義雄', 'ヨシオ', '1'],
  ['正雄', 'マサオ', '1'],
  ['栄一', 'エイイチ', '1'],
  ['與四郎', 'ヨシロウ', '1'],
  ['健治', 'ケンジ', '1'],
  ['德次郎', 'トクジロウ', '1'],
];
/**
 * Towns per insurer (5-digit prefix = 東京都 ward), each with a plausible 郵便番号.
 * @type {Record<number, [string, [string, string][]]>}
 */
const WARDS = {
  13101: [
    '千代田区',
    [
      ['神田神保町', '101-0051'],
      ['麹町', '102-0083'],
      ['一番町', '102-0082'],
      ['飯田橋', '102-0072'],
    ],
  ],
  13102: [
    '中央区',
    [
      ['日本橋人形町', '103-0013'],
      ['月島', '104-0052'],
      ['佃', '104-0051'],
      ['築地', '104-0045'],
    ],
  ],
  13104: [
    '新宿区',
    [
      ['高田馬場', '169-0075'],
      ['西新宿', '160-0023'],
      ['大久保', '169-0072'],
      ['神楽坂', '162-0825'],
    ],
  ],
  13105: [
    '文京区',
    [
      ['本郷', '113-0033'],
      ['千石', '112-0011'],
      ['小石川', '112-0002'],
      ['根津', '113-0031'],
    ],
  ],
  13109: [
    '品川区',
    [
      ['大井', '140-0014'],
      ['戸越', '142-0041'],
      ['西五反田', '141-0031'],
      ['荏原', '142-0063'],
    ],
  ],
  13110: [
    '目黒区',
    [
      ['自由が丘', '152-0035'],
      ['中目黒', '153-0061'],
      ['碑文谷', '152-0003'],
      ['祐天寺', '153-0052'],
    ],
  ],
  13112: [
    '世田谷区',
    [
      ['三軒茶屋', '154-0024'],
      ['経堂', '156-0052'],
      ['成城', '157-0066'],
      ['用賀', '158-0097'],
    ],
  ],
  13113: [
    '渋谷区',
    [
      ['代々木', '151-0053'],
      ['恵比寿', '150-0013'],
      ['笹塚', '151-0073'],
      ['幡ヶ谷', '151-0072'],
    ],
  ],
  13120: [
    '練馬区',
    [
      ['石神井町', '177-0041'],
      ['光が丘', '179-0072'],
      ['大泉学園町', '178-0061'],
      ['練馬', '176-0001'],
    ],
  ],
};
const BUILDING_SUFFIXES = ['ハイツ', 'マンション', 'コーポ', '荘', 'レジデンス', 'パレス'];
/** 区分支給限度基準額 (units per month) of 要介護1–5 (2019-10 tariff). */
const BENEFIT_LIMITS = [16765, 19705, 27048, 30938, 36217];
/** 要介護状態区分 codes of 要介護1–5. */
const CARE_LEVEL_CODES = ['21', '22', '23', '24', '25'];

const FULL_DIGITS = '０１２３４５６７８９';
const fullWidth = (/** @type {number} */ n) => [...String(n)].map((d) => FULL_DIGITS[Number(d)]).join('');

const HALF_KANA_FROM = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー　';
const HALF_KANA_TO = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ ';
/** Full-width katakana as half-width katakana (ｶﾞ for ガ), as some systems write フリガナ. */
function halfWidthKana(/** @type {string} */ text) {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (ch === '\u3099') out += 'ﾞ';
    else if (ch === '\u309a') out += 'ﾟ';
    else {
      const i = HALF_KANA_FROM.indexOf(ch);
      out += i < 0 ? ch : HALF_KANA_TO[i];
    }
  }
  return out;
}

/** YYYYMMDD of a date built in UTC (month 1-based; out-of-range days and months roll over). */
function ymd(/** @type {number} */ y, /** @type {number} */ m, /** @type {number} */ d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())}`;
}

/**
 * The 利用者補足情報 of one user: identity (names in kanji and kana, sex, birth date, address, phone),
 * certification (dates, 要介護状態区分, 区分支給限度基準額), the per-type limit slots (No.20–55) and the
 * short-stay day counts, consistent with the user's monthly plan.
 * @typedef {{
 *   name: string, kana: string, sex: string, birthDate: string, postalCode: string, address1: string,
 *   address2: string, phone: string, certificationDate: string, limitStart: string, limitEnd: string,
 *   certificationStatus: string, careLevelChangeDate: string, previousCareLevel: string,
 *   benefitRate: number,
 *   typeLimits: { type: string, limit: number, total: number, over: number }[],
 * }} Person
 */

/**
 * Personal data of a user, drawn from `rng` (a stream separate from the one of the plans, so that the
 * 第6表 files stay the same).
 * @param {Rng} rng
 * @param {World} world
 * @param {User} user
 * @returns {Person}
 */
function makePerson(rng, world, user) {
  const year = Number(world.month.slice(0, 4));
  const mon = Number(world.month.slice(4, 6));
  const surname = rng.chance(0.04) ? rng.pick(RARE_SURNAMES) : rng.pick(SURNAMES);
  const [given, givenKana, sex] = /** @type {[string, string, string]} */ (rng.pick(ELDER_GIVEN_NAMES));
  const surnameKana = SURNAME_KANA[/** @type {keyof typeof SURNAME_KANA} */ (surname)] ?? 'ヤマダ';
  const fullKana = `${surnameKana}\u3000${givenKana}`;
  const ward = WARDS[Number(user.insurer.slice(0, 5))] ?? ['新宿区', [['西新宿', '160-0023']]];
  const [town, postalCode] = rng.pick(ward[1]);
  const [c, b, g] = [rng.int(1, 5), rng.int(1, 30), rng.int(1, 20)];
  const address1 = rng.chance(0.6)
    ? `東京都${ward[0]}${town}${fullWidth(c)}丁目${fullWidth(b)}番${fullWidth(g)}号`
    : `東京都${ward[0]}${town}${c}-${b}-${g}`;
  const address2 = rng.chance(0.4) ? `${rng.pick(PLACE_WORDS)}${rng.pick(BUILDING_SUFFIXES)}　${rng.int(1, 8)}0${rng.int(1, 9)}号室` : '';
  const phone = rng.chance(0.15) ? '' : rng.chance(0.7) ? `03-${rng.digits(4)}-${rng.digits(4)}` : `090-${rng.digits(4)}-${rng.digits(4)}`;
  // Certified 1–24 months ago; the limit applies from the 1st of that month for 12–48 months.
  const certAgo = rng.int(1, 24);
  const certificationDate = ymd(year, mon - certAgo, rng.int(1, 28));
  const validity = Math.max(certAgo + 1, rng.pick([12, 24, 36, 48]));
  const limitStart = ymd(year, mon - certAgo, 1);
  const limitEnd = ymd(year, mon - certAgo + validity, 0); // last day of the last month
  const changed = rng.chance(0.05);
  const level = user.level;
  const previousLevel = level === 1 ? 2 : level === 5 ? 4 : level + (rng.chance(0.5) ? 1 : -1);
  /** @type {Person['typeLimits']} */
  const typeLimits = [];
  if (rng.chance(0.3)) {
    const totals = inLimitUnitsByType(user);
    for (const [type, total] of totals) {
      if (typeLimits.length >= 4) break;
      const limit = Math.round(((BENEFIT_LIMITS[level - 1] ?? 0) * rng.int(30, 80)) / 100);
      typeLimits.push({ type, limit, total, over: Math.max(0, total - limit) });
    }
  }
  return {
    name: `${surname}\u3000${given}`,
    kana: rng.chance(0.1) ? halfWidthKana(fullKana) : fullKana,
    sex,
    birthDate: ymd(rng.int(year - 100, year - 65), rng.int(1, 12), rng.int(1, 28)),
    postalCode,
    address1,
    address2,
    phone,
    certificationDate,
    limitStart,
    limitEnd,
    certificationStatus: rng.chance(0.03) ? '1' : '2',
    careLevelChangeDate: changed ? `${world.month}${pad2(rng.int(2, 28))}` : '',
    previousCareLevel: changed ? (CARE_LEVEL_CODES[previousLevel - 1] ?? '') : '',
    benefitRate: rng.chance(0.85) ? 90 : rng.chance(0.6) ? 80 : 70,
    typeLimits,
  };
}

/** 区分支給限度 units of a user's month per service type (percentage add-ons are outside the limit). */
function inLimitUnitsByType(/** @type {User} */ user) {
  /** @type {Map<string, number>} */
  const totals = new Map();
  for (const line of user.lines) {
    if (line.addonOf !== undefined) continue;
    const type = line.code.slice(0, 2);
    totals.set(type, (totals.get(type) ?? 0) + line.units * line.days.length);
  }
  return totals;
}

// ---------------------------------------------------------------------------------------------
// 第7表 (UPSIKYU)
// ---------------------------------------------------------------------------------------------

/** 0-based indexes of the free-text columns of 第7表 (No.6 サービス事業所名, No.12 用具名称). */
export const TABLE7_FREE_TEXT = Object.freeze([5, 11]);
/** 第7表 column count (CSVバージョン 202407). */
export const TABLE7_COLUMN_COUNT = 37;
/** 単位数単価 (yen per unit) in 東京都特別区 (1級地) per service type. */
const UNIT_PRICES = { 11: '11.40', 13: '11.40', 15: '10.90', 16: '11.10', 17: '10.00', 21: '11.10', 78: '10.90' };
const ALL_NINES = '9999999999';

/**
 * @typedef {{
 *   provider: Provider, type: string, satellite: string, code: string, units: number, count: number,
 *   over30: boolean, tais: string, notified: string, toolName: string, shortStay?: { prior: number, days: number },
 * }} Table7Line
 */

/**
 * The 第7表 rows of one user (arrays of 37 raw values): per service type, the service lines (one per
 * provider, satellite, サービスコード and 単位数; one per rented item for 17), the `{種類}AAAA` subtotal of
 * the 区分支給限度 lines with the benefit figures, the percentage add-on and its `{種類}EEEE` subtotal, the
 * 30日超 short-stay days and their `21ZZZZ` subtotal; last the grand total `999999` / `9999999999`.
 * @param {World} world
 * @param {User} user
 * @param {Person} person
 * @returns {string[][]}
 */
function table7Records(world, user, person) {
  const rate = person.benefitRate;
  const limit = BENEFIT_LIMITS[user.level - 1] ?? 0;
  /** @type {Map<string, { inLimit: Table7Line[], addon: Table7Line[], over: Table7Line[] }>} */
  const byType = new Map();
  for (const line of user.lines) {
    const type = line.code.slice(0, 2);
    let group = byType.get(type);
    if (group === undefined) byType.set(type, (group = { inLimit: [], addon: [], over: [] }));
    const base = {
      provider: line.provider,
      type,
      satellite: line.satellite,
      code: line.code,
      units: line.units,
      tais: line.tais ?? '',
      notified: line.notified ?? '',
      toolName: line.toolName ?? '',
    };
    if (line.addonOf !== undefined) {
      group.addon.push({ ...base, count: 1, over30: false });
    } else if (line.shortStayPrior !== undefined) {
      const prior = line.shortStayPrior;
      const within = line.days.filter((_, i) => prior + i + 1 <= 30).length;
      const shortStay = { prior, days: line.days.length };
      if (within > 0) group.inLimit.push({ ...base, count: within, over30: false, shortStay });
      if (within < line.days.length) group.over.push({ ...base, count: line.days.length - within, over30: true, shortStay });
    } else if (type === '17') {
      group.inLimit.push({ ...base, count: 1, over30: false });
    } else {
      const same = group.inLimit.find(
        (l) => l.provider === line.provider && l.satellite === line.satellite && l.code === line.code && l.units === line.units,
      );
      if (same === undefined) group.inLimit.push({ ...base, count: line.days.length, over30: false });
      else same.count += line.days.length;
    }
  }

  const inLimitTotal = [...byType.values()].reduce((sum, g) => sum + g.inLimit.reduce((s, l) => s + l.units * l.count, 0), 0);
  const overLimit = Math.max(0, inLimitTotal - limit);
  const lastInLimitType = [...byType.entries()].filter(([, g]) => g.inLimit.length > 0).at(-1)?.[0];

  /** @type {string[][]} */
  const out = [];
  const row = (/** @type {Partial<Record<string, string>>} */ v) => {
    const r = [
      CSV_VERSION,
      user.insurer,
      user.insuredNo,
      user.created,
      world.month,
      v.providerName ?? '',
      v.providerCode ?? '',
      v.satellite ?? '',
      v.serviceCode ?? '',
      v.tais ?? '',
      v.notified ?? '',
      v.toolName ?? '',
      v.units ?? '0',
      '',
      '',
      v.count ?? '0',
      v.serviceUnits ?? '',
      v.managed ?? '',
      '',
      '',
      v.limitOver ?? '',
      v.limitWithin ?? '',
      v.unitPrice ?? '',
      v.cost ?? '',
      v.rate ?? '',
      v.claim ?? '',
      '',
      v.copay ?? '',
      v.fullPayment ?? '',
      v.ssBefore ?? '',
      v.ssThisMonth ?? '',
      v.ssCumulative ?? '',
      v.over30 ?? '0',
      ALL_NINES,
      world.careOffice.code,
      world.careOffice.code,
      '',
    ];
    out.push(r);
  };
  const lineRow = (/** @type {Table7Line} */ l) =>
    row({
      providerName: l.provider.name,
      providerCode: l.provider.code,
      satellite: l.satellite,
      serviceCode: l.code,
      tais: l.tais,
      notified: l.notified,
      toolName: l.toolName,
      units: String(l.units),
      count: String(l.count),
      serviceUnits: String(l.units * l.count),
      ssBefore: l.shortStay === undefined ? '' : String(l.shortStay.prior),
      ssThisMonth: l.shortStay === undefined ? '' : String(l.shortStay.days),
      ssCumulative: l.shortStay === undefined ? '' : String(l.shortStay.prior + l.shortStay.days),
      over30: l.over30 ? '1' : '0',
    });
  const sum = (/** @type {Table7Line[]} */ ls, /** @type {(l: Table7Line) => number} */ f) => ls.reduce((s, l) => s + f(l), 0);
  const totals = { count: 0, serviceUnits: 0, managed: 0, cost: 0, claim: 0, copay: 0, fullPayment: 0 };

  for (const [type, g] of byType) {
    const price = UNIT_PRICES[/** @type {keyof typeof UNIT_PRICES} */ (Number(type))] ?? '10.00';
    const yen = (/** @type {number} */ units) => Math.floor((units * Math.round(Number(price) * 100)) / 100);
    const first = g.inLimit[0] ?? g.addon[0] ?? g.over[0];
    if (first === undefined) continue;
    const provider = { providerName: first.provider.name, providerCode: first.provider.code, unitPrice: price, rate: String(rate) };
    if (g.inLimit.length > 0) {
      for (const l of g.inLimit) lineRow(l);
      const units = sum(g.inLimit, (l) => l.units * l.count);
      const over = type === lastInLimitType ? Math.min(overLimit, units) : 0;
      const cost = yen(units - over);
      const claim = Math.floor((cost * rate) / 100);
      const fullPayment = over > 0 ? yen(over) : 0;
      const count = sum(g.inLimit, (l) => l.count);
      row({
        ...provider,
        serviceCode: `${type}AAAA`,
        count: String(count),
        serviceUnits: String(units),
        managed: String(units),
        limitOver: String(over),
        limitWithin: String(units - over),
        cost: String(cost),
        claim: String(claim),
        copay: String(cost - claim),
        fullPayment: over > 0 ? String(fullPayment) : '',
      });
      Object.assign(totals, {
        count: totals.count + count,
        serviceUnits: totals.serviceUnits + units,
        managed: totals.managed + units,
        cost: totals.cost + cost,
        claim: totals.claim + claim,
        copay: totals.copay + cost - claim,
        fullPayment: totals.fullPayment + fullPayment,
      });
    }
    if (g.addon.length > 0) {
      for (const l of g.addon) lineRow(l);
      const units = sum(g.addon, (l) => l.units * l.count);
      const cost = yen(units);
      const claim = Math.floor((cost * rate) / 100);
      const count = sum(g.addon, (l) => l.count);
      row({
        ...provider,
        serviceCode: `${type}EEEE`,
        count: String(count),
        serviceUnits: String(units),
        cost: String(cost),
        claim: String(claim),
        copay: String(cost - claim),
      });
      Object.assign(totals, {
        count: totals.count + count,
        serviceUnits: totals.serviceUnits + units,
        cost: totals.cost + cost,
        claim: totals.claim + claim,
        copay: totals.copay + cost - claim,
      });
    }
    if (g.over.length > 0) {
      for (const l of g.over) lineRow(l);
      const units = sum(g.over, (l) => l.units * l.count);
      const count = sum(g.over, (l) => l.count);
      row({
        ...provider,
        serviceCode: `${type}ZZZZ`,
        count: String(count),
        serviceUnits: String(units),
        fullPayment: String(yen(units)),
        over30: '1',
      });
      Object.assign(totals, { count: totals.count + count, serviceUnits: totals.serviceUnits + units, fullPayment: totals.fullPayment + yen(units) });
    }
  }
  row({
    providerCode: ALL_NINES,
    serviceCode: '999999',
    count: String(totals.count),
    serviceUnits: String(totals.serviceUnits),
    managed: String(totals.managed),
    limitOver: String(overLimit),
    limitWithin: String(totals.managed - overLimit),
    cost: String(totals.cost),
    claim: String(totals.claim),
    copay: String(totals.copay),
    fullPayment: totals.fullPayment > 0 ? String(totals.fullPayment) : '',
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// 利用者補足情報 (UPHOSOKU)
// ---------------------------------------------------------------------------------------------

/** 0-based indexes of the free-text columns of 利用者補足情報 (No.5, 6 氏名, No.10, 11 住所). */
export const USER_SUPPLEMENT_FREE_TEXT = Object.freeze([4, 5, 9, 10]);
/** 利用者補足情報 column count (CSVバージョン 202407). */
export const USER_SUPPLEMENT_COLUMN_COUNT = 63;

/**
 * The 利用者補足情報 record of one user (63 raw values).
 * @param {World} world
 * @param {User} user
 * @param {Person} person
 * @param {'month' | 'plan'} set `'month'`: sent with 第6表/第7表 (No.4 00000000, No.63 the month);
 *   `'plan'`: sent with the plan tables 1–3 (No.4 the plan date, No.63 000000)
 * @returns {string[]}
 */
function userSupplementRecord(world, user, person, set) {
  const level = user.level;
  const limit = BENEFIT_LIMITS[level - 1] ?? 0;
  const inLimit = [...inLimitUnitsByType(user).values()].reduce((a, b) => a + b, 0);
  const shortStay = user.lines.find((l) => l.shortStayPrior !== undefined);
  /** @type {string[]} */
  const slots = [];
  for (let s = 0; s < 9; s++) {
    const t = person.typeLimits[s];
    if (t === undefined) slots.push('', '', '', '');
    else slots.push(t.type, String(t.limit), String(t.total), String(t.over));
  }
  return [
    CSV_VERSION,
    user.insurer,
    user.insuredNo,
    set === 'month' ? '00000000' : user.created,
    person.kana,
    person.name,
    person.sex,
    person.birthDate,
    person.postalCode,
    person.address1,
    person.address2,
    person.phone,
    person.certificationDate,
    person.limitStart,
    person.limitEnd,
    person.certificationStatus,
    person.careLevelChangeDate,
    CARE_LEVEL_CODES[level - 1] ?? '',
    String(limit),
    ...slots,
    String(Math.max(0, inLimit - limit)),
    shortStay?.shortStayPrior === undefined ? '' : String(shortStay.shortStayPrior),
    shortStay?.shortStayPrior === undefined ? '' : String(shortStay.shortStayPrior + shortStay.days.length),
    person.previousCareLevel,
    world.careOffice.code,
    world.careOffice.code,
    '',
    set === 'month' ? world.month : '000000',
  ];
}

// ---------------------------------------------------------------------------------------------
// Public generators: 第7表, 利用者補足情報, batches of small 第6表 files
// ---------------------------------------------------------------------------------------------

/**
 * Users of the 第6表 generator with the same seed, one at a time (the first users of
 * `generateTable6File({ seed, month })` are the first ones here), each with its personal data.
 * @param {number} seed
 * @param {string} month
 */
function* usersOf(seed, month) {
  const rng = createRng(seed);
  const world = makeWorld(rng, month, {});
  const people = createRng((seed ^ 0x5bd1e995) >>> 0);
  /** @type {Set<string>} */
  const insuredNos = new Set();
  for (;;) {
    const user = makeUser(rng, world, insuredNos);
    yield { world, user, person: makePerson(people, world, user) };
  }
}

/**
 * Generates a 第7表 (UPSIKYU, 37 columns) file of at least `minBytes` bytes (MS932): the users of the
 * 第6表 予定 file of the same seed and month, each with service lines, subtotal rows and a grand total.
 * Free-text columns (No.6, 12) are quoted; CRLF; the canonical form the library writes.
 * @param {{ minBytes: number, seed?: number, month?: string }} options
 * @returns {GeneratedFile}
 */
export function generateTable7File(options) {
  const { minBytes, seed = 1, month = '202505' } = options;
  return generateByUser(minBytes, seed, month, (world, user, person) => table7Records(world, user, person), new Set(TABLE7_FREE_TEXT));
}

/**
 * Generates a 利用者補足情報 (UPHOSOKU, 63 columns) file of at least `minBytes` bytes (MS932), one record
 * per user (the users of the 第6表 file of the same seed and month, then more): names in kanji and
 * katakana (10 % half-width katakana), addresses in the insurer's ward, certification data, the per-type
 * limit slots (No.20–55) for about 30 % of the users.
 * @param {{ minBytes: number, seed?: number, month?: string, set?: 'month' | 'plan' }} options `set`:
 *   `'month'` (default) is the record sent with 第6表/第7表, `'plan'` the one sent with the plan tables
 * @returns {GeneratedFile}
 */
export function generateUserSupplementFile(options) {
  const { minBytes, seed = 1, month = '202505', set = 'month' } = options;
  return generateByUser(
    minBytes,
    seed,
    month,
    (world, user, person) => [userSupplementRecord(world, user, person, set)],
    new Set(USER_SUPPLEMENT_FREE_TEXT),
  );
}

// ---------------------------------------------------------------------------------------------
// 居宅サービス計画2表 (UP2KYO): long free text, repeated hierarchy
// ---------------------------------------------------------------------------------------------

/** 0-based indexes of the free-text columns of 2表 (No.7, 9–12, 14, 16, 18–20). */
export const PLAN2_FREE_TEXT = Object.freeze([6, 8, 9, 10, 11, 13, 15, 17, 18, 19]);

const PLAN2_NEEDS = [
  '一人で浴槽をまたぐことが難しく、入浴をためらっている',
  '掃除や調理を一人で続けることが難しく、食事が偏りがちになっている',
  '足腰の筋力が落ち、外出の機会が減って閉じこもりがちになっている',
  '服薬の管理が難しく、飲み忘れや飲み過ぎが心配である',
  '夜間にトイレへ行く際にふらつきがあり、転倒の不安がある',
  '物忘れが増え、火の始末や金銭の管理に家族が不安を感じている',
  '長女の介護負担が大きく、休息の時間が取れていない',
];
const PLAN2_LONG_GOALS = [
  '清潔を保ち、気持ちよく過ごせる',
  '住み慣れた自宅で、栄養のある食事をとりながら暮らし続けられる',
  '近所の公園や商店まで歩いて出かけられる',
  '決められた薬を正しく服用し、体調を安定させる',
  '転倒せずに、自宅で安全に生活できる',
];
const PLAN2_SHORT_GOALS = [
  '週２回、安全に入浴できる',
  'ヘルパーと一緒に簡単な調理ができる',
  'デイサービスで体操を続け、下肢の筋力を保つ',
  'お薬カレンダーを使い、飲み忘れがなくなる',
  '手すりを使って、夜間も一人でトイレに行ける',
];
const PLAN2_SUPPORTS = [
  '入浴介助（浴槽のまたぎの見守り、背中の洗身）、入浴後の保湿',
  '居室の掃除、調理（本人と一緒に行う）、買い物の同行',
  '機能訓練（集団体操、個別の歩行訓練）、入浴、昼食、送迎',
  '服薬の確認と声かけ、残薬の確認、主治医への報告',
  '手すりの設置、段差の解消、福祉用具の選定と使い方の説明',
  '体調の観察と記録、状態の変化があれば家族と主治医に連絡する',
];
const PLAN2_FAMILY = ['本人', '長女', '本人・長女', '長男夫婦', '地域の見守りボランティア'];

/**
 * The 2表 records of one user: 2–5 課題, each with 1–2 援助目標 and each of those with 1–3 援助内容 —
 * the 課題 and 目標 texts on the first line of their block, the next lines of the block leaving them empty
 * (as the forms print), the service and provider on every line.
 * @param {World} world
 * @param {User} user
 * @param {Rng} rng
 * @returns {string[][]}
 */
function plan2Records(world, user, rng) {
  /** @type {string[][]} */
  const out = [];
  const year = Number(user.created.slice(0, 4));
  const mon = Number(user.created.slice(4, 6));
  const day = Number(user.created.slice(6, 8));
  const period = (/** @type {number} */ months) =>
    `${year}年${mon}月${day}日～${ymd(year, mon + months, 0).slice(0, 4)}年${Number(ymd(year, mon + months, 0).slice(4, 6))}月末日`;
  const needs = rng.int(2, 5);
  for (let n = 1; n <= needs; n++) {
    const need = `${rng.pick(PLAN2_NEEDS)}${rng.chance(0.5) ? `。${rng.pick(PLAN2_NEEDS)}` : ''}`;
    const goals = rng.int(1, 2);
    for (let g = 1; g <= goals; g++) {
      const supports = rng.int(1, 3);
      for (let k = 1; k <= supports; k++) {
        const first = k === 1;
        const line = user.lines[(n + g + k) % user.lines.length];
        const family = rng.chance(0.3) || line === undefined;
        out.push([
          CSV_VERSION,
          user.insurer,
          user.insuredNo,
          user.created,
          user.created,
          String(n),
          first && g === 1 ? need : '',
          String(g),
          first ? rng.pick(PLAN2_LONG_GOALS) : '',
          first ? `${rng.pick(PLAN2_SHORT_GOALS)}${rng.chance(0.4) ? `。${rng.pick(PLAN2_SHORT_GOALS)}` : ''}` : '',
          first ? period(6) : '',
          first ? period(3) : '',
          String(k),
          `${rng.pick(PLAN2_SUPPORTS)}${rng.chance(0.5) ? `。${rng.pick(PLAN2_SUPPORTS)}` : ''}`,
          family ? 'N' : 'Y',
          family ? rng.pick(PLAN2_FAMILY) : (TYPE_NAMES_2[line.provider.type] ?? '居宅サービス'),
          family ? '' : line.provider.code,
          family ? '' : line.provider.name,
          `週${fullWidth(rng.int(1, 3))}回`,
          period(3),
          world.careOffice.code,
          '',
        ]);
      }
    }
  }
  return out;
}

/** Service type names printed in 2表 サービス種別. */
const TYPE_NAMES_2 = /** @type {Record<string, string>} */ ({
  11: '訪問介護',
  13: '訪問看護',
  15: '通所介護',
  16: '通所リハビリテーション',
  17: '福祉用具貸与',
  21: '短期入所生活介護',
  78: '地域密着型通所介護',
});

/**
 * Generates a 居宅サービス計画2表 (UP2KYO, 22 columns) file of at least `minBytes` bytes (MS932): per
 * user of the 第6表 generator, a hierarchy of 課題 → 援助目標 → 援助内容 with long free texts (30–120
 * characters). Free-text columns are quoted; CRLF; the canonical form the library writes.
 * @param {{ minBytes: number, seed?: number, month?: string }} options
 * @returns {GeneratedFile}
 */
export function generatePlan2File(options) {
  const { minBytes, seed = 1, month = '202505' } = options;
  const rng = createRng((seed ^ 0x2b2b2b2b) >>> 0);
  return generateByUser(minBytes, seed, month, (world, user) => plan2Records(world, user, rng), new Set(PLAN2_FREE_TEXT));
}

/**
 * @param {number} minBytes
 * @param {number} seed
 * @param {string} month
 * @param {(world: World, user: User, person: Person) => string[][]} recordsOf
 * @param {ReadonlySet<number>} freeText
 * @returns {GeneratedFile}
 */
function generateByUser(minBytes, seed, month, recordsOf, freeText) {
  if (!Number.isFinite(minBytes) || minBytes < 0) throw new TypeError('minBytes must be a non-negative number');
  if (!/^\d{4}(0[1-9]|1[0-2])$/.test(month)) throw new TypeError('month must be YYYYMM');
  /** @type {Buffer[]} */
  const chunks = [];
  let total = 0;
  let records = 0;
  let users = 0;
  /** @type {World | undefined} */
  let world;
  const it = usersOf(seed, month);
  while (total < minBytes) {
    const next = /** @type {{ world: World, user: User, person: Person }} */ (it.next().value);
    world = next.world;
    const rows = recordsOf(next.world, next.user, next.person);
    const chunk = encodeMs932(formatCsv(rows, freeText));
    chunks.push(chunk);
    total += chunk.length;
    records += rows.length;
    users++;
  }
  world ??= /** @type {{ world: World }} */ (it.next().value).world;
  const provider = /** @type {Provider} */ (world.providers['11']?.[0]);
  return {
    bytes: Buffer.concat(chunks, total),
    records,
    users,
    month,
    sender: { code: world.careOffice.code, type: '43' },
    receiver: { code: provider.code, type: '11' },
  };
}

/**
 * @typedef {{ name: string, bytes: Buffer, records: number }} BatchFile
 */

/**
 * File `index` of a batch of small UPPLAN files: 10,000–14,700 bytes cut at a record boundary (so
 * 10–15 KB), each from its own care-management office (its own users, care managers and providers),
 * named by the 第4.1版 rule with a distinct ファイル連番. Deterministic in (`seed`, `index`).
 * @param {number} index 0-based
 * @param {{ seed?: number, month?: string }} [options]
 * @returns {BatchFile}
 */
export function batchTable6File(index, options = {}) {
  const { seed = 1, month = '202505' } = options;
  const fileSeed = (Math.imul(seed, 1_000_003) + index * 7919 + 12345) >>> 0;
  const targetBytes = createRng(fileSeed).int(10_000, 14_700);
  const file = generateTable6File({ minBytes: targetBytes, seed: fileSeed, month, cut: 'record' });
  // ファイル連番: from the 20th of the previous month at 08:00, 37 s apart (distinct for 20,000 files).
  const prev = previousMonth(month);
  const start = Date.UTC(Number(prev.slice(0, 4)), Number(prev.slice(4, 6)) - 1, 20, 8, 0, 0);
  const t = new Date(start + index * 37_000);
  const serial =
    `${t.getUTCFullYear()}${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())}` +
    `${pad2(t.getUTCHours())}${pad2(t.getUTCMinutes())}${pad2(t.getUTCSeconds())}`;
  const name = `UPPLAN_${month}_${file.sender.code}_43_${file.receiver.code}_11_${serial}.CSV`;
  return { name, bytes: file.bytes, records: file.records };
}

/**
 * File name of a generated file (第4.1版 shape, from the care-management office to its first 訪問介護
 * provider), with a fixed ファイル連番 (the 25th of the previous month, 17:05:12).
 * @param {'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU'} prefix
 * @param {GeneratedFile} file
 * @param {string} [monthSegment] the YYYYMM segment (default `file.month`; `'000000'` for an UPHOSOKU
 *   generated with `set: 'plan'`)
 */
export function generatedFileName(prefix, file, monthSegment = file.month) {
  const { sender, receiver } = file;
  return `${prefix}_${monthSegment}_${sender.code}_${sender.type}_${receiver.code}_${receiver.type}_${previousMonth(file.month)}25170512.CSV`;
}
