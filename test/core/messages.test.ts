import { describe, expect, it } from "vitest";
import {
  ValidationError,
  allocate,
  explainStep,
  formatExplanation,
  formatFinding,
  isValidationError,
  messagesEn,
  messagesZhCN,
  parseMoney,
  periodOf,
  safeParsePeriod,
  type Catalog,
  type MessageParams,
} from "team-playbook/core";

// Parameters every message might use, with values that show formatting.
const SAMPLE: MessageParams = {
  requires: "quota",
  recovered: { amount: 37500, currency: "CNY" },
  other: "from",
  word: "态度有问题",
  field: "behavior",
  occurredOn: "2024-03-04",
  praise: 6,
  managerId: "mgr",
  startDate: "2024-03-01",
  cadence: "weekly",
  ownerId: "a",
  description: "给客户A发续约方案",
  fact: "kudos-received",
  values: ["customer-first", "teamwork"],
  withinDays: 45,
  to: { amount: 60000000, currency: "CNY" },
  componentId: "base",
  from: { amount: 50000000, currency: "CNY" },
  jump: { amount: 1000000, currency: "CNY" },
  minAttainment: "0.5",
  employedDays: 50,
  periodDays: 90,
  credited: { amount: 19500000, currency: "CNY" },
  needed: { amount: 7500000, currency: "CNY" },
  creditId: "d1",
  share: "0.6",
  base: "740.742 CNY",
  runningFrom: { amount: 0, currency: "CNY" },
  runningTo: { amount: 60000, currency: "CNY" },
  uncapped: { amount: 800000, currency: "CNY" },
  portion: { amount: 30000, currency: "CNY" },
  key: "csat",
  weight: "0.3",
  targetIncentive: { amount: 1000000, currency: "CNY" },
  fraction: "5/9",
  factor: "1.05",
  cancelledOn: "2026-08-05",
  windowDays: 90,
  paid: { amount: 50000, currency: "CNY" },
  served: "5/12",
  unserved: "7/12",
  earnings: { amount: 120000, currency: "CNY" },
  over: { amount: 250000, currency: "CNY" },
  draw: { amount: 200000, currency: "CNY" },
  balance: { amount: 50000, currency: "CNY" },
  owedBefore: { amount: 50000, currency: "CNY" },
  owedAfter: { amount: 0, currency: "CNY" },
  capExcess: { amount: 0, currency: "CNY" },
  recoverable: true,
  value: "2026-02-30",
  expected: "integer", // validation.type uses it as a type name; goal steps print it as a number
  received: "string",
  min: 1,
  max: 12,
  options: ["half-even", "half-up"],
  currency: "CNY",
  exponent: 2,
  start: "2026-12-31",
  end: "2026-10-01",
  keys: ["foo", "bar"],
  date: "2025-10-04",
  year: 2026,
  amount: { amount: 300, currency: "CNY" },
  rate: "0.035",
  exact: "10.5",
  rounding: "half-even",
  result: { amount: 10, currency: "CNY" },
  total: { amount: 100, currency: "CNY" },
  weights: [1, 1, 1],
  parts: [{ amount: 34, currency: "CNY" }, { amount: 33, currency: "CNY" }, { amount: 33, currency: "CNY" }],
  asOf: "2026-11-28",
  elapsed: 59,
  days: 92,
  words: ["提升", "better"],
  conjunction: "和",
  best: 10,
  ratio: 6,
  limit: 3,
  parentId: "team-growth",
  childId: "g-zhang",
  due: "2027-03-31",
  sum: 45,
  childUnit: "count",
  parentUnit: "CNY",
  text: "50万元",
  unit: "CNY",
  direction: "increase",
  baseline: 0,
  current: 50,
  gap: 14.13,
  target: 60,
  roleId: "kam",
  version: 2,
  id: "renewals",
  memberId: "m-wang",
  acknowledgedVersion: 1,
  since: "2026-11-01",
  previous: 100,
  kpiId: "renewal-rate",
  kpis: ["learning", "process"],
  mode: "renormalize",
  scorecardId: "kam-2026",
  part: "self",
  members: ["m-zhang", "m-liu"],
  count: 2,
  n: 23,
  rating: "3",
  quota: 5,
  raterId: "mgr-zhou",
  mean: 4.2,
  pooledMean: 3.6,
  sd: 0.75,
  pooledSd: 0.92,
  slope: -4.9,
  first: 92,
  last: 78,
  declines: 3,
  score: 60,
  targetScore: 100,
  cost: 4,
  actual: 90,
  loValue: 80,
  loScore: 50,
  hiValue: 100,
  hiScore: 100,
  threshold: 80,
  cap: 120,
  basis: "value",
  weighted: 9800,
  counted: 4,
  of: 4,
  at: "2026-11-23T09:00:00+08:00",
  actorId: "mgr",
  event: "start-conversation",
  state: "triaged",
  outcome: "resolved",
  deadline: "meetingDue",
  issueImportance: "high",
  relationshipImportance: "medium",
  insteadOf: "collaborating",
  otherwise: "accommodating",
  giverId: "mgr",
  receiverId: "a",
  personA: "a",
  personB: "b",
  countAB: 3,
  countBA: 2,
  taskId: "T-17",
  roundTrips: 2,
  handoffs: 5,
  drops: 2,
  drop: 12,
  latest: "2026-11-30",
  meanHours: 51.3,
  weeks: 4,
  percent: 21.3,
  limitPercent: 20,
  months: 6,
  accruedDays: 13.6,
  takenDays: 3,
  unusedDays: 10.6,
  load: 42,
  capacity: 35,
  skill: "forecasting",
  required: 3,
  reaches: 2,
  trainingId: "fc-101",
  title: "销售预测入门",
  kind: "formal",
  reference: 10,
  coveredWeight: "20/3",
  totalWeight: 9,
  letters: ["R", "C"],
  totalLoad: 120,
  sumDiffs: 184,
  invited: 10,
  responded: 5,
  name: "Customer first",
  nameZh: "客户第一",
  valueId: "customer-first",
  periods: 4,
};

const codes = Object.keys(messagesEn) as (keyof Catalog)[];
const render = (catalog: Catalog, code: keyof Catalog) => formatFinding({ code, severity: "info", params: SAMPLE }, catalog === messagesEn ? "en" : "zh-CN");

describe("message catalogues", () => {
  it("have the same codes in English and Chinese", () => {
    expect(Object.keys(messagesZhCN).sort()).toEqual([...codes].sort());
    expect(codes.length).toBeGreaterThan(25);
  });

  it.each(codes)("%s reads fully in both languages", (code) => {
    const en = render(messagesEn, code);
    const zh = render(messagesZhCN, code);
    for (const text of [en, zh]) {
      expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}/); // every placeholder filled
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/); // written in Chinese
    expect(zh).not.toBe(en);
  });

  it("format parameters for the locale: money, lists, numbers", () => {
    const f = { code: "money.allocate", severity: "info", params: SAMPLE } as const;
    expect(formatFinding(f, "en")).toBe("CN¥1.00 split by weights 1, 1, 1 by largest remainder: CN¥0.34, CN¥0.33, CN¥0.33.");
    expect(formatFinding(f, "zh-CN")).toBe("¥1.00 按权重 1、1、1 以最大余额法分配：¥0.34、¥0.33、¥0.33。");
    expect(formatFinding({ code: "calendar.year-not-covered", severity: "warning", params: { year: 2027 } }, "zh-CN")).toBe(
      "工作日历里还没有 2027 年的节假日和调休安排。请先按当年的官方放假通知补上，再用它计算工作日。",
    );
  });

  it("let an app override a message, and fall back to the code for unknown codes", () => {
    const f = { code: "calendar.holiday-on-weekend", severity: "info", params: { date: "2025-10-04" } } as const;
    expect(formatFinding(f, "zh-CN", { catalog: { "calendar.holiday-on-weekend": "{date}：周末放假，无需调整" } })).toBe("2025-10-04：周末放假，无需调整");
    expect(formatFinding({ code: "goals.from-the-future", severity: "info" }, "en")).toBe("goals.from-the-future");
    expect(formatFinding({ code: "goals.from-the-future", severity: "info" }, "en", { catalog: { "goals.from-the-future": "A newer finding" } })).toBe("A newer finding");
  });

  it("reject a malformed finding or locale with a ValidationError", () => {
    expect(() => formatFinding({ code: 3, severity: "fatal" } as never)).toThrow(ValidationError);
    expect(() => formatFinding({ code: "x", severity: "info" }, "fr" as never)).toThrow(ValidationError);
    expect(() => formatFinding(null as never)).toThrow(ValidationError);
  });
});

describe("ValidationError", () => {
  it("lists every problem with its path, code and message, in the chosen locale", () => {
    let error: unknown;
    try {
      allocate({ amount: 10.5, currency: "CNY" }, []);
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    const e = error as ValidationError;
    expect(e.name).toBe("ValidationError");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["total", "amount"], "validation.minor-units"],
      [["weights"], "validation.empty"],
    ]);
    expect(e.message).toBe("Invalid input (2 problems): total.amount: Must be a whole number of minor units (cents, 分), got 10.5; weights: Must not be empty.");
    const zh = e.inLocale("zh-CN");
    expect(zh.locale).toBe("zh-CN");
    expect(zh.message).toBe("输入有误（共 2 处）：total.amount：金额须为最小货币单位（如“分”）的整数，当前为 10.5；weights：不能为空。");
    expect(JSON.parse(JSON.stringify(zh))).toMatchObject({ name: "ValidationError", locale: "zh-CN", issues: [{ code: "validation.minor-units" }, { code: "validation.empty" }] });
  });

  it("is thrown in the chosen locale by the parse functions", () => {
    expect(() => parseMoney({ amount: "12345" }, { locale: "zh-CN" })).toThrowError(/^输入有误（共 2 处）：amount：应为数字，实际是文本；currency：此项为必填项。$/);
    const result = safeParsePeriod({ start: "2026-12-31", end: "2026-10-01" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([expect.objectContaining({ path: [], code: "validation.period-order", params: { start: "2026-12-31", end: "2026-10-01" } })]);
  });

  it("is recognised across copies of the library by name", () => {
    const foreign = Object.assign(new Error("x"), { name: "ValidationError", issues: [] });
    expect(isValidationError(foreign)).toBe(true);
    expect(isValidationError(new TypeError("x"))).toBe(false);
    expect(() => periodOf("month", "2026-02-30")).toThrow(expect.objectContaining({ name: "ValidationError" }));
  });
});

describe("explanations", () => {
  it("render each step from its code, with sub-steps indented", () => {
    const line = explainStep(
      "money.apply-rate",
      "round(amount × rate)",
      { amount: { amount: 300, currency: "CNY" }, rate: "0.035", exact: "¥0.105", rounding: "half-even" },
      { amount: 10, currency: "CNY" },
    );
    const whole = explainStep("money.allocate", "largest remainder", { total: { amount: 10, currency: "CNY" }, weights: [1, 1], parts: [{ amount: 5, currency: "CNY" }, { amount: 5, currency: "CNY" }] }, 2, { steps: [line] });
    expect(formatExplanation({ steps: [whole] }, "en")).toEqual([
      "CN¥0.10 split by weights 1, 1 by largest remainder: CN¥0.05, CN¥0.05.",
      "  CN¥3.00 × 0.035 = ¥0.105, rounded half-even (ties to even) to CN¥0.10.",
    ]);
    expect(formatExplanation({ steps: [line] }, "zh-CN")).toEqual(["¥3.00 × 0.035 = ¥0.105，按四舍六入五成双（银行家舍入）取整为 ¥0.10。"]);
    expect(structuredClone(whole)).toEqual(whole);
  });

  it("reject malformed explanations", () => {
    expect(() => formatExplanation({ steps: [{ code: "", inputs: null }] } as never)).toThrow(ValidationError);
  });
});
