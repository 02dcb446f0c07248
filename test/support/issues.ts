import { expect } from "vitest";
import { ValidationError } from "team-playbook/core";

/**
 * Runs `fn`, which must throw a ValidationError, and returns its issues as `"path:code"`
 * strings (path joined with dots), in order.
 */
export function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path.join(".")}:${i.code}`);
  }
  throw new Error("expected a ValidationError");
}
