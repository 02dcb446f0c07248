/**
 * Names of the rounding modes in words, for messages.
 * @internal
 * @module
 */

/** English names of the rounding modes. @internal */
export const ROUNDING_NAMES_EN: Readonly<Record<string, string>> = Object.freeze({
  "half-even": "half-even (ties to even)",
  "half-up": "half-up (ties away from zero)",
  "half-down": "half-down (ties toward zero)",
  up: "up (away from zero)",
  down: "down (toward zero)",
  ceil: "toward +∞ (ceiling)",
  floor: "toward −∞ (floor)",
});

/** Chinese names of the rounding modes. @internal */
export const ROUNDING_NAMES_ZH: Readonly<Record<string, string>> = Object.freeze({
  "half-even": "四舍六入五成双（银行家舍入）",
  "half-up": "四舍五入",
  "half-down": "五舍六入",
  up: "进一法（远离零）",
  down: "去尾法（向零截断）",
  ceil: "向上取整",
  floor: "向下取整",
});
