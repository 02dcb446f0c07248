/**
 * Invariants of the development module, checked with fast-check. Each was seen to fail by
 * breaking the code on purpose (ordering by gap instead of weighted gap, counting surplus in
 * readiness, letting a training close beyond the requirement).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { developmentPlanMix, recommendTrainings, roleReadiness, skillBusFactor, skillGaps, type DevelopmentFormat } from "team-playbook/development";

const SKILLS = ["negotiation", "crm", "forecasting", "product", "coaching"];
const level = fc.integer({ min: 0, max: 4 });
const member = fc.dictionary(fc.constantFrom(...SKILLS), level).map((skills) => ({ skills }));
const weight = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0.1, 0.25, 0.3, 1.5, 2.75));
const role = fc.dictionary(fc.constantFrom(...SKILLS), fc.record({ level: fc.integer({ min: 1, max: 4 }), weight }), { minKeys: 1 }).map((requirements) => ({ requirements }));

describe("skillGaps", () => {
  it("lists exactly the skills short of their requirement, gap = required − current ≥ 1, ordered by weighted gap then name", () => {
    fc.assert(
      fc.property(member, role, (m, r) => {
        const gaps = skillGaps(m, r);
        const short = Object.entries(r.requirements).filter(([s, q]) => (m.skills[s] ?? 0) < q.level).map(([s]) => s);
        expect(gaps.map((g) => g.skill).sort()).toEqual(short.sort());
        for (const g of gaps) {
          expect(g.gap).toBe(g.required - g.current);
          expect(g.gap).toBeGreaterThanOrEqual(1);
        }
        for (let i = 1; i < gaps.length; i++) {
          // compare in integer hundredths, exact for these weights
          const a = Math.round(gaps[i - 1]!.gap * gaps[i - 1]!.weight * 100);
          const b = Math.round(gaps[i]!.gap * gaps[i]!.weight * 100);
          expect(a > b || (a === b && gaps[i - 1]!.skill < gaps[i]!.skill)).toBe(true);
        }
      }),
    );
  });
});

describe("roleReadiness", () => {
  it("lies in [0, 1]; is 1 exactly when there are no gaps; readiness = 1 − weightedGap / weightedRequirement", () => {
    fc.assert(
      fc.property(member, role, (m, r) => {
        const x = roleReadiness(m, r);
        const v = x.readiness!.value;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(v === 1).toBe(x.gaps.length === 0);
        expect(x.readiness!.value).toBeCloseTo(1 - x.weightedGap / x.weightedRequirement, 12);
        expect(x.skillCoverage!.value === 1).toBe(x.gaps.length === 0);
        expect(x.skillsMet.met + x.gaps.length).toBe(x.skillsMet.of);
      }),
    );
  });
  it("never falls when a member improves a skill, and surplus above a requirement adds nothing", () => {
    fc.assert(
      fc.property(member, role, fc.constantFrom(...SKILLS), (m, r, skill) => {
        const better = { skills: { ...m.skills, [skill]: Math.min(4, (m.skills[skill] ?? 0) + 1) } };
        expect(roleReadiness(better, r).readiness!.value).toBeGreaterThanOrEqual(roleReadiness(m, r).readiness!.value);
        const maxed = { skills: Object.fromEntries(SKILLS.map((s) => [s, 4])) };
        expect(roleReadiness(maxed, r).readiness!.fraction).toBe("1");
      }),
    );
  });
  it("does not depend on the order of the requirements", () => {
    fc.assert(
      fc.property(member, role, (m, r) => {
        const reversed = { requirements: Object.fromEntries(Object.entries(r.requirements).reverse()) };
        expect(roleReadiness(m, reversed).readiness).toEqual(roleReadiness(m, r).readiness);
        expect(skillGaps(m, reversed)).toEqual(skillGaps(m, r));
      }),
    );
  });
});

describe("recommendTrainings", () => {
  const training = fc.record({
    id: fc.uuid(),
    title: fc.constant("t"),
    skills: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), raisesTo: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, selector: (s) => s.skill }),
    format: fc.constantFrom<DevelopmentFormat>("experience", "social", "formal"),
  });
  it("never closes more than a gap, and the order follows the weighted gap closed", () => {
    fc.assert(
      fc.property(member, role, fc.uniqueArray(training, { selector: (t) => t.id, maxLength: 8 }), (m, r, catalog) => {
        const gaps = skillGaps(m, r);
        const recs = recommendTrainings(gaps, catalog).recommendations;
        for (const rec of recs) {
          for (const c of rec.closes) {
            const g = gaps.find((x) => x.skill === c.skill)!;
            expect(c.closed).toBeGreaterThan(0);
            expect(c.closed).toBeLessThanOrEqual(g.gap);
            expect(c.reaches).toBeLessThanOrEqual(g.required);
          }
        }
        for (let i = 1; i < recs.length; i++) expect(recs[i - 1]!.weightedGapClosed).toBeGreaterThanOrEqual(recs[i]!.weightedGapClosed - 1e-9);
      }),
    );
  });
});

describe("developmentPlanMix", () => {
  it("shares add up to exactly 1 and amounts to the total", () => {
    const activity = fc.record({ id: fc.uuid(), title: fc.constant("x"), format: fc.constantFrom<DevelopmentFormat>("experience", "social", "formal"), hours: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(fc.uniqueArray(activity, { selector: (a) => a.id, minLength: 1, maxLength: 20 }), (activities) => {
        const mix = developmentPlanMix({ id: "p", memberId: "m", goals: [], activities }, { basis: "hours" });
        const total = activities.reduce((s, a) => s + a.hours, 0);
        expect(mix.total).toBe(total);
        if (total > 0) expect(mix.kinds.reduce((s, k) => s + k.share!.value, 0)).toBeCloseTo(1, 12);
        expect(mix.kinds.reduce((s, k) => s + k.amount, 0)).toBe(total);
      }),
    );
  });
});

describe("skillBusFactor", () => {
  it("holders are exactly the members at or above the requirement; nobody → error, one → warning", () => {
    const team = fc.uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f"), skills: fc.dictionary(fc.constantFrom(...SKILLS), level) }), { selector: (x) => x.id, maxLength: 6 });
    fc.assert(
      fc.property(team, role, (t, r) => {
        const out = skillBusFactor(t, r);
        for (const row of out.skills) {
          expect(row.holders).toEqual(t.filter((m) => (m.skills[row.skill] ?? 0) >= row.required).map((m) => m.id));
          const f = out.findings.find((x) => x.params?.["skill"] === row.skill);
          if (row.busFactor === 0) expect(f?.severity).toBe("error");
          else if (row.busFactor === 1) expect(f?.severity).toBe("warning");
          else expect(f).toBeUndefined();
        }
      }),
    );
  });
});
